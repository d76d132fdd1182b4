import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { createAta, ioStaking, rentalEscrow } from "@io-compute/sdk";
import { big, expectRejected, IO, withAccount, withData, withoutSigner } from "./helpers";
import { HOUR, MarketWorld, Operator, PRICE, Renter, T0, WINDOW } from "./market";

const { rentalEscrowPdas, quote, streamed, cost, fee, operatorPayment, pauseIx, updateDeviceIx, deregisterDeviceIx, DeviceStatus } = rentalEscrow;

describe("rental_escrow: rentals", () => {
  let m: MarketWorld;
  let operator: Operator;
  let renter: Renter;
  let device: PublicKey;
  let treasury: PublicKey;
  const deviceState = async (d = device) => (await rentalEscrow.fetchDevice(m.escrow, d))!;
  const rentalState = async (r: PublicKey) => (await rentalEscrow.fetchRental(m.escrow, r))!;
  const rent = (hours: bigint, maxPrice = PRICE, who = renter, d = device) => m.client.rent(who.keypair, d, hours * HOUR, maxPrice);
  /** The keys a rental touches, for "changed nothing". */
  const keysOf = (rental?: PublicKey) => [
    device,
    renter.iosd,
    operator.iosd,
    treasury,
    renter.keypair.publicKey,
    ...(rental ? [rental, rentalEscrowPdas.escrow(rental)] : []),
  ];

  beforeEach(async () => {
    m = await MarketWorld.create();
    operator = await m.operator(4_000n);
    renter = await m.renter();
    device = await m.device(operator);
    treasury = (await m.client.market()).treasuryIosd;
  });

  describe("create_rental", () => {
    it("escrows price x GPUs x duration and pays the renter fee to the treasury", async () => {
      const renterBefore = await m.iosdBalance(renter.iosd);
      const q = await m.client.quote(device, 10n * HOUR);
      // 8 GPUs x $1.50 x 10 h = $120, fee 0.25% = $0.30.
      expect(q).to.deep.equal({ deposit: 120_000_000n, renterFee: 300_000n, total: 120_300_000n });
      const lamportsBefore = await m.lamports(renter.keypair.publicKey);
      const { rental } = await rent(10n);

      expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore - q.total);
      expect(await m.escrowBalance(rental)).to.equal(q.deposit);
      expect(await m.iosdBalance(treasury)).to.equal(q.renterFee);
      const r = await rentalState(rental);
      expect(r.device.toBase58()).to.equal(device.toBase58());
      expect(r.renter.toBase58()).to.equal(renter.keypair.publicKey.toBase58());
      expect(r.escrow.toBase58()).to.equal(rentalEscrowPdas.escrow(rental).toBase58());
      expect([big(r.nonce), big(r.start), big(r.end), big(r.deposited), big(r.released), big(r.renterFees)]).to.deep.equal([
        0n,
        T0,
        T0 + 10n * HOUR,
        q.deposit,
        0n,
        q.renterFee,
      ]);
      expect([r.gpuCount, r.renterFeeBps, r.supplierFeeBps, r.disputed]).to.deep.equal([8, 25, 25, false]);
      const d = await deviceState();
      expect([big(d.rentedUntil), d.openRentals, big(d.rentalCount)]).to.deep.equal([T0 + 10n * HOUR, 1, 1n]);
      expect(d.activeRental.toBase58()).to.equal(rental.toBase58());
      // The renter paid the rent of the rental and its escrow (the provider's wallet paid the transaction fee).
      const rentPaid = (await m.lamports(rental)) + (await m.lamports(rentalEscrowPdas.escrow(rental)));
      expect(await m.lamports(renter.keypair.publicKey)).to.equal(lamportsBefore - rentPaid);
    });

    it("books a two-device cluster in one transaction, one rental each, all or nothing", async () => {
      const second = await m.device(operator, { gpuCount: 2 });
      const bookings = await m.client.bookCluster(renter.keypair, [device, second], 2n * HOUR, PRICE);
      expect(bookings.map((b) => b.device.toBase58())).to.deep.equal([device.toBase58(), second.toBase58()]);
      expect(await m.escrowBalance(bookings[0].rental)).to.equal(cost(8n * PRICE, 2n * HOUR));
      expect(await m.escrowBalance(bookings[1].rental)).to.equal(cost(2n * PRICE, 2n * HOUR));

      // A cluster that includes a busy device fails as a whole: the free device is not booked either.
      const third = await m.device(operator, { gpuCount: 2 });
      const other = await m.renter();
      const keys = [third, rentalEscrowPdas.rental(third, 0n), other.iosd, treasury];
      await expectRejected(m.world, keys, () => m.client.bookCluster(other.keypair, [third, device], HOUR, PRICE), "DeviceBusy");
      expect((await deviceState(third)).openRentals).to.equal(0);
    });

    it("accepts IO for devices priced in IO, without fees (io.net's schedule; tests/fees_by_mint burns them when set)", async () => {
      const ioDevice = await m.client.registerDevice(operator.keypair, m.spec({ gpuCount: 1, pricePerGpuHour: 4n * IO }), m.world.ioMint, operator.io);
      const ioRenter = await m.world.newIoHolder(100n * IO);
      const operatorBefore = await m.ioBalance(operator.io);
      const treasuryBefore = await m.ioBalance(m.world.ioTreasury);
      const { rental } = await m.client.rent(ioRenter.keypair, ioDevice, 3n * HOUR, 4n * IO);
      expect(await m.ioBalance(ioRenter.token)).to.equal(100n * IO - 12n * IO);
      m.setTime(T0 + 3n * HOUR);
      await m.client.complete(ioRenter.keypair, rental);
      expect(await m.ioBalance(operator.io)).to.equal(operatorBefore + 12n * IO);
      expect(await m.ioBalance(m.world.ioTreasury)).to.equal(treasuryBefore);
    });

    describe("rejects, changing nothing", () => {
      const ixFor = async (hours: bigint, maxPrice = PRICE) =>
        (await m.client.createRentalInstruction(renter.keypair.publicKey, device, hours * HOUR, maxPrice)).ix;
      const keys = () => [...keysOf(rentalEscrowPdas.rental(device, 0n))];

      it("a price above the renter's maximum", async () => {
        await expectRejected(m.world, keys(), () => rent(1n, PRICE - 1n), "PriceAboveMax");
      });

      it("zero and too-long durations", async () => {
        await expectRejected(m.world, keys(), () => m.client.rent(renter.keypair, device, 0n, PRICE), "InvalidDuration");
        await expectRejected(m.world, keys(), () => m.client.rent(renter.keypair, device, 90n * 86_400n + 1n, PRICE), "DurationTooLong");
      });

      it("a busy device, an offline device, and a paused market", async () => {
        await rent(1n);
        const other = await m.renter();
        const busyKeys = [device, other.iosd, treasury, rentalEscrowPdas.rental(device, 1n)];
        await expectRejected(m.world, busyKeys, () => rent(1n, PRICE, other), "DeviceBusy");
        m.setTime(T0 + HOUR);
        await updateDeviceIx(m.escrow, operator.keypair.publicKey, device, PRICE, DeviceStatus.Offline).signers([operator.keypair]).rpc();
        await expectRejected(m.world, busyKeys, () => rent(1n, PRICE, other), "DeviceUnavailable");
        await updateDeviceIx(m.escrow, operator.keypair.publicKey, device, PRICE, DeviceStatus.Available).signers([operator.keypair]).rpc();
        await pauseIx(m.escrow, m.world.admin.publicKey).rpc();
        await expectRejected(m.world, busyKeys, () => rent(1n, PRICE, other), "Paused");
      });

      it("the operator renting its own device", async () => {
        await createAta(m.world.provider, m.iosdMint, operator.keypair.publicKey, TOKEN_PROGRAM_ID);
        await expectRejected(m.world, keys(), () => m.client.rent(operator.keypair, device, HOUR, PRICE), "SelfRental");
      });

      it("overflow in price x GPUs x duration", async () => {
        const whale = await m.device(operator, { gpuCount: 1, pricePerGpuHour: 2n ** 62n });
        const whaleKeys = [whale, renter.iosd, treasury, rentalEscrowPdas.rental(whale, 0n)];
        await expectRejected(m.world, whaleKeys, () => m.client.rent(renter.keypair, whale, 5n * HOUR, 2n ** 62n), "MathOverflow");
        const wide = await m.device(operator, { gpuCount: 8, pricePerGpuHour: 2n ** 62n });
        await expectRejected(m.world, [wide, renter.iosd], () => m.client.rent(renter.keypair, wide, HOUR, 2n ** 62n), "MathOverflow");
      });

      it("a renter without the funds", async () => {
        const poor = await m.renter(1n); // about 0.25 IOSD
        await expectRejected(m.world, [device, poor.iosd, treasury], () => rent(1n, PRICE, poor), "InsufficientBalance");
      });

      it("wrong PDAs, mint, treasury, and an unsigned renter", async () => {
        const ix = await ixFor(1n);
        const fake = Keypair.generate().publicKey;
        const send = (tampered: typeof ix) => m.world.send(tampered, [renter.keypair]);
        await expectRejected(m.world, [...keys(), fake], () => send(withAccount(ix, 3, fake)), "ConstraintSeeds");
        await expectRejected(m.world, [...keys(), fake], () => send(withAccount(ix, 4, fake)), "ConstraintSeeds");
        await expectRejected(m.world, keys(), () => send(withAccount(ix, 5, m.world.ioMint)), "ConstraintAddress");
        await expectRejected(m.world, keys(), () => send(withAccount(ix, 7, m.world.ioTreasury)), "ConstraintAddress");
        await expectRejected(m.world, keys(), () => send(withAccount(ix, 6, operator.iosd)), "ConstraintTokenOwner");
        await expectRejected(m.world, keys(), () => m.world.send(withoutSigner(ix, 0)), "ConstraintSigner");
        await expectRejected(m.world, keys(), () => send(withData(ix, ix.data.subarray(0, 12))), "InstructionDidNotDeserialize");
      });
    });
  });

  describe("settle", () => {
    it("pays the operator what had streamed one dispute window ago, minus the supplier fee, and is O(1) to repeat", async () => {
      const { rental } = await rent(10n);
      const deposit = cost(8n * PRICE, 10n * HOUR);
      m.setTime(T0 + WINDOW);
      await expectRejected(m.world, keysOf(rental), () => m.client.settle(rental), "NothingToSettle");
      let paid = 0n;
      let fees = 0n;
      for (const t of [1n, 3_599n, 3_600n, 7_777n, 36_000n]) {
        m.setTime(T0 + WINDOW + t);
        const r = await rentalState(rental);
        const expectedStreamed = t >= 10n * HOUR ? deposit : (8n * PRICE * t) / HOUR;
        expect(streamed(r, T0 + t)).to.equal(expectedStreamed);
        expect(rentalEscrow.settleable(r, T0 + WINDOW + t)).to.equal(expectedStreamed - big(r.released));
        const gross = expectedStreamed - big(r.released);
        const pay = operatorPayment(big(r.released), gross, 25);
        await m.client.settle(rental);
        paid += pay.toOperator;
        fees += pay.fee;
        expect(await m.iosdBalance(operator.iosd)).to.equal(paid);
        expect(await m.escrowBalance(rental)).to.equal(deposit - paid - fees);
      }
      // At the end everything has streamed: the operator got the deposit less exactly one supplier fee on it.
      expect(paid).to.equal(deposit - fee(deposit, 25));
      expect(big((await rentalState(rental)).released)).to.equal(deposit);
      await expectRejected(m.world, keysOf(rental), () => m.client.settle(rental), "NothingToSettle");
      m.setTime(T0 + WINDOW + 50n * HOUR);
      await expectRejected(m.world, keysOf(rental), () => m.client.settle(rental), "NothingToSettle");
    });

    it("rejects a wrong payout, escrow or treasury, and a rental of another device", async () => {
      const { rental } = await rent(1n);
      const second = await m.device(operator, { gpuCount: 1 });
      m.setTime(T0 + WINDOW + 60n);
      const accounts = await m.client.escrowAccounts(rental);
      const { state: _s, ...a } = accounts;
      const ix = await rentalEscrow.settleIx(m.escrow, a).instruction();
      const keys = keysOf(rental);
      await expectRejected(m.world, keys, () => m.world.send(withAccount(ix, 4, renter.iosd)), "ConstraintAddress");
      await expectRejected(m.world, keys, () => m.world.send(withAccount(ix, 3, renter.iosd)), "ConstraintAddress");
      await expectRejected(m.world, keys, () => m.world.send(withAccount(ix, 5, renter.iosd)), "ConstraintAddress");
      await expectRejected(m.world, [...keys, second], () => m.world.send(withAccount(ix, 1, second)), "ConstraintHasOne");
    });
  });

  describe("extend", () => {
    it("tops the escrow up to the cost of the whole new duration, plus the renter fee", async () => {
      const { rental } = await rent(1n);
      m.setTime(T0 + 1_000n);
      const r = await rentalState(rental);
      const q = rentalEscrow.extendQuote(r, 1_801n);
      expect(q.deposit).to.equal(cost(8n * PRICE, HOUR + 1_801n) - cost(8n * PRICE, HOUR));
      const before = await m.iosdBalance(renter.iosd);
      const treasuryBefore = await m.iosdBalance(treasury);
      await m.client.extend(renter.keypair, rental, 1_801n);
      const after = await rentalState(rental);
      expect(big(after.end)).to.equal(T0 + HOUR + 1_801n);
      expect(big(after.deposited)).to.equal(cost(8n * PRICE, HOUR + 1_801n));
      expect(big(after.renterFees)).to.equal(big(r.renterFees) + q.renterFee);
      expect(await m.iosdBalance(renter.iosd)).to.equal(before - q.total);
      expect(await m.iosdBalance(treasury)).to.equal(treasuryBefore + q.renterFee);
      expect(await m.escrowBalance(rental)).to.equal(big(after.deposited));
      expect(big((await deviceState()).rentedUntil)).to.equal(T0 + HOUR + 1_801n);
    });

    it("rejects a stranger, zero seconds, a rental past its end or the market's maximum, and a paused market", async () => {
      const { rental } = await rent(1n);
      const stranger = await m.renter();
      const keys = [...keysOf(rental), stranger.iosd];
      const extendAs = (who: Renter, extra: bigint) => m.client.extend(who.keypair, rental, extra);
      await expectRejected(m.world, keys, () => extendAs(stranger, HOUR), "NotRenter");
      await expectRejected(m.world, keys, () => extendAs(renter, 0n), "InvalidDuration");
      await expectRejected(m.world, keys, () => extendAs(renter, 90n * 86_400n), "DurationTooLong");
      await pauseIx(m.escrow, m.world.admin.publicKey).rpc();
      await expectRejected(m.world, keys, () => extendAs(renter, HOUR), "Paused");
      await rentalEscrow.unpauseIx(m.escrow, m.world.admin.publicKey).rpc();
      m.setTime(T0 + HOUR);
      await expectRejected(m.world, keys, () => extendAs(renter, HOUR), "RentalEnded");
    });
  });

  describe("cancel", () => {
    it("pays the streamed part, refunds the rest, closes both accounts and frees the device", async () => {
      const { rental } = await rent(10n);
      const deposit = cost(8n * PRICE, 10n * HOUR);
      m.setTime(T0 + 4_321n);
      const renterBefore = await m.iosdBalance(renter.iosd);
      const treasuryBefore = await m.iosdBalance(treasury);
      const rentBack = (await m.lamports(rental)) + (await m.lamports(rentalEscrowPdas.escrow(rental)));
      const lamportsBefore = await m.lamports(renter.keypair.publicKey);
      await m.client.cancel(renter.keypair, rental);

      const streamedNow = (8n * PRICE * 4_321n) / HOUR;
      const supplierFee = fee(streamedNow, 25);
      expect(await m.iosdBalance(operator.iosd)).to.equal(streamedNow - supplierFee);
      expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore + deposit - streamedNow);
      expect(await m.iosdBalance(treasury)).to.equal(treasuryBefore + supplierFee);
      expect(await rentalEscrow.fetchRental(m.escrow, rental)).to.equal(null);
      expect(await m.escrowBalance(rental)).to.equal(null);
      expect(await m.lamports(renter.keypair.publicKey)).to.equal(lamportsBefore + rentBack);
      const d = await deviceState();
      expect([big(d.rentedUntil), d.openRentals, big(d.secondsServed), big(d.completedRentals)]).to.deep.equal([T0 + 4_321n, 0, 4_321n, 0n]);
      // The device can be booked again at once, and re-priced.
      await updateDeviceIx(m.escrow, operator.keypair.publicKey, device, 2n * PRICE, 0)
        .signers([operator.keypair])
        .rpc();
      await rent(1n, 2n * PRICE);
    });

    it("rejects someone else, a rental that has ended, and a refund account not the renter's", async () => {
      const { rental } = await rent(1n);
      const stranger = await m.renter();
      const keys = [...keysOf(rental), stranger.iosd];
      await expectRejected(m.world, keys, () => m.client.cancel(stranger.keypair, rental), "NotRenter");
      const { state: _s, ...a } = await m.client.escrowAccounts(rental);
      const ix = await rentalEscrow.cancelIx(m.escrow, renter.keypair.publicKey, stranger.iosd, a).instruction();
      await expectRejected(m.world, keys, () => m.world.send(ix, [renter.keypair]), "ConstraintTokenOwner");
      m.setTime(T0 + HOUR);
      await expectRejected(m.world, keys, () => m.client.cancel(renter.keypair, rental), "RentalEnded");
    });
  });

  describe("complete", () => {
    it("pays the rest at the end, records the reputation, closes the accounts, and cannot run twice", async () => {
      const { rental } = await rent(2n);
      const deposit = cost(8n * PRICE, 2n * HOUR);
      m.setTime(T0 + HOUR);
      const keys = keysOf(rental);
      await expectRejected(m.world, keys, () => m.client.complete(renter.keypair, rental), "RentalNotEnded");
      m.setTime(T0 + 2n * HOUR);
      await m.client.complete(renter.keypair, rental);
      expect(await m.iosdBalance(operator.iosd)).to.equal(deposit - fee(deposit, 25));
      expect(await m.iosdBalance(treasury)).to.equal(fee(deposit, 25) + fee(deposit, 25));
      expect(await rentalEscrow.fetchRental(m.escrow, rental)).to.equal(null);
      const d = await deviceState();
      // Two hours of eight GPUs served: 16 clean GPU-hours.
      expect([d.openRentals, big(d.completedRentals), big(d.secondsServed), big(d.cleanGpuSeconds)]).to.deep.equal([0, 1n, 2n * HOUR, 16n * HOUR]);
      expect(d.scoreBps).to.equal(rentalEscrow.scoreBps(16n * HOUR, 0n));
      expect(d.scoreBps).to.equal(7_500);
      await expectRejected(
        m.world,
        [device, operator.iosd, treasury],
        () =>
          rentalEscrow
            .completeIx(m.escrow, renter.keypair.publicKey, renter.keypair.publicKey, {
              market: rentalEscrowPdas.market(),
              device,
              rental,
              escrow: rentalEscrowPdas.escrow(rental),
              payout: operator.iosd,
              treasury,
              paymentMint: m.iosdMint,
              tokenProgram: TOKEN_PROGRAM_ID,
              stakingConfig: ioStaking.ioStakingPdas.config(),
              supplierLedger: PublicKey.default,
            })
            .signers([renter.keypair])
            .rpc(),
        "AccountOwnedByWrongProgram",
      );
    });

    it("lets anyone complete once the dispute window has closed, not before", async () => {
      const { rental } = await rent(1n);
      const crank = Keypair.generate();
      m.world.provider.airdrop(crank.publicKey, 10n ** 9n);
      m.setTime(T0 + HOUR + 3n * 86_400n - 1n);
      await expectRejected(m.world, keysOf(rental), () => m.client.complete(crank, rental), "DisputeWindowOpen");
      m.setTime(T0 + HOUR + 3n * 86_400n);
      const renterLamports = await m.lamports(renter.keypair.publicKey);
      const rentBack = (await m.lamports(rental)) + (await m.lamports(rentalEscrowPdas.escrow(rental)));
      await m.client.complete(crank, rental);
      // The rent goes back to the renter who paid it, not to the crank.
      expect(await m.lamports(renter.keypair.publicKey)).to.equal(renterLamports + rentBack);
    });

    it("keeps a device with an open rental registered and its price fixed", async () => {
      const { rental } = await rent(1n);
      const deregister = () => deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc();
      await expectRejected(m.world, [device], deregister, "DeviceHasOpenRentals");
      const reprice = () =>
        updateDeviceIx(m.escrow, operator.keypair.publicKey, device, 2n * PRICE, 0)
          .signers([operator.keypair])
          .rpc();
      await expectRejected(m.world, [device], reprice, "DeviceBusy");
      m.setTime(T0 + HOUR);
      // Ended but inside the dispute window: still open, so the bond stays.
      await expectRejected(m.world, [device], deregister, "DeviceHasOpenRentals");
      await m.client.complete(renter.keypair, rental);
      await deregister();
    });
  });

  describe("events", () => {
    it("every state change emits its event with the amounts moved", async () => {
      const events = () => m.world.provider.lastResult!.events;
      const only = (name: string) => {
        const found = events().filter((e) => e.name === name);
        expect(found, name).to.have.length(1);
        return found[0].data as Record<string, unknown>;
      };
      // No dispute window, so settle pays what has streamed at once.
      await rentalEscrow
        .updateMarketIx(m.escrow, m.world.admin.publicKey, {
          arbiter: m.world.arbiter.publicKey,
          fees: { ...rentalEscrow.IO_NET_FEES, iosd: { renterBps: 30, supplierBps: 20 } },
          disputeWindowSeconds: 0n,
          maxRentalDurationSeconds: 86_400n,
          minRentalDurationSeconds: 0n,
        })
        .rpc();
      expect([only("marketUpdated").renterFeeBps, only("marketUpdated").supplierFeeBps]).to.deep.equal([
        [30, 0, 200],
        [20, 0, 200],
      ]);
      await rentalEscrow.applyConfigChangeIx(m.escrow).rpc(); // the fees wait out the market's delay (none here)
      const second = await m.device(operator, { gpuCount: 1 });
      const registered = only("deviceRegistered");
      expect([
        (registered.device as PublicKey).toBase58(),
        big(registered.bonded),
        registered.gpuCount,
        rentalEscrow.decodeRegion(registered.region as number[]),
      ]).to.deep.equal([second.toBase58(), 200n * IO, 1, "us-east-1"]);
      // io_staking's own event, emitted inside the bond CPI.
      const bondedEvent = events().find((e) => e.name === "bonded")!;
      expect([bondedEvent.program, big(bondedEvent.data.amount)]).to.deep.equal([ioStaking.IO_STAKING_PROGRAM_ID.toBase58(), 200n * IO]);

      await updateDeviceIx(m.escrow, operator.keypair.publicKey, second, 2n * PRICE, 0)
        .signers([operator.keypair])
        .rpc();
      expect(big(only("deviceUpdated").pricePerGpuHour)).to.equal(2n * PRICE);
      const locker = Keypair.generate();
      await rentalEscrow
        .lockPayoutIx(m.escrow, operator.keypair.publicKey, locker.publicKey, second, operator.iosd, T0 + 90n * 86_400n)
        .signers([operator.keypair, locker])
        .rpc();
      expect((only("payoutLocked").locker as PublicKey).toBase58()).to.equal(locker.publicKey.toBase58());
      await rentalEscrow.unlockPayoutIx(m.escrow, locker.publicKey, second).signers([locker]).rpc();
      only("payoutUnlocked");

      const { rental } = await rent(1n);
      const created = only("rentalCreated");
      expect([big(created.deposited), big(created.renterFee), big(created.end)]).to.deep.equal([8n * PRICE, fee(8n * PRICE, 30), T0 + HOUR]);
      m.setTime(T0 + 600n);
      await m.client.extend(renter.keypair, rental, HOUR);
      expect(big(only("rentalExtended").added)).to.equal(8n * PRICE);
      await m.client.settle(rental);
      const settled = only("rentalSettled");
      expect(big(settled.toOperator) + big(settled.supplierFee)).to.equal(big(settled.released));
      await m.client.cancel(renter.keypair, rental);
      const cancelled = only("rentalCancelled");
      expect(big(cancelled.secondsServed)).to.equal(600n);

      const next = await rent(1n);
      await m.client.openDispute(renter.keypair, next.rental);
      expect((only("disputeOpened").rental as PublicKey).toBase58()).to.equal(next.rental.toBase58());
      await m.client.resolveDispute(m.world.arbiter, next.rental, 10_000, 0n);
      const resolved = only("disputeResolved");
      expect([big(resolved.toRenter), resolved.operatorLost]).to.deep.equal([cost(8n * PRICE, HOUR), true]);

      const last = await rent(1n);
      m.setTime(m.now() + HOUR);
      await m.client.complete(renter.keypair, last.rental);
      expect(big(only("rentalCompleted").secondsServed)).to.equal(HOUR);
      await deregisterDeviceIx(m.escrow, operator.keypair.publicKey, second).signers([operator.keypair]).rpc();
      expect(big(only("deviceDeregistered").unbonded)).to.equal(200n * IO);
    });
  });

  describe("views", () => {
    it("search filters by class, region, payment mint, GPUs, price, score and availability, ranked by the formula", async () => {
      const cheap = await m.device(operator, { gpuCount: 1, pricePerGpuHour: PRICE / 2n, region: "eu-west" });
      const big4 = await m.device(operator, { gpuCount: 4, deviceClass: 1, vramGb: 24 });
      const names = (list: { publicKey: PublicKey }[]) => list.map((d) => d.publicKey.toBase58()).sort();
      expect(names(await m.client.search())).to.deep.equal(names([{ publicKey: device }, { publicKey: cheap }, { publicKey: big4 }]));
      expect(names(await m.client.search({ region: "eu-west" }))).to.deep.equal([cheap.toBase58()]);
      expect(names(await m.client.search({ deviceClass: 1 }))).to.deep.equal([big4.toBase58()]);
      expect(names(await m.client.search({ minGpus: 4, minVramGb: 40 }))).to.deep.equal([device.toBase58()]);
      expect(names(await m.client.search({ maxPricePerGpuHour: PRICE / 2n }))).to.deep.equal([cheap.toBase58()]);
      expect(await m.client.search({ paymentMint: m.world.ioMint })).to.deep.equal([]);
      const { rental } = await rent(1n);
      expect(names(await m.client.search({ availableAt: m.now() }))).to.deep.equal(names([{ publicKey: cheap }, { publicKey: big4 }]));
      m.setTime(T0 + HOUR);
      await m.client.complete(renter.keypair, rental);
      const ranked = await m.client.search({ minScoreBps: 1 });
      // Ranked by the one formula: reputation x capped stake multiple per unit of price, highest first.
      expect(ranked.map((d) => d.rank)).to.deep.equal(ranked.map((d) => d.rank).sort((x, y) => (x > y ? -1 : x < y ? 1 : 0)));
      expect(ranked.every((d) => d.rank === rentalEscrow.rankKey(d.account.scoreBps, d.multipleBps, big(d.account.pricePerGpuHour)))).to.equal(true);
      expect(names(await m.client.search({ minScoreBps: 6_000 }))).to.deep.equal([device.toBase58()]);
    });

    it("priority tiers follow the renter's stake in io_staking, at the market's thresholds", async () => {
      expect((await m.client.renterPriority(renter.keypair.publicKey)).name).to.equal("standard");
      await m.world.stakingClient.stake(renter.keypair, 1_000n * IO);
      expect(await m.client.renterPriority(renter.keypair.publicKey)).to.deep.equal({ tier: 1, name: "bronze", staked: 1_000n * IO, unlocksClasses: [] });
      const market = await m.client.market();
      expect([10_000n * IO, 100_000n * IO, 1_000n * IO - 1n].map((staked) => rentalEscrow.priorityTier(market, staked))).to.deep.equal([2, 3, 0]);
    });
  });
});
