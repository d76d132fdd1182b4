// compute_tokens: GPU bonds for each role, accounts resolved from on-chain state. `BondsClient` reads a bond and
// quotes it; `BondOperator`, `BondInvestor` and `BondKeeper` send what each role sends, signed by its keypair.
import type { Provider } from "@coral-xyz/anchor";
import { createAssociatedTokenAccountIdempotentInstruction, getAccount, getAssociatedTokenAddressSync, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { Program } from "../anchor";
import { ComputeTokens } from "../idl/compute_tokens";
import { big, clusterTime } from "../util";
import { Bond, BondStatus, Config, fetchComputeTokensConfig, Holder } from "./accounts";
import * as math from "./bonds";
import {
  bondAddresses,
  BondMints,
  closeBondIx,
  closeSubscriptionIx,
  cureIx,
  declareDefaultIx,
  issueBondIx,
  IssueBondParams,
  redeemIx,
  refundIx,
  repayPrincipalIx,
  subscribeIx,
} from "./bondInstructions";
import { claimIx, claimOperatorIx, openHolderIx, syncRevenueIx } from "./instructions";
import { computeTokensPdas, shareAccount } from "./pdas";
import { computeTokensProgram } from "./program";

/** A bond's state and quotes at one moment. */
export interface BondQuote {
  bond: Bond;
  now: bigint;
  terms: math.BondTerms;
  /** The books after syncing what is in the vault now, as the program's next instruction will. */
  books: math.BondBooks;
  couponDue: bigint;
  arrears: bigint;
  reserveTarget: bigint;
  defaultAllowed: boolean;
  cureAmount: bigint;
  redeemable: boolean;
  /** Collateral is paid to redeemers (a grace period after a default). */
  collateralPayable: boolean;
  /** `close_bond` may run. */
  discharged: boolean;
}

/** Reads and quotes bonds; the role clients below send through it. */
export class BondsClient {
  constructor(readonly program: Program<ComputeTokens>) {}

  static forProvider(provider: Provider): BondsClient {
    return new BondsClient(computeTokensProgram(provider));
  }

  get provider(): Provider {
    return this.program.provider;
  }

  config(): Promise<Config> {
    return fetchComputeTokensConfig(this.program);
  }

  bond(bond: PublicKey): Promise<Bond> {
    return this.program.account.bond.fetch(bond);
  }

  holder(bond: PublicKey, tokenAccount: PublicKey): Promise<Holder | null> {
    return this.program.account.holder.fetchNullable(computeTokensPdas.holder(bond, tokenAccount));
  }

  async mints(): Promise<BondMints> {
    const config = await this.config();
    return { iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram };
  }

  async vaultBalance(state: Bond): Promise<bigint> {
    const { iosdTokenProgram } = await this.mints();
    return (await getAccount(this.provider.connection, state.vault, "confirmed", iosdTokenProgram)).amount;
  }

  /** The bond's quotes at the cluster's time now (or `at`). */
  async quote(bond: PublicKey, at?: bigint): Promise<BondQuote> {
    const state = await this.bond(bond);
    const now = at ?? (await clusterTime(this.provider.connection));
    const terms = math.bondTerms(state);
    const live = state.status !== BondStatus.Subscribing && state.status !== BondStatus.Failed;
    const books = live ? math.syncedBooks(state, await this.vaultBalance(state), now) : math.bondBooks(state);
    return {
      bond: state,
      now,
      terms,
      books,
      couponDue: math.couponDue(terms, now),
      arrears: math.arrears(terms, books, now),
      reserveTarget: math.reserveTarget(terms, now),
      defaultAllowed: live && state.status === BondStatus.Active && math.defaultAllowed(terms, books, now),
      cureAmount: math.cureAmount(terms, books, now),
      redeemable: live && math.redeemable(terms, books, now),
      collateralPayable: live && math.collateralPayable(terms, books, now),
      discharged: live && state.status !== BondStatus.Closed && math.discharged(terms, books, now),
    };
  }

  /** Coupons a bond-token account can claim now (0 without a checkpoint). */
  async couponsClaimable(bond: PublicKey, tokenAccount: PublicKey, at?: bigint): Promise<bigint> {
    const holder = await this.holder(bond, tokenAccount);
    if (!holder) return 0n;
    return math.couponsClaimable(await this.bond(bond), holder, at ?? (await clusterTime(this.provider.connection)));
  }

  /** What `redeem(amount)` from `tokenAccount` would pay now. */
  async redemptionValue(bond: PublicKey, tokenAccount: PublicKey, amount: bigint, at?: bigint): Promise<{ principal: bigint; collateral: bigint }> {
    const [state, holder] = [await this.bond(bond), await this.holder(bond, tokenAccount)];
    if (!holder) throw new Error(`no checkpoint for ${tokenAccount.toBase58()}: open_holder first`);
    const now = at ?? (await clusterTime(this.provider.connection));
    return math.redemptionValue(state, holder, amount, await this.vaultBalance(state), now);
  }

  /** Syncs the bond's vault through the waterfall (anyone may). */
  async sync(bond: PublicKey): Promise<string> {
    const [state, m] = [await this.bond(bond), await this.mints()];
    return syncRevenueIx(this.program, bond, state, m.iosdTokenProgram, m.iosdMint).rpc();
  }

  operator(signer: Keypair): BondOperator {
    return new BondOperator(this, signer);
  }

  investor(signer: Keypair): BondInvestor {
    return new BondInvestor(this, signer);
  }

  keeper(): BondKeeper {
    return new BondKeeper(this);
  }
}

/** An owner's associated IOSD or IO account. */
const associated = (mint: PublicKey, owner: PublicKey, tokenProgram: PublicKey) => getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);

/** What a device's operator does with its bonds: issue, pull what it is owed, repay early, cure a default. */
export class BondOperator {
  constructor(
    readonly client: BondsClient,
    readonly signer: Keypair,
  ) {}

  private get program() {
    return this.client.program;
  }

  /** Issues a bond on `device`, the collateral taken from the operator's `operatorIo`; returns its addresses. */
  async issue(
    device: PublicKey,
    p: Omit<IssueBondParams, "operator" | "device" | "poolNumber" | "market" | "iosdMint" | "iosdTokenProgram">,
  ): Promise<ReturnType<typeof bondAddresses>> {
    const config = await this.client.config();
    const poolNumber = big(config.poolCount);
    const operator = this.signer.publicKey;
    await issueBondIx(this.program, { ...p, operator, device, poolNumber, market: config.market, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram })
      .signers([this.signer])
      .rpc();
    return bondAddresses(computeTokensPdas.bondMint(poolNumber));
  }

  /** Pulls what the waterfall left the operator into `destination` (its IOSD associated account by default). */
  async claim(bond: PublicKey, destination?: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const to = destination ?? associated(m.iosdMint, this.signer.publicKey, m.iosdTokenProgram);
    return claimOperatorIx(this.program, { operator: this.signer.publicKey, pool: bond, vault: state.vault, destination: to, ...m })
      .signers([this.signer])
      .rpc();
  }

  /** Pays `amount` early from `source` (its IOSD associated account by default): coupons owed first, then principal
   * into the reserve. */
  async repay(bond: PublicKey, amount: bigint, source?: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const operatorIosd = source ?? associated(m.iosdMint, this.signer.publicKey, m.iosdTokenProgram);
    return repayPrincipalIx(this.program, { operator: this.signer.publicKey, bond, state, operatorIosd, amount, ...m })
      .signers([this.signer])
      .rpc();
  }

  /** Cures a default: pays the arrears and the reserve's shortfall (see `BondQuote.cureAmount`) from `source`. */
  async cure(bond: PublicKey, source?: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const operatorIosd = source ?? associated(m.iosdMint, this.signer.publicKey, m.iosdTokenProgram);
    return cureIx(this.program, { operator: this.signer.publicKey, bond, state, operatorIosd, ...m })
      .signers([this.signer])
      .rpc();
  }
}

/** What an investor does: subscribe, keep a checkpoint, claim coupons, redeem, or take a refund. Transfers are the
 * share pools' hooked transfer (`ComputeTokensClient.transfer`). */
export class BondInvestor {
  constructor(
    readonly client: BondsClient,
    readonly signer: Keypair,
  ) {}

  private get program() {
    return this.client.program;
  }

  private get owner() {
    return this.signer.publicKey;
  }

  /** The investor's associated bond-token account. */
  async account(bond: PublicKey): Promise<PublicKey> {
    return shareAccount((await this.client.bond(bond)).mint, this.owner);
  }

  /** Subscribes `amount` IOSD from `source` (its IOSD associated account by default); the tokens go to its associated
   * bond-token account, created with its checkpoint if missing, which is returned. */
  async subscribe(bond: PublicKey, amount: bigint, source?: PublicKey): Promise<PublicKey> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const account = shareAccount(state.mint, this.owner);
    const payer = this.client.provider.publicKey!;
    const pre = [createAssociatedTokenAccountIdempotentInstruction(payer, account, this.owner, state.mint, TOKEN_2022_PROGRAM_ID)];
    if (!(await this.client.holder(bond, account))) {
      pre.push(await openHolderIx(this.program, { payer, owner: this.owner, pool: bond, tokenAccount: account }).instruction());
    }
    const investorIosd = source ?? associated(m.iosdMint, this.owner, m.iosdTokenProgram);
    await subscribeIx(this.program, { investor: this.owner, bond, state, investorIosd, investorBonds: account, amount, ...m })
      .preInstructions(pre)
      .signers([this.signer])
      .rpc();
    return account;
  }

  /** Starts the checkpoint of a bond-token account (the associated one by default): from now on it earns coupons. */
  async openHolder(bond: PublicKey, tokenAccount?: PublicKey): Promise<PublicKey> {
    const account = tokenAccount ?? (await this.account(bond));
    const payer = this.client.provider.publicKey!;
    await openHolderIx(this.program, { payer, owner: this.owner, pool: bond, tokenAccount: account }).signers([this.signer]).rpc();
    return account;
  }

  /** Claims the coupons a bond-token account's checkpoint accrued into `destination` (its IOSD associated account). */
  async claimCoupons(bond: PublicKey, tokenAccount?: PublicKey, destination?: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const account = tokenAccount ?? shareAccount(state.mint, this.owner);
    const to = destination ?? associated(m.iosdMint, this.owner, m.iosdTokenProgram);
    return claimIx(this.program, { owner: this.owner, pool: bond, tokenAccount: account, vault: state.vault, destination: to, ...m })
      .signers([this.signer])
      .rpc();
  }

  /** Redeems `amount` tokens (0 to collect what earlier redemptions are owed now): principal into the IOSD associated
   * account, collateral after a default into the IO associated account (both created if missing). */
  async redeem(bond: PublicKey, amount: bigint, tokenAccount?: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const account = tokenAccount ?? shareAccount(state.mint, this.owner);
    const payer = this.client.provider.publicKey!;
    const destination = associated(m.iosdMint, this.owner, m.iosdTokenProgram);
    const collateralDestination = associated(state.ioMint, this.owner, state.ioTokenProgram);
    const pre = [
      createAssociatedTokenAccountIdempotentInstruction(payer, destination, this.owner, m.iosdMint, m.iosdTokenProgram),
      createAssociatedTokenAccountIdempotentInstruction(payer, collateralDestination, this.owner, state.ioMint, state.ioTokenProgram),
    ];
    if (!(await this.client.holder(bond, account))) {
      pre.push(await openHolderIx(this.program, { payer, owner: this.owner, pool: bond, tokenAccount: account }).instruction());
    }
    return redeemIx(this.program, { owner: this.owner, bond, state, tokenAccount: account, destination, collateralDestination, amount, ...m })
      .preInstructions(pre)
      .signers([this.signer])
      .rpc();
  }

  /** After a failed issue: burns `amount` bond tokens for IOSD into `destination` (its IOSD associated account). */
  async refund(bond: PublicKey, amount: bigint, tokenAccount?: PublicKey, destination?: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const ownerBonds = tokenAccount ?? shareAccount(state.mint, this.owner);
    const to = destination ?? associated(m.iosdMint, this.owner, m.iosdTokenProgram);
    return refundIx(this.program, { owner: this.owner, bond, state, ownerBonds, destination: to, amount, ...m })
      .signers([this.signer])
      .rpc();
  }
}

/** What a keeper cranks (anyone may): closing subscriptions, syncing, declaring defaults, closing finished bonds. */
export class BondKeeper {
  constructor(readonly client: BondsClient) {}

  private get program() {
    return this.client.program;
  }

  /** Closes the subscription; the principal goes to the operator's IOSD associated account (or the collateral of a
   * failed issue back to its IO associated account), which must exist. */
  async closeSubscription(bond: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const operatorIosd = associated(m.iosdMint, state.operator, m.iosdTokenProgram);
    const operatorIo = associated(state.ioMint, state.operator, state.ioTokenProgram);
    return closeSubscriptionIx(this.program, { bond, state, operatorIosd, operatorIo, ...m }).rpc();
  }

  sync(bond: PublicKey): Promise<string> {
    return this.client.sync(bond);
  }

  async declareDefault(bond: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    return declareDefaultIx(this.program, { bond, state, ...m }).rpc();
  }

  /** Closes a discharged bond (see `BondQuote.discharged`); the collateral (unless it defaulted) returns to the
   * operator's IO associated account. */
  async close(bond: PublicKey): Promise<string> {
    const [state, m] = [await this.client.bond(bond), await this.client.mints()];
    const operatorIo = associated(state.ioMint, state.operator, state.ioTokenProgram);
    return closeBondIx(this.program, { bond, state, operatorIo, ...m }).rpc();
  }

  /** Does whatever is due on `bond` now: closes its subscription when it may, syncs a live bond, declares a default
   * that is allowed, closes a finished bond. Returns what it did. */
  async crank(bond: PublicKey): Promise<Array<"closeSubscription" | "sync" | "declareDefault" | "close">> {
    const done: Array<"closeSubscription" | "sync" | "declareDefault" | "close"> = [];
    let quote = await this.client.quote(bond);
    const { bond: state, now } = quote;
    if (state.status === BondStatus.Subscribing) {
      if (now >= big(state.deadline) || big(state.raised) >= big(state.face)) {
        await this.closeSubscription(bond);
        done.push("closeSubscription");
      }
      return done;
    }
    if (state.status === BondStatus.Failed) return done;
    await this.sync(bond);
    done.push("sync");
    quote = await this.client.quote(bond);
    if (quote.defaultAllowed) {
      await this.declareDefault(bond);
      done.push("declareDefault");
    }
    if (quote.discharged) {
      await this.close(bond);
      done.push("close");
    }
    return done;
  }
}
