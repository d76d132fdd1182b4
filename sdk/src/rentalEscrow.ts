// rental_escrow: GPU registry with reputation, escrowed rentals streamed per second, disputes, fees.
import { BN, IdlAccounts, Program, Provider, utils } from "@coral-xyz/anchor";
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from "@solana/spl-token";
import { GetProgramAccountsFilter, Keypair, PublicKey, Transaction, TransactionInstruction } from "@solana/web3.js";
import { RentalEscrow, RENTAL_ESCROW_IDL } from "./idl/rental_escrow";
import { adminInstructions } from "./admin";
import * as ioStaking from "./ioStaking";
import { big, bn, BPS, findPda, u64le } from "./util";

export type { RentalEscrow };
export type Market = IdlAccounts<RentalEscrow>["market"];
export type Device = IdlAccounts<RentalEscrow>["device"];
export type Rental = IdlAccounts<RentalEscrow>["rental"];

export const RENTAL_ESCROW_PROGRAM_ID = new PublicKey(RENTAL_ESCROW_IDL.address);
/** io.net's fee on each side of a rental: 0.25%. */
export const DEFAULT_FEE_BPS = 25;
export const SECONDS_PER_HOUR = 3_600n;
/** `Device.status` values. */
export const DeviceStatus = { Available: 0, Offline: 1, Deregistered: 2 } as const;


const marketPda = () => findPda(RENTAL_ESCROW_PROGRAM_ID, "market");
export const rentalEscrowPdas = {
  /** The market PDA; it is io_staking's bond authority (and its slash authority, for disputes to slash). */
  market: marketPda,
  device: (operator: PublicKey, deviceId: bigint) => findPda(RENTAL_ESCROW_PROGRAM_ID, "device", operator, u64le(deviceId)),
  /** A device's rental number `nonce` (its `rentalCount` when booked). */
  rental: (device: PublicKey, nonce: bigint) => findPda(RENTAL_ESCROW_PROGRAM_ID, "rental", device, u64le(nonce)),
  escrow: (rental: PublicKey) => findPda(RENTAL_ESCROW_PROGRAM_ID, "escrow", rental),
};

export function rentalEscrowProgram(provider: Provider): Program<RentalEscrow> {
  return new Program<RentalEscrow>(RENTAL_ESCROW_IDL, provider);
}

// ---- Market ----

/** The settings `initialize` takes and `update_market` changes. */
export interface MarketSettings {
  arbiter: PublicKey;
  renterFeeBps: number;
  supplierFeeBps: number;
  disputeWindowSeconds: bigint;
  maxRentalDurationSeconds: bigint;
  /** Rentals booked for less do not count toward reputation. */
  minRentalDurationSeconds: bigint;
}

/** io.net-style: rentals under an hour do not build reputation. */
export const DEFAULT_MIN_RENTAL_DURATION = 3_600n;

export interface InitializeMarketParams extends MarketSettings {
  admin: PublicKey;
  iosdMint: PublicKey;
  ioMint: PublicKey;
  treasuryIosd: PublicKey;
  treasuryIo: PublicKey;
  /** io_staking's config. */
  stakingConfig: PublicKey;
  /** Seconds between proposing a new arbiter (`update_market`) and applying it; 0 by default. */
  changeDelaySeconds?: bigint;
}

function settingsArgs(p: MarketSettings): [PublicKey, number, number, BN, BN, BN] {
  return [p.arbiter, p.renterFeeBps, p.supplierFeeBps, bn(p.disputeWindowSeconds), bn(p.maxRentalDurationSeconds), bn(p.minRentalDurationSeconds)];
}

export function initializeMarketIx(program: Program<RentalEscrow>, p: InitializeMarketParams) {
  return program.methods.initialize(...settingsArgs(p), bn(p.changeDelaySeconds ?? 0n)).accountsPartial({
    admin: p.admin,
    market: marketPda(),
    iosdMint: p.iosdMint,
    ioMint: p.ioMint,
    treasuryIosd: p.treasuryIosd,
    treasuryIo: p.treasuryIo,
    stakingConfig: p.stakingConfig,
  });
}

/** `update_market` (admin). */
export function updateMarketIx(program: Program<RentalEscrow>, admin: PublicKey, settings: MarketSettings) {
  return program.methods.updateMarket(...settingsArgs(settings)).accountsPartial({ admin, market: marketPda() });
}

/** `apply_config_change` (anyone): the arbiter `update_market` proposed, once the delay has passed. */
export function applyConfigChangeIx(program: Program<RentalEscrow>) {
  return program.methods.applyConfigChange().accountsPartial({ market: marketPda() });
}

/** propose_admin, accept_admin, pause, unpause (common::admin on chain). */
export const { proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx } = adminInstructions(marketPda, "market");

export async function fetchMarket(program: Program<RentalEscrow>): Promise<Market> {
  return program.account.market.fetch(marketPda());
}

/** The token program and treasury for a payment mint (IOSD or IO), as `Market::payment_terms` on chain. */
export function paymentTerms(market: Market, mint: PublicKey): { tokenProgram: PublicKey; treasury: PublicKey } {
  if (mint.equals(market.iosdMint)) return { tokenProgram: market.iosdTokenProgram, treasury: market.treasuryIosd };
  if (mint.equals(market.ioMint)) return { tokenProgram: market.ioTokenProgram, treasury: market.treasuryIo };
  throw new Error(`${mint.toBase58()} is not a payment mint of the market`);
}

// ---- Devices ----

export interface DeviceSpec {
  deviceId: bigint;
  deviceClass: number;
  gpuCount: number;
  vramGb: number;
  /** ASCII region code, up to 16 bytes (for example "us-east-1"). */
  region: string;
  pricePerGpuHour: bigint;
}

export function encodeRegion(region: string): number[] {
  const bytes = Buffer.from(region, "ascii");
  if (bytes.length > 16) throw new Error(`region "${region}" is longer than 16 bytes`);
  return [...Buffer.concat([bytes, Buffer.alloc(16 - bytes.length)])];
}

export function decodeRegion(bytes: number[]): string {
  return Buffer.from(bytes).toString("ascii").replace(/\0+$/, "");
}

export interface RegisterDeviceParams extends DeviceSpec {
  operator: PublicKey;
  paymentMint: PublicKey;
  payout: PublicKey;
}

/** `register_device`: lists a device and bonds the operator's stake in io_staking. */
export function registerDeviceIx(program: Program<RentalEscrow>, p: RegisterDeviceParams) {
  return program.methods
    .registerDevice(bn(p.deviceId), p.deviceClass, p.gpuCount, p.vramGb, encodeRegion(p.region), bn(p.pricePerGpuHour))
    .accountsPartial({
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

/** `top_up_bond`: the operator bonds more stake for a device slashed below its requirement. */
export function topUpBondIx(program: Program<RentalEscrow>, operator: PublicKey, device: PublicKey) {
  return program.methods.topUpBond().accountsPartial({
    operator,
    market: marketPda(),
    device,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    stakePosition: ioStaking.positionPda(operator),
    deviceBond: ioStaking.ioStakingPdas.deviceBond(device),
  });
}

/** `lock_payout`: the operator and the locker (a program PDA in production) send the earnings to `payout` until `until`. */
export function lockPayoutIx(program: Program<RentalEscrow>, operator: PublicKey, locker: PublicKey, device: PublicKey, payout: PublicKey, until: bigint) {
  return program.methods.lockPayout(bn(until)).accountsPartial({ operator, locker, market: marketPda(), device, payout });
}

/** Where a device's earnings go now: the locked payout while locked, the operator's own payout otherwise. */
export function earningsAccount(device: Device): PublicKey {
  return device.payoutLocker.equals(PublicKey.default) ? device.payout : device.lockedPayout;
}

export function unlockPayoutIx(program: Program<RentalEscrow>, locker: PublicKey, device: PublicKey) {
  return program.methods.unlockPayout().accountsPartial({ locker, device });
}

export async function fetchDevice(program: Program<RentalEscrow>, device: PublicKey): Promise<Device | null> {
  return program.account.device.fetchNullable(device);
}

// ---- Rentals ----

/** The accounts every payment out of an escrow needs, resolved from the market, device and rental. */
interface EscrowAccounts {
  market: PublicKey;
  device: PublicKey;
  rental: PublicKey;
  escrow: PublicKey;
  payout: PublicKey;
  treasury: PublicKey;
  paymentMint: PublicKey;
  tokenProgram: PublicKey;
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
  });
}

/** SPL Memo (v3): passed after the accounts of every payment out of escrow, for payouts that require memos. */
export const MEMO_PROGRAM_ID = new PublicKey("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr");
const memoAccount = [{ pubkey: MEMO_PROGRAM_ID, isSigner: false, isWritable: false }];

export function settleIx(program: Program<RentalEscrow>, a: EscrowAccounts) {
  return program.methods.settle().accountsPartial(a).remainingAccounts(memoAccount);
}

export function extendIx(program: Program<RentalEscrow>, renter: PublicKey, renterToken: PublicKey, a: EscrowAccounts, extraSeconds: bigint) {
  const { payout: _payout, ...accounts } = a;
  return program.methods.extend(bn(extraSeconds)).accountsPartial({ renter, renterToken, ...accounts });
}

export function cancelIx(program: Program<RentalEscrow>, renter: PublicKey, renterToken: PublicKey, a: EscrowAccounts) {
  return program.methods.cancel().accountsPartial({ renter, renterToken, ...a }).remainingAccounts(memoAccount);
}

/** `complete`: `caller` is the renter, or anyone once the dispute window has closed. */
export function completeIx(program: Program<RentalEscrow>, caller: PublicKey, renter: PublicKey, a: EscrowAccounts) {
  return program.methods.complete().accountsPartial({ caller, renter, ...a }).remainingAccounts(memoAccount);
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
  return program.methods.resolveDispute(renterShareBps, bn(slashAmount)).accountsPartial({
    arbiter,
    renter,
    renterToken,
    ...a,
    stakingConfig: ioStaking.ioStakingPdas.config(),
    stakePosition: ioStaking.positionPda(s.operator),
    stakeVault: ioStaking.ioStakingPdas.stakeVault(),
    stakingTreasury: s.stakingTreasury,
    ioMint: s.ioMint,
    ioTokenProgram: s.ioTokenProgram,
    deviceBond: ioStaking.ioStakingPdas.deviceBond(a.device),
  }).remainingAccounts(memoAccount);
}

export async function fetchRental(program: Program<RentalEscrow>, rental: PublicKey): Promise<Rental | null> {
  return program.account.rental.fetchNullable(rental);
}

// ---- Money math, exactly as the program computes it (programs/rental-escrow/src/stream.rs) ----

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** Escrow for `seconds` at `ratePerHour` (price x GPUs), rounded up. */
export function cost(ratePerHour: bigint, seconds: bigint): bigint {
  return ceilDiv(ratePerHour * seconds, SECONDS_PER_HOUR);
}

/** Fee of `bps` on `amount`, rounded up. */
export function fee(amount: bigint, bps: number | bigint): bigint {
  return ceilDiv(amount * BigInt(bps), BPS);
}

/** Supplier fee charged on the cumulative release: `(toOperator, fee)` for releasing `gross` after `releasedBefore`. */
export function operatorPayment(releasedBefore: bigint, gross: bigint, supplierFeeBps: number): { toOperator: bigint; fee: bigint } {
  const charged = fee(releasedBefore + gross, supplierFeeBps) - fee(releasedBefore, supplierFeeBps);
  return { toOperator: gross - charged, fee: charged };
}

export interface Quote {
  /** Into escrow: `cost(price x GPUs, duration)`. */
  deposit: bigint;
  /** To the treasury at booking. */
  renterFee: bigint;
  total: bigint;
}

/** What booking `device` for `durationSeconds` costs under the market's current renter fee. */
export function quote(device: Pick<Device, "pricePerGpuHour" | "gpuCount">, durationSeconds: bigint, market: Pick<Market, "renterFeeBps">): Quote {
  const deposit = cost(big(device.pricePerGpuHour) * BigInt(device.gpuCount), durationSeconds);
  const renterFee = fee(deposit, market.renterFeeBps);
  return { deposit, renterFee, total: deposit + renterFee };
}

/** What extending `rental` by `extraSeconds` costs: the cost of the new duration minus what is deposited. */
export function extendQuote(rental: Rental, extraSeconds: bigint): Quote {
  const duration = big(rental.end) - big(rental.start) + extraSeconds;
  const deposit = cost(ratePerHour(rental), duration) - big(rental.deposited);
  const renterFee = fee(deposit, rental.renterFeeBps);
  return { deposit, renterFee, total: deposit + renterFee };
}

const ratePerHour = (rental: Rental) => big(rental.pricePerGpuHour) * BigInt(rental.gpuCount);

/** When the stream stops: the end, or the dispute if opened before it. */
function streamStop(rental: Rental): bigint {
  const end = big(rental.end);
  const disputedAt = big(rental.disputedAt);
  return rental.disputed && disputedAt < end ? disputedAt : end;
}

/** What has streamed to the operator by `now` (unix seconds). */
export function streamed(rental: Rental, now: bigint): bigint {
  const stop = streamStop(rental);
  const until = now < stop ? now : stop;
  const elapsed = until - big(rental.start);
  const duration = big(rental.end) - big(rental.start);
  const deposited = big(rental.deposited);
  if (elapsed <= 0n) return 0n;
  if (elapsed >= duration) return deposited;
  const amount = (ratePerHour(rental) * elapsed) / SECONDS_PER_HOUR;
  return amount < deposited ? amount : deposited;
}

/** What `settle` would release at `now` (before the supplier fee): what had streamed one dispute window earlier. */
export function settleable(rental: Rental, now: bigint): bigint {
  return streamed(rental, now - big(rental.disputeWindow)) - big(rental.released);
}

/** Eight GPU-hours: the prior of clean and of unproven service in the reputation score. */
export const PRIOR_GPU_SECONDS = 8n * 3_600n;

/** Reputation score in bps from clean and lost GPU-seconds, as `reputation::score_bps`. */
export function scoreBps(cleanGpuSeconds: bigint, lostGpuSeconds: bigint): number {
  const cap = 1n << 60n;
  const min = (a: bigint) => (a < cap ? a : cap);
  const clean = min(cleanGpuSeconds) + PRIOR_GPU_SECONDS;
  return Number((10_000n * clean) / (clean + PRIOR_GPU_SECONDS + 4n * min(lostGpuSeconds)));
}

/** Renter priority from IO staked in io_staking (whole IO thresholds). */
export const PRIORITY_TIERS = [
  { tier: "gold", minIo: 100_000n },
  { tier: "silver", minIo: 10_000n },
  { tier: "bronze", minIo: 1_000n },
] as const;
export type PriorityTier = (typeof PRIORITY_TIERS)[number]["tier"] | "standard";

export function priorityTier(stakedBaseUnits: bigint, ioDecimals: number): PriorityTier {
  const unit = 10n ** BigInt(ioDecimals);
  return PRIORITY_TIERS.find((t) => stakedBaseUnits >= t.minIo * unit)?.tier ?? "standard";
}

// ---- Device search ----

export interface DeviceFilter {
  deviceClass?: number;
  region?: string;
  paymentMint?: PublicKey;
  minGpus?: number;
  minVramGb?: number;
  maxPricePerGpuHour?: bigint;
  minScoreBps?: number;
  /** Only devices that can be booked at this unix time (available, not rented). */
  availableAt?: bigint;
}

/** Byte offset of a field in the Device account (discriminator included), from the IDL layout. */
function deviceFieldOffset(name: string): number {
  const sizes: Record<string, number> = { pubkey: 32, u64: 8, i64: 8, u32: 4, u16: 2, u8: 1, bool: 1 };
  const types = RENTAL_ESCROW_IDL.types as { name: string; type: { fields?: { name: string; type: unknown }[] } }[];
  const type = types.find((t) => t.name.toLowerCase() === "device")!;
  let offset = 8;
  for (const field of type.type.fields!) {
    // The runtime IDL is the committed JSON (snake_case); callers use the camelCase names of the TS types.
    if (field.name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) === name) return offset;
    const t = field.type as string | { array: [string, number] };
    offset += typeof t === "string" ? sizes[t] : sizes[t.array[0]] * t.array[1];
  }
  throw new Error(`Device has no field ${name}`);
}

/** Devices matching `filter`, best score first, then cheapest. Exact-match fields (class, region, payment mint)
 * are `memcmp` filters of `getProgramAccounts`; ranges are checked on the decoded accounts. */
export async function searchDevices(program: Program<RentalEscrow>, filter: DeviceFilter = {}): Promise<{ publicKey: PublicKey; account: Device }[]> {
  const filters: GetProgramAccountsFilter[] = [];
  const memcmp = (field: string, bytes: Buffer) => filters.push({ memcmp: { offset: deviceFieldOffset(field), bytes: bs58(bytes) } });
  if (filter.deviceClass !== undefined) memcmp("deviceClass", Buffer.from([filter.deviceClass]));
  if (filter.region !== undefined) memcmp("region", Buffer.from(encodeRegion(filter.region)));
  if (filter.paymentMint) memcmp("paymentMint", filter.paymentMint.toBuffer());
  const devices = await program.account.device.all(filters);
  return devices
    .filter(({ account: d }) => {
      if (filter.minGpus !== undefined && d.gpuCount < filter.minGpus) return false;
      if (filter.minVramGb !== undefined && d.vramGb < filter.minVramGb) return false;
      if (filter.maxPricePerGpuHour !== undefined && big(d.pricePerGpuHour) > filter.maxPricePerGpuHour) return false;
      if (filter.minScoreBps !== undefined && d.scoreBps < filter.minScoreBps) return false;
      if (filter.availableAt !== undefined && (d.status !== DeviceStatus.Available || big(d.rentedUntil) > filter.availableAt)) return false;
      return true;
    })
    .sort((a, b) => b.account.scoreBps - a.account.scoreBps || Number(big(a.account.pricePerGpuHour) - big(b.account.pricePerGpuHour)));
}

const bs58 = (bytes: Buffer): string => utils.bytes.bs58.encode(bytes);

// ---- One-call helpers: accounts resolved from the market, devices and rentals ----

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
  async topUpBond(operator: Keypair, device: PublicKey): Promise<string> {
    return topUpBondIx(this.program, operator.publicKey, device).signers([operator]).rpc();
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
    await registerDeviceIx(this.program, { operator: operator.publicKey, paymentMint, payout: to, ...spec }).signers([operator]).rpc();
    return rentalEscrowPdas.device(operator.publicKey, spec.deviceId);
  }

  /** The `create_rental` instruction for the device's next rental, paid from the renter's associated account. */
  async createRentalInstruction(renter: PublicKey, device: PublicKey, durationSeconds: bigint, maxPricePerGpuHour: bigint): Promise<{ ix: TransactionInstruction; booking: Booking }> {
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
    return settleIx(this.program, accounts).preInstructions(await this.payoutRepair(accounts)).rpc();
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

  /** `quote` for `device` under the market's current fee. */
  async quote(device: PublicKey, durationSeconds: bigint): Promise<Quote> {
    return quote(await this.device(device), durationSeconds, await this.market());
  }

  /** A renter's priority tier from its io_staking position. */
  async renterPriority(renter: PublicKey): Promise<PriorityTier> {
    const position = await ioStaking.fetchPosition(this.staking, renter);
    const config = await ioStaking.fetchStakingConfig(this.staking);
    return priorityTier(position ? big(position.staked) : 0n, config.ioDecimals);
  }

  search(filter: DeviceFilter = {}) {
    return searchDevices(this.program, filter);
  }
}
