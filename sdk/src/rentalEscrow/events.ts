// rental_escrow: its events, as Anchor decodes them (camelCase names and fields), by name.
import type { IdlEvents } from "@coral-xyz/anchor";
import { RentalEscrow } from "../idl/rental_escrow";

export type RentalEscrowEvents = IdlEvents<RentalEscrow>;
export type RentalEscrowEventName = keyof RentalEscrowEvents;
