import { expect } from "chai";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { computeTokens, iosd, rentalEscrow } from "@io-compute/sdk";
import { expectRejected, World, withAccount, withoutSigner } from "./helpers";

const { computeTokensPdas, initializeComputeTokensIx, fetchComputeTokensConfig } = computeTokens;

describe("compute_tokens: initialize", () => {
  async function ready() {
    const world = await new World().createIo();
    await world.initStaking();
    await world.initIosd();
    await world.initMarket();
    return world;
  }
  const params = (world: World, overrides: Partial<computeTokens.InitializeComputeTokensParams> = {}) => ({
    admin: world.admin.publicKey,
    iosdMint: iosd.iosdPdas.iosdMint(),
    market: rentalEscrow.rentalEscrowPdas.market(),
    operatorBps: computeTokens.DEFAULT_OPERATOR_BPS,
    ...overrides,
  });

  it("creates the config bound to the market and its IOSD mint, with the 10% operator split", async () => {
    const world = await ready();
    await world.initComputeTokens();
    const config = await fetchComputeTokensConfig(world.computeTokens);
    expect(config.admin.toBase58()).to.equal(world.admin.publicKey.toBase58());
    expect(config.pendingAdmin.toBase58()).to.equal(PublicKey.default.toBase58());
    expect(config.iosdMint.toBase58()).to.equal(iosd.iosdPdas.iosdMint().toBase58());
    expect(config.iosdTokenProgram.toBase58()).to.equal(TOKEN_PROGRAM_ID.toBase58());
    expect(config.market.toBase58()).to.equal(rentalEscrow.rentalEscrowPdas.market().toBase58());
    expect(config.operatorBps).to.equal(1_000);
    expect(config.poolCount.toString()).to.equal("0");
    expect(config.paused).to.equal(false);
  });

  describe("rejects, changing nothing", () => {
    const keys = () => [computeTokensPdas.config()];

    it("a second initialize", async () => {
      const world = await ready();
      await world.initComputeTokens();
      await expectRejected(world, keys(), () => world.initComputeTokens({ operatorBps: 0 }), "AccountDiscriminatorAlreadySet");
    });

    it("a signer who is not the program's upgrade authority", async () => {
      const world = await ready();
      const squatter = Keypair.generate();
      world.provider.airdrop(squatter.publicKey, 10n ** 9n);
      const ix = await initializeComputeTokensIx(world.computeTokens, params(world, { admin: squatter.publicKey })).instruction();
      await expectRejected(world, [...keys(), squatter.publicKey], () => world.send(ix, [squatter]), "NotUpgradeAuthority");
    });

    it("an admin that did not sign", async () => {
      const world = await ready();
      const other = Keypair.generate();
      world.provider.airdrop(other.publicKey, 10n ** 9n);
      const ix = await initializeComputeTokensIx(world.computeTokens, params(world, { admin: other.publicKey })).instruction();
      await expectRejected(world, [...keys(), other.publicKey], () => world.send(withoutSigner(ix, 0)), "ConstraintSigner");
    });

    it("a config that is not the config PDA", async () => {
      const world = await ready();
      const fake = Keypair.generate().publicKey;
      const ix = await initializeComputeTokensIx(world.computeTokens, params(world)).instruction();
      await expectRejected(world, [...keys(), fake], () => world.send(withAccount(ix, 1, fake)), "ConstraintSeeds");
    });

    it("a market account that is not rental_escrow's", async () => {
      const world = await ready();
      await expectRejected(world, keys(), () => world.initComputeTokens({ market: iosd.iosdPdas.config() }), "AccountOwnedByWrongProgram");
    });

    it("a mint that is not the market's IOSD", async () => {
      const world = await ready();
      await expectRejected(world, keys(), () => world.initComputeTokens({ iosdMint: world.ioMint }), "MintMismatch");
    });

    it("an operator share above 100%", async () => {
      const world = await ready();
      await expectRejected(world, keys(), () => world.initComputeTokens({ operatorBps: 10_001 }), "InvalidSplit");
    });
  });
});
