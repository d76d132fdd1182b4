// rental_escrow: instruction builders (Anchor method builders, one per instruction).
import { BN, Program } from "../anchor";
import { PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import { RentalEscrow } from "../idl/rental_escrow";
import { adminInstructions } from "../admin";
import * as ioStaking from "../ioStaking";
import { big, bn } from "../util";
import { Market, Device, Rental, paymentTerms, earningsAccount, marketFees } from "./accounts";
import { marketPda, rentalEscrowPdas } from "./pdas";
import { encodeRegion, feeArrays, FeeSchedule, MEMO_PROGRAM_ID } from "./program";
import { DEFAULT_PRIORITY, PrioritySettings, prioritySettings } from "./math";
import { LEDGER_SIZE } from "./supply";

/** The settings `initialize` takes and `update_market` changes. */
export interface MarketSettings {
  arbiter: PublicKey;
  /** Fees by payment mint (timelocked like the arbiter). */
  fees: FeeSchedule;
  disputeWindowSeconds: bigint;
  maxRentalDurationSeconds: bigint;
  /** Rentals booked for less do not count toward reputation. */
  minRentalDurationSeconds: bigint;
  /** Renter priority; `DEFAULT_PRIORITY` (no priority class) when omitted. */
  priority?: PrioritySettings;
}

/** A market's current settings, to change some and pass to `updateMarketIx` (the arbiter and fees as applied). */
export function marketSettings(market: Market): MarketSettings {
  return {
    arbiter: market.arbiter,
    fees: marketFees(market),
    disputeWindowSeconds: big(market.disputeWindow),
    maxRentalDurationSeconds: big(market.maxRentalDuration),
    minRentalDurationSeconds: big(market.minRentalDuration),
    priority: prioritySettings(market),
  };
}

export interface InitializeMarketParams extends MarketSettings {
  admin: PublicKey;
  iosdMint: PublicKey;
  ioMint: PublicKey;
  usdcMint: PublicKey;
  treasuryIosd: PublicKey;
  /** Receives only donations swept out of closing escrows: fees paid in IO are burned. */
  treasuryIo: PublicKey;
  treasuryUsdc: PublicKey;
  /** io_staking's config. */
  stakingConfig: PublicKey;
  /** Seconds between proposing a new arbiter or fees (`update_market`) and applying them; 0 by default. */
  changeDelaySeconds?: bigint;
}

function settingsArgs(p: MarketSettings): [PublicKey, number[], number[], BN, BN, BN, BN[], number[], BN] {
  const priority = p.priority ?? DEFAULT_PRIORITY;
  return [
    p.arbiter,
    ...feeArrays(p.fees),
    bn(p.disputeWindowSeconds),
    bn(p.maxRentalDurationSeconds),
    bn(p.minRentalDurationSeconds),
    priority.tierThresholds.map(bn),
    [...priority.classPriority],
    bn(priority.windowSeconds),
  ];
}

export function initializeMarketIx(program: Program<RentalEscrow>, p: InitializeMarketParams) {
  return program.methods.initialize(...settingsArgs(p), bn(p.changeDelaySeconds ?? 0n)).accountsPartial({
    admin: p.admin,
    market: marketPda(),
    iosdMint: p.iosdMint,
    ioMint: p.ioMint,
    usdcMint: p.usdcMint,
    treasuryIosd: p.treasuryIosd,
    treasuryIo: p.treasuryIo,
    treasuryUsdc: p.treasuryUsdc,
    stakingConfig: p.stakingConfig,
  });
}

/** `update_market` (admin). */
export function updateMarketIx(program: Program<RentalEscrow>, admin: PublicKey, settings: MarketSettings) {
  return program.methods.updateMarket(...settingsArgs(settings)).accountsPartial({ admin, market: marketPda() });
}

/** `apply_config_change` (anyone): the arbiter and fees `update_market` proposed, once the delay has passed. */
export function applyConfigChangeIx(program: Program<RentalEscrow>) {
  return program.methods.applyConfigChange().accountsPartial({ market: marketPda() });
}

/** propose_admin, accept_admin, pause, unpause (common::admin on chain). */
export const { proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx } = adminInstructions(marketPda, "market");

export interface DeviceSpec {
  deviceId: bigint;
  deviceClass: number;
  gpuCount: number;
  vramGb: number;
  /** ASCII region code, up to 16 bytes (for example "us-east-1"). */
  region: string;
  pricePerGpuHour: bigint;
}

export interface RegisterDeviceParams extends DeviceSpec {
  operator: PublicKey;
  paymentMint: PublicKey;
  payout: PublicKey;
}

/** `register_device`: lists a device and bonds the operator's stake in io_staking. */
export function registerDeviceIx(program: Program<RentalEscrow>, p: RegisterDeviceParams) {
  return program.methods.registerDevice(bn(p.deviceId), p.deviceClass, p.gpuCount, p.vramGb, encodeRegion(p.region), bn(p.pricePerGpuHour)).accountsPartial({
    operator: p.operator,
    market: marketPda(),
    device: rentalEscrowPdas.device(p.operator, p.deviceId),
    paymentMint: p.paymentMint,
    payout: p.payout,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    stakePosition: ioStaking.positionPda(p.operator),
    deviceBond: ioStaking.ioStakingPdas.deviceBond(rentalEscrowPdas.device(p.operator, p.deviceId)),
  });
}

/** `update_device`: price (not while rented) and status. */
export function updateDeviceIx(program: Program<RentalEscrow>, operator: PublicKey, device: PublicKey, pricePerGpuHour: bigint, status: number) {
  return program.methods.updateDevice(bn(pricePerGpuHour), status).accountsPartial({ operator, market: marketPda(), device });
}

/** `deregister_device`: closes the device and unbonds its stake. */
export function deregisterDeviceIx(program: Program<RentalEscrow>, operator: PublicKey, device: PublicKey) {
  return program.methods.deregisterDevice().accountsPartial({
    operator,
    market: marketPda(),
    device,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    stakePosition: ioStaking.positionPda(operator),
    deviceBond: ioStaking.ioStakingPdas.deviceBond(device),
  });
}

/** `top_up_bond(extra)`: the operator bonds its device back up to the requirement after a slash, plus `extra` IO base
 * units beyond it (a higher stake multiple ranks the device higher). */
export function topUpBondIx(program: Program<RentalEscrow>, operator: PublicKey, device: PublicKey, extra = 0n) {
  return program.methods.topUpBond(bn(extra)).accountsPartial(bondAccounts(operator, device));
}

/** `release_excess_bond(amount)`: the operator takes back stake bonded beyond the requirement, while no rental is open. */
export function releaseExcessBondIx(program: Program<RentalEscrow>, operator: PublicKey, device: PublicKey, amount: bigint) {
  return program.methods.releaseExcessBond(bn(amount)).accountsPartial(bondAccounts(operator, device));
}

function bondAccounts(operator: PublicKey, device: PublicKey) {
  return {
    operator,
    market: marketPda(),
    device,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    stakePosition: ioStaking.positionPda(operator),
    deviceBond: ioStaking.ioStakingPdas.deviceBond(device),
  };
}

/** `lock_payout`: the operator and the locker (a program PDA in production) send the earnings to `payout` until `until`. */
export function lockPayoutIx(program: Program<RentalEscrow>, operator: PublicKey, locker: PublicKey, device: PublicKey, payout: PublicKey, until: bigint) {
  return program.methods.lockPayout(bn(until)).accountsPartial({ operator, locker, market: marketPda(), device, payout });
}

export function unlockPayoutIx(program: Program<RentalEscrow>, locker: PublicKey, device: PublicKey) {
  return program.methods.unlockPayout().accountsPartial({ locker, device });
}

/** The accounts every payment out of an escrow needs, resolved from the market, device and rental. */
export interface EscrowAccounts {
  market: PublicKey;
  device: PublicKey;
  rental: PublicKey;
  escrow: PublicKey;
  payout: PublicKey;
  treasury: PublicKey;
  paymentMint: PublicKey;
  tokenProgram: PublicKey;
  /** io_staking's config (the emission schedule) and the market's supplier ledger (the default address before it is
   * opened): where the service a payment pays for is counted for supplier emissions. */
  stakingConfig: PublicKey;
  supplierLedger: PublicKey;
}

export function escrowAccounts(market: Market, device: PublicKey, deviceState: Device, rental: PublicKey, rentalState: Rental): EscrowAccounts {
  const { tokenProgram, treasury } = paymentTerms(market, rentalState.paymentMint);
  return {
    market: marketPda(),
    device,
    rental,
    escrow: rentalState.escrow,
    payout: earningsAccount(deviceState),
    treasury,
    paymentMint: rentalState.paymentMint,
    tokenProgram,
    stakingConfig: market.stakingConfig,
    supplierLedger: market.supplierLedger,
  };
}

export interface CreateRentalParams {
  renter: PublicKey;
  device: PublicKey;
  /** The device's `rentalCount`: the new rental's nonce. */
  nonce: bigint;
  paymentMint: PublicKey;
  renterToken: PublicKey;
  treasury: PublicKey;
  tokenProgram: PublicKey;
  durationSeconds: bigint;
  maxPricePerGpuHour: bigint;
}

/** `create_rental`: escrows `quote(...).deposit` and pays the renter fee. */
export function createRentalIx(program: Program<RentalEscrow>, p: CreateRentalParams) {
  const rental = rentalEscrowPdas.rental(p.device, p.nonce);
  return program.methods.createRental(bn(p.durationSeconds), bn(p.maxPricePerGpuHour)).accountsPartial({
    renter: p.renter,
    market: marketPda(),
    device: p.device,
    rental,
    escrow: rentalEscrowPdas.escrow(rental),
    paymentMint: p.paymentMint,
    renterToken: p.renterToken,
    treasury: p.treasury,
    tokenProgram: p.tokenProgram,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    deviceBond: ioStaking.ioStakingPdas.deviceBond(p.device),
    // Read for renter priority; it may not exist (no stake: the standard tier).
    renterPosition: ioStaking.positionPda(p.renter),
  });
}

const memoAccount = [{ pubkey: MEMO_PROGRAM_ID, isSigner: false, isWritable: false }];

export function settleIx(program: Program<RentalEscrow>, a: EscrowAccounts) {
  return program.methods.settle().accountsPartial(a).remainingAccounts(memoAccount);
}

export function extendIx(program: Program<RentalEscrow>, renter: PublicKey, renterToken: PublicKey, a: EscrowAccounts, extraSeconds: bigint) {
  const { payout: _payout, stakingConfig: _config, supplierLedger: _ledger, ...accounts } = a;
  return program.methods.extend(bn(extraSeconds)).accountsPartial({ renter, renterToken, ...accounts });
}

export function cancelIx(program: Program<RentalEscrow>, renter: PublicKey, renterToken: PublicKey, a: EscrowAccounts) {
  return program.methods
    .cancel()
    .accountsPartial({ renter, renterToken, ...a })
    .remainingAccounts(memoAccount);
}

/** `complete`: `caller` is the renter, or anyone once the dispute window has closed. */
export function completeIx(program: Program<RentalEscrow>, caller: PublicKey, renter: PublicKey, a: EscrowAccounts) {
  return program.methods
    .complete()
    .accountsPartial({ caller, renter, ...a })
    .remainingAccounts(memoAccount);
}

export function openDisputeIx(program: Program<RentalEscrow>, renter: PublicKey, device: PublicKey, rental: PublicKey) {
  return program.methods.openDispute().accountsPartial({ renter, market: marketPda(), device, rental });
}

/** io_staking's accounts a slash moves stake through. */
export interface SlashAccounts {
  operator: PublicKey;
  stakingTreasury: PublicKey;
  ioMint: PublicKey;
  ioTokenProgram: PublicKey;
}

export function resolveDisputeIx(
  program: Program<RentalEscrow>,
  arbiter: PublicKey,
  renter: PublicKey,
  renterToken: PublicKey,
  a: EscrowAccounts,
  s: SlashAccounts,
  renterShareBps: number,
  slashAmount: bigint,
) {
  const { supplierLedger: _ledger, ...escrow } = a; // a disputed rental's time earns no emissions
  return program.methods
    .resolveDispute(renterShareBps, bn(slashAmount))
    .accountsPartial({
      arbiter,
      renter,
      renterToken,
      ...escrow,
      stakingConfig: ioStaking.ioStakingPdas.config(),
      stakePosition: ioStaking.positionPda(s.operator),
      stakeVault: ioStaking.ioStakingPdas.stakeVault(),
      stakingTreasury: s.stakingTreasury,
      ioMint: s.ioMint,
      ioTokenProgram: s.ioTokenProgram,
      deviceBond: ioStaking.ioStakingPdas.deviceBond(a.device),
    })
    .remainingAccounts(memoAccount);
}

/** `open_supplier_ledger` (admin, once), after creating the ledger account (`ledger` signs; the admin pays its rent):
 * from then on GPU time paid for earns supplier emissions. */
export async function openSupplierLedgerIxs(program: Program<RentalEscrow>, admin: PublicKey, ledger: PublicKey): Promise<TransactionInstruction[]> {
  const lamports = await program.provider.connection.getMinimumBalanceForRentExemption(LEDGER_SIZE);
  const create = SystemProgram.createAccount({ fromPubkey: admin, newAccountPubkey: ledger, lamports, space: LEDGER_SIZE, programId: program.programId });
  const open = await program.methods.openSupplierLedger().accountsPartial({ admin, market: marketPda(), supplierLedger: ledger }).instruction();
  return [create, open];
}

/** The io_staking accounts a supplier-emissions claim is paid through. */
export interface SupplierClaimAccounts {
  supplierLedger: PublicKey;
  ioMint: PublicKey;
  ioTokenProgram: PublicKey;
  /** The operator's IO token account receiving the claim. */
  destination: PublicKey;
}

/** `sweep_unserved_emissions` (admin): ended days' supplier emission nobody was paid for service in, to io_staking's
 * treasury (`treasury`), once cranked. */
export function sweepUnservedEmissionsIx(
  program: Program<RentalEscrow>,
  admin: PublicKey,
  a: Omit<SupplierClaimAccounts, "destination"> & { treasury: PublicKey },
) {
  return program.methods.sweepUnservedEmissions().accountsPartial({
    admin,
    market: marketPda(),
    supplierLedger: a.supplierLedger,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    supplierVault: ioStaking.ioStakingPdas.supplierVault(),
    treasury: a.treasury,
    ioMint: a.ioMint,
    ioTokenProgram: a.ioTokenProgram,
  });
}

/** `claim_supplier_emissions`: the operator takes the device's supplier emissions out of io_staking's supplier vault. */
export function claimSupplierEmissionsIx(program: Program<RentalEscrow>, operator: PublicKey, device: PublicKey, a: SupplierClaimAccounts) {
  return program.methods.claimSupplierEmissions().accountsPartial({
    operator,
    market: marketPda(),
    device,
    supplierLedger: a.supplierLedger,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    supplierVault: ioStaking.ioStakingPdas.supplierVault(),
    destination: a.destination,
    ioMint: a.ioMint,
    ioTokenProgram: a.ioTokenProgram,
  });
}
