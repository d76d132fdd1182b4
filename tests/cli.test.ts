// The io-compute CLI end to end: the real executable (app/bin/io-compute) spawned against a temporary embedded
// ledger. --json outputs are parsed and checked against the ledger's state (read back from the file with the SDK);
// bad input and refused actions print a named error, exit non-zero, and leave the ledger file byte for byte as it was.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Keypair, PublicKey } from "@solana/web3.js";
import { LiteSVM } from "litesvm";
import { computeTokens, ioStaking, iosd, rentalEscrow, tokenBalance } from "@io-compute/sdk";
import { LiteSvmProvider, unixTimestamp } from "@io-compute/sdk/testing";
import { deriveSeries } from "../explorer/indexer/series";
import { indexFileFor, SqliteStore } from "../explorer/indexer/store";
import { IO, REPO_ROOT } from "./helpers";

const BIN = path.join(REPO_ROOT, "app", "bin", "io-compute");

describe("cli: io-compute on an embedded ledger", function () {
  this.timeout(600_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "io-compute-cli-"));
  const ledger = path.join(dir, "ledger.bin");
  const keys = { deployer: path.join(dir, "deployer.json"), operator: path.join(dir, "operator.json"), renter: path.join(dir, "renter.json") };

  /** Runs the CLI as `who`; returns its exit code, stdout and stderr. */
  function cli(who: keyof typeof keys, ...args: string[]) {
    const run = spawnSync(BIN, ["--ledger", ledger, "--keypair", keys[who], ...args], {
      encoding: "utf8",
      env: { ...process.env, IO_COMPUTE_DEPLOYER: keys.deployer },
    });
    return { code: run.status, out: run.stdout, err: run.stderr };
  }
  /** Runs a command that must succeed with --json; returns its parsed output. */
  function json(who: keyof typeof keys, ...args: string[]) {
    const run = cli(who, "--json", ...args);
    expect(run.code, run.err).to.equal(0);
    return JSON.parse(run.out.trim().split("\n").pop()!);
  }
  const hash = () => crypto.createHash("sha256").update(fs.readFileSync(ledger)).digest("hex");
  /** Transactions in the explorer's index beside the ledger. */
  const indexed = () => {
    const store = new SqliteStore(indexFileFor(ledger));
    try {
      return store.transactionCount();
    } finally {
      store.close();
    }
  };
  const pubkeyOf = (who: keyof typeof keys) => Keypair.fromSecretKey(Uint8Array.from(JSON.parse(fs.readFileSync(keys[who], "utf8")))).publicKey;
  /** The ledger as the CLI left it, read with the SDK. */
  const state = () => new LiteSvmProvider(LiteSVM.loadFromFile(ledger), Keypair.generate());
  /** Expects a refusal: the error named, a non-zero exit, and the ledger file unchanged. */
  function expectRefused(who: keyof typeof keys, args: string[], message: RegExp) {
    const [before, transactions] = [hash(), indexed()];
    const run = cli(who, ...args);
    expect(run.code, run.out).to.equal(1);
    expect(run.err).to.match(message);
    expect(run.err).to.not.match(/\n\s+at /); // no stack trace
    expect([hash(), indexed()]).to.deep.equal([before, transactions]);
  }

  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  /** The devices the cluster test booked and the keeper completed: they have served GPU time. */
  let served: string[] = [];

  it("deploys the four programs and the cash-flow NFT collection once, then reports them as there and changes nothing", async () => {
    const first = json("deployer", "deploy");
    expect(first.steps.map((s: { program: string; action: string }) => `${s.program} ${s.action}`)).to.deep.equal([
      "io_staking initialized",
      "iosd initialized",
      "rental_escrow initialized",
      "compute_tokens initialized",
      "compute_tokens initialized", // the NFT collection
      "io_staking initialized", // the emission schedule
      "rental_escrow initialized", // the supplier ledger
    ]);
    const configs = [
      ioStaking.ioStakingPdas.config(),
      iosd.iosdPdas.config(),
      rentalEscrow.rentalEscrowPdas.market(),
      iosd.iosdPdas.iosdMint(),
      computeTokens.nftPdas.collectionMint(),
    ];
    const read = async () => Promise.all(configs.map(async (key) => (await state().connection.getAccountInfo(key))!.data.toString("hex")));
    const before = await read();
    const second = json("deployer", "deploy");
    expect(second.steps.map((s: { action: string }) => s.action)).to.deep.equal(["exists", "exists", "exists", "exists", "exists", "exists", "exists"]);
    expect(await read()).to.deep.equal(before);
  });

  it("runs a staker's, an operator's and a renter's session, every --json output matching the ledger", async () => {
    json("operator", "dev", "airdrop", "--io", "20000");
    const staked = json("operator", "stake", "12000.5");
    expect(staked.staked).to.equal(((120_005n * IO) / 10n).toString());
    const status = json("operator", "staking", "status");
    const provider = state();
    const position = (await ioStaking.IoStakingClient.forProvider(provider).position(pubkeyOf("operator")))!;
    expect([status.staked, status.bonded, status.tierName]).to.deep.equal([position.staked.toString(), "0", "silver"]);

    const registered = json(
      "operator",
      "device",
      "register",
      "--id",
      "7",
      "--class",
      "2",
      "--gpus",
      "8",
      "--vram",
      "80",
      "--region",
      "eu-central-1",
      "--price",
      "2.5",
    );
    const device = new PublicKey(registered.device);
    const onChain = await rentalEscrow.RentalEscrowClient.forProvider(state()).device(device);
    expect([onChain.gpuCount, onChain.deviceClass, onChain.pricePerGpuHour.toString()]).to.deep.equal([8, 2, "2500000"]);
    const search = json("renter", "market", "search", "--min-gpus", "8");
    expect(search.devices.map((d: { device: string }) => d.device)).to.deep.equal([device.toBase58()]);
    expect(search.devices[0].priorityUntil).to.not.equal(null); // class 2 is a priority class in localnet.json

    json("renter", "dev", "airdrop", "--io", "5000");
    json("renter", "dev", "price", "0.25");
    const quote = json("renter", "iosd", "quote", "1000");
    const minted = json("renter", "iosd", "mint", "1000");
    const config = await iosd.fetchIosdConfig(iosd.iosdProgram(state()));
    const renterIosd = iosd.iosdPdas.iosdMint();
    expect(minted.iosdBalance).to.equal(quote.iosdOut);
    expect(await tokenBalance(state(), getAta(renterIosd, pubkeyOf("renter"), config.iosdTokenProgram), config.iosdTokenProgram)).to.equal(
      BigInt(quote.iosdOut),
    );

    const stats = json("renter", "stats");
    expect([stats.devices, stats.gpus, stats.ioStaked, stats.ioBurnedForIosd]).to.deep.equal([1, 8, position.staked.toString(), quote.ioBurned.toString()]);
    const warped = json("renter", "dev", "warp", "2h");
    expect(BigInt(warped.unixTimestamp) > 0n).to.equal(true);
  });

  it("books a cluster in a renter's session, held back by the priority window first; the keeper completes it", async () => {
    const h100 = json("operator", "device", "register", "--id", "9", "--class", "2", "--gpus", "8", "--vram", "80", "--region", "us-east-1", "--price", "2")
      .device as string;
    const a100 = json("operator", "device", "register", "--id", "8", "--class", "0", "--gpus", "4", "--vram", "40", "--region", "us-east-1", "--price", "1")
      .device as string;
    expect(json("operator", "device", "list").devices.map((d: { device: string }) => d.device)).to.include.members([h100, a100]);
    // Both were just listed; class 0 is not a priority class, the H100 (class 2: silver) is in its window.
    expectRefused("renter", ["rent", h100, a100, "--for", "2h", "--max-price", "3"], /error: PriorityWindow \(rental_escrow\): /);
    json("renter", "dev", "warp", "1h");
    const booked = json("renter", "rent", h100, a100, "--for", "2h", "--max-price", "3");
    expect(booked.rentals).to.have.length(2);
    served = [h100, a100];
    const shown = json("renter", "rental", "show", booked.rentals[0]);
    expect([shown.device, BigInt(shown.end) - BigInt(shown.start)]).to.deep.equal([h100, 7_200n]);
    // Two hours of service and the one-hour dispute window later, the keeper completes both.
    json("renter", "dev", "warp", "3h");
    const kept = json("renter", "keeper", "run");
    expect([kept.completed, kept.settled, kept.failed]).to.deep.equal([2, 0, 0]);
    expect(kept.emissions).to.equal(1); // hours have passed since deploy started the schedule
    for (const rental of booked.rentals) expect(await state().connection.getAccountInfo(new PublicKey(rental))).to.equal(null);
    expectRefused("renter", ["rental", "show", booked.rentals[0]], /error: no rental at .* \(completed and cancelled rentals are closed\)/);
    const device = await rentalEscrow.RentalEscrowClient.forProvider(state()).device(new PublicKey(h100));
    expect([device.openRentals, Number(device.completedRentals)]).to.deep.equal([0, 1]);
  });

  it("tokenizes a device, sells shares, and pays their holder what a rental earned; issues and fills a bond", async () => {
    const device = (json("operator", "device", "list").devices as { device: string; id: string }[]).find((d) => d.id === "7")!.device;
    const tokenized = json(
      "operator",
      "tokenize",
      device,
      "--shares",
      "1000",
      "--term",
      "30d",
      "--name",
      "H100 eu-central-1",
      "--symbol",
      "GPU7",
      "--distribution",
      "1d",
    );
    const pool = new PublicKey(tokenized.pool);
    json("operator", "shares", "list", tokenized.pool, "400", "--price", "1.5");
    const config = await iosd.fetchIosdConfig(iosd.iosdProgram(state()));
    const renterIosd = getAta(config.iosdMint, pubkeyOf("renter"), config.iosdTokenProgram);
    const iosdBefore = await tokenBalance(state(), renterIosd, config.iosdTokenProgram);
    const bought = json("renter", "shares", "buy", tokenized.pool, "20", "--max-price", "1.5");
    expect([bought.bought, bought.paid, bought.held]).to.deep.equal(["20", "30000000", "20"]);
    expect(iosdBefore - (await tokenBalance(state(), renterIosd, config.iosdTokenProgram))).to.equal(30_000_000n);
    expectRefused("renter", ["shares", "buy", tokenized.pool, "1", "--max-price", "1.4"], /error: PriceAboveMax \(compute_tokens\): /);
    expectRefused("renter", ["shares", "claim-operator", tokenized.pool], /error: NotOperator \(compute_tokens\): /);

    // A two-hour rental pays the pool's vault; after the dispute window the keeper completes it and syncs the pool,
    // and a day later the whole split has streamed: the renter's 20 of 1,000 shares claim exactly their part.
    const rental = json("renter", "rent", device, "--for", "2h", "--max-price", "2.5").rentals[0];
    json("renter", "dev", "warp", "3h");
    const kept = json("renter", "keeper", "run");
    expect([kept.completed, kept.synced, kept.failed]).to.deep.equal([1, 1, 0]);
    expect(await state().connection.getAccountInfo(new PublicKey(rental))).to.equal(null);
    json("renter", "dev", "warp", "1d");
    const shown = json("renter", "shares", "show", tokenized.pool);
    const onChain = await computeTokens.ComputeTokensClient.forProvider(state()).pool(pool);
    expect(shown.revenue).to.equal(onChain.totalInflow.toString());
    expect(BigInt(shown.revenue)).to.equal(40_000_000n - 100_000n); // 8 GPUs x 2 h x 2.5 IOSD, less the supplier's 0.25%
    expect(shown.claimable).to.equal(((BigInt(onChain.holdersRevenue.toString()) * 20n) / 1000n).toString());
    const before = await tokenBalance(state(), renterIosd, config.iosdTokenProgram);
    const claimed = json("renter", "shares", "claim", tokenized.pool);
    expect((await tokenBalance(state(), renterIosd, config.iosdTokenProgram)) - before).to.equal(BigInt(claimed.claimed));
    expect(claimed.claimed).to.equal(shown.claimable);

    // A hooked transfer to someone without a checkpoint, then the operator's cut.
    const sent = json("renter", "shares", "transfer", tokenized.pool, pubkeyOf("deployer").toBase58(), "5");
    expect([sent.amount, sent.receiverEarning]).to.deep.equal(["5", false]);
    expect(json("deployer", "shares", "open-holder", tokenized.pool).account).to.equal(sent.account);
    expect(json("renter", "shares", "show", tokenized.pool).held).to.equal("15");
    const cut = json("operator", "shares", "claim-operator", tokenized.pool);
    expect(BigInt(cut.claimed)).to.equal(BigInt(onChain.operatorOwed.toString()));
    const stats = json("renter", "stats");
    expect([stats.tokenizedDevices, stats.tokenizedRevenue]).to.deep.equal([1, shown.revenue]);

    // A bond on the other H100: raised in full by the renter, the keeper's crank closes the subscription.
    const h100 = (json("operator", "device", "list").devices as { device: string; id: string }[]).find((d) => d.id === "9")!.device;
    const issued = json(
      "operator",
      "bond",
      "issue",
      h100,
      "--face",
      "50",
      "--coupon-bps",
      "1200",
      "--subscription",
      "1h",
      "--term",
      "30d",
      "--grace",
      "1d",
      "--collateral",
      "100",
      "--name",
      "H100 bond",
      "--symbol",
      "B9",
    );
    json("renter", "bond", "subscribe", issued.bond, "50");
    expect(json("renter", "bond", "crank", issued.bond).done).to.deep.equal(["closeSubscription"]);
    const bond = json("renter", "bond", "show", issued.bond);
    expect([bond.status, bond.raised, bond.held]).to.deep.equal(["Active", "50000000", "50000000"]);
    const onChainBond = await computeTokens.BondsClient.forProvider(state()).bond(new PublicKey(issued.bond));
    expect([onChainBond.status, onChainBond.raised.toString()]).to.deep.equal([computeTokens.BondStatus.Active, "50000000"]);
    expectRefused("renter", ["bond", "subscribe", issued.bond, "1"], /error: SubscriptionClosed \(compute_tokens\): /);

    // The A100 as one cash-flow NFT, read back through Umi on the embedded ledger.
    const a100 = (json("operator", "device", "list").devices as { device: string; id: string }[]).find((d) => d.id === "8")!.device;
    const made = json("operator", "nft", "tokenize", a100, "--term", "30d", "--uri", "https://example.org/a100.json");
    const nft = json("renter", "nft", "show", made.pool);
    expect([nft.name, nft.symbol, nft.uri, nft.collectionVerified, nft.collection]).to.deep.equal([
      "4x GPU c0 us-east-1",
      "GPUCF",
      "https://example.org/a100.json",
      true,
      computeTokens.nftPdas.collectionMint().toBase58(),
    ]);
    expectRefused("renter", ["nft", "claim", made.pool], /error: you do not hold the NFT of \w+: only its holder claims/);
    const nftClaim = json("operator", "nft", "claim", made.pool);
    expect(nftClaim.claimed).to.equal("0");
    expect(json("renter", "stats").cashFlowNfts).to.equal(1);
  });

  it("refuses bad input and refused actions with a named error, a non-zero exit and no change", () => {
    expectRefused("operator", ["stake", "1.123456789"], /error: not an amount with at most 8 decimals/);
    expectRefused("operator", ["stake", "abc"], /error: not an amount/);
    expectRefused("operator", ["stake", "999999"], /error: InsufficientBalance \(io_staking\): /);
    expectRefused("operator", ["device", "show", "11111111111111111111111111111112"], /error: no device at /);
    expectRefused("operator", ["device", "show", "not-a-key"], /error: not a device address/);
    expectRefused("operator", ["dev", "warp", "soon"], /error: not a duration/);
    expectRefused("operator", ["keeper", "run", "--batch", "abc"], /error: --batch must be a whole number of transactions, not "abc"/);
    expectRefused("operator", ["--url", "http://127.0.0.1:9", "dev", "warp", "1h"], /error: dev commands run on the embedded ledger only/);
    // IO minted by someone who is not the mint authority: Token's own error, named.
    const run = spawnSync(BIN, ["--ledger", ledger, "--keypair", keys.renter, "dev", "airdrop", "--io", "1", "--deployer", keys.operator], {
      encoding: "utf8",
    });
    expect(run.status).to.equal(1);
    expect(run.stderr).to.match(/error: OwnerMismatch/);
  });

  it("shows and cranks io.net's emission schedule that deploy started and funded; a crank with nothing due is refused", async () => {
    const before = json("renter", "emissions", "status");
    json("renter", "dev", "warp", "3h");
    const crank = json("renter", "emissions", "crank");
    const provider = state();
    const config = await ioStaking.fetchStakingConfig(ioStaking.ioStakingProgram(provider));
    const epochs = ioStaking.epochsAt(BigInt(config.emissionGenesis.toString()), unixTimestamp(provider.svm));
    expect(BigInt(crank.epochs)).to.equal(epochs);
    // The keeper cranked earlier in the session; this crank pays the rest of C(epochs).
    expect(BigInt(before.paid) > 0n).to.equal(true);
    expect(BigInt(before.paid) + BigInt(crank.paid)).to.equal(ioStaking.cumulativeEmission(epochs, 8));
    expect(config.emissionPaid.toString()).to.equal(ioStaking.cumulativeEmission(epochs, 8).toString());
    expect(BigInt(config.emissionToStakers.toString())).to.equal((BigInt(config.emissionPaid.toString()) * 3_000n) / 10_000n);
    const after = json("renter", "emissions", "status");
    expect([after.dueNow, after.vault]).to.deep.equal(["0", (BigInt(before.vault) - BigInt(crank.paid)).toString()]);
    expect(json("renter", "stats").ioEmitted).to.equal(config.emissionPaid.toString());
    expectRefused("renter", ["emissions", "crank"], /error: NothingDue \(io_staking\): No emission is due/);
  });

  it("shows and claims a device's supplier emissions once its day has ended and the crank has funded it", async () => {
    const [h100] = served;
    const today = json("operator", "supplier", "status", h100);
    expect(BigInt(today.gpuSeconds)).to.equal(2n * 3_600n * 8n); // the keeper completed its 2-hour, 8-GPU rental
    json("renter", "dev", "warp", "1d"); // the day it was served has ended
    json("renter", "emissions", "crank");
    const status = json("operator", "supplier", "status", h100);
    const expected = await rentalEscrow.RentalEscrowClient.forProvider(state()).supplierEmissions(new PublicKey(h100));
    expect([status.owed, status.claimable]).to.deep.equal([expected.owed.toString(), true]);
    expect(expected.owed > 0n).to.equal(true);
    expectRefused("renter", ["supplier", "claim", h100], /error: NotOperator \(rental_escrow\)/);
    const ioAccount = async (provider: LiteSvmProvider) => {
      const config = await ioStaking.fetchStakingConfig(ioStaking.ioStakingProgram(provider));
      return tokenBalance(provider, getAta(config.ioMint, pubkeyOf("operator"), config.tokenProgram), config.tokenProgram);
    };
    const before = await ioAccount(state());
    const claimed = json("operator", "supplier", "claim", h100);
    expect(claimed.amount).to.equal(expected.owed.toString());
    expect((await ioAccount(state())) - before).to.equal(expected.owed);
    expectRefused("operator", ["supplier", "claim", h100], /error: NoSupplierEmissions \(rental_escrow\)/);
    expect(json("renter", "stats").ioBurnedInFees).to.equal("0"); // io.net charges no fee on IO
  });

  it("the admin sweeps unserved days' supplier emission; a surplus withdrawal with none is refused", async () => {
    // Days have ended with no service since deploy started the schedule (the session warped through them).
    expectRefused("renter", ["emissions", "sweep-unserved"], /error: NotAdmin \(rental_escrow\)/);
    const before = await rentalEscrow.RentalEscrowClient.forProvider(state()).supplierLedger();
    const swept = json("deployer", "emissions", "sweep-unserved");
    const after = (await rentalEscrow.RentalEscrowClient.forProvider(state()).supplierLedger())!;
    expect(BigInt(swept.amount) > 0n).to.equal(true);
    expect(after.swept - before!.swept).to.equal(BigInt(swept.amount));
    expectRefused("deployer", ["emissions", "sweep-unserved"], /error: NoUnservedEmissions \(rental_escrow\)/);
    // The local deployment funds exactly the schedule's total: nothing is surplus.
    expectRefused("deployer", ["emissions", "withdraw-surplus"], /error: NoEmissionSurplus \(io_staking\)/);
  });

  it("hands every transaction it sent to the explorer's index beside the ledger, whose series match the ledger", async () => {
    const store = new SqliteStore(indexFileFor(ledger));
    try {
      expect(store.transactionCount()).to.be.greaterThan(20);
      const provider = state();
      const devices = await rentalEscrow.rentalEscrowProgram(provider).account.device.all();
      const registered = store.events({ name: "deviceRegistered" }).map((e) => `${e.data.device} ${rentalEscrow.decodeRegion(e.data.region as number[])}`);
      expect(registered.sort()).to.deep.equal(devices.map((d) => `${d.publicKey.toBase58()} ${rentalEscrow.decodeRegion(d.account.region)}`).sort());
      expect(registered.length).to.be.greaterThan(1);
      const config = await ioStaking.fetchStakingConfig(ioStaking.ioStakingProgram(provider));
      const now = Number(unixTimestamp(provider.svm));
      const series = deriveSeries(store.events(), now);
      expect(series.staking[series.staking.length - 1].staked).to.equal(BigInt(config.totalStaked.toString()));
      const [pool] = await computeTokens.computeTokensProgram(provider).account.pool.all();
      expect(series.revenue.filter((r) => r.pool === pool.publicKey.toBase58()).reduce((n, r) => n + r.inflow, 0n)).to.equal(
        BigInt(pool.account.totalInflow.toString()),
      );
    } finally {
      store.close();
    }
  });
});

function getAta(mint: PublicKey, owner: PublicKey, program: PublicKey): PublicKey {
  return PublicKey.findProgramAddressSync(
    [owner.toBuffer(), program.toBuffer(), mint.toBuffer()],
    new PublicKey("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"),
  )[0];
}
