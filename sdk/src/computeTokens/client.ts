// compute_tokens: one-call helpers: accounts resolved from on-chain state.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { createAssociatedTokenAccountIdempotentInstruction, getAccount, getAssociatedTokenAddressSync, getTokenMetadata, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import type { TokenMetadata } from "@solana/spl-token-metadata";
import { Keypair, PublicKey, Transaction, TransactionInstruction } from "@solana/web3.js";
import { ComputeTokens } from "../idl/compute_tokens";
import { big, clusterTime } from "../util";
import { Config, fetchComputeTokensConfig, Pool, Holder } from "./accounts";
import { tokenizeDeviceIx, syncRevenueIx, claimOperatorIx, pokeHolderIx, openHolderIx, shareTransferIx, claimIx, listSharesIx, buySharesIx, delistIx, endTermIx } from "./instructions";
import { claimable } from "./math";
import { PoolAddresses, computeTokensPdas, poolAddresses, shareAccount } from "./pdas";
import { computeTokensProgram } from "./program";

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
   * hooked transfer from the sale account to the buyer's associated account follows in the same transaction. With
   * `openHolder`, the buyer's checkpoint opens in that transaction too when it has none, so the shares earn at once.
   */
  async buy(
    buyer: Keypair,
    pool: PublicKey,
    shares: bigint,
    maxPricePerShare: bigint,
    paymentTokenProgram: PublicKey,
    options: { openHolder?: boolean } = {},
  ): Promise<string> {
    const state = await this.pool(pool);
    const destination = shareAccount(state.mint, buyer.publicKey);
    const open =
      options.openHolder && !(await this.holder(pool, destination))
        ? [await openHolderIx(this.program, { payer: this.provider.publicKey!, owner: buyer.publicKey, pool, tokenAccount: destination }).instruction()]
        : [];
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
      ...open,
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
