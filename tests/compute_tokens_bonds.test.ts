// compute_tokens bonds, the subscription phase: issue with collateral and a locked payout,
// subscriptions at par up to the face value, a successful close paying the principal to the operator, and a failed
// one returning the collateral and refunding every subscriber.
import { expect } from "chai";
import { getMint, getTokenMetadata, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";
import { big, computeTokens, tokenBalance } from "@io-compute/sdk";
import { expectError, expectRejected, IO } from "./helpers";
import { Renter } from "./market";
import { BondWorld, DAY, IOSD } from "./bonds";

/** rental_escrow's lock without an end: the payout stays the bond's until `close_bond`. */
const LOCKED_FOREVER = 2n ** 63n - 1n;

describe("compute_tokens: bonds, the subscription phase", () => {
  let w: BondWorld;

  /** $20,000 face on a new operator's device (the fixture's standard terms), minimum as given. */
  const issue = (face = 20_000n * IOSD, minRaise = 15_000n * IOSD) => w.issue({ face, minRaise });
  const bondState = (bond: PublicKey) => w.bond(bond);
  const subscribe = (investor: Renter, bond: PublicKey, amount: bigint) => w.subscribe(investor, bond, amount);
  const close = (bond: PublicKey) => w.bonds.keeper().closeSubscription(bond);

  beforeEach(async () => {
    w = await BondWorld.create();
  });

  it("issues a bond: terms recorded, metadata on the mint, collateral in, the device's payout locked to the bond", async () => {
    const ioBefore = 1_000n * IO;
    const { operator, device, mint, bond, vault, collateralVault } = await issue();
    const state = await bondState(bond);
    const now = w.market.now();
    expect([big(state.face), big(state.minRaise), state.couponBps, big(state.raised), state.status]).to.deep.equal([20_000n * IOSD, 15_000n * IOSD, 1_200, 0n, computeTokens.BondStatus.Subscribing]);
    expect([big(state.deadline), big(state.maturity), big(state.grace)]).to.deep.equal([now + 7n * DAY, now + 372n * DAY, 30n * DAY]);
    expect(await w.market.ioBalance(collateralVault)).to.equal(500n * IO);
    expect(await w.market.ioBalance(operator.io)).to.equal(ioBefore - 500n * IO);
    const metadata = (await getTokenMetadata(w.world.provider.connection, mint, "confirmed", TOKEN_2022_PROGRAM_ID))!;
    expect(Object.fromEntries(metadata.additionalMetadata)).to.deep.equal({
      device: device.toBase58(),
      face: (20_000n * IOSD).toString(),
      coupon_bps: "1200",
      maturity: (now + 372n * DAY).toString(),
      issued: now.toString(),
      grace: (30n * DAY).toString(),
    });
    const d = await w.market.client.device(device);
    expect([d.lockedPayout.toBase58(), big(d.lockedUntil)]).to.deep.equal([vault.toBase58(), LOCKED_FOREVER]);
  });

  it("sells at par up to the face value; beyond it, after the deadline, or zero is refused with nothing moved", async () => {
    const { bond, mint, vault } = await issue(1_000n * IOSD, 500n * IOSD);
    const [a, b] = [await w.market.renter(10_000n), await w.market.renter(10_000n)];
    const aBefore = await w.market.iosdBalance(a.iosd);
    const aTokens = await subscribe(a, bond, 600n * IOSD);
    expect(aBefore - (await w.market.iosdBalance(a.iosd))).to.equal(600n * IOSD);
    expect(await tokenBalance(w.world.provider, aTokens, TOKEN_2022_PROGRAM_ID)).to.equal(600n * IOSD);
    await expectRejected(w.world, [b.iosd, vault], () => subscribe(b, bond, 400n * IOSD + 1n), "Oversubscribed");
    await expectRejected(w.world, [b.iosd, vault], () => subscribe(b, bond, 0n), "InvalidShares");
    await subscribe(b, bond, 400n * IOSD);
    expect(big((await bondState(bond)).raised)).to.equal(1_000n * IOSD);
    expect(await w.market.iosdBalance(vault)).to.equal(1_000n * IOSD);
    expect((await getMint(w.world.provider.connection, mint, "confirmed", TOKEN_2022_PROGRAM_ID)).supply).to.equal(1_000n * IOSD);
    const late = await issue(1_000n * IOSD, 500n * IOSD);
    w.market.setTime(big((await bondState(late.bond)).deadline));
    await expectRejected(w.world, [a.iosd, late.vault], () => subscribe(a, late.bond, IOSD), "SubscriptionClosed");
  });

  it("closes a successful raise (when full, before the deadline): the principal to the operator, supply fixed", async () => {
    const { operator, bond, mint, vault } = await issue(1_000n * IOSD, 500n * IOSD);
    await expectError(w.bonds.keeper().sync(bond), "BondNotActive");
    const investor = await w.market.renter(10_000n);
    await subscribe(investor, bond, 700n * IOSD);
    await expectError(close(bond), "SubscriptionOpen");
    await subscribe(investor, bond, 300n * IOSD);
    const operatorBefore = await w.market.iosdBalance(operator.iosd);
    await close(bond);
    const state = await bondState(bond);
    expect([state.status, big(state.start)]).to.deep.equal([computeTokens.BondStatus.Active, w.market.now()]);
    expect((await w.market.iosdBalance(operator.iosd)) - operatorBefore).to.equal(1_000n * IOSD);
    expect(await w.market.iosdBalance(vault)).to.equal(0n);
    expect((await getMint(w.world.provider.connection, mint, "confirmed", TOKEN_2022_PROGRAM_ID)).mintAuthority).to.equal(null);
    await expectError(close(bond), "SubscriptionClosed");
  });

  it("fails a raise short of the minimum at the deadline: collateral back, payout unlocked, every subscriber refunded at par", async () => {
    const { operator, device, bond, mint, vault, collateralVault } = await issue(1_000n * IOSD, 800n * IOSD);
    const [a, b] = [await w.market.renter(10_000n), await w.market.renter(10_000n)];
    const [aBefore, bBefore] = [await w.market.iosdBalance(a.iosd), await w.market.iosdBalance(b.iosd)];
    const aTokens = await subscribe(a, bond, 300n * IOSD);
    const bTokens = await subscribe(b, bond, 200n * IOSD);
    // Refunds wait for the failure.
    const refund = (who: Renter, account: PublicKey, amount: bigint) => w.bonds.investor(who.keypair).refund(bond, amount, account, who.iosd);
    await expectRejected(w.world, [a.iosd, vault, aTokens], () => refund(a, aTokens, 300n * IOSD), "NotRefundable");
    w.market.setTime(big((await bondState(bond)).deadline));
    const ioBefore = await w.market.ioBalance(operator.io);
    await close(bond);
    expect((await bondState(bond)).status).to.equal(computeTokens.BondStatus.Failed);
    expect((await w.market.ioBalance(operator.io)) - ioBefore).to.equal(500n * IO);
    expect(await w.market.ioBalance(collateralVault)).to.equal(0n);
    expect((await w.market.client.device(device)).payoutLocker.toBase58()).to.equal(PublicKey.default.toBase58());
    // Into the vault itself: refused before anything is burned.
    await expectRejected(w.world, [vault, aTokens], () => w.bonds.investor(a.keypair).refund(bond, 300n * IOSD, aTokens, vault), "PayoutToOwnVault");
    // More than held: Token-2022 refuses the burn, nothing moves.
    await expectRejected(w.world, [a.iosd, vault, aTokens], () => refund(a, aTokens, 300n * IOSD + 1n), "InsufficientFunds");
    await refund(a, aTokens, 300n * IOSD);
    await refund(b, bTokens, 200n * IOSD);
    expect([await w.market.iosdBalance(a.iosd), await w.market.iosdBalance(b.iosd)]).to.deep.equal([aBefore, bBefore]);
    expect(await w.market.iosdBalance(vault)).to.equal(0n);
    expect((await getMint(w.world.provider.connection, mint, "confirmed", TOKEN_2022_PROGRAM_ID)).supply).to.equal(0n);
    expect(big((await bondState(bond)).raised)).to.equal(0n);
  });
});
