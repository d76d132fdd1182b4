// io_staking: stake IO with a cooldown, earn rewards, bond stake for listed devices, slashing.
import { BN, IdlAccounts, Program, Provider } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { IoStaking, IO_STAKING_IDL } from "./idl/io_staking";
import { adminInstructions } from "./admin";
import { bn, BPS, findPda } from "./util";

export type { IoStaking };
export const IO_STAKING_PROGRAM_ID = new PublicKey(IO_STAKING_IDL.address);
export const MAX_DEVICE_CLASSES = 16;
/** io.net's default: 14 days between an unstake request and the withdrawal. */
export const DEFAULT_UNSTAKE_COOLDOWN = 14n * 24n * 60n * 60n;

const stakingConfig = (): PublicKey => findPda(IO_STAKING_PROGRAM_ID, "config");
export const ioStakingPdas = {
  config: stakingConfig,
  stakeVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "stake_vault", config),
  rewardVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "reward_vault", config),
  /** A listed device's bond: ["bond", device]. */
  deviceBond: (device: PublicKey) => findPda(IO_STAKING_PROGRAM_ID, "bond", device),
};

export function ioStakingProgram(provider: Provider): Program<IoStaking> {
  return new Program<IoStaking>(IO_STAKING_IDL, provider);
}

export interface InitializeStakingParams {
  admin: PublicKey;
  ioMint: PublicKey;
  /** IO token account that receives slashed stake. */
  treasury: PublicKey;
  /** SPL Token or Token-2022: the IO mint's program. */
  tokenProgram: PublicKey;
  unstakeCooldown: bigint;
  /** IO base units per GPU at a 1x class multiplier. */
  minStakePerGpu: bigint;
  /** Up to 16 class multipliers in bps (10,000 = 1x); missing classes are 0 (not offered). */
  classMultipliersBps: number[];
  bondAuthority: PublicKey;
  slashAuthority: PublicKey;
  /** Seconds between proposing a new treasury or authority (`update_config`) and applying it; 0 by default. */
  changeDelaySeconds?: bigint;
}

const toBigInt = (value: BN) => BigInt(value.toString());

/** The settings `initialize` takes and `update_config` changes, in argument order. */
type ConfigSettings = Pick<InitializeStakingParams, "unstakeCooldown" | "minStakePerGpu" | "classMultipliersBps" | "bondAuthority" | "slashAuthority">;
function settingsArgs(p: ConfigSettings): [BN, BN, number[], PublicKey, PublicKey] {
  const multipliers = Array.from({ length: MAX_DEVICE_CLASSES }, (_, i) => p.classMultipliersBps[i] ?? 0);
  return [bn(p.unstakeCooldown), bn(p.minStakePerGpu), multipliers, p.bondAuthority, p.slashAuthority];
}

/** The `initialize` instruction. */
export function initializeStakingIx(program: Program<IoStaking>, p: InitializeStakingParams) {
  return program.methods
    .initialize(...settingsArgs(p), bn(p.changeDelaySeconds ?? 0n))
    .accountsPartial({
      admin: p.admin,
      config: ioStakingPdas.config(),
      ioMint: p.ioMint,
      stakeVault: ioStakingPdas.stakeVault(),
      rewardVault: ioStakingPdas.rewardVault(),
      treasury: p.treasury,
      tokenProgram: p.tokenProgram,
    });
}

export async function fetchStakingConfig(program: Program<IoStaking>) {
  return program.account.config.fetch(ioStakingPdas.config());
}

/** A staker's position PDA. */
export function positionPda(owner: PublicKey): PublicKey {
  return findPda(IO_STAKING_PROGRAM_ID, "stake", owner);
}

export interface StakeParams {
  owner: PublicKey;
  /** The owner's IO token account. */
  ownerToken: PublicKey;
  ioMint: PublicKey;
  tokenProgram: PublicKey;
  amount: bigint;
}

/** The `stake` instruction (creates the position on the first stake). */
export function stakeIx(program: Program<IoStaking>, p: StakeParams) {
  return program.methods.stake(new BN(p.amount.toString())).accountsPartial({
    owner: p.owner,
    config: ioStakingPdas.config(),
    position: positionPda(p.owner),
    ownerToken: p.ownerToken,
    stakeVault: ioStakingPdas.stakeVault(),
    ioMint: p.ioMint,
    tokenProgram: p.tokenProgram,
  });
}

export type StakingConfig = IdlAccounts<IoStaking>["config"];
export type StakePosition = IdlAccounts<IoStaking>["stakePosition"];

export async function fetchPosition(program: Program<IoStaking>, owner: PublicKey): Promise<StakePosition | null> {
  return program.account.stakePosition.fetchNullable(positionPda(owner));
}

/** Accounts every instruction that moves IO names: the IO mint and its token program. */
export interface IoAccounts {
  ioMint: PublicKey;
  tokenProgram: PublicKey;
}

/** The owner's instructions that change no balance: request_unstake(amount) and cancel_unstake. */
export function requestUnstakeIx(program: Program<IoStaking>, owner: PublicKey, amount: bigint) {
  return program.methods.requestUnstake(bn(amount)).accountsPartial({ owner, config: ioStakingPdas.config(), position: positionPda(owner) });
}

export function cancelUnstakeIx(program: Program<IoStaking>, owner: PublicKey) {
  return program.methods.cancelUnstake().accountsPartial({ owner, config: ioStakingPdas.config(), position: positionPda(owner) });
}

export interface PayoutParams extends IoAccounts {
  owner: PublicKey;
  /** Any IO token account; receives the IO. */
  ownerToken: PublicKey;
}

const payoutAccounts = (p: PayoutParams) => ({
  owner: p.owner,
  config: ioStakingPdas.config(),
  position: positionPda(p.owner),
  ownerToken: p.ownerToken,
  ioMint: p.ioMint,
  tokenProgram: p.tokenProgram,
});

/** `withdraw`: the pending unstake, after the cooldown. */
export function withdrawIx(program: Program<IoStaking>, p: PayoutParams) {
  return program.methods.withdraw().accountsPartial({ ...payoutAccounts(p), stakeVault: ioStakingPdas.stakeVault() });
}

/** `claim_rewards`. */
export function claimRewardsIx(program: Program<IoStaking>, p: PayoutParams) {
  return program.methods.claimRewards().accountsPartial({ ...payoutAccounts(p), rewardVault: ioStakingPdas.rewardVault() });
}

export interface FundRewardsParams extends IoAccounts {
  admin: PublicKey;
  /** The admin's IO token account. */
  adminToken: PublicKey;
  amount: bigint;
  /** Seconds to stream `amount` (plus whatever of a running period is left) over. */
  duration: bigint;
}

/** `fund_rewards` (admin). */
export function fundRewardsIx(program: Program<IoStaking>, p: FundRewardsParams) {
  return program.methods.fundRewards(bn(p.amount), bn(p.duration)).accountsPartial({
    admin: p.admin,
    config: ioStakingPdas.config(),
    adminToken: p.adminToken,
    rewardVault: ioStakingPdas.rewardVault(),
    ioMint: p.ioMint,
    tokenProgram: p.tokenProgram,
  });
}

/**
 * `bond(device_class, gpu_count)` for `device`, from `owner`'s position: signed by the bond authority (rental_escrow's
 * market PDA, by CPI); creates the device's bond account (paid by `owner`) or tops it up.
 */
export function bondIx(program: Program<IoStaking>, bondAuthority: PublicKey, owner: PublicKey, device: PublicKey, deviceClass: number, gpuCount: number) {
  return program.methods.bond(deviceClass, gpuCount).accountsPartial({
    bondAuthority,
    config: ioStakingPdas.config(),
    position: positionPda(owner),
    deviceBond: ioStakingPdas.deviceBond(device),
    device,
    owner,
  });
}

/** `unbond`: releases `device`'s whole bond (signed by the bond authority); the bond account's rent goes to `owner`. */
export function unbondIx(program: Program<IoStaking>, bondAuthority: PublicKey, owner: PublicKey, device: PublicKey) {
  return program.methods.unbond().accountsPartial({
    bondAuthority,
    config: ioStakingPdas.config(),
    position: positionPda(owner),
    deviceBond: ioStakingPdas.deviceBond(device),
    owner,
  });
}

export type DeviceBond = IdlAccounts<IoStaking>["deviceBond"];

export async function fetchDeviceBond(program: Program<IoStaking>, device: PublicKey): Promise<DeviceBond | null> {
  return program.account.deviceBond.fetchNullable(ioStakingPdas.deviceBond(device));
}

export interface SlashParams extends IoAccounts {
  slashAuthority: PublicKey;
  owner: PublicKey;
  /** The device whose bond is slashed. */
  device: PublicKey;
  treasury: PublicKey;
  amount: bigint;
}

/** `slash(amount)`: bonded stake to the treasury, signed by the slash authority. */
export function slashIx(program: Program<IoStaking>, p: SlashParams) {
  return program.methods.slash(bn(p.amount)).accountsPartial({
    slashAuthority: p.slashAuthority,
    config: ioStakingPdas.config(),
    position: positionPda(p.owner),
    stakeVault: ioStakingPdas.stakeVault(),
    treasury: p.treasury,
    ioMint: p.ioMint,
    tokenProgram: p.tokenProgram,
    deviceBond: ioStakingPdas.deviceBond(p.device),
  });
}

/** `apply_config_change` (anyone): the treasury and authorities `update_config` proposed, once the delay has passed. */
export function applyConfigChangeIx(program: Program<IoStaking>) {
  return program.methods.applyConfigChange().accountsPartial({ config: ioStakingPdas.config() });
}

/** `sweep_undistributed` (admin): rewards owed to nobody, from the reward vault to the treasury. */
export function sweepUndistributedIx(program: Program<IoStaking>, p: IoAccounts & { admin: PublicKey; treasury: PublicKey }) {
  return program.methods.sweepUndistributed().accountsPartial({
    admin: p.admin,
    config: ioStakingPdas.config(),
    rewardVault: ioStakingPdas.rewardVault(),
    treasury: p.treasury,
    ioMint: p.ioMint,
    tokenProgram: p.tokenProgram,
  });
}

/** `close_position`: an empty position's rent back to its owner. */
export function closePositionIx(program: Program<IoStaking>, owner: PublicKey) {
  return program.methods.closePosition().accountsPartial({ owner, config: ioStakingPdas.config(), position: positionPda(owner) });
}

/** Rewards owed to nobody at `now`: the sweepable amount (`RewardPool::undistributed` after an update). */
export function undistributedAt(config: StakingConfig, now: bigint): bigint {
  const stored = toBigInt(config.undistributedRewards);
  const until = now < toBigInt(config.rewardPeriodEnd) ? now : toBigInt(config.rewardPeriodEnd);
  const last = toBigInt(config.lastUpdateTime);
  if (until <= last || toBigInt(config.totalStaked) !== 0n) return stored;
  return stored + toBigInt(config.rewardRate) * (until - last);
}

/** `update_config` (admin): the settings of `initialize`, and the treasury. */
export function updateConfigIx(program: Program<IoStaking>, admin: PublicKey, treasury: PublicKey, settings: ConfigSettings) {
  return program.methods.updateConfig(...settingsArgs(settings)).accountsPartial({ admin, config: ioStakingPdas.config(), treasury });
}

/** propose_admin, accept_admin, pause, unpause (common::admin on chain). */
export const { proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx } = adminInstructions(ioStakingPdas.config);

// ---- Views, computed exactly as on-chain ----

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

// ---- One-call helpers: accounts resolved from the config, the signer's associated token account by default ----

export class IoStakingClient {
  private io: IoAccounts | undefined;

  constructor(readonly program: Program<IoStaking>) {}

  static forProvider(provider: Provider): IoStakingClient {
    return new IoStakingClient(ioStakingProgram(provider));
  }

  config(): Promise<StakingConfig> {
    return fetchStakingConfig(this.program);
  }

  position(owner: PublicKey): Promise<StakePosition | null> {
    return fetchPosition(this.program, owner);
  }

  /** The IO mint and token program, read once from the config. */
  async ioAccounts(): Promise<IoAccounts> {
    if (!this.io) {
      const config = await this.config();
      this.io = { ioMint: config.ioMint, tokenProgram: config.tokenProgram };
    }
    return this.io;
  }

  /** `owner`'s associated IO token account. */
  async ioAccountOf(owner: PublicKey): Promise<PublicKey> {
    const { ioMint, tokenProgram } = await this.ioAccounts();
    return getAssociatedTokenAddressSync(ioMint, owner, true, tokenProgram);
  }

  async stake(owner: Keypair, amount: bigint, ownerToken?: PublicKey): Promise<string> {
    const token = ownerToken ?? (await this.ioAccountOf(owner.publicKey));
    return stakeIx(this.program, { owner: owner.publicKey, ownerToken: token, amount, ...(await this.ioAccounts()) }).signers([owner]).rpc();
  }

  requestUnstake(owner: Keypair, amount: bigint): Promise<string> {
    return requestUnstakeIx(this.program, owner.publicKey, amount).signers([owner]).rpc();
  }

  cancelUnstake(owner: Keypair): Promise<string> {
    return cancelUnstakeIx(this.program, owner.publicKey).signers([owner]).rpc();
  }

  async withdraw(owner: Keypair, to?: PublicKey): Promise<string> {
    const ownerToken = to ?? (await this.ioAccountOf(owner.publicKey));
    return withdrawIx(this.program, { owner: owner.publicKey, ownerToken, ...(await this.ioAccounts()) }).signers([owner]).rpc();
  }

  async claimRewards(owner: Keypair, to?: PublicKey): Promise<string> {
    const ownerToken = to ?? (await this.ioAccountOf(owner.publicKey));
    return claimRewardsIx(this.program, { owner: owner.publicKey, ownerToken, ...(await this.ioAccounts()) }).signers([owner]).rpc();
  }

  async fundRewards(admin: Keypair, amount: bigint, duration: bigint, adminToken?: PublicKey): Promise<string> {
    const from = adminToken ?? (await this.ioAccountOf(admin.publicKey));
    return fundRewardsIx(this.program, { admin: admin.publicKey, adminToken: from, amount, duration, ...(await this.ioAccounts()) })
      .signers([admin])
      .rpc();
  }

  async sweepUndistributed(admin: Keypair): Promise<string> {
    const config = await this.config();
    return sweepUndistributedIx(this.program, { admin: admin.publicKey, treasury: config.treasury, ...(await this.ioAccounts()) }).signers([admin]).rpc();
  }

  closePosition(owner: Keypair): Promise<string> {
    return closePositionIx(this.program, owner.publicKey).signers([owner]).rpc();
  }

  /** Rewards `owner` could claim at `now` (unix seconds), computed exactly as the program will. */
  async pendingRewards(owner: PublicKey, now: bigint): Promise<bigint> {
    const position = await this.position(owner);
    return position ? pendingRewards(await this.config(), position, now) : 0n;
  }

  async requiredStake(deviceClass: number, gpuCount: number): Promise<bigint | null> {
    return requiredStake(await this.config(), deviceClass, gpuCount);
  }
}
