// Names for the errors a transaction can fail with: our programs' IDL errors (6000+), Anchor's framework
// errors (which our programs use for account validation), SPL Token's errors, and the runtime's own.
import { LangErrorCode } from "@coral-xyz/anchor";
import { IDLS, TOKEN_PROGRAM_IDS } from "./programs";

/** SPL Token / Token-2022 error names by code (spl-token's TokenError). */
const TOKEN_ERRORS = [
  "NotRentExempt", "InsufficientFunds", "InvalidMint", "MintMismatch", "OwnerMismatch", "FixedSupply",
  "AlreadyInUse", "InvalidNumberOfProvidedSigners", "InvalidNumberOfRequiredSigners", "UninitializedState",
  "NativeNotSupported", "NonNativeHasBalance", "InvalidInstruction", "InvalidState", "Overflow",
  "AuthorityTypeNotSupported", "MintCannotFreeze", "AccountFrozen", "MintDecimalsMismatch", "NonNativeNotSupported",
];

const LANG_ERROR_NAMES = new Map<number, string>(Object.entries(LangErrorCode).map(([name, code]) => [code, name]));

/** A failed transaction, with the name of the error and everything needed to debug it. */
export class TransactionFailedError extends Error {
  constructor(
    /** Error name: an IDL or Anchor error name, a token error name, or the runtime's error. */
    readonly errorName: string,
    /** Custom error code, when the failing program returned one. */
    readonly code: number | undefined,
    /** Program whose instruction failed (the innermost one, for errors raised inside a CPI). */
    readonly programId: string | undefined,
    readonly logs: string[],
  ) {
    // The message leaves out the raw logs: Anchor's `translateError` re-parses messages that contain
    // "custom program error" and would replace this error with a less precise one.
    super(`${errorName}${code !== undefined ? ` (${code})` : ""}${programId ? ` in program ${programId}` : ""}`);
    this.name = "TransactionFailedError";
  }
}

/** Name of custom error `code` raised by `programId`. */
export function customErrorName(programId: string, code: number): string {
  const idl = IDLS.find((i) => i.address === programId);
  if (idl) {
    const own = idl.errors?.find((e) => e.code === code);
    if (own) return own.name;
    const lang = LANG_ERROR_NAMES.get(code);
    if (lang) return lang;
  }
  if (TOKEN_PROGRAM_IDS.includes(programId) && TOKEN_ERRORS[code]) return TOKEN_ERRORS[code];
  return `Custom(${code})`;
}

/**
 * Builds the error for a failed transaction from its logs and LiteSVM's description of the error.
 * The innermost "Program X failed: ..." line names the program that raised it.
 */
export function transactionError(logs: string[], runtimeError: string): TransactionFailedError {
  // The first failure logged is the innermost: a CPI that fails is logged before each caller that passes it on.
  const failure = logs.map((l) => /^Program (\w+) failed: (.*)$/.exec(l)).find(Boolean);
  const custom = failure && /custom program error: 0x([0-9a-f]+)/.exec(failure[2]);
  if (failure && custom) {
    const code = parseInt(custom[1], 16);
    return new TransactionFailedError(customErrorName(failure[1], code), code, failure[1], logs);
  }
  const fieldless = /InstructionError\w*\s*\{[^}]*?(\w+)\s*\}*\s*$/.exec(runtimeError)?.[1];
  return new TransactionFailedError(fieldless ?? failure?.[2] ?? runtimeError, undefined, failure?.[1], logs);
}
