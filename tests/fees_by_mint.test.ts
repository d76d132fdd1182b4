// rental_escrow's fees by payment mint on LiteSVM: io.net's schedule (IOSD 0.25% from each side, IO none, USDC 2% from
// each side), changed by the admin only through the timelock, kept by rentals booked before a change; fees paid in IO
// are burned (the supply falls by exactly the fees, the treasury gets nothing) and counted on the market.
import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { big, createAta, createMint, fetchNetworkStats, mintSupply, mintTo, rentalEscrow, tokenBalance } from "@io-compute/sdk";
import { expectRejected, IO } from "./helpers";
import { HOUR, MarketWorld, Operator, T0, WINDOW } from "./market";

const { cost, fee, operatorPayment, IO_NET_FEES, marketFees, rentalEscrowPdas } = rentalEscrow;
const DAY = 86_400n;
const USDC = 10n ** 6n;

/** Fees for IO that are not zero, so that burns show. */
const IO_FEES = { ...IO_NET_FEES, io: { renterBps: 30, supplierBps: 50 } };

class FeeWorld {
  private constructor(readonly m: MarketWorld) {}

  static async create(changeDelaySeconds = 0n): Promise<FeeWorld> {
    return new FeeWorld(await MarketWorld.create({ changeDelaySeconds }));
  }

  get world() {
    return this.m.world;
  }

  get client() {
    return this.m.client;
  }

  market() {
    return this.client.market();
  }

  /** A renter holding `usdc` USDC and IO. */
  async renter(usdc: bigint, io: bigint) {
    const { keypair, token } = await this.world.newIoHolder(io);
    const usdcAccount = await createAta(this.world.provider, this.world.usdcMint, keypair.publicKey, TOKEN_PROGRAM_ID);
    await mintTo(this.world.provider, this.world.usdcMint, usdcAccount, this.world.usdcMintAuthority, usdc, TOKEN_PROGRAM_ID);
    return { keypair, io: token, usdc: usdcAccount };
  }

  /** A device of `operator` paid in `mint` into its associated account (created here). */
  async device(
    operator: Operator,
    mint: PublicKey,
    pricePerGpuHour: bigint,
    tokenProgram = TOKEN_PROGRAM_ID,
  ): Promise<{ device: PublicKey; payout: PublicKey }> {
    const payout = await createAta(this.world.provider, mint, operator.keypair.publicKey, tokenProgram);
    const device = await this.client.registerDevice(operator.keypair, this.m.spec({ pricePerGpuHour }), mint, payout);
    return { device, payout };
  }

  balance(account: PublicKey, tokenProgram = TOKEN_PROGRAM_ID) {
    return tokenBalance(this.world.provider, account, tokenProgram);
  }

  ioSupply() {
    return mintSupply(this.world.provider, this.world.ioMint, this.world.ioTokenProgram);
  }

  async ioFeesBurned() {
    return big((await this.market()).ioFeesBurned);
  }

  async proposeFees(fees: rentalEscrow.FeeSchedule) {
    const settings = { ...rentalEscrow.marketSettings(await this.market()), fees };
    await rentalEscrow.updateMarketIx(this.world.escrow, this.world.admin.publicKey, settings).rpc();
  }
}

describe("fees by payment mint", () => {
  it("a new market charges io.net's schedule: IOSD 0.25% each side, IO nothing, USDC 2% each side", async () => {
    const w = await FeeWorld.create();
    const market = await w.market();
    expect(marketFees(market)).to.deep.equal(IO_NET_FEES);
    expect(market.usdcMint.toBase58()).to.equal(w.world.usdcMint.toBase58());
    expect(rentalEscrow.paymentTerms(market, w.world.usdcMint)).to.deep.include({ mint: "usdc", renterBps: 200, supplierBps: 200 });
    expect(rentalEscrow.paymentTerms(market, w.world.ioMint)).to.deep.include({ mint: "io", renterBps: 0, supplierBps: 0 });
  });

  it("USDC: the renter pays 2% on top and the operator 2% of its earnings, both to the USDC treasury", async () => {
    const w = await FeeWorld.create();
    const operator = await w.m.operator();
    const renter = await w.renter(1_000n * USDC, 0n);
    const { device, payout } = await w.device(operator, w.world.usdcMint, 2n * USDC);
    const deposit = cost(2n * USDC * 8n, 2n * HOUR); // 32 USDC
    const renterFee = fee(deposit, 200);
    expect(await w.client.quote(device, 2n * HOUR)).to.deep.equal({ deposit, renterFee, total: deposit + renterFee });
    const { rental } = await w.client.rent(renter.keypair, device, 2n * HOUR, 2n * USDC);
    expect([(await w.client.rental(rental)).renterFeeBps, (await w.client.rental(rental)).supplierFeeBps]).to.deep.equal([200, 200]);
    expect(await w.balance(renter.usdc)).to.equal(1_000n * USDC - deposit - renterFee);
    expect(await w.balance(w.world.usdcTreasury)).to.equal(renterFee);
    w.m.setTime(T0 + 2n * HOUR);
    await w.client.complete(renter.keypair, rental);
    const { toOperator, fee: supplierFee } = operatorPayment(0n, deposit, 200);
    expect([toOperator, supplierFee]).to.deep.equal([deposit - 640_000n, 640_000n]);
    expect(await w.balance(payout)).to.equal(toOperator);
    expect(await w.balance(w.world.usdcTreasury)).to.equal(renterFee + supplierFee);
    expect(toOperator + supplierFee + renterFee).to.equal(1_000n * USDC - (await w.balance(renter.usdc)));
  });

  it("IO: fees are burned, the supply falls by exactly them, the treasury gets nothing; a rental keeps its booked fees", async () => {
    const w = await FeeWorld.create();
    const operator = await w.m.operator();
    const renter = await w.renter(0n, 100_000n * IO);
    const { device, payout } = await w.device(operator, w.world.ioMint, 2n * IO, w.world.ioTokenProgram);
    const supply0 = await w.ioSupply();
    const treasury0 = await w.balance(w.world.ioTreasury, w.world.ioTokenProgram);
    const payout0 = await w.balance(payout, w.world.ioTokenProgram); // the operator's own IO account

    // Booked under io.net's schedule: no fee on IO.
    const old = (await w.client.rent(renter.keypair, device, HOUR, 2n * IO)).rental;
    expect(await w.ioSupply()).to.equal(supply0);
    await w.proposeFees(IO_FEES);
    await rentalEscrow.applyConfigChangeIx(w.world.escrow).rpc();
    w.m.setTime(T0 + HOUR);
    await w.client.complete(renter.keypair, old);
    expect(await w.balance(payout, w.world.ioTokenProgram)).to.equal(payout0 + cost(16n * IO, HOUR));
    expect([await w.ioSupply(), await w.ioFeesBurned()]).to.deep.equal([supply0, 0n]);

    // Booked under the new schedule: 0.3% burned at booking, 0.5% of each release burned.
    const deposit = cost(16n * IO, 5n * DAY);
    const renterFee = fee(deposit, 30);
    const { rental } = await w.client.rent(renter.keypair, device, 5n * DAY, 2n * IO);
    expect(await w.ioSupply()).to.equal(supply0 - renterFee);
    expect(await w.ioFeesBurned()).to.equal(renterFee);
    // Settle a dispute window later: one day streamed, its supplier fee burned.
    w.m.setTime(T0 + HOUR + WINDOW + DAY);
    await w.client.settle(rental);
    const settled = big((await w.client.rental(rental)).released);
    expect(settled).to.equal(16n * IO * 24n);
    const first = operatorPayment(0n, settled, 50);
    expect(await w.ioSupply()).to.equal(supply0 - renterFee - first.fee);
    w.m.setTime(T0 + HOUR + 5n * DAY);
    await w.client.complete(renter.keypair, rental);
    const rest = operatorPayment(settled, deposit - settled, 50);
    const burned = renterFee + first.fee + rest.fee;
    expect(first.fee + rest.fee).to.equal(fee(deposit, 50)); // however often settle ran
    expect(await w.ioSupply()).to.equal(supply0 - burned);
    expect(await w.ioFeesBurned()).to.equal(burned);
    // What `io-compute stats` and the explorer show.
    expect((await fetchNetworkStats(w.world.provider, w.m.now())).ioBurnedInFees).to.equal(burned);
    expect(await w.balance(w.world.ioTreasury, w.world.ioTokenProgram)).to.equal(treasury0);
    expect(await w.balance(payout, w.world.ioTokenProgram)).to.equal(payout0 + cost(16n * IO, HOUR) + deposit - fee(deposit, 50));
  });

  it("a fee change waits out the market's delay: bookings in between pay the old fees", async () => {
    const w = await FeeWorld.create(DAY);
    const operator = await w.m.operator();
    const renter = await w.renter(1_000n * USDC, 0n);
    const { device } = await w.device(operator, w.world.usdcMint, USDC);
    const cheaper = { ...IO_NET_FEES, usdc: { renterBps: 100, supplierBps: 150 } };
    await w.proposeFees(cheaper);
    const market = await w.market();
    expect([marketFees(market), rentalEscrow.pendingMarketFees(market)]).to.deep.equal([IO_NET_FEES, cheaper]);
    const { rental } = await w.client.rent(renter.keypair, device, HOUR, USDC);
    expect((await w.client.rental(rental)).renterFeeBps).to.equal(200);
    await expectRejected(w.world, [rentalEscrowPdas.market()], () => rentalEscrow.applyConfigChangeIx(w.world.escrow).rpc(), "ChangeNotReady");
    w.m.setTime(T0 + DAY);
    await rentalEscrow.applyConfigChangeIx(w.world.escrow).rpc();
    expect(marketFees(await w.market())).to.deep.equal(cheaper);
    const next = (await w.client.rent(renter.keypair, device, HOUR, USDC)).rental;
    expect([(await w.client.rental(next)).renterFeeBps, (await w.client.rental(next)).supplierFeeBps]).to.deep.equal([100, 150]);
    // The rental booked before the change still pays 2% on its release.
    w.m.setTime(T0 + DAY + HOUR);
    const treasury = await w.balance(w.world.usdcTreasury);
    await w.client.complete(renter.keypair, rental);
    expect((await w.balance(w.world.usdcTreasury)) - treasury).to.equal(fee(cost(8n * USDC, HOUR), 200));
  });

  it("IO burns conserve value over random bookings, extensions, settles, cancels and completions", async () => {
    const w = await FeeWorld.create();
    await w.proposeFees(IO_FEES);
    await rentalEscrow.applyConfigChangeIx(w.world.escrow).rpc();
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const renters = [await w.renter(0n, 200_000n * IO), await w.renter(0n, 200_000n * IO)];
    const operators = [await w.m.operator(), await w.m.operator()];
    const devices = [
      await w.device(operators[0], w.world.ioMint, 3n * IO, w.world.ioTokenProgram),
      await w.device(operators[1], w.world.ioMint, IO, w.world.ioTokenProgram),
    ];
    const supply0 = await w.ioSupply();
    const sum = async (accounts: PublicKey[]) => (await Promise.all(accounts.map((a) => w.balance(a, w.world.ioTokenProgram)))).reduce((a, b) => a + b, 0n);
    const held0 = await sum(renters.map((r) => r.io));
    const earned0 = await sum(devices.map((d) => d.payout));
    const open = new Map<number, { rental: PublicKey; renter: (typeof renters)[number]; end: bigint }>();
    const escrowed = async () => {
      let total = 0n;
      for (const { rental } of open.values()) total += await w.balance(rentalEscrowPdas.escrow(rental), w.world.ioTokenProgram);
      return total;
    };
    for (let step = 0; step < 40; step++) {
      w.m.setTime(w.m.now() + BigInt(1 + rand(12 * 3_600)));
      const i = rand(devices.length);
      const running = open.get(i);
      const now = w.m.now();
      if (!running) {
        const renter = renters[rand(renters.length)];
        const seconds = HOUR * BigInt(1 + rand(72));
        const { rental } = await w.client.rent(renter.keypair, devices[i].device, seconds, 3n * IO);
        open.set(i, { rental, renter, end: now + seconds });
      } else if (now >= running.end) {
        await w.client.complete(running.renter.keypair, running.rental);
        open.delete(i);
      } else if (rand(3) === 0) {
        await w.client.cancel(running.renter.keypair, running.rental);
        open.delete(i);
      } else if (rand(2) === 0) {
        await w.client.extend(running.renter.keypair, running.rental, HOUR * BigInt(1 + rand(5)));
        running.end = big((await w.client.rental(running.rental)).end);
      } else {
        await w.client.settle(running.rental).catch(() => undefined); // NothingToSettle inside the first window
      }
      // After every step: the supply fell by exactly the fees burned, and what renters spent is in escrow, with the
      // operators, or burned.
      const burned = await w.ioFeesBurned();
      expect(await w.ioSupply()).to.equal(supply0 - burned);
      const held = await sum(renters.map((r) => r.io));
      const earned = (await sum(devices.map((d) => d.payout))) - earned0;
      expect(held0 - held).to.equal((await escrowed()) + earned + burned);
    }
    expect((await w.ioFeesBurned()) > 0n).to.equal(true);
  });

  it("refuses a mint outside the schedule", async () => {
    const w = await FeeWorld.create();
    const operator = await w.m.operator();
    const other = Keypair.generate();
    const mint = await createMint(w.world.provider, 6, other.publicKey, TOKEN_PROGRAM_ID);
    const payout = await createAta(w.world.provider, mint, operator.keypair.publicKey, TOKEN_PROGRAM_ID);
    const spec = w.m.spec();
    const device = rentalEscrowPdas.device(operator.keypair.publicKey, spec.deviceId);
    await expectRejected(w.world, [device], () => w.client.registerDevice(operator.keypair, spec, mint, payout), "UnsupportedPaymentMint");
  });
});
