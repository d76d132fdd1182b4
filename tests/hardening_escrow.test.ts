// Attacks on rental_escrow from the outside review (issue 13), each performed for real.
import { expect } from "chai";
import {
  ACCOUNT_SIZE,
  createCloseAccountInstruction,
  createEnableRequiredMemoTransfersInstruction,
  createInitializeAccount3Instruction,
  createReallocateInstruction,
  createTransferCheckedInstruction,
  ExtensionType,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram } from "@solana/web3.js";
import { ioStaking, rentalEscrow } from "@io-compute/sdk";
import { big, expectRejected, IO } from "./helpers";
import { HOUR, IOSD, MarketWorld, Operator, PRICE, Renter, T0 } from "./market";

const { cost, fee } = rentalEscrow;

describe("rental_escrow hardening: donations into an escrow", () => {
  let m: MarketWorld;
  let operator: Operator;
  let renter: Renter;
  let device: PublicKey;
  let rental: PublicKey;
  let treasury: PublicKey;
  const deposit = cost(8n * PRICE, 10n * HOUR);

  /** Anyone sends `amount` IOSD into the rental's escrow. */
  async function donate(from: Renter, amount: bigint) {
    const escrow = rentalEscrow.rentalEscrowPdas.escrow(rental);
    const ix = createTransferCheckedInstruction(from.iosd, m.iosdMint, escrow, from.keypair.publicKey, amount, 6, [], TOKEN_PROGRAM_ID);
    await m.world.provider.sendInstructions([ix], [from.keypair]);
  }

  beforeEach(async () => {
    m = await MarketWorld.create();
    operator = await m.operator(2_000n);
    renter = await m.renter();
    device = await m.device(operator);
    treasury = (await m.client.market()).treasuryIosd;
    ({ rental } = await m.client.rent(renter.keypair, device, 10n * HOUR, PRICE));
  });

  it("cancel closes the escrow and sends the donated unit to the treasury", async () => {
    const attacker = await m.renter(100n);
    await donate(attacker, 1n);
    m.setTime(T0 + 4n * HOUR);
    const [renterBefore, operatorBefore, treasuryBefore] = [await m.iosdBalance(renter.iosd), await m.iosdBalance(operator.iosd), await m.iosdBalance(treasury)];
    await m.client.cancel(renter.keypair, rental);
    const streamedAmount = 4n * 8n * PRICE;
    const supplierFee = fee(streamedAmount, 25);
    expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore + deposit - streamedAmount);
    expect(await m.iosdBalance(operator.iosd)).to.equal(operatorBefore + streamedAmount - supplierFee);
    expect(await m.iosdBalance(treasury)).to.equal(treasuryBefore + supplierFee + 1n);
    expect(await m.escrowBalance(rental)).to.equal(null);
    expect(await rentalEscrow.fetchRental(m.escrow, rental)).to.equal(null);
  });

  it("complete closes the escrow whatever was donated, the device can deregister", async () => {
    const attacker = await m.renter(100n);
    await donate(attacker, 1n);
    await donate(attacker, 5n * IOSD);
    m.setTime(T0 + 10n * HOUR + 3n * 86_400n);
    const [operatorBefore, treasuryBefore] = [await m.iosdBalance(operator.iosd), await m.iosdBalance(treasury)];
    await m.client.complete(renter.keypair, rental);
    const supplierFee = fee(deposit, 25);
    expect(await m.iosdBalance(operator.iosd)).to.equal(operatorBefore + deposit - supplierFee);
    expect(await m.iosdBalance(treasury)).to.equal(treasuryBefore + supplierFee + 1n + 5n * IOSD);
    expect(await m.escrowBalance(rental)).to.equal(null);
    await rentalEscrow.deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc();
    expect((await rentalEscrow.fetchDevice(m.escrow, device))!.status).to.equal(rentalEscrow.DeviceStatus.Deregistered);
  });

  it("resolve_dispute closes the escrow whatever was donated", async () => {
    m.setTime(T0 + 2n * HOUR);
    await m.client.openDispute(renter.keypair, rental);
    const attacker = await m.renter(100n);
    await donate(attacker, 1n);
    const [renterBefore, treasuryBefore] = [await m.iosdBalance(renter.iosd), await m.iosdBalance(treasury)];
    await m.client.resolveDispute(m.world.arbiter, rental, 10_000, 0n);
    expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore + deposit);
    expect(await m.iosdBalance(treasury)).to.equal(treasuryBefore + 1n);
    expect(await m.escrowBalance(rental)).to.equal(null);
  });
});

describe("rental_escrow hardening: the dispute window holds funds", () => {
  it("settle at the end keeps the last window of service in escrow; a renter awarded everything receives it", async () => {
    const m = await MarketWorld.create({ disputeWindowSeconds: 2n * HOUR });
    const operator = await m.operator(2_000n);
    const renter = await m.renter();
    const device = await m.device(operator);
    const { rental } = await m.client.rent(renter.keypair, device, 10n * HOUR, PRICE);
    const deposit = cost(8n * PRICE, 10n * HOUR);
    m.setTime(T0 + 10n * HOUR);
    const operatorBefore = await m.iosdBalance(operator.iosd);
    await m.client.settle(rental);
    const settled = 8n * 8n * PRICE; // eight of ten hours: the last two are the dispute window
    expect(await m.iosdBalance(operator.iosd)).to.equal(operatorBefore + settled - fee(settled, 25));
    expect(await m.escrowBalance(rental)).to.equal(deposit - settled);
    m.setTime(T0 + 11n * HOUR);
    await m.client.openDispute(renter.keypair, rental);
    const renterBefore = await m.iosdBalance(renter.iosd);
    await m.client.resolveDispute(m.world.arbiter, rental, 10_000, 0n);
    expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore + deposit - settled);
  });

  it("with a window longer than the rental nothing settles before the window closes, and complete pays it all after", async () => {
    const m = await MarketWorld.create();
    const operator = await m.operator(2_000n);
    const renter = await m.renter();
    const device = await m.device(operator);
    const { rental } = await m.client.rent(renter.keypair, device, 10n * HOUR, PRICE);
    const deposit = cost(8n * PRICE, 10n * HOUR);
    m.setTime(T0 + 10n * HOUR);
    await expectRejected(m.world, [rental, operator.iosd], () => m.client.settle(rental), "NothingToSettle");
    m.setTime(T0 + 10n * HOUR + 3n * 86_400n - 1n);
    await m.client.settle(rental); // what had streamed one window ago: all but the last second
    const settled = (8n * PRICE * (10n * HOUR - 1n)) / HOUR;
    expect(await m.escrowBalance(rental)).to.equal(deposit - settled);
    m.setTime(T0 + 10n * HOUR + 3n * 86_400n);
    const operatorBefore = await m.iosdBalance(operator.iosd);
    await m.client.complete(renter.keypair, rental);
    expect(await m.iosdBalance(operator.iosd)).to.equal(operatorBefore + deposit - settled - (fee(deposit, 25) - fee(settled, 25)));
  });
});

describe("rental_escrow hardening: an operator who closes its payout blocks nobody", () => {
  let m: MarketWorld;
  let operator: Operator;
  let renter: Renter;
  let device: PublicKey;
  let rental: PublicKey;
  const deposit = cost(8n * PRICE, 10n * HOUR);

  /** The operator empties and closes its payout account. */
  async function closePayout() {
    const balance = await m.iosdBalance(operator.iosd);
    const sink = await m.renter(10n);
    await m.world.provider.sendInstructions(
      [
        createTransferCheckedInstruction(operator.iosd, m.iosdMint, sink.iosd, operator.keypair.publicKey, balance, 6, [], TOKEN_PROGRAM_ID),
        createCloseAccountInstruction(operator.iosd, operator.keypair.publicKey, operator.keypair.publicKey, [], TOKEN_PROGRAM_ID),
      ],
      [operator.keypair],
    );
    expect(await m.world.provider.connection.getAccountInfo(operator.iosd)).to.equal(null);
  }

  beforeEach(async () => {
    m = await MarketWorld.create();
    operator = await m.operator(2_000n);
    renter = await m.renter();
    device = await m.device(operator);
    ({ rental } = await m.client.rent(renter.keypair, device, 10n * HOUR, PRICE));
  });

  it("the renter still cancels: the payout is re-created at the same address and paid", async () => {
    await closePayout();
    m.setTime(T0 + 3n * HOUR);
    const renterBefore = await m.iosdBalance(renter.iosd);
    await m.client.cancel(renter.keypair, rental);
    const streamedAmount = 3n * 8n * PRICE;
    expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore + deposit - streamedAmount);
    expect(await m.iosdBalance(operator.iosd)).to.equal(streamedAmount - fee(streamedAmount, 25));
  });

  it("the arbiter still resolves a dispute, and anyone still completes", async () => {
    m.setTime(T0 + 3n * HOUR);
    await m.client.openDispute(renter.keypair, rental);
    await closePayout();
    const renterBefore = await m.iosdBalance(renter.iosd);
    await m.client.resolveDispute(m.world.arbiter, rental, 5_000, 0n);
    const remainder = deposit;
    const toRenter = remainder / 2n;
    expect(await m.iosdBalance(renter.iosd)).to.equal(renterBefore + toRenter);
    expect(await m.iosdBalance(operator.iosd)).to.equal(remainder - toRenter - fee(remainder - toRenter, 25));

    const next = await m.client.rent(renter.keypair, device, HOUR, PRICE);
    await closePayout();
    m.setTime(T0 + 5n * HOUR + 3n * 86_400n);
    await m.client.complete(m.world.admin, next.rental);
    expect(await m.iosdBalance(operator.iosd)).to.equal(cost(8n * PRICE, HOUR) - fee(cost(8n * PRICE, HOUR), 25));
  });

  it("a payout nobody could re-create (not the operator's associated account) is refused at registration", async () => {
    // The attack: list with a keypair token account as payout, take a booking, close the account: no one can
    // re-create it, so the renter's cancel and the arbiter's split would fail for good.
    const payout = Keypair.generate();
    const provider = m.world.provider;
    const lamports = await provider.connection.getMinimumBalanceForRentExemption(ACCOUNT_SIZE);
    await provider.sendInstructions(
      [
        SystemProgram.createAccount({ fromPubkey: provider.publicKey, newAccountPubkey: payout.publicKey, lamports, space: ACCOUNT_SIZE, programId: TOKEN_PROGRAM_ID }),
        createInitializeAccount3Instruction(payout.publicKey, m.iosdMint, operator.keypair.publicKey, TOKEN_PROGRAM_ID),
      ],
      [payout],
    );
    await expectRejected(m.world, [], () => m.client.registerDevice(operator.keypair, m.spec(), m.iosdMint, payout.publicKey), "PayoutNotAssociated");
    const other = await m.renter(10n);
    await expectRejected(m.world, [], () => m.client.registerDevice(operator.keypair, m.spec(), m.iosdMint, other.iosd), "PayoutNotAssociated");
  });
});

describe("rental_escrow hardening: bonds and reputation", () => {
  let m: MarketWorld;
  let operator: Operator;
  let renter: Renter;
  let device: PublicKey;
  const slasher = Keypair.generate();
  const slashOutside = (amount: bigint, d = device) =>
    ioStaking
      .slashIx(m.world.staking, { slashAuthority: slasher.publicKey, owner: operator.keypair.publicKey, device: d, treasury: m.world.ioTreasury, ioMint: m.world.ioMint, tokenProgram: m.world.ioTokenProgram, amount })
      .signers([slasher])
      .rpc();

  beforeEach(async () => {
    // io_staking's slash authority is a separate key here, as on a network where governance can slash directly.
    m = await MarketWorld.create({}, { slashAuthority: slasher.publicKey });
    operator = await m.operator(4_000n);
    renter = await m.renter();
    device = await m.device(operator); // 8 GPUs: 1,600 IO bonded
  });

  it("a device slashed below its requirement is not rented until its operator tops the bond up", async () => {
    await slashOutside(IO);
    expect(await m.client.bonded(device)).to.equal(1_599n * IO);
    // The attack on the earlier program: the device stayed rentable with less stake at risk than required.
    await expectRejected(m.world, [device, renter.iosd], () => m.client.rent(renter.keypair, device, HOUR, PRICE), "BondBelowRequirement");
    await m.client.topUpBond(operator.keypair, device);
    expect(await m.client.bonded(device)).to.equal(1_600n * IO);
    expect(big(m.world.provider.lastResult!.events.find((e) => e.name === "bondToppedUp")!.data.bonded)).to.equal(1_600n * IO);
    await m.client.rent(renter.keypair, device, HOUR, PRICE);
  });

  it("two devices, an outside slash of one, deregistering the other: only the other's bond is released", async () => {
    const other = await m.device(operator, { gpuCount: 4 }); // 800 IO
    await slashOutside(600n * IO);
    await rentalEscrow.deregisterDeviceIx(m.escrow, operator.keypair.publicKey, other).signers([operator.keypair]).rpc();
    expect(big(m.world.provider.lastResult!.events.find((e) => e.name === "deviceDeregistered")!.data.unbonded)).to.equal(800n * IO);
    const position = (await ioStaking.fetchPosition(m.world.staking, operator.keypair.publicKey))!;
    expect([big(position.staked), big(position.bonded)]).to.deep.equal([3_400n * IO, 1_000n * IO]);
    expect(await m.client.bonded(device)).to.equal(1_000n * IO);
  });

  it("short rentals build no reputation, and GPU time, not rental count, moves the score", async () => {
    // The attack on the earlier program: a thousand one-second rentals completed at once took a score to ~100%.
    for (let i = 0; i < 5; i++) {
      const { rental } = await m.client.rent(renter.keypair, device, 1n, PRICE);
      m.setTime(m.now() + 1n);
      await m.client.complete(renter.keypair, rental);
    }
    let d = (await rentalEscrow.fetchDevice(m.escrow, device))!;
    expect([big(d.completedRentals), big(d.cleanGpuSeconds), d.scoreBps]).to.deep.equal([0n, 0n, 5_000]);
    const { rental } = await m.client.rent(renter.keypair, device, HOUR, PRICE);
    m.setTime(m.now() + HOUR);
    await m.client.complete(renter.keypair, rental);
    d = (await rentalEscrow.fetchDevice(m.escrow, device))!;
    expect([big(d.completedRentals), big(d.cleanGpuSeconds)]).to.deep.equal([1n, 8n * HOUR]);
    expect(d.scoreBps).to.equal(6_666); // (8 + 8) / (8 + 16) GPU-hours
  });

  it("a device's history survives deregistration: registering it again keeps its lost disputes", async () => {
    const { rental } = await m.client.rent(renter.keypair, device, HOUR, PRICE);
    await m.client.openDispute(renter.keypair, rental);
    await m.client.resolveDispute(m.world.arbiter, rental, 10_000, 0n);
    const lost = (await rentalEscrow.fetchDevice(m.escrow, device))!;
    expect([lost.disputesLost, big(lost.lostGpuSeconds)]).to.deep.equal([1, 8n * HOUR]);
    await rentalEscrow.deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc();
    const spec = { deviceId: big(lost.deviceId), deviceClass: 0, gpuCount: 8, vramGb: 80, region: "us-east-1", pricePerGpuHour: PRICE };
    await m.client.registerDevice(operator.keypair, spec, m.iosdMint, operator.iosd);
    const again = (await rentalEscrow.fetchDevice(m.escrow, device))!;
    expect([again.status, again.disputesLost, big(again.lostGpuSeconds), again.scoreBps]).to.deep.equal([rentalEscrow.DeviceStatus.Available, 1, 8n * HOUR, lost.scoreBps]);
    expect(await m.client.bonded(device)).to.equal(1_600n * IO);
    // An active device cannot be registered over.
    await expectRejected(m.world, [device], () => m.client.registerDevice(operator.keypair, spec, m.iosdMint, operator.iosd), "AccountDiscriminatorAlreadySet");
  });
});

describe("rental_escrow hardening: a payout that requires memos blocks nobody (IOSD on Token-2022)", () => {
  it("cancel, complete and a dispute's split still pay the operator, each with a memo", async () => {
    const m = await MarketWorld.create({}, {}, undefined, TOKEN_2022_PROGRAM_ID);
    const operator = await m.operator(2_000n);
    const renter = await m.renter();
    const device = await m.device(operator);
    // The attack: the operator makes its payout refuse any transfer not preceded by a memo, so the renter's
    // cancel (and any payment to the operator) fails for good.
    await m.world.provider.sendInstructions(
      [
        createReallocateInstruction(operator.iosd, m.world.provider.publicKey, [ExtensionType.MemoTransfer], operator.keypair.publicKey, [], TOKEN_2022_PROGRAM_ID),
        createEnableRequiredMemoTransfersInstruction(operator.iosd, operator.keypair.publicKey, [], TOKEN_2022_PROGRAM_ID),
      ],
      [operator.keypair],
    );
    // Token-2022 now refuses a transfer into it without a memo (its error 36, NoMemo)...
    const plain = createTransferCheckedInstruction(renter.iosd, m.iosdMint, operator.iosd, renter.keypair.publicKey, 1n, 6, [], TOKEN_2022_PROGRAM_ID);
    await expectRejected(m.world, [operator.iosd, renter.iosd], () => m.world.provider.sendInstructions([plain], [renter.keypair]), "NoMemo");
    let { rental } = await m.client.rent(renter.keypair, device, 10n * HOUR, PRICE);
    m.setTime(T0 + 2n * HOUR);
    // ...and the program names the memo program it then needs.
    const { state: _s, ...accounts } = await m.client.escrowAccounts(rental);
    const bare = await rentalEscrow.cancelIx(m.escrow, renter.keypair.publicKey, renter.iosd, accounts).instruction();
    bare.keys = bare.keys.filter((k) => !k.pubkey.equals(rentalEscrow.MEMO_PROGRAM_ID));
    await expectRejected(m.world, [rental, operator.iosd], () => m.world.send(bare, [renter.keypair]), "MemoProgramMissing");
    await m.client.cancel(renter.keypair, rental);
    const streamedAmount = 2n * 8n * PRICE;
    expect(await m.iosdBalance(operator.iosd)).to.equal(streamedAmount - fee(streamedAmount, 25));
    expect(m.world.provider.lastResult!.logs.some((l) => l.includes("io rental payout"))).to.equal(true);

    ({ rental } = await m.client.rent(renter.keypair, device, HOUR, PRICE));
    await m.client.openDispute(renter.keypair, rental);
    await m.client.resolveDispute(m.world.arbiter, rental, 5_000, 0n);
    ({ rental } = await m.client.rent(renter.keypair, device, HOUR, PRICE));
    m.setTime(m.now() + HOUR);
    await m.client.complete(renter.keypair, rental);
    expect(await rentalEscrow.fetchRental(m.escrow, rental)).to.equal(null);
  });
});
