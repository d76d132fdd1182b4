// The io-compute CLI against real validators (Agave solana-test-validator 3.0.10 and 4.2.0, started without our
// programs): `deploy` writes the four ELFs into buffers and deploys them through the upgradeable loader, then
// initializes them; then a session of stake, register, rent, keeper run and stats, every --json output checked
// against the validator. A 4.x test validator activates `disable_sbpf_v0_v1_v2_deployment`, which refuses the SBPF v0
// ELFs this toolchain links (they still run): there `deploy` refuses before spending anything, and the session runs
// on a 4.2.0 validator with that one feature off, as on a cluster that has not activated it.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, sendAndConfirmTransaction, SystemProgram, Transaction } from "@solana/web3.js";
import { createAta, ioStaking, KeypairWallet, mintTo, PROGRAM_IDS, PROGRAM_NAMES, rentalEscrow, RpcProvider, clusterTime } from "@io-compute/sdk";
import { programPath } from "@io-compute/sdk/testing";
import { DISABLE_SBPF_V0_DEPLOYMENT, LOADER_V3, programDataAddress } from "../migrations/programs";
import { IO, REPO_ROOT } from "./helpers";
import { RunningValidator, startValidator, validatorBinary } from "./rpc/validator";

const BIN = path.join(REPO_ROOT, "app", "bin", "io-compute");

/** The CLI as `keypair` on `v`. */
function cliOn(v: RunningValidator, keypair: string, ...args: string[]) {
  const run = spawnSync(BIN, ["--url", v.rpcUrl, "--keypair", keypair, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The localnet config with the validator's Pyth poster and settings a test can wait out in real seconds. */
function testConfig(v: RunningValidator, file: string) {
  const localnet = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "migrations", "config", "localnet.json"), "utf8"));
  localnet.iosd.pythReceiver = v.pythPoster.toBase58();
  localnet.staking.unstakeCooldownSeconds = 1;
  Object.assign(localnet.market, { disputeWindowSeconds: 0, minRentalDurationSeconds: 0, maxRentalDurationSeconds: 86_400 });
  fs.writeFileSync(file, JSON.stringify(localnet));
}

describe("cli: deploy on a validator that refuses SBPF v0 deployments (4.2.0, every feature on)", function () {
  this.timeout(300_000);
  let v: RunningValidator;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "io-compute-cli-rpc-"));
  before(async () => {
    v = await startValidator("4.2.0", { withPrograms: false });
    fs.writeFileSync(path.join(dir, "deployer.json"), JSON.stringify(Array.from(v.deployer.secretKey)));
    testConfig(v, path.join(dir, "config.json"));
  });
  after(async () => {
    await v?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses before writing a buffer: the feature named, no lamports spent, no program created", async () => {
    const before = await v.connection.getBalance(v.deployer.publicKey);
    const run = cliOn(v, path.join(dir, "deployer.json"), "deploy", "--config", path.join(dir, "config.json"), "--yes");
    expect(run.code).to.equal(1);
    expect(run.err.trim()).to.equal(
      `error: this cluster refuses SBPF v0 deployments (feature disable_sbpf_v0_v1_v2_deployment ${DISABLE_SBPF_V0_DEPLOYMENT.toBase58()} is active): io_staking was not deployed and nothing was spent`,
    );
    expect(await v.connection.getBalance(v.deployer.publicKey)).to.equal(before);
    for (const name of PROGRAM_NAMES) expect(await v.connection.getAccountInfo(new PublicKey(PROGRAM_IDS[name]))).to.equal(null);
  });
});

for (const { version, deactivateFeatures } of [
  { version: "3.0.10", deactivateFeatures: [] },
  { version: "4.2.0", deactivateFeatures: [DISABLE_SBPF_V0_DEPLOYMENT.toBase58()] },
])
  describe(`cli: io-compute deploys to and runs on solana-test-validator ${version}`, function () {
    this.timeout(900_000);
    const VERSION = version;
    let v: RunningValidator;
    let provider: RpcProvider;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "io-compute-cli-rpc-"));
    const people = { deployer: Keypair.generate(), operator: Keypair.generate(), renter: Keypair.generate() };
    const keyFile = (who: keyof typeof people) => path.join(dir, `${who}.json`);
    const config = path.join(dir, "config.json");

    const cli = (who: keyof typeof people, ...args: string[]) => cliOn(v, keyFile(who), ...args);
    function json(who: keyof typeof people, ...args: string[]) {
      const run = cli(who, "--json", ...args);
      expect(run.code, run.err).to.equal(0);
      return JSON.parse(run.out.trim().split("\n").pop()!);
    }

    before(async function () {
      if (!fs.existsSync(validatorBinary(VERSION))) throw new Error(`${validatorBinary(VERSION)} missing: scripts/install-validators.sh installs it`);
      v = await startValidator(VERSION, { withPrograms: false, deactivateFeatures });
      people.deployer = v.deployer;
      provider = new RpcProvider(v.connection, new KeypairWallet(v.deployer));
      for (const who of Object.keys(people) as (keyof typeof people)[]) fs.writeFileSync(keyFile(who), JSON.stringify(Array.from(people[who].secretKey)));
      const fund = new Transaction().add(
        ...[people.operator, people.renter].map((p) =>
          SystemProgram.transfer({ fromPubkey: v.deployer.publicKey, toPubkey: p.publicKey, lamports: 10 * LAMPORTS_PER_SOL }),
        ),
      );
      await sendAndConfirmTransaction(v.connection, fund, [v.deployer], { commitment: "confirmed" });
      testConfig(v, config);
    });
    afterEach(function () {
      if (this.currentTest?.state === "failed") console.log(`    solana-test-validator ${VERSION} log: ${v?.logFile}`);
    });
    after(async () => {
      await v?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("refuses to spend without --yes when no terminal can ask, deploying nothing", async () => {
      const run = cli("deployer", "deploy", "--config", config);
      expect(run.code).to.equal(1);
      expect(run.err).to.match(
        /^error: deploy to http:\/\/127\.0\.0\.1:\d+ as \w+ \(up to [\d.]+ SOL for a first deployment\)\? Pass --yes to confirm without a terminal\.\n$/,
      );
      for (const name of PROGRAM_NAMES) expect(await v.connection.getAccountInfo(new PublicKey(PROGRAM_IDS[name]))).to.equal(null);
    });

    it("deploys the four programs through the upgradeable loader and initializes them; a second run changes nothing", async () => {
      const first = json("deployer", "deploy", "--config", config, "--yes");
      expect(first.programs.map((p: { action: string }) => p.action)).to.deep.equal(["deployed", "deployed", "deployed", "deployed"]);
      // The validator runs Token Metadata, as public clusters do: the cash-flow NFT collection is created too.
      // Then io.net's emission schedule and the supplier ledger.
      expect(first.steps.map((s: { action: string }) => s.action)).to.deep.equal(Array(7).fill("initialized"));
      for (const name of PROGRAM_NAMES) {
        const id = new PublicKey(PROGRAM_IDS[name]);
        const account = (await v.connection.getAccountInfo(id))!;
        expect([account.executable, account.owner.toBase58()]).to.deep.equal([true, LOADER_V3.toBase58()]);
        const data = (await v.connection.getAccountInfo(programDataAddress(id)))!.data;
        // ProgramData: tag 3, slot, Some(upgrade authority = the deployer), then the ELF as built, then zeroed room.
        expect([data.readUInt32LE(0), data[12], new PublicKey(data.subarray(13, 45)).toBase58()]).to.deep.equal([3, 1, v.deployer.publicKey.toBase58()]);
        const elf = fs.readFileSync(programPath(name));
        expect(data.subarray(45, 45 + elf.length).equals(elf)).to.equal(true);
        expect(data.length).to.equal(45 + 2 * elf.length);
      }
      const second = json("deployer", "deploy", "--config", config, "--yes");
      expect(second.programs.map((p: { action: string }) => p.action)).to.deep.equal(["unchanged", "unchanged", "unchanged", "unchanged"]);
      expect(second.steps.map((s: { action: string }) => s.action)).to.deep.equal(Array(7).fill("exists"));
    });

    it("stakes, lists a device, rents it in IO, lets the keeper complete it, and shows the network", async () => {
      const stakingConfig = await ioStaking.ioStakingProgram(provider).account.config.fetch(ioStaking.ioStakingPdas.config());
      for (const [who, io] of [
        ["operator", 5_000n],
        ["renter", 1_000n],
      ] as const) {
        const account = await createAta(provider, stakingConfig.ioMint, people[who].publicKey, TOKEN_PROGRAM_ID);
        await mintTo(provider, stakingConfig.ioMint, account, v.deployer, io * IO, TOKEN_PROGRAM_ID);
      }
      expect(json("operator", "stake", "2000").staked).to.equal((2_000n * IO).toString());
      const device = json(
        "operator",
        "device",
        "register",
        "--id",
        "1",
        "--class",
        "0",
        "--gpus",
        "2",
        "--vram",
        "24",
        "--region",
        "eu-west-1",
        "--price",
        "36",
        "--pay",
        "io",
      ).device;
      const escrow = rentalEscrow.RentalEscrowClient.forProvider(provider);
      expect((await escrow.device(new PublicKey(device))).gpuCount).to.equal(2);

      const rental = json("renter", "rent", device, "--for", "3s", "--max-price", "36").rentals[0];
      const booked = await escrow.rental(new PublicKey(rental));
      // 2 GPUs x 36 IO an hour x 3 s = 0.06 IO, escrowed.
      expect(booked.deposited.toString()).to.equal(((2n * 36n * IO * 3n) / 3_600n).toString());
      while ((await clusterTime(v.connection)) < BigInt(booked.end.toString())) await new Promise((r) => setTimeout(r, 500));
      const kept = json("renter", "keeper", "run");
      expect([kept.completed, kept.failed]).to.deep.equal([1, 0]);
      expect(await v.connection.getAccountInfo(new PublicKey(rental))).to.equal(null);

      const stats = json("renter", "stats");
      const position = (await ioStaking.IoStakingClient.forProvider(provider).position(people.operator.publicKey))!;
      expect([stats.devices, stats.gpus, stats.gpusRented, stats.ioStaked, stats.ioBonded]).to.deep.equal([
        1,
        2,
        0,
        position.staked.toString(),
        position.bonded.toString(),
      ]);
      const refused = cli("renter", "dev", "warp", "1h");
      expect([refused.code, refused.err.trim()]).to.deep.equal([1, "error: dev commands run on the embedded ledger only (drop --url)"]);
    });
  });
