// io_staking's emission schedule on LiteSVM: started once by the admin, cranked by anyone, catching up any number
// of epochs in one crank with the same totals as cranking every hour, paying what an underfunded vault holds and
// the shortfall once refilled, the stakers' share streamed to stakers, nothing after the last epoch.
import { expect } from "chai";
import { getAccount } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { big, createAta, ioStaking, mintTo, tokenBalance } from "@io-compute/sdk";
import { setUnixTimestamp, unixTimestamp } from "@io-compute/sdk/testing";
import { expectError, expectRejected, IO, World } from "./helpers";

const { cumulativeEmission, emissionDue, epochsAt, ioStakingPdas, LAST_EPOCH, EPOCH_SECONDS } = ioStaking;
const GENESIS = 1_800_000_000n;
const HOUR = EPOCH_SECONDS;
const DAY = 24n * HOUR;
const YEAR = 365n * DAY;
const STAKER_BPS = 4_000;
const STREAM = 7n * DAY;

class EmissionWorld {
  private constructor(
    readonly world: World,
    readonly staker: { keypair: Keypair; token: PublicKey },
  ) {}

  /** Staking initialized, one staker with 1,000 IO staked, the schedule started at GENESIS, `fund` IO in its vault. */
  static async create(fund: bigint): Promise<EmissionWorld> {
    const world = await new World().createIo();
    await world.initStaking();
    setUnixTimestamp(world.svm, GENESIS - 100n);
    const staker = await world.newIoHolder(1_000n * IO);
    await world.stakingClient.stake(staker.keypair, 1_000n * IO);
    await world.stakingClient.startEmissions(world.admin, GENESIS, STAKER_BPS, STREAM);
    const w = new EmissionWorld(world, staker);
    if (fund > 0n) await w.fund(fund);
    return w;
  }

  get client() {
    return this.world.stakingClient;
  }

  /** Mints `amount` straight into the emission vault (as a treasury transfer would). */
  fund(amount: bigint) {
    return mintTo(this.world.provider, this.world.ioMint, ioStakingPdas.emissionVault(), this.world.ioMintAuthority, amount, this.world.ioTokenProgram);
  }

  at(t: bigint) {
    setUnixTimestamp(this.world.svm, t);
  }

  balance(vault: PublicKey) {
    return tokenBalance(this.world.provider, vault, this.world.ioTokenProgram);
  }

  config() {
    return this.client.config();
  }

  /** Cranks, checking the program did exactly what the SDK predicted, and returns the event's fields. */
  async crank() {
    const before = await this.config();
    const predicted = emissionDue(before, unixTimestamp(this.world.svm), await this.balance(ioStakingPdas.emissionVault()))!;
    await this.client.crankEmissions();
    const event = this.world.provider.lastResult!.events.find((e) => e.name === "emissionsCranked")!.data;
    const after = await this.config();
    expect([big(event.toStakers), big(event.toSuppliers), big(event.shortfall), big(event.scheduled)]).to.deep.equal([
      predicted.toStakers,
      predicted.toSuppliers,
      predicted.shortfall,
      predicted.scheduled,
    ]);
    expect(big(after.emissionPaid) - big(before.emissionPaid)).to.equal(predicted.toStakers + predicted.toSuppliers);
    return predicted;
  }

  /** Cranks when something is owed; otherwise expects the crank refused with NothingDue. */
  async crankIfDue() {
    const due = emissionDue(await this.config(), unixTimestamp(this.world.svm), await this.balance(ioStakingPdas.emissionVault()))!;
    if (due.owed === 0n) await expectError(this.client.crankEmissions(), "NothingDue");
    else await this.crank();
  }

  /** The emission books after any number of cranks: vaults, config totals and the schedule agree exactly. */
  async expectBooks(funded: bigint) {
    const config = await this.config();
    const paid = big(config.emissionPaid);
    expect(big(config.emissionToStakers) + big(config.emissionToSuppliers)).to.equal(paid);
    expect(big(config.emissionToStakers)).to.equal((paid * BigInt(STAKER_BPS)) / 10_000n);
    expect(await this.balance(ioStakingPdas.emissionVault())).to.equal(funded - paid);
    expect(await this.balance(ioStakingPdas.supplierVault())).to.equal(big(config.emissionToSuppliers));
    expect(big(config.emissionScheduled)).to.equal(cumulativeEmission(big(config.emissionEpochs), 8));
    expect(paid <= big(config.emissionScheduled)).to.equal(true);
    return config;
  }
}

describe("io_staking emissions", () => {
  it("starts once, by the admin, with a valid split; its vaults belong to the config", async () => {
    const world = await new World().createIo();
    await world.initStaking();
    setUnixTimestamp(world.svm, GENESIS - 100n);
    const stranger = Keypair.generate();
    world.provider.airdrop(stranger.publicKey, 10n ** 10n);
    const io = await world.stakingClient.ioAccounts();
    const start = (who: Keypair, genesis: bigint, stakerBps: number, stream: bigint) =>
      ioStaking
        .startEmissionsIx(world.staking, { admin: who.publicKey, genesis, stakerBps, streamSeconds: stream, ...io })
        .signers([who])
        .rpc();
    const keys = [ioStakingPdas.config(), ioStakingPdas.emissionVault(), ioStakingPdas.supplierVault()];
    await expectRejected(world, keys, () => start(stranger, GENESIS, STAKER_BPS, STREAM), "NotAdmin");
    await expectRejected(world, keys, () => start(world.admin, GENESIS, 10_001, STREAM), "InvalidEmissionSplit");
    await expectRejected(world, keys, () => start(world.admin, GENESIS, STAKER_BPS, 0n), "InvalidEmissionSplit");
    await expectRejected(world, keys, () => start(world.admin, GENESIS, STAKER_BPS, 6n * YEAR), "InvalidEmissionSplit");
    await expectRejected(world, keys, () => start(world.admin, 0n, STAKER_BPS, STREAM), "InvalidEmissionGenesis");
    // Within a year of now either way: a genesis in milliseconds would start the schedule in the year 56,000.
    const now = unixTimestamp(world.svm);
    await expectRejected(world, keys, () => start(world.admin, now * 1_000n, STAKER_BPS, STREAM), "InvalidEmissionGenesis");
    await expectRejected(world, keys, () => start(world.admin, now + YEAR + 1n, STAKER_BPS, STREAM), "InvalidEmissionGenesis");
    await expectRejected(world, keys, () => start(world.admin, now - YEAR - 1n, STAKER_BPS, STREAM), "InvalidEmissionGenesis");
    await expectRejected(world, keys, () => world.stakingClient.crankEmissions(), "EmissionsNotStarted");

    await start(world.admin, GENESIS, STAKER_BPS, STREAM);
    const config = await world.stakingClient.config();
    expect([big(config.emissionGenesis), config.emissionStakerBps, big(config.emissionStreamSeconds)]).to.deep.equal([GENESIS, STAKER_BPS, STREAM]);
    expect([config.emissionVault.toBase58(), config.supplierVault.toBase58()]).to.deep.equal([
      ioStakingPdas.emissionVault().toBase58(),
      ioStakingPdas.supplierVault().toBase58(),
    ]);
    for (const vault of [ioStakingPdas.emissionVault(), ioStakingPdas.supplierVault()]) {
      const account = await getAccount(world.provider.connection, vault, "confirmed", world.ioTokenProgram);
      expect([account.owner.toBase58(), account.mint.toBase58(), account.amount]).to.deep.equal([
        ioStakingPdas.config().toBase58(),
        world.ioMint.toBase58(),
        0n,
      ]);
    }
    await expectRejected(world, keys, () => start(world.admin, GENESIS, STAKER_BPS, STREAM), "EmissionsAlreadyStarted");
  });

  it("emits io.net's first epochs exactly: 4,566.21004566 IO after one hour, split 40/60", async () => {
    const w = await EmissionWorld.create(1_000_000n * IO);
    w.at(GENESIS + HOUR - 1n);
    await expectRejected(w.world, [ioStakingPdas.config(), ioStakingPdas.emissionVault()], () => w.client.crankEmissions(), "NothingDue");
    w.at(GENESIS + HOUR);
    const first = await w.crank();
    expect([first.epochs, first.toStakers + first.toSuppliers, first.toStakers]).to.deep.equal([1n, 456_621_004_566n, 182_648_401_826n]);
    await w.expectBooks(1_000_000n * IO);
    w.at(GENESIS + 3n * HOUR + 1_000n);
    const next = await w.crank();
    expect(next.toStakers + next.toSuppliers).to.equal(456_614_663_492n + 456_608_322_506n);
    await expectError(w.client.crankEmissions(), "NothingDue");
  });

  for (const [label, horizon, step] of [
    ["1 hour", HOUR, HOUR],
    ["1 week", 7n * DAY, HOUR],
    ["5 years", 5n * YEAR, 3n * DAY],
    ["past the end (20 years and a month)", 20n * YEAR + 30n * DAY, 30n * DAY],
  ] as const) {
    it(`catches up ${label} in one crank with the same totals as cranking every ${step === HOUR ? "hour" : `${step / DAY} days`}`, async () => {
      const fund = 301_000_000n * IO;
      const once = await EmissionWorld.create(fund);
      once.at(GENESIS + horizon);
      await once.crank();
      const onceBooks = await once.expectBooks(fund);

      const often = await EmissionWorld.create(fund);
      for (let t = GENESIS + step; ; t += step) {
        often.at(t < GENESIS + horizon ? t : GENESIS + horizon);
        await often.crankIfDue();
        if (t >= GENESIS + horizon) break;
      }
      const oftenBooks = await often.expectBooks(fund);
      const totals = (c: typeof onceBooks) => [big(c.emissionEpochs), big(c.emissionPaid), big(c.emissionToStakers), big(c.emissionToSuppliers)];
      expect(totals(oftenBooks)).to.deep.equal(totals(onceBooks));
      const epochs = epochsAt(GENESIS, GENESIS + horizon);
      expect(big(onceBooks.emissionPaid)).to.equal(cumulativeEmission(epochs, 8));
      if (horizon > 20n * YEAR) {
        expect([epochs, big(onceBooks.emissionPaid)]).to.deep.equal([LAST_EPOCH, 30_000_000_000_044_093n]);
        once.at(GENESIS + 40n * YEAR);
        await expectError(once.client.crankEmissions(), "NothingDue");
      }
    });
  }

  it("an underfunded vault pays what it holds and records the shortfall; the next cranks pay it once refilled", async () => {
    const w = await EmissionWorld.create(1_000n * IO);
    w.at(GENESIS + 7n * DAY);
    const owed = cumulativeEmission(168n, 8);
    const first = await w.crank();
    expect([first.toStakers + first.toSuppliers, first.shortfall]).to.deep.equal([1_000n * IO, owed - 1_000n * IO]);
    expect(await w.balance(ioStakingPdas.emissionVault())).to.equal(0n);
    // Nothing new is due and the vault is empty: the crank pays nothing and still reports the shortfall.
    const empty = await w.crank();
    expect([empty.toStakers + empty.toSuppliers, empty.shortfall]).to.deep.equal([0n, owed - 1_000n * IO]);
    await w.fund(owed);
    const refilled = await w.crank();
    expect([refilled.toStakers + refilled.toSuppliers, refilled.shortfall]).to.deep.equal([owed - 1_000n * IO, 0n]);
    await w.expectBooks(1_000n * IO + owed);
  });

  it("streams the stakers' share to stakers through the reward stream", async () => {
    const w = await EmissionWorld.create(1_000_000n * IO);
    w.at(GENESIS + DAY);
    const crank = await w.crank();
    const config = await w.config();
    expect([big(config.rewardRate), big(config.rewardPeriodEnd)]).to.deep.equal([crank.toStakers / STREAM, GENESIS + DAY + STREAM]);
    w.at(GENESIS + DAY + STREAM);
    const pending = await w.client.pendingRewards(w.staker.keypair.publicKey, GENESIS + DAY + STREAM);
    const before = await w.balance(w.staker.token);
    await w.client.claimRewards(w.staker.keypair);
    const claimed = (await w.balance(w.staker.token)) - before;
    // The only staker receives the whole share streamed, less the rate's and the accumulator's rounding.
    expect(claimed).to.equal(pending);
    expect((crank.toStakers / STREAM) * STREAM - claimed <= 1n).to.equal(true);
    expect(crank.toStakers - claimed < STREAM + 1n).to.equal(true);
  });

  it("never shortens a longer reward campaign the admin funded: the emission joins it until its end", async () => {
    const w = await EmissionWorld.create(1_000_000n * IO);
    w.at(GENESIS);
    await w.world.mintToAdmin(1_000_000n * IO);
    await w.client.fundRewards(w.world.admin, 1_000_000n * IO, 5n * YEAR);
    const campaign = await w.config();
    w.at(GENESIS + DAY);
    const crank = await w.crank();
    const config = await w.config();
    const remaining = big(campaign.rewardPeriodEnd) - (GENESIS + DAY);
    const unstreamed = big(campaign.rewardRate) * remaining;
    expect([big(config.rewardPeriodEnd), big(config.rewardRate)]).to.deep.equal([big(campaign.rewardPeriodEnd), (unstreamed + crank.toStakers) / remaining]);
  });

  it("refuses an emission or supplier vault as the treasury", async () => {
    const w = await EmissionWorld.create(0n);
    const config = await w.config();
    for (const vault of [ioStakingPdas.emissionVault(), ioStakingPdas.supplierVault()]) {
      const settings = {
        unstakeCooldown: big(config.unstakeCooldown),
        minStakePerGpu: big(config.minStakePerGpu),
        classMultipliersBps: config.classMultipliersBps,
        bondAuthority: config.bondAuthority,
        slashAuthority: config.slashAuthority,
      };
      await expectRejected(
        w.world,
        [ioStakingPdas.config()],
        () => ioStaking.updateConfigIx(w.world.staking, w.world.admin.publicKey, vault, settings).signers([w.world.admin]).rpc(),
        "InvalidTreasury",
      );
    }
  });

  it("refuses while paused and with vaults that are not the config's, changing nothing", async () => {
    const w = await EmissionWorld.create(1_000_000n * IO);
    w.at(GENESIS + DAY);
    const io = await w.client.ioAccounts();
    const keys = [ioStakingPdas.config(), ioStakingPdas.emissionVault(), ioStakingPdas.supplierVault(), ioStakingPdas.rewardVault()];
    const stranger = await createAta(w.world.provider, w.world.ioMint, Keypair.generate().publicKey, w.world.ioTokenProgram);
    const crankWith = (accounts: Record<string, PublicKey>) => ioStaking.crankEmissionsIx(w.world.staking, io).accountsPartial(accounts).rpc();
    await expectRejected(w.world, [...keys, stranger], () => crankWith({ supplierVault: stranger }), "ConstraintAddress");
    await expectRejected(w.world, [...keys, stranger], () => crankWith({ rewardVault: ioStakingPdas.supplierVault() }), "ConstraintAddress");
    await expectRejected(w.world, [...keys, stranger], () => crankWith({ emissionVault: stranger }), "ConstraintAddress");
    await ioStaking.pauseIx(w.world.staking, w.world.admin.publicKey).signers([w.world.admin]).rpc();
    await expectRejected(w.world, keys, () => w.client.crankEmissions(), "Paused");
  });

  it("keeps exact books over 300 random cranks, refills and donations", async () => {
    const w = await EmissionWorld.create(0n);
    let funded = 0n;
    let seed = 42n;
    const random = (n: bigint) => {
      seed = (seed * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) % 2n ** 64n;
      return (seed >> 11n) % n;
    };
    let t = GENESIS;
    for (let step = 0; step < 300; step++) {
      t += random(3n) === 0n ? random(60n * DAY) : random(3n * HOUR);
      w.at(t);
      if (random(4n) === 0n) {
        const amount = random(2_000_000n * IO);
        await w.fund(amount);
        funded += amount;
      }
      await w.crankIfDue();
      await w.expectBooks(funded);
    }
    expect(big((await w.config()).emissionPaid) > 0n).to.equal(true);
  });

  it("the admin withdraws only what the vault holds beyond what the schedule still owes, to the treasury", async () => {
    const total = cumulativeEmission(LAST_EPOCH, 8);
    const w = await EmissionWorld.create(total + 5n * IO);
    const { world } = w;
    const stranger = Keypair.generate();
    world.provider.airdrop(stranger.publicKey, 10n ** 10n);
    const io = await w.client.ioAccounts();
    const keys = [ioStakingPdas.config(), ioStakingPdas.emissionVault(), world.ioTreasury];
    const withdraw = (who: Keypair) =>
      ioStaking
        .withdrawEmissionSurplusIx(world.staking, { admin: who.publicKey, treasury: world.ioTreasury, ...io })
        .signers([who])
        .rpc();
    await expectRejected(world, keys, () => withdraw(stranger), "NotAdmin");
    w.at(GENESIS + 30n * DAY);
    await w.crank();
    const treasury = await w.balance(world.ioTreasury);
    await w.client.withdrawEmissionSurplus(world.admin);
    expect((await w.balance(world.ioTreasury)) - treasury).to.equal(5n * IO);
    const config = await w.config();
    expect(await w.balance(ioStakingPdas.emissionVault())).to.equal(total - big(config.emissionPaid));
    await expectRejected(world, keys, () => withdraw(world.admin), "NoEmissionSurplus");
    // Tokens sent to the vault from outside are surplus too; the schedule still gets every unit it owes.
    await w.fund(7n);
    await w.client.withdrawEmissionSurplus(world.admin);
    expect((await w.balance(world.ioTreasury)) - treasury).to.equal(5n * IO + 7n);
    w.at(GENESIS + 21n * YEAR);
    await w.crank();
    expect([big((await w.config()).emissionPaid), await w.balance(ioStakingPdas.emissionVault())]).to.deep.equal([total, 0n]);
  });

  it("a staker's expected emission is what it earns: its share of the stakers' part, streamed after the crank", async () => {
    const w = await EmissionWorld.create(cumulativeEmission(LAST_EPOCH, 8));
    const config0 = await w.config();
    const expected = ioStaking.expectedStakerEmission(config0, 1_000n * IO, 1_000n * IO, GENESIS, GENESIS + 10n * HOUR);
    expect(expected).to.equal((cumulativeEmission(10n, 8) * BigInt(STAKER_BPS)) / 10_000n);
    expect(ioStaking.expectedStakerEmission(config0, 250n * IO, 1_000n * IO, GENESIS, GENESIS + 10n * HOUR)).to.equal(expected / 4n);
    w.at(GENESIS + 10n * HOUR);
    await w.crank();
    w.at(GENESIS + 10n * HOUR + STREAM);
    const earned = ioStaking.pendingRewards(await w.config(), (await w.client.position(w.staker.keypair.publicKey))!, GENESIS + 10n * HOUR + STREAM);
    // The sole staker earns all of it, less the stream's rounding (under one base unit per second streamed).
    expect(earned <= expected && expected - earned < STREAM).to.equal(true);
  });
});
