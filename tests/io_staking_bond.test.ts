import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, iosd, rentalEscrow, tokenBalance, findPda } from "@io-compute/sdk";
import { setUnixTimestamp } from "@io-compute/sdk/testing";
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
  // Device keys as rental_escrow passes them (its device accounts); io_staking only keys bonds by them.
  const deviceA = Keypair.generate().publicKey;
  const deviceB = Keypair.generate().publicKey;
  const bond = (deviceClass: number, gpus: number, signer = bondAuthority, device = deviceA) =>
    bondIx(world.staking, signer.publicKey, operator.publicKey, device, deviceClass, gpus).signers([signer, operator]).rpc();
  const unbond = (signer = bondAuthority, device = deviceA) =>
    unbondIx(world.staking, signer.publicKey, operator.publicKey, device).signers([signer]).rpc();
  const deviceBond = async (device = deviceA) => ioStaking.fetchDeviceBond(world.staking, device);
  const slashParams = (amount: bigint, overrides: Partial<ioStaking.SlashParams> = {}): ioStaking.SlashParams => ({
    slashAuthority: world.slashAuthority.publicKey,
    owner: operator.publicKey,
    device: deviceA,
    treasury: world.ioTreasury,
    ioMint: world.ioMint,
    tokenProgram: world.ioTokenProgram,
    amount,
    ...overrides,
  });
  const slash = (amount: bigint, signer = world.slashAuthority) =>
    slashIx(world.staking, slashParams(amount, { slashAuthority: signer.publicKey })).signers([signer]).rpc();
  const keys = () => [ioStakingPdas.config(), positionPda(operator.publicKey), ioStakingPdas.stakeVault(), world.ioTreasury, operatorIo, ioStakingPdas.deviceBond(deviceA), ioStakingPdas.deviceBond(deviceB)];

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

  it("bond locks the required stake in the device's own bond account; bonded stake cannot be unstaked, the rest can", async () => {
    await bond(1, 2);
    const b = (await deviceBond())!;
    expect([b.position.toBase58(), b.owner.toBase58(), b.device.toBase58(), b.deviceClass, b.gpuCount, big(b.amount)]).to.deep.equal([
      positionPda(operator.publicKey).toBase58(),
      operator.publicKey.toBase58(),
      deviceA.toBase58(),
      1,
      2,
      600n * IO,
    ]);
    const event = world.provider.lastResult!.events.find((e) => e.name === "bonded")!;
    expect((event.data.deviceBond as PublicKey).toBase58()).to.equal(ioStakingPdas.deviceBond(deviceA).toBase58());
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

  it("unbond releases the device's whole bond and closes its account, rent back to the owner", async () => {
    await bond(0, 3);
    await bond(0, 1, bondAuthority, deviceB);
    expect(big((await position()).bonded)).to.equal(800n * IO);
    const rent = BigInt((await world.provider.connection.getBalance(ioStakingPdas.deviceBond(deviceA))).toString());
    const ownerBefore = BigInt((await world.provider.connection.getBalance(operator.publicKey)).toString());
    await unbond();
    expect(big(world.provider.lastResult!.events.find((e) => e.name === "unbonded")!.data.amount)).to.equal(600n * IO);
    expect(await deviceBond()).to.equal(null);
    expect(BigInt((await world.provider.connection.getBalance(operator.publicKey)).toString())).to.equal(ownerBefore + rent);
    expect(big((await position()).bonded)).to.equal(200n * IO);
    expect(big((await deviceBond(deviceB))!.amount)).to.equal(200n * IO);
    await unbond(bondAuthority, deviceB);
    expect(big((await config()).totalBonded)).to.equal(0n);
    await world.stakingClient.requestUnstake(operator, 1_000n * IO);
  });

  it("bonds are per device: an outside slash of one device, then deregistering the other, releases only the other's", async () => {
    // The attack on the earlier program: bonds were one pooled number per position; a slash lowered it but not
    // the device's own record, and unbond clamped, so delisting one device released stake backing another.
    await bond(0, 2); // 400 IO for A
    await bond(0, 2, bondAuthority, deviceB); // 400 IO for B
    await slash(300n * IO); // from A, by the slash authority directly (not through rental_escrow)
    expect(big((await deviceBond())!.amount)).to.equal(100n * IO);
    expect(big((await deviceBond(deviceB))!.amount)).to.equal(400n * IO);
    await unbond(bondAuthority, deviceB);
    expect(big(world.provider.lastResult!.events.find((e) => e.name === "unbonded")!.data.amount)).to.equal(400n * IO);
    // A's remaining 100 IO are still bonded: the operator cannot unstake them.
    const p = await position();
    expect([big(p.staked), big(p.bonded)]).to.deep.equal([700n * IO, 100n * IO]);
    await expectRejected(world, keys(), () => world.stakingClient.requestUnstake(operator, 600n * IO + 1n), "StakeBonded");
    // Topping A up restores its requirement from unbonded stake.
    await bond(0, 2);
    expect(big(world.provider.lastResult!.events.find((e) => e.name === "bonded")!.data.amount)).to.equal(300n * IO);
    expect(big((await deviceBond())!.amount)).to.equal(400n * IO);
    expect(big((await position()).bonded)).to.equal(400n * IO);
  });

  it("slash sends bonded stake to the treasury; position and totals fall together; rewards up to then are kept", async () => {
    await world.mintToAdmin(1_000n * IO);
    await world.stakingClient.fundRewards(world.admin, 1_000n * IO, 1_000n);
    await bond(1, 2);
    setUnixTimestamp(world.svm, T0 + 100n);
    const treasuryBefore = await balance(world.ioTreasury);
    await slash(250n * IO);
    expect(big((await deviceBond())!.amount)).to.equal(350n * IO);
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

  it("while paused, bond is refused but slash and unbond still work", async () => {
    await bond(0, 1);
    await pauseIx(world.staking, world.admin.publicKey).rpc();
    await expectRejected(world, keys(), () => bond(0, 1, bondAuthority, deviceB), "Paused");
    await slash(50n * IO);
    expect(big((await position()).bonded)).to.equal(150n * IO);
    await unbond();
    expect(big((await position()).bonded)).to.equal(0n);
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
      await expectRejected(world, keys(), () => unbond(stranger), "NotBondAuthority");
      const ix = await unbondIx(world.staking, bondAuthority.publicKey, operator.publicKey, deviceA).instruction();
      await expectRejected(world, keys(), () => world.send(withoutSigner(ix, 0)), "ConstraintSigner");
    });

    it("a bond without the position owner's signature, or signed by someone else as owner", async () => {
      // No bond authority, however it came to be, can lock someone's stake under a bond it may then slash.
      const ix = await bondIx(world.staking, bondAuthority.publicKey, operator.publicKey, deviceA, 0, 1).instruction();
      await expectRejected(world, keys(), () => world.send(withoutSigner(ix, 5), [bondAuthority]), "ConstraintSigner");
      const impostor = Keypair.generate();
      world.provider.airdrop(impostor.publicKey, 10n ** 9n);
      await expectRejected(world, keys(), () => world.send(withAccount(ix, 5, impostor.publicKey), [bondAuthority, impostor]), "OwnerMustSign");
    });

    it("a device bond of another position, or of another device", async () => {
      await bond(0, 1);
      const { keypair: other } = await world.newIoHolder(1_000n * IO);
      await world.stakingClient.stake(other, 1_000n * IO);
      // Another position naming A's bond: top-up and slash refused.
      const topUp = await bondIx(world.staking, bondAuthority.publicKey, other.publicKey, deviceA, 0, 1).instruction();
      await expectRejected(world, [...keys(), positionPda(other.publicKey)], () => world.send(topUp, [bondAuthority, other]), "WrongDeviceBond");
      const foreignSlash = await slashIx(world.staking, slashParams(IO, { owner: other.publicKey })).instruction();
      await expectRejected(world, [...keys(), positionPda(other.publicKey)], () => world.send(foreignSlash, [world.slashAuthority]), "WrongDeviceBond");
      // A's bond passed as B's: its address is not B's PDA.
      const wrongDevice = await bondIx(world.staking, bondAuthority.publicKey, operator.publicKey, deviceB, 0, 1).instruction();
      await expectRejected(world, keys(), () => world.send(withAccount(wrongDevice, 3, ioStakingPdas.deviceBond(deviceA)), [bondAuthority, operator]), "WrongDeviceBond");
    });

    it("the market PDA's seeds under another program, and the real market PDA unsigned", async () => {
      const w = await new World().createIo();
      await w.initStaking(); // bond authority: rental_escrow's market PDA
      const { keypair: op } = await w.newIoHolder(500n * IO);
      await w.stakingClient.stake(op, 500n * IO);
      const fake = findPda(iosd.IOSD_PROGRAM_ID, "market"); // same seeds, another program: a different key
      const keysW = [ioStakingPdas.config(), positionPda(op.publicKey)];
      const fakeIx = await bondIx(w.staking, fake, op.publicKey, deviceA, 0, 1).instruction();
      await expectRejected(w, keysW, () => w.send(withoutSigner(fakeIx, 0), [op]), "ConstraintSigner");
      const impostor = Keypair.generate(); // any key that can sign is still not the configured authority
      await expectRejected(w, keysW, () => w.send(withAccount(fakeIx, 0, impostor.publicKey), [impostor, op]), "NotBondAuthority");
      const realIx = await bondIx(w.staking, rentalEscrow.rentalEscrowPdas.market(), op.publicKey, deviceA, 0, 1).instruction();
      await expectRejected(w, keysW, () => w.send(withoutSigner(realIx, 0), [op]), "ConstraintSigner");
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
