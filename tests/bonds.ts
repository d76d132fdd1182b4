// Fixture for the bond suites: the shares world (market, compute_tokens, a funder paying IOSD into vaults) with the
// bonds client, a bond issued on a new operator's device, investors, and the bond's books checked against the chain.
import { expect } from "chai";
import { getMint, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";
import { big, computeTokens } from "@io-compute/sdk";
import { IO } from "./helpers";
import { Operator, Renter } from "./market";
import { DISTRIBUTION, IOSD, SharesWorld } from "./shares";

export const DAY = 86_400n;
export { IOSD };

export interface IssuedBond {
  operator: Operator;
  device: PublicKey;
  mint: PublicKey;
  bond: PublicKey;
  vault: PublicKey;
  collateralVault: PublicKey;
}

/** The terms a test chooses (the rest of `issue_bond`'s parameters come from the world). */
export type BondTermsParams = Pick<
  computeTokens.IssueBondParams,
  "face" | "minRaise" | "couponBps" | "subscriptionSeconds" | "termSeconds" | "graceSeconds" | "collateral"
>;

/** $20,000 face, $15,000 minimum, 12% a year, 7 days to subscribe, a year's term, 30 days' grace, 500 IO collateral. */
export const STANDARD: BondTermsParams = {
  face: 20_000n * IOSD,
  minRaise: 15_000n * IOSD,
  couponBps: 1_200,
  subscriptionSeconds: 7n * DAY,
  termSeconds: 365n * DAY,
  graceSeconds: 30n * DAY,
  collateral: 500n * IO,
};

export class BondWorld {
  readonly bonds: computeTokens.BondsClient;

  private constructor(readonly shares: SharesWorld) {
    this.bonds = new computeTokens.BondsClient(shares.world.computeTokens);
  }

  static async create(): Promise<BondWorld> {
    return new BondWorld(await SharesWorld.create());
  }

  get world() {
    return this.shares.world;
  }

  get market() {
    return this.shares.market;
  }

  /** A bond on a new operator's device (`STANDARD` terms unless overridden). */
  async issue(overrides: Partial<BondTermsParams> = {}): Promise<IssuedBond> {
    const operator = await this.market.operator();
    const device = await this.market.device(operator);
    const addresses = await this.bonds.operator(operator.keypair).issue(device, {
      ...STANDARD,
      ...overrides,
      ioMint: this.world.ioMint,
      ioTokenProgram: this.world.ioTokenProgram,
      operatorIo: operator.io,
      distributionPeriodSeconds: DISTRIBUTION,
      name: "H100 x8 bond",
      symbol: "GPUB",
      uri: "https://example.org/bond.json",
    });
    return { operator, device, ...addresses };
  }

  /** An investor holding IOSD (minted from `io` whole IO at $0.25). */
  investor(io = 100_000n): Promise<Renter> {
    return this.market.renter(io);
  }

  /** Subscribes `amount`; returns the investor's bond-token account (with its checkpoint). */
  subscribe(investor: Renter, bond: PublicKey, amount: bigint): Promise<PublicKey> {
    return this.bonds.investor(investor.keypair).subscribe(bond, amount, investor.iosd);
  }

  /** Issues a bond and fills it from `amounts` (one investor each), then closes the subscription. */
  async active(amounts: bigint[], overrides: Partial<BondTermsParams> = {}) {
    const face = amounts.reduce((a, b) => a + b, 0n);
    const issued = await this.issue({ face, minRaise: face, ...overrides });
    const investors: Array<{ investor: Renter; account: PublicKey }> = [];
    for (const amount of amounts) {
      const investor = await this.investor();
      investors.push({ investor, account: await this.subscribe(investor, issued.bond, amount) });
    }
    await this.bonds.keeper().closeSubscription(issued.bond);
    return { ...issued, investors };
  }

  bond(bond: PublicKey) {
    return this.bonds.bond(bond);
  }

  /** `amount` IOSD paid into the bond's vault (as a settled rental would). */
  inflow(bond: IssuedBond, amount: bigint) {
    return this.pay(bond.vault, amount);
  }

  /** `amount` IOSD from the funder to any IOSD account. */
  pay(to: PublicKey, amount: bigint) {
    return this.shares.inflow({ mint: PublicKey.default, pool: PublicKey.default, vault: to }, amount);
  }

  iosd(account: PublicKey) {
    return this.market.iosdBalance(account);
  }

  tokens(account: PublicKey) {
    return this.shares.sharesOrZero(account);
  }

  async supply(mint: PublicKey) {
    return (await getMint(this.world.provider.connection, mint, "confirmed", TOKEN_2022_PROGRAM_ID)).supply;
  }

  /** Moves the clock by `seconds`. */
  advance(seconds: bigint) {
    this.market.setTime(this.market.now() + seconds);
  }
}

/** The bond's books against the chain, after any step: every unit synced went to coupons, the reserve or the
 * operator; the vault holds exactly what is not yet paid out; coupons never exceed the rate times the time. */
export async function expectBondBooks(w: BondWorld, bond: PublicKey) {
  const state = await w.bond(bond);
  const now = w.market.now();
  const holders = await w.bonds.program.account.holder.all([{ memcmp: { offset: 8, bytes: bond.toBase58() } }]);
  const [couponPaid, claimed, reserve, principalPaid] = [big(state.couponPaid), big(state.claimed), big(state.reserve), big(state.principalPaid)];
  const [owed, operatorClaimed, accounted] = [big(state.operatorOwed), big(state.operatorClaimed), big(state.vaultBalance)];
  // The vault's accounted balance: coupons not yet claimed, reserve not yet paid out, the operator's unpulled part.
  expect(accounted).to.equal(couponPaid - claimed + reserve - principalPaid + owed);
  expect((await w.iosd(state.vault)) >= accounted).to.equal(true);
  // Claims never exceed what the stream released; what is claimable now is within that too.
  const claimable = holders.reduce((sum, h) => sum + computeTokens.claimable(state, h.account, now), 0n);
  const released = couponPaid - big(state.undistributed) + computeTokens.releasedAt(state, now);
  expect(claimed + claimable <= released, `claims ${claimed} + ${claimable} > released ${released}`).to.equal(true);
  // Coupons paid never exceed rate x time: couponPaid * 10,000 * year <= face * bps * elapsed.
  const until = state.defaultedAt.toString() !== "0" ? big(state.defaultedAt) : now;
  const elapsed = big(state.start) === 0n ? 0n : (until < big(state.maturity) ? until : big(state.maturity)) - big(state.start);
  expect(couponPaid * 10_000n * computeTokens.bonds.SECONDS_PER_YEAR <= big(state.raised) * BigInt(state.couponBps) * (elapsed > 0n ? elapsed : 0n)).to.equal(true);
  // Principal: reserve within the face value, paid out within the reserve and the redeemed tokens' pro rata parts.
  expect(reserve <= big(state.raised) && principalPaid <= reserve).to.equal(true);
  const holderPrincipal = holders.reduce((sum, h) => sum + big(h.account.principalClaimed), 0n);
  expect(holderPrincipal).to.equal(principalPaid);
  for (const h of holders) {
    expect(big(h.account.principalClaimed) * big(state.raised) <= big(h.account.redeemed) * reserve).to.equal(true);
  }
  expect(big(state.accruingShares)).to.equal(holders.reduce((sum, h) => sum + big(h.account.shares), 0n));
  expect(big(state.operatorOwed) + operatorClaimed >= 0n).to.equal(true);
  return { state, holders, claimable };
}
