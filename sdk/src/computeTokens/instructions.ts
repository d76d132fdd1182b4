// compute_tokens: instruction builders (Anchor method builders, one per instruction).
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { createTransferCheckedWithTransferHookInstruction, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { ComputeBudgetProgram, PublicKey, SYSVAR_INSTRUCTIONS_PUBKEY, TransactionInstruction } from "@solana/web3.js";
import { ComputeTokens } from "../idl/compute_tokens";
import { adminInstructions } from "../admin";
import { bn } from "../util";
import { Pool } from "./accounts";
import { computeTokensPdas, poolAddresses, shareAccount } from "./pdas";
import { DEFAULT_DISTRIBUTION_PERIOD, TOKENIZE_COMPUTE_UNITS } from "./program";

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

/** propose_admin / accept_admin / pause / unpause. */
export const { proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx } = adminInstructions(computeTokensPdas.config);

export interface TokenizeParams {
  operator: PublicKey;
  device: PublicKey;
  /** `Config.poolCount` now: names the share mint. */
  poolNumber: bigint;
  market: PublicKey;
  iosdMint: PublicKey;
  iosdTokenProgram: PublicKey;
  shares: bigint;
  termSeconds: bigint;
  /** Defaults to `DEFAULT_DISTRIBUTION_PERIOD`. */
  distributionPeriodSeconds?: bigint;
  name: string;
  symbol: string;
  uri: string;
}

export function tokenizeDeviceIx(program: Program<ComputeTokens>, p: TokenizeParams) {
  const { mint, pool, vault } = poolAddresses(computeTokensPdas.shareMint(p.poolNumber));
  const operatorShares = shareAccount(mint, p.operator);
  return program.methods
    .tokenizeDevice(bn(p.shares), bn(p.termSeconds), bn(p.distributionPeriodSeconds ?? DEFAULT_DISTRIBUTION_PERIOD), p.name, p.symbol, p.uri)
    .accountsPartial({
      operator: p.operator,
      config: computeTokensPdas.config(),
      market: p.market,
      device: p.device,
      mint,
      pool,
      extraAccountMetas: computeTokensPdas.extraAccountMetas(mint),
      vault,
      iosdMint: p.iosdMint,
      operatorShares,
      operatorHolder: computeTokensPdas.holder(pool, operatorShares),
      iosdTokenProgram: p.iosdTokenProgram,
    })
    .preInstructions([ComputeBudgetProgram.setComputeUnitLimit({ units: TOKENIZE_COMPUTE_UNITS })]);
}

/** `sync_revenue` (anyone), for a share pool or a bond: `state` is either account (its `vault`). */
export function syncRevenueIx(program: Program<ComputeTokens>, pool: PublicKey, state: Pick<Pool, "vault">, iosdTokenProgram: PublicKey, iosdMint: PublicKey) {
  return program.methods.syncRevenue().accountsPartial({ pool, vault: state.vault, iosdMint, iosdTokenProgram });
}

export function openHolderIx(program: Program<ComputeTokens>, p: { payer: PublicKey; owner: PublicKey; pool: PublicKey; tokenAccount: PublicKey }) {
  return program.methods.openHolder().accountsPartial({
    payer: p.payer,
    owner: p.owner,
    pool: p.pool,
    tokenAccount: p.tokenAccount,
    holder: computeTokensPdas.holder(p.pool, p.tokenAccount),
  });
}

export interface ClaimParams {
  owner: PublicKey;
  pool: PublicKey;
  tokenAccount: PublicKey;
  vault: PublicKey;
  destination: PublicKey;
  iosdMint: PublicKey;
  iosdTokenProgram: PublicKey;
}

export function claimIx(program: Program<ComputeTokens>, p: ClaimParams) {
  return program.methods.claim().accountsPartial({ ...p, holder: computeTokensPdas.holder(p.pool, p.tokenAccount) });
}

/** `claim_operator`: the operator pulls its accrued cut into `destination` (any IOSD account). */
export function claimOperatorIx(
  program: Program<ComputeTokens>,
  p: { operator: PublicKey; pool: PublicKey; vault: PublicKey; destination: PublicKey; iosdMint: PublicKey; iosdTokenProgram: PublicKey },
) {
  return program.methods.claimOperator().accountsPartial(p);
}

/** `poke_holder` (anyone): re-bases a checkpoint whose account's balance fell without a transfer (a burn). */
export function pokeHolderIx(program: Program<ComputeTokens>, pool: PublicKey, tokenAccount: PublicKey) {
  return program.methods.pokeHolder().accountsPartial({ pool, holder: computeTokensPdas.holder(pool, tokenAccount), tokenAccount });
}

export function listSharesIx(
  program: Program<ComputeTokens>,
  p: { operator: PublicKey; market: PublicKey; pool: PublicKey; mint: PublicKey; paymentMint: PublicKey; pricePerShare: bigint },
) {
  const sale = computeTokensPdas.sale(p.pool);
  return program.methods.listShares(bn(p.pricePerShare)).accountsPartial({
    operator: p.operator,
    config: computeTokensPdas.config(),
    market: p.market,
    pool: p.pool,
    paymentMint: p.paymentMint,
    mint: p.mint,
    saleAccount: sale,
    saleHolder: computeTokensPdas.holder(p.pool, sale),
  });
}

export interface BuyParams {
  buyer: PublicKey;
  pool: PublicKey;
  mint: PublicKey;
  paymentSource: PublicKey;
  operatorPayment: PublicKey;
  paymentMint: PublicKey;
  paymentTokenProgram: PublicKey;
  shares: bigint;
  maxPricePerShare: bigint;
}

/** `buy_shares` only: it must be followed by the share transfer (see `ComputeTokensClient.buy`). */
export function buySharesIx(program: Program<ComputeTokens>, p: BuyParams) {
  return program.methods.buyShares(bn(p.shares), bn(p.maxPricePerShare)).accountsPartial({
    buyer: p.buyer,
    config: computeTokensPdas.config(),
    pool: p.pool,
    saleAccount: computeTokensPdas.sale(p.pool),
    mint: p.mint,
    paymentSource: p.paymentSource,
    operatorPayment: p.operatorPayment,
    paymentMint: p.paymentMint,
    paymentTokenProgram: p.paymentTokenProgram,
    instructions: SYSVAR_INSTRUCTIONS_PUBKEY,
  });
}

export function delistIx(program: Program<ComputeTokens>, p: { operator: PublicKey; pool: PublicKey; mint: PublicKey }) {
  return program.methods.delist().accountsPartial({ ...p, saleAccount: computeTokensPdas.sale(p.pool) });
}

export function endTermIx(program: Program<ComputeTokens>, p: { pool: PublicKey; device: PublicKey; vault: PublicKey; iosdTokenProgram: PublicKey }) {
  return program.methods.endTerm().accountsPartial(p);
}

/**
 * A Token-2022 `transfer_checked` of shares with the hook's extra accounts resolved by `@solana/spl-token`
 * from our validation account (the pool, then both checkpoints).
 */
export async function shareTransferIx(
  provider: Provider,
  source: PublicKey,
  mint: PublicKey,
  destination: PublicKey,
  authority: PublicKey,
  amount: bigint,
): Promise<TransactionInstruction> {
  return createTransferCheckedWithTransferHookInstruction(
    provider.connection,
    source,
    mint,
    destination,
    authority,
    amount,
    0,
    [],
    "confirmed",
    TOKEN_2022_PROGRAM_ID,
  );
}
