// rental_escrow: one-call helpers: accounts resolved from on-chain state.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey, Transaction, TransactionInstruction } from "@solana/web3.js";
import { RentalEscrow } from "../idl/rental_escrow";
import * as ioStaking from "../ioStaking";
import { big, clusterTime } from "../util";
import { Market, fetchMarket, Device, Rental, paymentTerms, DeviceFilter, searchDevices } from "./accounts";
import {
  topUpBondIx,
  releaseExcessBondIx,
  DeviceSpec,
  registerDeviceIx,
  createRentalIx,
  escrowAccounts,
  settleIx,
  extendIx,
  cancelIx,
  completeIx,
  openDisputeIx,
  resolveDisputeIx,
  EscrowAccounts,
  openSupplierLedgerIxs,
  claimSupplierEmissionsIx,
  sweepUnservedEmissionsIx,
} from "./instructions";
import { fetchSupplierLedger, SupplierEmissions, SupplierLedger, supplierEmissions } from "./supply";
import {
  Quote,
  quote,
  priorityTier,
  PRIORITY_TIER_NAMES,
  PriorityTierName,
  prioritySettings,
  RankedDevice,
  stakeMultipleBps,
  rankKey,
  compareRanked,
} from "./math";
import { rentalEscrowPdas } from "./pdas";
import { rentalEscrowProgram } from "./program";

/** A booked rental: its address and its device. */
export interface Booking {
  device: PublicKey;
  rental: PublicKey;
}

export class RentalEscrowClient {
  constructor(
    readonly program: Program<RentalEscrow>,
    readonly staking: Program<ioStaking.IoStaking> = ioStaking.ioStakingProgram(program.provider),
  ) {}

  static forProvider(provider: Provider): RentalEscrowClient {
    return new RentalEscrowClient(rentalEscrowProgram(provider));
  }

  market(): Promise<Market> {
    return fetchMarket(this.program);
  }

  async device(device: PublicKey): Promise<Device> {
    return this.program.account.device.fetch(device);
  }

  /** The stake bonded for `device` in io_staking now (0 once deregistered). */
  async bonded(device: PublicKey): Promise<bigint> {
    const bond = await ioStaking.fetchDeviceBond(this.staking, device);
    return bond ? big(bond.amount) : 0n;
  }

  /** Bonds more stake for a device a slash took below its requirement, so it can be rented again. */
  async topUpBond(operator: Keypair, device: PublicKey, extra = 0n): Promise<string> {
    return topUpBondIx(this.program, operator.publicKey, device, extra).signers([operator]).rpc();
  }

  /** Takes back `amount` of stake bonded for `device` beyond its requirement (no rental may be open). */
  async releaseExcessBond(operator: Keypair, device: PublicKey, amount: bigint): Promise<string> {
    return releaseExcessBondIx(this.program, operator.publicKey, device, amount).signers([operator]).rpc();
  }

  async rental(rental: PublicKey): Promise<Rental> {
    return this.program.account.rental.fetch(rental);
  }

  /** `owner`'s associated token account of `mint` (the market's token program for it). */
  async tokenAccountOf(owner: PublicKey, mint: PublicKey): Promise<PublicKey> {
    const { tokenProgram } = paymentTerms(await this.market(), mint);
    return getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);
  }

  /** Lists a device; returns its address. */
  async registerDevice(operator: Keypair, spec: DeviceSpec, paymentMint: PublicKey, payout?: PublicKey): Promise<PublicKey> {
    const to = payout ?? (await this.tokenAccountOf(operator.publicKey, paymentMint));
    await registerDeviceIx(this.program, { operator: operator.publicKey, paymentMint, payout: to, ...spec })
      .signers([operator])
      .rpc();
    return rentalEscrowPdas.device(operator.publicKey, spec.deviceId);
  }

  /** The `create_rental` instruction for the device's next rental, paid from the renter's associated account. */
  async createRentalInstruction(
    renter: PublicKey,
    device: PublicKey,
    durationSeconds: bigint,
    maxPricePerGpuHour: bigint,
  ): Promise<{ ix: TransactionInstruction; booking: Booking }> {
    const [market, state] = [await this.market(), await this.device(device)];
    const { tokenProgram, treasury } = paymentTerms(market, state.paymentMint);
    const nonce = big(state.rentalCount);
    const ix = await createRentalIx(this.program, {
      renter,
      device,
      nonce,
      paymentMint: state.paymentMint,
      renterToken: getAssociatedTokenAddressSync(state.paymentMint, renter, true, tokenProgram),
      treasury,
      tokenProgram,
      durationSeconds,
      maxPricePerGpuHour,
    }).instruction();
    return { ix, booking: { device, rental: rentalEscrowPdas.rental(device, nonce) } };
  }

  /** Books one device. */
  async rent(renter: Keypair, device: PublicKey, durationSeconds: bigint, maxPricePerGpuHour: bigint): Promise<Booking> {
    return (await this.bookCluster(renter, [device], durationSeconds, maxPricePerGpuHour))[0];
  }

  /** A cluster booking: one rental per device, all in one transaction with one signature (all or nothing). */
  async bookCluster(renter: Keypair, devices: PublicKey[], durationSeconds: bigint, maxPricePerGpuHour: bigint): Promise<Booking[]> {
    const built = [];
    for (const device of devices) built.push(await this.createRentalInstruction(renter.publicKey, device, durationSeconds, maxPricePerGpuHour));
    const tx = new Transaction().add(...built.map((b) => b.ix));
    await this.program.provider.sendAndConfirm!(tx, [renter]);
    return built.map((b) => b.booking);
  }

  /** The escrow accounts of `rental`, resolved from its state. */
  async escrowAccounts(rental: PublicKey): Promise<EscrowAccounts & { state: Rental }> {
    const state = await this.rental(rental);
    const device = await this.device(state.device);
    return { ...escrowAccounts(await this.market(), state.device, device, rental, state), state };
  }

  /**
   * Re-creates the operator's payout account if the operator closed it: an unlocked payout is always the
   * operator's associated token account, which anyone may re-create, so no operator can block a payment out of
   * escrow. Empty when the account exists.
   */
  async payoutRepair(a: EscrowAccounts, payer: PublicKey = this.program.provider.publicKey!): Promise<TransactionInstruction[]> {
    if (await this.program.provider.connection.getAccountInfo(a.payout)) return [];
    const device = await this.device(a.device);
    if (!a.payout.equals(device.payout)) return []; // a locked payout belongs to its locker
    return [createAssociatedTokenAccountIdempotentInstruction(payer, a.payout, device.operator, a.paymentMint, a.tokenProgram)];
  }

  async settle(rental: PublicKey): Promise<string> {
    const { state: _state, ...accounts } = await this.escrowAccounts(rental);
    return settleIx(this.program, accounts)
      .preInstructions(await this.payoutRepair(accounts))
      .rpc();
  }

  async extend(renter: Keypair, rental: PublicKey, extraSeconds: bigint): Promise<string> {
    const { state, ...accounts } = await this.escrowAccounts(rental);
    const renterToken = getAssociatedTokenAddressSync(state.paymentMint, renter.publicKey, true, accounts.tokenProgram);
    return extendIx(this.program, renter.publicKey, renterToken, accounts, extraSeconds).signers([renter]).rpc();
  }

  async cancel(renter: Keypair, rental: PublicKey): Promise<string> {
    const { state, ...accounts } = await this.escrowAccounts(rental);
    const renterToken = getAssociatedTokenAddressSync(state.paymentMint, renter.publicKey, true, accounts.tokenProgram);
    const repair = await this.payoutRepair(accounts);
    return cancelIx(this.program, renter.publicKey, renterToken, accounts).preInstructions(repair).signers([renter]).rpc();
  }

  /** Completes an ended rental; `caller` is the renter, or anyone after the dispute window. */
  async complete(caller: Keypair, rental: PublicKey): Promise<string> {
    const { state, ...accounts } = await this.escrowAccounts(rental);
    const repair = await this.payoutRepair(accounts);
    return completeIx(this.program, caller.publicKey, state.renter, accounts).preInstructions(repair).signers([caller]).rpc();
  }

  async openDispute(renter: Keypair, rental: PublicKey): Promise<string> {
    const state = await this.rental(rental);
    return openDisputeIx(this.program, renter.publicKey, state.device, rental).signers([renter]).rpc();
  }

  async resolveDispute(arbiter: Keypair, rental: PublicKey, renterShareBps: number, slashAmount: bigint): Promise<string> {
    const { state, ...accounts } = await this.escrowAccounts(rental);
    const device = await this.device(state.device);
    const staking = await ioStaking.fetchStakingConfig(this.staking);
    const renterToken = getAssociatedTokenAddressSync(state.paymentMint, state.renter, true, accounts.tokenProgram);
    const slash = { operator: device.operator, stakingTreasury: staking.treasury, ioMint: staking.ioMint, ioTokenProgram: staking.tokenProgram };
    const repair = await this.payoutRepair(accounts);
    return resolveDisputeIx(this.program, arbiter.publicKey, state.renter, renterToken, accounts, slash, renterShareBps, slashAmount)
      .preInstructions(repair)
      .signers([arbiter])
      .rpc();
  }

  /** Opens the market's supplier ledger (admin, once), creating its account (`ledger` signs; the admin pays the rent). */
  async openSupplierLedger(admin: Keypair, ledger: Keypair = Keypair.generate()): Promise<PublicKey> {
    const tx = new Transaction().add(...(await openSupplierLedgerIxs(this.program, admin.publicKey, ledger.publicKey)));
    await this.program.provider.sendAndConfirm!(tx, [admin, ledger]);
    return ledger.publicKey;
  }

  /** The market's supplier ledger, or null before it is opened. */
  async supplierLedger(): Promise<SupplierLedger | null> {
    return fetchSupplierLedger(this.program, (await this.market()).supplierLedger);
  }

  /** What `device` has earned of the suppliers' emissions at `now` (default: the cluster's clock). */
  async supplierEmissions(device: PublicKey, now?: bigint): Promise<SupplierEmissions> {
    const [state, ledger, config] = [await this.device(device), await this.supplierLedger(), await ioStaking.fetchStakingConfig(this.staking)];
    return supplierEmissions(state, ledger, config, now ?? (await clusterTime(this.program.provider.connection)));
  }

  /** The operator claims `device`'s supplier emissions into its associated IO account (created if missing). */
  async claimSupplierEmissions(operator: Keypair, device: PublicKey): Promise<string> {
    const [market, config] = [await this.market(), await ioStaking.fetchStakingConfig(this.staking)];
    const destination = getAssociatedTokenAddressSync(config.ioMint, operator.publicKey, true, config.tokenProgram);
    const create = createAssociatedTokenAccountIdempotentInstruction(operator.publicKey, destination, operator.publicKey, config.ioMint, config.tokenProgram);
    const accounts = { supplierLedger: market.supplierLedger, ioMint: config.ioMint, ioTokenProgram: config.tokenProgram, destination };
    return claimSupplierEmissionsIx(this.program, operator.publicKey, device, accounts).preInstructions([create]).signers([operator]).rpc();
  }

  /** Sends ended days' supplier emission nobody was paid for service in to io_staking's treasury (admin). */
  async sweepUnservedEmissions(admin: Keypair): Promise<string> {
    const [market, config] = [await this.market(), await ioStaking.fetchStakingConfig(this.staking)];
    const accounts = { supplierLedger: market.supplierLedger, ioMint: config.ioMint, ioTokenProgram: config.tokenProgram, treasury: config.treasury };
    return sweepUnservedEmissionsIx(this.program, admin.publicKey, accounts).signers([admin]).rpc();
  }

  /** `quote` for `device` under the market's current fee. */
  async quote(device: PublicKey, durationSeconds: bigint): Promise<Quote> {
    return quote(await this.device(device), durationSeconds, await this.market());
  }

  /** A renter's priority tier from its io_staking position (staked, pending unstakes excluded), and the device
   * classes it unlocks during their priority windows. */
  async renterPriority(renter: PublicKey): Promise<{ tier: number; name: PriorityTierName; staked: bigint; unlocksClasses: number[] }> {
    const [position, market] = [await ioStaking.fetchPosition(this.staking, renter), await this.market()];
    const staked = position ? big(position.staked) : 0n;
    const tier = priorityTier(market, staked);
    const unlocksClasses = prioritySettings(market).classPriority.flatMap((needed, deviceClass) => (needed > 0 && needed <= tier ? [deviceClass] : []));
    return { tier, name: PRIORITY_TIER_NAMES[tier], staked, unlocksClasses };
  }

  /** Devices matching `filter`, ranked by the one formula (`rankKey`: reputation x capped stake multiple per unit of
   * price, ties broken deterministically), with each device's bond and stake multiple. */
  async search(filter: DeviceFilter = {}): Promise<RankedDevice[]> {
    const devices = await searchDevices(this.program, filter);
    const config = await ioStaking.fetchStakingConfig(this.staking);
    const bonds = await this.staking.account.deviceBond.fetchMultiple(devices.map((d) => ioStaking.ioStakingPdas.deviceBond(d.publicKey)));
    return devices
      .map(({ publicKey, account }, i) => {
        const bonded = bonds[i] ? big(bonds[i]!.amount) : 0n;
        const required = ioStaking.requiredStake(config, account.deviceClass, account.gpuCount) ?? 0n;
        const multipleBps = stakeMultipleBps(bonded, required);
        return { publicKey, account, bonded, multipleBps, rank: rankKey(account.scoreBps, multipleBps, big(account.pricePerGpuHour)) };
      })
      .sort(compareRanked);
  }
}
