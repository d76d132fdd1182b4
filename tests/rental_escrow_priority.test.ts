// Staking that changes who gets rented (issue 17): renters' priority tiers read on chain from io_staking positions,
// priority classes whose devices only tiered renters may book during a window after they become free; operators'
// stake beyond the requirement (top up, release while no rental is open) and the search ranking it feeds.
import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, mintTo, rentalEscrow } from "@io-compute/sdk";
import { big, expectError, expectRejected, IO, withAccount } from "./helpers";
import { HOUR, MarketWorld, Operator, PRICE, Renter } from "./market";

const { rankKey, compareRanked, stakeMultipleBps, priorityWindowEnd, MAX_STAKE_MULTIPLE_BPS } = rentalEscrow;
/** Class 2 (H100-like) is a priority class needing tier 2 (silver, 10,000 IO) for an hour after a device is free. */
const PRIORITY: rentalEscrow.PrioritySettings = { tierThresholds: [1_000n * IO, 10_000n * IO, 100_000n * IO], classPriority: [0, 0, 2, 0], windowSeconds: HOUR };
/** Index of `renter_position` in create_rental's accounts. */
const RENTER_POSITION = 12;

describe("rental_escrow: renter priority and supplier stake", () => {
  let m: MarketWorld;
  let operator: Operator;

  beforeEach(async () => {
    m = await MarketWorld.create();
    await rentalEscrow.updateMarketIx(m.escrow, m.world.admin.publicKey, { ...m.world.marketParams(), priority: PRIORITY }).rpc();
    operator = await m.operator(20_000n);
  });

  /** A renter holding IOSD with `stakeIo` whole IO staked in io_staking. */
  async function renter(stakeIo = 0n): Promise<Renter> {
    const r = await m.renter(10_000n);
    if (stakeIo > 0n) {
      await mintTo(m.world.provider, m.world.ioMint, r.io, m.world.ioMintAuthority, stakeIo * IO, m.world.ioTokenProgram);
      await m.world.stakingClient.stake(r.keypair, stakeIo * IO);
    }
    return r;
  }
  const h100 = () => m.device(operator, { deviceClass: 2, gpuCount: 2 });
  const rent = (r: Renter, device: PublicKey, hours = 1n) => m.client.rent(r.keypair, device, hours * HOUR, PRICE);

  it("refuses non-stakers and stakers below the class's tier in the window, with nothing moved; books at the tier, and anyone after", async () => {
    const device = await h100();
    const [none, bronze, silver] = [await renter(), await renter(1_000n), await renter(10_000n)];
    await expectRejected(m.world, [none.iosd, device], () => rent(none, device), "PriorityWindow");
    await expectRejected(m.world, [bronze.iosd, device], () => rent(bronze, device), "PriorityWindow");
    // The SDK's view agrees with the program.
    const [market, state] = [await m.client.market(), await m.client.device(device)];
    expect([0, 1, 2, 3].map((tier) => rentalEscrow.mayBook(market, state, tier, m.now()))).to.deep.equal([false, false, true, true]);
    expect(rentalEscrow.mayBook(market, state, 0, priorityWindowEnd(market, state)!)).to.equal(true);
    expect((await m.client.renterPriority(silver.keypair.publicKey))).to.deep.include({ tier: 2, name: "silver", unlocksClasses: [2] });
    const booking = await rent(silver, device);
    // Its rental's end opens a new window: again only silver and above until an hour after it.
    const end = big((await m.client.rental(booking.rental)).end);
    m.setTime(end);
    await m.client.complete(silver.keypair, booking.rental);
    const window = priorityWindowEnd(await m.client.market(), await m.client.device(device))!;
    expect(window).to.equal(end + HOUR);
    await expectRejected(m.world, [none.iosd, device], () => rent(none, device), "PriorityWindow");
    m.setTime(window);
    await rent(none, device);
    // An ordinary class is never held back.
    const ordinary = await m.device(operator);
    await rent(none, ordinary);
  });

  it("applies each device's rule in a cluster booking", async () => {
    const [priority, ordinary] = [await h100(), await m.device(operator)];
    const none = await renter();
    await expectRejected(m.world, [none.iosd, priority, ordinary], () => m.client.bookCluster(none.keypair, [ordinary, priority], HOUR, PRICE), "PriorityWindow");
    const silver = await renter(10_000n);
    const bookings = await m.client.bookCluster(silver.keypair, [ordinary, priority], HOUR, PRICE);
    expect(bookings).to.have.length(2);
    // After the window a non-staker books a cluster with another priority device.
    const later = await h100();
    m.setTime(m.now() + HOUR);
    const other = await m.device(operator);
    await m.client.bookCluster(none.keypair, [other, later], HOUR, PRICE);
  });

  it("counts only staked IO: an unstake request (pending) loses the tier", async () => {
    const device = await h100();
    const staker = await renter(10_000n);
    await m.world.stakingClient.requestUnstake(staker.keypair, 1n);
    expect((await m.client.renterPriority(staker.keypair.publicKey)).tier).to.equal(1);
    await expectRejected(m.world, [staker.iosd, device], () => rent(staker, device), "PriorityWindow");
    await m.world.stakingClient.cancelUnstake(staker.keypair);
    await rent(staker, device);
  });

  it("refuses a forged position: another renter's, or an account of another program", async () => {
    const device = await h100();
    const [none, silver] = [await renter(), await renter(10_000n)];
    const build = async (position: PublicKey) => {
      const { ix } = await m.client.createRentalInstruction(none.keypair.publicKey, device, HOUR, PRICE);
      return withAccount(ix, RENTER_POSITION, position);
    };
    const send = async (position: PublicKey) => m.world.provider.sendInstructions([await build(position)], [none.keypair]);
    await expectRejected(m.world, [none.iosd, device], () => send(ioStaking.positionPda(silver.keypair.publicKey)), "WrongStakePosition");
    // io_staking's config: io_staking's account, not a position.
    await expectRejected(m.world, [none.iosd, device], () => send(ioStaking.ioStakingPdas.config()), "AccountDiscriminatorMismatch");
    // The renter's IO token account: another program's account.
    await expectRejected(m.world, [none.iosd, device], () => send(none.io), "AccountOwnedByWrongProgram");
  });

  it("bonds stake beyond the requirement, ranks the device higher (capped), and releases the excess only while no rental is open", async () => {
    const [a, b] = [await m.device(operator, { gpuCount: 2 }), await m.device(operator, { gpuCount: 2 })];
    const required = 400n * IO; // 200 IO per GPU, class 0
    const rankOf = async (device: PublicKey) => (await m.client.search()).findIndex((d) => d.publicKey.equals(device));
    const before = await m.client.search();
    expect(before.map((d) => d.multipleBps)).to.deep.equal([10_000n, 10_000n]);
    const lower = before[1].publicKey.equals(a) ? a : b;
    await m.client.topUpBond(operator.keypair, lower, 400n * IO);
    expect(await m.client.bonded(lower)).to.equal(2n * required);
    expect(await rankOf(lower)).to.equal(0);
    expect((await m.client.search())[0].multipleBps).to.equal(20_000n);
    // Beyond 3x, more stake buys no more rank.
    await m.client.topUpBond(operator.keypair, lower, 800n * IO);
    const top = (await m.client.search())[0];
    expect([top.multipleBps, top.rank]).to.deep.equal([40_000n, rankKey(top.account.scoreBps, MAX_STAKE_MULTIPLE_BPS, PRICE)]);
    // Release: never below the requirement, never while a rental is open.
    const position = ioStaking.positionPda(operator.keypair.publicKey);
    const bondKey = ioStaking.ioStakingPdas.deviceBond(lower);
    await expectRejected(m.world, [position, bondKey], () => m.client.releaseExcessBond(operator.keypair, lower, 1_200n * IO + 1n), "ReleaseBelowRequirement");
    const r = await renter();
    const booking = await rent(r, lower);
    await expectRejected(m.world, [position, bondKey], () => m.client.releaseExcessBond(operator.keypair, lower, IO), "RentalsOpen");
    m.setTime(big((await m.client.rental(booking.rental)).end));
    await m.client.complete(r.keypair, booking.rental);
    const staked = await m.world.stakingClient.position(operator.keypair.publicKey);
    await m.client.releaseExcessBond(operator.keypair, lower, 1_200n * IO);
    expect(await m.client.bonded(lower)).to.equal(required);
    const after = (await m.world.stakingClient.position(operator.keypair.publicKey))!;
    expect(big(after.bonded)).to.equal(big(staked!.bonded) - 1_200n * IO);
    expect(big(after.staked)).to.equal(big(staked!.staked));
    // Someone else cannot release an operator's excess, through the market or straight at io_staking.
    await expectError(m.client.releaseExcessBond(Keypair.generate(), lower, 1n), "NotOperator");
    await m.client.topUpBond(operator.keypair, lower, 10n * IO);
    const impostor = Keypair.generate();
    await expectRejected(
      m.world,
      [position, bondKey],
      () => ioStaking.releaseBondIx(m.world.staking, impostor.publicKey, operator.keypair.publicKey, lower, IO).signers([impostor]).rpc(),
      "NotBondAuthority",
    );
  });

  it("refuses priority settings that do not rise, name a tier above 3, or hold devices back over a week", async () => {
    const base = m.world.marketParams();
    const bad: rentalEscrow.PrioritySettings[] = [
      { ...PRIORITY, tierThresholds: [0n, 1n, 2n] },
      { ...PRIORITY, tierThresholds: [2n, 2n, 3n] },
      { ...PRIORITY, classPriority: [0, 0, 4, 0] },
      { ...PRIORITY, windowSeconds: 7n * 24n * HOUR + 1n },
    ];
    for (const priority of bad) {
      await expectRejected(m.world, [rentalEscrow.rentalEscrowPdas.market()], () => rentalEscrow.updateMarketIx(m.escrow, m.world.admin.publicKey, { ...base, priority }).rpc(), "InvalidPrioritySettings");
    }
  });
});

describe("sdk: the search ranking formula", () => {
  const device = (key: number, scoreBps: number, price: bigint, multipleBps: bigint) => ({
    publicKey: new PublicKey(Uint8Array.from({ length: 32 }, () => key)),
    account: { scoreBps, pricePerGpuHour: price } as unknown as rentalEscrow.Device,
    bonded: 0n,
    multipleBps,
    rank: rankKey(scoreBps, multipleBps, price),
  });

  it("is reputation x stake multiple (capped at 3x) per unit of price", () => {
    expect(rankKey(10_000, 10_000n, 1_500_000n)).to.equal(66_666_666n); // 10,000 x 10,000 x 10^6 / 1,500,000
    expect(rankKey(10_000, 20_000n, 1_500_000n)).to.equal(2n * rankKey(10_000, 10_000n, 1_500_000n) + 1n); // floors
    expect(rankKey(5_000, 90_000n, 1_500_000n)).to.equal(rankKey(5_000, 30_000n, 1_500_000n));
    expect(rankKey(10_000, 10_000n, 750_000n)).to.equal(2n * rankKey(10_000, 10_000n, 1_500_000n) + 1n);
    expect(stakeMultipleBps(600n, 400n)).to.equal(15_000n);
    expect(stakeMultipleBps(1n, 0n)).to.equal(0n);
  });

  it("breaks ties by price, then score, then the device address", () => {
    const list = [device(3, 5_000, 2_000_000n, 20_000n), device(2, 10_000, 2_000_000n, 10_000n), device(1, 10_000, 4_000_000n, 20_000n), device(0, 5_000, 2_000_000n, 20_000n)];
    const order = [...list].sort(compareRanked).map((d) => d.publicKey.toBytes()[0]);
    // Equal ranks: 2 (score 10,000) before 0 and 3 (score 5,000, lower address first), all cheaper than 1.
    expect(order).to.deep.equal([2, 0, 3, 1]);
  });
});
