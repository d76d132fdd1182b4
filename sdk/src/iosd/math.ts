// iosd: exact math, computed as the program computes it.
import { big, BPS } from "../util";
import { IosdConfig } from "./accounts";
import { IOSD_DECIMALS } from "./program";
import { PriceUpdate } from "./pyth";
import { Buffer } from "buffer";

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
