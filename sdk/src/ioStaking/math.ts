// io_staking: exact math, computed as the program computes it.
import { BN } from "../anchor";
import { BPS } from "../util";
import { StakingConfig, StakePosition } from "./accounts";

const toBigInt = (value: BN) => BigInt(value.toString());

/** Rewards owed to nobody at `now`: the sweepable amount (`RewardPool::undistributed` after an update). */
export function undistributedAt(config: StakingConfig, now: bigint): bigint {
  const stored = toBigInt(config.undistributedRewards);
  const until = now < toBigInt(config.rewardPeriodEnd) ? now : toBigInt(config.rewardPeriodEnd);
  const last = toBigInt(config.lastUpdateTime);
  if (until <= last || toBigInt(config.totalStaked) !== 0n) return stored;
  return stored + toBigInt(config.rewardRate) * (until - last);
}

/** IO a device of `deviceClass` with `gpuCount` GPUs must bond: `min_stake_per_gpu * max(1x, multiplier) * gpus`,
 * rounded up; `null` when the class is not offered or `gpuCount` is 0 (bond refuses those). */
export function requiredStake(config: Pick<StakingConfig, "minStakePerGpu" | "classMultipliersBps">, deviceClass: number, gpuCount: number): bigint | null {
  const multiplier = BigInt(config.classMultipliersBps[deviceClass] ?? 0);
  if (multiplier === 0n || gpuCount <= 0) return null;
  const effective = multiplier > BPS ? multiplier : BPS;
  const perGpu = (toBigInt(config.minStakePerGpu) * effective + BPS - 1n) / BPS;
  return perGpu * BigInt(gpuCount);
}

const Q64 = 64n;

/** The reward accumulator (Q64.64) as it will be at `now`: `RewardPool::update` of the program. */
export function rewardPerTokenAt(config: StakingConfig, now: bigint): bigint {
  const periodEnd = toBigInt(config.rewardPeriodEnd);
  const lastUpdate = toBigInt(config.lastUpdateTime);
  const stored = toBigInt(config.rewardPerToken);
  const until = now < periodEnd ? now : periodEnd;
  if (until <= lastUpdate) return stored;
  const streamed = toBigInt(config.rewardRate) * (until - lastUpdate);
  const earning = toBigInt(config.totalStaked);
  if (earning === 0n || streamed === 0n) return stored;
  return stored + (streamed << Q64) / earning;
}

/** Rewards `position` could claim at `now`: what it is owed plus what its stake earned since its snapshot. */
export function pendingRewards(config: StakingConfig, position: StakePosition, now: bigint): bigint {
  const delta = rewardPerTokenAt(config, now) - toBigInt(position.rewardSnapshot);
  return toBigInt(position.rewardsOwed) + ((toBigInt(position.staked) * delta) >> Q64);
}
