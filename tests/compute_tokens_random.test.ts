// Randomized compute_tokens run: inflows into the vault, syncs, hooked transfers between holders (with and without
// checkpoints), claims, checkpoints opened and the clock moving past the end of the term. After every step:
// claimed + claimable + operator cut + carried + dust = total inflow (dust small and never negative), the vault
// holds every unclaimed unit, a transfer never changes anyone's claimable revenue, and each claim pays exactly
// what the SDK computed.
import { expect } from "chai";
import { PublicKey } from "@solana/web3.js";
import { computeTokens } from "../sdk/src";
import { big, rng } from "./helpers";
import { Operator } from "./market";
import { expectBooks, SharesWorld } from "./shares";

const STEPS = Number(process.env.RANDOM_STEPS ?? 2_000);
const SHARES = 1_000_000n;
const TERM = 120n * 86_400n; // the clock steps end it about three quarters of the way through

interface Participant {
  who: Operator;
  account: PublicKey;
  /** Opens a checkpoint at some point (a DEX vault never does). */
  mayAccrue: boolean;
  accrues: boolean;
  claimed: bigint;
}

describe("compute_tokens: randomized invariants", () => {
  it(`keeps revenue exact and follows the shares over ${STEPS} random steps`, async () => {
    const random = rng(Number(process.env.RANDOM_SEED ?? 7));
    const below = (n: bigint) => BigInt(Math.floor(random() * Number(n)));
    const w = await SharesWorld.create();
    const t = await w.tokenized(SHARES, TERM);
    const { client } = w;
    const operator: Participant = { who: t.operator, account: t.operatorShares, mayAccrue: true, accrues: true, claimed: 0n };
    const people: Participant[] = [operator];
    for (let i = 0; i < 5; i++) {
      const who = await w.holder();
      people.push({ who, account: computeTokens.shareAccount(t.mint, who.keypair.publicKey), mayAccrue: i < 4, accrues: false, claimed: 0n });
    }
    const termEnd = big((await client.pool(t.pool)).termEnd);
    let [inflow, unsynced, operatorCut, syncs] = [0n, 0n, 0n, 0];
    const payoutStart = await w.iosd(t.operator.iosd);
    const claimables = async () => Promise.all(people.map((p) => client.claimable(t.pool, p.account)));
    const counts: Record<string, number> = {};

    // Steps that find nothing to do (an empty account, a holder without a checkpoint) are redrawn.
    for (let step = 0; step < STEPS; ) {
      const roll = random();
      const person = people[Math.floor(random() * people.length)];
      let action: string;
      if (roll < 0.22) {
        action = "inflow";
        const amount = below(random() < 0.2 ? 100n : 500_000_000n); // up to $500
        if (amount > 0n) await w.inflow(t, amount);
        inflow += amount;
        unsynced += amount;
      } else if (roll < 0.37) {
        action = "sync";
        const [op] = w.market.now() < termEnd ? computeTokens.splitInflow(unsynced, 1_000) : [unsynced];
        await client.sync(t.pool);
        operatorCut += op;
        unsynced = 0n;
        syncs++;
      } else if (roll < 0.72) {
        action = "transfer";
        const from = people.filter((p) => p.account !== person.account)[Math.floor(random() * (people.length - 1))];
        const balance = await w.sharesOrZero(from.account);
        if (balance === 0n) continue;
        const amount = random() < 0.1 ? balance : 1n + below(balance);
        const before = await claimables();
        await client.transfer(from.who.keypair, t.mint, person.who.keypair.publicKey, amount, { from: from.account });
        expect(await claimables(), `step ${step}: a transfer moved accrued revenue`).to.deep.equal(before);
      } else if (roll < 0.87) {
        action = "claim";
        if (!person.accrues) continue;
        const expected = await client.claimable(t.pool, person.account);
        const before = await w.iosd(person.who.iosd);
        await client.claim(person.who.keypair, t.pool, person.account, person.who.iosd);
        expect((await w.iosd(person.who.iosd)) - before, `step ${step}: claim`).to.equal(expected);
        person.claimed += expected;
      } else if (roll < 0.93) {
        action = "open";
        if (!person.mayAccrue || person.accrues) continue;
        await client.openHolder(person.who.keypair, t.pool);
        person.accrues = true;
      } else {
        action = "clock";
        w.market.setTime(w.market.now() + below(2n * 86_400n));
      }
      counts[action] = (counts[action] ?? 0) + 1;
      step++;

      // The books after every step (dust: under one unit per checkpoint and sync).
      const { state, claimable } = await expectBooks(w, t.pool, BigInt((syncs + 1) * people.length));
      expect(big(state.totalInflow) + unsynced, `step ${step}: inflow`).to.equal(inflow);
      expect(big(state.operatorRevenue), `step ${step}: operator cut`).to.equal(operatorCut);
      expect((await w.iosd(t.operator.iosd)) - payoutStart - operator.claimed, `step ${step}: operator paid`).to.equal(operatorCut);
      const claimed = people.reduce((sum, p) => sum + p.claimed, 0n);
      expect(big(state.claimed)).to.equal(claimed);
      expect(claimed + claimable + operatorCut + big(state.carried) <= inflow - unsynced).to.equal(true);
      expect(await w.iosd(t.vault)).to.equal(inflow - operatorCut - claimed);
      for (const p of people.filter((p) => !p.accrues)) expect(await client.claimable(t.pool, p.account)).to.equal(0n);
      const supply = (await Promise.all(people.map((p) => w.sharesOrZero(p.account)))).reduce((a, b) => a + b, 0n);
      expect(supply).to.equal(SHARES);
    }
    console.log(`      steps: ${JSON.stringify(counts)}; inflow ${inflow}, operator ${operatorCut}, holders claimed ${people.reduce((s, p) => s + p.claimed, 0n)}`);
  });
});
