// io_staking: exact math, computed as the program computes it.
import { big, BPS } from "../util";
import { StakingConfig, StakePosition } from "./accounts";

/** Rewards owed to nobody at `now`: the sweepable amount (`RewardPool::undistributed` after an update). */
export function undistributedAt(config: StakingConfig, now: bigint): bigint {
  const stored = big(config.undistributedRewards);
  const until = now < big(config.rewardPeriodEnd) ? now : big(config.rewardPeriodEnd);
  const last = big(config.lastUpdateTime);
  if (until <= last || big(config.totalStaked) !== 0n) return stored;
  return stored + big(config.rewardRate) * (until - last);
}

/** IO a device of `deviceClass` with `gpuCount` GPUs must bond: `min_stake_per_gpu * max(1x, multiplier) * gpus`,
 * rounded up; `null` when the class is not offered or `gpuCount` is 0 (bond refuses those). */
export function requiredStake(config: Pick<StakingConfig, "minStakePerGpu" | "classMultipliersBps">, deviceClass: number, gpuCount: number): bigint | null {
  const multiplier = BigInt(config.classMultipliersBps[deviceClass] ?? 0);
  if (multiplier === 0n || gpuCount <= 0) return null;
  const effective = multiplier > BPS ? multiplier : BPS;
  const perGpu = (big(config.minStakePerGpu) * effective + BPS - 1n) / BPS;
  return perGpu * BigInt(gpuCount);
}

const Q64 = 64n;

/** The reward accumulator (Q64.64) as it will be at `now`: `RewardPool::update` of the program. */
export function rewardPerTokenAt(config: StakingConfig, now: bigint): bigint {
  const periodEnd = big(config.rewardPeriodEnd);
  const lastUpdate = big(config.lastUpdateTime);
  const stored = big(config.rewardPerToken);
  const until = now < periodEnd ? now : periodEnd;
  if (until <= lastUpdate) return stored;
  const streamed = big(config.rewardRate) * (until - lastUpdate);
  const earning = big(config.totalStaked);
  if (earning === 0n || streamed === 0n) return stored;
  return stored + (streamed << Q64) / earning;
}

/** Rewards `position` could claim at `now`: what it is owed plus what its stake earned since its snapshot. */
export function pendingRewards(config: StakingConfig, position: StakePosition, now: bigint): bigint {
  const delta = rewardPerTokenAt(config, now) - big(position.rewardSnapshot);
  return big(position.rewardsOwed) + ((big(position.staked) * delta) >> Q64);
}
