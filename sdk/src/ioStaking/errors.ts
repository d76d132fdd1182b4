// io_staking: its error codes by name, from the IDL (the names `TransactionFailedError.errorName` reports).
import { IO_STAKING_IDL } from "../idl/io_staking";
import { errorCodes } from "../programs";

export const IoStakingError = errorCodes(IO_STAKING_IDL);
export type IoStakingErrorName = keyof typeof IoStakingError;
