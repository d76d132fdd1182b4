// compute_tokens cash-flow NFTs: a device term's revenue as one Metaplex NFT (Token Metadata by CPI, the mainnet
// binary in tests/fixtures), read back through Umi on the embedded ledger, paid by real rentals, claimed by whoever
// holds it, moved by a plain SPL transfer; every guard with balances unchanged.
import { expect } from "chai";
import { TokenStandard, unverifyCollectionV1 } from "@metaplex-foundation/mpl-token-metadata";
import { createSignerFromKeypair, publicKey as umiKey, type Umi } from "@metaplex-foundation/umi";
import { fromWeb3JsKeypair } from "@metaplex-foundation/umi-web3js-adapters";
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAccount,
  getMint,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { ComputeBudgetProgram, Keypair, PublicKey, Transaction, TransactionInstruction } from "@solana/web3.js";
import { computeTokens } from "@io-compute/sdk";
import { createLiteSvmUmi } from "@io-compute/sdk/testing";
import { big, expectError, expectRejected, rng, withAccount } from "./helpers";
import { HOUR, WINDOW } from "./market";
import { SharesWorld } from "./shares";

const { NftClient, nftPdas, metaplexAccounts, nftClaimable, claimNftIx } = computeTokens;
const TERM = 30n * 86_400n;
const NFT_STEPS = Number(process.env.NFT_RANDOM_STEPS ?? 1000);

describe("compute_tokens: cash-flow NFTs", () => {
  let w: SharesWorld;
  let umi: Umi;
  let nfts: computeTokens.NftClient;

  beforeEach(async () => {
    w = await SharesWorld.create();
    umi = createLiteSvmUmi(w.world.svm);
    nfts = new NftClient(w.world.computeTokens, umi);
    await nfts.createCollection(w.world.admin, "https://example.org/collection.json");
  });

  async function tokenized() {
    const operator = await w.market.operator();
    const device = await w.market.device(operator, { deviceClass: 2, gpuCount: 8, region: "eu-central-1" });
    const nft = await nfts.tokenize(operator.keypair, device, { termSeconds: TERM, uri: "https://example.org/nft.json" });
    return { ...nft, operator, device };
  }

  /** The NFT of `mint` moves from `from` to `to` by a plain SPL Token transfer, as any marketplace does it (the
   * receiver's associated account created if new). */
  async function sell(mint: PublicKey, from: Keypair, to: PublicKey) {
    const [source, destination] = [computeTokens.nftAccount(mint, from.publicKey), computeTokens.nftAccount(mint, to)];
    await w.world.provider.sendAndConfirm(
      new Transaction().add(
        createAssociatedTokenAccountIdempotentInstruction(w.world.provider.publicKey, destination, to, mint, TOKEN_PROGRAM_ID),
        createTransferCheckedInstruction(source, mint, destination, from.publicKey, 1n, 0, [], TOKEN_PROGRAM_ID),
      ),
      [from],
    );
  }

  it("creates the sized collection once, owned by the config PDA", async () => {
    const collection = await nfts.fetchCollection();
    const config = computeTokens.computeTokensPdas.config();
    expect([collection.metadata.name, collection.metadata.symbol]).to.deep.equal([computeTokens.NFT_COLLECTION_NAME, computeTokens.NFT_COLLECTION_SYMBOL]);
    expect(collection.metadata.updateAuthority.toString()).to.equal(config.toBase58());
    expect(collection.metadata.collectionDetails).to.deep.include({ __option: "Some" });
    expect(collection.edition?.isOriginal).to.equal(true);
    expect(big((await getMint(w.world.provider.connection, nftPdas.collectionMint(), "confirmed", TOKEN_PROGRAM_ID)).supply)).to.equal(1n);
    await expectRejected(w.world, [nftPdas.collectionMint()], () => nfts.createCollection(w.world.admin, "https://example.org/again.json"), "NftCollectionExists");
    const stranger = Keypair.generate();
    w.world.provider.airdrop(stranger.publicKey, 10n ** 10n);
    await expectRejected(w.world, [], () => nfts.createCollection(stranger, "x"), "NotAdmin");
  });

  it("cannot be blocked by lamports sent ahead to the collection's or the next NFT's mint address", async () => {
    const fresh = await SharesWorld.create();
    const freshNfts = new NftClient(fresh.world.computeTokens, createLiteSvmUmi(fresh.world.svm));
    const nextMint = nftPdas.mint(big((await freshNfts.config()).poolCount));
    fresh.world.provider.airdrop(nftPdas.collectionMint(), 1_000_000n);
    fresh.world.provider.airdrop(nextMint, 1_000_000n);
    await freshNfts.createCollection(fresh.world.admin, "");
    const operator = await fresh.market.operator();
    const made = await freshNfts.tokenize(operator.keypair, await fresh.market.device(operator), { termSeconds: TERM, uri: "" });
    expect(made.mint.toBase58()).to.equal(nextMint.toBase58());
    expect((await freshNfts.fetchAsset(made.mint)).mint.supply).to.equal(1n);
  });

  it("tokenizes a device as one NFT every wallet reads: metadata, creators and collection verified, supply 1, master edition, pool authorities", async () => {
    const t = await tokenized();
    const asset = await nfts.fetchAsset(t.mint);
    // Named by the program after the device (class 2, 8 GPUs, eu-central-1), not by the operator.
    expect([asset.metadata.name, asset.metadata.symbol, asset.metadata.uri]).to.deep.equal(["8x GPU c2 eu-central-1", "GPUCF", "https://example.org/nft.json"]);
    expect(asset.metadata.tokenStandard).to.deep.equal({ __option: "Some", value: TokenStandard.NonFungible });
    expect(asset.metadata.updateAuthority.toString()).to.equal(t.pool.toBase58());
    const creators = asset.metadata.creators.__option === "Some" ? asset.metadata.creators.value : [];
    expect(creators.map((c) => [c.address.toString(), c.verified, c.share])).to.deep.equal([[t.pool.toBase58(), true, 100]]);
    expect(asset.metadata.collection).to.deep.equal({ __option: "Some", value: { verified: true, key: umiKey(nftPdas.collectionMint().toBase58()) } });
    expect(asset.edition?.isOriginal).to.equal(true);
    expect(asset.mint.supply).to.equal(1n);
    expect(asset.mint.decimals).to.equal(0);
    // Mint and freeze authority moved to the master edition: nobody can mint a second one.
    const { masterEdition, metadata } = metaplexAccounts(umi, t.mint);
    expect([asset.mint.mintAuthority, asset.mint.freezeAuthority]).to.deep.equal([
      { __option: "Some", value: umiKey(masterEdition.toBase58()) },
      { __option: "Some", value: umiKey(masterEdition.toBase58()) },
    ]);
    expect(asset.metadata.publicKey.toString()).to.equal(metadata.toBase58());
    expect((await getAccount(w.world.provider.connection, t.operatorNft, "confirmed", TOKEN_PROGRAM_ID)).amount).to.equal(1n);
    // The sized collection counts it.
    const collection = await nfts.fetchCollection();
    expect(collection.metadata.collectionDetails).to.deep.equal({ __option: "Some", value: { __kind: "V1", size: 1n } });
    // The device's attributes on chain, and the JSON the SDK writes from them.
    const pool = await nfts.pool(t.pool);
    expect([pool.deviceClass, pool.gpuCount, Buffer.from(pool.region).toString().replace(/\0+$/, ""), pool.operatorBps]).to.deep.equal([2, 8, "eu-central-1", 1_000]);
    const json = computeTokens.nftJson(pool, { name: asset.metadata.name });
    expect(json.attributes.find((a) => a.trait_type === "region")!.value).to.equal("eu-central-1");
    expect(json.description).to.match(/travels with the NFT/);
    const device = await w.market.client.device(t.device);
    expect([device.payoutLocker.toBase58(), device.lockedPayout.toBase58()]).to.deep.equal([t.pool.toBase58(), t.vault.toBase58()]);
  });

  it("real rentals pay the vault, sync splits 90/10, the holder claims; after a plain SPL transfer the new holder claims what accrued since, the old one cannot", async () => {
    const t = await tokenized();
    const renter = await w.market.renter();
    const booking = await w.market.client.rent(renter.keypair, t.device, 10n * HOUR, 10n ** 9n);
    w.market.setTime(w.market.now() + 4n * HOUR + WINDOW);
    await w.market.client.settle(booking.rental);
    const paid = await w.iosd(t.vault);
    expect(paid > 0n).to.equal(true);
    await nfts.sync(t.pool);
    const [operatorCut, holders] = computeTokens.splitInflow(paid, 1_000);
    let pool = await nfts.pool(t.pool);
    expect([big(pool.totalInflow), big(pool.operatorRevenue), big(pool.holdersRevenue), nftClaimable(pool)]).to.deep.equal([paid, operatorCut, holders, holders]);

    const before = await w.iosd(t.operator.iosd);
    await nfts.claim(t.operator.keypair, t.pool);
    expect((await w.iosd(t.operator.iosd)) - before).to.equal(holders);
    pool = await nfts.pool(t.pool);
    expect(nftClaimable(pool)).to.equal(0n);

    // A plain SPL Token transfer (no hook), as any marketplace does it.
    const buyer = await w.holder();
    await sell(t.mint, t.operator.keypair, buyer.keypair.publicKey);
    w.market.setTime(w.market.now() + 6n * HOUR);
    await w.market.client.settle(booking.rental);
    const second = (await w.iosd(t.vault)) - operatorCut;
    await nfts.sync(t.pool);
    const [, holdersSecond] = computeTokens.splitInflow(second, 1_000);
    // The old holder holds nothing: refused, nothing moves.
    await expectRejected(w.world, [t.vault, t.operator.iosd, t.pool], () => nfts.claim(t.operator.keypair, t.pool), "NotNftHolder");
    await nfts.claim(buyer.keypair, t.pool);
    expect(await w.iosd(buyer.iosd)).to.equal(holdersSecond);
    await nfts.claimOperator(t.operator.keypair, t.pool);
    pool = await nfts.pool(t.pool);
    expect(big(pool.operatorClaimed)).to.equal(big(pool.operatorRevenue));
    expect(await w.iosd(t.vault)).to.equal(0n);
    expect(big(pool.claimed) + big(pool.operatorClaimed)).to.equal(big(pool.totalInflow));
  });

  it("unclaimed revenue travels with the NFT to its next holder", async () => {
    const t = await tokenized();
    await w.inflow(t, 1_000_000n);
    await nfts.sync(t.pool);
    const buyer = await w.holder();
    await sell(t.mint, t.operator.keypair, buyer.keypair.publicKey);
    await nfts.claim(buyer.keypair, t.pool);
    expect(await w.iosd(buyer.iosd)).to.equal(900_000n);
  });

  it("ends the term: the payout unlocks, the NFT stays, later rentals pay the operator", async () => {
    const t = await tokenized();
    await w.inflow(t, 500_000n);
    await nfts.sync(t.pool);
    await expectRejected(w.world, [t.pool, t.device], () => nfts.endTerm(t.pool), "TermNotEnded");
    w.market.setTime(w.market.now() + TERM);
    await nfts.endTerm(t.pool);
    expect((await w.market.client.device(t.device)).payoutLocker.toBase58()).to.equal(PublicKey.default.toBase58());
    expect((await nfts.pool(t.pool)).termEnded).to.equal(true);
    await expectRejected(w.world, [t.pool, t.device], () => nfts.endTerm(t.pool), "TermAlreadyEnded");
    expect((await nfts.fetchAsset(t.mint)).mint.supply).to.equal(1n);
    await nfts.claim(t.operator.keypair, t.pool);
    expect(nftClaimable(await nfts.pool(t.pool))).to.equal(0n);
  });

  it(`keeps the books exact over ${NFT_STEPS} random steps: inflows, syncs, sales of the NFT, claims by whoever holds it`, async () => {
    const random = rng(Number(process.env.RANDOM_SEED ?? 11));
    const below = (n: bigint) => BigInt(Math.floor(random() * Number(n)));
    const t = await tokenized();
    const people = [{ keypair: t.operator.keypair, iosd: t.operator.iosd }, ...(await Promise.all([w.holder(), w.holder(), w.holder()]))];
    const paidTo = people.map(() => 0n);
    let [inflow, unsynced, owner, cutPulled] = [0n, 0n, 0, 0n];
    let expected = { holders: 0n, operator: 0n, claimed: 0n };
    for (let step = 0; step < NFT_STEPS; step++) {
      const roll = random();
      if (roll < 0.3) {
        const amount = below(random() < 0.2 ? 100n : 50_000_000n);
        if (amount > 0n) await w.inflow(t, amount);
        [inflow, unsynced] = [inflow + amount, unsynced + amount];
      } else if (roll < 0.5) {
        await nfts.sync(t.pool);
        const [cut, holders] = computeTokens.splitInflow(unsynced, 1_000);
        expect(cut + holders).to.equal(unsynced); // the parts add up to the whole
        expected = { ...expected, holders: expected.holders + holders, operator: expected.operator + cut };
        unsynced = 0n;
      } else if (roll < 0.65) {
        // The NFT changes hands by a plain SPL transfer (the buyer's account created if new).
        const to = (owner + 1 + Math.floor(random() * (people.length - 1))) % people.length;
        await sell(t.mint, people[owner].keypair, people[to].keypair.publicKey);
        owner = to;
      } else if (roll < 0.85) {
        // Someone claims: the holder takes everything unclaimed; anyone else is refused and nothing moves.
        const who = random() < 0.7 ? owner : Math.floor(random() * people.length);
        const before = await w.iosd(people[who].iosd);
        if (who === owner) {
          await nfts.claim(people[who].keypair, t.pool);
          const got = (await w.iosd(people[who].iosd)) - before;
          expect(got).to.equal(expected.holders - expected.claimed);
          paidTo[who] += got;
          expected.claimed += got;
        } else {
          // An account it emptied by selling holds 0; one it never had is not a token account at all.
          const hadOne = (await w.world.provider.connection.getAccountInfo(computeTokens.nftAccount(t.mint, people[who].keypair.publicKey))) !== null;
          await expectError(nfts.claim(people[who].keypair, t.pool), hadOne ? "NotNftHolder" : "ConstraintTokenTokenProgram");
          expect(await w.iosd(people[who].iosd)).to.equal(before);
        }
      } else {
        await nfts.claimOperator(t.operator.keypair, t.pool);
        cutPulled = expected.operator;
      }
      // After every step: the books, and the vault holds exactly what is synced and unpaid plus what is unsynced.
      const pool = await nfts.pool(t.pool);
      expect([big(pool.holdersRevenue), big(pool.operatorRevenue), big(pool.claimed), big(pool.operatorClaimed)]).to.deep.equal([expected.holders, expected.operator, expected.claimed, cutPulled]);
      expect(big(pool.totalInflow)).to.equal(inflow - unsynced);
      expect(await w.iosd(t.vault)).to.equal(inflow - expected.claimed - cutPulled);
      expect(big(pool.vaultBalance)).to.equal(inflow - unsynced - expected.claimed - cutPulled);
    }
    expect(paidTo.reduce((a, b) => a + b, 0n)).to.equal(expected.claimed);
  });

  describe("guards, changing nothing", () => {
    it("a claim by someone who does not hold it, from an empty account, with a look-alike mint, or into the vault", async () => {
      const t = await tokenized();
      await w.inflow(t, 1_000_000n);
      await nfts.sync(t.pool);
      const pool = await nfts.pool(t.pool);
      const config = await nfts.config();
      const stranger = await w.holder();
      const keys = [t.vault, t.pool, stranger.iosd, t.operator.iosd];
      // The operator's NFT account, signed by someone else.
      await expectRejected(w.world, keys, () => nfts.claim(stranger.keypair, t.pool, t.operatorNft), "NotTokenOwner");
      // An account of the mint holding nothing (amount 0).
      const empty = computeTokens.nftAccount(t.mint, stranger.keypair.publicKey);
      await w.world.provider.sendAndConfirm(new Transaction().add(createAssociatedTokenAccountIdempotentInstruction(w.world.provider.publicKey, empty, stranger.keypair.publicKey, t.mint, TOKEN_PROGRAM_ID)));
      await expectRejected(w.world, keys, () => nfts.claim(stranger.keypair, t.pool, empty), "NotNftHolder");
      // A look-alike: another NFT (of another device) in the claimer's hands, against this pool.
      const other = await tokenized();
      await expectRejected(w.world, keys, () => nfts.claim(other.operator.keypair, t.pool, other.operatorNft), "WrongMint");
      // Paid into the pool's own vault.
      const ix = await claimNftIx(w.world.computeTokens, {
        holder: t.operator.keypair.publicKey,
        pool: t.pool,
        nftAccount: t.operatorNft,
        vault: pool.vault,
        destination: pool.vault,
        iosdMint: config.iosdMint,
        iosdTokenProgram: config.iosdTokenProgram,
      }).instruction();
      await expectRejected(w.world, keys, () => w.world.provider.sendAndConfirm(new Transaction().add(ix), [t.operator.keypair]), "PayoutToOwnVault");
      // A share pool's claim path does not take an NFT pool.
      const shareClaim = await computeTokens
        .claimIx(w.world.computeTokens, { owner: t.operator.keypair.publicKey, pool: t.pool, tokenAccount: t.operatorNft, vault: pool.vault, destination: t.operator.iosd, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram })
        .instruction();
      await expectRejected(w.world, keys, () => w.world.provider.sendAndConfirm(new Transaction().add(shareClaim), [t.operator.keypair]), "AccountDidNotDeserialize");
    });

    it("tokenizing against a wrong collection or a forged metadata account, someone else's device, or a device already locked", async () => {
      const operator = await w.market.operator();
      const device = await w.market.device(operator);
      const config = await nfts.config();
      const params = { operator: operator.keypair.publicKey, device, poolNumber: big(config.poolCount), market: config.market, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram, termSeconds: TERM, uri: "u" };
      const send = (ix: TransactionInstruction, budget: TransactionInstruction[]) =>
        w.world.provider.sendAndConfirm(new Transaction().add(...budget, ix), [operator.keypair]);
      const builder = computeTokens.tokenizeNftIx(w.world.computeTokens, umi, params);
      const ix = await builder.instruction();
      const budget = [ComputeBudgetProgram.setComputeUnitLimit({ units: computeTokens.TOKENIZE_NFT_COMPUTE_UNITS })];
      const keys = [device, nftPdas.mint(params.poolNumber), computeTokens.computeTokensPdas.config()];
      // Another (unsized, ordinary) collection of the operator's own making in place of ours.
      const fake = Keypair.generate();
      await expectRejected(w.world, keys, () => send(withAccount(ix, 11, fake.publicKey), budget), "WrongCollection");
      // A metadata account that is not Token Metadata's PDA of the mint: Token Metadata refuses (InvalidMetadataKey).
      await expectRejected(w.world, keys, () => send(withAccount(ix, 8, Keypair.generate().publicKey), budget), "InvalidMetadataKey");
      // The collection's metadata swapped for the NFT-to-be's own: Token Metadata finds no such collection.
      const { metadata } = metaplexAccounts(umi, nftPdas.mint(params.poolNumber));
      await expectRejected(w.world, keys, () => send(withAccount(ix, 12, metadata), budget), "CollectionNotFound");
      // Someone else's device.
      const other = await w.market.operator();
      const theirs = await w.market.device(other);
      const stolen = await computeTokens.tokenizeNftIx(w.world.computeTokens, umi, { ...params, device: theirs }).instruction();
      await expectRejected(w.world, [theirs, ...keys], () => send(stolen, budget), "NotOperator");
      // Tokenized once: the payout is locked, a second tokenization (as NFT or shares) is refused.
      await nfts.tokenize(operator.keypair, device, { termSeconds: TERM, uri: "u" });
      await expectRejected(w.world, [device], () => nfts.tokenize(operator.keypair, device, { termSeconds: TERM, uri: "u" }), "PayoutAlreadyLocked");
    });

    it("a collection item cannot be unverified by anyone but the config PDA", async () => {
      const t = await tokenized();
      const stranger = Keypair.generate();
      w.world.provider.airdrop(stranger.publicKey, 10n ** 10n);
      const signer = createSignerFromKeypair(umi, fromWeb3JsKeypair(stranger));
      const { metadata } = metaplexAccounts(umi, t.mint);
      const attempt = unverifyCollectionV1(umi, {
        authority: signer,
        metadata: umiKey(metadata.toBase58()),
        collectionMint: umiKey(nftPdas.collectionMint().toBase58()),
      });
      let refused = false;
      await attempt.sendAndConfirm(umi).catch(() => (refused = true));
      expect(refused).to.equal(true);
      expect((await nfts.fetchAsset(t.mint)).metadata.collection).to.deep.include({ __option: "Some" });
      expect(((await nfts.fetchAsset(t.mint)).metadata.collection as { value: { verified: boolean } }).value.verified).to.equal(true);
    });
  });
});
