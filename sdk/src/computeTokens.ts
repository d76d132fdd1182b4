// compute_tokens: a GPU's revenue as Token-2022 shares (90% holders / 10% operating node), settled on every
// transfer by this program's transfer hook; the holders' part of each inflow streams over a distribution period.
import { IdlAccounts, Program, Provider } from "@coral-xyz/anchor";
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedWithTransferHookInstruction,
  getAccount,
  getAssociatedTokenAddressSync,
  getExtraAccountMetaAddress,
  getTokenMetadata,
  TOKEN_2022_PROGRAM_ID,
} from "@solana/spl-token";
import type { TokenMetadata } from "@solana/spl-token-metadata";
import {
  ComputeBudgetProgram,
  Keypair,
  PublicKey,
  SYSVAR_INSTRUCTIONS_PUBKEY,
  Transaction,
  TransactionInstruction,
} from "@solana/web3.js";
import { ComputeTokens, COMPUTE_TOKENS_IDL } from "./idl/compute_tokens";
import { adminInstructions } from "./admin";
import { big, bn, BPS, clusterTime, findPda, u64le } from "./util";

export type { ComputeTokens };
export type Config = IdlAccounts<ComputeTokens>["config"];
export type Pool = IdlAccounts<ComputeTokens>["pool"];
export type Holder = IdlAccounts<ComputeTokens>["holder"];

export const COMPUTE_TOKENS_PROGRAM_ID = new PublicKey(COMPUTE_TOKENS_IDL.address);
/** The operating node's share: 10%. */
export const DEFAULT_OPERATOR_BPS = 1_000;
/** Seconds each inflow's holders' part is streamed over, unless the operator picks another (one day to one year). */
export const DEFAULT_DISTRIBUTION_PERIOD = 7n * 86_400n;
/** tokenize_device creates six accounts and makes about twenty CPIs; above the default 200,000 CU. */
export const TOKENIZE_COMPUTE_UNITS = 400_000;
/** Keys of the additional metadata fields in the share mint. */
export const MetadataField = { Device: "device", Class: "class", Gpus: "gpus", Split: "split_bps", TermEnd: "term_end" } as const;


export const computeTokensPdas = {
  config: () => findPda(COMPUTE_TOKENS_PROGRAM_ID, "config"),
  /** The share mint of the `number`-th tokenization (`Config.poolCount` before it). */
  shareMint: (number: bigint) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "shares", u64le(number)),
  pool: (mint: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "pool", mint),
  vault: (pool: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "vault", pool),
  sale: (pool: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "sale", pool),
  holder: (pool: PublicKey, tokenAccount: PublicKey) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "holder", pool, tokenAccount),
  /** The transfer hook's validation account (the interface's seeds). */
  extraAccountMetas: (mint: PublicKey) => getExtraAccountMetaAddress(mint, COMPUTE_TOKENS_PROGRAM_ID),
};

export function computeTokensProgram(provider: Provider): Program<ComputeTokens> {
  return new Program<ComputeTokens>(COMPUTE_TOKENS_IDL, provider);
}

/** An owner's associated account of a share mint (Token-2022). */
export const shareAccount = (mint: PublicKey, owner: PublicKey) => getAssociatedTokenAddressSync(mint, owner, true, TOKEN_2022_PROGRAM_ID);

// ---- Config ----

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

export async function fetchComputeTokensConfig(program: Program<ComputeTokens>): Promise<Config> {
  return program.account.config.fetch(computeTokensPdas.config());
}

/** propose_admin / accept_admin / pause / unpause. */
export const { proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx } = adminInstructions(computeTokensPdas.config);

// ---- Instructions ----

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

export function syncRevenueIx(program: Program<ComputeTokens>, pool: PublicKey, state: Pool, iosdTokenProgram: PublicKey, iosdMint: PublicKey) {
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

// ---- Money math (mirrors programs/compute-tokens/src/revenue.rs) ----

const Q64 = 64n;

/** `(operator, holders)` parts of an inflow: operator = floor(inflow * bps / 10,000), holders the rest. */
export function splitInflow(inflow: bigint, operatorBps: number): [bigint, bigint] {
  const operator = (inflow * BigInt(operatorBps)) / BPS;
  return [operator, inflow - operator];
}

/** What the pool's stream releases to holders between its last release and `now` (`RevenuePool::release`). */
export function releasedAt(pool: Pool, now: bigint): bigint {
  const [last, end, undistributed] = [big(pool.lastRelease), big(pool.streamEnd), big(pool.undistributed)];
  if (now <= last || big(pool.accruingShares) === 0n) return 0n;
  return now >= end ? undistributed : (undistributed * (now - last)) / (end - last);
}

/** The pool's accumulator after its stream is released up to `now` (`RevenuePool::release`, exactly). */
export function revenuePerShareAt(pool: Pool, now: bigint): bigint {
  const released = releasedAt(pool, now);
  const perShare = big(pool.revenuePerShare);
  return released === 0n ? perShare : perShare + (released << Q64) / big(pool.accruingShares);
}

/** What a checkpoint can claim at `now`: owed plus what its shares earned since its snapshot (exact, as the program). */
export function claimable(pool: Pool, holder: Holder, now: bigint): bigint {
  const delta = revenuePerShareAt(pool, now) - big(holder.revenueSnapshot);
  return big(holder.owed) + ((big(holder.shares) * delta) >> Q64);
}

// ---- Client ----

/** One tokenized device term, as the client resolves it. */
export interface Tokenized extends PoolAddresses {
  operatorShares: PublicKey;
}

export class ComputeTokensClient {
  constructor(readonly program: Program<ComputeTokens>) {}

  static forProvider(provider: Provider): ComputeTokensClient {
    return new ComputeTokensClient(computeTokensProgram(provider));
  }

  get provider(): Provider {
    return this.program.provider;
  }

  config(): Promise<Config> {
    return fetchComputeTokensConfig(this.program);
  }

  pool(pool: PublicKey): Promise<Pool> {
    return this.program.account.pool.fetch(pool);
  }

  async holder(pool: PublicKey, tokenAccount: PublicKey): Promise<Holder | null> {
    return this.program.account.holder.fetchNullable(computeTokensPdas.holder(pool, tokenAccount));
  }

  /** Exact IOSD a share account can claim now (0 without a checkpoint). */
  async claimable(pool: PublicKey, tokenAccount: PublicKey): Promise<bigint> {
    const holder = await this.holder(pool, tokenAccount);
    return holder ? claimable(await this.pool(pool), holder, await clusterTime(this.provider.connection)) : 0n;
  }

  /** The share mint's metadata (name, symbol, uri and the device's fields), read with `@solana/spl-token`. */
  async metadata(mint: PublicKey): Promise<TokenMetadata> {
    const metadata = await getTokenMetadata(this.provider.connection, mint, "confirmed", TOKEN_2022_PROGRAM_ID);
    if (!metadata) throw new Error(`no token metadata in ${mint.toBase58()}`);
    return metadata;
  }

  /** Tokenizes `device` into `shares` for `termSeconds`; the operator's cut accrues in the pool (`claimOperator`). */
  async tokenize(
    operator: Keypair,
    device: PublicKey,
    p: { shares: bigint; termSeconds: bigint; name: string; symbol: string; uri: string; distributionPeriodSeconds?: bigint },
  ): Promise<Tokenized> {
    const config = await this.config();
    const iosdTokenProgram = config.iosdTokenProgram;
    const poolNumber = big(config.poolCount);
    await tokenizeDeviceIx(this.program, {
      operator: operator.publicKey,
      device,
      poolNumber,
      market: config.market,
      iosdMint: config.iosdMint,
      iosdTokenProgram,
      ...p,
    })
      .signers([operator])
      .rpc();
    const addresses = poolAddresses(computeTokensPdas.shareMint(poolNumber));
    return { ...addresses, operatorShares: shareAccount(addresses.mint, operator.publicKey) };
  }

  /** Splits new vault inflow (anyone may). */
  async sync(pool: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    return syncRevenueIx(this.program, pool, state, config.iosdTokenProgram, config.iosdMint).rpc();
  }

  /** The operator pulls its accrued cut into `destination` (its IOSD associated account by default). */
  async claimOperator(operator: Keypair, pool: PublicKey, destination?: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    const to = destination ?? getAssociatedTokenAddressSync(config.iosdMint, operator.publicKey, true, config.iosdTokenProgram);
    const ix = claimOperatorIx(this.program, { operator: operator.publicKey, pool, vault: state.vault, destination: to, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram });
    return ix.signers([operator]).rpc();
  }

  /** Re-bases a checkpoint after its account's balance fell without a transfer (anyone may). */
  async poke(pool: PublicKey, tokenAccount: PublicKey): Promise<string> {
    return pokeHolderIx(this.program, pool, tokenAccount).rpc();
  }

  /** Starts `owner`'s share account's checkpoint (creating its associated account if needed). */
  async openHolder(owner: Keypair, pool: PublicKey, tokenAccount?: PublicKey): Promise<PublicKey> {
    const { mint } = await this.pool(pool);
    const account = tokenAccount ?? shareAccount(mint, owner.publicKey);
    const payer = this.provider.publicKey!;
    const pre = tokenAccount ? [] : [this.createShareAccountIx(account, owner.publicKey, mint)];
    await openHolderIx(this.program, { payer, owner: owner.publicKey, pool, tokenAccount: account }).preInstructions(pre).signers([owner]).rpc();
    return account;
  }

  /** A hooked share transfer from `owner`'s associated account to `to`'s (created if missing). */
  async transfer(owner: Keypair, mint: PublicKey, to: PublicKey, amount: bigint, options: { from?: PublicKey; toAccount?: PublicKey } = {}): Promise<string> {
    const source = options.from ?? shareAccount(mint, owner.publicKey);
    const destination = options.toAccount ?? shareAccount(mint, to);
    const tx = new Transaction();
    if (!options.toAccount) {
      tx.add(this.createShareAccountIx(destination, to, mint));
    }
    tx.add(await shareTransferIx(this.provider, source, mint, destination, owner.publicKey, amount));
    return this.provider.sendAndConfirm!(tx, [owner]);
  }

  /** Claims everything a share account accrued into `destination` (the owner's IOSD account by default). */
  async claim(owner: Keypair, pool: PublicKey, tokenAccount?: PublicKey, destination?: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    const account = tokenAccount ?? shareAccount(state.mint, owner.publicKey);
    const to = destination ?? getAssociatedTokenAddressSync(config.iosdMint, owner.publicKey, true, config.iosdTokenProgram);
    return claimIx(this.program, {
      owner: owner.publicKey,
      pool,
      tokenAccount: account,
      vault: state.vault,
      destination: to,
      iosdMint: config.iosdMint,
      iosdTokenProgram: config.iosdTokenProgram,
    })
      .signers([owner])
      .rpc();
  }

  /** Lists `shares` of the operator's shares at `pricePerShare` (base units of `paymentMint`). */
  async list(operator: Keypair, pool: PublicKey, shares: bigint, pricePerShare: bigint, paymentMint: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    const list = await listSharesIx(this.program, { operator: operator.publicKey, market: config.market, pool, mint: state.mint, paymentMint, pricePerShare }).instruction();
    const tx = new Transaction().add(list);
    if (shares > 0n) {
      const sale = computeTokensPdas.sale(pool);
      tx.add(await shareTransferIx(this.provider, shareAccount(state.mint, operator.publicKey), state.mint, sale, operator.publicKey, shares));
    }
    return this.provider.sendAndConfirm!(tx, [operator]);
  }

  /**
   * Buys `shares` from the primary sale: `buy_shares` pays the operator and approves the buyer, and the
   * hooked transfer from the sale account to the buyer's associated account follows in the same transaction.
   */
  async buy(buyer: Keypair, pool: PublicKey, shares: bigint, maxPricePerShare: bigint, paymentTokenProgram: PublicKey): Promise<string> {
    const state = await this.pool(pool);
    const destination = shareAccount(state.mint, buyer.publicKey);
    const sale = computeTokensPdas.sale(pool);
    const buy = await buySharesIx(this.program, {
      buyer: buyer.publicKey,
      pool,
      mint: state.mint,
      paymentSource: getAssociatedTokenAddressSync(state.saleMint, buyer.publicKey, true, paymentTokenProgram),
      operatorPayment: getAssociatedTokenAddressSync(state.saleMint, state.operator, true, paymentTokenProgram),
      paymentMint: state.saleMint,
      paymentTokenProgram,
      shares,
      maxPricePerShare,
    }).instruction();
    const tx = new Transaction().add(
      this.createShareAccountIx(destination, buyer.publicKey, state.mint),
      buy,
      await shareTransferIx(this.provider, sale, state.mint, destination, buyer.publicKey, shares),
    );
    return this.provider.sendAndConfirm!(tx, [buyer]);
  }

  /** Closes the sale and takes the unsold shares back into the operator's associated account. */
  async delist(operator: Keypair, pool: PublicKey): Promise<string> {
    const state = await this.pool(pool);
    const sale = computeTokensPdas.sale(pool);
    const unsold = (await getAccount(this.provider.connection, sale, "confirmed", TOKEN_2022_PROGRAM_ID)).amount;
    const tx = new Transaction().add(await delistIx(this.program, { operator: operator.publicKey, pool, mint: state.mint }).instruction());
    if (unsold > 0n) {
      tx.add(await shareTransferIx(this.provider, sale, state.mint, shareAccount(state.mint, operator.publicKey), operator.publicKey, unsold));
    }
    return this.provider.sendAndConfirm!(tx, [operator]);
  }

  /** Creates `owner`'s associated share account if missing, paid by the provider's wallet. */
  private createShareAccountIx(account: PublicKey, owner: PublicKey, mint: PublicKey): TransactionInstruction {
    return createAssociatedTokenAccountIdempotentInstruction(this.provider.publicKey!, account, owner, mint, TOKEN_2022_PROGRAM_ID);
  }

  /** Releases the device's payout lock after the term, once its rentals are closed and the vault synced (anyone may). */
  async endTerm(pool: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    return endTermIx(this.program, { pool, device: state.device, vault: state.vault, iosdTokenProgram: config.iosdTokenProgram }).rpc();
  }
}
