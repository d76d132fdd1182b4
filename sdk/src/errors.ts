// Names for the errors a transaction can fail with: our programs' IDL errors (6000+), Anchor's framework
// errors (which our programs use for account validation), SPL Token's, Token-2022's and Metaplex Token Metadata's
// errors, and the runtime's own.
import { LangErrorCode } from "./anchor";
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { getMplTokenMetadataErrorFromCode, MPL_TOKEN_METADATA_PROGRAM_ID } from "@metaplex-foundation/mpl-token-metadata";
import { IDLS } from "./programs";

/** SPL Token error names by code (TokenError); Token-2022 starts with the same twenty. */
const TOKEN_ERRORS = [
  "NotRentExempt", "InsufficientFunds", "InvalidMint", "MintMismatch", "OwnerMismatch", "FixedSupply",
  "AlreadyInUse", "InvalidNumberOfProvidedSigners", "InvalidNumberOfRequiredSigners", "UninitializedState",
  "NativeNotSupported", "NonNativeHasBalance", "InvalidInstruction", "InvalidState", "Overflow",
  "AuthorityTypeNotSupported", "MintCannotFreeze", "AccountFrozen", "MintDecimalsMismatch", "NonNativeNotSupported",
];

/** Token-2022's TokenError from code 20 on (its extensions). */
const TOKEN_2022_ERRORS = [
  ...TOKEN_ERRORS,
  "ExtensionTypeMismatch", "ExtensionBaseMismatch", "ExtensionAlreadyInitialized",
  "ConfidentialTransferAccountHasBalance", "ConfidentialTransferAccountNotApproved",
  "ConfidentialTransferDepositsAndTransfersDisabled", "ConfidentialTransferElGamalPubkeyMismatch",
  "ConfidentialTransferBalanceMismatch", "MintHasSupply", "NoAuthorityExists", "TransferFeeExceedsMaximum",
  "MintRequiredForTransfer", "FeeMismatch", "FeeParametersMismatch", "ImmutableOwner",
  "AccountHasWithheldTransferFees", "NoMemo", "NonTransferable", "NonTransferableNeedsImmutableOwnership",
  "MaximumPendingBalanceCreditCounterExceeded", "MaximumDepositAmountExceeded", "CpiGuardSettingsLocked",
  "CpiGuardTransferBlocked", "CpiGuardBurnBlocked", "CpiGuardCloseAccountBlocked", "CpiGuardApproveBlocked",
  "CpiGuardSetAuthorityBlocked", "CpiGuardOwnerChangeBlocked", "ExtensionNotFound",
  "NonConfidentialTransfersDisabled", "ConfidentialTransferFeeAccountHasWithheldFee",
  "InvalidExtensionCombination", "InvalidLengthForAlloc", "AccountDecryption", "ProofGeneration",
  "InvalidProofInstructionOffset", "HarvestToMintDisabled", "SplitProofContextStateAccountsNotSupported",
  "NotEnoughProofContextStateAccounts", "MalformedCiphertext", "CiphertextArithmeticFailed",
  "PedersenCommitmentMismatch", "RangeProofLengthMismatch", "IllegalBitLength", "FeeCalculation",
  "IllegalMintBurnConversion", "InvalidScale", "MintPaused", "PendingBalanceNonZero",
];

const TOKEN_ERRORS_BY_PROGRAM = new Map([
  [TOKEN_PROGRAM_ID.toBase58(), TOKEN_ERRORS],
  [TOKEN_2022_PROGRAM_ID.toBase58(), TOKEN_2022_ERRORS],
]);

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
    /** The transaction's signature when it was executed and recorded on the ledger (fee paid); undefined when it
     * was refused before execution (preflight). */
    readonly signature?: string,
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
  if (programId === MPL_TOKEN_METADATA_PROGRAM_ID) {
    const error = getMplTokenMetadataErrorFromCode(code, { name: "mplTokenMetadata", publicKey: MPL_TOKEN_METADATA_PROGRAM_ID } as never);
    if (error) return error.name;
  }
  return TOKEN_ERRORS_BY_PROGRAM.get(programId)?.[code] ?? `Custom(${code})`;
}

/**
 * Builds the error for a failed transaction from its logs and the runtime's description of the error: LiteSVM's
 * text, or a JSON-RPC `TransactionError` (`{"InstructionError":[0,"InvalidAccountData"]}`, `"AccountNotFound"`).
 * The innermost "Program X failed: ..." line names the program that raised it.
 */
export function transactionError(logs: string[], runtimeError: string | object, signature?: string): TransactionFailedError {
  // The first failure logged is the innermost: a CPI that fails is logged before each caller that passes it on.
  const failure = logs.map((l) => /^Program (\w+) failed: (.*)$/.exec(l)).find(Boolean);
  const custom = failure && /custom program error: 0x([0-9a-f]+)/.exec(failure[2]);
  if (failure && custom) {
    const code = parseInt(custom[1], 16);
    return new TransactionFailedError(customErrorName(failure[1], code), code, failure[1], logs, signature);
  }
  return new TransactionFailedError(runtimeErrorName(runtimeError) ?? failure?.[2] ?? String(runtimeError), undefined, failure?.[1], logs, signature);
}

/** The name in a runtime error without a custom code: `InvalidAccountData`, `AccountNotFound`. */
function runtimeErrorName(error: string | object): string | undefined {
  if (typeof error === "string") return /InstructionError\w*\s*\{[^}]*?(\w+)\s*\}*\s*$/.exec(error)?.[1];
  const instructionError = (error as { InstructionError?: [number, unknown] }).InstructionError;
  const inner = instructionError ? instructionError[1] : error;
  if (typeof inner === "string") return inner;
  // A variant with fields ({"BorshIoError": "..."}): its name.
  const keys = inner && typeof inner === "object" ? Object.keys(inner) : [];
  return keys.length === 1 ? keys[0] : undefined;
}
