// compute_tokens bonds after the subscription: the waterfall into coupons, reserve and operator; coupons streamed to
// holders and following the tokens on hooked transfers; arrears, default with collateral recovery, cure, early
// repayment; redemption at maturity with a full and with a short reserve; closing. Every refusal moves nothing.
import { expect } from "chai";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { big, computeTokens } from "@io-compute/sdk";
import { expectError, expectRejected, IO } from "./helpers";
import { HOUR, WINDOW } from "./market";
import { BondWorld, DAY, expectBondBooks, IOSD, STANDARD } from "./bonds";

const { BondStatus, bonds } = computeTokens;

describe("compute_tokens: a bond's life", () => {
  let w: BondWorld;

  beforeEach(async () => {
    w = await BondWorld.create();
  });

  it("lives from raise to close: waterfall, streamed coupons, a sale mid-life, redemption at par, collateral back", async () => {
    const b = await w.active([8_000n * IOSD, 7_000n * IOSD, 5_000n * IOSD]);
    const [a, bb, c] = b.investors;
    const start = big((await w.bond(b.bond)).start);
    // 73 days (a fifth of a year): 480 IOSD of coupons are due, and the schedule's reserve (the face value over the
    // 372 days from the close to maturity); 5,000 arrives.
    w.market.setTime(start + 73n * DAY);
    const schedule = (20_000n * IOSD * 73n) / 372n;
    expect(bonds.reserveTarget(bonds.bondTerms(await w.bond(b.bond)), w.market.now())).to.equal(schedule);
    await w.inflow(b, 5_000n * IOSD);
    await w.bonds.keeper().sync(b.bond);
    let state = await w.bond(b.bond);
    expect([big(state.couponPaid), big(state.reserve), big(state.operatorOwed)]).to.deep.equal([480n * IOSD, schedule, 4_520n * IOSD - schedule]);
    // Coupons stream over a day: nothing at the sync, everything a day later, split by holdings.
    expect(await w.bonds.couponsClaimable(b.bond, a.account)).to.equal(0n);
    w.advance(DAY);
    const claimableA = await w.bonds.couponsClaimable(b.bond, a.account);
    expect(192n * IOSD - claimableA <= 1n, `${claimableA}`).to.equal(true);
    const before = await w.iosd(a.investor.iosd);
    await w.bonds.investor(a.investor.keypair).claimCoupons(b.bond);
    expect((await w.iosd(a.investor.iosd)) - before).to.equal(claimableA);
    // The operator pulls what the waterfall left it.
    const opBefore = await w.iosd(b.operator.iosd);
    await w.bonds.operator(b.operator.keypair).claim(b.bond);
    expect((await w.iosd(b.operator.iosd)) - opBefore).to.equal(4_520n * IOSD - schedule);
    await expectBondBooks(w, b.bond);

    // Mid-life, C sells half to a buyer: what C accrued stays with C, coupons from now on are split.
    const buyer = await w.investor(1_000n);
    const cAccrued = await w.bonds.couponsClaimable(b.bond, c.account);
    await w.shares.client.transfer(c.investor.keypair, b.mint, buyer.keypair.publicKey, 2_500n * IOSD);
    const buyerAccount = await w.bonds.investor(buyer.keypair).openHolder(b.bond);
    expect(await w.bonds.couponsClaimable(b.bond, c.account)).to.equal(cAccrued);
    expect(await w.tokens(buyerAccount)).to.equal(2_500n * IOSD);

    // A real rental pays the vault: 10 hours of the 8-GPU device, settled after the dispute window.
    const renter = await w.investor(10_000n);
    const booking = await w.market.client.rent(renter.keypair, b.device, 10n * HOUR, 10n ** 9n);
    w.advance(10n * HOUR + WINDOW);
    const vaultBefore = await w.iosd(b.vault);
    await w.market.client.settle(booking.rental);
    const paid = (await w.iosd(b.vault)) - vaultBefore;
    expect(paid > 0n).to.equal(true);
    state = await w.bond(b.bond);
    const quote = bonds.splitBondInflow(bonds.bondTerms(state), bonds.bondBooks(state), paid, w.market.now());
    await w.bonds.keeper().sync(b.bond);
    const synced = await w.bond(b.bond);
    expect(big(synced.couponPaid) - big(state.couponPaid)).to.equal(quote.toCoupons);
    expect(big(synced.reserve) - big(state.reserve)).to.equal(quote.toReserve);
    expect(big(synced.operatorOwed) - big(state.operatorOwed)).to.equal(quote.toOperator);
    // The coupons accrued since day 73 come first.
    expect(quote.toCoupons).to.equal(bonds.arrears(bonds.bondTerms(state), bonds.bondBooks(state), w.market.now()));
    w.advance(DAY);
    const [cShare, buyerShare] = [await w.bonds.couponsClaimable(b.bond, c.account), await w.bonds.couponsClaimable(b.bond, buyerAccount)];
    // C's 2,500 and the buyer's 2,500 earned the same since the sale; C also kept what it had accrued before.
    expect(cShare - cAccrued - buyerShare <= 1n && cShare - cAccrued - buyerShare >= -1n).to.equal(true);

    // Redemption waits for maturity.
    await expectRejected(w.world, [a.account, b.vault], () => w.bonds.investor(a.investor.keypair).redeem(b.bond, IOSD), "NotRedeemable");
    // At maturity the rest of the coupons and the principal arrive.
    w.market.setTime(big(state.maturity));
    const rest = bonds.cureAmount(bonds.bondTerms(synced), bonds.bondBooks(synced), w.market.now());
    await w.inflow(b, rest);
    await w.bonds.keeper().sync(b.bond);
    state = await w.bond(b.bond);
    // Coupons of 12% over the 372 days from the close to maturity: 2,446.027397 IOSD.
    const coupons = bonds.couponDue(bonds.bondTerms(state), big(state.maturity));
    expect(coupons).to.equal(2_446_027_397n);
    expect([big(state.couponPaid), big(state.reserve), big(state.operatorOwed)]).to.deep.equal([coupons, 20_000n * IOSD, 0n]);
    // Discharged at maturity: every coupon paid, the face value reserved. The first two redeem at par, the bond
    // closes (collateral back, payout unlocked), and the last two still redeem at par after it.
    const holders = [
      { keypair: a.investor.keypair, iosd: a.investor.iosd, account: a.account, units: 8_000n * IOSD },
      { keypair: bb.investor.keypair, iosd: bb.investor.iosd, account: bb.account, units: 7_000n * IOSD },
      { keypair: c.investor.keypair, iosd: c.investor.iosd, account: c.account, units: 2_500n * IOSD },
      { keypair: buyer.keypair, iosd: buyer.iosd, account: buyerAccount, units: 2_500n * IOSD },
    ];
    for (const [i, h] of holders.entries()) {
      const iosdBefore = await w.iosd(h.iosd);
      await w.bonds.investor(h.keypair).redeem(b.bond, h.units);
      expect((await w.iosd(h.iosd)) - iosdBefore).to.equal(h.units);
      expect(await w.tokens(h.account)).to.equal(0n);
      if (i === 1) {
        const ioBefore = await w.market.ioBalance(b.operator.io);
        await w.bonds.keeper().close(b.bond);
        expect((await w.bond(b.bond)).status).to.equal(BondStatus.Closed);
        expect((await w.market.ioBalance(b.operator.io)) - ioBefore).to.equal(500n * IO);
        expect((await w.market.client.device(b.device)).payoutLocker.toBase58()).to.equal(PublicKey.default.toBase58());
      }
    }
    // Coupons still streaming reach the redeemed tokens.
    w.advance(DAY);
    for (const h of holders) await w.bonds.investor(h.keypair).claimCoupons(b.bond);
    state = await w.bond(b.bond);
    expect(big(state.claimed) <= coupons && coupons - big(state.claimed) < 10n).to.equal(true);
    await expectBondBooks(w, b.bond);
    await expectError(w.bonds.keeper().close(b.bond), "BondClosed");
  });

  it("makes a thin month's unpaid coupons arrears, paid first from the next inflow", async () => {
    const b = await w.active([10_000n * IOSD]);
    const start = big((await w.bond(b.bond)).start);
    w.market.setTime(start + 30n * DAY);
    const terms = bonds.bondTerms(await w.bond(b.bond));
    const due = bonds.couponDue(terms, w.market.now());
    await w.inflow(b, due / 2n);
    await w.bonds.keeper().sync(b.bond);
    let quote = await w.bonds.quote(b.bond);
    expect(quote.arrears).to.equal(due - due / 2n);
    expect([big(quote.bond.reserve), big(quote.bond.operatorOwed)]).to.deep.equal([0n, 0n]);
    // Within the grace period: not a default.
    await expectError(w.bonds.keeper().declareDefault(b.bond), "NotInDefault");
    w.advance(10n * DAY);
    const arrearsNow = bonds.arrears(terms, bonds.bondBooks(await w.bond(b.bond)), w.market.now());
    const target = bonds.reserveTarget(terms, w.market.now());
    await w.inflow(b, arrearsNow + target + 7n * IOSD);
    await w.bonds.keeper().sync(b.bond);
    quote = await w.bonds.quote(b.bond);
    expect([quote.arrears, big(quote.bond.reserve), big(quote.bond.operatorOwed)]).to.deep.equal([0n, target, 7n * IOSD]);
    await expectBondBooks(w, b.bond);
  });

  it("defaults after the grace period: coupons stop, holders redeem at once pro rata, recovery and collateral follow", async () => {
    const b = await w.active([6_000n * IOSD, 4_000n * IOSD], { collateral: 1_000n * IO });
    const [a, c] = b.investors;
    const start = big((await w.bond(b.bond)).start);
    // Nothing paid for 30 days: coupons due exactly a grace period ago are zero, so not yet.
    w.market.setTime(start + 30n * DAY);
    await expectError(w.bonds.keeper().declareDefault(b.bond), "NotInDefault");
    await expectError(w.bonds.operator(b.operator.keypair).cure(b.bond), "NotDefaulted");
    w.market.setTime(start + 31n * DAY);
    expect((await w.bonds.quote(b.bond)).defaultAllowed).to.equal(true);
    expect(await w.bonds.keeper().crank(b.bond)).to.deep.equal(["sync", "declareDefault"]);
    let state = await w.bond(b.bond);
    const terms = bonds.bondTerms(state);
    expect([state.status, big(state.defaultedAt)]).to.deep.equal([BondStatus.Defaulted, w.market.now()]);
    // Coupons stopped at the declaration: a hundred days later the arrears are the same.
    expect((await w.bonds.quote(b.bond, w.market.now() + 100n * DAY)).arrears).to.equal(bonds.couponDue(terms, start + 31n * DAY));
    // Recovery: arrears first, then principal (the whole face value is due), nothing to the operator.
    const arrears = bonds.couponDue(terms, start + 31n * DAY);
    await w.inflow(b, arrears + 2_500n * IOSD);
    await w.bonds.keeper().sync(b.bond);
    state = await w.bond(b.bond);
    expect([big(state.reserve), big(state.operatorOwed)]).to.deep.equal([2_500n * IOSD, 0n]);
    // A redeems everything at once: a quarter of its face value (2,500 / 10,000). The collateral waits a grace period
    // after the declaration (the operator's time to cure), then A's 60% of it is paid with redeem(0).
    const ioAta = getAssociatedTokenAddressSync(w.world.ioMint, a.investor.keypair.publicKey, true, w.world.ioTokenProgram);
    const aIo = await w.market.ioBalance(ioAta);
    let aIosd = await w.iosd(a.investor.iosd);
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 6_000n * IOSD, a.account);
    expect((await w.iosd(a.investor.iosd)) - aIosd).to.equal(1_500n * IOSD);
    expect(await w.market.ioBalance(ioAta)).to.equal(aIo);
    w.market.setTime(big(state.defaultedAt) + 30n * DAY);
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 0n, a.account);
    expect((await w.market.ioBalance(ioAta)) - aIo).to.equal(600n * IO);
    // Collateral was paid: the default can no longer be cured.
    await expectRejected(w.world, [b.vault, b.operator.iosd], () => w.bonds.operator(b.operator.keypair).cure(b.bond), "CollateralAlreadyPaid");
    // More recovery arrives: A's redeemed tokens are owed their part of it, collected with redeem(0).
    await w.inflow(b, 7_500n * IOSD + 11n * IOSD);
    aIosd = await w.iosd(a.investor.iosd);
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 0n, a.account);
    expect((await w.iosd(a.investor.iosd)) - aIosd).to.equal(4_500n * IOSD);
    state = await w.bond(b.bond);
    expect([big(state.reserve), big(state.operatorOwed)]).to.deep.equal([10_000n * IOSD, 11n * IOSD]);
    // C redeems at par now, with 40% of the collateral; then the bond closes, returning no collateral.
    const cIosd = await w.iosd(c.investor.iosd);
    await w.bonds.investor(c.investor.keypair).redeem(b.bond, 4_000n * IOSD, c.account);
    expect((await w.iosd(c.investor.iosd)) - cIosd).to.equal(4_000n * IOSD);
    const collateralLeft = await w.market.ioBalance(b.collateralVault);
    expect(collateralLeft).to.equal(0n);
    await w.bonds.keeper().close(b.bond);
    expect(big((await w.bond(b.bond)).collateralPaid)).to.equal(1_000n * IO);
    await expectBondBooks(w, b.bond);
  });

  it("is cured by its operator paying the coupons due and the reserve's shortfall, and is current again", async () => {
    const b = await w.active([10_000n * IOSD]);
    const start = big((await w.bond(b.bond)).start);
    w.market.setTime(start + 40n * DAY);
    await w.bonds.keeper().declareDefault(b.bond);
    w.advance(5n * DAY);
    const quote = await w.bonds.quote(b.bond);
    const expected = bonds.couponDue(quote.terms, w.market.now()) + bonds.reserveTarget(quote.terms, w.market.now());
    expect(quote.cureAmount).to.equal(expected);
    // Someone else cannot cure it.
    const stranger = await w.investor(1_000n);
    const program = w.bonds.program;
    const state = quote.bond;
    const m = await w.bonds.mints();
    await expectRejected(
      w.world,
      [b.vault, stranger.iosd],
      () => computeTokens.cureIx(program, { operator: stranger.keypair.publicKey, bond: b.bond, state, operatorIosd: stranger.iosd, ...m }).signers([stranger.keypair]).rpc(),
      "NotOperator",
    );
    // The operator got 10,000 IOSD of principal at the close; it pays the cure from it.
    const opBefore = await w.iosd(b.operator.iosd);
    await w.bonds.operator(b.operator.keypair).cure(b.bond);
    expect(opBefore - (await w.iosd(b.operator.iosd))).to.equal(expected);
    const after = await w.bonds.quote(b.bond);
    expect([after.bond.status, big(after.bond.defaultedAt), after.arrears, big(after.bond.reserve)]).to.deep.equal([BondStatus.Active, 0n, 0n, bonds.reserveTarget(quote.terms, w.market.now())]);
    await expectError(w.bonds.keeper().declareDefault(b.bond), "NotInDefault");
    await expectError(w.bonds.investor(b.investors[0].investor.keypair).redeem(b.bond, 1n), "NotRedeemable");
    await expectBondBooks(w, b.bond);
  });

  it("takes early repayment into the reserve, never beyond the face value; coupons still run to maturity", async () => {
    const b = await w.active([10_000n * IOSD]);
    const operator = w.bonds.operator(b.operator.keypair);
    await expectRejected(w.world, [b.vault, b.operator.iosd], () => operator.repay(b.bond, 10_000n * IOSD + 1n), "RepaymentTooLarge");
    await expectRejected(w.world, [b.vault, b.operator.iosd], () => operator.repay(b.bond, 0n), "ZeroAmount");
    await operator.repay(b.bond, 6_000n * IOSD);
    const start = big((await w.bond(b.bond)).start);
    // Half a year later the schedule asks 5,000: the reserve is ahead, so the inflow pays coupons, then the operator.
    w.market.setTime(start + 182n * DAY);
    const terms = bonds.bondTerms(await w.bond(b.bond));
    const due = bonds.couponDue(terms, w.market.now());
    await w.inflow(b, due + 100n * IOSD);
    await w.bonds.keeper().sync(b.bond);
    const state = await w.bond(b.bond);
    expect([big(state.couponPaid), big(state.reserve), big(state.operatorOwed)]).to.deep.equal([due, 6_000n * IOSD, 100n * IOSD]);
    await expectRejected(w.world, [b.vault, b.operator.iosd], () => operator.repay(b.bond, 4_000n * IOSD + 1n), "RepaymentTooLarge");
    await operator.repay(b.bond, 4_000n * IOSD);
    expect(big((await w.bond(b.bond)).reserve)).to.equal(10_000n * IOSD);
    await expectBondBooks(w, b.bond);
  });

  it("redeems pro rata at maturity while the reserve is short, the rest as recovery arrives; closes when whole", async () => {
    const b = await w.active([3_000n * IOSD, 1_000n * IOSD]);
    const [a, c] = b.investors;
    const state = await w.bond(b.bond);
    const terms = bonds.bondTerms(state);
    // Every coupon paid, but only 2,000 of principal by maturity.
    w.market.setTime(big(state.maturity));
    await w.inflow(b, bonds.couponDue(terms, w.market.now()) + 2_000n * IOSD);
    const aBefore = await w.iosd(a.investor.iosd);
    const value = await w.bonds.redemptionValue(b.bond, a.account, 3_000n * IOSD);
    expect(value).to.deep.equal({ principal: 1_500n * IOSD, collateral: 0n });
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 3_000n * IOSD);
    expect((await w.iosd(a.investor.iosd)) - aBefore).to.equal(1_500n * IOSD);
    // Short at maturity: the operator has a grace period to top the reserve up before a default may be declared.
    expect((await w.bonds.quote(b.bond)).defaultAllowed).to.equal(false);
    expect((await w.bonds.quote(b.bond, big(state.maturity) + 30n * DAY)).defaultAllowed).to.equal(true);
    await expectError(w.bonds.keeper().close(b.bond), "BondOutstanding");
    // Recovery arrives; A collects its remaining 1,500 with redeem(0); C redeems at par.
    await w.inflow(b, 2_000n * IOSD);
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 0n);
    expect((await w.iosd(a.investor.iosd)) - aBefore).to.equal(3_000n * IOSD);
    const cBefore = await w.iosd(c.investor.iosd);
    await w.bonds.investor(c.investor.keypair).redeem(b.bond, 1_000n * IOSD);
    expect((await w.iosd(c.investor.iosd)) - cBefore).to.equal(1_000n * IOSD);
    // Nothing more to collect.
    const again = await w.iosd(a.investor.iosd);
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 0n);
    expect(await w.iosd(a.investor.iosd)).to.equal(again);
    const ioBefore = await w.market.ioBalance(b.operator.io);
    expect(await w.bonds.keeper().crank(b.bond)).to.deep.equal(["sync", "close"]);
    expect((await w.market.ioBalance(b.operator.io)) - ioBefore).to.equal(500n * IO);
    await expectBondBooks(w, b.bond);
  });

  it("refuses what its roles may not do, moving nothing", async () => {
    const b = await w.active([5_000n * IOSD, 5_000n * IOSD]);
    const [a, c] = b.investors;
    const m = await w.bonds.mints();
    const program = w.bonds.program;
    const state = await w.bond(b.bond);
    w.market.setTime(big(state.maturity));
    await w.inflow(b, 20_000n * IOSD);
    // C cannot redeem A's tokens.
    const ioA = a.investor.io;
    await expectRejected(
      w.world,
      [a.account, b.vault, c.investor.iosd],
      () => computeTokens.redeemIx(program, { owner: c.investor.keypair.publicKey, bond: b.bond, state, tokenAccount: a.account, destination: c.investor.iosd, collateralDestination: ioA, amount: IOSD, ...m }).signers([c.investor.keypair]).rpc(),
      "NotTokenOwner",
    );
    // Principal paid into the vault itself, or collateral into its own vault: refused.
    await expectRejected(
      w.world,
      [a.account, b.vault],
      () => computeTokens.redeemIx(program, { owner: a.investor.keypair.publicKey, bond: b.bond, state, tokenAccount: a.account, destination: b.vault, collateralDestination: ioA, amount: IOSD, ...m }).signers([a.investor.keypair]).rpc(),
      "PayoutToOwnVault",
    );
    await expectRejected(
      w.world,
      [a.account, b.vault, b.collateralVault],
      () => computeTokens.redeemIx(program, { owner: a.investor.keypair.publicKey, bond: b.bond, state, tokenAccount: a.account, destination: a.investor.iosd, collateralDestination: b.collateralVault, amount: IOSD, ...m }).signers([a.investor.keypair]).rpc(),
      "PayoutToOwnVault",
    );
    // More than held: Token-2022 refuses the burn.
    await expectRejected(w.world, [a.account, b.vault, a.investor.iosd], () => w.bonds.investor(a.investor.keypair).redeem(b.bond, 5_000n * IOSD + 1n), "InsufficientFunds");
    // Only the operator repays or claims the operator's part.
    await expectRejected(
      w.world,
      [b.vault, c.investor.iosd],
      () => computeTokens.repayPrincipalIx(program, { operator: c.investor.keypair.publicKey, bond: b.bond, state, operatorIosd: c.investor.iosd, amount: IOSD, ...m }).signers([c.investor.keypair]).rpc(),
      "NotOperator",
    );
    await expectRejected(w.world, [b.vault, c.investor.iosd], () => w.bonds.operator(c.investor.keypair).claim(b.bond, c.investor.iosd), "NotOperator");
    // A share pool's instructions refuse a bond, and a bond's refuse a share pool.
    const pool = await w.shares.tokenized();
    await expectError(computeTokens.declareDefaultIx(program, { bond: pool.pool, state: { ...state, vault: pool.vault }, ...m }).rpc(), "AccountDidNotDeserialize");
    // Subscriptions closed; refunds are for failed issues only.
    await expectError(w.subscribe(c.investor, b.bond, IOSD), "SubscriptionClosed");
    await expectError(w.bonds.investor(a.investor.keypair).refund(b.bond, IOSD), "NotRefundable");
    await expectBondBooks(w, b.bond);
  });

  it("leaves tokens in an account without a checkpoint (a DEX vault) out of the coupons, stranding nothing", async () => {
    const b = await w.active([6_000n * IOSD, 4_000n * IOSD]);
    const [a, c] = b.investors;
    const pool = Keypair.generate();
    w.world.provider.airdrop(pool.publicKey, 10n ** 9n);
    // A moves 2,000 to a "DEX vault" that never opens a checkpoint: 8,000 tokens accrue from now on.
    await w.shares.client.transfer(a.investor.keypair, b.mint, pool.publicKey, 2_000n * IOSD);
    expect(big((await w.bond(b.bond)).accruingShares)).to.equal(8_000n * IOSD);
    const start = big((await w.bond(b.bond)).start);
    w.market.setTime(start + 30n * DAY);
    await w.inflow(b, 800n * IOSD);
    await w.bonds.keeper().sync(b.bond);
    w.advance(2n * DAY);
    const [ca, cc] = [await w.bonds.couponsClaimable(b.bond, a.account), await w.bonds.couponsClaimable(b.bond, c.account)];
    const paid = big((await w.bond(b.bond)).couponPaid);
    // All coupons go to the 8,000 accruing tokens: A's 4,000 and C's 4,000 share them equally.
    expect(paid - ca - cc <= 2n).to.equal(true);
    expect(ca - cc <= 1n && cc - ca <= 1n).to.equal(true);
    await expectBondBooks(w, b.bond);
  });

  it("gives the operator a grace period to top up a short reserve and to cure a default before any collateral is paid", async () => {
    const b = await w.active([10_000n * IOSD]);
    const [a] = b.investors;
    let state = await w.bond(b.bond);
    const terms = bonds.bondTerms(state);
    // Paid on schedule until a second before maturity: the reserve is a few units short at maturity.
    w.market.setTime(big(state.maturity) - 1n);
    await w.inflow(b, bonds.cureAmount(terms, bonds.bondBooks(state), w.market.now()));
    await w.bonds.keeper().sync(b.bond);
    w.market.setTime(big(state.maturity));
    const short = big(state.raised) - big((await w.bond(b.bond)).reserve);
    expect(short > 0n && short < IOSD, `${short}`).to.equal(true); // about one second of the schedule
    await expectError(w.bonds.keeper().declareDefault(b.bond), "NotInDefault");
    w.market.setTime(big(state.maturity) + 30n * DAY);
    await w.bonds.keeper().declareDefault(b.bond);
    // A holder redeems at once: principal pro rata, no collateral during the operator's cure window.
    const ioAta = getAssociatedTokenAddressSync(w.world.ioMint, a.investor.keypair.publicKey, true, w.world.ioTokenProgram);
    const ioBefore = await w.market.ioBalance(ioAta);
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 10_000n * IOSD);
    expect(await w.market.ioBalance(ioAta)).to.equal(ioBefore);
    expect(big((await w.bond(b.bond)).collateralPaid)).to.equal(0n);
    // The operator cures within the window (the shortfall and the coupons as if no default); the rest is paid out.
    await w.bonds.operator(b.operator.keypair).cure(b.bond);
    state = await w.bond(b.bond);
    expect([state.status, big(state.reserve)]).to.deep.equal([BondStatus.Active, big(state.raised)]);
    const before = await w.iosd(a.investor.iosd);
    await w.bonds.investor(a.investor.keypair).redeem(b.bond, 0n);
    expect((await w.iosd(a.investor.iosd)) - before).to.equal(short);
    await w.bonds.keeper().close(b.bond);
    expect(await w.market.ioBalance(b.collateralVault)).to.equal(0n);
    await expectBondBooks(w, b.bond);
  });

  it("closes only when discharged: a repayment pays coupons owed before the reserve, so none are written off", async () => {
    const b = await w.active([10_000n * IOSD]);
    const operator = w.bonds.operator(b.operator.keypair);
    const state = await w.bond(b.bond);
    // The operator tries to repay the face value out of the principal and skip the coupons.
    await w.pay(b.operator.iosd, 2_000n * IOSD);
    w.market.setTime(big(state.maturity));
    const coupons = bonds.couponDue(bonds.bondTerms(state), w.market.now());
    await expectRejected(w.world, [b.vault, b.operator.iosd], () => operator.repay(b.bond, 10_000n * IOSD + coupons + 1n), "RepaymentTooLarge");
    await operator.repay(b.bond, 10_000n * IOSD);
    const after = await w.bond(b.bond);
    expect([big(after.couponPaid), big(after.reserve)]).to.deep.equal([coupons, 10_000n * IOSD - coupons]);
    await expectError(w.bonds.keeper().close(b.bond), "BondOutstanding");
    await operator.repay(b.bond, coupons);
    await w.bonds.keeper().close(b.bond);
    expect((await w.bond(b.bond)).status).to.equal(BondStatus.Closed);
    await expectBondBooks(w, b.bond);
  });

  it("refuses terms that leave the operator no grace or cannot be paid, and fails a subscription closed after maturity", async () => {
    const operator = await w.market.operator();
    const device = await w.market.device(operator);
    const issue = (overrides: Partial<typeof STANDARD>) =>
      w.bonds.operator(operator.keypair).issue(device, { ...STANDARD, ioMint: w.world.ioMint, ioTokenProgram: w.world.ioTokenProgram, operatorIo: operator.io, name: "x", symbol: "x", uri: "", ...overrides });
    const bad: Array<Partial<typeof STANDARD>> = [{ graceSeconds: 0n }, { graceSeconds: 366n * DAY }, { termSeconds: 31n * 365n * DAY, graceSeconds: DAY }];
    for (const terms of bad) {
      await expectRejected(w.world, [operator.io, device], () => issue(terms), "InvalidTerm");
    }
    const late = await w.issue({ face: 1_000n * IOSD, minRaise: 100n * IOSD, termSeconds: 10n * DAY, graceSeconds: DAY });
    await w.subscribe(await w.investor(10_000n), late.bond, 500n * IOSD);
    w.market.setTime(big((await w.bond(late.bond)).maturity));
    await w.bonds.keeper().closeSubscription(late.bond);
    expect((await w.bond(late.bond)).status).to.equal(BondStatus.Failed);
  });
});
