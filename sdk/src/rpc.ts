// An Anchor provider for a cluster's JSON-RPC: Anchor's `AnchorProvider`, except that a refused transaction
// throws the SDK's `TransactionFailedError` (the program's error name and the innermost failing program) whether
// preflight refused it or, with `skipPreflight`, the cluster executed and failed it; and that each transaction's
// logs, compute units and events are kept, as the LiteSVM provider keeps them.
import type { Wallet } from "@coral-xyz/anchor";
import { AnchorProvider, utils } from "./anchor";
import {
  Commitment,
  ConfirmOptions,
  Connection,
  SendTransactionError,
  Signer,
  Transaction,
  TransactionSignature,
  VersionedTransaction,
} from "@solana/web3.js";
import { transactionError } from "./errors";
import { decodeEvents, TransactionResult } from "./transaction";

/** How long a confirmed transaction may take to be served by `getTransaction`. */
const FETCH_ATTEMPTS = 20;
const FETCH_INTERVAL_MS = 250;

/** A confirmed transaction's logs, compute units, events and error (null when it succeeded). */
export async function fetchTransactionResult(
  connection: Connection,
  signature: TransactionSignature,
  commitment: "confirmed" | "finalized" = "confirmed",
): Promise<TransactionResult & { err: object | string | null }> {
  for (let attempt = 0; attempt < FETCH_ATTEMPTS; attempt++) {
    const tx = await connection.getTransaction(signature, { commitment, maxSupportedTransactionVersion: 0 });
    if (tx?.meta) {
      const logs = tx.meta.logMessages ?? [];
      return { signature, logs, computeUnits: tx.meta.computeUnitsConsumed ?? 0, events: decodeEvents(logs), err: tx.meta.err };
    }
    await new Promise((resolve) => setTimeout(resolve, FETCH_INTERVAL_MS));
  }
  throw new Error(`transaction ${signature} was confirmed but getTransaction does not return it`);
}

export class RpcProvider extends AnchorProvider {
  /** The last successful transaction's logs, compute units and events. */
  lastResult: TransactionResult | undefined;

  constructor(connection: Connection, wallet: Wallet, opts: ConfirmOptions = { commitment: "confirmed", preflightCommitment: "confirmed" }) {
    super(connection, wallet, opts);
  }

  async sendAndConfirm(tx: Transaction | VersionedTransaction, signers: Signer[] = [], opts: ConfirmOptions = this.opts): Promise<string> {
    return (await this.execute(tx, signers, opts)).signature;
  }

  /** Signs with the wallet (fee payer) and `signers`, sends, confirms over the websocket, and returns what the
   * transaction left behind; throws `TransactionFailedError` when it was refused or failed. */
  async execute(tx: Transaction | VersionedTransaction, signers: Signer[] = [], opts: ConfirmOptions = this.opts): Promise<TransactionResult> {
    const commitment: Commitment = opts.commitment ?? "confirmed";
    const { blockhash, lastValidBlockHeight } = await this.connection.getLatestBlockhash(opts.preflightCommitment ?? commitment);
    if (tx instanceof VersionedTransaction) {
      tx.message.recentBlockhash = blockhash;
      tx.sign(signers);
    } else {
      tx.feePayer ??= this.wallet.publicKey;
      tx.recentBlockhash = blockhash;
      if (signers.length > 0) tx.partialSign(...signers);
    }
    const signed = await this.wallet.signTransaction(tx);
    const raw = signed.serialize();
    const signature = utils.bytes.bs58.encode(signed instanceof VersionedTransaction ? signed.signatures[0] : signed.signature!);
    try {
      await this.connection.sendRawTransaction(raw, { skipPreflight: opts.skipPreflight, preflightCommitment: opts.preflightCommitment, maxRetries: opts.maxRetries });
    } catch (error) {
      if (error instanceof SendTransactionError) throw await this.preflightError(signed, error);
      throw error;
    }
    const status = await this.connection.confirmTransaction({ signature, blockhash, lastValidBlockHeight }, commitment);
    const result = await fetchTransactionResult(this.connection, signature, commitment === "finalized" ? "finalized" : "confirmed");
    const err = status.value.err ?? result.err;
    if (err) throw transactionError(result.logs, err, signature);
    this.lastResult = { signature: result.signature, logs: result.logs, computeUnits: result.computeUnits, events: result.events };
    return this.lastResult;
  }

  /** Preflight's refusal, named: web3.js keeps only a message and the logs, so the transaction is simulated
   * again for the runtime's structured error. */
  private async preflightError(tx: Transaction | VersionedTransaction, error: SendTransactionError) {
    const logs = error.logs ?? [];
    const versioned = tx instanceof VersionedTransaction ? tx : new VersionedTransaction(tx.compileMessage());
    const simulated = await this.connection
      .simulateTransaction(versioned, { sigVerify: false, replaceRecentBlockhash: true, commitment: this.opts.preflightCommitment })
      .catch(() => undefined);
    const err = simulated?.value.err;
    if (err) return transactionError(simulated!.value.logs ?? logs, err);
    return transactionError(logs, error.transactionError.message);
  }
}
