// rental_escrow: account types and fetchers.
import type { IdlAccounts } from "@coral-xyz/anchor";
import { Program, utils } from "../anchor";
import { GetProgramAccountsFilter, PublicKey } from "@solana/web3.js";
import { RentalEscrow, RENTAL_ESCROW_IDL } from "../idl/rental_escrow";
import { big } from "../util";
import { marketPda } from "./pdas";
import { encodeRegion, DeviceStatus, FeeSchedule, feeSchedule, MintFees, PaymentMintName } from "./program";
import { Buffer } from "buffer";

export type Market = IdlAccounts<RentalEscrow>["market"];

export type Device = IdlAccounts<RentalEscrow>["device"];

export type Rental = IdlAccounts<RentalEscrow>["rental"];

export async function fetchMarket(program: Program<RentalEscrow>): Promise<Market> {
  return program.account.market.fetch(marketPda());
}

/** A payment mint's terms in the market. */
export interface PaymentTerms extends MintFees {
  mint: PaymentMintName;
  tokenProgram: PublicKey;
  treasury: PublicKey;
}

/** The token program, treasury and current fees of a payment mint (IOSD, IO or USDC), as `Market::payment_terms`. */
export function paymentTerms(market: Market, mint: PublicKey): PaymentTerms {
  const terms = (name: PaymentMintName, tokenProgram: PublicKey, treasury: PublicKey): PaymentTerms => ({
    mint: name,
    tokenProgram,
    treasury,
    ...marketFees(market)[name],
  });
  if (mint.equals(market.iosdMint)) return terms("iosd", market.iosdTokenProgram, market.treasuryIosd);
  if (mint.equals(market.ioMint)) return terms("io", market.ioTokenProgram, market.treasuryIo);
  if (mint.equals(market.usdcMint)) return terms("usdc", market.usdcTokenProgram, market.treasuryUsdc);
  throw new Error(`${mint.toBase58()} is not a payment mint of the market`);
}

/** The market's fee schedule in force. */
export const marketFees = (market: Market): FeeSchedule => feeSchedule(market.renterFeeBps, market.supplierFeeBps);

/** The fee schedule `update_market` proposed, applied by `apply_config_change` once the delay has passed (meaningful
 * while `changeReadyAt` is set). */
export const pendingMarketFees = (market: Market): FeeSchedule => feeSchedule(market.pendingRenterFeeBps, market.pendingSupplierFeeBps);

/** Where a device's earnings go now: the locked payout while locked, the operator's own payout otherwise. */
export function earningsAccount(device: Device): PublicKey {
  return device.payoutLocker.equals(PublicKey.default) ? device.payout : device.lockedPayout;
}

export async function fetchDevice(program: Program<RentalEscrow>, device: PublicKey): Promise<Device | null> {
  return program.account.device.fetchNullable(device);
}

export async function fetchRental(program: Program<RentalEscrow>, rental: PublicKey): Promise<Rental | null> {
  return program.account.rental.fetchNullable(rental);
}

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

/** Devices matching `filter`, unranked (`RentalEscrowClient.search` ranks them). Exact-match fields (class, region,
 * payment mint) are `memcmp` filters of `getProgramAccounts`; ranges are checked on the decoded accounts. */
export async function searchDevices(program: Program<RentalEscrow>, filter: DeviceFilter = {}): Promise<{ publicKey: PublicKey; account: Device }[]> {
  const filters: GetProgramAccountsFilter[] = [];
  const memcmp = (field: string, bytes: Buffer) => filters.push({ memcmp: { offset: deviceFieldOffset(field), bytes: bs58(bytes) } });
  if (filter.deviceClass !== undefined) memcmp("deviceClass", Buffer.from([filter.deviceClass]));
  if (filter.region !== undefined) memcmp("region", Buffer.from(encodeRegion(filter.region)));
  if (filter.paymentMint) memcmp("paymentMint", filter.paymentMint.toBuffer());
  const devices = await program.account.device.all(filters);
  return devices.filter(({ account: d }) => {
    if (filter.minGpus !== undefined && d.gpuCount < filter.minGpus) return false;
    if (filter.minVramGb !== undefined && d.vramGb < filter.minVramGb) return false;
    if (filter.maxPricePerGpuHour !== undefined && big(d.pricePerGpuHour) > filter.maxPricePerGpuHour) return false;
    if (filter.minScoreBps !== undefined && d.scoreBps < filter.minScoreBps) return false;
    if (filter.availableAt !== undefined && (d.status !== DeviceStatus.Available || big(d.rentedUntil) > filter.availableAt)) return false;
    return true;
  });
}

const bs58 = (bytes: Buffer): string => utils.bytes.bs58.encode(bytes);
