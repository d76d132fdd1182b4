// compute_tokens: the program: its id, IDL type, constants and Anchor `Program`.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { ComputeTokens, COMPUTE_TOKENS_IDL } from "../idl/compute_tokens";

export type { ComputeTokens };

export const COMPUTE_TOKENS_PROGRAM_ID = new PublicKey(COMPUTE_TOKENS_IDL.address);

/** The operating node's share: 10%. */
export const DEFAULT_OPERATOR_BPS = 1_000;

/** Seconds each inflow's holders' part is streamed over, unless the operator picks another (one day to one year). */
export const DEFAULT_DISTRIBUTION_PERIOD = 7n * 86_400n;

/** tokenize_device creates six accounts and makes about twenty CPIs; above the default 200,000 CU. */
export const TOKENIZE_COMPUTE_UNITS = 400_000;

/** Keys of the additional metadata fields in the share mint. */
export const MetadataField = { Device: "device", Class: "class", Gpus: "gpus", Split: "split_bps", TermEnd: "term_end" } as const;

export function computeTokensProgram(provider: Provider): Program<ComputeTokens> {
  return new Program<ComputeTokens>(COMPUTE_TOKENS_IDL, provider);
}
