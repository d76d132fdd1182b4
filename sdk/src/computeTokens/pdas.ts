// compute_tokens: program-derived addresses.
import { getAssociatedTokenAddressSync, getExtraAccountMetaAddress, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";
import { findPda, u64le } from "../util";
import { COMPUTE_TOKENS_PROGRAM_ID } from "./program";

export const computeTokensPdas = {
  config: () => findPda(COMPUTE_TOKENS_PROGRAM_ID, "config"),
  /** The share mint of the `number`-th tokenization (`Config.poolCount` before it). */
  shareMint: (number: bigint) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "shares", u64le(number)),
  pool: (mint: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "pool", mint),
  vault: (pool: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "vault", pool),
  sale: (pool: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "sale", pool),
  holder: (pool: PublicKey, tokenAccount: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "holder", pool, tokenAccount),
  /** The bond mint of the `number`-th tokenization (bonds and share pools share `Config.poolCount`). */
  bondMint: (number: bigint) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "bonds", u64le(number)),
  /** A bond's IO collateral vault. */
  collateralVault: (bond: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "collateral", bond),
  /** The transfer hook's validation account (the interface's seeds). */
  extraAccountMetas: (mint: PublicKey) => getExtraAccountMetaAddress(mint, COMPUTE_TOKENS_PROGRAM_ID),
};

/** An owner's associated account of a share mint (Token-2022). */
export const shareAccount = (mint: PublicKey, owner: PublicKey) => getAssociatedTokenAddressSync(mint, owner, true, TOKEN_2022_PROGRAM_ID);

/** The accounts a tokenization creates. */
export interface PoolAddresses {
  mint: PublicKey;
  pool: PublicKey;
  vault: PublicKey;
}

export function poolAddresses(mint: PublicKey): PoolAddresses {
  const pool = computeTokensPdas.pool(mint);
  return { mint, pool, vault: computeTokensPdas.vault(pool) };
}
