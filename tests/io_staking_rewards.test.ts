import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, tokenBalance } from "@io-compute/sdk";
import { setUnixTimestamp } from "@io-compute/sdk/testing";
import { big, expectRejected, IO, World, withAccount } from "./helpers";

const { ioStakingPdas, positionPda, fundRewardsIx, claimRewardsIx, fetchPosition, fetchStakingConfig, pendingRewards } = ioStaking;

const T0 = 1_800_000_000n;

/** Exact rational arithmetic, so expected rewards are computed independently of the program's Q64.64 math. */
class Fraction {
  constructor(readonly num: bigint, readonly den: bigint = 1n) {}
  add(other: Fraction): Fraction {
    return new Fraction(this.num * other.den + other.num * this.den, this.den * other.den);
  }
  floor(): bigint {
    return this.num / this.den;
  }
}

describe("io_staking: fund_rewards and claim_rewards", () => {
  let world: World;
  const client = () => world.stakingClient;
  const config = () => fetchStakingConfig(world.staking);
  const position = async (owner: Keypair) => (await fetchPosition(world.staking, owner.publicKey))!;
  const rewardVault = () => ioStakingPdas.rewardVault();
  const balance = (account: PublicKey) => tokenBalance(world.provider, account, world.ioTokenProgram);
  const at = (t: bigint) => setUnixTimestamp(world.svm, t);

  beforeEach(async () => {
    world = await new World().createIo();
    await world.initStaking();
    await world.mintToAdmin(1_000_000n * IO);
    at(T0);
  });

  it("funds a period: rate = amount / duration, IO moves into the reward vault", async () => {
    await client().fundRewards(world.admin, 1_000n * IO, 1_000n);
    const event = world.provider.lastResult!.events.find((e) => e.name === "rewardsFunded")!;
    expect(big(event.data.amount)).to.equal(1_000n * IO);
    expect(big(event.data.rate)).to.equal(IO);
    expect(big(event.data.periodEnd)).to.equal(T0 + 1_000n);
    const c = await config();
    expect(big(c.rewardRate)).to.equal(IO);
    expect(big(c.rewardPeriodEnd)).to.equal(T0 + 1_000n);
    expect(big(c.lastUpdateTime)).to.equal(T0);
    expect(big(c.totalRewardsFunded)).to.equal(1_000n * IO);
    expect(await balance(rewardVault())).to.equal(1_000n * IO);
    expect(await balance(world.ioTreasury)).to.equal(999_000n * IO);
  });

  it("a top-up mid-period rolls what is left into the new period", async () => {
    await client().fundRewards(world.admin, 1_000n * IO, 1_000n);
    at(T0 + 400n);
    await client().fundRewards(world.admin, 600n * IO, 1_000n);
    const c = await config();
    // (600 new + 600 not yet streamed) over 1,000 s.
    expect(big(c.rewardRate)).to.equal((1_200n * IO) / 1_000n);
    expect(big(c.rewardPeriodEnd)).to.equal(T0 + 1_400n);
    expect(big(c.totalRewardsFunded)).to.equal(1_600n * IO);
  });

  it("a lone staker earns everything streamed while staked, and claims it", async () => {
    const { keypair: a, token: aIo } = await world.newIoHolder(100n * IO);
    await client().fundRewards(world.admin, 1_000n * IO, 1_000n);
    await client().stake(a, 100n * IO);
    at(T0 + 250n);
    expect(await client().pendingRewards(a.publicKey, T0 + 250n)).to.equal(250n * IO);
    await client().claimRewards(a);
    const event = world.provider.lastResult!.events.find((e) => e.name === "rewardsClaimed")!;
    expect(big(event.data.amount)).to.equal(250n * IO);
    expect(await balance(aIo)).to.equal(250n * IO);
    expect(await balance(rewardVault())).to.equal(750n * IO);
    const p = await position(a);
    expect(big(p.rewardsOwed)).to.equal(0n);
    expect(big((await config()).totalRewardsClaimed)).to.equal(250n * IO);
  });

  it("shares rewards between stakers entering at different times, as computed independently", async () => {
    const amounts = [100n * IO, 300n * IO, 600n * IO, 37n * IO + 12_345n];
    const holders = await Promise.all(amounts.map((a) => world.newIoHolder(a)));
    const rate = 1_000_003n; // base units per second; awkward on purpose
    await client().fundRewards(world.admin, rate * 10_000n, 10_000n);

    // Timeline: [time, staker index, action]; stake and unstake change the earning weights.
    const timeline: [bigint, number, "stake" | "unstake" | "claim"][] = [
      [T0 + 10n, 0, "stake"],
      [T0 + 110n, 1, "stake"],
      [T0 + 555n, 2, "stake"],
      [T0 + 1_000n, 0, "claim"],
      [T0 + 1_234n, 3, "stake"],
      [T0 + 2_000n, 1, "unstake"], // pending stake earns nothing from here
      [T0 + 3_333n, 2, "claim"],
    ];
    const weights = amounts.map(() => 0n);
    const exact = amounts.map(() => new Fraction(0n));
    let last = T0;
    const accrue = (until: bigint) => {
      const total = weights.reduce((x, y) => x + y, 0n);
      if (total > 0n) weights.forEach((w, i) => (exact[i] = exact[i].add(new Fraction(rate * (until - last) * w, total))));
      last = until;
    };
    const claimed = amounts.map(() => 0n);
    for (const [t, i, action] of timeline) {
      at(t);
      accrue(t);
      const { keypair } = holders[i];
      if (action === "stake") {
        await client().stake(keypair, amounts[i]);
        weights[i] = amounts[i];
      } else if (action === "unstake") {
        await client().requestUnstake(keypair, amounts[i]);
        weights[i] = 0n;
      } else {
        const before = await balance(holders[i].token);
        await client().claimRewards(keypair);
        claimed[i] += (await balance(holders[i].token)) - before;
      }
    }
    const end = T0 + 5_000n;
    at(end);
    accrue(end);
    const updates = BigInt(timeline.length + 1);
    for (let i = 0; i < amounts.length; i++) {
      const onChain = claimed[i] + pendingRewards(await config(), await position(holders[i].keypair), end);
      const expected = exact[i].floor();
      // Every accumulator step rounds down: at most one base unit lost per step, never a unit gained.
      expect(onChain <= expected, `staker ${i}: ${onChain} > ${expected}`).to.equal(true);
      expect(expected - onChain <= updates, `staker ${i}: ${onChain} vs ${expected}`).to.equal(true);
      // And the SDK's off-chain figure is exactly what the program pays.
      const before = await balance(holders[i].token);
      await client().claimRewards(holders[i].keypair);
      expect((await balance(holders[i].token)) - before + claimed[i]).to.equal(onChain);
    }
  });

  it("stake under cooldown earns nothing; time with no stakers is not distributed", async () => {
    const { keypair: a } = await world.newIoHolder(100n * IO);
    const { keypair: b } = await world.newIoHolder(100n * IO);
    await client().fundRewards(world.admin, 1_000n * IO, 1_000n);
    at(T0 + 100n); // 100 IO streamed to nobody
    await client().stake(a, 100n * IO);
    await client().stake(b, 100n * IO);
    at(T0 + 300n);
    await client().requestUnstake(a, 100n * IO);
    at(T0 + 500n);
    const c = await config();
    expect(pendingRewards(c, await position(a), T0 + 500n)).to.equal(100n * IO);
    expect(pendingRewards(c, await position(b), T0 + 500n)).to.equal(100n * IO + 200n * IO);
    await client().claimRewards(a);
    await client().claimRewards(b);
    expect(big((await config()).totalRewardsClaimed)).to.equal(400n * IO);
    expect(await balance(rewardVault())).to.equal(600n * IO);
  });

  it("pays never more than funded: after the period, the vault keeps only rounding dust and undistributed time", async () => {
    const stakers = await Promise.all([3n, 7n, 11n].map((n) => world.newIoHolder(n * IO + n)));
    await client().fundRewards(world.admin, 1_000n * IO + 999n, 1_000n);
    for (const [i, s] of stakers.entries()) await client().stake(s.keypair, BigInt([3, 7, 11][i]) * IO + BigInt(i));
    at(T0 + 5_000n);
    let paid = 0n;
    for (const s of stakers) {
      await client().claimRewards(s.keypair);
      paid += big(world.provider.lastResult!.events.find((e) => e.name === "rewardsClaimed")!.data.amount);
    }
    const funded = 1_000n * IO + 999n;
    expect(paid <= funded).to.equal(true);
    expect(funded - paid < 1_000n + 3n).to.equal(true); // the rate's remainder (999) and per-staker rounding
    expect(await balance(rewardVault())).to.equal(funded - paid);
  });

  describe("rejects, changing nothing", () => {
    let staker: Keypair;
    let stakerIo: PublicKey;
    beforeEach(async () => {
      ({ keypair: staker, token: stakerIo } = await world.newIoHolder(100n * IO));
      await client().stake(staker, 100n * IO);
    });
    const keys = () => [world.ioTreasury, rewardVault(), ioStakingPdas.config(), stakerIo, positionPda(staker.publicKey)];
    const fund = (amount: bigint, duration: bigint) => client().fundRewards(world.admin, amount, duration);

    it("a claim with nothing to claim", async () => {
      await expectRejected(world, keys(), () => client().claimRewards(staker), "NothingToClaim");
    });

    it("funding: a zero amount, a bad duration, a rate that rounds to zero, more than the balance", async () => {
      await expectRejected(world, keys(), () => fund(0n, 100n), "ZeroAmount");
      await expectRejected(world, keys(), () => fund(IO, 0n), "InvalidRewardDuration");
      await expectRejected(world, keys(), () => fund(IO, 5n * 365n * 86_400n + 1n), "InvalidRewardDuration");
      await expectRejected(world, keys(), () => fund(99n, 100n), "RewardRateTooLow");
      await expectRejected(world, keys(), () => fund(1_000_000n * IO + 1n, 100n), "InsufficientBalance");
    });

    it("funding by anyone but the admin", async () => {
      const ix = await fundRewardsIx(world.staking, {
        admin: staker.publicKey,
        adminToken: stakerIo,
        amount: IO,
        duration: 100n,
        ioMint: world.ioMint,
        tokenProgram: world.ioTokenProgram,
      }).instruction();
      await expectRejected(world, [...keys(), staker.publicKey], () => world.send(ix, [staker]), "NotAdmin");
    });

    it("a claim into the reward vault itself, or from the stake vault", async () => {
      await fund(1_000n * IO, 1_000n);
      at(T0 + 10n);
      const ix = await claimRewardsIx(world.staking, {
        owner: staker.publicKey,
        ownerToken: stakerIo,
        ioMint: world.ioMint,
        tokenProgram: world.ioTokenProgram,
      }).instruction();
      const all = [...keys(), ioStakingPdas.stakeVault()];
      await expectRejected(world, all, () => world.send(withAccount(ix, 3, rewardVault()), [staker]), "PayoutToProgramVault");
      await expectRejected(world, all, () => world.send(withAccount(ix, 4, ioStakingPdas.stakeVault()), [staker]), "ConstraintAddress");
    });
  });
});
