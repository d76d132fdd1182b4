// iosd: its error codes by name, from the IDL (the names `TransactionFailedError.errorName` reports).
import { IOSD_IDL } from "../idl/iosd";
import { errorCodes } from "../programs";

export const IosdError = errorCodes(IOSD_IDL);
export type IosdErrorName = keyof typeof IosdError;
