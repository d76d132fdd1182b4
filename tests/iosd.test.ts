import { expect } from "chai";
import { getMetadataPointerState, getMint, getTokenMetadata, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { createAta, createMint, iosd } from "@io-compute/sdk";
import { setUpgradeAuthority } from "@io-compute/sdk/testing";
import { expectRejected, FEED_ID, World, withAccount, withoutSigner } from "./helpers";

const { iosdPdas, initializeIosdIx, fetchIosdConfig } = iosd;

describe("iosd: initialize", () => {
  it("creates the config and the IOSD mint with the config PDA as its only authority", async () => {
    const world = await new World().createIo();
    await world.initIosd();

    const config = await fetchIosdConfig(world.iosd);
    expect(config.admin.toBase58()).to.equal(world.admin.publicKey.toBase58());
    expect(config.pendingAdmin.toBase58()).to.equal(PublicKey.default.toBase58());
    expect(config.ioMint.toBase58()).to.equal(world.ioMint.toBase58());
    expect(config.ioTokenProgram.toBase58()).to.equal(TOKEN_PROGRAM_ID.toBase58());
    expect(config.iosdMint.toBase58()).to.equal(iosdPdas.iosdMint().toBase58());
    expect(config.iosdTokenProgram.toBase58()).to.equal(TOKEN_PROGRAM_ID.toBase58());
    expect(config.treasury.toBase58()).to.equal(world.ioTreasury.toBase58());
    expect(config.pythReceiver.toBase58()).to.equal(iosd.PYTH_RECEIVER_PROGRAM_ID.toBase58());
    expect(Buffer.from(config.feedId)).to.deep.equal(FEED_ID);
    expect(config.maxStaleness).to.equal(60);
    expect(config.maxConfBps).to.equal(200);
    expect(config.confMultiplier).to.equal(2);
    expect(config.feeBps).to.equal(30);
    expect(config.windowSeconds).to.equal(86_400);
    expect(config.windowCap.toString()).to.equal((1_000_000n * 10n ** 6n).toString());
    for (const zero of [config.windowStart, config.windowMinted, config.totalIoBurned, config.totalIosdMinted, config.totalFees]) {
      expect(zero.toString()).to.equal("0");
    }
    expect(config.ioDecimals).to.equal(8);
    expect(config.paused).to.equal(false);

    const mint = await getMint(world.provider.connection, iosdPdas.iosdMint(), undefined, TOKEN_PROGRAM_ID);
    expect(mint.decimals).to.equal(iosd.IOSD_DECIMALS);
    expect(mint.supply).to.equal(0n);
    expect(mint.mintAuthority!.toBase58()).to.equal(iosdPdas.config().toBase58());
    expect(mint.freezeAuthority).to.equal(null);
    expect(mint.isInitialized).to.equal(true);
  });

  it("works with IO on Token-2022", async () => {
    const world = await new World(TOKEN_2022_PROGRAM_ID).createIo();
    await world.initIosd();
    expect((await fetchIosdConfig(world.iosd)).ioTokenProgram.toBase58()).to.equal(TOKEN_2022_PROGRAM_ID.toBase58());
  });

  it("on Token-2022, IOSD carries its name and symbol in the mint (metadata pointer to itself, config as update authority)", async () => {
    const world = await new World().createIo();
    await iosd.initializeIosdIx(world.iosd, world.iosdParams({ iosdTokenProgram: TOKEN_2022_PROGRAM_ID })).rpc();
    const conn = world.provider.connection;
    const mint = await getMint(conn, iosdPdas.iosdMint(), undefined, TOKEN_2022_PROGRAM_ID);
    expect(mint.decimals).to.equal(iosd.IOSD_DECIMALS);
    expect(mint.mintAuthority!.toBase58()).to.equal(iosdPdas.config().toBase58());
    expect(mint.freezeAuthority).to.equal(null);
    const pointer = getMetadataPointerState(mint)!;
    expect(pointer.metadataAddress!.toBase58()).to.equal(iosdPdas.iosdMint().toBase58());
    expect(pointer.authority!.toBase58()).to.equal(iosdPdas.config().toBase58());
    const metadata = (await getTokenMetadata(conn, iosdPdas.iosdMint(), undefined, TOKEN_2022_PROGRAM_ID))!;
    expect(metadata.name).to.equal("IO Dollar");
    expect(metadata.symbol).to.equal("IOSD");
    expect(metadata.uri).to.equal("");
    expect(metadata.updateAuthority!.toBase58()).to.equal(iosdPdas.config().toBase58());
    expect((await fetchIosdConfig(world.iosd)).iosdTokenProgram.toBase58()).to.equal(TOKEN_2022_PROGRAM_ID.toBase58());
  });

  describe("rejects, changing nothing", () => {
    let world: World;
    let keys: PublicKey[];
    beforeEach(async () => {
      world = await new World().createIo();
      keys = [iosdPdas.config(), iosdPdas.iosdMint(), world.ioTreasury];
    });
    const ix = () => initializeIosdIx(world.iosd, world.iosdParams()).instruction();

    it("a second initialize", async () => {
      await world.initIosd();
      await expectRejected(world, keys, () => world.initIosd({ feeBps: 0 }), "AccountDiscriminatorAlreadySet");
    });

    it("a signer who is not the program's upgrade authority", async () => {
      const squatter = Keypair.generate();
      world.provider.airdrop(squatter.publicKey, 10n ** 9n);
      const ix = await initializeIosdIx(world.iosd, world.iosdParams({ admin: squatter.publicKey })).instruction();
      await expectRejected(world, [...keys, squatter.publicKey], () => world.send(ix, [squatter]), "NotUpgradeAuthority");
      setUpgradeAuthority(world.svm, iosd.IOSD_PROGRAM_ID, null);
      await expectRejected(world, keys, () => world.initIosd(), "NotUpgradeAuthority");
    });

    it("an admin that did not sign", async () => {
      const other = Keypair.generate();
      world.provider.airdrop(other.publicKey, 10n ** 9n);
      const tampered = withoutSigner(await initializeIosdIx(world.iosd, world.iosdParams({ admin: other.publicKey })).instruction(), 0);
      await expectRejected(world, [...keys, other.publicKey], () => world.send(tampered), "ConstraintSigner");
    });

    it("a config or mint that is not its PDA", async () => {
      const fake = Keypair.generate().publicKey;
      await expectRejected(world, [...keys, fake], async () => world.send(withAccount(await ix(), 1, fake)), "ConstraintSeeds");
      await expectRejected(world, [...keys, fake], async () => world.send(withAccount(await ix(), 3, fake)), "ConstraintSeeds");
    });

    it("a treasury that is not an IO account", async () => {
      const otherMint = await createMint(world.provider, 8, world.admin.publicKey, TOKEN_PROGRAM_ID);
      const wrong = await createAta(world.provider, otherMint, world.admin.publicKey, TOKEN_PROGRAM_ID);
      await expectRejected(world, keys, () => world.initIosd({ treasury: wrong }), "ConstraintTokenMint");
    });

    it("an IO token program that does not own the IO mint", async () => {
      await expectRejected(world, keys, () => world.initIosd({ ioTokenProgram: TOKEN_2022_PROGRAM_ID }), "ConstraintMintTokenProgram");
    });

    it("invalid oracle guards, fee and window, each with its named error", async () => {
      await expectRejected(world, keys, () => world.initIosd({ pythReceiver: PublicKey.default }), "InvalidOracle");
      await expectRejected(world, keys, () => world.initIosd({ feedId: Buffer.alloc(32) }), "InvalidOracle");
      await expectRejected(world, keys, () => world.initIosd({ maxStalenessSeconds: 0 }), "InvalidStaleness");
      await expectRejected(world, keys, () => world.initIosd({ maxStalenessSeconds: 121 }), "InvalidStaleness");
      await expectRejected(world, keys, () => world.initIosd({ confMultiplier: 0 }), "InvalidConfidenceMultiplier");
      await expectRejected(world, keys, () => world.initIosd({ maxConfBps: 0 }), "InvalidConfidenceLimit");
      await expectRejected(world, keys, () => world.initIosd({ maxConfBps: 10_001 }), "InvalidConfidenceLimit");
      await expectRejected(world, keys, () => world.initIosd({ confMultiplier: 11 }), "InvalidConfidenceMultiplier");
      await expectRejected(world, keys, () => world.initIosd({ feeBps: 1_001 }), "InvalidFee");
      await expectRejected(world, keys, () => world.initIosd({ windowSeconds: 0 }), "InvalidMintWindow");
      await expectRejected(world, keys, () => world.initIosd({ windowCap: 0n }), "InvalidMintWindow");
    });
  });
});
