import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, rentalEscrow } from "@io-compute/sdk";
import { big, expectRejected, IO, withoutSigner } from "./helpers";
import { HOUR, MarketWorld, Operator, PRICE, Renter, T0 } from "./market";

const { rentalEscrowPdas, streamed, cost, fee, deregisterDeviceIx, updateMarketIx } = rentalEscrow;
const { positionPda, ioStakingPdas, fetchPosition, fetchStakingConfig } = ioStaking;

describe("rental_escrow: disputes", () => {
  let m: MarketWorld;
  let operator: Operator;
  let renter: Renter;
  let device: PublicKey;
  let rental: PublicKey;
  let treasury: PublicKey;
  const deposit = cost(8n * PRICE, 10n * HOUR);
  const deviceState = async () => (await rentalEscrow.fetchDevice(m.escrow, device))!;
  const rentalState = async () => (await rentalEscrow.fetchRental(m.escrow, rental))!;
  const position = async () => (await fetchPosition(m.world.staking, operator.keypair.publicKey))!;
  const resolve = (shareBps: number, slash: bigint, arbiter = m.world.arbiter) => m.client.resolveDispute(arbiter, rental, shareBps, slash);
  const keys = () => [
    device,
    rental,
    rentalEscrowPdas.escrow(rental),
    renter.iosd,
    operator.iosd,
    treasury,
    ioStakingPdas.config(),
    positionPda(operator.keypair.publicKey),
    ioStakingPdas.stakeVault(),
    m.world.ioTreasury,
  ];

  beforeEach(async () => {
    m = await MarketWorld.create();
    operator = await m.operator(2_000n);
    renter = await m.renter();
    device = await m.device(operator);
    treasury = (await m.client.market()).treasuryIosd;
    ({ rental } = await m.client.rent(renter.keypair, device, 10n * HOUR, PRICE));
  });

  it("freezes the stream: nothing more streams, settle is refused, the device is free again", async () => {
    m.setTime(T0 + 2n * HOUR);
    await m.client.openDispute(renter.keypair, rental);
    const r = await rentalState();
    expect([r.disputed, big(r.disputedAt)]).to.deep.equal([true, T0 + 2n * HOUR]);
    const frozen = streamed(r, T0 + 2n * HOUR);
    expect(frozen).to.equal(2n * 8n * PRICE);
    expect(streamed(r, T0 + 9n * HOUR)).to.equal(frozen);
    m.setTime(T0 + 5n * HOUR);
    await expectRejected(m.world, keys(), () => m.client.settle(rental), "RentalDisputed");
    await expectRejected(m.world, keys(), () => m.client.cancel(renter.keypair, rental), "RentalDisputed");
    await expectRejected(m.world, keys(), () => m.client.extend(renter.keypair, rental, HOUR), "RentalDisputed");
    await expectRejected(m.world, keys(), () => m.client.openDispute(renter.keypair, rental), "RentalDisputed");
    const d = await deviceState();
    expect([big(d.rentedUntil), d.disputesOpened, d.openRentals]).to.deep.equal([T0 + 2n * HOUR, 1, 1]);
    // Free for the next renter, but not deregistrable while the dispute is open.
    const next = await m.renter();
    await m.client.rent(next.keypair, device, HOUR, PRICE);
    await expectRejected(
      m.world,
      [device],
      () => deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc(),
      "DeviceHasOpenRentals",
    );
  });

  it("the arbiter splits the remainder, slashes the operator's bond and closes the rental", async () => {
    const settled = 0n; // the dispute window holds every payment of a rental disputed during it
    m.setTime(T0 + 3n * HOUR);
    await m.client.openDispute(renter.keypair, rental);
    m.setTime(T0 + 20n * HOUR);
    const renterBefore = await m.iosdBalance(renter.iosd);
    const operatorBefore = await m.iosdBalance(operator.iosd);
    const treasuryBefore = await m.iosdBalance(treasury);
    const stakingTreasuryBefore = await m.ioBalance(m.world.ioTreasury);
    const rentBack = (await m.lamports(rental)) + (await m.lamports(rentalEscrowPdas.escrow(rental)));
    const lamportsBefore = await m.lamports(renter.keypair.publicKey);

    await resolve(7_000, 300n * IO);

    const remainder = deposit - settled;
    const toRenter = (remainder * 7_000n) / 10_000n;
    const gross = remainder - toRenter;
    const supplierFee = fee(settled + gross, 25) - fee(settled, 25);
    expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore + toRenter);
    expect(await m.iosdBalance(operator.iosd)).to.equal(operatorBefore + gross - supplierFee);
    expect(await m.iosdBalance(treasury)).to.equal(treasuryBefore + supplierFee);
    expect(await m.ioBalance(m.world.ioTreasury)).to.equal(stakingTreasuryBefore + 300n * IO);
    expect(await rentalEscrow.fetchRental(m.escrow, rental)).to.equal(null);
    expect(await m.escrowBalance(rental)).to.equal(null);
    expect(await m.lamports(renter.keypair.publicKey)).to.equal(lamportsBefore + rentBack);
    const p = await position();
    expect([big(p.staked), big(p.bonded)]).to.deep.equal([1_700n * IO, 1_300n * IO]);
    const d = await deviceState();
    expect([await m.client.bonded(device), d.disputesLost, d.openRentals, big(d.completedRentals), big(d.secondsServed)]).to.deep.equal([
      1_300n * IO,
      1,
      0,
      0n,
      3n * HOUR,
    ]);
    // The lost dispute weighs four times the GPU time it booked: 8 GPUs x 10 h.
    expect(big(d.lostGpuSeconds)).to.equal(8n * 10n * HOUR);
    expect(d.scoreBps).to.equal(rentalEscrow.scoreBps(0n, 8n * 10n * HOUR));

    // Deregistering now releases what is left of the bond.
    await deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc();
    expect(big((await position()).bonded)).to.equal(0n);
    expect(big((await fetchStakingConfig(m.world.staking)).totalBonded)).to.equal(0n);
  });

  it("an operator who wins gets the whole remainder (minus the supplier fee) and keeps a clean record", async () => {
    m.setTime(T0 + 10n * HOUR + 86_400n); // after the end, within the window
    await m.client.openDispute(renter.keypair, rental);
    await resolve(0, 0n);
    expect(await m.iosdBalance(operator.iosd)).to.equal(deposit - fee(deposit, 25));
    const d = await deviceState();
    expect([d.disputesOpened, d.disputesLost, big(d.secondsServed), await m.client.bonded(device)]).to.deep.equal([1, 0, 10n * HOUR, 1_600n * IO]);
  });

  it("refuses disputes after the window, and completing a disputed rental", async () => {
    // The window closes at end + window exactly, when anyone may complete: the two never overlap.
    m.setTime(T0 + 10n * HOUR + 3n * 86_400n);
    await expectRejected(m.world, keys(), () => m.client.openDispute(renter.keypair, rental), "DisputeWindowClosed");
    const other = await m.renter();
    ({ rental } = await m.client.rent(other.keypair, device, HOUR, PRICE));
    renter = other;
    await m.client.openDispute(other.keypair, rental);
    m.setTime(m.now() + 10n * 86_400n);
    await expectRejected(m.world, keys(), () => m.client.complete(other.keypair, rental), "RentalDisputed");
  });

  describe("rejects, changing nothing", () => {
    beforeEach(async () => {
      m.setTime(T0 + HOUR);
      await m.client.openDispute(renter.keypair, rental);
    });

    it("a resolution by anyone but the arbiter", async () => {
      const impostor = Keypair.generate();
      await expectRejected(m.world, keys(), () => resolve(5_000, 0n, impostor), "NotArbiter");
      // The arbiter changes: the old one is refused, the new one resolves.
      const settings = {
        arbiter: impostor.publicKey,
        fees: rentalEscrow.IO_NET_FEES,
        disputeWindowSeconds: 3n * 86_400n,
        maxRentalDurationSeconds: 90n * 86_400n,
        minRentalDurationSeconds: 3_600n,
      };
      await updateMarketIx(m.escrow, m.world.admin.publicKey, settings).rpc();
      await rentalEscrow.applyConfigChangeIx(m.escrow).rpc();
      await expectRejected(m.world, keys(), () => resolve(5_000, 0n), "NotArbiter");
      await resolve(5_000, 0n, impostor);
    });

    it("an arbiter that did not sign", async () => {
      const { state, ...a } = await m.client.escrowAccounts(rental);
      const staking = await fetchStakingConfig(m.world.staking);
      const slash = { operator: operator.keypair.publicKey, stakingTreasury: staking.treasury, ioMint: staking.ioMint, ioTokenProgram: staking.tokenProgram };
      const ix = await rentalEscrow.resolveDisputeIx(m.escrow, m.world.arbiter.publicKey, state.renter, renter.iosd, a, slash, 5_000, 0n).instruction();
      await expectRejected(m.world, keys(), () => m.world.send(withoutSigner(ix, 0)), "ConstraintSigner");
    });

    it("a share above 10,000 bps and a slash above the device's bond", async () => {
      await expectRejected(m.world, keys(), () => resolve(10_001, 0n), "InvalidShare");
      await expectRejected(m.world, keys(), () => resolve(5_000, 1_600n * IO + 1n), "SlashExceedsBond");
    });

    it("a dispute opened by someone else, and resolving a rental with no dispute", async () => {
      const other = await m.renter();
      const second = await m.device(operator, { gpuCount: 2 });
      const { rental: undisputed } = await m.client.rent(other.keypair, second, HOUR, PRICE);
      await expectRejected(m.world, [undisputed, second], () => m.client.openDispute(renter.keypair, undisputed), "NotRenter");
      await expectRejected(m.world, [undisputed, second, other.iosd], () => m.client.resolveDispute(m.world.arbiter, undisputed, 5_000, 0n), "NotDisputed");
    });
  });

  it("refuses to slash when io_staking's slash authority is not the market, but still splits", async () => {
    m = await MarketWorld.create({}, { slashAuthority: Keypair.generate().publicKey });
    operator = await m.operator(2_000n);
    renter = await m.renter();
    device = await m.device(operator);
    treasury = (await m.client.market()).treasuryIosd;
    ({ rental } = await m.client.rent(renter.keypair, device, HOUR, PRICE));
    await m.client.openDispute(renter.keypair, rental);
    await expectRejected(m.world, keys(), () => resolve(10_000, IO), "SlashAuthorityMismatch");
    await resolve(10_000, 0n);
    expect(await m.iosdBalance(operator.iosd)).to.equal(0n);
  });
});
