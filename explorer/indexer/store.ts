// The indexer's storage behind one narrow interface (`IndexStore`): transactions by signature with their decoded
// program events, and a resume cursor per source. `SqliteStore` keeps it in one SQLite file (better-sqlite3) with
// numbered schema migrations (PRAGMA user_version). A PostgreSQL store would implement the same interface.
import Database from "better-sqlite3";
import { BN } from "@coral-xyz/anchor";
import * as fs from "fs";
import * as path from "path";

/** One decoded program event, as the SDK's `decodeEvents` returns it (inner CPI events included). */
export interface ProgramEvent {
  program: string;
  name: string;
  data: Record<string, unknown>;
}

/** A transaction as the indexer stores it. */
export interface IndexedTransaction {
  signature: string;
  slot: number;
  /** Unix seconds (the block time, or the embedded ledger's clock). */
  blockTime: number;
  events: ProgramEvent[];
}

/** A stored event with its transaction's place and time. */
export interface StoredEvent extends ProgramEvent {
  signature: string;
  slot: number;
  blockTime: number;
  /** The event's position in its transaction. */
  index: number;
}

export interface IndexStore {
  /** Stores a transaction and its events once: false (and nothing written) when its signature is already there. */
  addTransaction(tx: IndexedTransaction): boolean;
  hasTransaction(signature: string): boolean;
  transactionCount(): number;
  /** Events in ledger order (slot, then transaction, then position), optionally of one name or program. */
  events(filter?: { name?: string; program?: string }): StoredEvent[];
  /** Where a source stopped (its newest signature fully indexed), to resume from. */
  cursor(source: string): string | null;
  setCursor(source: string, signature: string): void;
  close(): void;
}

/** Schema migrations, applied in order once each; the database records how many ran (PRAGMA user_version). */
const MIGRATIONS = [
  `CREATE TABLE transactions (
     signature TEXT PRIMARY KEY,
     slot INTEGER NOT NULL,
     block_time INTEGER NOT NULL
   );
   CREATE TABLE events (
     signature TEXT NOT NULL REFERENCES transactions(signature),
     position INTEGER NOT NULL,
     program TEXT NOT NULL,
     name TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (signature, position)
   );
   CREATE INDEX events_by_name ON events(name);
   CREATE TABLE cursors (source TEXT PRIMARY KEY, signature TEXT NOT NULL);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The index kept beside an embedded ledger file (`ledger.bin` -> `ledger.index.sqlite`). */
export const indexFileFor = (ledger: string): string => `${ledger.replace(/\.bin$/, "")}.index.sqlite`;

/** The type of `plain(value)`: what a `T` becomes as JSON (the dashboard's view of the API's types). */
export type Plain<T> = T extends bigint | { toBase58(): string } | { toTwos(width: number): unknown }
  ? string
  : T extends (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;

/** Any value as plain JSON values: integers (bigint, BN) as exact decimal strings, public keys in base58. Done
 * before `JSON.stringify`, which would otherwise call BN's own `toJSON` (hexadecimal). */
export function plain(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value && typeof value === "object") {
    if (typeof (value as { toBase58?: unknown }).toBase58 === "function") return (value as { toBase58(): string }).toBase58();
    if (BN.isBN(value)) return (value as BN).toString(10);
    if (Array.isArray(value)) return value.map(plain);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const serialize = (data: Record<string, unknown>) => JSON.stringify(plain(data));

export class SqliteStore implements IndexStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("foreign_keys = ON");
    this.migrate();
  }

  /** Runs the migrations this file has not seen yet, each in its own transaction. */
  private migrate() {
    const applied = this.db.pragma("user_version", { simple: true }) as number;
    if (applied > MIGRATIONS.length) throw new Error(`index database schema ${applied} is newer than this indexer's ${MIGRATIONS.length}`);
    for (let version = applied; version < MIGRATIONS.length; version++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[version]);
        this.db.pragma(`user_version = ${version + 1}`);
      })();
    }
  }

  schemaVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  addTransaction(tx: IndexedTransaction): boolean {
    return this.db.transaction(() => {
      const inserted = this.db
        .prepare("INSERT OR IGNORE INTO transactions (signature, slot, block_time) VALUES (?, ?, ?)")
        .run(tx.signature, tx.slot, tx.blockTime);
      if (inserted.changes === 0) return false;
      const insert = this.db.prepare("INSERT INTO events (signature, position, program, name, data) VALUES (?, ?, ?, ?, ?)");
      tx.events.forEach((event, position) => insert.run(tx.signature, position, event.program, event.name, serialize(event.data)));
      return true;
    })();
  }

  hasTransaction(signature: string): boolean {
    return this.db.prepare("SELECT 1 FROM transactions WHERE signature = ?").get(signature) !== undefined;
  }

  transactionCount(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM transactions").get() as { n: number }).n;
  }

  events(filter: { name?: string; program?: string } = {}): StoredEvent[] {
    const rows = this.db
      .prepare(
        `SELECT e.signature, e.position, e.program, e.name, e.data, t.slot, t.block_time
           FROM events e JOIN transactions t ON t.signature = e.signature
          WHERE (@name IS NULL OR e.name = @name) AND (@program IS NULL OR e.program = @program)
          ORDER BY t.slot, t.rowid, e.position`,
      )
      .all({ name: filter.name ?? null, program: filter.program ?? null }) as {
      signature: string;
      position: number;
      program: string;
      name: string;
      data: string;
      slot: number;
      block_time: number;
    }[];
    return rows.map((r) => ({
      signature: r.signature,
      index: r.position,
      program: r.program,
      name: r.name,
      data: JSON.parse(r.data),
      slot: r.slot,
      blockTime: r.block_time,
    }));
  }

  cursor(source: string): string | null {
    return (this.db.prepare("SELECT signature FROM cursors WHERE source = ?").get(source) as { signature: string } | undefined)?.signature ?? null;
  }

  setCursor(source: string, signature: string): void {
    this.db
      .prepare("INSERT INTO cursors (source, signature) VALUES (?, ?) ON CONFLICT(source) DO UPDATE SET signature = excluded.signature")
      .run(source, signature);
  }

  close(): void {
    this.db.close();
  }
}
