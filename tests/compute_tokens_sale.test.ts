// compute_tokens primary sale: list_shares / buy_shares / delist, paid in IOSD or IO to the operator, shares
// moved by real hooked Token-2022 transfers.
import { expect } from "chai";
import { getAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey, Transaction } from "@solana/web3.js";
import { computeTokens, createAta } from "@io-compute/sdk";
import { big, expectRejected } from "./helpers";
import { IOSD } from "./market";
import { DISTRIBUTION, expectBooks, SharesWorld, Tokenized } from "./shares";

const { computeTokensPdas, shareAccount } = computeTokens;
const PRICE = 50n * IOSD; // $50 a share

describe("compute_tokens: primary sale", () => {
  let w: SharesWorld;
  let t: Tokenized;
  let sale: ReturnType<typeof computeTokensPdas.sale>;
  beforeEach(async () => {
    w = await SharesWorld.create();
    t = await w.tokenized();
    sale = computeTokensPdas.sale(t.pool);
  });

  it("sells shares in IOSD: the buyer pays the operator and receives the shares by a hooked transfer", async () => {
    await w.client.list(t.operator.keypair, t.pool, 40n, PRICE, w.market.iosdMint);
    expect(await w.shares(sale)).to.equal(40n);
    expect(await w.shares(t.operatorShares)).to.equal(60n);
    const pool = await w.client.pool(t.pool);
    expect(big(pool.salePrice)).to.equal(PRICE);
    expect(pool.saleMint.toBase58()).to.equal(w.market.iosdMint.toBase58());
    // The sale account has a checkpoint: listed shares keep accruing for the operator.
    expect(big((await w.client.holder(t.pool, sale))!.shares)).to.equal(40n);
    expect(big(pool.accruingShares)).to.equal(100n);

    const buyer = w.funder;
    const operatorBefore = await w.iosd(t.operator.iosd);
    const buyerBefore = await w.iosd(buyer.iosd);
    await w.client.buy(buyer.keypair, t.pool, 10n, PRICE, TOKEN_PROGRAM_ID);
    const bought = w.world.provider.lastResult!.events.find((e) => e.name === "sharesBought")!;
    expect([big(bought.data.shares), big(bought.data.paid)]).to.deep.equal([10n, 10n * PRICE]);
    expect((await w.iosd(t.operator.iosd)) - operatorBefore).to.equal(10n * PRICE);
    expect(buyerBefore - (await w.iosd(buyer.iosd))).to.equal(10n * PRICE);
    const buyerShares = shareAccount(t.mint, buyer.keypair.publicKey);
    expect(await w.shares(buyerShares)).to.equal(10n);
    expect(await w.shares(sale)).to.equal(30n);
    // The delegation was used up by the transfer.
    const saleAccount = await getAccount(w.world.provider.connection, sale, "confirmed", TOKEN_2022_PROGRAM_ID);
    expect(saleAccount.delegate).to.equal(null);
    expect(big((await w.client.pool(t.pool)).sharesSold)).to.equal(10n);
    // The buyer has no checkpoint yet: the 10 shares left the accruing supply until it opens one.
    expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(90n);
    await w.client.openHolder(buyer.keypair, t.pool);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    w.market.setTime(w.market.now() + DISTRIBUTION);
    expect(await w.client.claimable(t.pool, buyerShares)).to.equal(90_000n);
    // The sale account's revenue is the operator's to claim.
    expect(await w.client.claimable(t.pool, sale)).to.equal(270_000n);
    const before = await w.iosd(t.operator.iosd);
    await w.client.claim(t.operator.keypair, t.pool, sale, t.operator.iosd);
    expect((await w.iosd(t.operator.iosd)) - before).to.equal(270_000n);
    await expectBooks(w, t.pool);
  });

  it("sells in IO, and a buyer with a checkpoint accrues from the purchase", async () => {
    await w.client.list(t.operator.keypair, t.pool, 40n, 7n * 10n ** 8n, w.world.ioMint);
    const buyer = await w.market.operator(0n); // 1,000 IO, no stake
    const operatorIo = await createAta(w.world.provider, w.world.ioMint, t.operator.keypair.publicKey, w.world.ioTokenProgram);
    const buyerShares = await w.client.openHolder(buyer.keypair, t.pool);
    const ioBefore = await w.market.ioBalance(buyer.io);
    const operatorIoBefore = await w.market.ioBalance(operatorIo);
    await w.client.buy(buyer.keypair, t.pool, 40n, 7n * 10n ** 8n, w.world.ioTokenProgram);
    expect(ioBefore - (await w.market.ioBalance(buyer.io))).to.equal(280n * 10n ** 8n);
    expect((await w.market.ioBalance(operatorIo)) - operatorIoBefore).to.equal(280n * 10n ** 8n);
    expect(big((await w.client.holder(t.pool, buyerShares))!.shares)).to.equal(40n);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    w.market.setTime(w.market.now() + DISTRIBUTION);
    expect(await w.client.claimable(t.pool, buyerShares)).to.equal(360_000n);
    await expectBooks(w, t.pool);
  });

  it("a buyer without a checkpoint opens it in the purchase's own transaction (openHolder) and accrues at once", async () => {
    await w.client.list(t.operator.keypair, t.pool, 40n, PRICE, w.market.iosdMint);
    const buyerShares = shareAccount(t.mint, w.funder.keypair.publicKey);
    expect(await w.client.holder(t.pool, buyerShares)).to.equal(null);
    await w.client.buy(w.funder.keypair, t.pool, 25n, PRICE, TOKEN_PROGRAM_ID, { openHolder: true });
    expect(w.world.provider.lastResult!.events.map((e) => e.name)).to.include.members(["holderOpened", "sharesBought"]);
    expect(big((await w.client.holder(t.pool, buyerShares))!.shares)).to.equal(25n);
    expect(big((await w.client.pool(t.pool)).accruingShares)).to.equal(100n);
    await w.inflow(t, 1_000_000n);
    await w.client.sync(t.pool);
    w.market.setTime(w.market.now() + DISTRIBUTION);
    expect(await w.client.claimable(t.pool, buyerShares)).to.equal(225_000n);
    // A second purchase finds the checkpoint and adds to it.
    await w.client.buy(w.funder.keypair, t.pool, 5n, PRICE, TOKEN_PROGRAM_ID, { openHolder: true });
    expect(big((await w.client.holder(t.pool, buyerShares))!.shares)).to.equal(30n);
    await expectBooks(w, t.pool);
  });

  it("delist returns the unsold shares to the operator", async () => {
    await w.client.list(t.operator.keypair, t.pool, 40n, PRICE, w.market.iosdMint);
    await w.client.buy(w.funder.keypair, t.pool, 15n, PRICE, TOKEN_PROGRAM_ID);
    await w.client.delist(t.operator.keypair, t.pool);
    expect(await w.shares(sale)).to.equal(0n);
    expect(await w.shares(t.operatorShares)).to.equal(85n);
    expect((await w.client.pool(t.pool)).saleMint.toBase58()).to.equal(PublicKey.default.toBase58());
    await expectRejected(w.world, [t.pool, sale], () => w.client.buy(w.funder.keypair, t.pool, 1n, PRICE, TOKEN_PROGRAM_ID), "NotListed");
    // Listing again reuses the sale account.
    await w.client.list(t.operator.keypair, t.pool, 5n, PRICE, w.market.iosdMint);
    expect(await w.shares(sale)).to.equal(5n);
    await expectBooks(w, t.pool);
  });

  describe("rejects, changing nothing", () => {
    beforeEach(async () => {
      await w.client.list(t.operator.keypair, t.pool, 40n, PRICE, w.market.iosdMint);
    });
    const keys = () => [t.pool, sale, w.funder.iosd, t.operator.iosd, shareAccount(t.mint, w.funder.keypair.publicKey)];
    /** `buy_shares` of 5 listed shares by the funder, alone (without the transfer the client adds). */
    const buyFiveIx = async () =>
      computeTokens
        .buySharesIx(w.client.program, {
          buyer: w.funder.keypair.publicKey,
          pool: t.pool,
          mint: t.mint,
          paymentSource: w.funder.iosd,
          operatorPayment: t.operator.iosd,
          paymentMint: (await w.client.pool(t.pool)).saleMint,
          paymentTokenProgram: TOKEN_PROGRAM_ID,
          shares: 5n,
          maxPricePerShare: PRICE,
        })
        .instruction();

    it("buying more than listed", async () => {
      await expectRejected(w.world, keys(), () => w.client.buy(w.funder.keypair, t.pool, 41n, PRICE, TOKEN_PROGRAM_ID), "NotEnoughListed");
    });

    it("a price above the buyer's maximum", async () => {
      await expectRejected(w.world, keys(), () => w.client.buy(w.funder.keypair, t.pool, 1n, PRICE - 1n, TOKEN_PROGRAM_ID), "PriceAboveMax");
    });

    it("buy_shares without the transfer it approves as the next instruction", async () => {
      const ix = await buyFiveIx();
      await expectRejected(w.world, keys(), () => w.world.send(ix, [w.funder.keypair]), "TransferMustFollow");
      // Followed by a transfer of another amount: refused too.
      const buyerShares = shareAccount(t.mint, w.funder.keypair.publicKey);
      const wrong = await computeTokens.shareTransferIx(w.world.provider, sale, t.mint, buyerShares, w.funder.keypair.publicKey, 4n);
      await expectRejected(w.world, keys(), () => w.world.provider.sendAndConfirm(new Transaction().add(ix, wrong), [w.funder.keypair]), "TransferMustFollow");
    });

    it("listing by someone other than the operator, at price zero, or in another mint", async () => {
      const config = await w.client.config();
      const other = await w.holder();
      const list = (operator: typeof other, price: bigint, mint = w.market.iosdMint) =>
        computeTokens.listSharesIx(w.client.program, { operator: operator.keypair.publicKey, market: config.market, pool: t.pool, mint: t.mint, paymentMint: mint, pricePerShare: price }).signers([operator.keypair]).rpc();
      await expectRejected(w.world, [t.pool], () => list(other, PRICE), "NotOperator");
      await expectRejected(w.world, [t.pool], () => list(t.operator, 0n), "InvalidPrice");
      await expectRejected(w.world, [t.pool], () => list(t.operator, PRICE, t.mint), "UnsupportedPaymentMint");
    });

    it("delist by someone other than the operator", async () => {
      const other = await w.holder();
      const ix = await computeTokens.delistIx(w.client.program, { operator: other.keypair.publicKey, pool: t.pool, mint: t.mint }).instruction();
      await expectRejected(w.world, [t.pool, sale], () => w.world.send(ix, [other.keypair]), "NotOperator");
    });

    it("an approval that could outlive its transaction: a sale-to-sale transfer after buy_shares, delist without its transfer", async () => {
      // The attack on the earlier program: the next instruction's destination was not checked, so a
      // self-transfer of the sale account passed, moved nothing, and left the buyer approved on the sale account.
      const buy = await buyFiveIx();
      const selfTransfer = await computeTokens.shareTransferIx(w.world.provider, sale, t.mint, sale, w.funder.keypair.publicKey, 5n);
      await expectRejected(w.world, keys(), () => w.world.provider.sendAndConfirm(new Transaction().add(buy, selfTransfer), [w.funder.keypair]), "TransferMustFollow");
      const delist = await computeTokens.delistIx(w.client.program, { operator: t.operator.keypair.publicKey, pool: t.pool, mint: t.mint }).instruction();
      await expectRejected(w.world, [t.pool, sale], () => w.world.send(delist, [t.operator.keypair]), "TransferMustFollow");
      const saleAccount = await getAccount(w.world.provider.connection, sale, "confirmed", TOKEN_2022_PROGRAM_ID);
      expect(saleAccount.delegate).to.equal(null);
    });

    it("listing and buying once the term is over", async () => {
      w.market.setTime(big((await w.client.pool(t.pool)).termEnd));
      await expectRejected(w.world, keys(), () => w.client.buy(w.funder.keypair, t.pool, 1n, PRICE, TOKEN_PROGRAM_ID), "TermOver");
      await expectRejected(w.world, [t.pool, sale], () => w.client.list(t.operator.keypair, t.pool, 0n, PRICE, w.market.iosdMint), "TermOver");
      // Delisting stays possible: the operator takes the unsold shares back.
      await w.client.delist(t.operator.keypair, t.pool);
      expect(await w.shares(sale)).to.equal(0n);
    });

    it("buying while paused", async () => {
      await computeTokens.pauseIx(w.client.program, w.world.admin.publicKey).signers([w.world.admin]).rpc();
      await expectRejected(w.world, keys(), () => w.client.buy(w.funder.keypair, t.pool, 1n, PRICE, TOKEN_PROGRAM_ID), "Paused");
    });
  });
});
