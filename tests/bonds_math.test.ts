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
  books: { couponPaid: string; reserve: string; defaulted: boolean };
  inflow: string;
  now: number;
  couponDue: string;
  reserveTarget: string;
  arrears: string;
  split: [string, string, string];
  defaultAllowed: boolean;
  cureAmount: string;
}

describe("sdk: GPU bond quotes", () => {
  const vectors: Vector[] = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "tests/vectors/bonds.json"), "utf8"));

  it(`match the program's math on ${vectors.length} random cases, to the unit`, () => {
    expect(vectors.length).to.equal(300);
    for (const [i, v] of vectors.entries()) {
      const terms = { face: BigInt(v.terms.face), couponBps: v.terms.couponBps, start: BigInt(v.terms.start), maturity: BigInt(v.terms.maturity), grace: BigInt(v.terms.grace) };
      const books = { couponPaid: BigInt(v.books.couponPaid), reserve: BigInt(v.books.reserve), defaulted: v.books.defaulted };
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
        },
        `case ${i}`,
      ).to.deep.equal({ couponDue: v.couponDue, reserveTarget: v.reserveTarget, arrears: v.arrears, split: v.split, defaultAllowed: v.defaultAllowed, cureAmount: v.cureAmount });
    }
  });
});
