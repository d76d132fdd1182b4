// io_staking: instruction builders (Anchor method builders, one per instruction).
import { BN, Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { IoStaking } from "../idl/io_staking";
import { adminInstructions } from "../admin";
import { bn } from "../util";
import { ioStakingPdas, positionPda } from "./pdas";
import { MAX_DEVICE_CLASSES } from "./program";

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

/** The settings `initialize` takes and `update_config` changes, in argument order. */
export type ConfigSettings = Pick<InitializeStakingParams, "unstakeCooldown" | "minStakePerGpu" | "classMultipliersBps" | "bondAuthority" | "slashAuthority">;

function settingsArgs(p: ConfigSettings): [BN, BN, number[], PublicKey, PublicKey] {
  const multipliers = Array.from({ length: MAX_DEVICE_CLASSES }, (_, i) => p.classMultipliersBps[i] ?? 0);
  return [bn(p.unstakeCooldown), bn(p.minStakePerGpu), multipliers, p.bondAuthority, p.slashAuthority];
}

/** The `initialize` instruction. */
export function initializeStakingIx(program: Program<IoStaking>, p: InitializeStakingParams) {
  return program.methods.initialize(...settingsArgs(p), bn(p.changeDelaySeconds ?? 0n)).accountsPartial({
    admin: p.admin,
    config: ioStakingPdas.config(),
    ioMint: p.ioMint,
    stakeVault: ioStakingPdas.stakeVault(),
    rewardVault: ioStakingPdas.rewardVault(),
    treasury: p.treasury,
    tokenProgram: p.tokenProgram,
  });
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

export interface StartEmissionsParams extends IoAccounts {
  admin: PublicKey;
  /** Unix time the first epoch starts. */
  genesis: bigint;
  /** Stakers' share of each crank, in bps; the rest goes to the supplier vault. */
  stakerBps: number;
  /** Seconds over which each crank's staker share is streamed. */
  streamSeconds: bigint;
}

/** `start_emissions` (admin, once): starts the schedule and creates the emission and supplier vaults. */
export function startEmissionsIx(program: Program<IoStaking>, p: StartEmissionsParams) {
  return program.methods.startEmissions(bn(p.genesis), p.stakerBps, bn(p.streamSeconds)).accountsPartial({
    admin: p.admin,
    config: ioStakingPdas.config(),
    ioMint: p.ioMint,
    emissionVault: ioStakingPdas.emissionVault(),
    supplierVault: ioStakingPdas.supplierVault(),
    tokenProgram: p.tokenProgram,
  });
}

/** `crank_emissions` (anyone): pays what the schedule owes since the last crank. */
export function crankEmissionsIx(program: Program<IoStaking>, p: IoAccounts) {
  return program.methods.crankEmissions().accountsPartial({
    config: ioStakingPdas.config(),
    emissionVault: ioStakingPdas.emissionVault(),
    rewardVault: ioStakingPdas.rewardVault(),
    supplierVault: ioStakingPdas.supplierVault(),
    ioMint: p.ioMint,
    tokenProgram: p.tokenProgram,
  });
}

/** `withdraw_emission_surplus` (admin): what the emission vault holds beyond what the schedule still owes, to the
 * treasury. */
export function withdrawEmissionSurplusIx(program: Program<IoStaking>, p: IoAccounts & { admin: PublicKey; treasury: PublicKey }) {
  return program.methods.withdrawEmissionSurplus().accountsPartial({
    admin: p.admin,
    config: ioStakingPdas.config(),
    emissionVault: ioStakingPdas.emissionVault(),
    treasury: p.treasury,
    ioMint: p.ioMint,
    tokenProgram: p.tokenProgram,
  });
}

/**
 * `bond(device_class, gpu_count, extra)` for `device`, from `owner`'s position: signed by the bond authority
 * (rental_escrow's market PDA, by CPI); creates the device's bond account (paid by `owner`) or tops it up to the
 * requirement, plus `extra` beyond it.
 */
export function bondIx(
  program: Program<IoStaking>,
  bondAuthority: PublicKey,
  owner: PublicKey,
  device: PublicKey,
  deviceClass: number,
  gpuCount: number,
  extra = 0n,
) {
  return program.methods.bond(deviceClass, gpuCount, bn(extra)).accountsPartial({
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

/** `release_bond(amount)`: the bond authority releases stake bonded for `device` beyond its requirement. */
export function releaseBondIx(program: Program<IoStaking>, bondAuthority: PublicKey, owner: PublicKey, device: PublicKey, amount: bigint) {
  return program.methods.releaseBond(bn(amount)).accountsPartial({
    bondAuthority,
    config: ioStakingPdas.config(),
    position: positionPda(owner),
    deviceBond: ioStakingPdas.deviceBond(device),
  });
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

/** `update_config` (admin): the settings of `initialize`, and the treasury. */
export function updateConfigIx(program: Program<IoStaking>, admin: PublicKey, treasury: PublicKey, settings: ConfigSettings) {
  return program.methods.updateConfig(...settingsArgs(settings)).accountsPartial({ admin, config: ioStakingPdas.config(), treasury });
}

/** propose_admin, accept_admin, pause, unpause (common::admin on chain). */
export const { proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx } = adminInstructions(ioStakingPdas.config);
