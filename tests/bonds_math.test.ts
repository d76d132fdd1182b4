// The SDK's bond quotes against the program's: both must reproduce tests/vectors/bonds.json, which
// programs/compute-tokens/src/bonds.rs writes (UPDATE_VECTORS=1) and checks.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { computeTokens } from "@io-compute/sdk";
import { REPO_ROOT } from "./helpers";

const { bonds } = computeTokens;

interface Vector {
  terms: { face: string; couponBps: number; start: number; maturity: number; grace: number };
  books: { couponPaid: string; reserve: string; defaultedAt: number | null };
  inflow: string;
  now: number;
  couponDue: string;
  reserveTarget: string;
  arrears: string;
  split: [string, string, string];
  defaultAllowed: boolean;
  cureAmount: string;
  redeemable: boolean;
  proRata: string;
  collateralPayable: boolean;
  discharged: boolean;
  repayment: [string, string, string];
}

describe("sdk: GPU bond quotes", () => {
  const vectors: Vector[] = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "tests/vectors/bonds.json"), "utf8"));

  it(`match the program's math on ${vectors.length} random cases, to the unit`, () => {
    expect(vectors.length).to.equal(300);
    for (const [i, v] of vectors.entries()) {
      const terms = { face: BigInt(v.terms.face), couponBps: v.terms.couponBps, start: BigInt(v.terms.start), maturity: BigInt(v.terms.maturity), grace: BigInt(v.terms.grace) };
      const defaultedAt = v.books.defaultedAt === null ? null : BigInt(v.books.defaultedAt);
      const books = { couponPaid: BigInt(v.books.couponPaid), reserve: BigInt(v.books.reserve), defaultedAt };
      const now = BigInt(v.now);
      const split = bonds.splitBondInflow(terms, books, BigInt(v.inflow), now);
      expect(
        {
          couponDue: bonds.couponDue(terms, now).toString(),
          reserveTarget: bonds.reserveTarget(terms, now).toString(),
          arrears: bonds.arrears(terms, books, now).toString(),
          split: [split.toCoupons, split.toReserve, split.toOperator].map(String),
          defaultAllowed: bonds.defaultAllowed(terms, books, now),
          cureAmount: bonds.cureAmount(terms, books, now).toString(),
          redeemable: bonds.redeemable(terms, books, now),
          proRata: bonds.proRata(terms, BigInt(v.inflow), books.reserve).toString(),
          collateralPayable: bonds.collateralPayable(terms, books, now),
          discharged: bonds.discharged(terms, books, now),
          repayment: ((r) => [r.toCoupons, r.toReserve, r.toOperator].map(String))(bonds.splitRepayment(terms, books, BigInt(v.inflow), now)),
        },
        `case ${i}`,
      ).to.deep.equal({ couponDue: v.couponDue, reserveTarget: v.reserveTarget, arrears: v.arrears, split: v.split, defaultAllowed: v.defaultAllowed, cureAmount: v.cureAmount, redeemable: v.redeemable, proRata: v.proRata, collateralPayable: v.collateralPayable, discharged: v.discharged, repayment: v.repayment });
    }
  });
});

describe("sdk: GPU bond yield to maturity", () => {
  const IOSD = 1_000_000n;
  const DAY = 86_400n;
  const terms = { face: 20_000n * IOSD, couponBps: 1_200, start: 1_000_000n, maturity: 1_000_000n + 365n * DAY, grace: 30n * DAY };
  const current = (now: bigint) => ({ couponPaid: bonds.couponDue(terms, now), reserve: 0n, defaultedAt: null });

  it("is the coupon rate at par, above it below par and below it above par", () => {
    const now = terms.start + 100n * DAY;
    expect(bonds.yieldToMaturity(terms, current(now), 1, now)).to.be.closeTo(0.12, 1e-9);
    expect(bonds.yieldToMaturity(terms, current(now), 0.95, now)!).to.be.greaterThan(0.12);
    expect(bonds.yieldToMaturity(terms, current(now), 1.05, now)!).to.be.lessThan(0.12);
  });

  it("counts unpaid coupons as cash at once, and has no yield after maturity", () => {
    const now = terms.start + 100n * DAY;
    const unpaid = { couponPaid: 0n, reserve: 0n, defaultedAt: null };
    // Owed 100 days of coupons, the token is worth more than par at the coupon rate.
    const parWithArrears = 1 + Number(bonds.couponDue(terms, now)) / Number(terms.face);
    expect(bonds.yieldToMaturity(terms, unpaid, parWithArrears, now)).to.be.closeTo(0.12, 1e-9);
    expect(bonds.yieldToMaturity(terms, unpaid, 1, terms.maturity)).to.equal(null);
  });
});
