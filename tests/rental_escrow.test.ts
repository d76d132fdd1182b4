import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, iosd, rentalEscrow } from "@io-compute/sdk";
import { setUnixTimestamp } from "@io-compute/sdk/testing";
import { big, expectRejected, World, withAccount, withoutSigner } from "./helpers";

const { rentalEscrowPdas, initializeMarketIx, fetchMarket } = rentalEscrow;

describe("rental_escrow: initialize", () => {
  async function ready(stakingOverrides: Partial<ioStaking.InitializeStakingParams> = {}) {
    const world = await new World().createIo();
    await world.initStaking(stakingOverrides);
    await world.initIosd();
    return world;
  }

  it("creates the market bound to io_staking, the IOSD and IO mints and both treasuries", async () => {
    const world = await ready();
    const params = world.marketParams();
    await initializeMarketIx(world.escrow, params).rpc();

    const market = await fetchMarket(world.escrow);
    expect(market.admin.toBase58()).to.equal(world.admin.publicKey.toBase58());
    expect(market.pendingAdmin.toBase58()).to.equal(PublicKey.default.toBase58());
    expect(market.arbiter.toBase58()).to.equal(world.arbiter.publicKey.toBase58());
    expect(market.iosdMint.toBase58()).to.equal(params.iosdMint.toBase58());
    expect(market.ioMint.toBase58()).to.equal(world.ioMint.toBase58());
    expect(market.treasuryIosd.toBase58()).to.equal(params.treasuryIosd.toBase58());
    expect(market.treasuryIo.toBase58()).to.equal(world.ioTreasury.toBase58());
    expect(market.stakingConfig.toBase58()).to.equal(ioStaking.ioStakingPdas.config().toBase58());
    expect([market.usdcMint.toBase58(), market.treasuryUsdc.toBase58()]).to.deep.equal([world.usdcMint.toBase58(), world.usdcTreasury.toBase58()]);
    expect([market.renterFeeBps, market.supplierFeeBps]).to.deep.equal([
      [25, 0, 200],
      [25, 0, 200],
    ]);
    expect(rentalEscrow.marketFees(market)).to.deep.equal(rentalEscrow.IO_NET_FEES);
    expect([big(market.ioFeesBurned), market.supplierLedger.toBase58()]).to.deep.equal([0n, PublicKey.default.toBase58()]);
    expect(market.disputeWindow.toString()).to.equal((3 * 86_400).toString());
    expect(market.maxRentalDuration.toString()).to.equal((90 * 86_400).toString());
    expect(market.paused).to.equal(false);
    expect(market.bump).to.equal(PublicKey.findProgramAddressSync([Buffer.from("market")], rentalEscrow.RENTAL_ESCROW_PROGRAM_ID)[1]);
  });

  describe("rejects, changing nothing", () => {
    const keys = () => [rentalEscrowPdas.market()];

    it("a second initialize", async () => {
      const world = await ready();
      await world.initMarket();
      await expectRejected(world, keys(), () => world.initMarket({ disputeWindowSeconds: 0n }), "AccountDiscriminatorAlreadySet");
    });

    it("a signer who is not the program's upgrade authority", async () => {
      const world = await ready();
      const squatter = Keypair.generate();
      world.provider.airdrop(squatter.publicKey, 10n ** 9n);
      const ix = await initializeMarketIx(world.escrow, world.marketParams({ admin: squatter.publicKey })).instruction();
      await expectRejected(world, [...keys(), squatter.publicKey], () => world.send(ix, [squatter]), "NotUpgradeAuthority");
    });

    it("an admin that did not sign", async () => {
      const world = await ready();
      const other = Keypair.generate();
      world.provider.airdrop(other.publicKey, 10n ** 9n);
      const ix = await initializeMarketIx(world.escrow, world.marketParams({ admin: other.publicKey })).instruction();
      await expectRejected(world, [...keys(), other.publicKey], () => world.send(withoutSigner(ix, 0)), "ConstraintSigner");
    });

    it("a market that is not the market PDA", async () => {
      const world = await ready();
      const fake = Keypair.generate().publicKey;
      const ix = await initializeMarketIx(world.escrow, world.marketParams()).instruction();
      await expectRejected(world, [...keys(), fake], () => world.send(withAccount(ix, 1, fake)), "ConstraintSeeds");
    });

    it("a staking config whose bond authority is not this market", async () => {
      const world = await ready({ bondAuthority: Keypair.generate().publicKey });
      await expectRejected(world, keys(), () => world.initMarket(), "BondAuthorityMismatch");
    });

    it("a staking config not owned by io_staking", async () => {
      const world = await ready();
      // The iosd config is a real program account, but of another program.
      await expectRejected(world, keys(), () => world.initMarket({ stakingConfig: iosd.iosdPdas.config() }), "AccountOwnedByWrongProgram");
    });

    it("treasuries of the wrong mints", async () => {
      const world = await ready();
      const params = world.marketParams();
      await expectRejected(world, keys(), () => world.initMarket({ treasuryIosd: params.treasuryIo }), "ConstraintTokenMint");
      await expectRejected(world, keys(), () => world.initMarket({ treasuryIo: params.treasuryIosd }), "ConstraintTokenMint");
      // USDC must be a mint of its own: were it IO, USDC rentals would have IO's fees (burned).
      await expectRejected(world, keys(), () => world.initMarket({ usdcMint: world.ioMint, treasuryUsdc: world.ioTreasury }), "DuplicatePaymentMint");
    });

    it("invalid fees, windows and arbiter, each with its named error", async () => {
      const world = await ready();
      const fees = (name: rentalEscrow.PaymentMintName, side: keyof rentalEscrow.MintFees) => ({
        ...rentalEscrow.IO_NET_FEES,
        [name]: { ...rentalEscrow.IO_NET_FEES[name], [side]: 1_001 },
      });
      for (const name of rentalEscrow.PAYMENT_MINTS) {
        await expectRejected(world, keys(), () => world.initMarket({ fees: fees(name, "renterBps") }), "InvalidFee");
        await expectRejected(world, keys(), () => world.initMarket({ fees: fees(name, "supplierBps") }), "InvalidFee");
      }
      await expectRejected(world, keys(), () => world.initMarket({ disputeWindowSeconds: -1n }), "InvalidDisputeWindow");
      await expectRejected(world, keys(), () => world.initMarket({ disputeWindowSeconds: 31n * 86_400n }), "InvalidDisputeWindow");
      await expectRejected(world, keys(), () => world.initMarket({ maxRentalDurationSeconds: 3_599n }), "InvalidMaxDuration");
      await expectRejected(world, keys(), () => world.initMarket({ arbiter: PublicKey.default }), "InvalidArbiter");
    });
  });

  describe("admin", () => {
    const settings = (overrides: Partial<rentalEscrow.MarketSettings> = {}): rentalEscrow.MarketSettings => ({
      arbiter: Keypair.generate().publicKey,
      fees: { iosd: { renterBps: 10, supplierBps: 40 }, io: { renterBps: 5, supplierBps: 0 }, usdc: { renterBps: 150, supplierBps: 250 } },
      disputeWindowSeconds: 86_400n,
      maxRentalDurationSeconds: 7n * 86_400n,
      minRentalDurationSeconds: 1_800n,
      ...overrides,
    });

    it("update_market changes the arbiter, fees and windows; only the admin, only valid values", async () => {
      const world = await ready();
      await world.initMarket();
      const next = settings();
      setUnixTimestamp(world.svm, 1_800_000_000n); // a cluster's clock (a change is never ready at time 0)
      await rentalEscrow.updateMarketIx(world.escrow, world.admin.publicKey, next).rpc();
      await rentalEscrow.applyConfigChangeIx(world.escrow).rpc(); // the new arbiter waits out the delay (0 here)
      const market = await fetchMarket(world.escrow);
      expect(market.arbiter.toBase58()).to.equal(next.arbiter.toBase58());
      expect([
        market.renterFeeBps,
        market.supplierFeeBps,
        market.disputeWindow.toString(),
        market.maxRentalDuration.toString(),
        market.minRentalDuration.toString(),
      ]).to.deep.equal([[10, 5, 150], [40, 0, 250], "86400", "604800", "1800"]);
      expect(rentalEscrow.marketFees(market)).to.deep.equal(next.fees);

      const stranger = Keypair.generate();
      const keys = [rentalEscrowPdas.market()];
      await expectRejected(world, keys, () => rentalEscrow.updateMarketIx(world.escrow, stranger.publicKey, settings()).signers([stranger]).rpc(), "NotAdmin");
      await expectRejected(
        world,
        keys,
        () =>
          rentalEscrow
            .updateMarketIx(
              world.escrow,
              world.admin.publicKey,
              settings({ fees: { ...rentalEscrow.IO_NET_FEES, usdc: { renterBps: 200, supplierBps: 1_001 } } }),
            )
            .rpc(),
        "InvalidFee",
      );
      await expectRejected(
        world,
        keys,
        () => rentalEscrow.updateMarketIx(world.escrow, world.admin.publicKey, settings({ maxRentalDurationSeconds: 366n * 86_400n })).rpc(),
        "InvalidMaxDuration",
      );
      await expectRejected(
        world,
        keys,
        () => rentalEscrow.updateMarketIx(world.escrow, world.admin.publicKey, settings({ minRentalDurationSeconds: 7n * 86_400n + 1n })).rpc(),
        "InvalidMinDuration",
      );
      await expectRejected(
        world,
        keys,
        () => rentalEscrow.updateMarketIx(world.escrow, world.admin.publicKey, settings({ minRentalDurationSeconds: -1n })).rpc(),
        "InvalidMinDuration",
      );
    });

    it("transfers the admin role in two steps and pauses", async () => {
      const world = await ready();
      await world.initMarket();
      const next = Keypair.generate();
      await rentalEscrow.proposeAdminIx(world.escrow, world.admin.publicKey, next.publicKey).rpc();
      const keys = [rentalEscrowPdas.market()];
      await expectRejected(
        world,
        keys,
        () => rentalEscrow.acceptAdminIx(world.escrow, world.arbiter.publicKey).signers([world.arbiter]).rpc(),
        "NotPendingAdmin",
      );
      await rentalEscrow.acceptAdminIx(world.escrow, next.publicKey).signers([next]).rpc();
      expect((await fetchMarket(world.escrow)).admin.toBase58()).to.equal(next.publicKey.toBase58());
      await expectRejected(world, keys, () => rentalEscrow.pauseIx(world.escrow, world.admin.publicKey).rpc(), "NotAdmin");
      await rentalEscrow.pauseIx(world.escrow, next.publicKey).signers([next]).rpc();
      expect((await fetchMarket(world.escrow)).paused).to.equal(true);
      await rentalEscrow.unpauseIx(world.escrow, next.publicKey).signers([next]).rpc();
      expect((await fetchMarket(world.escrow)).paused).to.equal(false);
    });
  });
});
