// io.net's IO emission schedule by its cumulative amount, computed exactly as the programs compute it
// (programs/common/src/emission.rs): C(t) = A * (1 - q^t) in fixed point, q^t from the same table of q^(2^i).
import { big, BPS } from "../util";
import type { StakingConfig } from "./accounts";

/** Seconds per epoch. */
export const EPOCH_SECONDS = 3_600n;
/** The last epoch that emits. */
export const LAST_EPOCH = 175_319n;
/** The most decimals the IO mint may have (C in base units fits a u64). */
export const MAX_EMISSION_DECIMALS = 10;

const limbs = (l: bigint[]) => l.reduce((v, limb, i) => v | (limb << (64n * BigInt(i))), 0n);

/** floor(q^(2^i) * 2^256), i = 0..17. */
const Q_POWERS = [
  [0xbe3612f8c6981cddn, 0xe23f4b7f8903a659n, 0x306e20eb3c8dc742n, 0xffff1703fe5dc27en],
  [0x9fbc93bf4b2ea5dfn, 0x71a34433aa4d46b0n, 0xa7c34cec6f5158c0n, 0xfffe2e08d0c54005n],
  [0x923466c7118a82a8n, 0xec0e966321739139n, 0xe9072375201f1e99n, 0xfffc5c14f1ae684an],
  [0x0a5e2c3dd1fbc6f4n, 0x58e920825a8195e9n, 0x9216f911aa401f56n, 0xfff8b83723d4528en],
  [0x0466911a15b430den, 0x873fa2f35ddbb8c4n, 0x9c30faa36201e822n, 0xfff170a348c5b739n],
  [0xdd14c0a35f5a9fben, 0xee0615faaede2d7bn, 0x806b33551035d07en, 0xffe2e21a8ff82f1an],
  [0x86e603e626e763e5n, 0x7d51693923f7be4cn, 0xb92bdee45c5fc339n, 0xffc5c784e96988fdn],
  [0x8ddc6c87198053a3n, 0xcd5b7c25656a8099n, 0xea0565f8a9c42759n, 0xff8b9c47770f6339n],
  [0xfb33b395d19634a1n, 0x379064e5dc9c383en, 0x23f1d185205309c6n, 0xff176d7974331f71n],
  [0x7b79ed99873a0088n, 0x5abd08a84731d1b8n, 0xa1c8a51ed6d8bab3n, 0xfe2fae3cd0216065n],
  [0xfe144b488023c5afn, 0x02c8bdb179194aa2n, 0xaa4127e58f926c50n, 0xfc62a6a21ded60ean],
  [0x3ce9412d06c3264en, 0x7c5ce6979f8686cbn, 0xf079424c3a613c8en, 0xf8d25e132b80e605n],
  [0xf7bead850fc73d41n, 0x8f37d8dedc88cf2fn, 0x091c870c0843e0d0n, 0xf1d843239e4f3287n],
  [0xe01438c3ef9fb8bdn, 0xcca0828e0f75df59n, 0xa30770f8e0ead689n, 0xe478e51a6dc7ec99n],
  [0x39f848ea83e9597dn, 0xfaabe5292f868461n, 0xa368e0b22df0cbcfn, 0xcbe7912ea95b5401n],
  [0x616ecdc8b0407a0cn, 0x7437d749ce059fd8n, 0xf622fcd29d211c59n, 0xa26911b755225e66n],
  [0xe4cc1698f340fa49n, 0x4a0f8b20f378a620n, 0x23f6abe014d89e5fn, 0x6709258b915d3245n],
  [0x21ad44c3c0fd8c73n, 0x8ce5565820d93f22n, 0x4a144e00a4edd6aen, 0x29785c89f84adb1dn],
].map(limbs);

/** floor(A * 2^128), A = 4e7 * 1e19 / (8,760 * 138,869,523,959,793) IO. */
const A_Q128 = limbs([0x8a44139fec5c23dan, 0xdabbf4e86ff6bbb9n, 0x139949a8n]);

/** Epochs fully elapsed at `now` for a schedule starting at `genesis`, capped at the last epoch. */
export function epochsAt(genesis: bigint, now: bigint): bigint {
  if (now <= genesis) return 0n;
  const elapsed = (now - genesis) / EPOCH_SECONDS;
  return elapsed > LAST_EPOCH ? LAST_EPOCH : elapsed;
}

/** C(epochs): IO emitted by the first `epochs` epochs in base units of a mint with `decimals`, floored, exactly as
 * the program computes it. */
export function cumulativeEmission(epochs: bigint, decimals: number): bigint {
  if (decimals > MAX_EMISSION_DECIMALS) throw new Error(`an IO mint with more than ${MAX_EMISSION_DECIMALS} decimals cannot hold the schedule`);
  const t = epochs > LAST_EPOCH ? LAST_EPOCH : epochs;
  if (t <= 0n) return 0n;
  // One product per bit, set or not (1 - 2^-256 for an unset bit), as the program multiplies.
  const one = (1n << 256n) - 1n;
  const power = Q_POWERS.reduce((p, entry, bit) => (p * ((t >> BigInt(bit)) & 1n ? entry : one)) >> 256n, one);
  return (A_Q128 * 10n ** BigInt(decimals) * ((1n << 256n) - power)) >> 384n;
}

/** IO one epoch emits (its share of C), in base units. */
export const epochEmission = (epoch: bigint, decimals: number): bigint => cumulativeEmission(epoch, decimals) - cumulativeEmission(epoch - 1n, decimals);

/** What `crank_emissions` would do at `now` with `held` IO in the emission vault (as the program computes it). */
export interface EmissionCrank {
  epochs: bigint;
  /** C(epochs): the schedule's total so far. */
  scheduled: bigint;
  /** Owed since the last crank (the schedule less everything paid). */
  owed: bigint;
  toStakers: bigint;
  toSuppliers: bigint;
  /** Owed beyond what the vault holds, still owed after the crank. */
  shortfall: bigint;
}

/** The crank at `now`, or null before the schedule has started. */
export function emissionDue(config: StakingConfig, now: bigint, held: bigint): EmissionCrank | null {
  const genesis = big(config.emissionGenesis);
  if (genesis === 0n) return null;
  const epochs = epochsAt(genesis, now);
  const scheduled = cumulativeEmission(epochs, config.ioDecimals);
  const owed = scheduled - big(config.emissionPaid);
  const pay = owed < held ? owed : held;
  // The stakers' share of everything paid so far, less what they already had (as the program splits it).
  const toStakers = stakersPart(big(config.emissionPaid) + pay, config.emissionStakerBps) - big(config.emissionToStakers);
  return { epochs, scheduled, owed, toStakers, toSuppliers: pay - toStakers, shortfall: owed - pay };
}

/** The stakers' part of a cumulative emitted total, floored (the suppliers get the rest), as the programs split it. */
export const stakersPart = (total: bigint, stakerBps: number): bigint => (total * BigInt(stakerBps)) / BPS;
export const suppliersPart = (total: bigint, stakerBps: number): bigint => total - stakersPart(total, stakerBps);

/** Seconds per supplier window: GPU time served is pooled per day and each day's suppliers' emission split by it. */
export const WINDOW_SECONDS = 86_400n;
/** Epochs per supplier window, and the number of windows that emit (the last ends with the last epoch). */
export const EPOCHS_PER_WINDOW = WINDOW_SECONDS / EPOCH_SECONDS;
export const WINDOWS = (LAST_EPOCH + EPOCHS_PER_WINDOW - 1n) / EPOCHS_PER_WINDOW;

/** The supplier window `now` falls in (null before the genesis; WINDOWS or more once the schedule is over). */
export function windowAt(genesis: bigint, now: bigint): bigint | null {
  return now < genesis ? null : (now - genesis) / WINDOW_SECONDS;
}

/** The epochs elapsed when `window` ends. */
export function windowEndEpoch(window: bigint): bigint {
  const end = (window + 1n) * EPOCHS_PER_WINDOW;
  return end > LAST_EPOCH ? LAST_EPOCH : end;
}

/** The suppliers' part of the schedule through the end of supplier window `window` (rental_escrow's
 * `Schedule::suppliers_through`): what the crank must have paid suppliers before that day's emissions are claimable. */
export const suppliersThrough = (window: bigint, decimals: number, stakerBps: number): bigint =>
  suppliersPart(cumulativeEmission(windowEndEpoch(window), decimals), stakerBps);

/** What a staker with `stake` earning IO should expect of the stakers' emissions between two unix times, if the
 * earning total stays `totalStaked`: its share of the stakers' part of the schedule over the span (the crank streams
 * it into the reward pool, so it arrives over the following stream). */
export function expectedStakerEmission(config: StakingConfig, stake: bigint, totalStaked: bigint, from: bigint, to: bigint): bigint {
  const genesis = big(config.emissionGenesis);
  if (genesis === 0n || totalStaked === 0n || to <= from) return 0n;
  const stakers = (t: bigint) => stakersPart(cumulativeEmission(epochsAt(genesis, t), config.ioDecimals), config.emissionStakerBps);
  return ((stakers(to) - stakers(from)) * stake) / totalStaked;
}
