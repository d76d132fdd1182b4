// rental_escrow: the program: its id, IDL type, constants and Anchor `Program`.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { RentalEscrow, RENTAL_ESCROW_IDL } from "../idl/rental_escrow";
import { Buffer } from "buffer";

export type { RentalEscrow };

export const RENTAL_ESCROW_PROGRAM_ID = new PublicKey(RENTAL_ESCROW_IDL.address);

/** io.net's fee on each side of a rental paid in IOSD: 0.25%. */
export const DEFAULT_FEE_BPS = 25;

/** The payment mints, in the order of the market's fee schedule on chain. */
export const PAYMENT_MINTS = ["iosd", "io", "usdc"] as const;
export type PaymentMintName = (typeof PAYMENT_MINTS)[number];

/** One payment mint's fees, in bps: the renter's on top of the price, and the operator's from its earnings. */
export interface MintFees {
  renterBps: number;
  supplierBps: number;
}

export type FeeSchedule = Record<PaymentMintName, MintFees>;

/** io.net's fees: IOSD 0.25% from each side, IO none, USDC 2% from each side. Fees paid in IO are burned. */
export const IO_NET_FEES: FeeSchedule = {
  iosd: { renterBps: DEFAULT_FEE_BPS, supplierBps: DEFAULT_FEE_BPS },
  io: { renterBps: 0, supplierBps: 0 },
  usdc: { renterBps: 200, supplierBps: 200 },
};

/** A fee schedule from the program's arrays (IOSD, IO, USDC order). */
export function feeSchedule(renterBps: number[], supplierBps: number[]): FeeSchedule {
  return Object.fromEntries(PAYMENT_MINTS.map((name, i) => [name, { renterBps: renterBps[i], supplierBps: supplierBps[i] }])) as FeeSchedule;
}

/** The program's arrays of a fee schedule: `[renter, supplier]`, each in IOSD, IO, USDC order. */
export function feeArrays(fees: FeeSchedule): [number[], number[]] {
  return [PAYMENT_MINTS.map((name) => fees[name].renterBps), PAYMENT_MINTS.map((name) => fees[name].supplierBps)];
}

export const SECONDS_PER_HOUR = 3_600n;

/** `Device.status` values. */
export const DeviceStatus = { Available: 0, Offline: 1, Deregistered: 2 } as const;

export function rentalEscrowProgram(provider: Provider): Program<RentalEscrow> {
  return new Program<RentalEscrow>(RENTAL_ESCROW_IDL, provider);
}

/** io.net-style: rentals under an hour do not build reputation. */
export const DEFAULT_MIN_RENTAL_DURATION = 3_600n;

export function encodeRegion(region: string): number[] {
  const bytes = Buffer.from(region, "ascii");
  if (bytes.length > 16) throw new Error(`region "${region}" is longer than 16 bytes`);
  return [...Buffer.concat([bytes, Buffer.alloc(16 - bytes.length)])];
}

export function decodeRegion(bytes: number[]): string {
  return Buffer.from(bytes).toString("ascii").replace(/\0+$/, "");
}

/** SPL Memo (v3): passed after the accounts of every payment out of escrow, for payouts that require memos. */
export const MEMO_PROGRAM_ID = new PublicKey("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr");
