// Where the explorer reads from: an embedded ledger file (as the demo and the CLI leave it, with the index beside it)
// or any JSON-RPC endpoint (the index filled from the cluster's history). Current state is read through the SDK on
// `provider`; history comes from `store`. `refresh` brings both up to date before each request.
import * as fs from "fs";
import * as path from "path";
import { Connection, Keypair } from "@solana/web3.js";
import type { Provider } from "@coral-xyz/anchor";
import { LiteSVM } from "litesvm";
import { clusterTime, KeypairWallet, RpcProvider } from "@io-compute/sdk";
import { LiteSvmProvider, unixTimestamp } from "@io-compute/sdk/testing";
import { syncFromRpc } from "../indexer/ingest";
import { indexFileFor, SqliteStore, type IndexStore } from "../indexer/store";

/** Where `npm start` leaves the demo's ledger (and its index beside it). */
export const DEMO_LEDGER = path.join(__dirname, "..", "..", ".io-compute-demo", "ledger.bin");

export interface ExplorerSource {
  readonly description: string;
  readonly store: IndexStore;
  provider(): Provider;
  /** The ledger's clock (unix seconds). */
  now(): Promise<bigint>;
  /** Brings current state and the index up to date. */
  refresh(): Promise<void>;
  close(): void;
}

/** An embedded ledger file, reloaded whenever the file changes (the CLI saves it after each command). The explorer
 * never writes it: the read-only provider's fee payer exists only in memory. */
export class LedgerSource implements ExplorerSource {
  readonly store: IndexStore;
  private svm!: LiteSVM;
  private loadedAt = -1;

  constructor(
    private readonly ledger: string,
    index = indexFileFor(ledger),
  ) {
    if (!fs.existsSync(ledger)) throw new Error(`no ledger file at ${ledger}`);
    this.store = new SqliteStore(index);
    this.load();
  }

  get description() {
    return `embedded ledger ${this.ledger}`;
  }

  private load() {
    const modified = fs.statSync(this.ledger).mtimeMs;
    if (modified === this.loadedAt) return;
    this.svm = LiteSVM.loadFromFile(this.ledger);
    this.loadedAt = modified;
  }

  provider(): Provider {
    return new LiteSvmProvider(this.svm, Keypair.generate());
  }

  async now() {
    return unixTimestamp(this.svm);
  }

  async refresh() {
    this.load();
  }

  close() {
    this.store.close();
  }
}

/** A JSON-RPC endpoint: the index synced from each program's history at most every `syncEvery` milliseconds. */
export class RpcSource implements ExplorerSource {
  readonly store: IndexStore;
  private readonly rpc: RpcProvider;
  private lastSync = 0;
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly url: string,
    index: string,
    private readonly syncEvery = 5_000,
  ) {
    this.store = new SqliteStore(index);
    this.rpc = new RpcProvider(new Connection(url, "confirmed"), new KeypairWallet(Keypair.generate()));
  }

  get description() {
    return `JSON-RPC ${this.url}`;
  }

  provider(): Provider {
    return this.rpc;
  }

  now() {
    return clusterTime(this.rpc.connection);
  }

  async refresh() {
    if (Date.now() - this.lastSync < this.syncEvery) return this.syncing;
    this.lastSync = Date.now();
    this.syncing = syncFromRpc(this.rpc.connection, this.store).then(() => undefined);
    return this.syncing;
  }

  close() {
    this.store.close();
  }
}
