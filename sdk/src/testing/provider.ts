// An Anchor `Provider` backed by an in-process LiteSVM: Anchor builds and signs web3.js v1 transactions,
// LiteSVM 1.5 executes @solana/kit transactions, so each one is serialized and decoded with kit's decoder.
import type { Provider } from "@coral-xyz/anchor";
import { utils } from "../anchor";
import { Connection, Keypair, PublicKey, Signer, Transaction, VersionedTransaction } from "@solana/web3.js";
import { address, getTransactionDecoder, lamports } from "@solana/kit";
import { FailedTransactionMetadata, LiteSVM } from "litesvm";
import { asConnection, LiteSvmConnection } from "./connection";
import { decodeEvents, KeypairWallet, LAMPORTS_PER_SIGNATURE, transactionError, TransactionResult } from "@io-compute/sdk";

const decoder = getTransactionDecoder();

export class LiteSvmProvider implements Provider {
  readonly connection: Connection;
  readonly liteConnection: LiteSvmConnection;
  readonly wallet: KeypairWallet;
  /** The last successful transaction's logs, compute units and events. */
  lastResult: TransactionResult | undefined;
  /** Lamports the fee payer paid for the last transaction, successful or not (5,000 per signature). */
  lastFee = 0n;
  /** Called with every successful transaction (an indexer's feed on the embedded ledger). */
  onTransaction: ((result: TransactionResult) => void) | undefined;

  constructor(readonly svm: LiteSVM, payer: Keypair = Keypair.generate()) {
    this.liteConnection = new LiteSvmConnection(svm);
    this.connection = asConnection(this.liteConnection);
    this.wallet = new KeypairWallet(payer);
    // The fee payer starts with 1,000 SOL, unless it has SOL already (a ledger restored with `loadFromFile`).
    if ((svm.getBalance(address(payer.publicKey.toBase58())) ?? 0n) === 0n) this.airdrop(payer.publicKey, 1_000_000_000_000n);
  }

  get publicKey(): PublicKey {
    return this.wallet.publicKey;
  }

  airdrop(to: PublicKey, amount: bigint): void {
    const result = this.svm.airdrop(address(to.toBase58()), lamports(amount));
    if (!result || result instanceof FailedTransactionMetadata) throw new Error(`airdrop to ${to.toBase58()} failed`);
  }

  async send(tx: Transaction | VersionedTransaction, signers?: Signer[]): Promise<string> {
    return this.sendAndConfirm(tx, signers);
  }

  /** Signs with the wallet (fee payer) and `signers`, executes, and throws `TransactionFailedError` on failure. */
  async sendAndConfirm(tx: Transaction | VersionedTransaction, signers: Signer[] = []): Promise<string> {
    return this.execute(tx, signers).signature;
  }

  execute(tx: Transaction | VersionedTransaction, signers: Signer[] = []): TransactionResult {
    const bytes = this.signed(tx, signers);
    this.lastFee = BigInt(tx.signatures.length) * LAMPORTS_PER_SIGNATURE;
    const result = this.svm.sendTransaction(decoder.decode(bytes) as never);
    // A fresh blockhash for the next transaction, so an identical retry is not rejected as a duplicate.
    this.svm.expireBlockhash();
    const meta = result instanceof FailedTransactionMetadata ? result.meta() : result;
    const logs = meta.logs();
    if (result instanceof FailedTransactionMetadata) throw transactionError(logs, result.err().toString(), utils.bytes.bs58.encode(Buffer.from(meta.signature())));
    const events = decodeEvents(logs);
    this.lastResult = {
      signature: utils.bytes.bs58.encode(Buffer.from(meta.signature())),
      logs,
      computeUnits: Number(meta.computeUnitsConsumed()),
      events,
    };
    this.onTransaction?.(this.lastResult);
    return this.lastResult;
  }

  /** Runs `tx` without committing anything: its compute units and logs (`TransactionFailedError` on failure). */
  dryRun(tx: Transaction | VersionedTransaction, signers: Signer[] = []): { computeUnits: number; logs: string[] } {
    const result = this.svm.simulateTransaction(decoder.decode(this.signed(tx, signers)) as never);
    if (result instanceof FailedTransactionMetadata) {
      const meta = result.meta();
      throw transactionError(meta.logs(), result.err().toString(), utils.bytes.bs58.encode(Buffer.from(meta.signature())));
    }
    const meta = result.meta();
    return { computeUnits: Number(meta.computeUnitsConsumed()), logs: meta.logs() };
  }

  /** `tx` signed by the wallet (fee payer) and `signers` on the SVM's latest blockhash, serialized. */
  private signed(tx: Transaction | VersionedTransaction, signers: Signer[]): Uint8Array {
    if (tx instanceof VersionedTransaction) {
      tx.message.recentBlockhash = this.svm.latestBlockhash();
      tx.sign([this.wallet.payer, ...signers]);
      return tx.serialize();
    }
    tx.feePayer ??= this.publicKey;
    tx.recentBlockhash = this.svm.latestBlockhash();
    const unique = new Map([this.wallet.payer, ...signers].map((s) => [s.publicKey.toBase58(), s]));
    tx.sign(...unique.values());
    return tx.serialize();
  }

  /** Sends the instructions in one transaction. */
  async sendInstructions(
    instructions: import("@solana/web3.js").TransactionInstruction[],
    signers: Signer[] = [],
  ): Promise<TransactionResult> {
    return this.execute(new Transaction().add(...instructions), signers);
  }
}
