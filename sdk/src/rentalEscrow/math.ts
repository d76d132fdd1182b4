// rental_escrow: exact math, computed as the program computes it.
import { big, BPS } from "../util";
import { Device, Market, Rental } from "./accounts";
import { SECONDS_PER_HOUR } from "./program";

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** Escrow for `seconds` at `ratePerHour` (price x GPUs), rounded up. */
export function cost(ratePerHour: bigint, seconds: bigint): bigint {
  return ceilDiv(ratePerHour * seconds, SECONDS_PER_HOUR);
}

/** Fee of `bps` on `amount`, rounded up. */
export function fee(amount: bigint, bps: number | bigint): bigint {
  return ceilDiv(amount * BigInt(bps), BPS);
}

/** Supplier fee charged on the cumulative release: `(toOperator, fee)` for releasing `gross` after `releasedBefore`. */
export function operatorPayment(releasedBefore: bigint, gross: bigint, supplierFeeBps: number): { toOperator: bigint; fee: bigint } {
  const charged = fee(releasedBefore + gross, supplierFeeBps) - fee(releasedBefore, supplierFeeBps);
  return { toOperator: gross - charged, fee: charged };
}

export interface Quote {
  /** Into escrow: `cost(price x GPUs, duration)`. */
  deposit: bigint;
  /** To the treasury at booking. */
  renterFee: bigint;
  total: bigint;
}

/** What booking `device` for `durationSeconds` costs under the market's current renter fee. */
export function quote(device: Pick<Device, "pricePerGpuHour" | "gpuCount">, durationSeconds: bigint, market: Pick<Market, "renterFeeBps">): Quote {
  const deposit = cost(big(device.pricePerGpuHour) * BigInt(device.gpuCount), durationSeconds);
  const renterFee = fee(deposit, market.renterFeeBps);
  return { deposit, renterFee, total: deposit + renterFee };
}

/** What extending `rental` by `extraSeconds` costs: the cost of the new duration minus what is deposited. */
export function extendQuote(rental: Rental, extraSeconds: bigint): Quote {
  const duration = big(rental.end) - big(rental.start) + extraSeconds;
  const deposit = cost(ratePerHour(rental), duration) - big(rental.deposited);
  const renterFee = fee(deposit, rental.renterFeeBps);
  return { deposit, renterFee, total: deposit + renterFee };
}

const ratePerHour = (rental: Rental) => big(rental.pricePerGpuHour) * BigInt(rental.gpuCount);

/** When the stream stops: the end, or the dispute if opened before it. */
function streamStop(rental: Rental): bigint {
  const end = big(rental.end);
  const disputedAt = big(rental.disputedAt);
  return rental.disputed && disputedAt < end ? disputedAt : end;
}

/** What has streamed to the operator by `now` (unix seconds). */
export function streamed(rental: Rental, now: bigint): bigint {
  const stop = streamStop(rental);
  const until = now < stop ? now : stop;
  const elapsed = until - big(rental.start);
  const duration = big(rental.end) - big(rental.start);
  const deposited = big(rental.deposited);
  if (elapsed <= 0n) return 0n;
  if (elapsed >= duration) return deposited;
  const amount = (ratePerHour(rental) * elapsed) / SECONDS_PER_HOUR;
  return amount < deposited ? amount : deposited;
}

/** What `settle` would release at `now` (before the supplier fee): what had streamed one dispute window earlier. */
export function settleable(rental: Rental, now: bigint): bigint {
  return streamed(rental, now - big(rental.disputeWindow)) - big(rental.released);
}

/** Eight GPU-hours: the prior of clean and of unproven service in the reputation score. */
export const PRIOR_GPU_SECONDS = 8n * 3_600n;

/** Reputation score in bps from clean and lost GPU-seconds, as `reputation::score_bps`. */
export function scoreBps(cleanGpuSeconds: bigint, lostGpuSeconds: bigint): number {
  const cap = 1n << 60n;
  const min = (a: bigint) => (a < cap ? a : cap);
  const clean = min(cleanGpuSeconds) + PRIOR_GPU_SECONDS;
  return Number((10_000n * clean) / (clean + PRIOR_GPU_SECONDS + 4n * min(lostGpuSeconds)));
}

/** Renter priority from IO staked in io_staking (whole IO thresholds). */
export const PRIORITY_TIERS = [
  { tier: "gold", minIo: 100_000n },
  { tier: "silver", minIo: 10_000n },
  { tier: "bronze", minIo: 1_000n },
] as const;

export type PriorityTier = (typeof PRIORITY_TIERS)[number]["tier"] | "standard";

export function priorityTier(stakedBaseUnits: bigint, ioDecimals: number): PriorityTier {
  const unit = 10n ** BigInt(ioDecimals);
  return PRIORITY_TIERS.find((t) => stakedBaseUnits >= t.minIo * unit)?.tier ?? "standard";
}
