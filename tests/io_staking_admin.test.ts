import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking } from "@io-compute/sdk";
import { advanceClock, setUnixTimestamp } from "@io-compute/sdk/testing";
import { big, expectRejected, IO, World } from "./helpers";

const { ioStakingPdas, positionPda, updateConfigIx, proposeAdminIx, acceptAdminIx, pauseIx, unpauseIx, fetchStakingConfig } = ioStaking;

describe("io_staking: update_config, admin transfer, pause", () => {
  let world: World;
  const config = () => fetchStakingConfig(world.staking);
  const configKey = () => [ioStakingPdas.config()];

  beforeEach(async () => {
    world = await new World().createIo();
    await world.initStaking();
  });

  const newSettings = () => ({
    unstakeCooldown: 7n * 86_400n,
    minStakePerGpu: 150n * IO,
    classMultipliersBps: [10_000, 12_500, 30_000],
    bondAuthority: Keypair.generate().publicKey,
    slashAuthority: Keypair.generate().publicKey,
  });

  it("update_config changes every setting and the treasury; later unstake requests use the new cooldown", async () => {
    const { token: newTreasury } = await world.newIoHolder(0n);
    const settings = newSettings();
    setUnixTimestamp(world.svm, 1_800_000_000n); // a cluster's clock (a change is never ready at time 0)
    await updateConfigIx(world.staking, world.admin.publicKey, newTreasury, settings).rpc();
    // The treasury and authorities are proposed (this config's delay is 0) and applied by anyone.
    expect((await config()).bondAuthority.toBase58()).to.not.equal(settings.bondAuthority.toBase58());
    await ioStaking.applyConfigChangeIx(world.staking).rpc();
    const c = await config();
    expect(big(c.unstakeCooldown)).to.equal(7n * 86_400n);
    expect(big(c.minStakePerGpu)).to.equal(150n * IO);
    expect(c.classMultipliersBps).to.deep.equal([10_000, 12_500, 30_000, ...Array(13).fill(0)]);
    expect(c.bondAuthority.toBase58()).to.equal(settings.bondAuthority.toBase58());
    expect(c.slashAuthority.toBase58()).to.equal(settings.slashAuthority.toBase58());
    expect(c.treasury.toBase58()).to.equal(newTreasury.toBase58());

    setUnixTimestamp(world.svm, 1_800_000_000n);
    const { keypair: staker } = await world.newIoHolder(10n * IO);
    await world.stakingClient.stake(staker, 10n * IO);
    await world.stakingClient.requestUnstake(staker, IO);
    expect(big((await world.stakingClient.position(staker.publicKey))!.unlockTime)).to.equal(1_800_000_000n + 7n * 86_400n);
  });

  it("update_config rejects a non-admin, bad settings and a vault as treasury, changing nothing", async () => {
    const stranger = Keypair.generate();
    world.provider.airdrop(stranger.publicKey, 10n ** 9n);
    const ix = await updateConfigIx(world.staking, stranger.publicKey, world.ioTreasury, newSettings()).instruction();
    await expectRejected(world, configKey(), () => world.send(ix, [stranger]), "NotAdmin");
    const update = (settings: object, treasury: PublicKey = world.ioTreasury) =>
      updateConfigIx(world.staking, world.admin.publicKey, treasury, { ...newSettings(), ...settings }).rpc();
    await expectRejected(world, configKey(), () => update({ unstakeCooldown: 0n }), "InvalidCooldown");
    await expectRejected(world, configKey(), () => update({ minStakePerGpu: 0n }), "InvalidMinStake");
    await expectRejected(world, configKey(), () => update({ classMultipliersBps: [9_999] }), "InvalidClassMultiplier");
    await expectRejected(world, configKey(), () => update({ slashAuthority: PublicKey.default }), "InvalidAuthority");
    await expectRejected(world, configKey(), () => update({}, ioStakingPdas.stakeVault()), "InvalidTreasury");
    await expectRejected(world, configKey(), () => update({}, ioStakingPdas.rewardVault()), "InvalidTreasury");
  });

  it("two-step admin transfer: propose, then the proposed key accepts", async () => {
    const next = Keypair.generate();
    await proposeAdminIx(world.staking, world.admin.publicKey, next.publicKey).rpc();
    expect((await config()).pendingAdmin.toBase58()).to.equal(next.publicKey.toBase58());
    expect((await config()).admin.toBase58()).to.equal(world.admin.publicKey.toBase58());

    const stranger = Keypair.generate();
    await expectRejected(world, configKey(), () => acceptAdminIx(world.staking, stranger.publicKey).signers([stranger]).rpc(), "NotPendingAdmin");
    await acceptAdminIx(world.staking, next.publicKey).signers([next]).rpc();
    const event = world.provider.lastResult!.events.find((e) => e.name === "adminChanged")!;
    expect((event.data.previous as PublicKey).toBase58()).to.equal(world.admin.publicKey.toBase58());
    expect((event.data.admin as PublicKey).toBase58()).to.equal(next.publicKey.toBase58());
    const c = await config();
    expect(c.admin.toBase58()).to.equal(next.publicKey.toBase58());
    expect(c.pendingAdmin.toBase58()).to.equal(PublicKey.default.toBase58());

    // The old admin has no power left; a second accept finds no proposal.
    await expectRejected(world, configKey(), () => pauseIx(world.staking, world.admin.publicKey).rpc(), "NotAdmin");
    await expectRejected(world, configKey(), () => acceptAdminIx(world.staking, next.publicKey).signers([next]).rpc(), "NotPendingAdmin");
  });

  it("only the admin proposes", async () => {
    const stranger = Keypair.generate();
    await expectRejected(world, configKey(), () => proposeAdminIx(world.staking, stranger.publicKey, stranger.publicKey).signers([stranger]).rpc(), "NotAdmin");
  });

  it("pause refuses stake, unstake, cancel, withdraw and claim with Paused; unpause restores them", async () => {
    setUnixTimestamp(world.svm, 1_800_000_000n);
    await world.mintToAdmin(1_000n * IO);
    const { keypair: staker, token } = await world.newIoHolder(100n * IO);
    await world.stakingClient.stake(staker, 50n * IO);
    await world.stakingClient.fundRewards(world.admin, 1_000n * IO, 1_000n);
    await world.stakingClient.requestUnstake(staker, 10n * IO);
    advanceClock(world.svm, ioStaking.DEFAULT_UNSTAKE_COOLDOWN);

    await pauseIx(world.staking, world.admin.publicKey).rpc();
    expect(world.provider.lastResult!.events.find((e) => e.name === "pauseChanged")!.data.paused).to.equal(true);
    expect((await config()).paused).to.equal(true);
    const keys = [...configKey(), positionPda(staker.publicKey), token, ioStakingPdas.stakeVault(), ioStakingPdas.rewardVault()];
    const c = world.stakingClient;
    await expectRejected(world, keys, () => c.stake(staker, IO), "Paused");
    await expectRejected(world, keys, () => c.requestUnstake(staker, IO), "Paused");
    await expectRejected(world, keys, () => c.cancelUnstake(staker), "Paused");
    await expectRejected(world, keys, () => c.withdraw(staker), "Paused");
    await expectRejected(world, keys, () => c.claimRewards(staker), "Paused");

    const stranger = Keypair.generate();
    await expectRejected(world, keys, () => unpauseIx(world.staking, stranger.publicKey).signers([stranger]).rpc(), "NotAdmin");
    await unpauseIx(world.staking, world.admin.publicKey).rpc();
    expect((await config()).paused).to.equal(false);
    await c.withdraw(staker);
    await c.claimRewards(staker);
    await c.stake(staker, IO);
  });
});
