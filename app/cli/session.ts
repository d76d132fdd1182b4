// io-compute's session: the command line for every role, on a persistent embedded ledger (LiteSVM, saved to a file after
// each command) by default, or on any JSON-RPC endpoint with --url. Every command goes through the SDK.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as readline from "readline";
import { Command } from "commander";
import Table from "cli-table3";
import { Connection, Keypair, PublicKey, SendTransactionError } from "@solana/web3.js";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import type { Provider } from "@coral-xyz/anchor";
import { LiteSVM } from "litesvm";
import {
  clusterTime,
  computeTokens,
  IDLS,
  TransactionFailedError,
  type TransactionResult,
  formatUnits,
  ioStaking,
  iosd,
  KeypairWallet,
  parseUnits,
  rentalEscrow,
  RpcProvider,
} from "@io-compute/sdk";
import { createLiteSvmUmi, createSvm, LiteSvmProvider, setUnixTimestamp, unixTimestamp } from "@io-compute/sdk/testing";
import { mplTokenMetadata } from "@metaplex-foundation/mpl-token-metadata";
import type { Umi } from "@metaplex-foundation/umi";
import { createUmi } from "@metaplex-foundation/umi-bundle-defaults";
import { ingestResult } from "../../explorer/indexer/ingest";
import { indexFileFor, SqliteStore } from "../../explorer/indexer/store";
import { jsonBigint } from "../../migrations/deploy";

export const IOSD_DECIMALS = 6;
export const CLUSTERS: Record<string, string> = { localhost: "http://127.0.0.1:8899", devnet: "https://api.devnet.solana.com" };
export const DEFAULT_LEDGER = path.join(os.homedir(), ".io-compute", "ledger.bin");
export const DEFAULT_KEYPAIR = path.join(os.homedir(), ".config", "solana", "id.json");
/** The local Pyth price account `dev price` writes (any address owned by the receiver works). */
export const DEV_PRICE_ACCOUNT = PublicKey.findProgramAddressSync([Buffer.from("io-compute-dev-price")], iosd.PYTH_RECEIVER_PROGRAM_ID)[0];

/** A refusal for people: one line, exit code 1, no stack trace. */
export class CliError extends Error {}

/** One line for people: a program's error name and its IDL message, or the first line of anything else. */
export function describeError(e: unknown): string {
  if (e instanceof TransactionFailedError) {
    const idl = IDLS.find((i) => i.address === e.programId);
    const message = idl?.errors?.find((x) => x.code === e.code)?.msg ?? e.message.split("\n")[0];
    return `${e.errorName}${idl ? ` (${idl.metadata.name})` : ""}: ${message}`;
  }
  if (e instanceof SendTransactionError) {
    // Refused outside our programs (the loader, System, a token program): the runtime's reason and the failing log line.
    const failed = e.logs?.filter((line) => / failed: /.test(line)).pop();
    return `transaction refused: ${e.transactionError.message}${failed ? ` (${failed})` : ""}`;
  }
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
}

export interface Globals {
  url?: string;
  ledger: string;
  keypair: string;
  json?: boolean;
  yes?: boolean;
}

/** The ledger a command runs on, and what it needs from it. */
export class Session {
  private constructor(
    readonly provider: Provider,
    readonly signer: Keypair,
    readonly globals: Globals,
    private readonly svm?: LiteSVM,
  ) {}

  static async open(globals: Globals): Promise<Session> {
    const embedded = globals.url === undefined || globals.url === "embedded";
    const signer = loadKeypair(globals.keypair, embedded);
    if (!embedded) {
      const url = CLUSTERS[globals.url!] ?? globals.url!;
      return new Session(new RpcProvider(new Connection(url, "confirmed"), new KeypairWallet(signer)), signer, globals);
    }
    // A new ledger has the four programs at their Anchor.toml ids, upgradeable by this keypair (the deployer).
    const restored = fs.existsSync(globals.ledger);
    const svm = restored ? LiteSVM.loadFromFile(globals.ledger) : createSvm(signer.publicKey);
    if (!restored) setUnixTimestamp(svm, BigInt(Math.floor(Date.now() / 1000))); // a new ledger starts at the wall's time
    // A restored ledger keeps its last blockhash: a fresh one, so no transaction repeats an earlier signature.
    svm.expireBlockhash();
    const provider = new LiteSvmProvider(svm, signer);
    const session = new Session(provider, signer, globals, svm);
    provider.onTransaction = (result) => session.sent.push({ result, slot: Number(svm.getClock().slot), time: Number(unixTimestamp(svm)) });
    return session;
  }

  get embedded(): boolean {
    return this.svm !== undefined;
  }

  /** The embedded ledger, for `dev` commands; refused on a real cluster. */
  devLedger(): LiteSVM {
    if (!this.svm) throw new CliError("dev commands run on the embedded ledger only (drop --url)");
    return this.svm;
  }

  /** Transactions this command sent on the embedded ledger, for the explorer's index once the ledger is saved. */
  private readonly sent: { result: TransactionResult; slot: number; time: number }[] = [];

  /** Saves the embedded ledger after a successful command, then hands its transactions to the index beside it (a
   * failed command saves neither, so the index never holds a transaction the ledger file does not). */
  save() {
    if (!this.svm) return;
    fs.mkdirSync(path.dirname(this.globals.ledger), { recursive: true });
    this.svm.saveToFile(this.globals.ledger);
    const store = new SqliteStore(indexFileFor(this.globals.ledger));
    try {
      for (const { result, slot, time } of this.sent) ingestResult(store, result, slot, time);
    } finally {
      store.close();
    }
  }

  /** The events of the last transaction this session sent (both providers keep its result). */
  lastEvents(): TransactionResult["events"] {
    return (this.provider as { lastResult?: TransactionResult }).lastResult?.events ?? [];
  }

  now(): Promise<bigint> {
    return this.svm ? Promise.resolve(unixTimestamp(this.svm)) : clusterTime(this.provider.connection);
  }

  staking() {
    return ioStaking.IoStakingClient.forProvider(this.provider);
  }

  escrow() {
    return rentalEscrow.RentalEscrowClient.forProvider(this.provider);
  }

  shares() {
    return computeTokens.ComputeTokensClient.forProvider(this.provider);
  }

  bonds() {
    return computeTokens.BondsClient.forProvider(this.provider);
  }

  /** Umi on the same ledger: the embedded one, or Umi's own RPC to the cluster. */
  umi(): Umi {
    return this.svm ? createLiteSvmUmi(this.svm) : createUmi(this.provider.connection.rpcEndpoint, { commitment: "confirmed" }).use(mplTokenMetadata());
  }

  nfts() {
    return computeTokens.NftClient.forProvider(this.provider, this.umi());
  }

  async stakingConfig() {
    const config = await ioStaking.ioStakingProgram(this.provider).account.config.fetchNullable(ioStaking.ioStakingPdas.config());
    if (!config) throw new CliError("io_staking is not initialized here: run `io-compute deploy` first");
    return config;
  }

  /** `text` IO as base units (exact decimals). */
  async io(text: string): Promise<bigint> {
    return amount(text, (await this.stakingConfig()).ioDecimals);
  }

  /** The signer's associated account of `mint`. */
  ata(mint: PublicKey, tokenProgram: PublicKey, owner = this.signer.publicKey): PublicKey {
    return getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);
  }

  /** Asks before spending (skipped with --yes); without a terminal to ask on, refuses. */
  async confirm(question: string): Promise<void> {
    if (this.globals.yes) return;
    if (!process.stdin.isTTY) throw new CliError(`${question} Pass --yes to confirm without a terminal.`);
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    const answer = await new Promise<string>((resolve) => rl.question(`${question} [y/N] `, resolve));
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) throw new CliError("cancelled");
  }

  /** Prints `data` as JSON (--json: bigints as exact base-unit strings) or as lines for people. */
  print(data: Record<string, unknown>, human: () => string) {
    console.log(this.globals.json ? JSON.stringify(data, jsonBigint) : human());
  }
}

export function loadKeypair(file: string, createIfMissing: boolean): Keypair {
  if (!fs.existsSync(file)) {
    if (!createIfMissing) throw new CliError(`no keypair at ${file}: pass --keypair, or create one with solana-keygen`);
    const keypair = Keypair.generate();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(Array.from(keypair.secretKey)), { mode: 0o600 });
    console.error(`created a new keypair at ${file} (${keypair.publicKey.toBase58()}) for the embedded ledger`);
    return keypair;
  }
  return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(fs.readFileSync(file, "utf8"))));
}

export function amount(text: string, decimals: number): bigint {
  try {
    return parseUnits(text, decimals);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

export function pubkey(text: string, what: string): PublicKey {
  try {
    return new PublicKey(text);
  } catch {
    throw new CliError(`not a ${what} address: "${text}"`);
  }
}

/** "90", "90s", "15m", "2h", "3d" as seconds. */
export function duration(text: string): bigint {
  const match = /^(\d+)([smhd]?)$/.exec(text.trim());
  if (!match) throw new CliError(`not a duration (like 90s, 15m, 2h, 3d): "${text}"`);
  return BigInt(match[1]) * { "": 1n, s: 1n, m: 60n, h: 3_600n, d: 86_400n }[match[2] as "" | "s" | "m" | "h" | "d"];
}

export const ioText = (value: bigint, decimals: number) => `${formatUnits(value, decimals)} IO`;
export const usdText = (value: bigint) => `${formatUnits(value, IOSD_DECIMALS)} IOSD`;

export function table(head: string[], rows: (string | number)[][]): string {
  const t = new Table({ head, style: { head: [], border: [] } });
  t.push(...rows.map((r) => r.map(String)));
  return t.toString();
}

/** Declares a command whose action runs in a session and saves the embedded ledger when it succeeds. */
export function command(parent: Command, spec: string, description: string, action: (s: Session, ...args: never[]) => Promise<void>) {
  return parent
    .command(spec)
    .description(description)
    .action(async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const session = await Session.open(cmd.optsWithGlobals<Globals>());
      await (action as (s: Session, ...a: unknown[]) => Promise<void>)(session, ...args.slice(0, -1));
      session.save();
    });
}

/** A device account, or a one-line refusal. */
export async function loadDevice(s: Session, key: PublicKey) {
  return s
    .escrow()
    .device(key)
    .catch(() => {
      throw new CliError(`no device at ${key.toBase58()}`);
    });
}

/** Decimals of a device's payment token (IO or IOSD). */
export async function paymentDecimals(s: Session, d: rentalEscrow.Device): Promise<number> {
  const config = await s.stakingConfig();
  return d.paymentMint.equals(config.ioMint) ? config.ioDecimals : IOSD_DECIMALS;
}
