// io_staking: the program: its id, IDL type, constants and Anchor `Program`.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { IoStaking, IO_STAKING_IDL } from "../idl/io_staking";

export type { IoStaking };

export const IO_STAKING_PROGRAM_ID = new PublicKey(IO_STAKING_IDL.address);

export const MAX_DEVICE_CLASSES = 16;

/** io.net's default: 14 days between an unstake request and the withdrawal. */
export const DEFAULT_UNSTAKE_COOLDOWN = 14n * 24n * 60n * 60n;

export function ioStakingProgram(provider: Provider): Program<IoStaking> {
  return new Program<IoStaking>(IO_STAKING_IDL, provider);
}
