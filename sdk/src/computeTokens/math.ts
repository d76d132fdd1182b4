// compute_tokens: exact math, computed as the program computes it.
import { big, BPS } from "../util";
import { Pool, Holder } from "./accounts";

/** The stream and accumulator fields a share pool and a bond both have. */
export type RevenueState = Pick<Pool, "lastRelease" | "streamEnd" | "undistributed" | "accruingShares" | "revenuePerShare">;

const Q64 = 64n;

/** `(operator, holders)` parts of an inflow: operator = floor(inflow * bps / 10,000), holders the rest. */
export function splitInflow(inflow: bigint, operatorBps: number): [bigint, bigint] {
  const operator = (inflow * BigInt(operatorBps)) / BPS;
  return [operator, inflow - operator];
}

/** What the pool's stream releases to holders between its last release and `now` (`RevenuePool::release`). */
export function releasedAt(pool: RevenueState, now: bigint): bigint {
  const [last, end, undistributed] = [big(pool.lastRelease), big(pool.streamEnd), big(pool.undistributed)];
  if (now <= last || big(pool.accruingShares) === 0n) return 0n;
  return now >= end ? undistributed : (undistributed * (now - last)) / (end - last);
}

/** The pool's accumulator after its stream is released up to `now` (`RevenuePool::release`, exactly). */
export function revenuePerShareAt(pool: RevenueState, now: bigint): bigint {
  const released = releasedAt(pool, now);
  const perShare = big(pool.revenuePerShare);
  return released === 0n ? perShare : perShare + (released << Q64) / big(pool.accruingShares);
}

/** What a checkpoint can claim at `now`: owed plus what its shares earned since its snapshot (exact, as the program). */
export function claimable(pool: RevenueState, holder: Holder, now: bigint): bigint {
  const delta = revenuePerShareAt(pool, now) - big(holder.revenueSnapshot);
  return big(holder.owed) + ((big(holder.shares) * delta) >> Q64);
}
