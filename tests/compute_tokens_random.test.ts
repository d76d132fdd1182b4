// Randomized compute_tokens run: inflows into the vault (donations, as far as the pool can tell), syncs, hooked
// transfers between holders (with and without checkpoints, self-transfers included), claims, the operator pulling
// its cut, checkpoints opened, just-in-time holding (shares moved into a checkpoint around a sync in one
// transaction) and the clock moving past the end of the term. After every step: claimed + claimable + streaming +
// operator cut + dust = total inflow (dust small and never negative), the vault holds every unit not paid out, no
// transfer changes anyone's claimable revenue (so just-in-time holding earns nothing), and each claim pays exactly
// what the SDK computed.
import { expect } from "chai";
import { PublicKey, Transaction } from "@solana/web3.js";
import { computeTokens } from "@io-compute/sdk";
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
    let [inflow, unsynced, operatorCut, operatorPulled] = [0n, 0n, 0n, 0n];
    const config = await client.config();
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
        const [op] = computeTokens.splitInflow(unsynced, 1_000); // whenever synced, before or after the term
        await client.sync(t.pool);
        operatorCut += op;
        unsynced = 0n;
      } else if (roll < 0.41) {
        action = "operator pulls its cut";
        const owed = big((await client.pool(t.pool)).operatorOwed);
        await client.claimOperator(t.operator.keypair, t.pool, t.operator.iosd);
        operatorPulled += owed;
      } else if (roll < 0.47) {
        // Shares parked without a checkpoint move into one around a sync and back, in one transaction.
        action = "just-in-time";
        const dex = people[5];
        const balance = await w.sharesOrZero(dex.account);
        if (balance === 0n || !person.accrues || person === dex) continue;
        const before = await claimables();
        const tx = new Transaction().add(
          await computeTokens.shareTransferIx(w.world.provider, dex.account, t.mint, person.account, dex.who.keypair.publicKey, balance),
          await computeTokens.syncRevenueIx(client.program, t.pool, await client.pool(t.pool), config.iosdTokenProgram, config.iosdMint).instruction(),
          await computeTokens.shareTransferIx(w.world.provider, person.account, t.mint, dex.account, person.who.keypair.publicKey, balance),
        );
        await w.world.provider.sendAndConfirm(tx, [dex.who.keypair, person.who.keypair]);
        operatorCut += computeTokens.splitInflow(unsynced, 1_000)[0];
        unsynced = 0n;
        expect(await claimables(), `step ${step}: just-in-time holding earned`).to.deep.equal(before);
      } else if (roll < 0.72) {
        action = "transfer";
        // One in ten is a self-transfer.
        const others = people.filter((p) => p.account !== person.account);
        const from = random() < 0.1 ? person : others[Math.floor(random() * others.length)];
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

      // The books after every step (dust: under one unit per checkpoint and release; every step releases at most once).
      const { state, claimable } = await expectBooks(w, t.pool, BigInt((step + 1) * people.length));
      expect(big(state.totalInflow) + unsynced, `step ${step}: inflow`).to.equal(inflow);
      expect(big(state.operatorRevenue), `step ${step}: operator cut`).to.equal(operatorCut);
      expect((await w.iosd(t.operator.iosd)) - payoutStart - operator.claimed, `step ${step}: operator paid`).to.equal(operatorPulled);
      expect(big(state.operatorOwed) + operatorPulled).to.equal(operatorCut);
      const claimed = people.reduce((sum, p) => sum + p.claimed, 0n);
      expect(big(state.claimed)).to.equal(claimed);
      expect(claimed + claimable + operatorCut <= inflow - unsynced).to.equal(true); // streaming and dust: expectBooks
      expect(await w.iosd(t.vault)).to.equal(inflow - operatorPulled - claimed);
      for (const p of people.filter((p) => !p.accrues)) expect(await client.claimable(t.pool, p.account)).to.equal(0n);
      const supply = (await Promise.all(people.map((p) => w.sharesOrZero(p.account)))).reduce((a, b) => a + b, 0n);
      expect(supply).to.equal(SHARES);
    }
    console.log(`      steps: ${JSON.stringify(counts)}; inflow ${inflow}, operator ${operatorCut}, holders claimed ${people.reduce((s, p) => s + p.claimed, 0n)}`);
  });
});
