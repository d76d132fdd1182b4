// Randomized rental_escrow run: rentals created (singly and as clusters), settled, extended, cancelled, disputed,
// resolved and completed while the clock moves, while strangers donate into escrows and operators close their payout
// accounts. After every step: each open escrow holds exactly deposited - released plus what was donated to it, no IOSD
// unit was created or lost (renters + payouts + treasury + escrows = what the renters started with), the treasury
// holds the fees plus the swept donations, nothing streams while disputed or after the end, settle lags the stream by
// the dispute window, and each device counts its open rentals.
import { expect } from "chai";
import { PublicKey } from "@solana/web3.js";
import { createCloseAccountInstruction, createTransferCheckedInstruction, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { ioStaking, rentalEscrow, TransactionFailedError } from "@io-compute/sdk";
import { big, IO, rng } from "./helpers";
import { MarketWorld, Operator, Renter } from "./market";

const STEPS = Number(process.env.RANDOM_STEPS ?? 2_000);
const WINDOW = 86_400n;
const { cost, fee, operatorPayment, streamed } = rentalEscrow;

interface ModelRental {
  pk: PublicKey;
  device: PublicKey;
  renter: Renter;
  start: bigint;
  end: bigint;
  rate: bigint;
  deposited: bigint;
  released: bigint;
  disputedAt: bigint | null;
  /** Sent into the escrow from outside; swept to the treasury when the escrow closes. */
  donated: bigint;
}

describe("rental_escrow: randomized invariants", () => {
  it(`keeps escrows exact and every IOSD unit accounted for over ${STEPS} random steps`, async () => {
    const seed = Number(process.env.RANDOM_SEED ?? 6);
    const random = rng(seed);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
    const m = await MarketWorld.create({ disputeWindowSeconds: WINDOW });
    const operators: Operator[] = [await m.operator(20_000n), await m.operator(20_000n)];
    const renters: Renter[] = [];
    for (let i = 0; i < 4; i++) renters.push(await m.renter(20_000n));
    const devices: { pk: PublicKey; operator: Operator; price: bigint; gpus: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const operator = operators[i % 2];
      const gpus = 1 + Math.floor(random() * 4);
      const price = BigInt(1 + Math.floor(random() * 500_000)); // up to $0.50 per GPU-hour
      devices.push({ pk: await m.device(operator, { gpuCount: gpus, pricePerGpuHour: price }), operator, price, gpus });
    }
    const treasury = (await m.client.market()).treasuryIosd;
    // Where operators move their earnings before closing their payout accounts.
    const bank = (await m.renter(1n)).iosd;
    const accounts = [...renters.map((r) => r.iosd), ...operators.map((o) => o.iosd), treasury, bank];
    const startTotal = await sum(accounts);
    const bankStart = await m.iosdBalance(bank);
    const supply = await m.iosdSupply();

    const open: ModelRental[] = [];
    const rentedUntil = new Map(devices.map((d) => [d.pk.toBase58(), 0n]));
    let paidToOperators = 0n;
    let fees = 0n;
    let swept = 0n;
    const counts: Record<string, number> = {};
    const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);

    /** Balances of `keys`, a closed account counting zero. */
    async function sum(keys: PublicKey[]): Promise<bigint> {
      let total = 0n;
      for (const k of keys) if (await m.world.provider.connection.getAccountInfo(k)) total += await m.iosdBalance(k);
      return total;
    }

    /** Runs `action`; `expected` null means it must succeed, otherwise fail with that error. */
    async function attempt(name: string, expected: string | null, action: () => Promise<unknown>): Promise<boolean> {
      try {
        await action();
      } catch (e) {
        if (!(e instanceof TransactionFailedError)) throw e;
        expect(e.errorName, `${name}: ${e.message}`).to.equal(expected ?? "success");
        count(`${name} refused (${e.errorName})`);
        return false;
      }
      expect(expected, `${name} should have failed`).to.equal(null);
      count(name);
      return true;
    }

    const stop = (r: ModelRental) => (r.disputedAt !== null && r.disputedAt < r.end ? r.disputedAt : r.end);
    const streamedAt = (r: ModelRental, now: bigint) => {
      const until = now < stop(r) ? now : stop(r);
      const elapsed = until - r.start;
      if (elapsed <= 0n) return 0n;
      if (elapsed >= r.end - r.start) return r.deposited;
      return (r.rate * elapsed) / 3_600n;
    };
    const close = (r: ModelRental) => {
      swept += r.donated;
      open.splice(open.indexOf(r), 1);
    };

    for (let step = 0; step < STEPS; step++) {
      const now = m.now();
      const roll = random();
      if (roll < 0.22) {
        // Book one device, or a two-device cluster.
        const renter = pick(renters);
        const chosen = random() < 0.25 ? [pick(devices), pick(devices)].filter((d, i, all) => all.findIndex((x) => x.pk.equals(d.pk)) === i) : [pick(devices)];
        const duration = BigInt(pick([1, 59, 3_600, 7_200, 86_400, 3 * 86_400]) + Math.floor(random() * 100));
        // The instructions run in order: the first refusal names the error.
        let balance = await m.iosdBalance(renter.iosd);
        let expected: string | null = null;
        for (const d of chosen) {
          const deposit = cost(d.price * BigInt(d.gpus), duration);
          const total = deposit + fee(deposit, 25);
          if (now < rentedUntil.get(d.pk.toBase58())!) expected = "DeviceBusy";
          else if ((await m.client.bonded(d.pk)) < 200n * IO * BigInt(d.gpus)) expected = "BondBelowRequirement";
          else if (total > balance) expected = "InsufficientBalance";
          if (expected) break;
          balance -= total;
        }
        let bookings: rentalEscrow.Booking[] = [];
        const ok = await attempt(chosen.length > 1 ? "book cluster" : "create_rental", expected, async () => {
          bookings = await m.client.bookCluster(
            renter.keypair,
            chosen.map((d) => d.pk),
            duration,
            10n ** 12n,
          );
        });
        if (ok) {
          for (const [i, b] of bookings.entries()) {
            const d = chosen[i];
            const rate = d.price * BigInt(d.gpus);
            open.push({
              pk: b.rental,
              device: d.pk,
              renter,
              start: now,
              end: now + duration,
              rate,
              deposited: cost(rate, duration),
              released: 0n,
              disputedAt: null,
              donated: 0n,
            });
            rentedUntil.set(d.pk.toBase58(), now + duration);
            fees += fee(cost(rate, duration), 25);
          }
        }
      } else if (roll < 0.4 && open.length) {
        const r = pick(open);
        const gross = streamedAt(r, now - WINDOW) - r.released; // the last window of service stays in escrow
        const expected = r.disputedAt !== null ? "RentalDisputed" : gross === 0n ? "NothingToSettle" : null;
        if (await attempt("settle", expected, () => m.client.settle(r.pk))) {
          const pay = operatorPayment(r.released, gross, 25);
          paidToOperators += pay.toOperator;
          fees += pay.fee;
          r.released += gross;
        }
      } else if (roll < 0.48 && open.length) {
        const r = pick(open);
        const extra = BigInt(pick([1, 600, 3_600, 86_400]));
        const expected = r.disputedAt !== null ? "RentalDisputed" : now >= r.end ? "RentalEnded" : null;
        const newDeposit = cost(r.rate, r.end - r.start + extra);
        const needed = newDeposit - r.deposited + fee(newDeposit - r.deposited, 25);
        const poor = expected === null && needed > (await m.iosdBalance(r.renter.iosd));
        if (await attempt("extend", poor ? "InsufficientBalance" : expected, () => m.client.extend(r.renter.keypair, r.pk, extra))) {
          fees += fee(newDeposit - r.deposited, 25);
          r.deposited = newDeposit;
          r.end += extra;
          rentedUntil.set(r.device.toBase58(), r.end);
        }
      } else if (roll < 0.56 && open.length) {
        const r = pick(open);
        const expected = r.disputedAt !== null ? "RentalDisputed" : now >= r.end ? "RentalEnded" : null;
        if (await attempt("cancel", expected, () => m.client.cancel(r.renter.keypair, r.pk))) {
          const gross = streamedAt(r, now) - r.released;
          const pay = operatorPayment(r.released, gross, 25);
          paidToOperators += pay.toOperator;
          fees += pay.fee;
          rentedUntil.set(r.device.toBase58(), now);
          close(r);
        }
      } else if (roll < 0.66 && open.length) {
        const r = pick(open);
        const byRenter = random() < 0.5;
        const caller = byRenter ? r.renter : pick(renters.filter((x) => x !== r.renter));
        const expected =
          r.disputedAt !== null ? "RentalDisputed" : now < r.end ? "RentalNotEnded" : !byRenter && now < r.end + WINDOW ? "DisputeWindowOpen" : null;
        if (await attempt("complete", expected, () => m.client.complete(caller.keypair, r.pk))) {
          const pay = operatorPayment(r.released, r.deposited - r.released, 25);
          paidToOperators += pay.toOperator;
          fees += pay.fee;
          close(r);
          // Completing twice is refused: the rental account is gone.
          await attempt("complete again", "AccountOwnedByWrongProgram", () =>
            rentalEscrow
              .completeIx(m.escrow, r.renter.keypair.publicKey, r.renter.keypair.publicKey, {
                market: rentalEscrow.rentalEscrowPdas.market(),
                device: r.device,
                rental: r.pk,
                escrow: rentalEscrow.rentalEscrowPdas.escrow(r.pk),
                payout: devices.find((d) => d.pk.equals(r.device))!.operator.iosd,
                treasury,
                paymentMint: m.iosdMint,
                tokenProgram: TOKEN_PROGRAM_ID,
                stakingConfig: ioStaking.ioStakingPdas.config(),
                supplierLedger: PublicKey.default,
              })
              .signers([r.renter.keypair])
              .rpc(),
          );
        }
      } else if (roll < 0.72 && open.length) {
        const r = pick(open);
        const expected = r.disputedAt !== null ? "RentalDisputed" : now >= r.end + WINDOW ? "DisputeWindowClosed" : null;
        if (await attempt("open_dispute", expected, () => m.client.openDispute(r.renter.keypair, r.pk))) {
          r.disputedAt = now;
          if (now < r.end) rentedUntil.set(r.device.toBase58(), now);
        }
      } else if (roll < 0.8 && open.some((r) => r.disputedAt !== null)) {
        const r = pick(open.filter((x) => x.disputedAt !== null));
        const share = pick([0, 1, 2_500, 5_000, 9_999, 10_000]);
        const bond = await m.client.bonded(r.device);
        const slash = random() < 0.3 ? BigInt(Math.floor(random() * Number(bond / IO / 10n))) * IO : 0n;
        await attempt("resolve_dispute", null, () => m.client.resolveDispute(m.world.arbiter, r.pk, share, slash));
        const remainder = r.deposited - r.released;
        const toRenter = (remainder * BigInt(share)) / 10_000n;
        const pay = operatorPayment(r.released, remainder - toRenter, 25);
        paidToOperators += pay.toOperator;
        fees += pay.fee;
        close(r);
      } else if (roll < 0.82) {
        // An operator tops up a device a dispute's slash left below its requirement.
        const d = pick(devices);
        const short = (await m.client.bonded(d.pk)) < 200n * IO * BigInt(d.gpus);
        if (!short) continue;
        await m.client.topUpBond(d.operator.keypair, d.pk);
        expect(await m.client.bonded(d.pk)).to.equal(200n * IO * BigInt(d.gpus));
        count("top_up_bond");
      } else if (roll < 0.84 && open.length) {
        // A stranger donates into an escrow: closing it must still work, the surplus going to the treasury.
        const r = pick(open);
        const donor = pick(renters);
        const amount = BigInt(1 + Math.floor(random() * 1_000));
        const escrow = rentalEscrow.rentalEscrowPdas.escrow(r.pk);
        await m.world.provider.sendInstructions(
          [createTransferCheckedInstruction(donor.iosd, m.iosdMint, escrow, donor.keypair.publicKey, amount, 6, [], TOKEN_PROGRAM_ID)],
          [donor.keypair],
        );
        r.donated += amount;
        count("donation");
      } else if (roll < 0.86) {
        // An operator empties and closes its payout account; the next payment re-creates it.
        const operator = pick(operators);
        if (!(await m.world.provider.connection.getAccountInfo(operator.iosd))) continue;
        const balance = await m.iosdBalance(operator.iosd);
        await m.world.provider.sendInstructions(
          [
            createTransferCheckedInstruction(operator.iosd, m.iosdMint, bank, operator.keypair.publicKey, balance, 6, [], TOKEN_PROGRAM_ID),
            createCloseAccountInstruction(operator.iosd, operator.keypair.publicKey, operator.keypair.publicKey, [], TOKEN_PROGRAM_ID),
          ],
          [operator.keypair],
        );
        count("payout closed");
      } else {
        m.setTime(now + BigInt(pick([1, 30, 600, 3_600, 20_000, 86_400])));
        count("clock moved");
        continue;
      }

      // ---- invariants ----
      const t = m.now();
      let escrowed = 0n;
      for (const r of open) {
        const state = (await rentalEscrow.fetchRental(m.escrow, r.pk))!;
        expect(big(state.deposited)).to.equal(r.deposited);
        expect(big(state.released)).to.equal(r.released);
        const balance = (await m.escrowBalance(r.pk))!;
        expect(balance, `escrow of ${r.pk.toBase58()} at step ${step}`).to.equal(r.deposited - r.released + r.donated);
        escrowed += balance;
        expect(streamed(state, t)).to.equal(streamedAt(r, t));
        expect(streamed(state, t + 10n ** 9n)).to.equal(r.disputedAt === null ? r.deposited : streamedAt(r, r.disputedAt));
      }
      expect((await sum(accounts)) + escrowed, `conservation at step ${step}`).to.equal(startTotal);
      expect(await m.iosdSupply()).to.equal(supply);
      expect(await m.iosdBalance(treasury)).to.equal(fees + swept);
      expect(await sum([...operators.map((o) => o.iosd), bank]), `operators at step ${step}`).to.equal(paidToOperators + bankStart);
      for (const d of devices) {
        const state = (await rentalEscrow.fetchDevice(m.escrow, d.pk))!;
        expect(state.openRentals).to.equal(open.filter((r) => r.device.equals(d.pk)).length);
        expect(big(state.rentedUntil)).to.equal(rentedUntil.get(d.pk.toBase58()));
      }
    }
    console.log(
      `      seed ${seed}: ${Object.entries(counts)
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
    for (const needed of [
      "create_rental",
      "book cluster",
      "settle",
      "extend",
      "cancel",
      "complete",
      "open_dispute",
      "resolve_dispute",
      "donation",
      "payout closed",
    ]) {
      expect(counts[needed] ?? 0, needed).to.be.greaterThan(0);
    }
  });
});
