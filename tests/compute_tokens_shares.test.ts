// compute_tokens end to end on LiteSVM with the real Token-2022: tokenization, revenue sync (90/10), the transfer
// hook settling checkpoints on every transfer, claims and the end of the term.
import { expect } from "chai";
import { BN } from "@coral-xyz/anchor";
import { createBurnCheckedInstruction, createCloseAccountInstruction, getExtraAccountMetas, getMint, getTransferHook, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey, Transaction } from "@solana/web3.js";
import { computeTokens, rentalEscrow } from "@io-compute/sdk";
import { big, expectRejected, withAccount, withData } from "./helpers";
import { HOUR, WINDOW } from "./market";
import { DISTRIBUTION, expectBooks, SHARES, SharesWorld, TERM, Tokenized } from "./shares";

const { computeTokensPdas, COMPUTE_TOKENS_PROGRAM_ID, shareAccount } = computeTokens;

describe("compute_tokens: tokenize_device", () => {
  it("creates the share mint with metadata and hook, locks the payout to the vault and gives every share to the operator", async () => {
    const w = await SharesWorld.create();
    const t = await w.tokenized();
    const events = w.world.provider.lastResult!.events.filter((e) => e.program === COMPUTE_TOKENS_PROGRAM_ID.toBase58());
    const conn = w.world.provider.connection;

    // The mint: fixed supply (no mint or freeze authority), decimals 0, hooked to this program for good.
    expect(t.mint.toBase58()).to.equal(computeTokensPdas.shareMint(0n).toBase58());
    const mint = await getMint(conn, t.mint, "confirmed", TOKEN_2022_PROGRAM_ID);
    expect(mint.supply).to.equal(SHARES);
    expect(mint.decimals).to.equal(0);
    expect(mint.mintAuthority).to.equal(null);
    expect(mint.freezeAuthority).to.equal(null);
    const hook = getTransferHook(mint)!;
    expect(hook.programId.toBase58()).to.equal(COMPUTE_TOKENS_PROGRAM_ID.toBase58());
    expect(hook.authority.toBase58()).to.equal(PublicKey.default.toBase58());

    // Metadata in the mint, read with @solana/spl-token.
    const metadata = await w.client.metadata(t.mint);
    expect([metadata.name, metadata.symbol, metadata.uri]).to.deep.equal(["A100 x8 revenue", "GPU1", "https://example.org/gpu1.json"]);
    expect(metadata.updateAuthority!.toBase58()).to.equal(t.pool.toBase58());
    const termEnd = w.market.now() + TERM;
    expect(metadata.additionalMetadata).to.deep.equal([
      ["device", t.device.toBase58()],
      ["class", "0"],
      ["gpus", "8"],
      ["split_bps", "9000/1000"],
      ["term_end", termEnd.toString()],
    ]);

    // The hook's account list, as @solana/spl-token decodes it: the pool, then the two checkpoints.
    const metas = getExtraAccountMetas((await conn.getAccountInfo(computeTokensPdas.extraAccountMetas(t.mint)))!);
    expect(metas.map((m) => [m.discriminator, m.isWritable])).to.deep.equal([[0, true], [1, true], [1, true]]);
    expect(new PublicKey(metas[0].addressConfig).toBase58()).to.equal(t.pool.toBase58());

    // Pool, vault, checkpoint, device.
    const pool = await w.client.pool(t.pool);
    expect(pool.device.toBase58()).to.equal(t.device.toBase58());
    expect(pool.operator.toBase58()).to.equal(t.operator.keypair.publicKey.toBase58());
    expect(pool.vault.toBase58()).to.equal(t.vault.toBase58());
    expect(big(pool.distributionPeriod)).to.equal(DISTRIBUTION);
    expect(big(pool.shares)).to.equal(SHARES);
    expect(big(pool.termEnd)).to.equal(termEnd);
    expect(pool.operatorBps).to.equal(1_000);
    expect(big(pool.accruingShares)).to.equal(SHARES);
    expect(await w.iosd(t.vault)).to.equal(0n);
    expect(await w.shares(t.operatorShares)).to.equal(SHARES);
    const holder = (await w.client.holder(t.pool, t.operatorShares))!;
    expect(big(holder.shares)).to.equal(SHARES);
    const device = await w.market.client.device(t.device);
    expect(device.lockedPayout.toBase58()).to.equal(t.vault.toBase58());
    expect(device.payoutLocker.toBase58()).to.equal(t.pool.toBase58());
    expect(big(device.lockedUntil)).to.equal(termEnd);
    expect(big((await w.client.config()).poolCount)).to.equal(1n);
    expect(events.map((e) => e.name)).to.deep.equal(["holderOpened", "deviceTokenized"]);
    expect(big(events[1].data.shares)).to.equal(SHARES);
  });

  describe("rejects, changing nothing", () => {
    async function setup() {
      const w = await SharesWorld.create();
      const operator = await w.market.operator();
      const device = await w.market.device(operator);
      const config = await w.client.config();
      const params = (o: Partial<computeTokens.TokenizeParams> = {}): computeTokens.TokenizeParams => ({
        operator: operator.keypair.publicKey,
        device,
        poolNumber: big(config.poolCount),
        market: config.market,
        iosdMint: config.iosdMint,
        iosdTokenProgram: config.iosdTokenProgram,
        shares: 100n,
        termSeconds: TERM,
        name: "n",
        symbol: "s",
        uri: "u",
        ...o,
      });
      const mint = computeTokensPdas.shareMint(0n);
      const keys = [device, mint, computeTokensPdas.pool(mint), computeTokensPdas.config(), operator.keypair.publicKey];
      const send = (p: computeTokens.TokenizeParams, signer = operator.keypair) => computeTokens.tokenizeDeviceIx(w.client.program, p).signers([signer]).rpc();
      return { w, operator, device, params, keys, send };
    }

    it("a device the signer does not operate", async () => {
      const { w, params, keys, send } = await setup();
      const other = await w.market.operator();
      await expectRejected(w.world, keys, () => send(params({ operator: other.keypair.publicKey }), other.keypair), "NotOperator");
    });

    it("a device whose payout is already locked (tokenized twice)", async () => {
      const { w, device, params, send } = await setup();
      await send(params());
      const mint = computeTokensPdas.shareMint(1n);
      await expectRejected(w.world, [device, mint, computeTokensPdas.pool(mint)], () => send(params({ poolNumber: 1n })), "PayoutAlreadyLocked");
      expect(big((await w.client.config()).poolCount)).to.equal(1n);
      expect((await w.market.client.device(device)).payoutLocker.toBase58()).to.equal(computeTokensPdas.pool(computeTokensPdas.shareMint(0n)).toBase58());
    });

    it("a device paid in IO", async () => {
      const { w, operator, params, keys, send } = await setup();
      const ioDevice = await w.market.client.registerDevice(operator.keypair, w.market.spec(), w.world.ioMint, operator.io);
      await expectRejected(w.world, [...keys, ioDevice], () => send(params({ device: ioDevice })), "DeviceNotPaidInIosd");
    });

    it("zero shares, a non-positive term, a name too long", async () => {
      const { w, params, keys, send } = await setup();
      await expectRejected(w.world, keys, () => send(params({ shares: 0n })), "InvalidShares");
      await expectRejected(w.world, keys, () => send(params({ termSeconds: 0n })), "InvalidTerm");
      await expectRejected(w.world, keys, () => send(params({ name: "x".repeat(33) })), "MetadataTooLong");
      await expectRejected(w.world, keys, () => send(params({ distributionPeriodSeconds: 86_399n })), "InvalidDistributionPeriod");
      await expectRejected(w.world, keys, () => send(params({ distributionPeriodSeconds: 366n * 86_400n })), "InvalidDistributionPeriod");
    });

    it("a mint that is not the next share mint PDA", async () => {
      const { w, params, keys, send } = await setup();
      await expectRejected(w.world, keys, () => send(params({ poolNumber: 5n })), "ConstraintSeeds");
    });

    it("malformed arguments: truncated, or a name that is not UTF-8", async () => {
      const { w, operator, params, keys } = await setup();
      const tokenize = await computeTokens.tokenizeDeviceIx(w.client.program, params({ name: "ab" })).instruction();
      await expectRejected(w.world, keys, () => w.world.send(withData(tokenize, tokenize.data.subarray(0, 20)), [operator.keypair]), "InstructionDidNotDeserialize");
      const data = Buffer.from(tokenize.data);
      data.set([0xff, 0xfe], 8 + 8 + 8 + 8 + 4); // the name's two bytes
      await expectRejected(w.world, keys, () => w.world.send(withData(tokenize, data), [operator.keypair]), "InstructionDidNotDeserialize");
    });

    it("while paused", async () => {
      const { w, params, keys, send } = await setup();
      await computeTokens.pauseIx(w.client.program, w.world.admin.publicKey).signers([w.world.admin]).rpc();
      await expectRejected(w.world, keys, () => send(params()), "Paused");
    });
  });
});

describe("compute_tokens: revenue, hooked transfers and claims", () => {
  let w: SharesWorld;
  let t: Tokenized;
  beforeEach(async () => {
    w = await SharesWorld.create();
    t = await w.tokenized();
  });

  /** Moves the clock one distribution period on: everything synced so far has streamed to holders. */
  const streamAll = () => w.market.setTime(w.market.now() + DISTRIBUTION);

  it("sync splits inflow exactly: floor(10%) owed to the operator, the rest streamed to holders over the period", async () => {
    await w.inflow(t, 1_000_009n);
    await w.client.sync(t.pool);
    const synced = w.world.provider.lastResult!.events.find((e) => e.name === "revenueSynced")!;
    expect([big(synced.data.inflow), big(synced.data.operatorAmount), big(synced.data.holdersAmount)]).to.deep.equal([1_000_009n, 100_000n, 900_009n]);
    let pool = await w.client.pool(t.pool);
    expect([big(pool.operatorOwed), big(pool.undistributed), big(pool.streamEnd)]).to.deep.equal([100_000n, 900_009n, w.market.now() + DISTRIBUTION]);
    expect(await w.iosd(t.vault)).to.equal(1_000_009n); // nothing is pushed anywhere by a sync
    expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(0n); // nothing has streamed yet
    // A quarter of the period later a quarter has streamed; the SDK's figure is exactly what the claim pays.
    w.market.setTime(w.market.now() + DISTRIBUTION / 4n);
    const quarter = await w.client.claimable(t.pool, t.operatorShares);
    expect(quarter).to.equal(computeTokens.claimable(await w.client.pool(t.pool), (await w.client.holder(t.pool, t.operatorShares))!, w.market.now()));
    expect(quarter >= 225_001n && quarter <= 225_002n, `${quarter}`).to.equal(true); // floor(900,009 / 4), less per-share rounding
    await w.client.claim(t.operator.keypair, t.pool);
    expect(await w.iosd(t.operator.iosd)).to.equal(quarter);
    streamAll();
    const rest = await w.client.claimable(t.pool, t.operatorShares);
    expect(quarter + rest >= 900_007n && quarter + rest <= 900_008n, `${quarter} + ${rest}`).to.equal(true); // a unit of dust per release
    await expectBooks(w, t.pool);
    // The operator pulls its cut into an account of its choice.
    const other = await w.holder();
    await w.client.claimOperator(t.operator.keypair, t.pool, other.iosd);
    expect(await w.iosd(other.iosd)).to.equal(100_000n);
    pool = await w.client.pool(t.pool);
    expect([big(pool.operatorOwed), big(pool.operatorClaimed)]).to.deep.equal([0n, 100_000n]);
    await expectBooks(w, t.pool);
    // A second sync with nothing new moves nothing.
    await w.client.sync(t.pool);
    expect(big((await w.client.pool(t.pool)).totalInflow)).to.equal(1_000_009n);
  });

  it("revenue from a real rental settled into the vault", async () => {
    const renter = await w.market.renter();
    const booking = await w.market.client.rent(renter.keypair, t.device, 10n * HOUR, 10n ** 9n);
    w.market.setTime(w.market.now() + 4n * HOUR + WINDOW); // settle lags the stream by the dispute window
    await w.market.client.settle(booking.rental);
    const paid = await w.iosd(t.vault);
    expect(paid > 0n).to.equal(true);
    await w.client.sync(t.pool);
    const [operatorCut, holders] = computeTokens.splitInflow(paid, 1_000);
    const pool = await w.client.pool(t.pool);
    expect(big(pool.operatorRevenue)).to.equal(operatorCut);
    expect(big(pool.holdersRevenue)).to.equal(holders);
    await expectBooks(w, t.pool);
  });

  it("a transfer never moves accrued revenue: it stays with the sender, the receiver accrues from then on", async () => {
    const bob = await w.holder();
    const bobShares = await w.client.openHolder(bob.keypair, t.pool);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool); // holders get 900,000, all the operator's
    streamAll();
    await w.client.transfer(t.operator.keypair, t.mint, bob.keypair.publicKey, 40n);
    expect(await w.shares(bobShares)).to.equal(40n);
    expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n);
    expect(await w.client.claimable(t.pool, bobShares)).to.equal(0n);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    streamAll();
    expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n + 540_000n);
    expect(await w.client.claimable(t.pool, bobShares)).to.equal(360_000n);

    await w.client.claim(bob.keypair, t.pool);
    expect(await w.iosd(bob.iosd)).to.equal(360_000n);
    const claimed = w.world.provider.lastResult!.events.find((e) => e.name === "revenueClaimed")!;
    expect(big(claimed.data.amount)).to.equal(360_000n);
    await w.client.claim(t.operator.keypair, t.pool);
    const { state } = await expectBooks(w, t.pool);
    expect(big(state.claimed)).to.equal(1_800_000n);
    expect(await w.iosd(t.vault)).to.equal(200_000n); // the operator's cut, until it pulls it
    await w.client.claimOperator(t.operator.keypair, t.pool);
    expect(await w.iosd(t.vault)).to.equal(0n);
    // Claiming again pays nothing.
    await w.client.claim(bob.keypair, t.pool);
    expect(await w.iosd(bob.iosd)).to.equal(360_000n);
  });

  it("shares in an account without a checkpoint do not accrue; their part goes to accruing holders, and back again", async () => {
    const dex = await w.holder(); // a vault that never opens a checkpoint
    const dexShares = shareAccount(t.mint, dex.keypair.publicKey);
    await w.client.transfer(t.operator.keypair, t.mint, dex.keypair.publicKey, 25n);
    expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(75n);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    streamAll();
    expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n); // all of it: 75 of 75 accruing
    expect(await w.client.claimable(t.pool, dexShares)).to.equal(0n);
    await w.client.transfer(dex.keypair, t.mint, t.operator.keypair.publicKey, 25n, { toAccount: t.operatorShares });
    expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(100n);
    expect(big((await w.client.holder(t.pool, t.operatorShares))!.shares)).to.equal(100n);
    expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n);
    await expectBooks(w, t.pool);
  });

  it("revenue synced while no share accrues waits in the stream for the next holders, not stranded", async () => {
    const dex = await w.holder();
    await w.client.transfer(t.operator.keypair, t.mint, dex.keypair.publicKey, SHARES);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    w.market.setTime(w.market.now() + 3n * DISTRIBUTION); // nobody accrues: the stream waits
    await w.client.sync(t.pool);
    expect(big((await w.client.pool(t.pool)).undistributed)).to.equal(900_000n);
    await expectBooks(w, t.pool);
    const dexShares = await w.client.openHolder(dex.keypair, t.pool);
    expect(await w.client.claimable(t.pool, dexShares)).to.equal(0n);
    streamAll();
    expect(await w.client.claimable(t.pool, dexShares)).to.equal(900_000n);
    await expectBooks(w, t.pool);
  });

  it("a self-transfer changes nothing (Token-2022 moves nothing and does not call the hook)", async () => {
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    streamAll();
    const before = await w.client.holder(t.pool, t.operatorShares);
    await w.client.transfer(t.operator.keypair, t.mint, t.operator.keypair.publicKey, 30n, { toAccount: t.operatorShares });
    expect(await w.client.holder(t.pool, t.operatorShares)).to.deep.equal(before);
    expect(await w.shares(t.operatorShares)).to.equal(SHARES);
    expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n);
    expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(SHARES);
  });

  it("a checkpoint opened on an account that already holds shares accrues from then on", async () => {
    const carol = await w.holder();
    await w.client.transfer(t.operator.keypair, t.mint, carol.keypair.publicKey, 50n);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool); // the operator's 50 are the only accruing shares
    streamAll();
    const carolShares = await w.client.openHolder(carol.keypair, t.pool);
    expect(big((await w.client.holder(t.pool, carolShares))!.shares)).to.equal(50n);
    expect(await w.client.claimable(t.pool, carolShares)).to.equal(0n);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    streamAll();
    expect(await w.client.claimable(t.pool, carolShares)).to.equal(450_000n);
    expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n + 450_000n);
    await expectBooks(w, t.pool);
  });

  it("term revenue splits 90/10 whenever it is synced; end_term waits for the device's rentals and the sync, then earnings go back to the operator", async () => {
    const pool = await w.client.pool(t.pool);
    const termEnd = big(pool.termEnd);
    const renter = await w.market.renter();
    // A rental may end at the term's end, not after it.
    w.market.setTime(termEnd - 10n * HOUR);
    await expectRejected(w.world, [t.device, renter.iosd], () => w.market.client.rent(renter.keypair, t.device, 10n * HOUR + 1n, 10n ** 9n), "RentalPastPayoutLock");
    const booking = await w.market.client.rent(renter.keypair, t.device, 10n * HOUR, 10n ** 9n);
    w.market.setTime(termEnd);
    await expectRejected(w.world, [t.pool, t.device], () => w.client.endTerm(t.pool), "RentalsStillOpen");
    await w.market.client.complete(renter.keypair, booking.rental); // pays the vault after the term's end
    const earned = await w.iosd(t.vault);
    await expectRejected(w.world, [t.pool, t.device], () => w.client.endTerm(t.pool), "VaultNotSynced");
    await w.client.sync(t.pool); // synced after the term, still term revenue: 90/10
    const [operatorCut, holders] = computeTokens.splitInflow(earned, 1_000);
    const synced = await w.client.pool(t.pool);
    expect([big(synced.operatorOwed), big(synced.holdersRevenue)]).to.deep.equal([operatorCut, holders]);
    await w.client.endTerm(t.pool);
    expect(w.world.provider.lastResult!.events.map((e) => e.name)).to.deep.equal(["payoutUnlocked", "termEnded"]);
    const device = await w.market.client.device(t.device);
    expect(rentalEscrow.earningsAccount(device).toBase58()).to.equal(t.operator.iosd.toBase58());
    expect((await w.client.pool(t.pool)).termEnded).to.equal(true);
    // The next rental pays the operator, not the holders.
    const next = await w.market.client.rent(renter.keypair, t.device, HOUR, 10n ** 9n);
    w.market.setTime(w.market.now() + HOUR);
    const operatorBefore = await w.iosd(t.operator.iosd);
    await w.market.client.complete(renter.keypair, next.rental);
    expect((await w.iosd(t.operator.iosd)) > operatorBefore).to.equal(true);
    expect(await w.iosd(t.vault)).to.equal(earned);
    // Holders keep what accrued and what still streams.
    streamAll();
    await w.client.claim(t.operator.keypair, t.pool);
    await w.client.claimOperator(t.operator.keypair, t.pool);
    await expectBooks(w, t.pool);
  });

  describe("hardening (issue 13)", () => {
    it("an operator who closes its IOSD account blocks no sync, and pulls its cut into any account later", async () => {
      // The attack on the earlier program: the cut was pushed to a fixed operator account at every sync;
      // closing it made every sync fail, so holders' revenue stayed locked.
      const operatorIosd = t.operator.iosd;
      await w.world.provider.sendInstructions([createCloseAccountInstruction(operatorIosd, t.operator.keypair.publicKey, t.operator.keypair.publicKey, [], TOKEN_PROGRAM_ID)], [t.operator.keypair]);
      await w.inflow(t, 1_000_000n);
      await w.client.sync(t.pool);
      streamAll();
      const bob = await w.holder();
      const bobShares = await w.client.openHolder(bob.keypair, t.pool);
      await w.client.transfer(t.operator.keypair, t.mint, bob.keypair.publicKey, 10n);
      expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n);
      expect(big((await w.client.pool(t.pool)).operatorOwed)).to.equal(100_000n);
      const fresh = await w.holder();
      await w.client.claimOperator(t.operator.keypair, t.pool, fresh.iosd);
      expect(await w.iosd(fresh.iosd)).to.equal(100_000n);
      expect(await w.client.claimable(t.pool, bobShares)).to.equal(0n);
      await expectBooks(w, t.pool);
    });

    it("only the operator pulls the cut", async () => {
      await w.inflow(t, 1_000_000n);
      await w.client.sync(t.pool);
      const thief = await w.holder();
      const config = await w.client.config();
      const ix = computeTokens.claimOperatorIx(w.client.program, { operator: thief.keypair.publicKey, pool: t.pool, vault: t.vault, destination: thief.iosd, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram });
      await expectRejected(w.world, [t.pool, t.vault, thief.iosd], () => ix.signers([thief.keypair]).rpc(), "NotOperator");
    });

    it("no payment out of the vault goes back into it (the books would drop it while the vault keeps it)", async () => {
      await w.inflow(t, 1_000_000n);
      await w.client.sync(t.pool);
      const config = await w.client.config();
      const ix = computeTokens.claimOperatorIx(w.client.program, { operator: t.operator.keypair.publicKey, pool: t.pool, vault: t.vault, destination: t.vault, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram });
      await expectRejected(w.world, [t.pool, t.vault], () => ix.signers([t.operator.keypair]).rpc(), "PayoutToOwnVault");
      streamAll();
      await expectRejected(w.world, [t.pool, t.vault], () => w.client.claim(t.operator.keypair, t.pool, t.operatorShares, t.vault), "PayoutToOwnVault");
    });

    it("just-in-time holding earns nothing: shares moved into a checkpoint around a sync in one transaction", async () => {
      // The attacker holds half the shares in an account without a checkpoint (a DEX pool, say) and a
      // checkpointed account of its own. In one transaction: move them in, sync, move them out.
      const attacker = await w.holder(); // owns the parked shares
      const accomplice = await w.holder(); // a second wallet of the attacker's, with a checkpoint
      const parked = shareAccount(t.mint, attacker.keypair.publicKey);
      await w.client.transfer(t.operator.keypair, t.mint, attacker.keypair.publicKey, 50n);
      const hotShares = await w.client.openHolder(accomplice.keypair, t.pool);
      await w.inflow(t, 1_000_000n);
      const config = await w.client.config();
      const tx = new Transaction().add(
        await computeTokens.shareTransferIx(w.world.provider, parked, t.mint, hotShares, attacker.keypair.publicKey, 50n),
        await computeTokens.syncRevenueIx(w.client.program, t.pool, await w.client.pool(t.pool), config.iosdTokenProgram, config.iosdMint).instruction(),
        await computeTokens.shareTransferIx(w.world.provider, hotShares, t.mint, parked, accomplice.keypair.publicKey, 50n),
      );
      await w.world.provider.sendAndConfirm(tx, [attacker.keypair, accomplice.keypair]);
      streamAll();
      expect(await w.client.claimable(t.pool, hotShares)).to.equal(0n); // the earlier program paid it 450,000
      expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n);
      await expectBooks(w, t.pool);
    });

    it("shares burned without a transfer stop earning once anyone pokes the checkpoint", async () => {
      const bob = await w.holder();
      const bobShares = await w.client.openHolder(bob.keypair, t.pool);
      await w.client.transfer(t.operator.keypair, t.mint, bob.keypair.publicKey, 40n);
      await w.world.provider.sendInstructions([createBurnCheckedInstruction(bobShares, t.mint, bob.keypair.publicKey, 40n, 0, [], TOKEN_2022_PROGRAM_ID)], [bob.keypair]);
      expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(100n); // the burn did not call the hook
      await w.client.poke(t.pool, bobShares);
      expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(60n);
      expect(big((await w.client.holder(t.pool, bobShares))!.shares)).to.equal(0n);
      await w.inflow(t, 1_000_000n);
      await w.client.sync(t.pool);
      streamAll();
      expect(await w.client.claimable(t.pool, bobShares)).to.equal(0n); // without the poke: 360,000
      expect(await w.client.claimable(t.pool, t.operatorShares)).to.equal(900_000n);
      await expectBooks(w, t.pool);
    });

    it("a share account burned and closed is poked to zero", async () => {
      const carol = await w.holder();
      const carolShares = await w.client.openHolder(carol.keypair, t.pool);
      await w.client.transfer(t.operator.keypair, t.mint, carol.keypair.publicKey, 30n);
      await w.world.provider.sendInstructions(
        [
          createBurnCheckedInstruction(carolShares, t.mint, carol.keypair.publicKey, 30n, 0, [], TOKEN_2022_PROGRAM_ID),
          createCloseAccountInstruction(carolShares, carol.keypair.publicKey, carol.keypair.publicKey, [], TOKEN_2022_PROGRAM_ID),
        ],
        [carol.keypair],
      );
      expect(await w.world.provider.connection.getAccountInfo(carolShares)).to.equal(null);
      await w.client.poke(t.pool, carolShares);
      expect(big((await w.client.holder(t.pool, carolShares))!.shares)).to.equal(0n);
      expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(70n);
    });
  });

  describe("rejects, changing nothing", () => {
    it("a forged hook call (not inside a Token-2022 transfer)", async () => {
      const bob = await w.holder();
      const bobShares = await w.client.openHolder(bob.keypair, t.pool);
      const ix = await w.client.program.methods
        .execute(new BN(10))
        .accountsPartial({
          source: t.operatorShares,
          mint: t.mint,
          destination: bobShares,
          authority: t.operator.keypair.publicKey,
          extraAccountMetas: computeTokensPdas.extraAccountMetas(t.mint),
          pool: t.pool,
          sourceHolder: computeTokensPdas.holder(t.pool, t.operatorShares),
          destinationHolder: computeTokensPdas.holder(t.pool, bobShares),
        })
        .instruction();
      await expectRejected(w.world, [t.pool, computeTokensPdas.holder(t.pool, bobShares)], () => w.world.send(ix), "NotTransferring");
    });

    it("claiming for someone else's account", async () => {
      const thief = await w.holder();
      await w.inflow(t, 1_000_000n);
      await w.client.sync(t.pool);
      streamAll();
      await expectRejected(w.world, [t.vault, thief.iosd, t.pool], () => w.client.claim(thief.keypair, t.pool, t.operatorShares, thief.iosd), "NotTokenOwner");
    });

    it("claiming with another account's checkpoint", async () => {
      const bob = await w.holder();
      const bobShares = await w.client.openHolder(bob.keypair, t.pool);
      await w.client.transfer(t.operator.keypair, t.mint, bob.keypair.publicKey, 10n);
      const config = await w.client.config();
      const ix = await computeTokens
        .claimIx(w.client.program, { owner: bob.keypair.publicKey, pool: t.pool, tokenAccount: bobShares, vault: t.vault, destination: bob.iosd, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram })
        .instruction();
      const forged = withAccount(ix, 2, computeTokensPdas.holder(t.pool, t.operatorShares));
      await expectRejected(w.world, [t.vault, bob.iosd], () => w.world.send(forged, [bob.keypair]), "WrongCheckpoint");
    });

    it("a checkpoint for an account of another mint", async () => {
      const other = await w.tokenized();
      const holder = other.operator;
      const ix = await computeTokens
        .openHolderIx(w.client.program, { payer: holder.keypair.publicKey, owner: holder.keypair.publicKey, pool: t.pool, tokenAccount: other.operatorShares })
        .instruction();
      await expectRejected(w.world, [t.pool, computeTokensPdas.holder(t.pool, other.operatorShares)], () => w.world.send(ix, [holder.keypair]), "WrongMint");
    });

    it("a checkpoint opened by someone who does not own the account, or twice", async () => {
      const bob = await w.holder();
      const dex = await w.holder();
      await w.client.transfer(t.operator.keypair, t.mint, dex.keypair.publicKey, 10n);
      const dexShares = shareAccount(t.mint, dex.keypair.publicKey);
      const ix = await computeTokens.openHolderIx(w.client.program, { payer: bob.keypair.publicKey, owner: bob.keypair.publicKey, pool: t.pool, tokenAccount: dexShares }).instruction();
      await expectRejected(w.world, [t.pool, computeTokensPdas.holder(t.pool, dexShares)], () => w.world.send(ix, [bob.keypair]), "NotTokenOwner");
      await expectRejected(w.world, [t.pool], () => w.client.openHolder(t.operator.keypair, t.pool), "AccountDiscriminatorAlreadySet");
    });

    it("sync with a foreign vault", async () => {
      const other = await w.tokenized();
      await w.inflow(t, 1_000n);
      const config = await w.client.config();
      const state = await w.client.pool(t.pool);
      const ix = await computeTokens.syncRevenueIx(w.client.program, t.pool, state, config.iosdTokenProgram, config.iosdMint).instruction();
      await expectRejected(w.world, [t.pool, t.vault, other.vault], () => w.world.send(withAccount(ix, 1, other.vault)), "WrongVault");
    });

    it("end_term before the term ends, and twice", async () => {
      await expectRejected(w.world, [t.pool, t.device], () => w.client.endTerm(t.pool), "TermNotEnded");
      w.market.setTime(big((await w.client.pool(t.pool)).termEnd));
      await w.client.endTerm(t.pool);
      await expectRejected(w.world, [t.pool, t.device], () => w.client.endTerm(t.pool), "TermAlreadyEnded");
    });

    it("end_term with another device or another vault", async () => {
      const other = await w.tokenized();
      w.market.setTime(big((await w.client.pool(t.pool)).termEnd));
      const config = await w.client.config();
      const accounts = { pool: t.pool, device: t.device, vault: t.vault, iosdTokenProgram: config.iosdTokenProgram };
      const wrongDevice = await computeTokens.endTermIx(w.client.program, { ...accounts, device: other.device }).instruction();
      await expectRejected(w.world, [t.pool, other.device], () => w.world.send(wrongDevice), "WrongDevice");
      const wrongVault = await computeTokens.endTermIx(w.client.program, { ...accounts, vault: other.vault }).instruction();
      await expectRejected(w.world, [t.pool, t.device], () => w.world.send(wrongVault), "WrongVault");
    });
  });
});
