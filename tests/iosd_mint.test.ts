import { expect } from "chai";
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { address } from "@solana/kit";
import { getMint } from "@solana/spl-token";
import { createAta, iosd, mintSupply, tokenBalance } from "@io-compute/sdk";
import { advanceClock, setUnixTimestamp, writePriceUpdate } from "@io-compute/sdk/testing";
import { big, expectRejected, FEED_ID, IO, World, withAccount, withoutSigner } from "./helpers";

const { iosdPdas, mintIosdIx, quoteMintIosd, fetchIosdConfig, pauseIx, unpauseIx, updateIosdConfigIx, proposeAdminIx, acceptAdminIx } = iosd;
const NOW = 1_800_000_000n;
const IOSD = 10n ** 6n;

describe("iosd: mint_iosd", () => {
  let world: World;
  let user: Keypair;
  let userIo: PublicKey;
  let userIosd: PublicKey;
  const priceAccount = Keypair.generate().publicKey;
  /** $0.25 per IO: price 25,000,000 at exponent -8, conf 10,000 (0.04%). */
  const basePrice: iosd.PriceUpdate = { verification: "full", feedId: FEED_ID, price: 25_000_000n, conf: 10_000n, exponent: -8, publishTime: NOW };
  const publish = (overrides: Partial<iosd.PriceUpdate> = {}, owner?: PublicKey) =>
    writePriceUpdate(world.svm, priceAccount, { ...basePrice, ...overrides }, owner);
  const params = (ioAmount: bigint, overrides: Partial<iosd.MintIosdParams> = {}): iosd.MintIosdParams => ({
    user: user.publicKey,
    priceUpdate: priceAccount,
    userIo,
    userIosd,
    ioMint: world.ioMint,
    treasury: world.ioTreasury,
    ioTokenProgram: world.ioTokenProgram,
    iosdTokenProgram: TOKEN_PROGRAM_ID,
    ioAmount,
    minIosdOut: 0n,
    ...overrides,
  });
  const mint = (ioAmount: bigint, overrides: Partial<iosd.MintIosdParams> = {}) =>
    mintIosdIx(world.iosd, params(ioAmount, overrides)).signers([user]).rpc();
  const ioBalance = (a: PublicKey) => tokenBalance(world.provider, a, world.ioTokenProgram);
  const keys = () => [userIo, userIosd, world.ioTreasury, world.ioMint, iosdPdas.iosdMint(), iosdPdas.config(), priceAccount];

  async function setup(ioTokenProgram = TOKEN_PROGRAM_ID, overrides: Partial<iosd.InitializeIosdParams> = {}) {
    world = await new World(ioTokenProgram).createIo();
    await world.initIosd(overrides);
    setUnixTimestamp(world.svm, NOW);
    ({ keypair: user, token: userIo } = await world.newIoHolder(10_000n * IO));
    userIosd = await createAta(world.provider, iosdPdas.iosdMint(), user.publicKey, TOKEN_PROGRAM_ID);
    publish();
  }

  for (const ioTokenProgram of [TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID]) {
    it(`burns IO, pays the fee, mints IOSD at price - 2*conf (IO on ${ioTokenProgram.equals(TOKEN_PROGRAM_ID) ? "SPL Token" : "Token-2022"})`, async () => {
      await setup(ioTokenProgram);
      const ioSupplyBefore = await mintSupply(world.provider, world.ioMint, ioTokenProgram);
      await mint(1_000n * IO, { ioTokenProgram });

      // By hand: fee 0.30% of 1,000 IO = 3 IO; 997 IO burned at $0.25 - 2 x $0.0001 = $0.2498 -> 249.0506 IOSD.
      expect(await ioBalance(userIo)).to.equal(9_000n * IO);
      expect(await ioBalance(world.ioTreasury)).to.equal(3n * IO);
      expect(await mintSupply(world.provider, world.ioMint, ioTokenProgram)).to.equal(ioSupplyBefore - 997n * IO);
      expect(await tokenBalance(world.provider, userIosd, TOKEN_PROGRAM_ID)).to.equal(249_050_600n);
      expect(await mintSupply(world.provider, iosdPdas.iosdMint(), TOKEN_PROGRAM_ID)).to.equal(249_050_600n);

      const c = await fetchIosdConfig(world.iosd);
      expect(big(c.totalIoBurned)).to.equal(997n * IO);
      expect(big(c.totalFees)).to.equal(3n * IO);
      expect(big(c.totalIosdMinted)).to.equal(249_050_600n);
      expect(big(c.windowStart)).to.equal(NOW);
      expect(big(c.windowMinted)).to.equal(249_050_600n);

      const e = world.provider.lastResult!.events.find((x) => x.name === "iosdMinted")!.data;
      expect((e.user as PublicKey).toBase58()).to.equal(user.publicKey.toBase58());
      expect([e.ioAmount, e.ioBurned, e.fee, e.iosdOut, e.price, e.conf, e.publishTime, e.priceUsed].map(big)).to.deep.equal([
        1_000n * IO, 997n * IO, 3n * IO, 249_050_600n, 25_000_000n, 10_000n, NOW, 24_980_000n,
      ]);
      expect(e.exponent).to.equal(-8);
    });
  }

  it("mints IOSD on Token-2022 (the mint with its own metadata) the same way", async () => {
    world = await new World().createIo();
    await world.initIosd({ iosdTokenProgram: TOKEN_2022_PROGRAM_ID });
    setUnixTimestamp(world.svm, NOW);
    ({ keypair: user, token: userIo } = await world.newIoHolder(10_000n * IO));
    userIosd = await createAta(world.provider, iosdPdas.iosdMint(), user.publicKey, TOKEN_2022_PROGRAM_ID);
    publish();
    await mint(1_000n * IO, { iosdTokenProgram: TOKEN_2022_PROGRAM_ID });
    expect(await tokenBalance(world.provider, userIosd, TOKEN_2022_PROGRAM_ID)).to.equal(249_050_600n);
    expect(await mintSupply(world.provider, iosdPdas.iosdMint(), TOKEN_2022_PROGRAM_ID)).to.equal(249_050_600n);
    expect(await ioBalance(world.ioTreasury)).to.equal(3n * IO);
  });

  it("the SDK quote reproduces the program exactly, for other exponents and awkward amounts", async () => {
    await setup();
    const cases: [Partial<iosd.PriceUpdate>, bigint][] = [
      [{ price: 123_456_789n, conf: 1_234n, exponent: -9 }, 777n * IO + 12_345n],
      [{ price: 31_415n, conf: 3n, exponent: -5 }, 1n * IO + 1n],
      [{ price: 2n, conf: 0n, exponent: 0 }, 12_345_678n],
      [{ price: 987_654_321_987n, conf: 98_765_432n, exponent: -12 }, 3_333n * IO],
    ];
    for (const [update, amount] of cases) {
      publish(update);
      const quote = quoteMintIosd(await fetchIosdConfig(world.iosd), { ...basePrice, ...update }, amount, NOW);
      const before = await tokenBalance(world.provider, userIosd, TOKEN_PROGRAM_ID);
      await mint(amount, { minIosdOut: quote.iosdOut });
      expect((await tokenBalance(world.provider, userIosd, TOKEN_PROGRAM_ID)) - before).to.equal(quote.iosdOut);
    }
  });

  it("caps each window; a new window opens after window_seconds", async () => {
    await setup(TOKEN_PROGRAM_ID, { windowSeconds: 3_600, windowCap: 300n * IOSD });
    await mint(1_000n * IO); // 249.0506 IOSD
    await expectRejected(world, keys(), () => mint(250n * IO), "MintCapExceeded"); // +62.3 > 300
    await mint(200n * IO); // +49.8 = 298.87
    advanceClock(world.svm, 3_600);
    publish({ publishTime: NOW + 3_600n });
    await mint(1_000n * IO);
    const c = await fetchIosdConfig(world.iosd);
    expect(big(c.windowStart)).to.equal(NOW + 3_600n);
    expect(big(c.windowMinted)).to.equal(249_050_600n);
  });

  it("has no way back: no instruction turns IOSD into IO, and only the config PDA can mint IOSD", async () => {
    await setup();
    expect(world.iosd.idl.instructions.map((i) => i.name).sort()).to.deep.equal(
      ["acceptAdmin", "applyConfigChange", "initialize", "mintIosd", "pause", "proposeAdmin", "unpause", "updateConfig"].sort(),
    );
    const mint = await getMint(world.provider.connection, iosdPdas.iosdMint(), undefined, TOKEN_PROGRAM_ID);
    expect(mint.mintAuthority!.toBase58()).to.equal(iosdPdas.config().toBase58());
    expect(mint.freezeAuthority).to.equal(null);
  });

  describe("hardening (issue 13)", () => {
    beforeEach(() => setup());

    it("after a price drop, an older and higher update still inside the staleness window is refused", async () => {
      // The attack: two updates are live at once, $0.25 published 40 s ago and $0.20 now. On the earlier
      // program the caller chose the older, better one and minted 25% more IOSD per IO than the market price.
      const older = Keypair.generate().publicKey;
      writePriceUpdate(world.svm, older, { ...basePrice, publishTime: NOW - 40n });
      publish({ price: 20_000_000n, publishTime: NOW });
      await mint(IO);
      await expectRejected(world, [...keys(), older], () => mint(IO, { priceUpdate: older }), "PriceOlderThanLast");
      expect(big((await fetchIosdConfig(world.iosd)).lastPublishTime)).to.equal(NOW);
      // The same update may be used again, and a newer one of course.
      await mint(IO);
      publish({ publishTime: NOW + 5n });
      await mint(IO);
    });

    it("accepts a publish time up to 30 s ahead of a lagging cluster clock", async () => {
      publish({ publishTime: NOW + 30n });
      await mint(IO);
      expect(big((await fetchIosdConfig(world.iosd)).lastPublishTime)).to.equal(NOW + 30n);
    });

    it("rounds the fee up: a mint too small for a whole unit of fee still pays one", async () => {
      const treasuryBefore = await ioBalance(world.ioTreasury);
      const amount = 100_000n; // 0.001 IO: 0.30% of it is 300 base units exactly; one more unit rounds up
      await mint(amount + 1n);
      expect((await ioBalance(world.ioTreasury)) - treasuryBefore).to.equal(301n);
      const config = await fetchIosdConfig(world.iosd);
      expect(quoteMintIosd(config, basePrice, amount + 1n, NOW).fee).to.equal(301n);
    });
  });

  describe("rejects, changing nothing", () => {
    beforeEach(() => setup());
    const rejects = (name: string, action: () => Promise<unknown>) => expectRejected(world, keys(), action, name);

    it("stale and future prices (more than 30 s ahead of the cluster clock)", async () => {
      publish({ publishTime: NOW - 61n });
      await rejects("StalePrice", () => mint(IO));
      publish({ publishTime: NOW + 31n });
      await rejects("PriceInFuture", () => mint(IO));
    });

    it("another feed, a partially verified update, a zero or negative price, a too-wide confidence", async () => {
      publish({ feedId: Buffer.alloc(32, 9) });
      await rejects("WrongPriceFeed", () => mint(IO));
      publish({ verification: { partial: 5 } });
      await rejects("PriceNotFullyVerified", () => mint(IO));
      publish({ price: 0n });
      await rejects("NonPositivePrice", () => mint(IO));
      publish({ price: -25_000_000n });
      await rejects("NonPositivePrice", () => mint(IO));
      publish({ conf: 500_001n }); // 2.00004% > 2%
      await rejects("PriceConfidenceTooWide", () => mint(IO));
    });

    it("a valid-looking price account owned by another program, and an account that is not a price update", async () => {
      publish({}, TOKEN_PROGRAM_ID);
      await rejects("AccountOwnedByWrongProgram", () => mint(IO));
      await rejects("AccountOwnedByWrongProgram", () => mint(IO, { priceUpdate: world.ioTreasury }));
      publish();
      const account = world.svm.getAccount(address(priceAccount.toBase58()));
      if (!account.exists) throw new Error("price account missing");
      world.svm.setAccount({ ...account, data: new Uint8Array(134) }); // owned by the receiver, but not a PriceUpdateV2
      await rejects("InvalidPriceAccount", () => mint(IO));
    });

    it("a zero amount, an amount that rounds to zero IOSD, more than the balance, an overflowing amount", async () => {
      await rejects("ZeroAmount", () => mint(0n));
      await rejects("AmountTooSmall", () => mint(3n)); // 3 base units of IO = $0.00000000749
      await rejects("InsufficientBalance", () => mint(10_000n * IO + 1n));
      publish({ price: 9_000_000_000_000_000_000n, conf: 0n, exponent: 4 });
      await rejects("MathOverflow", () => mint(10_000n * IO));
    });

    it("a slippage floor above the quote", async () => {
      const quote = quoteMintIosd(await fetchIosdConfig(world.iosd), basePrice, 1_000n * IO, NOW);
      await rejects("SlippageExceeded", () => mint(1_000n * IO, { minIosdOut: quote.iosdOut + 1n }));
    });

    it("while paused (and unpause restores minting)", async () => {
      await pauseIx(world.iosd, world.admin.publicKey).rpc();
      await rejects("Paused", () => mint(IO));
      await unpauseIx(world.iosd, world.admin.publicKey).rpc();
      await mint(IO);
    });

    it("the wrong mints or token programs, an unsigned user, someone else's IO account, a treasury that is not the config's", async () => {
      await rejects("ConstraintAddress", () => mint(IO, { ioMint: iosdPdas.iosdMint() }));
      await rejects("InvalidProgramId", () => mint(IO, { ioTokenProgram: TOKEN_2022_PROGRAM_ID }));
      await rejects("InvalidProgramId", () => mint(IO, { iosdTokenProgram: TOKEN_2022_PROGRAM_ID }));
      await rejects("ConstraintTokenMint", () => mint(IO, { userIosd: userIo }));
      await rejects("ConstraintAddress", () => mint(IO, { treasury: userIo }));
      const ix = await mintIosdIx(world.iosd, params(IO)).instruction();
      await rejects("ConstraintSigner", () => world.send(withoutSigner(ix, 0)));
      await rejects("ConstraintAddress", () => world.send(withAccount(ix, 7, world.ioMint), [user]));
      const { keypair: thief } = await world.newIoHolder(0n);
      await rejects("ConstraintTokenOwner", () => mintIosdIx(world.iosd, params(IO, { user: thief.publicKey })).signers([thief]).rpc());
    });
  });
});

describe("iosd: update_config, admin transfer, pause", () => {
  let world: World;
  beforeEach(async () => {
    world = await new World().createIo();
    await world.initIosd();
  });

  it("update_config changes the guards, fee, window and treasury; only the admin may", async () => {
    const { token: newTreasury } = await world.newIoHolder(0n);
    const settings = { ...world.iosdParams(), maxStalenessSeconds: 30, maxConfBps: 50, confMultiplier: 3, feeBps: 10, windowSeconds: 600, windowCap: 5n * IOSD };
    const stranger = Keypair.generate();
    world.provider.airdrop(stranger.publicKey, 10n ** 9n);
    const ix = await updateIosdConfigIx(world.iosd, stranger.publicKey, newTreasury, settings).instruction();
    await expectRejected(world, [iosdPdas.config()], () => world.send(ix, [stranger]), "NotAdmin");
    await expectRejected(world, [iosdPdas.config()], () => updateIosdConfigIx(world.iosd, world.admin.publicKey, newTreasury, { ...settings, feeBps: 1_001 }).rpc(), "InvalidFee");
    setUnixTimestamp(world.svm, NOW); // a cluster's clock (a change is never ready at time 0)
    await updateIosdConfigIx(world.iosd, world.admin.publicKey, newTreasury, settings).rpc();
    expect((await fetchIosdConfig(world.iosd)).pendingTreasury.toBase58()).to.equal(newTreasury.toBase58());
    await iosd.applyConfigChangeIx(world.iosd).rpc(); // the new treasury waits out the config's delay (0 here)
    const c = await fetchIosdConfig(world.iosd);
    expect([c.maxStaleness, c.maxConfBps, c.confMultiplier, c.feeBps, c.windowSeconds]).to.deep.equal([30, 50, 3, 10, 600]);
    expect(big(c.windowCap)).to.equal(5n * IOSD);
    expect(c.treasury.toBase58()).to.equal(newTreasury.toBase58());
  });

  it("two-step admin transfer; pause by anyone but the admin is refused", async () => {
    const next = Keypair.generate();
    await proposeAdminIx(world.iosd, world.admin.publicKey, next.publicKey).rpc();
    await expectRejected(world, [iosdPdas.config()], () => acceptAdminIx(world.iosd, world.admin.publicKey).rpc(), "NotPendingAdmin");
    await acceptAdminIx(world.iosd, next.publicKey).signers([next]).rpc();
    expect((await fetchIosdConfig(world.iosd)).admin.toBase58()).to.equal(next.publicKey.toBase58());
    await expectRejected(world, [iosdPdas.config()], () => pauseIx(world.iosd, world.admin.publicKey).rpc(), "NotAdmin");
    await pauseIx(world.iosd, next.publicKey).signers([next]).rpc();
    expect((await fetchIosdConfig(world.iosd)).paused).to.equal(true);
  });
});
