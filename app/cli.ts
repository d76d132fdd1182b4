// io-compute: the command line for every role, on a persistent embedded ledger (LiteSVM, saved to a file after
// each command) by default, or on any JSON-RPC endpoint with --url. Every command goes through the SDK.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Command, Option } from "commander";
import Table from "cli-table3";
import { Presets, SingleBar } from "cli-progress";
import { Connection, Keypair, PublicKey } from "@solana/web3.js";
import { getAssociatedTokenAddressSync, getMint } from "@solana/spl-token";
import type { Provider } from "@coral-xyz/anchor";
import { LiteSVM } from "litesvm";
import {
  big,
  clusterTime,
  computeTokens,
  createAta,
  formatUnits,
  IDLS,
  ioStaking,
  iosd,
  KeypairWallet,
  mintTo,
  parseUnits,
  rentalEscrow,
  RpcProvider,
  tokenBalance,
  TransactionFailedError,
} from "@io-compute/sdk";
import { advanceClock, createSvm, LiteSvmProvider, setUnixTimestamp, unixTimestamp, writePriceUpdate } from "@io-compute/sdk/testing";
import { initializeAll, jsonBigint, readConfig } from "../migrations/deploy";

const IOSD_DECIMALS = 6;
const CLUSTERS: Record<string, string> = { localhost: "http://127.0.0.1:8899", devnet: "https://api.devnet.solana.com" };
const DEFAULT_LEDGER = path.join(os.homedir(), ".io-compute", "ledger.bin");
const DEFAULT_KEYPAIR = path.join(os.homedir(), ".config", "solana", "id.json");
/** The local Pyth price account `dev price` writes (any address owned by the receiver works). */
const DEV_PRICE_ACCOUNT = PublicKey.findProgramAddressSync([Buffer.from("io-compute-dev-price")], iosd.PYTH_RECEIVER_PROGRAM_ID)[0];

/** A refusal for people: one line, exit code 1, no stack trace. */
class CliError extends Error {}

interface Globals {
  url?: string;
  ledger: string;
  keypair: string;
  json?: boolean;
  yes?: boolean;
}

/** The ledger a command runs on, and what it needs from it. */
class Session {
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
    return new Session(new LiteSvmProvider(svm, signer), signer, globals, svm);
  }

  get embedded(): boolean {
    return this.svm !== undefined;
  }

  /** The embedded ledger, for `dev` commands; refused on a real cluster. */
  devLedger(): LiteSVM {
    if (!this.svm) throw new CliError("dev commands run on the embedded ledger only (drop --url)");
    return this.svm;
  }

  /** Saves the embedded ledger after a successful command. */
  save() {
    if (!this.svm) return;
    fs.mkdirSync(path.dirname(this.globals.ledger), { recursive: true });
    this.svm.saveToFile(this.globals.ledger);
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

  /** Prints `data` as JSON (--json: bigints as exact base-unit strings) or as lines for people. */
  print(data: Record<string, unknown>, human: () => string) {
    console.log(this.globals.json ? JSON.stringify(data, jsonBigint) : human());
  }
}

function loadKeypair(file: string, createIfMissing: boolean): Keypair {
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

function amount(text: string, decimals: number): bigint {
  try {
    return parseUnits(text, decimals);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

function pubkey(text: string, what: string): PublicKey {
  try {
    return new PublicKey(text);
  } catch {
    throw new CliError(`not a ${what} address: "${text}"`);
  }
}

/** "90", "90s", "15m", "2h", "3d" as seconds. */
function duration(text: string): bigint {
  const match = /^(\d+)([smhd]?)$/.exec(text.trim());
  if (!match) throw new CliError(`not a duration (like 90s, 15m, 2h, 3d): "${text}"`);
  return BigInt(match[1]) * { "": 1n, s: 1n, m: 60n, h: 3_600n, d: 86_400n }[match[2] as "" | "s" | "m" | "h" | "d"];
}

const ioText = (value: bigint, decimals: number) => `${formatUnits(value, decimals)} IO`;
const usdText = (value: bigint) => `${formatUnits(value, IOSD_DECIMALS)} IOSD`;

function table(head: string[], rows: (string | number)[][]): string {
  const t = new Table({ head, style: { head: [], border: [] } });
  t.push(...rows.map((r) => r.map(String)));
  return t.toString();
}

const program = new Command("io-compute")
  .description("GPU compute marketplace: staking, IOSD, devices, rentals and revenue tokens, from a shell")
  .option("-u, --url <url>", "JSON-RPC URL, or localhost / devnet (default: the embedded ledger)")
  .option("--ledger <file>", "the embedded ledger's file", process.env.IO_COMPUTE_LEDGER ?? DEFAULT_LEDGER)
  .option("-k, --keypair <file>", "signer keypair", process.env.IO_COMPUTE_KEYPAIR ?? DEFAULT_KEYPAIR)
  .option("--json", "machine output (exact base units)")
  .option("-y, --yes", "skip confirmations")
  .showHelpAfterError();

/** Declares a command whose action runs in a session and saves the embedded ledger when it succeeds. */
function command(parent: Command, spec: string, description: string, action: (s: Session, ...args: never[]) => Promise<void>) {
  return parent
    .command(spec)
    .description(description)
    .action(async (...args: unknown[]) => {
      const session = await Session.open(program.opts<Globals>());
      await (action as (s: Session, ...a: unknown[]) => Promise<void>)(session, ...args.slice(0, -1));
      session.save();
    });
}

command(program, "deploy", "initialize the four programs in dependency order from a config file (idempotent)", async (s, opts: { config: string }) => {
  const steps = await initializeAll(s.provider, s.signer, readConfig(opts.config));
  s.print({ steps }, () => table(["program", "result", "detail"], steps.map((x) => [x.program, x.action, x.detail])));
}).option("-c, --config <file>", "deployment config", path.join(__dirname, "..", "migrations", "config", "localnet.json"));

command(program, "stake <amount>", "stake IO (whole units, decimals allowed)", async (s, text: string) => {
  const value = await s.io(text);
  const signature = await s.staking().stake(s.signer, value);
  s.print({ signature, staked: value }, () => `staked ${text} IO`);
});
command(program, "unstake <amount>", "request an unstake: the amount waits out the cooldown", async (s, text: string) => {
  const value = await s.io(text);
  const signature = await s.staking().requestUnstake(s.signer, value);
  s.print({ signature, requested: value }, () => `unstake of ${text} IO requested: withdraw after the cooldown`);
});
command(program, "cancel-unstake", "cancel the pending unstake", async (s) => {
  const signature = await s.staking().cancelUnstake(s.signer);
  s.print({ signature }, () => "pending unstake cancelled");
});
command(program, "withdraw", "withdraw unstaked IO after the cooldown", async (s) => {
  const signature = await s.staking().withdraw(s.signer);
  s.print({ signature }, () => "withdrawn");
});
command(program, "claim-rewards", "claim staking rewards", async (s) => {
  const signature = await s.staking().claimRewards(s.signer);
  s.print({ signature }, () => "rewards claimed");
});

const staking = program.command("staking").description("staking views");
command(staking, "status [owner]", "a position: staked, bonded, pending unstake and cooldown, rewards, priority tier", async (s, owner?: string) => {
  const key = owner ? pubkey(owner, "owner") : s.signer.publicKey;
  const config = await s.stakingConfig();
  const position = await s.staking().position(key);
  const now = await s.now();
  const rewards = position ? await s.staking().pendingRewards(key, now) : 0n;
  const priority = await s.escrow().renterPriority(key);
  const cooldownLeft = position && big(position.pendingUnstake) > 0n ? big(position.unlockTime) - now : 0n;
  const data = {
    owner: key,
    staked: position ? big(position.staked) : 0n,
    bonded: position ? big(position.bonded) : 0n,
    pendingUnstake: position ? big(position.pendingUnstake) : 0n,
    cooldownLeftSeconds: cooldownLeft > 0n ? cooldownLeft : 0n,
    rewards,
    tier: priority.tier,
    tierName: priority.name,
    unlocksClasses: priority.unlocksClasses,
  };
  const d = config.ioDecimals;
  s.print(data, () =>
    table(["", ""], [
      ["owner", key.toBase58()],
      ["staked", ioText(data.staked, d)],
      ["bonded", ioText(data.bonded, d)],
      ["pending unstake", `${ioText(data.pendingUnstake, d)}${data.cooldownLeftSeconds > 0n ? `, ${data.cooldownLeftSeconds} s of cooldown left` : ""}`],
      ["rewards", ioText(rewards, d)],
      ["priority tier", `${priority.name}${priority.unlocksClasses.length ? ` (unlocks classes ${priority.unlocksClasses.join(", ")})` : ""}`],
    ]),
  );
});

const iosdCommand = program.command("iosd").description("IOSD: burn IO for USD-pegged IOSD at the oracle price");
command(iosdCommand, "quote <io>", "how much IOSD burning <io> IO mints now", async (s, text: string) => {
  const config = await iosd.fetchIosdConfig(iosd.iosdProgram(s.provider));
  const value = await s.io(text);
  const update = await priceUpdate(s);
  const quote = iosd.quoteMintIosd(config, update, value, await s.now());
  const decimals = (await s.stakingConfig()).ioDecimals;
  s.print({ ...quote }, () => `${text} IO -> ${usdText(quote.iosdOut)} (fee ${ioText(quote.fee, decimals)}, burned ${ioText(quote.ioBurned, decimals)})`);
});
command(iosdCommand, "mint <io>", "burn <io> IO for IOSD, refusing less than the quote minus --slippage", async (s, text: string, opts: { slippageBps: string }) => {
  const iosdProgram = iosd.iosdProgram(s.provider);
  const config = await iosd.fetchIosdConfig(iosdProgram);
  const value = await s.io(text);
  const quote = iosd.quoteMintIosd(config, await priceUpdate(s), value, await s.now());
  const minOut = (quote.iosdOut * (10_000n - BigInt(opts.slippageBps))) / 10_000n;
  const userIosd = await createAta(s.provider, iosd.iosdPdas.iosdMint(), s.signer.publicKey, config.iosdTokenProgram);
  const ix = await iosd.mintIosdFromConfig(iosdProgram, {
    user: s.signer.publicKey,
    priceUpdate: DEV_PRICE_ACCOUNT,
    userIo: s.ata(config.ioMint, config.ioTokenProgram),
    userIosd,
    ioAmount: value,
    minIosdOut: minOut,
  });
  const signature = await ix.signers([s.signer]).rpc();
  const balance = await tokenBalance(s.provider, userIosd, config.iosdTokenProgram);
  s.print({ signature, ioBurned: value, minIosdOut: minOut, iosdBalance: balance }, () => `minted; IOSD balance ${usdText(balance)}`);
}).option("--slippage-bps <bps>", "accept this much below the quote", "50");

async function priceUpdate(s: Session): Promise<iosd.PriceUpdate> {
  const info = await s.provider.connection.getAccountInfo(DEV_PRICE_ACCOUNT);
  if (!info) throw new CliError("no IO/USD price posted yet: run `io-compute dev price <usd>` on the embedded ledger");
  return iosd.decodePriceUpdateV2(info.data);
}

const device = program.command("device").description("GPU machines: list yours, see any");
command(device, "register", "list a GPU machine (its stake is bonded from your position)", async (s, o: Record<string, string>) => {
  const config = await s.stakingConfig();
  const market = await s.escrow().market();
  const paymentMint = o.pay === "io" ? config.ioMint : market.iosdMint;
  const spec: rentalEscrow.DeviceSpec = {
    deviceId: BigInt(o.id),
    deviceClass: Number(o.class),
    gpuCount: Number(o.gpus),
    vramGb: Number(o.vram),
    region: o.region,
    pricePerGpuHour: amount(o.price, o.pay === "io" ? config.ioDecimals : IOSD_DECIMALS),
  };
  const tokenProgram = o.pay === "io" ? config.tokenProgram : market.iosdTokenProgram;
  const payout = await createAta(s.provider, paymentMint, s.signer.publicKey, tokenProgram);
  const key = await s.escrow().registerDevice(s.signer, spec, paymentMint, payout);
  s.print({ device: key, ...spec }, () => `registered ${key.toBase58()}`);
})
  .requiredOption("--id <n>", "device id (yours to choose)")
  .requiredOption("--class <n>", "device class (0-3)")
  .requiredOption("--gpus <n>", "GPU count")
  .requiredOption("--vram <gb>", "VRAM per GPU in GB")
  .requiredOption("--region <region>", "region, up to 16 bytes")
  .requiredOption("--price <amount>", "price per GPU-hour in the payment token")
  .addOption(new Option("--pay <token>", "payment token").choices(["iosd", "io"]).default("iosd"));
command(device, "show <device>", "one device: spec, price, status, reputation, bond", async (s, text: string) => {
  const key = pubkey(text, "device");
  const d = await loadDevice(s, key);
  const bonded = await s.escrow().bonded(key);
  s.print({ device: key, ...d, bonded }, () =>
    table(["", ""], [
      ["device", key.toBase58()],
      ["spec", `${d.gpuCount} GPUs x ${d.vramGb} GB, class ${d.deviceClass}, ${rentalEscrow.decodeRegion(d.region)}`],
      ["price per GPU-hour", big(d.pricePerGpuHour).toString()],
      ["status", Object.entries(rentalEscrow.DeviceStatus).find(([, v]) => v === d.status)?.[0] ?? String(d.status)],
      ["score", `${d.scoreBps / 100}%`],
      ["bonded", bonded.toString()],
    ]),
  );
});

command(device, "update <device>", "change a device's price or take it offline / back to available", async (s, text: string, o: { price?: string; status?: string }) => {
  const key = pubkey(text, "device");
  const d = await loadDevice(s, key);
  const price = o.price === undefined ? big(d.pricePerGpuHour) : amount(o.price, await paymentDecimals(s, d));
  const status = o.status === undefined ? d.status : o.status === "offline" ? rentalEscrow.DeviceStatus.Offline : rentalEscrow.DeviceStatus.Available;
  const signature = await rentalEscrow.updateDeviceIx(rentalEscrow.rentalEscrowProgram(s.provider), s.signer.publicKey, key, price, status).signers([s.signer]).rpc();
  s.print({ signature, device: key, pricePerGpuHour: price, status }, () => `updated ${key.toBase58()}`);
})
  .option("--price <amount>", "new price per GPU-hour")
  .addOption(new Option("--status <status>", "availability").choices(["available", "offline"]));
command(device, "deregister <device>", "delist a device: its bond is released (its reputation stays)", async (s, text: string) => {
  const key = pubkey(text, "device");
  await loadDevice(s, key);
  const signature = await rentalEscrow.deregisterDeviceIx(rentalEscrow.rentalEscrowProgram(s.provider), s.signer.publicKey, key).signers([s.signer]).rpc();
  s.print({ signature, device: key }, () => `deregistered ${key.toBase58()}`);
});
command(device, "list [operator]", "an operator's devices (yours by default)", async (s, owner?: string) => {
  const operator = owner ? pubkey(owner, "operator") : s.signer.publicKey;
  const all = await rentalEscrow.rentalEscrowProgram(s.provider).account.device.all([{ memcmp: { offset: 8, bytes: operator.toBase58() } }]);
  const rows = all.map((d) => ({ device: d.publicKey, id: big(d.account.deviceId), gpus: d.account.gpuCount, class: d.account.deviceClass, status: d.account.status, rentedUntil: big(d.account.rentedUntil) }));
  s.print({ devices: rows }, () => table(["device", "id", "GPUs", "class", "status", "rented until"], rows.map((r) => [r.device.toBase58(), r.id.toString(), r.gpus, r.class, r.status, r.rentedUntil.toString()])));
});

command(program, "rent <devices...>", "book one device, or several as a cluster in one transaction", async (s, texts: string[], o: { for: string; maxPrice: string }) => {
  const devices = texts.map((t) => pubkey(t, "device"));
  const first = await loadDevice(s, devices[0]);
  const maxPrice = amount(o.maxPrice, await paymentDecimals(s, first));
  const bookings = await s.escrow().bookCluster(s.signer, devices, duration(o.for), maxPrice);
  s.print({ rentals: bookings.map((b) => b.rental) }, () => bookings.map((b, i) => `rented ${devices[i].toBase58()}: rental ${b.rental.toBase58()}`).join("\n"));
})
  .requiredOption("--for <duration>", "how long (90s, 15m, 2h, 3d)")
  .requiredOption("--max-price <amount>", "the most you pay per GPU-hour");

const rental = program.command("rental").description("a rental: settle, extend, cancel, complete, dispute, show");
command(rental, "show <rental>", "a rental: device, renter, times, escrowed and released amounts", async (s, text: string) => {
  const key = pubkey(text, "rental");
  const r = await s.escrow().rental(key).catch(() => {
    throw new CliError(`no rental at ${key.toBase58()} (completed and cancelled rentals are closed)`);
  });
  const now = await s.now();
  const data = { rental: key, device: r.device, renter: r.renter, start: big(r.start), end: big(r.end), deposited: big(r.deposited), released: big(r.released), streamed: rentalEscrow.streamed(r, now), disputed: r.disputed };
  s.print(data, () => table(["", ""], Object.entries(data).map(([k, v]) => [k, v instanceof PublicKey ? v.toBase58() : String(v)])));
});
command(rental, "settle <rental>", "pay the operator what streamed one dispute window ago (anyone)", async (s, text: string) => {
  const signature = await s.escrow().settle(pubkey(text, "rental"));
  s.print({ signature }, () => "settled");
});
command(rental, "extend <rental>", "rent longer, paying the extra time into escrow", async (s, text: string, o: { by: string }) => {
  const signature = await s.escrow().extend(s.signer, pubkey(text, "rental"), duration(o.by));
  s.print({ signature }, () => `extended by ${o.by}`);
}).requiredOption("--by <duration>", "extra time");
command(rental, "cancel <rental>", "stop now: the operator is paid what streamed, the rest is refunded", async (s, text: string) => {
  const signature = await s.escrow().cancel(s.signer, pubkey(text, "rental"));
  s.print({ signature }, () => "cancelled");
});
command(rental, "complete <rental>", "close a rental that ended (anyone, once its dispute window passed)", async (s, text: string) => {
  const signature = await s.escrow().complete(s.signer, pubkey(text, "rental"));
  s.print({ signature }, () => "completed");
});
command(rental, "dispute <rental>", "dispute a rental (its renter): the stream stops until the arbiter resolves it", async (s, text: string) => {
  const signature = await s.escrow().openDispute(s.signer, pubkey(text, "rental"));
  s.print({ signature }, () => "dispute opened");
});
const arbiter = program.command("arbiter").description("the market's arbiter");
command(arbiter, "resolve <rental>", "resolve a dispute: the renter's share of what is left, and a slash of the operator's bond", async (s, text: string, o: { renterBps: string; slash: string }) => {
  const slash = await s.io(o.slash);
  const signature = await s.escrow().resolveDispute(s.signer, pubkey(text, "rental"), Number(o.renterBps), slash);
  s.print({ signature, renterShareBps: Number(o.renterBps), slash }, () => "resolved");
})
  .requiredOption("--renter-bps <bps>", "the renter's share of the escrow left, in bps")
  .option("--slash <io>", "IO to slash from the operator's bond", "0");

/** A device account, or a one-line refusal. */
async function loadDevice(s: Session, key: PublicKey) {
  return s.escrow().device(key).catch(() => {
    throw new CliError(`no device at ${key.toBase58()}`);
  });
}

/** Decimals of a device's payment token (IO or IOSD). */
async function paymentDecimals(s: Session, d: rentalEscrow.Device): Promise<number> {
  const config = await s.stakingConfig();
  return d.paymentMint.equals(config.ioMint) ? config.ioDecimals : IOSD_DECIMALS;
}

const keeper = program.command("keeper").description("cranks anyone may run");
command(keeper, "run", "settle every settleable rental, complete every finished one, sync every pool and bond", async (s, o: { batch: string }) => {
  const now = await s.now();
  const escrow = s.escrow();
  const rentals = await rentalEscrow.rentalEscrowProgram(s.provider).account.rental.all();
  const ct = computeTokens.computeTokensProgram(s.provider);
  const pools = [...(await ct.account.pool.all()), ...(await ct.account.bond.all())];
  const config = await computeTokens.fetchComputeTokensConfig(ct);
  type Task = () => Promise<"settled" | "completed" | "synced" | null>;
  const tasks: Task[] = [
    ...rentals.map(({ publicKey, account }): Task => async () => {
      const ended = now >= big(account.end) + big(account.disputeWindow) && !account.disputed;
      if (ended) return (await escrow.complete(s.signer, publicKey), "completed");
      if (rentalEscrow.settleable(account, now) > 0n) return (await escrow.settle(publicKey), "settled");
      return null;
    }),
    ...pools.map(({ publicKey, account }): Task => async () => {
      const balance = await tokenBalance(s.provider, account.vault, config.iosdTokenProgram);
      if (balance <= big(account.vaultBalance)) return null;
      await computeTokens.syncRevenueIx(ct, publicKey, account, config.iosdTokenProgram, config.iosdMint).rpc();
      return "synced";
    }),
  ];
  const done = { settled: 0, completed: 0, synced: 0, failed: 0 };
  const bar = s.globals.json ? null : new SingleBar({ format: "keeper [{bar}] {value}/{total} {task}", hideCursor: true }, Presets.legacy);
  bar?.start(tasks.length, 0, { task: "" });
  // Bounded batches: at most --batch transactions in flight (one at a time on the embedded ledger).
  const size = Math.max(1, Number(o.batch));
  for (let i = 0; i < tasks.length; i += size) {
    const results = await Promise.allSettled(tasks.slice(i, i + size).map((task) => task()));
    for (const r of results) {
      if (r.status === "rejected") done.failed += 1;
      else if (r.value) done[r.value] += 1;
    }
    bar?.update(Math.min(i + size, tasks.length), { task: `${done.settled} settled, ${done.completed} completed, ${done.synced} synced` });
  }
  bar?.stop();
  s.print({ rentals: rentals.length, pools: pools.length, ...done }, () =>
    table(["looked at", "settled", "completed", "synced", "failed"], [[`${rentals.length} rentals, ${pools.length} pools`, done.settled, done.completed, done.synced, done.failed]]),
  );
}).option("--batch <n>", "transactions in flight at once", "8");

const market = program.command("market").description("the marketplace");
command(market, "search", "devices matching the filters, ranked as the SDK ranks them", async (s, o: Record<string, string | undefined>) => {
  const ranked = await s.escrow().search({
    deviceClass: o.class === undefined ? undefined : Number(o.class),
    region: o.region,
    minGpus: o.minGpus === undefined ? undefined : Number(o.minGpus),
  });
  const now = await s.now();
  const m = await s.escrow().market();
  const rows = ranked.map((d) => {
    const end = rentalEscrow.priorityWindowEnd(m, d.account);
    return {
      device: d.publicKey,
      gpus: d.account.gpuCount,
      class: d.account.deviceClass,
      region: rentalEscrow.decodeRegion(d.account.region),
      pricePerGpuHour: big(d.account.pricePerGpuHour),
      scoreBps: d.account.scoreBps,
      stakeMultipleBps: d.multipleBps,
      rank: d.rank,
      priorityUntil: end !== null && end > now ? end : null,
    };
  });
  s.print({ devices: rows }, () =>
    table(
      ["#", "device", "GPUs", "class", "region", "price/GPU-h", "score", "stake x", "priority until"],
      rows.map((r, i) => [i + 1, r.device.toBase58(), r.gpus, r.class, r.region, formatUnits(r.pricePerGpuHour, IOSD_DECIMALS), `${r.scoreBps / 100}%`, formatUnits(r.stakeMultipleBps, 4), r.priorityUntil === null ? "-" : new Date(Number(r.priorityUntil) * 1000).toISOString()]),
    ),
  );
})
  .option("--class <n>", "device class")
  .option("--region <region>", "region")
  .option("--min-gpus <n>", "at least this many GPUs");

command(program, "stats", "the network at a glance", async (s) => {
  const devices = await rentalEscrow.rentalEscrowProgram(s.provider).account.device.all();
  const config = await s.stakingConfig();
  const iosdConfig = await iosd.fetchIosdConfig(iosd.iosdProgram(s.provider));
  const iosdSupply = (await getMint(s.provider.connection, iosd.iosdPdas.iosdMint(), "confirmed", iosdConfig.iosdTokenProgram)).supply;
  const now = await s.now();
  const listed = devices.filter((d) => d.account.status !== rentalEscrow.DeviceStatus.Deregistered);
  const rented = listed.filter((d) => big(d.account.rentedUntil) > now);
  const pools = await computeTokens.computeTokensProgram(s.provider).account.pool.all();
  const bonds = await computeTokens.computeTokensProgram(s.provider).account.bond.all();
  const data = {
    devices: listed.length,
    gpus: listed.reduce((n, d) => n + d.account.gpuCount, 0),
    gpusRented: rented.reduce((n, d) => n + d.account.gpuCount, 0),
    ioStaked: big(config.totalStaked),
    ioBonded: big(config.totalBonded),
    iosdSupply,
    ioBurnedForIosd: big(iosdConfig.totalIoBurned),
    tokenizedDevices: pools.length,
    tokenizedRevenue: pools.reduce((n, p) => n + big(p.account.totalInflow), 0n),
    bonds: bonds.length,
  };
  const d = config.ioDecimals;
  s.print(data, () =>
    table(["", ""], [
      ["devices listed", `${data.devices} (${data.gpus} GPUs, ${data.gpusRented} rented now)`],
      ["IO staked", `${ioText(data.ioStaked, d)} (${ioText(data.ioBonded, d)} bonded by devices)`],
      ["IOSD supply", usdText(data.iosdSupply)],
      ["IO burned for IOSD", ioText(data.ioBurnedForIosd, d)],
      ["tokenized devices", `${data.tokenizedDevices} (revenue ${usdText(data.tokenizedRevenue)}), ${data.bonds} bonds`],
    ]),
  );
});

const dev = program.command("dev").description("embedded ledger only: time, test funds, the oracle price");
command(dev, "warp <duration>", "move the ledger's clock forward (90s, 15m, 2h, 3d)", async (s, text: string) => {
  const to = advanceClock(s.devLedger(), duration(text));
  s.print({ unixTimestamp: to }, () => `clock at ${new Date(Number(to) * 1000).toISOString()}`);
});
command(dev, "airdrop", "SOL and IO to the signer (IO minted by the deployer's mint authority)", async (s, o: { sol: string; io: string; deployer: string }) => {
  s.devLedger();
  const provider = s.provider as LiteSvmProvider;
  provider.airdrop(s.signer.publicKey, amount(o.sol, 9));
  const config = await s.stakingConfig();
  const io = amount(o.io, config.ioDecimals);
  if (io > 0n) {
    const authority = loadKeypair(o.deployer, false);
    const account = await createAta(provider, config.ioMint, s.signer.publicKey, config.tokenProgram);
    await mintTo(provider, config.ioMint, account, authority, io, config.tokenProgram);
  }
  s.print({ sol: amount(o.sol, 9), io }, () => `airdropped ${o.sol} SOL and ${formatUnits(io, config.ioDecimals)} IO`);
})
  .option("--sol <amount>", "SOL", "10")
  .option("--io <amount>", "IO", "0")
  .option("--deployer <file>", "the deployer's keypair (the IO mint authority on the embedded ledger)", process.env.IO_COMPUTE_DEPLOYER ?? DEFAULT_KEYPAIR);
command(dev, "price <usd>", "publish an IO/USD price (Pyth PriceUpdateV2) for iosd on the embedded ledger", async (s, text: string, o: { confBps: string }) => {
  const svm = s.devLedger();
  const config = await iosd.fetchIosdConfig(iosd.iosdProgram(s.provider));
  const price = amount(text, 8);
  const update: iosd.PriceUpdate = { verification: "full", feedId: Uint8Array.from(config.feedId), price, conf: (price * BigInt(o.confBps)) / 10_000n, exponent: -8, publishTime: unixTimestamp(svm) };
  writePriceUpdate(svm, DEV_PRICE_ACCOUNT, update);
  s.print({ priceAccount: DEV_PRICE_ACCOUNT, price, exponent: -8 }, () => `IO/USD ${text} posted at ${DEV_PRICE_ACCOUNT.toBase58()}`);
}).option("--conf-bps <bps>", "confidence interval, in bps of the price", "10");

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof TransactionFailedError) {
    // The program's own message from its IDL, when the error is one of ours.
    const idl = IDLS.find((i) => i.address === e.programId);
    const message = idl?.errors?.find((x) => x.code === e.code)?.msg ?? e.message.split("\n")[0];
    console.error(`error: ${e.errorName}${idl ? ` (${idl.metadata.name})` : ""}: ${message}`);
    console.error("hint: the transaction was refused and nothing changed; check the amounts and accounts named above");
  } else {
    console.error(`error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  process.exit(1);
});
