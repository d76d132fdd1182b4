// Randomized run of io_staking against an independent model: thousands of random stake / unstake / cancel /
// withdraw / claim / fund / clock steps over several stakers, checking the books after every step.
import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, tokenBalance, TransactionFailedError } from "@io-compute/sdk";
import { advanceClock, setUnixTimestamp, unixTimestamp } from "@io-compute/sdk/testing";
import { big, IO, World } from "./helpers";

const { ioStakingPdas, fetchStakingConfig, fetchPosition, pendingRewards } = ioStaking;

const STEPS = Number(process.env.RANDOM_STEPS ?? 2_000);
const SEED = Number(process.env.RANDOM_SEED ?? 20261125);
const STAKERS = 5;
const COOLDOWN = 3n * 86_400n;
/** The model keeps each staker's exact entitlement as a fixed-point number with this many fractional bits. */
const SCALE_BITS = 128n;

/** mulberry32: a small seeded generator, so a failing run can be replayed with RANDOM_SEED. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n: bigint) => BigInt(Math.floor(next() * Number(n))), pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] };
}

interface ModelStaker {
  keypair: Keypair;
  token: PublicKey;
  earning: bigint;
  pending: bigint;
  unlock: bigint;
  /** Exact entitlement so far, scaled by 2^SCALE_BITS (floored once per step: error < one unit of scale per step). */
  entitledScaled: bigint;
  claimed: bigint;
  hasPosition: boolean;
}

describe(`io_staking: ${STEPS} random steps against an independent model (seed ${SEED})`, () => {
  it("keeps vaults = staked + pending + unclaimed + dust, and never pays a staker more than it earned", async () => {
    const r = rng(SEED);
    const world = await new World().createIo();
    await world.initStaking({ unstakeCooldown: COOLDOWN });
    await world.mintToAdmin(10n ** 12n * IO);
    const client = world.stakingClient;
    let now = 1_800_000_000n;
    setUnixTimestamp(world.svm, now);

    const stakers: ModelStaker[] = [];
    for (let i = 0; i < STAKERS; i++) {
      const { keypair, token } = await world.newIoHolder(1_000_000n * IO);
      stakers.push({ keypair, token, earning: 0n, pending: 0n, unlock: 0n, entitledScaled: 0n, claimed: 0n, hasPosition: false });
    }
    // The model's reward stream.
    let rate = 0n;
    let periodEnd = 0n;
    let lastAccrual = now;
    let funded = 0n;
    let fundRemainders = 0n; // what a rate's division left unstreamed
    let undistributed = 0n; // streamed while nobody earned
    let swept = 0n; // of the two above, moved to the treasury
    let steps = 0n;

    const accrue = (until: bigint) => {
      const end = until < periodEnd ? until : periodEnd;
      if (end > lastAccrual) {
        const streamed = rate * (end - lastAccrual);
        const total = stakers.reduce((s, x) => s + x.earning, 0n);
        if (total === 0n) undistributed += streamed;
        else for (const s of stakers) s.entitledScaled += ((streamed * s.earning) << SCALE_BITS) / total;
      }
      if (until > lastAccrual) lastAccrual = until;
    };

    const expectFailure = async (action: () => Promise<unknown>, name: string) => {
      try {
        await action();
      } catch (e) {
        expect(e).to.be.instanceOf(TransactionFailedError);
        expect((e as TransactionFailedError).errorName).to.equal(name);
        return;
      }
      expect.fail(`expected ${name}`);
    };

    const counts: Record<string, number> = {};
    for (let step = 0; step < STEPS; step++) {
      steps++;
      const s = r.pick(stakers);
      const roll = r.next();
      let action: string;
      if (roll < 0.22) {
        action = "stake";
        const balance = await tokenBalance(world.provider, s.token, world.ioTokenProgram);
        const amount = 1n + r.below(balance < 50_000n * IO ? balance : 50_000n * IO);
        accrue(now);
        await client.stake(s.keypair, amount);
        s.earning += amount;
        s.hasPosition = true;
      } else if (roll < 0.36) {
        action = "request_unstake";
        if (s.earning === 0n) {
          // A staker who never staked has no position yet.
          await expectFailure(() => client.requestUnstake(s.keypair, 1n), s.hasPosition ? "InsufficientStake" : "AccountOwnedByWrongProgram");
        } else {
          const amount = 1n + r.below(s.earning);
          accrue(now);
          await client.requestUnstake(s.keypair, amount);
          s.earning -= amount;
          s.pending += amount;
          s.unlock = now + COOLDOWN;
        }
      } else if (roll < 0.40) {
        action = "cancel_unstake";
        if (s.pending === 0n) continue;
        accrue(now);
        await client.cancelUnstake(s.keypair);
        s.earning += s.pending;
        s.pending = 0n;
        s.unlock = 0n;
      } else if (roll < 0.52) {
        action = "withdraw";
        if (s.pending === 0n) continue;
        if (now < s.unlock) {
          await expectFailure(() => client.withdraw(s.keypair), "CooldownNotElapsed");
        } else {
          const before = await tokenBalance(world.provider, s.token, world.ioTokenProgram);
          await client.withdraw(s.keypair);
          expect(await tokenBalance(world.provider, s.token, world.ioTokenProgram)).to.equal(before + s.pending);
          s.pending = 0n;
          s.unlock = 0n;
        }
      } else if (roll < 0.66) {
        action = "claim_rewards";
        const position = await fetchPosition(world.staking, s.keypair.publicKey);
        if (!position) continue;
        const expected = pendingRewards(await fetchStakingConfig(world.staking), position, now);
        accrue(now);
        if (expected === 0n) {
          await expectFailure(() => client.claimRewards(s.keypair), "NothingToClaim");
        } else {
          const before = await tokenBalance(world.provider, s.token, world.ioTokenProgram);
          await client.claimRewards(s.keypair);
          const got = (await tokenBalance(world.provider, s.token, world.ioTokenProgram)) - before;
          expect(got).to.equal(expected);
          s.claimed += got;
        }
      } else if (roll < 0.74) {
        action = "fund_rewards";
        const amount = 1n + r.below(10_000n * IO);
        const duration = 1n + r.below(200_000n);
        accrue(now);
        const leftover = now < periodEnd ? rate * (periodEnd - now) : 0n;
        const newRate = (amount + leftover) / duration;
        if (newRate === 0n) {
          await expectFailure(() => client.fundRewards(world.admin, amount, duration), "RewardRateTooLow");
        } else {
          await client.fundRewards(world.admin, amount, duration);
          fundRemainders += amount + leftover - newRate * duration;
          rate = newRate;
          periodEnd = now + duration;
          funded += amount;
          expect(big((await fetchStakingConfig(world.staking)).rewardRate)).to.equal(rate);
        }
      } else if (roll < 0.77) {
        // Rewards owed to nobody (the rates' remainders, time nobody earned) go to the treasury; nothing else.
        action = "sweep_undistributed";
        accrue(now);
        const sweepable = fundRemainders + undistributed - swept;
        expect(ioStaking.undistributedAt(await fetchStakingConfig(world.staking), now), `step ${step}: sweepable`).to.equal(sweepable);
        if (sweepable === 0n) {
          await expectFailure(() => client.sweepUndistributed(world.admin), "NothingToSweep");
        } else {
          await client.sweepUndistributed(world.admin);
          swept += sweepable;
        }
      } else {
        action = "clock";
        now = advanceClock(world.svm, 1n + r.below(r.next() < 0.1 ? COOLDOWN : 20_000n));
        steps--; // no transaction, no rounding step
      }
      counts[action] = (counts[action] ?? 0) + 1;
      expect(unixTimestamp(world.svm)).to.equal(now);

      // ---- The books, after every step ----
      accrue(now);
      const config = await fetchStakingConfig(world.staking);
      const positions = await Promise.all(stakers.map((x) => fetchPosition(world.staking, x.keypair.publicKey)));
      const stakeVault = await tokenBalance(world.provider, ioStakingPdas.stakeVault(), world.ioTokenProgram);
      const rewardVault = await tokenBalance(world.provider, ioStakingPdas.rewardVault(), world.ioTokenProgram);
      const totalEarning = stakers.reduce((a, x) => a + x.earning, 0n);
      const totalPending = stakers.reduce((a, x) => a + x.pending, 0n);
      expect(big(config.totalStaked)).to.equal(totalEarning);
      expect(big(config.totalPendingUnstake)).to.equal(totalPending);
      positions.forEach((p, i) => {
        expect(big(p?.staked ?? 0)).to.equal(stakers[i].earning);
        expect(big(p?.pendingUnstake ?? 0)).to.equal(stakers[i].pending);
      });
      expect(stakeVault).to.equal(totalEarning + totalPending);

      const unclaimed = positions.reduce((a, p) => a + (p ? pendingRewards(config, p, now) : 0n), 0n);
      const unstreamed = periodEnd > now ? rate * (periodEnd - now) : 0n;
      const claimed = stakers.reduce((a, x) => a + x.claimed, 0n);
      expect(big(config.totalRewardsFunded)).to.equal(funded);
      expect(big(config.totalRewardsClaimed)).to.equal(claimed);
      expect(big(config.totalRewardsSwept)).to.equal(swept);
      expect(rewardVault).to.equal(funded - claimed - swept);
      const dust = stakeVault + rewardVault - (totalEarning + totalPending + unclaimed + unstreamed);
      // Dust is what the program keeps: never negative (nobody is owed more than is there), and no more than
      // the rates' remainders, the time nobody earned, and at most a unit per staker per step of rounding.
      expect(dust >= 0n, `step ${step}: negative dust ${dust}`).to.equal(true);
      expect(dust <= fundRemainders + undistributed - swept + steps * BigInt(STAKERS + 1), `step ${step}: dust ${dust}`).to.equal(true);
      positions.forEach((p, i) => {
        const received = stakers[i].claimed + (p ? pendingRewards(config, p, now) : 0n);
        // Never more than its exact entitlement (the model's floor error is below one unit of scale per step).
        expect(received << SCALE_BITS <= stakers[i].entitledScaled + steps, `step ${step}, staker ${i}: ${received}`).to.equal(true);
        // ...and short of it by at most two units per step (accumulator and settlement each round down once).
        expect((received + 2n * steps) << SCALE_BITS >= stakers[i].entitledScaled, `step ${step}, staker ${i} short`).to.equal(true);
      });
      expect(claimed <= funded).to.equal(true);
    }
    console.log(`      steps: ${JSON.stringify(counts)}`);
  });
});
