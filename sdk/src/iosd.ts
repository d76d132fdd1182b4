// iosd: burn IO to mint the USD-pegged IOSD at a Pyth price; one way only.
import { BN, Program, Provider } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import { Iosd, IOSD_IDL } from "./idl/iosd";
import { findPda } from "./util";

export type { Iosd };
export const IOSD_PROGRAM_ID = new PublicKey(IOSD_IDL.address);
export const IOSD_DECIMALS = 6;
/** Pyth's price-feed receiver program, owner of `PriceUpdateV2` accounts. */
export const PYTH_RECEIVER_PROGRAM_ID = new PublicKey("rec5EKMGg6MxZYaMdyBfgwp4d5rB9T1VQH5pJv5LtFJ");

export const iosdPdas = {
  config: () => findPda(IOSD_PROGRAM_ID, "iosd"),
  iosdMint: () => findPda(IOSD_PROGRAM_ID, "iosd_mint"),
};

export function iosdProgram(provider: Provider): Program<Iosd> {
  return new Program<Iosd>(IOSD_IDL, provider);
}

export interface InitializeIosdParams {
  admin: PublicKey;
  ioMint: PublicKey;
  ioTokenProgram: PublicKey;
  iosdTokenProgram: PublicKey;
  /** IO token account receiving the fee. */
  treasury: PublicKey;
  pythReceiver: PublicKey;
  /** 32-byte Pyth feed id of IO/USD. */
  feedId: Uint8Array;
  maxStalenessSeconds: number;
  maxConfBps: number;
  /** k in `price - k * conf`. */
  confMultiplier: number;
  feeBps: number;
  windowSeconds: number;
  /** IOSD base units mintable per window. */
  windowCap: bigint;
}

export function initializeIosdIx(program: Program<Iosd>, p: InitializeIosdParams) {
  return program.methods
    .initialize(
      p.pythReceiver,
      Array.from(p.feedId),
      p.maxStalenessSeconds,
      p.maxConfBps,
      p.confMultiplier,
      p.feeBps,
      p.windowSeconds,
      new BN(p.windowCap.toString()),
    )
    .accountsPartial({
      admin: p.admin,
      config: iosdPdas.config(),
      ioMint: p.ioMint,
      iosdMint: iosdPdas.iosdMint(),
      treasury: p.treasury,
      ioTokenProgram: p.ioTokenProgram,
      iosdTokenProgram: p.iosdTokenProgram,
    });
}

export async function fetchIosdConfig(program: Program<Iosd>) {
  return program.account.config.fetch(iosdPdas.config());
}
