// iosd: the program: its id, IDL type, constants and Anchor `Program`.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { Iosd, IOSD_IDL } from "../idl/iosd";

export type { Iosd };

export const IOSD_PROGRAM_ID = new PublicKey(IOSD_IDL.address);

export const IOSD_DECIMALS = 6;

/** Pyth's price-feed receiver program, owner of `PriceUpdateV2` accounts. */
export const PYTH_RECEIVER_PROGRAM_ID = new PublicKey("rec5EKMGg6MxZYaMdyBfgwp4d5rB9T1VQH5pJv5LtFJ");

export function iosdProgram(provider: Provider): Program<Iosd> {
  return new Program<Iosd>(IOSD_IDL, provider);
}
