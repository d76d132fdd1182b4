// rental_escrow: its error codes by name, from the IDL (the names `TransactionFailedError.errorName` reports).
import { RENTAL_ESCROW_IDL } from "../idl/rental_escrow";
import { errorCodes } from "../programs";

export const RentalEscrowError = errorCodes(RENTAL_ESCROW_IDL);
export type RentalEscrowErrorName = keyof typeof RentalEscrowError;
