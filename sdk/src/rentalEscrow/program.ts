// rental_escrow: the program: its id, IDL type, constants and Anchor `Program`.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { RentalEscrow, RENTAL_ESCROW_IDL } from "../idl/rental_escrow";
import { Buffer } from "buffer";

export type { RentalEscrow };

export const RENTAL_ESCROW_PROGRAM_ID = new PublicKey(RENTAL_ESCROW_IDL.address);

/** io.net's fee on each side of a rental: 0.25%. */
export const DEFAULT_FEE_BPS = 25;

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
