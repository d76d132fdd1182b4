// iosd: burn IO to mint the USD-pegged IOSD at a Pyth price; one way only.
import { BN, IdlAccounts, Program, Provider } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import { Iosd, IOSD_IDL } from "./idl/iosd";
import { adminInstructions } from "./admin";
import { big, BPS, findPda } from "./util";

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
  /** Seconds between proposing a new treasury, receiver or feed (`update_config`) and applying it; 0 by default. */
  changeDelaySeconds?: bigint;
}

/** The settings `initialize` takes and `update_config` changes, in argument order. */
type IosdSettings = Omit<InitializeIosdParams, "admin" | "ioMint" | "ioTokenProgram" | "iosdTokenProgram" | "treasury" | "changeDelaySeconds">;
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

export type IosdConfig = IdlAccounts<Iosd>["config"];

export async function fetchIosdConfig(program: Program<Iosd>): Promise<IosdConfig> {
  return program.account.config.fetch(iosdPdas.config());
}

// ---- Pyth PriceUpdateV2 ----

export const PRICE_UPDATE_V2_DISCRIMINATOR = Buffer.from([34, 241, 35, 99, 157, 126, 244, 205]);
/** Size Pyth's receiver allocates for a PriceUpdateV2 account. */
export const PRICE_UPDATE_V2_SIZE = 134;

export interface PriceUpdate {
  writeAuthority?: PublicKey;
  /** "full", or the number of guardian signatures of a partially verified update. */
  verification: "full" | { partial: number };
  feedId: Uint8Array;
  price: bigint;
  conf: bigint;
  exponent: number;
  publishTime: bigint;
  prevPublishTime?: bigint;
  emaPrice?: bigint;
  emaConf?: bigint;
  postedSlot?: bigint;
}

/** The account data of a `PriceUpdateV2`, byte for byte as Pyth's receiver writes it. */
export function encodePriceUpdateV2(u: PriceUpdate): Buffer {
  const data = Buffer.alloc(PRICE_UPDATE_V2_SIZE);
  PRICE_UPDATE_V2_DISCRIMINATOR.copy(data, 0);
  (u.writeAuthority ?? PublicKey.default).toBuffer().copy(data, 8);
  let o = 40;
  if (u.verification === "full") data.writeUInt8(1, o++);
  else {
    data.writeUInt8(0, o++);
    data.writeUInt8(u.verification.partial, o++);
  }
  Buffer.from(u.feedId).copy(data, o);
  o += 32;
  data.writeBigInt64LE(u.price, o);
  data.writeBigUInt64LE(u.conf, o + 8);
  data.writeInt32LE(u.exponent, o + 16);
  data.writeBigInt64LE(u.publishTime, o + 20);
  data.writeBigInt64LE(u.prevPublishTime ?? u.publishTime, o + 28);
  data.writeBigInt64LE(u.emaPrice ?? u.price, o + 36);
  data.writeBigUInt64LE(u.emaConf ?? u.conf, o + 44);
  data.writeBigUInt64LE(u.postedSlot ?? 0n, o + 52);
  return data;
}

export function decodePriceUpdateV2(data: Uint8Array): PriceUpdate {
  const b = Buffer.from(data);
  if (b.length < 101 || !b.subarray(0, 8).equals(PRICE_UPDATE_V2_DISCRIMINATOR)) throw new Error("not a PriceUpdateV2 account");
  const full = b.readUInt8(40) === 1;
  const o = full ? 41 : 42;
  return {
    writeAuthority: new PublicKey(b.subarray(8, 40)),
    verification: full ? "full" : { partial: b.readUInt8(41) },
    feedId: b.subarray(o, o + 32),
    price: b.readBigInt64LE(o + 32),
    conf: b.readBigUInt64LE(o + 40),
    exponent: b.readInt32LE(o + 48),
    publishTime: b.readBigInt64LE(o + 52),
  };
}

// ---- Quote: mint_iosd's arithmetic and guards, reproduced exactly ----

export interface MintQuote {
  fee: bigint;
  ioBurned: bigint;
  iosdOut: bigint;
  /** price - k * conf, in the update's exponent. */
  priceUsed: bigint;
}

/** Thrown by `quoteMintIosd` with the name of the error the program would return. */
export class QuoteError extends Error {
  constructor(readonly errorName: string) {
    super(errorName);
  }
}

const U64_MAX = (1n << 64n) - 1n;
/** A publish time up to this far ahead of the cluster clock is accepted (the clock can lag). */
export const MAX_CLOCK_LAG_SECONDS = 30n;

/** What `mint_iosd(ioAmount)` will do at `now` with this config and price update (or the error it will return). */
export function quoteMintIosd(config: IosdConfig, update: PriceUpdate, ioAmount: bigint, now: bigint): MintQuote {
  const fail = (name: string): never => {
    throw new QuoteError(name);
  };
  if (ioAmount === 0n) fail("ZeroAmount");
  if (update.verification !== "full") fail("PriceNotFullyVerified");
  if (!Buffer.from(update.feedId).equals(Buffer.from(config.feedId))) fail("WrongPriceFeed");
  if (update.publishTime > now + MAX_CLOCK_LAG_SECONDS) fail("PriceInFuture");
  if (update.publishTime < big(config.lastPublishTime)) fail("PriceOlderThanLast");
  if (now - update.publishTime > BigInt(config.maxStaleness)) fail("StalePrice");
  if (update.price <= 0n) fail("NonPositivePrice");
  if (update.conf * BPS > update.price * BigInt(config.maxConfBps)) fail("PriceConfidenceTooWide");
  const margin = update.conf * BigInt(config.confMultiplier);
  if (margin > U64_MAX || margin >= update.price) fail("PriceConfidenceTooWide");
  const priceUsed = update.price - margin;
  const fee = (ioAmount * BigInt(config.feeBps) + BPS - 1n) / BPS; // rounded up
  const ioBurned = ioAmount - fee;
  const scale = update.exponent + IOSD_DECIMALS - config.ioDecimals;
  const product = ioBurned * priceUsed;
  const iosdOut = scale >= 0 ? product * 10n ** BigInt(scale) : product / 10n ** BigInt(-scale);
  if (iosdOut > U64_MAX) fail("MathOverflow");
  if (iosdOut === 0n) fail("AmountTooSmall");
  return { fee, ioBurned, iosdOut, priceUsed };
}

// ---- Builders ----

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
