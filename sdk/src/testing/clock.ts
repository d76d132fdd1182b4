// Time in LiteSVM is the Clock sysvar: moving it is how tests cross cooldowns, reward periods and rentals.
import { LiteSVM } from "litesvm";

export function unixTimestamp(svm: LiteSVM): bigint {
  return svm.getClock().unixTimestamp;
}

/** Sets the clock's unix timestamp (and moves the slot forward so that time never goes back per slot). */
export function setUnixTimestamp(svm: LiteSVM, timestamp: bigint): void {
  const clock = svm.getClock();
  const delta = timestamp - clock.unixTimestamp;
  clock.unixTimestamp = timestamp;
  // About 2.5 slots per second on mainnet; only monotonic progress matters here.
  if (delta > 0n) clock.slot = clock.slot + (delta * 5n) / 2n + 1n;
  svm.setClock(clock);
}

/** Moves the clock forward by `seconds`. */
export function advanceClock(svm: LiteSVM, seconds: bigint | number): bigint {
  const next = unixTimestamp(svm) + BigInt(seconds);
  setUnixTimestamp(svm, next);
  return next;
}
