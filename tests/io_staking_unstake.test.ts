import { expect } from "chai";
import { TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, iosd, tokenBalance } from "@io-compute/sdk";
import { advanceClock, setUnixTimestamp, unixTimestamp } from "@io-compute/sdk/testing";
import { big, expectRejected, IO, World, withAccount, withoutSigner } from "./helpers";

const { ioStakingPdas, positionPda, requestUnstakeIx, cancelUnstakeIx, withdrawIx, fetchPosition, fetchStakingConfig } = ioStaking;
const COOLDOWN = ioStaking.DEFAULT_UNSTAKE_COOLDOWN;

describe("io_staking: request_unstake, cancel_unstake, withdraw", () => {
  let world: World;
  let staker: Keypair;
  let stakerIo: PublicKey;
  const vault = () => ioStakingPdas.stakeVault();
  const position = async () => (await fetchPosition(world.staking, staker.publicKey))!;
  const config = () => fetchStakingConfig(world.staking);
  const withdrawParams = (overrides: Partial<ioStaking.PayoutParams> = {}): ioStaking.PayoutParams => ({
    owner: staker.publicKey,
    ownerToken: stakerIo,
    ioMint: world.ioMint,
    tokenProgram: world.ioTokenProgram,
    ...overrides,
  });
  const keys = () => [staker.publicKey, stakerIo, vault(), ioStakingPdas.config(), positionPda(staker.publicKey)];

  beforeEach(async () => {
    world = await new World().createIo();
    await world.initStaking();
    ({ keypair: staker, token: stakerIo } = await world.newIoHolder(1_000n * IO));
    setUnixTimestamp(world.svm, 1_800_000_000n);
    await world.stakingClient.stake(staker, 600n * IO);
  });

  it("moves stake into the cooldown: it leaves the earning total, the IO stays in the vault", async () => {
    await world.stakingClient.requestUnstake(staker, 250n * IO);
    const event = world.provider.lastResult!.events.find((e) => e.name === "unstakeRequested")!;
    expect(big(event.data.amount)).to.equal(250n * IO);
    expect(big(event.data.pendingUnstake)).to.equal(250n * IO);
    expect(big(event.data.unlockTime)).to.equal(1_800_000_000n + COOLDOWN);

    const p = await position();
    expect(big(p.staked)).to.equal(350n * IO);
    expect(big(p.pendingUnstake)).to.equal(250n * IO);
    expect(big(p.unlockTime)).to.equal(1_800_000_000n + COOLDOWN);
    const c = await config();
    expect(big(c.totalStaked)).to.equal(350n * IO);
    expect(big(c.totalPendingUnstake)).to.equal(250n * IO);
    expect(await tokenBalance(world.provider, vault(), world.ioTokenProgram)).to.equal(600n * IO);
    expect(await tokenBalance(world.provider, stakerIo, world.ioTokenProgram)).to.equal(400n * IO);
  });

  it("a second request adds to the pending amount and restarts the cooldown for all of it", async () => {
    await world.stakingClient.requestUnstake(staker, 100n * IO);
    advanceClock(world.svm, 5 * 86_400);
    await world.stakingClient.requestUnstake(staker, 50n * IO);
    const p = await position();
    expect(big(p.pendingUnstake)).to.equal(150n * IO);
    expect(big(p.unlockTime)).to.equal(1_800_000_000n + 5n * 86_400n + COOLDOWN);
    expect(big((await config()).totalPendingUnstake)).to.equal(150n * IO);
  });

  it("withdraws exactly when the 14-day cooldown has elapsed, not a second before", async () => {
    await world.stakingClient.requestUnstake(staker, 250n * IO);
    const unlock = 1_800_000_000n + COOLDOWN;
    setUnixTimestamp(world.svm, unlock - 1n);
    await expectRejected(world, keys(), () => world.stakingClient.withdraw(staker), "CooldownNotElapsed");

    setUnixTimestamp(world.svm, unlock);
    await world.stakingClient.withdraw(staker);
    const event = world.provider.lastResult!.events.find((e) => e.name === "withdrawn")!;
    expect(big(event.data.amount)).to.equal(250n * IO);
    expect(await tokenBalance(world.provider, stakerIo, world.ioTokenProgram)).to.equal(650n * IO);
    expect(await tokenBalance(world.provider, vault(), world.ioTokenProgram)).to.equal(350n * IO);
    const p = await position();
    expect(big(p.staked)).to.equal(350n * IO);
    expect(big(p.pendingUnstake)).to.equal(0n);
    expect(big(p.unlockTime)).to.equal(0n);
    const c = await config();
    expect(big(c.totalStaked)).to.equal(350n * IO);
    expect(big(c.totalPendingUnstake)).to.equal(0n);
  });

  it("withdraws to another IO account of the owner's choosing", async () => {
    const { token: elsewhere } = await world.newIoHolder(0n);
    await world.stakingClient.requestUnstake(staker, 600n * IO);
    advanceClock(world.svm, COOLDOWN);
    await world.stakingClient.withdraw(staker, elsewhere);
    expect(await tokenBalance(world.provider, elsewhere, world.ioTokenProgram)).to.equal(600n * IO);
    expect(await tokenBalance(world.provider, vault(), world.ioTokenProgram)).to.equal(0n);
  });

  it("cancel_unstake returns the pending amount to earning stake", async () => {
    await world.stakingClient.requestUnstake(staker, 250n * IO);
    await world.stakingClient.cancelUnstake(staker);
    const event = world.provider.lastResult!.events.find((e) => e.name === "unstakeCancelled")!;
    expect(big(event.data.amount)).to.equal(250n * IO);
    expect(big(event.data.staked)).to.equal(600n * IO);
    const p = await position();
    expect(big(p.staked)).to.equal(600n * IO);
    expect(big(p.pendingUnstake)).to.equal(0n);
    expect(big(p.unlockTime)).to.equal(0n);
    const c = await config();
    expect(big(c.totalStaked)).to.equal(600n * IO);
    expect(big(c.totalPendingUnstake)).to.equal(0n);
  });

  describe("rejects, changing nothing", () => {
    it("a zero amount, and more than the stake", async () => {
      await expectRejected(world, keys(), () => world.stakingClient.requestUnstake(staker, 0n), "ZeroAmount");
      await expectRejected(world, keys(), () => world.stakingClient.requestUnstake(staker, 600n * IO + 1n), "InsufficientStake");
    });

    it("withdraw or cancel with nothing pending", async () => {
      await expectRejected(world, keys(), () => world.stakingClient.withdraw(staker), "NoPendingUnstake");
      await expectRejected(world, keys(), () => world.stakingClient.cancelUnstake(staker), "NoPendingUnstake");
    });

    it("an owner that did not sign", async () => {
      await world.stakingClient.requestUnstake(staker, IO);
      advanceClock(world.svm, COOLDOWN);
      for (const ix of [
        await requestUnstakeIx(world.staking, staker.publicKey, IO).instruction(),
        await cancelUnstakeIx(world.staking, staker.publicKey).instruction(),
        await withdrawIx(world.staking, withdrawParams()).instruction(),
      ]) {
        await expectRejected(world, keys(), () => world.send(withoutSigner(ix, 0)), "ConstraintSigner");
      }
    });

    it("someone else acting on the staker's position", async () => {
      await world.stakingClient.requestUnstake(staker, IO);
      advanceClock(world.svm, COOLDOWN);
      const { keypair: thief, token: thiefIo } = await world.newIoHolder(0n);
      const all = [...keys(), thiefIo];
      for (const ix of [
        await requestUnstakeIx(world.staking, thief.publicKey, IO).instruction(),
        await cancelUnstakeIx(world.staking, thief.publicKey).instruction(),
        await withdrawIx(world.staking, withdrawParams({ owner: thief.publicKey, ownerToken: thiefIo })).instruction(),
      ]) {
        await expectRejected(world, all, () => world.send(withAccount(ix, 2, positionPda(staker.publicKey)), [thief]), "ConstraintSeeds");
      }
    });

    it("withdraw with the wrong vault, into the vault itself, with the wrong mint or token program", async () => {
      await world.stakingClient.requestUnstake(staker, IO);
      advanceClock(world.svm, COOLDOWN);
      const ix = await withdrawIx(world.staking, withdrawParams()).instruction();
      const all = [...keys(), ioStakingPdas.rewardVault()];
      await expectRejected(world, all, () => world.send(withAccount(ix, 4, ioStakingPdas.rewardVault()), [staker]), "ConstraintAddress");
      await expectRejected(world, all, () => world.send(withAccount(ix, 3, vault()), [staker]), "PayoutToProgramVault");
      await expectRejected(world, all, () => world.send(withAccount(ix, 5, world.ioTreasury), [staker]), "ConstraintAddress");
      await expectRejected(world, all, () => world.send(withAccount(ix, 6, TOKEN_2022_PROGRAM_ID), [staker]), "InvalidProgramId");
    });

    it("a config that is not io_staking's", async () => {
      await world.initIosd();
      const ix = await requestUnstakeIx(world.staking, staker.publicKey, IO).instruction();
      await expectRejected(world, keys(), () => world.send(withAccount(ix, 1, iosd.iosdPdas.config()), [staker]), "AccountOwnedByWrongProgram");
    });

    it("a staker whose position does not exist", async () => {
      const { keypair: stranger } = await world.newIoHolder(0n);
      await expectRejected(world, keys(), () => world.stakingClient.requestUnstake(stranger, IO), "AccountOwnedByWrongProgram");
    });
  });

  it("keeps the cooldown unlock time stable while the clock moves", async () => {
    await world.stakingClient.requestUnstake(staker, IO);
    const before = (await position()).unlockTime.toString();
    advanceClock(world.svm, 3);
    expect((await position()).unlockTime.toString()).to.equal(before);
    expect(unixTimestamp(world.svm)).to.equal(1_800_000_003n);
  });
});
