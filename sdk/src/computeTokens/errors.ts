// compute_tokens: its error codes by name, from the IDL (the names `TransactionFailedError.errorName` reports).
import { COMPUTE_TOKENS_IDL } from "../idl/compute_tokens";
import { errorCodes } from "../programs";

export const ComputeTokensError = errorCodes(COMPUTE_TOKENS_IDL);
export type ComputeTokensErrorName = keyof typeof ComputeTokensError;
