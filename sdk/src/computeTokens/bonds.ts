// compute_tokens: a GPU bond's quotes, computed exactly as the program's bonds.rs computes them (both are checked
// against tests/vectors/bonds.json): coupons accrued, the principal schedule, arrears, the revenue waterfall,
// whether default may be declared and what curing it costs, what redemption pays; and the terms and books read
// from a `Bond` account.
import { big } from "../util";
import type { Bond, Holder } from "./accounts";
import { claimable } from "./math";

/** Coupons accrue over 365-day years. */
export const SECONDS_PER_YEAR = 365n * 86_400n;
/** Highest coupon rate a bond may carry: 100% a year. */
export const MAX_COUPON_BPS = 10_000;
/** Longest term a bond may run: 30 years. */
export const MAX_TERM = 30n * 365n * 86_400n;

/** What is fixed once the subscription closes. */
export interface BondTerms {
  /** Face value raised, in IOSD base units (bond tokens issued). */
  face: bigint;
  couponBps: number;
  /** Unix time coupons start accruing (the subscription's close). */
  start: bigint;
  maturity: bigint;
  /** Seconds coupons may stay unpaid before anyone may declare default. */
  grace: bigint;
}

/** What the waterfall has paid so far. */
export interface BondBooks {
  couponPaid: bigint;
  /** Principal set aside for redemption, ever (what redemptions paid out included). */
  reserve: bigint;
  /** When default was declared, if it was (and not cured): coupons stop accruing then. */
  defaultedAt: bigint | null;
}

/** One inflow's parts: to holders as coupons, into the principal reserve, owed to the operator. */
export interface Waterfall {
  toCoupons: bigint;
  toReserve: bigint;
  toOperator: bigint;
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
const saturatingSub = (a: bigint, b: bigint) => (a > b ? a - b : 0n);

/** Seconds of the coupon period elapsed at `now`, within [0, maturity - start]. */
function elapsed(terms: BondTerms, now: bigint): bigint {
  return saturatingSub(min(now, terms.maturity), terms.start);
}

/** Coupons accrued from the start to `now` (stopping at maturity), rounded down. */
export function couponDue(terms: BondTerms, now: bigint): bigint {
  return (terms.face * BigInt(terms.couponBps) * elapsed(terms, now)) / (10_000n * SECONDS_PER_YEAR);
}

/** The principal reserve the straight-line schedule asks for at `now`: the whole face value at maturity. */
export function reserveTarget(terms: BondTerms, now: bigint): bigint {
  if (now >= terms.maturity) return terms.face;
  return (terms.face * elapsed(terms, now)) / (terms.maturity - terms.start);
}

/** Coupons due and not yet paid at `now` (none accrue after a default). */
export function arrears(terms: BondTerms, books: BondBooks, now: bigint): bigint {
  const until = books.defaultedAt === null ? now : min(now, books.defaultedAt);
  return saturatingSub(couponDue(terms, until), books.couponPaid);
}

/** Splits `inflow` synced at `now`: coupons (arrears first), then the reserve up to the schedule (the whole face
 * value after a default), then the operator. The parts add up to `inflow`. */
export function splitBondInflow(terms: BondTerms, books: BondBooks, inflow: bigint, now: bigint): Waterfall {
  const toCoupons = min(arrears(terms, books, now), inflow);
  const target = books.defaultedAt !== null ? terms.face : reserveTarget(terms, now);
  const toReserve = min(saturatingSub(target, books.reserve), inflow - toCoupons);
  return { toCoupons, toReserve, toOperator: inflow - toCoupons - toReserve };
}

/** Anyone may declare default at `now` (after a sync): coupons due a grace period ago are unpaid, or a grace period
 * has passed since maturity with the reserve still short of the face value. */
export function defaultAllowed(terms: BondTerms, books: BondBooks, now: bigint): boolean {
  if (books.defaultedAt !== null) return false;
  const aGraceAgo = now - terms.grace;
  const late = couponDue(terms, aGraceAgo) > books.couponPaid;
  return late || (aGraceAgo >= terms.maturity && books.reserve < terms.face);
}

/** After a default, the collateral is paid to holders only once the operator had a grace period to cure it. */
export function collateralPayable(terms: BondTerms, books: BondBooks, now: bigint): boolean {
  return books.defaultedAt !== null && now >= books.defaultedAt + terms.grace;
}

/** Matured (or accelerated by a default), every coupon due paid and the face value reserved: `close_bond` may run. */
export function discharged(terms: BondTerms, books: BondBooks, now: bigint): boolean {
  const due = now >= terms.maturity || books.defaultedAt !== null;
  return due && arrears(terms, books, now) === 0n && books.reserve >= terms.face;
}

/** An operator's repayment of `amount`: coupons owed first, then the reserve up to the face value; `toOperator` is
 * the excess the program refuses (`RepaymentTooLarge`). */
export function splitRepayment(terms: BondTerms, books: BondBooks, amount: bigint, now: bigint): Waterfall {
  const toCoupons = min(arrears(terms, books, now), amount);
  const toReserve = min(saturatingSub(terms.face, books.reserve), amount - toCoupons);
  return { toCoupons, toReserve, toOperator: amount - toCoupons - toReserve };
}

/** What the operator pays at `now` to cure a default: the coupons due as if there had been no default, and the
 * reserve's shortfall against the schedule. */
export function cureAmount(terms: BondTerms, books: BondBooks, now: bigint): bigint {
  return arrears(terms, { ...books, defaultedAt: null }, now) + saturatingSub(reserveTarget(terms, now), books.reserve);
}

/** Tokens may be redeemed at maturity, or at once after a default. */
export function redeemable(terms: BondTerms, books: BondBooks, now: bigint): boolean {
  return now >= terms.maturity || books.defaultedAt !== null;
}

/** What `units` redeemed tokens are owed of `amount` shared pro rata by every token issued (the reserve, or the
 * collateral after a default): `floor(units * amount / face)`. */
export function proRata(terms: BondTerms, units: bigint, amount: bigint): bigint {
  return (units * amount) / terms.face;
}

/** A bond account's terms (the face is what was raised). */
export function bondTerms(bond: Bond): BondTerms {
  return { face: big(bond.raised), couponBps: bond.couponBps, start: big(bond.start), maturity: big(bond.maturity), grace: big(bond.grace) };
}

/** A bond account's books. */
export function bondBooks(bond: Bond): BondBooks {
  const declared = big(bond.defaultedAt);
  return { couponPaid: big(bond.couponPaid), reserve: big(bond.reserve), defaultedAt: declared === 0n ? null : declared };
}

/** A bond's books after syncing `vaultBalance` (the vault's token balance now) at `now`, as the program's sync does
 * before it acts. */
export function syncedBooks(bond: Bond, vaultBalance: bigint, now: bigint): BondBooks {
  const [terms, books] = [bondTerms(bond), bondBooks(bond)];
  const parts = splitBondInflow(terms, books, vaultBalance - big(bond.vaultBalance), now);
  return { ...books, couponPaid: books.couponPaid + parts.toCoupons, reserve: books.reserve + parts.toReserve };
}

/** What `redeem(amount)` pays a checkpoint at `now`, exactly as the program: principal (pro rata of the reserve,
 * less what earlier redemptions paid) and, a grace period after a default, collateral. `vaultBalance` is the vault's balance now. */
export function redemptionValue(bond: Bond, holder: Holder, amount: bigint, vaultBalance: bigint, now: bigint): { principal: bigint; collateral: bigint } {
  const [terms, books] = [bondTerms(bond), syncedBooks(bond, vaultBalance, now)];
  const units = big(holder.redeemed) + amount;
  const principal = proRata(terms, units, books.reserve) - big(holder.principalClaimed);
  const collateral = collateralPayable(terms, books, now) ? proRata(terms, units, big(bond.collateral)) - big(holder.collateralClaimed) : 0n;
  return { principal, collateral };
}

/** Coupons a bond-token account's checkpoint can claim at `now` (the share pools' `claimable`, on the bond's stream). */
export function couponsClaimable(bond: Bond, holder: Holder, now: bigint): bigint {
  return claimable(bond, holder, now);
}

/**
 * Yield to maturity, a year's continuously compounded rate, of a bond token bought at `price` IOSD per unit of
 * face value (1 = par) at `now`: the rate `y` at which the token's remaining cash flows are worth the price. They
 * are its share of the arrears (paid at once), the coupon stream on its face value until maturity (accruing per
 * second), and the face value at maturity: `price = arrears/face + c * (1 - e^(-yT)) / y + e^(-yT)`, with `c` the
 * coupon rate and `T` the years left. A quote, in floating point (bisection to 1e-12); at par with nothing in
 * arrears it is the coupon rate itself. `null` after maturity.
 */
export function yieldToMaturity(terms: BondTerms, books: BondBooks, price: number, now: bigint): number | null {
  if (now >= terms.maturity || terms.face === 0n) return null;
  const years = Number(terms.maturity - (now > terms.start ? now : terms.start)) / Number(SECONDS_PER_YEAR);
  const coupon = terms.couponBps / 10_000;
  const arrearsPerUnit = Number(arrears(terms, books, now)) / Number(terms.face);
  const value = (y: number) => {
    const discount = Math.exp(-y * years);
    const stream = Math.abs(y) < 1e-12 ? coupon * years : (coupon * (1 - discount)) / y;
    return arrearsPerUnit + stream + discount;
  };
  // The value falls as the yield rises: bisect between a yield worth more than the price and one worth less.
  let [low, high] = [-0.99, 1];
  while (value(high) > price && high < 1e6) high *= 2;
  if (value(low) < price || value(high) > price) return null;
  for (let i = 0; i < 200 && high - low > 1e-12; i++) {
    const mid = (low + high) / 2;
    if (value(mid) > price) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
