// The subset of web3.js `Connection` that Anchor's `Program`, `@solana/spl-token` and this SDK call, answered
// from a LiteSVM instance. Anything else throws, so a missing method shows up at once instead of misbehaving.
import { AccountInfo, Commitment, Connection, GetProgramAccountsFilter, PublicKey, RpcResponseAndContext } from "@solana/web3.js";
import { utils } from "../anchor";
import { address } from "@solana/kit";
import { LiteSVM } from "litesvm";

export class LiteSvmConnection {
  /** LiteSVM executes synchronously: every result is final. */
  readonly commitment: Commitment = "confirmed";

  constructor(readonly svm: LiteSVM) {}

  private context() {
    return { slot: Number(this.svm.getClock().slot) };
  }

  async getAccountInfo(pubkey: PublicKey, _commitment?: Commitment | object): Promise<AccountInfo<Buffer> | null> {
    return this.accountInfo(pubkey);
  }

  async getAccountInfoAndContext(
    pubkey: PublicKey,
    _commitment?: Commitment | object,
  ): Promise<RpcResponseAndContext<AccountInfo<Buffer> | null>> {
    return { context: this.context(), value: this.accountInfo(pubkey) };
  }

  async getMultipleAccountsInfo(pubkeys: PublicKey[]): Promise<(AccountInfo<Buffer> | null)[]> {
    return pubkeys.map((k) => this.accountInfo(k));
  }

  async getMultipleAccountsInfoAndContext(
    pubkeys: PublicKey[],
  ): Promise<RpcResponseAndContext<(AccountInfo<Buffer> | null)[]>> {
    return { context: this.context(), value: pubkeys.map((k) => this.accountInfo(k)) };
  }

  async getBalance(pubkey: PublicKey): Promise<number> {
    return Number(this.svm.getBalance(address(pubkey.toBase58())) ?? 0n);
  }

  async getMinimumBalanceForRentExemption(dataLength: number): Promise<number> {
    return Number(this.svm.minimumBalanceForRentExemption(BigInt(dataLength)));
  }

  async getLatestBlockhash(): Promise<{ blockhash: string; lastValidBlockHeight: number }> {
    return { blockhash: this.svm.latestBlockhash(), lastValidBlockHeight: Number(this.svm.getClock().slot) + 150 };
  }

  async getSlot(): Promise<number> {
    return Number(this.svm.getClock().slot);
  }

  /** Program accounts, filtered like the RPC method (dataSize and memcmp with base58 bytes). */
  async getProgramAccounts(
    programId: PublicKey,
    config?: { filters?: GetProgramAccountsFilter[] } | Commitment,
  ): Promise<{ pubkey: PublicKey; account: AccountInfo<Buffer> }[]> {
    const filters = typeof config === "object" && config?.filters ? config.filters : [];
    return this.svm
      .getProgramAccounts(address(programId.toBase58()))
      .map((a) => ({ pubkey: new PublicKey(a.address), account: toAccountInfo(a) }))
      .filter(({ account }) =>
        filters.every((f) => {
          if ("dataSize" in f) return account.data.length === f.dataSize;
          const bytes = Buffer.from(utils.bytes.bs58.decode(f.memcmp.bytes));
          return account.data.subarray(f.memcmp.offset, f.memcmp.offset + bytes.length).equals(bytes);
        }),
      );
  }

  private accountInfo(pubkey: PublicKey): AccountInfo<Buffer> | null {
    const account = this.svm.getAccount(address(pubkey.toBase58()));
    if (!account.exists) return null;
    return toAccountInfo(account);
  }
}

function toAccountInfo(account: { data: ArrayLike<number>; programAddress: string; lamports: bigint; executable: boolean }) {
  return {
    data: Buffer.from(account.data),
    owner: new PublicKey(account.programAddress),
    lamports: Number(account.lamports),
    executable: account.executable,
    rentEpoch: 0,
  };
}

/** The connection typed as web3.js expects it, for libraries that take a `Connection`. */
export function asConnection(connection: LiteSvmConnection): Connection {
  return new Proxy(connection, {
    get(target, prop, receiver) {
      if (prop in target) return Reflect.get(target, prop, receiver);
      if (typeof prop === "symbol" || prop === "then") return undefined;
      throw new Error(`LiteSvmConnection does not implement Connection.${String(prop)}`);
    },
  }) as unknown as Connection;
}
