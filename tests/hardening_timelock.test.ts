// Issue 13, item 16: authorities, treasuries and the oracle are re-pointed in two steps with a delay set at
// initialize: proposed (visible on chain), then applied by anyone once the delay has passed. Pause stays immediate.
import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, iosd, rentalEscrow } from "@io-compute/sdk";
import { setUnixTimestamp } from "@io-compute/sdk/testing";
import { big, expectRejected, World } from "./helpers";

const T0 = 1_800_000_000n;
const DELAY = 2n * 86_400n;

describe("hardening: timelocked changes of authorities, treasuries and the oracle", () => {
  let world: World;
  const at = (t: bigint) => setUnixTimestamp(world.svm, t);

  beforeEach(async () => {
    world = await new World().createIo();
    at(T0);
  });

  it("io_staking: a new slash authority and treasury wait out the delay; the old ones act meanwhile", async () => {
    // The attack on the earlier program: an admin key (or whoever stole it) re-pointed the slash authority and
    // treasury in one instruction and slashed every bond into its own account in the next.
    await world.initStaking({ changeDelaySeconds: DELAY });
    const thief = Keypair.generate();
    const { token: thiefTreasury } = await world.newIoHolder(0n);
    const settings = world.stakingParams({ slashAuthority: thief.publicKey, bondAuthority: thief.publicKey });
    await ioStaking.updateConfigIx(world.staking, world.admin.publicKey, thiefTreasury, settings).rpc();
    const proposed = world.provider.lastResult!.events.find((e) => e.name === "configChangeProposed")!;
    expect(big(proposed.data.readyAt)).to.equal(T0 + DELAY);
    let c = await ioStaking.fetchStakingConfig(world.staking);
    expect([c.slashAuthority, c.treasury].map((k) => k.toBase58())).to.deep.equal([world.slashAuthority.publicKey, world.ioTreasury].map((k) => k.toBase58()));
    expect([c.pendingSlashAuthority, c.pendingTreasury].map((k) => k.toBase58())).to.deep.equal([thief.publicKey, thiefTreasury].map((k) => k.toBase58()));
    at(T0 + DELAY - 1n);
    await expectRejected(world, [ioStaking.ioStakingPdas.config()], () => ioStaking.applyConfigChangeIx(world.staking).rpc(), "ChangeNotReady");
    at(T0 + DELAY);
    await ioStaking.applyConfigChangeIx(world.staking).rpc(); // anyone
    c = await ioStaking.fetchStakingConfig(world.staking);
    expect([c.slashAuthority, c.treasury].map((k) => k.toBase58())).to.deep.equal([thief.publicKey, thiefTreasury].map((k) => k.toBase58()));
    await expectRejected(world, [ioStaking.ioStakingPdas.config()], () => ioStaking.applyConfigChangeIx(world.staking).rpc(), "NoPendingChange");
  });

  it("io_staking: proposing the current authorities withdraws a pending change; other settings apply at once", async () => {
    await world.initStaking({ changeDelaySeconds: DELAY });
    const { token: other } = await world.newIoHolder(0n);
    await ioStaking.updateConfigIx(world.staking, world.admin.publicKey, other, world.stakingParams()).rpc();
    expect(big((await ioStaking.fetchStakingConfig(world.staking)).changeReadyAt)).to.equal(T0 + DELAY);
    await ioStaking.updateConfigIx(world.staking, world.admin.publicKey, world.ioTreasury, world.stakingParams({ unstakeCooldown: 86_400n })).rpc();
    const c = await ioStaking.fetchStakingConfig(world.staking);
    expect([big(c.changeReadyAt), big(c.unstakeCooldown)]).to.deep.equal([0n, 86_400n]);
    at(T0 + DELAY);
    await expectRejected(world, [ioStaking.ioStakingPdas.config()], () => ioStaking.applyConfigChangeIx(world.staking).rpc(), "NoPendingChange");
    // Pause stays immediate.
    await ioStaking.pauseIx(world.staking, world.admin.publicKey).rpc();
    expect((await ioStaking.fetchStakingConfig(world.staking)).paused).to.equal(true);
  });

  it("a pause cannot eat the delay: applying is refused while paused, and unpausing restarts the wait", async () => {
    // The attack: propose, pause (users cannot unstake), wait out the delay, then unpause and apply in one
    // transaction, leaving nobody an unpaused moment to leave.
    await world.initStaking({ changeDelaySeconds: DELAY });
    const { token: other } = await world.newIoHolder(0n);
    await ioStaking.updateConfigIx(world.staking, world.admin.publicKey, other, world.stakingParams()).rpc();
    await ioStaking.pauseIx(world.staking, world.admin.publicKey).rpc();
    at(T0 + DELAY);
    await expectRejected(world, [ioStaking.ioStakingPdas.config()], () => ioStaking.applyConfigChangeIx(world.staking).rpc(), "Paused");
    at(T0 + DELAY + 100n);
    await ioStaking.unpauseIx(world.staking, world.admin.publicKey).rpc();
    expect(big((await ioStaking.fetchStakingConfig(world.staking)).changeReadyAt)).to.equal(T0 + 2n * DELAY + 100n);
    await expectRejected(world, [ioStaking.ioStakingPdas.config()], () => ioStaking.applyConfigChangeIx(world.staking).rpc(), "ChangeNotReady");
    at(T0 + 2n * DELAY + 100n);
    await ioStaking.applyConfigChangeIx(world.staking).rpc();
    expect((await ioStaking.fetchStakingConfig(world.staking)).treasury.toBase58()).to.equal(other.toBase58());
  });

  it("iosd: a new Pyth receiver (an oracle the admin controls) waits out the delay", async () => {
    await world.initIosd({ changeDelaySeconds: DELAY });
    const fakeReceiver = Keypair.generate().publicKey;
    await iosd.updateIosdConfigIx(world.iosd, world.admin.publicKey, world.ioTreasury, { ...world.iosdParams(), pythReceiver: fakeReceiver }).rpc();
    expect((await iosd.fetchIosdConfig(world.iosd)).pythReceiver.toBase58()).to.equal(iosd.PYTH_RECEIVER_PROGRAM_ID.toBase58());
    await expectRejected(world, [iosd.iosdPdas.config()], () => iosd.applyConfigChangeIx(world.iosd).rpc(), "ChangeNotReady");
    at(T0 + DELAY);
    await iosd.applyConfigChangeIx(world.iosd).rpc();
    expect((await iosd.fetchIosdConfig(world.iosd)).pythReceiver.toBase58()).to.equal(fakeReceiver.toBase58());
  });

  it("rental_escrow: a new arbiter and new fees wait out the delay", async () => {
    await world.initStaking();
    await world.initIosd();
    await world.initMarket({ changeDelaySeconds: DELAY });
    const next = Keypair.generate().publicKey;
    const fees = { ...rentalEscrow.IO_NET_FEES, io: { renterBps: 50, supplierBps: 10 } };
    await rentalEscrow.updateMarketIx(world.escrow, world.admin.publicKey, { ...world.marketParams(), arbiter: next, fees }).rpc();
    let market = await rentalEscrow.fetchMarket(world.escrow);
    expect([market.arbiter.toBase58(), market.pendingArbiter.toBase58()]).to.deep.equal([world.arbiter.publicKey.toBase58(), next.toBase58()]);
    expect([rentalEscrow.marketFees(market), rentalEscrow.pendingMarketFees(market)]).to.deep.equal([rentalEscrow.IO_NET_FEES, fees]);
    await expectRejected(world, [rentalEscrow.rentalEscrowPdas.market()], () => rentalEscrow.applyConfigChangeIx(world.escrow).rpc(), "ChangeNotReady");
    at(T0 + DELAY);
    await rentalEscrow.applyConfigChangeIx(world.escrow).rpc();
    market = await rentalEscrow.fetchMarket(world.escrow);
    expect(market.arbiter.toBase58()).to.equal(next.toBase58());
    expect(rentalEscrow.marketFees(market)).to.deep.equal(fees);
  });

  it("a delay over 30 days is refused at initialize", async () => {
    await expectRejected(world, [ioStaking.ioStakingPdas.config()], () => world.initStaking({ changeDelaySeconds: 30n * 86_400n + 1n }), "InvalidChangeDelay");
    await expectRejected(world, [iosd.iosdPdas.config()], () => world.initIosd({ changeDelaySeconds: -1n }), "InvalidChangeDelay");
  });
});
