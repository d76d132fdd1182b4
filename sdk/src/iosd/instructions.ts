// iosd: instruction builders (Anchor method builders, one per instruction).
import { BN, Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { Iosd } from "../idl/iosd";
import { adminInstructions } from "../admin";
import { fetchIosdConfig } from "./accounts";
import { iosdPdas } from "./pdas";

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
  /** Seconds between proposing a new treasury, receiver or feed (`update_config`) and applying it; 0 by default. */
  changeDelaySeconds?: bigint;
}

/** The settings `initialize` takes and `update_config` changes, in argument order. */
export type IosdSettings = Omit<InitializeIosdParams, "admin" | "ioMint" | "ioTokenProgram" | "iosdTokenProgram" | "treasury" | "changeDelaySeconds">;

const settingsArgs = (p: IosdSettings): [PublicKey, number[], number, number, number, number, number, BN] => [
  p.pythReceiver,
  Array.from(p.feedId),
  p.maxStalenessSeconds,
  p.maxConfBps,
  p.confMultiplier,
  p.feeBps,
  p.windowSeconds,
  new BN(p.windowCap.toString()),
];

export function initializeIosdIx(program: Program<Iosd>, p: InitializeIosdParams) {
  return program.methods
    .initialize(...settingsArgs(p), new BN((p.changeDelaySeconds ?? 0n).toString()))
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

/** `apply_config_change` (anyone): the treasury, receiver and feed `update_config` proposed, once the delay has passed. */
export function applyConfigChangeIx(program: Program<Iosd>) {
  return program.methods.applyConfigChange().accountsPartial({ config: iosdPdas.config() });
}

export interface MintIosdParams {
  user: PublicKey;
  priceUpdate: PublicKey;
  userIo: PublicKey;
  userIosd: PublicKey;
  ioMint: PublicKey;
  treasury: PublicKey;
  ioTokenProgram: PublicKey;
  iosdTokenProgram: PublicKey;
  ioAmount: bigint;
  minIosdOut: bigint;
}

/** `mint_iosd(io_amount, min_iosd_out)`. */
export function mintIosdIx(program: Program<Iosd>, p: MintIosdParams) {
  return program.methods.mintIosd(new BN(p.ioAmount.toString()), new BN(p.minIosdOut.toString())).accountsPartial({
    user: p.user,
    config: iosdPdas.config(),
    priceUpdate: p.priceUpdate,
    userIo: p.userIo,
    ioMint: p.ioMint,
    treasury: p.treasury,
    userIosd: p.userIosd,
    iosdMint: iosdPdas.iosdMint(),
    ioTokenProgram: p.ioTokenProgram,
    iosdTokenProgram: p.iosdTokenProgram,
  });
}

/** `mint_iosd` with its accounts read from the config. */
export async function mintIosdFromConfig(
  program: Program<Iosd>,
  p: { user: PublicKey; priceUpdate: PublicKey; userIo: PublicKey; userIosd: PublicKey; ioAmount: bigint; minIosdOut: bigint },
) {
  const c = await fetchIosdConfig(program);
  return mintIosdIx(program, { ...p, ioMint: c.ioMint, treasury: c.treasury, ioTokenProgram: c.ioTokenProgram, iosdTokenProgram: c.iosdTokenProgram });
}

export function updateIosdConfigIx(program: Program<Iosd>, admin: PublicKey, treasury: PublicKey, settings: IosdSettings) {
  return program.methods.updateConfig(...settingsArgs(settings)).accountsPartial({ admin, config: iosdPdas.config(), treasury });
}

/** propose_admin, accept_admin, pause, unpause (common::admin on chain). */
export const { proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx } = adminInstructions(iosdPdas.config);
