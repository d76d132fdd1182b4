import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, iosd, rentalEscrow, setUnixTimestamp, tokenBalance, findPda } from "../sdk/src";
import { big, expectRejected, IO, World, withAccount, withoutSigner } from "./helpers";

const { ioStakingPdas, positionPda, bondIx, unbondIx, slashIx, pauseIx, fetchPosition, fetchStakingConfig, requiredStake, pendingRewards } = ioStaking;
const T0 = 1_800_000_000n;

describe("io_staking: bond, unbond, slash", () => {
  let world: World;
  let bondAuthority: Keypair;
  let operator: Keypair;
  let operatorIo: PublicKey;
  const config = () => fetchStakingConfig(world.staking);
  const position = async () => (await fetchPosition(world.staking, operator.publicKey))!;
  const balance = (account: PublicKey) => tokenBalance(world.provider, account, world.ioTokenProgram);
  const bond = (deviceClass: number, gpus: number, signer = bondAuthority) =>
    bondIx(world.staking, signer.publicKey, operator.publicKey, deviceClass, gpus).signers([signer]).rpc();
  const unbond = (amount: bigint, signer = bondAuthority) =>
    unbondIx(world.staking, signer.publicKey, operator.publicKey, amount).signers([signer]).rpc();
  const slashParams = (amount: bigint, overrides: Partial<ioStaking.SlashParams> = {}): ioStaking.SlashParams => ({
    slashAuthority: world.slashAuthority.publicKey,
    owner: operator.publicKey,
    treasury: world.ioTreasury,
    ioMint: world.ioMint,
    tokenProgram: world.ioTokenProgram,
    amount,
    ...overrides,
  });
  const slash = (amount: bigint, signer = world.slashAuthority) =>
    slashIx(world.staking, slashParams(amount, { slashAuthority: signer.publicKey })).signers([signer]).rpc();
  const keys = () => [ioStakingPdas.config(), positionPda(operator.publicKey), ioStakingPdas.stakeVault(), world.ioTreasury, operatorIo];

  beforeEach(async () => {
    world = await new World().createIo();
    bondAuthority = Keypair.generate(); // stands in for rental_escrow's market PDA, which signs by CPI
    world.provider.airdrop(bondAuthority.publicKey, 10n ** 9n);
    await world.initStaking({ bondAuthority: bondAuthority.publicKey });
    setUnixTimestamp(world.svm, T0);
    ({ keypair: operator, token: operatorIo } = await world.newIoHolder(1_000n * IO));
    await world.stakingClient.stake(operator, 1_000n * IO);
  });

  it("requiredStake: min_stake_per_gpu x max(1x, class multiplier) x GPUs, rounded up", async () => {
    const c = await config();
    expect(requiredStake(c, 0, 1)).to.equal(200n * IO);
    expect(requiredStake(c, 1, 2)).to.equal(600n * IO);
    expect(requiredStake(c, 3, 8)).to.equal(6_400n * IO);
    expect(requiredStake(c, 4, 1)).to.equal(null); // class not offered
    expect(requiredStake(c, 0, 0)).to.equal(null);
    const view = { minStakePerGpu: c.minStakePerGpu, classMultipliersBps: [5_000, 10_001] };
    expect(requiredStake(view, 0, 3)).to.equal(600n * IO); // below 1x counts as 1x
    // (200 IO + 1) x 1.0001 = 20,002,000,001.0001 base units, rounded up.
    expect(requiredStake({ ...view, minStakePerGpu: c.minStakePerGpu.addn(1) }, 1, 1)).to.equal(20_002_000_002n);
  });

  it("bond locks the required stake; bonded stake cannot be unstaked, the rest can", async () => {
    await bond(1, 2);
    const event = world.provider.lastResult!.events.find((e) => e.name === "bonded")!;
    expect(big(event.data.amount)).to.equal(600n * IO);
    expect(event.data.deviceClass).to.equal(1);
    expect(event.data.gpuCount).to.equal(2);
    expect(big(event.data.bonded)).to.equal(600n * IO);
    expect(big((await position()).bonded)).to.equal(600n * IO);
    expect(big((await config()).totalBonded)).to.equal(600n * IO);
    expect(big((await config()).totalStaked)).to.equal(1_000n * IO); // bonded stake still earns

    await expectRejected(world, keys(), () => world.stakingClient.requestUnstake(operator, 400n * IO + 1n), "StakeBonded");
    await world.stakingClient.requestUnstake(operator, 400n * IO);
    expect(big((await position()).staked)).to.equal(600n * IO);
  });

  it("unbond releases the bond, at most what is still bonded", async () => {
    await bond(0, 3);
    await unbond(200n * IO);
    expect(big(world.provider.lastResult!.events.find((e) => e.name === "unbonded")!.data.amount)).to.equal(200n * IO);
    expect(big((await position()).bonded)).to.equal(400n * IO);
    await unbond(10_000n * IO);
    expect(big(world.provider.lastResult!.events.find((e) => e.name === "unbonded")!.data.amount)).to.equal(400n * IO);
    expect(big((await position()).bonded)).to.equal(0n);
    expect(big((await config()).totalBonded)).to.equal(0n);
    await world.stakingClient.requestUnstake(operator, 1_000n * IO);
  });

  it("slash sends bonded stake to the treasury; position and totals fall together; rewards up to then are kept", async () => {
    await world.mintToAdmin(1_000n * IO);
    await world.stakingClient.fundRewards(world.admin, 1_000n * IO, 1_000n);
    await bond(1, 2);
    setUnixTimestamp(world.svm, T0 + 100n);
    const treasuryBefore = await balance(world.ioTreasury);
    await slash(250n * IO);
    const event = world.provider.lastResult!.events.find((e) => e.name === "slashed")!;
    expect(big(event.data.amount)).to.equal(250n * IO);
    expect(big(event.data.staked)).to.equal(750n * IO);
    expect(big(event.data.bonded)).to.equal(350n * IO);
    expect(await balance(world.ioTreasury)).to.equal(treasuryBefore + 250n * IO);
    expect(await balance(ioStakingPdas.stakeVault())).to.equal(750n * IO);
    const p = await position();
    expect(big(p.staked)).to.equal(750n * IO);
    expect(big(p.bonded)).to.equal(350n * IO);
    // Earned before the slash and settled by it: 100 IO less one base unit (1/1,000 IO per unit of stake
    // per second is not a binary fraction; the accumulator rounds toward the pool).
    expect(big(p.rewardsOwed)).to.equal(100n * IO - 1n);
    const c = await config();
    expect(big(c.totalStaked)).to.equal(750n * IO);
    expect(big(c.totalBonded)).to.equal(350n * IO);
    setUnixTimestamp(world.svm, T0 + 200n);
    const pending = pendingRewards(await config(), await position(), T0 + 200n);
    expect(pending <= 200n * IO && pending >= 200n * IO - 2n, String(pending)).to.equal(true);
  });

  it("while paused, bond is refused but unbond and slash still work", async () => {
    await bond(0, 1);
    await pauseIx(world.staking, world.admin.publicKey).rpc();
    await expectRejected(world, keys(), () => bond(0, 1), "Paused");
    await unbond(50n * IO);
    await slash(50n * IO);
    expect(big((await position()).bonded)).to.equal(100n * IO);
  });

  describe("rejects, changing nothing", () => {
    it("bonding more than the unbonded stake, an unknown class, zero GPUs, an overflowing requirement", async () => {
      await expectRejected(world, keys(), () => bond(3, 2), "InsufficientUnbondedStake"); // 1,600 IO
      await expectRejected(world, keys(), () => bond(4, 1), "InvalidDeviceClass");
      await expectRejected(world, keys(), () => bond(16, 1), "InvalidDeviceClass");
      await expectRejected(world, keys(), () => bond(0, 0), "InvalidGpuCount");
      await expectRejected(world, keys(), () => bond(3, 0xffff_ffff), "MathOverflow");
    });

    it("stake under cooldown cannot be bonded", async () => {
      await world.stakingClient.requestUnstake(operator, 900n * IO);
      await expectRejected(world, keys(), () => bond(0, 1), "InsufficientUnbondedStake");
    });

    it("bond / unbond by anyone but the bond authority, or unsigned", async () => {
      const stranger = Keypair.generate();
      await expectRejected(world, keys(), () => bond(0, 1, stranger), "NotBondAuthority");
      await bond(0, 1);
      await expectRejected(world, keys(), () => unbond(IO, stranger), "NotBondAuthority");
      const ix = await unbondIx(world.staking, bondAuthority.publicKey, operator.publicKey, IO).instruction();
      await expectRejected(world, keys(), () => world.send(withoutSigner(ix, 0)), "ConstraintSigner");
      await expectRejected(world, keys(), () => unbond(0n), "ZeroAmount");
    });

    it("the market PDA's seeds under another program, and the real market PDA unsigned", async () => {
      const w = await new World().createIo();
      await w.initStaking(); // bond authority: rental_escrow's market PDA
      const { keypair: op } = await w.newIoHolder(500n * IO);
      await w.stakingClient.stake(op, 500n * IO);
      const fake = findPda(iosd.IOSD_PROGRAM_ID, "market"); // same seeds, another program: a different key
      const keysW = [ioStakingPdas.config(), positionPda(op.publicKey)];
      const fakeIx = await bondIx(w.staking, fake, op.publicKey, 0, 1).instruction();
      await expectRejected(w, keysW, () => w.send(withoutSigner(fakeIx, 0)), "ConstraintSigner");
      const impostor = Keypair.generate(); // any key that can sign is still not the configured authority
      await expectRejected(w, keysW, () => w.send(withAccount(fakeIx, 0, impostor.publicKey), [impostor]), "NotBondAuthority");
      const realIx = await bondIx(w.staking, rentalEscrow.rentalEscrowPdas.market(), op.publicKey, 0, 1).instruction();
      await expectRejected(w, keysW, () => w.send(withoutSigner(realIx, 0)), "ConstraintSigner");
    });

    it("slashing more than bonded, by anyone but the slash authority, or to another treasury", async () => {
      await bond(0, 1);
      await expectRejected(world, keys(), () => slash(200n * IO + 1n), "InsufficientBondedStake");
      await expectRejected(world, keys(), () => slash(IO, bondAuthority), "NotSlashAuthority");
      await expectRejected(world, keys(), () => slash(0n), "ZeroAmount");
      const ix = await slashIx(world.staking, slashParams(IO, { treasury: operatorIo })).instruction();
      await expectRejected(world, keys(), () => world.send(ix, [world.slashAuthority]), "ConstraintAddress");
      const unsigned = await slashIx(world.staking, slashParams(IO)).instruction();
      await expectRejected(world, keys(), () => world.send(withoutSigner(unsigned, 0)), "ConstraintSigner");
    });
  });
});
