// compute_tokens: a GPU's revenue as Token-2022 shares (90% holders / 10% operating node).
import { Program, Provider } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import { ComputeTokens, COMPUTE_TOKENS_IDL } from "./idl/compute_tokens";
import { findPda } from "./util";

export type { ComputeTokens };
export const COMPUTE_TOKENS_PROGRAM_ID = new PublicKey(COMPUTE_TOKENS_IDL.address);
/** The operating node's share: 10%. */
export const DEFAULT_OPERATOR_BPS = 1_000;

export const computeTokensPdas = {
  config: () => findPda(COMPUTE_TOKENS_PROGRAM_ID, "config"),
};

export function computeTokensProgram(provider: Provider): Program<ComputeTokens> {
  return new Program<ComputeTokens>(COMPUTE_TOKENS_IDL, provider);
}

export interface InitializeComputeTokensParams {
  admin: PublicKey;
  iosdMint: PublicKey;
  /** rental_escrow's market. */
  market: PublicKey;
  operatorBps: number;
}

export function initializeComputeTokensIx(program: Program<ComputeTokens>, p: InitializeComputeTokensParams) {
  return program.methods.initialize(p.operatorBps).accountsPartial({
    admin: p.admin,
    config: computeTokensPdas.config(),
    iosdMint: p.iosdMint,
    market: p.market,
  });
}

export async function fetchComputeTokensConfig(program: Program<ComputeTokens>) {
  return program.account.config.fetch(computeTokensPdas.config());
}
