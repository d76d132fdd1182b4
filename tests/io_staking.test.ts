import { expect } from "chai";
import { getAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram } from "@solana/web3.js";
import { createAta, createMint, ioStaking, iosd } from "@io-compute/sdk";
import { setUpgradeAuthority, UPGRADEABLE_LOADER_ID } from "@io-compute/sdk/testing";
import { expectError, expectRejected, IO, World, withAccount, withData, withoutSigner } from "./helpers";

const { ioStakingPdas, initializeStakingIx, fetchStakingConfig } = ioStaking;

describe("io_staking: initialize", () => {
  for (const tokenProgram of [TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID]) {
    const label = tokenProgram.equals(TOKEN_PROGRAM_ID) ? "SPL Token" : "Token-2022";

    it(`creates the config and both vaults for an IO mint on ${label}`, async () => {
      const world = await new World(tokenProgram).createIo();
      const adminLamportsBefore = await world.provider.connection.getBalance(world.admin.publicKey);
      await world.initStaking();

      const config = await fetchStakingConfig(world.staking);
      expect(config.admin.toBase58()).to.equal(world.admin.publicKey.toBase58());
      expect(config.pendingAdmin.toBase58()).to.equal(PublicKey.default.toBase58());
      expect(config.ioMint.toBase58()).to.equal(world.ioMint.toBase58());
      expect(config.tokenProgram.toBase58()).to.equal(tokenProgram.toBase58());
      expect(config.stakeVault.toBase58()).to.equal(ioStakingPdas.stakeVault().toBase58());
      expect(config.rewardVault.toBase58()).to.equal(ioStakingPdas.rewardVault().toBase58());
      expect(config.treasury.toBase58()).to.equal(world.ioTreasury.toBase58());
      expect(config.bondAuthority.toBase58()).to.equal(world.stakingParams().bondAuthority.toBase58());
      expect(config.slashAuthority.toBase58()).to.equal(world.slashAuthority.publicKey.toBase58());
      expect(config.unstakeCooldown.toString()).to.equal((14 * 86_400).toString());
      expect(config.minStakePerGpu.toString()).to.equal((200n * IO).toString());
      expect(config.classMultipliersBps).to.deep.equal([10_000, 15_000, 20_000, 40_000, ...Array(12).fill(0)]);
      expect(config.rewardRate.toString()).to.equal("0");
      expect(config.rewardPeriodEnd.toString()).to.equal("0");
      expect(config.rewardPerToken.toString()).to.equal("0");
      expect(config.totalStaked.toString()).to.equal("0");
      expect(config.totalBonded.toString()).to.equal("0");
      expect(config.totalPendingUnstake.toString()).to.equal("0");
      expect(config.ioDecimals).to.equal(8);
      expect(config.paused).to.equal(false);
      const [, bump] = PublicKey.findProgramAddressSync([Buffer.from("config")], ioStaking.IO_STAKING_PROGRAM_ID);
      expect(config.bump).to.equal(bump);

      for (const vault of [ioStakingPdas.stakeVault(), ioStakingPdas.rewardVault()]) {
        const account = await getAccount(world.provider.connection, vault, undefined, tokenProgram);
        expect(account.mint.toBase58()).to.equal(world.ioMint.toBase58());
        expect(account.owner.toBase58()).to.equal(ioStakingPdas.config().toBase58());
        expect(account.amount).to.equal(0n);
      }
      // The admin paid rent for the three accounts (and the fee), nothing else.
      const rent = async (len: number) => world.provider.connection.getMinimumBalanceForRentExemption(len);
      const configInfo = await world.provider.connection.getAccountInfo(ioStakingPdas.config());
      const vaultInfo = await world.provider.connection.getAccountInfo(ioStakingPdas.stakeVault());
      const paid = adminLamportsBefore - (await world.provider.connection.getBalance(world.admin.publicKey));
      expect(paid).to.equal((await rent(configInfo!.data.length)) + 2 * (await rent(vaultInfo!.data.length)) + 5000);
    });
  }

  it("still initializes when someone pre-funded the config address with lamports", async () => {
    const world = await new World().createIo();
    world.provider.airdrop(ioStakingPdas.config(), 1_000_000n);
    await world.initStaking();
    expect((await fetchStakingConfig(world.staking)).admin.toBase58()).to.equal(world.admin.publicKey.toBase58());
  });

  describe("rejects, changing nothing", () => {
    let world: World;
    let keys: PublicKey[];
    beforeEach(async () => {
      world = await new World().createIo();
      keys = [world.admin.publicKey, ioStakingPdas.config(), ioStakingPdas.stakeVault(), ioStakingPdas.rewardVault()];
    });
    const ix = () => initializeStakingIx(world.staking, world.stakingParams()).instruction();

    it("a second initialize", async () => {
      await world.initStaking();
      await expectRejected(world, keys, () => world.initStaking({ unstakeCooldown: 5n }), "AccountDiscriminatorAlreadySet");
    });

    it("an admin that did not sign", async () => {
      const other = Keypair.generate();
      world.provider.airdrop(other.publicKey, 10n ** 9n);
      const tampered = withoutSigner(await initializeStakingIx(world.staking, world.stakingParams({ admin: other.publicKey })).instruction(), 0);
      await expectRejected(world, [...keys, other.publicKey], () => world.send(tampered), "ConstraintSigner");
    });

    it("a signer who is not the program's upgrade authority (front-running the deployer)", async () => {
      const squatter = Keypair.generate();
      world.provider.airdrop(squatter.publicKey, 10n ** 9n);
      const ix = await initializeStakingIx(world.staking, world.stakingParams({ admin: squatter.publicKey })).instruction();
      await expectRejected(world, [...keys, squatter.publicKey], () => world.send(ix, [squatter]), "NotUpgradeAuthority");
    });

    it("any signer once the program is immutable (no upgrade authority)", async () => {
      setUpgradeAuthority(world.svm, ioStaking.IO_STAKING_PROGRAM_ID, null);
      await expectRejected(world, keys, () => world.initStaking(), "NotUpgradeAuthority");
    });

    it("a ProgramData account that is not this program's", async () => {
      const otherProgramData = PublicKey.findProgramAddressSync([iosd.IOSD_PROGRAM_ID.toBuffer()], UPGRADEABLE_LOADER_ID)[0];
      await expectRejected(world, keys, async () => world.send(withAccount(await ix(), 9, otherProgramData)), "AccountNotProgramData");
    });

    it("a program account that is not this program", async () => {
      await expectRejected(world, keys, async () => world.send(withAccount(await ix(), 8, iosd.IOSD_PROGRAM_ID)), "InvalidProgramId");
    });

    it("a config that is not the config PDA", async () => {
      const fake = Keypair.generate().publicKey;
      await expectRejected(world, [...keys, fake], async () => world.send(withAccount(await ix(), 1, fake)), "ConstraintSeeds");
    });

    it("a vault that is not its PDA", async () => {
      const other = PublicKey.findProgramAddressSync([Buffer.from("stake_vault"), Keypair.generate().publicKey.toBuffer()], ioStaking.IO_STAKING_PROGRAM_ID)[0];
      await expectRejected(world, keys, async () => world.send(withAccount(await ix(), 3, other)), "ConstraintSeeds");
    });

    it("a treasury of another mint", async () => {
      const otherMint = await createMint(world.provider, 6, world.admin.publicKey, TOKEN_PROGRAM_ID);
      const wrongTreasury = await createAta(world.provider, otherMint, world.admin.publicKey, TOKEN_PROGRAM_ID);
      await expectRejected(world, keys, () => world.initStaking({ treasury: wrongTreasury }), "ConstraintTokenMint");
    });

    it("a token program that is not SPL Token or Token-2022", async () => {
      await expectRejected(world, keys, async () => world.send(withAccount(await ix(), 6, SystemProgram.programId)), "InvalidProgramId");
    });

    it("a token program that does not own the mint", async () => {
      await expectRejected(world, keys, () => world.initStaking({ tokenProgram: TOKEN_2022_PROGRAM_ID }), "ConstraintMintTokenProgram");
    });

    it("a system program that is not the system program", async () => {
      await expectRejected(world, keys, async () => world.send(withAccount(await ix(), 7, TOKEN_PROGRAM_ID)), "InvalidProgramId");
    });

    it("too few accounts", async () => {
      const full = await ix();
      const short = withData(full, full.data);
      short.keys = short.keys.slice(0, 7);
      await expectRejected(world, keys, () => world.send(short), "AccountNotEnoughKeys");
    });

    it("invalid parameters, each with its named error", async () => {
      await expectRejected(world, keys, () => world.initStaking({ unstakeCooldown: 0n }), "InvalidCooldown");
      await expectRejected(world, keys, () => world.initStaking({ unstakeCooldown: 366n * 86_400n }), "InvalidCooldown");
      await expectRejected(world, keys, () => world.initStaking({ minStakePerGpu: 0n }), "InvalidMinStake");
      await expectRejected(world, keys, () => world.initStaking({ classMultipliersBps: [10_000, 9_999] }), "InvalidClassMultiplier");
      await expectRejected(world, keys, () => world.initStaking({ slashAuthority: PublicKey.default }), "InvalidAuthority");
    });

    it("malformed instruction data", async () => {
      const full = await ix();
      await expectRejected(world, keys, () => world.send(withData(full, Buffer.alloc(0))), "InstructionMissing");
      await expectRejected(world, keys, () => world.send(withData(full, Buffer.alloc(8, 1))), "InstructionFallbackNotFound");
      await expectRejected(world, keys, () => world.send(withData(full, full.data.subarray(0, full.data.length - 1))), "InstructionDidNotDeserialize");
      await expectRejected(world, keys, () => world.send(withData(full, Buffer.concat([full.data, Buffer.from([0])]))), "InstructionDidNotDeserialize");
    });
  });
});
