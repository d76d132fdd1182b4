// Supplier emissions on LiteSVM: rental_escrow counts the GPU-seconds each payment pays for in the day's window,
// a window's suppliers' emission is split by them once it has ended, and operators claim their device's share out of
// io_staking's supplier vault once the crank has funded it. Disputed time earns nothing.
import { expect } from "chai";
import { BN } from "@coral-xyz/anchor";
import { Keypair, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import { big, ioStaking, mintTo, rentalEscrow } from "@io-compute/sdk";
import { expectError, expectRejected, IO } from "./helpers";
import { HOUR, MarketWorld, Operator, PRICE, Renter, T0, WINDOW } from "./market";

const { cumulativeEmission, ioStakingPdas, WINDOW_SECONDS } = ioStaking;
const DAY = WINDOW_SECONDS;
const STAKER_BPS = 3_000;
const IO_DECIMALS = 8;

/** The suppliers' part of the schedule through the end of `window`, and during it (its day). */
const suppliersThrough = (window: bigint) => ioStaking.suppliersThrough(window, IO_DECIMALS, STAKER_BPS);
const dayOf = (window: bigint) => suppliersThrough(window) - (window === 0n ? 0n : suppliersThrough(window - 1n));

class SupplyWorld {
  ledger!: PublicKey;
  private constructor(readonly m: MarketWorld) {}

  /** A market whose staking config started io.net's schedule at T0 with its whole total funded; `open`: the supplier
   * ledger opened. */
  static async create(open = true): Promise<SupplyWorld> {
    const m = await MarketWorld.create();
    await m.world.stakingClient.startEmissions(m.world.admin, T0, STAKER_BPS, 7n * DAY);
    const total = cumulativeEmission(ioStaking.LAST_EPOCH, IO_DECIMALS);
    await mintTo(m.world.provider, m.world.ioMint, ioStakingPdas.emissionVault(), m.world.ioMintAuthority, total, m.world.ioTokenProgram);
    const w = new SupplyWorld(m);
    if (open) w.ledger = await m.client.openSupplierLedger(m.world.admin);
    return w;
  }

  get client() {
    return this.m.client;
  }

  device(address: PublicKey) {
    return this.client.device(address);
  }

  config() {
    return this.m.world.stakingClient.config();
  }

  events(name: string) {
    return this.m.world.provider
      .lastResult!.events.filter((e) => e.name === name)
      .map((e) => e.data as Record<string, { toString(): string; toBase58(): string }>);
  }

  supplierVault() {
    return this.m.ioBalance(ioStakingPdas.supplierVault());
  }

  async rent(renter: Renter, device: PublicKey, seconds: bigint): Promise<PublicKey> {
    return (await this.client.rent(renter.keypair, device, seconds, PRICE)).rental;
  }

  /** The operator's claim, returning what its IO account received. */
  async claim(operator: Operator, device: PublicKey): Promise<bigint> {
    const before = await this.m.ioBalance(operator.io);
    await this.client.claimSupplierEmissions(operator.keypair, device);
    return (await this.m.ioBalance(operator.io)) - before;
  }
}

describe("supplier emissions", () => {
  it("counts the GPU-seconds paid for, converts a day once it has ended, and pays a funded claim exactly", async () => {
    const w = await SupplyWorld.create();
    const [operator, renter] = [await w.m.operator(), await w.m.renter()];
    const device = await w.m.device(operator, { gpuCount: 8 });
    const rental = await w.rent(renter, device, 2n * HOUR);
    w.m.setTime(T0 + 2n * HOUR);
    await w.client.complete(renter.keypair, rental);
    const counted = w.events("serviceCounted").map((e) => [e.device.toBase58(), BigInt(e.window.toString()), BigInt(e.gpuSeconds.toString())]);
    expect(counted).to.deep.equal([[device.toBase58(), 0n, 2n * HOUR * 8n]]);
    let state = await w.device(device);
    expect([big(state.emissionWindow), big(state.emissionPoints), big(state.emissionGpuSeconds), big(state.emissionOwed)]).to.deep.equal([
      0n,
      57_600n,
      57_600n,
      0n,
    ]);
    const ledger = (await w.client.supplierLedger())!;
    expect(ledger.window(0n)).to.deep.equal({ points: 57_600n, emission: suppliersThrough(0n), fundedAt: suppliersThrough(0n) });
    expect(ledger.allocated).to.equal(suppliersThrough(0n));

    // The day has not ended: nothing converts yet; at today's totals the device would take the whole day.
    const today = await w.client.supplierEmissions(device);
    expect([today.owed, today.currentPoints, today.currentEstimate, today.claimable]).to.deep.equal([0n, 57_600n, suppliersThrough(0n), false]);
    const keys = [device, ioStakingPdas.config(), ioStakingPdas.supplierVault(), operator.io];
    await expectRejected(w.m.world, keys, () => w.client.claimSupplierEmissions(operator.keypair, device), "NoSupplierEmissions");
    // Ended, but the crank has not moved the suppliers' part into the vault.
    w.m.setTime(T0 + DAY + 1n);
    const expected = await w.client.supplierEmissions(device);
    expect([expected.owed, expected.claimable]).to.deep.equal([suppliersThrough(0n), false]);
    await expectRejected(w.m.world, keys, () => w.client.claimSupplierEmissions(operator.keypair, device), "SupplierEmissionsNotCranked");

    await w.m.world.stakingClient.crankEmissions();
    const vaultBefore = await w.supplierVault();
    expect(await w.claim(operator, device)).to.equal(suppliersThrough(0n)); // the only service that day: all of it
    expect(await w.supplierVault()).to.equal(vaultBefore - suppliersThrough(0n));
    expect(w.events("supplierEmissionsClaimed")[0].amount.toString()).to.equal(suppliersThrough(0n).toString());
    state = await w.device(device);
    expect([big(state.emissionPoints), big(state.emissionOwed), big(state.emissionClaimed)]).to.deep.equal([0n, 0n, suppliersThrough(0n)]);
    expect(big((await w.config()).emissionPaidToSuppliers)).to.equal(suppliersThrough(0n));
    await expectError(w.client.claimSupplierEmissions(operator.keypair, device), "NoSupplierEmissions");
  });

  it("settle counts only what it pays; disputed time earns nothing; days without service are swept to the treasury, not rolled over", async () => {
    const w = await SupplyWorld.create();
    const [operator, renter] = [await w.m.operator(), await w.m.renter()];
    const device = await w.m.device(operator, { gpuCount: 2 });
    const rental = await w.rent(renter, device, 10n * DAY);
    // Day 4: settle pays (and counts) what streamed one dispute window earlier: one day.
    w.m.setTime(T0 + WINDOW + DAY);
    await w.client.settle(rental);
    expect(w.events("serviceCounted").map((e) => [BigInt(e.window.toString()), BigInt(e.gpuSeconds.toString())])).to.deep.equal([[4n, DAY * 2n]]);
    const ledger = (await w.client.supplierLedger())!;
    // Day 4's service shares day 4's emission only: days 0-3 had none and do not roll in (a payment timed for the
    // first day after a quiet spell would collect them).
    expect(ledger.window(4n)).to.deep.equal({ points: DAY * 2n, emission: dayOf(4n), fundedAt: suppliersThrough(4n) });
    expect(ledger.window(3n)).to.deep.equal({ points: 0n, emission: 0n, fundedAt: 0n });
    // A dispute freezes the rest; the arbiter's resolution counts none of it, whoever wins.
    await w.client.openDispute(renter.keypair, rental);
    w.m.setTime(T0 + 6n * DAY);
    await w.client.resolveDispute(w.m.world.arbiter, rental, 0, 0n);
    expect(w.events("serviceCounted")).to.deep.equal([]);
    const state = await w.device(device);
    expect(big(state.emissionGpuSeconds)).to.equal(DAY * 2n);
    await w.m.world.stakingClient.crankEmissions();
    expect(await w.claim(operator, device)).to.equal(dayOf(4n));
    // Days 0-3 and 5 ended without service: the admin sweeps their emission to io_staking's treasury, once.
    const { world } = w.m;
    const keys = [w.ledger, ioStakingPdas.supplierVault(), world.ioTreasury];
    const stranger = Keypair.generate();
    world.provider.airdrop(stranger.publicKey, 10n ** 10n);
    const config = await w.config();
    const accounts = { supplierLedger: w.ledger, ioMint: config.ioMint, ioTokenProgram: config.tokenProgram, treasury: config.treasury };
    await expectRejected(
      world,
      keys,
      () => rentalEscrow.sweepUnservedEmissionsIx(world.escrow, stranger.publicKey, accounts).signers([stranger]).rpc(),
      "NotAdmin",
    );
    const treasury = await w.m.ioBalance(config.treasury);
    await w.client.sweepUnservedEmissions(world.admin);
    const unserved = suppliersThrough(5n) - dayOf(4n);
    expect((await w.m.ioBalance(config.treasury)) - treasury).to.equal(unserved);
    expect((await w.client.supplierLedger())!.swept).to.equal(unserved);
    await expectRejected(world, keys, () => w.client.sweepUnservedEmissions(world.admin), "NoUnservedEmissions");
    // The next day ends unserved too, but the crank has not funded it yet.
    w.m.setTime(T0 + 7n * DAY);
    await expectRejected(world, keys, () => w.client.sweepUnservedEmissions(world.admin), "SupplierEmissionsNotCranked");
    await world.stakingClient.crankEmissions();
    await w.client.sweepUnservedEmissions(world.admin);
    expect((await w.m.ioBalance(config.treasury)) - treasury).to.equal(unserved + dayOf(6n));
    expect(await w.supplierVault()).to.equal(big((await w.config()).emissionToSuppliers) - dayOf(4n) - unserved - dayOf(6n));
  });

  it("service before the ledger opened earns nothing, even when paid for after", async () => {
    const w = await SupplyWorld.create(false);
    const [operator, renter] = [await w.m.operator(), await w.m.renter()];
    const device = await w.m.device(operator);
    const rental = await w.rent(renter, device, 6n * DAY);
    w.m.setTime(T0 + WINDOW + DAY);
    await w.client.settle(rental); // one day paid for while no ledger is open
    expect(big((await w.client.rental(rental)).secondsCounted)).to.equal(DAY);
    w.ledger = await w.client.openSupplierLedger(w.m.world.admin);
    expect((await w.client.supplierLedger())!.openedAt).to.equal(T0 + WINDOW + DAY);
    w.m.setTime(T0 + 6n * DAY);
    await w.client.complete(renter.keypair, rental);
    // Of the five days paid for now, only the two served after the ledger opened count.
    expect(w.events("serviceCounted").map((e) => BigInt(e.gpuSeconds.toString()))).to.deep.equal([2n * DAY * 8n]);
    expect(big((await w.device(device)).emissionGpuSeconds)).to.equal(2n * DAY * 8n);
  });

  it("refuses a second ledger, a wrong-sized one, a stranger's claim and payments that skip the market", async () => {
    const w = await SupplyWorld.create(false);
    const { world } = w.m;
    const stranger = Keypair.generate();
    world.provider.airdrop(stranger.publicKey, 10n ** 10n);
    const market = rentalEscrow.rentalEscrowPdas.market();
    const open = async (admin: Keypair, ledger: Keypair, size = rentalEscrow.LEDGER_SIZE) => {
      const lamports = await world.provider.connection.getMinimumBalanceForRentExemption(size);
      const create = SystemProgram.createAccount({
        fromPubkey: admin.publicKey,
        newAccountPubkey: ledger.publicKey,
        lamports,
        space: size,
        programId: world.escrow.programId,
      });
      const ix = await world.escrow.methods
        .openSupplierLedger()
        .accountsPartial({ admin: admin.publicKey, market, supplierLedger: ledger.publicKey })
        .instruction();
      return world.provider.sendAndConfirm(new Transaction().add(create, ix), [admin, ledger]);
    };
    await expectRejected(world, [market], () => open(stranger, Keypair.generate()), "NotAdmin");
    await expectRejected(world, [market], () => open(world.admin, Keypair.generate(), rentalEscrow.LEDGER_SIZE - 24), "InvalidSupplierLedger");
    w.ledger = await w.client.openSupplierLedger(world.admin);
    await expectRejected(world, [market, w.ledger], () => open(world.admin, Keypair.generate()), "SupplierLedgerAlreadyOpen");

    const [operator, renter] = [await w.m.operator(), await w.m.renter()];
    const device = await w.m.device(operator, { gpuCount: 1 });
    w.m.setTime(T0 + HOUR);
    const rental = (await w.client.rent(renter.keypair, device, HOUR, PRICE)).rental;
    w.m.setTime(T0 + 2n * HOUR);
    await w.client.complete(renter.keypair, rental);
    w.m.setTime(T0 + DAY);
    await world.stakingClient.crankEmissions();
    const config = await w.config();
    const accounts = { supplierLedger: w.ledger, ioMint: config.ioMint, ioTokenProgram: config.tokenProgram };
    const keys = [device, ioStakingPdas.config(), ioStakingPdas.supplierVault(), operator.io];
    // Only the device's operator claims, and only into its own IO account.
    const strangerIo = (await world.newIoHolder(0n)).token;
    const claim = (who: Keypair, destination: PublicKey) =>
      rentalEscrow
        .claimSupplierEmissionsIx(world.escrow, who.publicKey, device, { ...accounts, destination })
        .signers([who])
        .rpc();
    await expectRejected(world, keys, () => claim(stranger, strangerIo), "NotOperator");
    await expectRejected(world, [...keys, strangerIo], () => claim(operator.keypair, strangerIo), "ConstraintTokenOwner");
    // io_staking pays the supplier vault out only to its bond authority (the market's PDA, by CPI).
    const direct = world.staking.methods
      .paySupplier(new BN(1))
      .accountsPartial({
        bondAuthority: stranger.publicKey,
        config: ioStakingPdas.config(),
        supplierVault: ioStakingPdas.supplierVault(),
        destination: strangerIo,
        ioMint: config.ioMint,
        tokenProgram: config.tokenProgram,
      })
      .signers([stranger]);
    await expectRejected(world, [ioStakingPdas.supplierVault(), strangerIo], () => direct.rpc(), "NotBondAuthority");
    expect(await w.claim(operator, device)).to.equal(suppliersThrough(0n));
  });

  it("splits each day's emission exactly by GPU-seconds across random devices, rentals and cranks", async () => {
    const w = await SupplyWorld.create();
    let seed = 21;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const operators = [await w.m.operator(20_000n), await w.m.operator(20_000n), await w.m.operator(20_000n)];
    const renters = [await w.m.renter(400_000n), await w.m.renter(400_000n)];
    const devices: { address: PublicKey; operator: Operator; gpus: bigint }[] = [];
    for (const [i, gpus] of [1n, 2n, 4n, 8n].entries()) {
      const operator = operators[i % operators.length];
      devices.push({ address: await w.m.device(operator, { gpuCount: Number(gpus) }), operator, gpus });
    }
    // The model: GPU-seconds per device and window, from what each payment paid for.
    const points = new Map<string, bigint>(); // `${device}:${window}`
    const windowPoints = new Map<bigint, bigint>();
    const open = new Map<string, { rental: PublicKey; device: (typeof devices)[number]; start: bigint; end: bigint; counted: bigint; renter: Renter }>();
    const count = (device: (typeof devices)[number], seconds: bigint) => {
      if (seconds === 0n) return;
      const window = (w.m.now() - T0) / DAY;
      const key = `${device.address.toBase58()}:${window}`;
      points.set(key, (points.get(key) ?? 0n) + seconds * device.gpus);
      windowPoints.set(window, (windowPoints.get(window) ?? 0n) + seconds * device.gpus);
    };
    const served = (r: { start: bigint; end: bigint }, until: bigint) => (until < r.start ? 0n : (until > r.end ? r.end : until) - r.start);
    const claimed = new Map<string, bigint>();

    for (let step = 0; step < 60; step++) {
      w.m.setTime(w.m.now() + BigInt(1 + rand(6 * 3_600)));
      const device = devices[rand(devices.length)];
      const running = open.get(device.address.toBase58());
      const now = w.m.now();
      if (!running) {
        const state = await w.device(device.address);
        if (big(state.rentedUntil) > now) continue;
        const renter = renters[rand(renters.length)];
        const seconds = BigInt(HOUR) * BigInt(1 + rand(30));
        const rental = await w.rent(renter, device.address, seconds);
        open.set(device.address.toBase58(), { rental, device, start: now, end: now + seconds, counted: 0n, renter });
      } else if (now >= running.end) {
        await w.client.complete(running.renter.keypair, running.rental);
        count(device, served(running, now) - running.counted);
        open.delete(device.address.toBase58());
      } else if (rand(3) === 0) {
        await w.client.cancel(running.renter.keypair, running.rental);
        count(device, served(running, now) - running.counted);
        open.delete(device.address.toBase58());
      } else {
        const paidFor = served(running, now - WINDOW);
        if (paidFor <= running.counted) continue; // nothing streamed a dispute window ago: NothingToSettle
        await w.client.settle(running.rental);
        count(device, paidFor - running.counted);
        running.counted = paidFor;
      }
      if (rand(4) === 0) await w.m.world.stakingClient.crankEmissions().catch(() => undefined);
      if (rand(5) === 0) {
        const d = devices[rand(devices.length)];
        const before = await w.client.supplierEmissions(d.address);
        if (before.claimable) {
          const got = await w.claim(d.operator, d.address);
          expect(got).to.equal(before.owed);
          claimed.set(d.address.toBase58(), (claimed.get(d.address.toBase58()) ?? 0n) + got);
        }
      }
      // Conservation after every step: the vault holds what the crank moved in less what was claimed.
      const config = await w.config();
      expect(await w.supplierVault()).to.equal(big(config.emissionToSuppliers) - big(config.emissionPaidToSuppliers));
      expect([...claimed.values()].reduce((a, b) => a + b, 0n)).to.equal(big(config.emissionPaidToSuppliers));
    }
    // Close everything, let every window end, crank, and claim the rest.
    for (const running of open.values()) {
      w.m.setTime(running.end > w.m.now() ? running.end : w.m.now());
      await w.client.complete(running.renter.keypair, running.rental);
      count(running.device, served(running, w.m.now()) - running.counted);
    }
    w.m.setTime(w.m.now() + DAY);
    await w.m.world.stakingClient.crankEmissions();
    for (const d of devices) {
      const before = await w.client.supplierEmissions(d.address);
      if (before.owed > 0n) claimed.set(d.address.toBase58(), (claimed.get(d.address.toBase58()) ?? 0n) + (await w.claim(d.operator, d.address)));
    }

    // Each served window's emission is the suppliers' part of its day; each device gets its floor share.
    const ledger = (await w.client.supplierLedger())!;
    const windows = [...windowPoints.keys()].sort((a, b) => (a < b ? -1 : 1));
    let allocated = 0n;
    const expected = new Map<string, bigint>();
    for (const window of windows) {
      const emission = dayOf(window);
      allocated += emission;
      expect(ledger.window(window)).to.deep.equal({ points: windowPoints.get(window)!, emission, fundedAt: suppliersThrough(window) });
      for (const d of devices) {
        const p = points.get(`${d.address.toBase58()}:${window}`) ?? 0n;
        expected.set(d.address.toBase58(), (expected.get(d.address.toBase58()) ?? 0n) + (emission * p) / windowPoints.get(window)!);
      }
    }
    expect(windows.length).to.be.greaterThan(3);
    expect(ledger.allocated).to.equal(allocated);
    for (const d of devices) {
      const key = d.address.toBase58();
      expect(claimed.get(key) ?? 0n, key).to.equal(expected.get(key) ?? 0n);
      const state = await w.device(d.address);
      expect(big(state.emissionClaimed)).to.equal(claimed.get(key) ?? 0n);
      expect(big(state.emissionGpuSeconds)).to.equal(windows.reduce((s, win) => s + (points.get(`${key}:${win}`) ?? 0n), 0n));
    }
    // The parts never exceed the whole: what is left of the allocated emission is rounding dust, under one unit per
    // device and window.
    const total = [...claimed.values()].reduce((a, b) => a + b, 0n);
    expect(total <= allocated).to.equal(true);
    expect(allocated - total < BigInt(windows.length * devices.length)).to.equal(true);
    const config = await w.config();
    expect(await w.supplierVault()).to.equal(big(config.emissionToSuppliers) - total);
  });
});
