// rental_escrow: program-derived addresses.
import { PublicKey } from "@solana/web3.js";
import { findPda, u64le } from "../util";
import { RENTAL_ESCROW_PROGRAM_ID } from "./program";

export const marketPda = () => findPda(RENTAL_ESCROW_PROGRAM_ID, "market");

export const rentalEscrowPdas = {
  /** The market PDA; it is io_staking's bond authority (and its slash authority, for disputes to slash). */
  market: marketPda,
  device: (operator: PublicKey, deviceId: bigint) => findPda(RENTAL_ESCROW_PROGRAM_ID, "device", operator, u64le(deviceId)),
  /** A device's rental number `nonce` (its `rentalCount` when booked). */
  rental: (device: PublicKey, nonce: bigint) => findPda(RENTAL_ESCROW_PROGRAM_ID, "rental", device, u64le(nonce)),
  escrow: (rental: PublicKey) => findPda(RENTAL_ESCROW_PROGRAM_ID, "escrow", rental),
};
