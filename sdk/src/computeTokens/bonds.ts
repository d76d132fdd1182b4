// compute_tokens: a GPU bond's quotes, computed exactly as the program's bonds.rs computes them (both are checked
// against tests/vectors/bonds.json): coupons accrued, the principal schedule, arrears, the revenue waterfall,
// whether default may be declared and what curing it costs.

/** Coupons accrue over 365-day years. */
export const SECONDS_PER_YEAR = 365n * 86_400n;
/** Highest coupon rate a bond may carry: 100% a year. */
export const MAX_COUPON_BPS = 10_000;

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
  reserve: bigint;
  defaulted: boolean;
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

/** Coupons due and not yet paid at `now`. */
export function arrears(terms: BondTerms, books: BondBooks, now: bigint): bigint {
  return saturatingSub(couponDue(terms, now), books.couponPaid);
}

/** Splits `inflow` synced at `now`: coupons (arrears first), then the reserve up to the schedule (the whole face
 * value after a default), then the operator. The parts add up to `inflow`. */
export function splitBondInflow(terms: BondTerms, books: BondBooks, inflow: bigint, now: bigint): Waterfall {
  const toCoupons = min(arrears(terms, books, now), inflow);
  const target = books.defaulted ? terms.face : reserveTarget(terms, now);
  const toReserve = min(saturatingSub(target, books.reserve), inflow - toCoupons);
  return { toCoupons, toReserve, toOperator: inflow - toCoupons - toReserve };
}

/** Anyone may declare default at `now` (after a sync): coupons due a grace period ago are unpaid, or maturity has
 * come with the reserve short of the face value. */
export function defaultAllowed(terms: BondTerms, books: BondBooks, now: bigint): boolean {
  if (books.defaulted) return false;
  const late = couponDue(terms, now - terms.grace) > books.couponPaid;
  return late || (now >= terms.maturity && books.reserve < terms.face);
}

/** What the operator pays at `now` to cure a default: the arrears and the reserve's shortfall against the schedule. */
export function cureAmount(terms: BondTerms, books: BondBooks, now: bigint): bigint {
  return arrears(terms, books, now) + saturatingSub(reserveTarget(terms, now), books.reserve);
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
