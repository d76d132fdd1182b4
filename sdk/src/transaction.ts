// What a transaction left behind (logs, compute units, our programs' events) and a keypair wallet, shared by the
// LiteSVM provider and the JSON-RPC one.
import type { Idl, Wallet } from "@coral-xyz/anchor";
import { BorshCoder } from "./anchor";
import { Keypair, PublicKey, Transaction, VersionedTransaction } from "@solana/web3.js";
import { IDLS } from "./programs";

/** What a successful transaction left behind. */
export interface TransactionResult {
  signature: string;
  logs: string[];
  computeUnits: number;
  /** Anchor events our programs emitted, decoded with their IDLs. */
  events: { program: string; name: string; data: Record<string, unknown> }[];
}

/** A wallet made of a keypair (Anchor's `Wallet` interface). */
export class KeypairWallet implements Wallet {
  constructor(readonly payer: Keypair) {}
  get publicKey(): PublicKey {
    return this.payer.publicKey;
  }
  async signTransaction<T extends Transaction | VersionedTransaction>(tx: T): Promise<T> {
    if (tx instanceof VersionedTransaction) tx.sign([this.payer]);
    else tx.partialSign(this.payer);
    return tx;
  }
  async signAllTransactions<T extends Transaction | VersionedTransaction>(txs: T[]): Promise<T[]> {
    return Promise.all(txs.map((tx) => this.signTransaction(tx)));
  }
}

/** LiteSVM's (and mainnet's) base fee. */
export const LAMPORTS_PER_SIGNATURE = 5_000n;
const eventCoders = new Map(IDLS.map((idl) => [idl.address, new BorshCoder(idl as Idl)]));

/** An event as Anchor's `Program` reports it: camelCase name and fields (`staked`, `totalStaked`). */
function camelCased(name: string, data: Record<string, unknown>) {
  const camel = (key: string) => key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  const convert = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(convert)
      : value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), convert(v)]))
        : value;
  return { name: name.charAt(0).toLowerCase() + name.slice(1), data: convert(data) as Record<string, unknown> };
}

/** Events in `logs`, each decoded by the program that was executing when it was logged (top level or CPI:
 * Anchor's EventParser misses events our programs emit inside another program's CPI). */
export function decodeEvents(logs: string[]): TransactionResult["events"] {
  const stack: string[] = [];
  const events: TransactionResult["events"] = [];
  for (const log of logs) {
    const invoke = /^Program (\w+) invoke \[\d+\]$/.exec(log);
    if (invoke) stack.push(invoke[1]);
    else if (/^Program \w+ (success|failed)/.test(log)) stack.pop();
    else if (log.startsWith("Program data: ")) {
      const program = stack[stack.length - 1];
      const event = eventCoders.get(program)?.events.decode(log.slice("Program data: ".length));
      if (event) events.push({ program, ...camelCased(event.name, event.data as Record<string, unknown>) });
    }
  }
  return events;
}
