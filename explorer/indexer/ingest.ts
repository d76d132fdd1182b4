// Filling the index. From the embedded ledger, whoever sends a transaction hands its result over (`ingestResult`);
// from any JSON-RPC endpoint, `syncFromRpc` pages each program's signatures back to where it stopped last time
// (`getSignaturesForAddress`), then reads and stores each transaction oldest first (`getTransaction`), with retries.
// Both are idempotent by signature: a transaction seen twice is stored once.
import type { Connection } from "@solana/web3.js";
import { PublicKey } from "@solana/web3.js";
import { decodeEvents, PROGRAM_IDS, type TransactionResult } from "@io-compute/sdk";
import { type LiteSvmProvider, unixTimestamp } from "@io-compute/sdk/testing";
import type { IndexStore } from "./store";

/** Stores a transaction sent on the embedded ledger (its logs decoded again, so inner CPI events are included). */
export function ingestResult(store: IndexStore, result: Pick<TransactionResult, "signature" | "logs">, slot: number, blockTime: number): boolean {
  return store.addTransaction({ signature: result.signature, slot, blockTime, events: decodeEvents(result.logs) });
}

export interface RpcSyncOptions {
  /** Signatures per `getSignaturesForAddress` page (at most 1,000). */
  pageSize?: number;
  /** Attempts per RPC call before giving up (with a growing pause between them). */
  retries?: number;
  /** Programs to follow; all four by default. */
  programs?: string[];
}

/** What one sync did. */
export interface RpcSyncReport {
  seen: number;
  stored: number;
  events: number;
}

/** Brings the index up to date with the cluster behind `connection`, program by program. */
export async function syncFromRpc(connection: Connection, store: IndexStore, options: RpcSyncOptions = {}): Promise<RpcSyncReport> {
  const pageSize = Math.min(options.pageSize ?? 1_000, 1_000);
  const retries = options.retries ?? 5;
  const report: RpcSyncReport = { seen: 0, stored: 0, events: 0 };
  for (const program of options.programs ?? Object.values(PROGRAM_IDS)) {
    const source = `rpc:${program}`;
    const until = store.cursor(source) ?? undefined;
    // Newest first, page by page, back to the cursor; then stored oldest first, so an interrupted sync resumes.
    const signatures: { signature: string; slot: number; blockTime?: number | null; err: unknown }[] = [];
    for (let before: string | undefined; ;) {
      const page = await withRetries(retries, () =>
        connection.getSignaturesForAddress(new PublicKey(program), { before, until, limit: pageSize }, "confirmed"),
      );
      signatures.push(...page);
      if (page.length < pageSize) break;
      before = page[page.length - 1].signature;
    }
    for (const entry of signatures.reverse()) {
      report.seen += 1;
      if (entry.err || store.hasTransaction(entry.signature)) continue;
      const tx = await withRetries(retries, () => connection.getTransaction(entry.signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 }));
      if (!tx?.meta?.logMessages) throw new Error(`transaction ${entry.signature} has no logs on this endpoint`);
      const events = decodeEvents(tx.meta.logMessages);
      if (store.addTransaction({ signature: entry.signature, slot: tx.slot, blockTime: tx.blockTime ?? entry.blockTime ?? 0, events })) {
        report.stored += 1;
        report.events += events.length;
      }
    }
    if (signatures.length > 0) store.setCursor(source, signatures[signatures.length - 1].signature);
  }
  return report;
}

/** `call`, tried up to `attempts` times with 0.5 s, 1 s, 2 s ... between tries. */
async function withRetries<T>(attempts: number, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (attempt >= attempts) throw e;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1)));
    }
  }
}

/** Hands every transaction `provider` sends on the embedded ledger to the index, at the ledger's slot and clock. */
export function indexEmbedded(provider: LiteSvmProvider, store: IndexStore): void {
  provider.onTransaction = (result) => ingestResult(store, result, Number(provider.svm.getClock().slot), Number(unixTimestamp(provider.svm)));
}
