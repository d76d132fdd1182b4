// rental_escrow: exact math, computed as the program computes it.
import { PublicKey } from "@solana/web3.js";
import { big, BPS } from "../util";
import { Device, Market, paymentTerms, Rental } from "./accounts";
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
  /** To the treasury at booking (burned when paid in IO). */
  renterFee: bigint;
  total: bigint;
}

/** What booking `device` for `durationSeconds` costs under the market's current renter fee for its payment mint. */
export function quote(device: Pick<Device, "pricePerGpuHour" | "gpuCount" | "paymentMint">, durationSeconds: bigint, market: Market): Quote {
  const deposit = cost(big(device.pricePerGpuHour) * BigInt(device.gpuCount), durationSeconds);
  const renterFee = fee(deposit, paymentTerms(market, device.paymentMint).renterBps);
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

/** Renter priority, a market setting: IO staked (base units, pending unstakes excluded) for tiers 1 to 3, the tier each
 * device class requires during its priority window (0: none), and the window's length after a device becomes free. */
export interface PrioritySettings {
  tierThresholds: [bigint, bigint, bigint];
  classPriority: [number, number, number, number];
  windowSeconds: bigint;
}

/** Tiers at 1,000, 10,000 and 100,000 IO (8 decimals); no class is a priority class until the admin names one. */
export const DEFAULT_PRIORITY: PrioritySettings = {
  tierThresholds: [1_000n * 10n ** 8n, 10_000n * 10n ** 8n, 100_000n * 10n ** 8n],
  classPriority: [0, 0, 0, 0],
  windowSeconds: 0n,
};

/** The tiers' names, from 0 (no threshold reached) to 3. */
export const PRIORITY_TIER_NAMES = ["standard", "bronze", "silver", "gold"] as const;
export type PriorityTierName = (typeof PRIORITY_TIER_NAMES)[number];

/** A market's priority settings, as read from its account. */
export function prioritySettings(market: Market): PrioritySettings {
  const [t1, t2, t3] = market.tierThresholds.map(big);
  const [c0, c1, c2, c3] = market.classPriority;
  return { tierThresholds: [t1, t2, t3], classPriority: [c0, c1, c2, c3], windowSeconds: big(market.priorityWindow) };
}

/** The tier `staked` IO reaches: how many thresholds it meets (the program's `Market::priority_tier`). */
export function priorityTier(market: Market, staked: bigint): number {
  return prioritySettings(market).tierThresholds.filter((threshold) => staked >= threshold).length;
}

/** When `device`'s priority window ends (a window after it became free, or after its last rental's end); during it,
 * only renters at its class's tier may book it. `null` if its class is not a priority class. */
export function priorityWindowEnd(market: Market, device: Device): bigint | null {
  const settings = prioritySettings(market);
  if ((settings.classPriority[device.deviceClass] ?? 0) === 0) return null;
  const free = big(device.freeSince) > big(device.rentedUntil) ? big(device.freeSince) : big(device.rentedUntil);
  return free + settings.windowSeconds;
}

/** Whether a renter of `tier` may book `device` at `now` (the program's check in `create_rental`). */
export function mayBook(market: Market, device: Device, tier: number, now: bigint): boolean {
  const end = priorityWindowEnd(market, device);
  return end === null || now >= end || tier >= prioritySettings(market).classPriority[device.deviceClass];
}

/** Stake multiples count up to 3x the requirement in ranking: more stake buys no more rank. */
export const MAX_STAKE_MULTIPLE_BPS = 30_000n;

/** A device's stake multiple in bps: bonded / required (10,000 = exactly the requirement). */
export function stakeMultipleBps(bonded: bigint, required: bigint): bigint {
  return required === 0n ? 0n : (bonded * 10_000n) / required;
}

/**
 * The search ranking, one formula: `rank = score_bps x min(multiple_bps, 30,000) x 10^6 / price_per_gpu_hour`, the
 * reputation score weighted by the stake multiple (capped at 3x) per unit of price: a device twice as reputable, or
 * with twice the stake (up to the cap), or half the price ranks twice as high. Higher first; ties go to the cheaper
 * device, then the higher score, then the lower device address (bytes), so the order is total and deterministic.
 */
export function rankKey(scoreBps: number, multipleBps: bigint, pricePerGpuHour: bigint): bigint {
  const capped = multipleBps < MAX_STAKE_MULTIPLE_BPS ? multipleBps : MAX_STAKE_MULTIPLE_BPS;
  return (BigInt(scoreBps) * capped * 1_000_000n) / (pricePerGpuHour > 0n ? pricePerGpuHour : 1n);
}

/** A device as ranked: its account, its bond and stake multiple, and its rank key. */
export interface RankedDevice {
  publicKey: PublicKey;
  account: Device;
  bonded: bigint;
  multipleBps: bigint;
  rank: bigint;
}

/** Orders devices by `rankKey`, ties broken as documented there. */
export function compareRanked(a: RankedDevice, b: RankedDevice): number {
  const price = (d: RankedDevice) => big(d.account.pricePerGpuHour);
  if (a.rank !== b.rank) return a.rank > b.rank ? -1 : 1;
  if (price(a) !== price(b)) return price(a) < price(b) ? -1 : 1;
  if (a.account.scoreBps !== b.account.scoreBps) return b.account.scoreBps - a.account.scoreBps;
  const [x, y] = [a.publicKey.toBytes(), b.publicKey.toBytes()];
  const i = x.findIndex((byte, k) => byte !== y[k]);
  return i < 0 ? 0 : x[i] - y[i];
}
