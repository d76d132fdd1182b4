// Starts Agave's solana-test-validator (installed by scripts/install-validators.sh) for the JSON-RPC suite: a
// temporary ledger, free ports on 127.0.0.1, our four programs deployed upgradeable with the deployer as upgrade
// authority, Metaplex Token Metadata, the test-only Pyth poster (tests/pyth-poster) and a current Token-2022 (the one LiteSVM carries: older validators bundle one whose TokenMetadata
// Initialize fails, agave#9799). Waits until slots advance; always stopped, also on failure or interrupt; the log
// is kept for failure reports.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { address } from "@solana/kit";
import { TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { Connection, Keypair, PublicKey } from "@solana/web3.js";
import { LiteSVM } from "litesvm";
import { PROGRAM_IDS, PROGRAM_NAMES } from "@io-compute/sdk";
import { programPath, programsDir, tokenMetadataPath, UPGRADEABLE_LOADER_ID } from "@io-compute/sdk/testing";

const TOKEN_METADATA_ID = "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s";

/** The versions the suite runs against: the oldest and the newest supported. */
export const VALIDATOR_VERSIONS = ["3.0.10", "4.2.0"];

/** Where scripts/install-validators.sh put the version (VALIDATOR_BIN overrides ~/.cargo/bin for both). */
export function validatorBinary(version: string): string {
  return path.join(process.env.VALIDATOR_BIN ?? path.join(os.homedir(), ".cargo", "bin"), `solana-test-validator-${version}`);
}

/** A port block nobody listens on: RPC, its websocket (RPC + 1), the faucet, gossip and a dynamic range. */
async function freePortBlock(size: number): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = net.createServer().once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (let p = base; p < base + size && ok; p++) ok = await free(p);
    if (ok) return base;
  }
  throw new Error("no free port block on 127.0.0.1");
}

/** The current Token-2022 ELF, taken from LiteSVM's ProgramData account (the ELF starts at byte 45). */
function currentToken2022(dir: string): string {
  const svm = new LiteSVM();
  const programData = PublicKey.findProgramAddressSync([TOKEN_2022_PROGRAM_ID.toBuffer()], UPGRADEABLE_LOADER_ID)[0];
  const account = svm.getAccount(address(programData.toBase58()));
  if (!account.exists) throw new Error("LiteSVM carries no Token-2022 ProgramData");
  const file = path.join(dir, "spl_token_2022.so");
  fs.writeFileSync(file, Buffer.from(account.data).subarray(45));
  return file;
}

export interface RunningValidator {
  version: string;
  connection: Connection;
  rpcUrl: string;
  /** Funded at genesis; the upgrade authority of our four programs. */
  deployer: Keypair;
  /** The test-only program standing in for Pyth's receiver (tests/pyth-poster). */
  pythPoster: PublicKey;
  logFile: string;
  stop(): Promise<void>;
}

/** `withPrograms: false` starts without our four programs, for a test that deploys them itself;
 * `deactivateFeatures` starts with those feature gates off (a test validator activates every feature it knows). */
export async function startValidator(version: string, options: { withPrograms?: boolean; deactivateFeatures?: string[] } = {}): Promise<RunningValidator> {
  const binary = validatorBinary(version);
  if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: run scripts/install-validators.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `validator-${version}-`));
  const deployer = Keypair.generate();
  const base = await freePortBlock(40);
  const pythPoster = Keypair.generate().publicKey;
  const args = [
    "--ledger", path.join(dir, "ledger"),
    "--reset",
    "--quiet",
    "--bind-address", "127.0.0.1",
    "--rpc-port", String(base),
    "--faucet-port", String(base + 2),
    "--gossip-port", String(base + 3),
    "--dynamic-port-range", `${base + 10}-${base + 39}`,
    "--mint", deployer.publicKey.toBase58(),
    "--upgradeable-program", TOKEN_2022_PROGRAM_ID.toBase58(), currentToken2022(dir), "none",
    // Metaplex Token Metadata, as on every public cluster (the mainnet binary of tests/fixtures).
    "--upgradeable-program", TOKEN_METADATA_ID, tokenMetadataPath(), "none",
  ];
  for (const feature of options.deactivateFeatures ?? []) args.push("--deactivate-feature", feature);
  if (options.withPrograms !== false) for (const name of PROGRAM_NAMES) args.push("--upgradeable-program", PROGRAM_IDS[name], programPath(name), deployer.publicKey.toBase58());
  args.push("--upgradeable-program", pythPoster.toBase58(), path.join(programsDir(), "pyth_poster.so"), "none");
  const logFile = path.join(dir, "validator.log");
  const log = fs.openSync(logFile, "w");
  const child: ChildProcess = spawn(binary, args, { stdio: ["ignore", log, log], detached: false });
  let exited = false;
  child.once("exit", () => (exited = true));
  const kill = () => {
    if (!exited) child.kill("SIGKILL");
  };
  process.once("exit", kill);
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      kill();
      process.exit(code);
    });
  }

  const rpcUrl = `http://127.0.0.1:${base}`;
  const connection = new Connection(rpcUrl, { commitment: "confirmed", wsEndpoint: `ws://127.0.0.1:${base + 1}` });
  const stop = async () => {
    // web3.js keeps its websocket private and reconnects it forever, for any subscription still pending, unless
    // the subscriptions are dropped and reconnection is turned off before it closes.
    const internals = connection as unknown as {
      _subscriptionsByHash: object;
      _rpcWebSocket: { reconnect: boolean; reconnect_timer_id?: NodeJS.Timeout; close(): void };
    };
    internals._subscriptionsByHash = {};
    internals._rpcWebSocket.reconnect = false;
    clearTimeout(internals._rpcWebSocket.reconnect_timer_id);
    internals._rpcWebSocket.close();
    kill();
    await new Promise((resolve) => (exited ? resolve(null) : child.once("exit", resolve)));
    fs.rmSync(path.join(dir, "ledger"), { recursive: true, force: true });
  };
  // Ready when slots advance.
  const deadline = Date.now() + 120_000;
  let first = -1;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`solana-test-validator ${version} exited; its log: ${logFile}\n${fs.readFileSync(logFile, "utf8").slice(-2_000)}`);
    try {
      const slot = await connection.getSlot("confirmed");
      if (first < 0) first = slot;
      else if (slot > first) return { version, connection, rpcUrl, deployer, pythPoster, logFile, stop };
    } catch {
      // not serving yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`solana-test-validator ${version} did not start within 120 s; its log: ${logFile}`);
}
