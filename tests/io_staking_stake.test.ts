import { expect } from "chai";
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { createAta, createMint, ioStaking, mintTo, tokenBalance } from "@io-compute/sdk";
import { expectRejected, IO, World, withAccount, withoutSigner } from "./helpers";

const { ioStakingPdas, positionPda, stakeIx, fetchPosition, fetchStakingConfig } = ioStaking;

describe("io_staking: stake", () => {
  let world: World;
  let staker: Keypair;
  let stakerIo: PublicKey;
  const vault = () => ioStakingPdas.stakeVault();

  async function setup(tokenProgram = TOKEN_PROGRAM_ID) {
    world = await new World(tokenProgram).createIo();
    await world.initStaking();
    staker = Keypair.generate();
    world.provider.airdrop(staker.publicKey, 10n ** 10n);
    stakerIo = await createAta(world.provider, world.ioMint, staker.publicKey, tokenProgram);
    await mintTo(world.provider, world.ioMint, stakerIo, world.ioMintAuthority, 1_000n * IO, tokenProgram);
  }
  const params = (amount: bigint, overrides: Partial<ioStaking.StakeParams> = {}): ioStaking.StakeParams => ({
    owner: staker.publicKey,
    ownerToken: stakerIo,
    ioMint: world.ioMint,
    tokenProgram: world.ioTokenProgram,
    amount,
    ...overrides,
  });
  const stake = (amount: bigint, overrides: Partial<ioStaking.StakeParams> = {}) =>
    stakeIx(world.staking, params(amount, overrides)).signers([staker]).rpc();

  for (const tokenProgram of [TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID]) {
    it(`creates the position, moves the IO into the vault and emits Staked (${tokenProgram.equals(TOKEN_PROGRAM_ID) ? "SPL Token" : "Token-2022"})`, async () => {
      await setup(tokenProgram);
      await stake(300n * IO);
      const event = world.provider.lastResult!.events.find((e) => e.name === "staked");
      expect(event, "Staked event").to.not.equal(undefined);
      expect((event!.data.owner as PublicKey).toBase58()).to.equal(staker.publicKey.toBase58());
      expect(String(event!.data.amount)).to.equal((300n * IO).toString());
      expect(String(event!.data.totalStaked)).to.equal((300n * IO).toString());

      expect(await tokenBalance(world.provider, stakerIo, tokenProgram)).to.equal(700n * IO);
      expect(await tokenBalance(world.provider, vault(), tokenProgram)).to.equal(300n * IO);
      const position = (await fetchPosition(world.staking, staker.publicKey))!;
      expect(position.owner.toBase58()).to.equal(staker.publicKey.toBase58());
      expect(position.staked.toString()).to.equal((300n * IO).toString());
      expect(position.bonded.toString()).to.equal("0");
      expect(position.pendingUnstake.toString()).to.equal("0");
      expect(position.rewardsOwed.toString()).to.equal("0");
      expect(position.bump).to.equal(PublicKey.findProgramAddressSync([Buffer.from("stake"), staker.publicKey.toBuffer()], ioStaking.IO_STAKING_PROGRAM_ID)[1]);
      expect((await fetchStakingConfig(world.staking)).totalStaked.toString()).to.equal((300n * IO).toString());
    });
  }

  it("adds to an existing position and to the total across stakers", async () => {
    await setup();
    await stake(100n * IO);
    await stake(50n * IO);
    const other = Keypair.generate();
    world.provider.airdrop(other.publicKey, 10n ** 10n);
    const otherIo = await createAta(world.provider, world.ioMint, other.publicKey, TOKEN_PROGRAM_ID);
    await mintTo(world.provider, world.ioMint, otherIo, world.ioMintAuthority, 20n * IO, TOKEN_PROGRAM_ID);
    await stakeIx(world.staking, { ...params(20n * IO), owner: other.publicKey, ownerToken: otherIo }).signers([other]).rpc();

    expect((await fetchPosition(world.staking, staker.publicKey))!.staked.toString()).to.equal((150n * IO).toString());
    expect((await fetchPosition(world.staking, other.publicKey))!.staked.toString()).to.equal((20n * IO).toString());
    expect((await fetchStakingConfig(world.staking)).totalStaked.toString()).to.equal((170n * IO).toString());
    expect(await tokenBalance(world.provider, vault(), TOKEN_PROGRAM_ID)).to.equal(170n * IO);
  });

  describe("rejects, changing nothing", () => {
    beforeEach(() => setup());
    const keys = () => [staker.publicKey, stakerIo, vault(), ioStakingPdas.config(), positionPda(staker.publicKey)];

    it("a zero amount", async () => {
      await expectRejected(world, keys(), () => stake(0n), "ZeroAmount");
    });

    it("an amount above the balance", async () => {
      await expectRejected(world, keys(), () => stake(1_000n * IO + 1n), "InsufficientBalance");
    });

    it("an owner that did not sign", async () => {
      const ix = withoutSigner(await stakeIx(world.staking, params(IO)).instruction(), 0);
      await expectRejected(world, keys(), () => world.send(ix), "ConstraintSigner");
    });

    it("a token account of someone else", async () => {
      const thief = Keypair.generate();
      world.provider.airdrop(thief.publicKey, 10n ** 10n);
      const ix = await stakeIx(world.staking, params(IO, { owner: thief.publicKey })).instruction();
      await expectRejected(world, [...keys(), thief.publicKey], () => world.send(ix, [thief]), "ConstraintTokenOwner");
    });

    it("a mint that is not IO, and a token account of another mint", async () => {
      const fakeIo = await createMint(world.provider, 8, world.admin.publicKey, TOKEN_PROGRAM_ID);
      const fakeAccount = await createAta(world.provider, fakeIo, staker.publicKey, TOKEN_PROGRAM_ID);
      await expectRejected(world, keys(), () => stake(IO, { ioMint: fakeIo, ownerToken: fakeAccount }), "ConstraintAddress");
      await expectRejected(world, [...keys(), fakeAccount], () => stake(IO, { ownerToken: fakeAccount }), "ConstraintTokenMint");
    });

    it("a token program other than the config's", async () => {
      await expectRejected(world, keys(), () => stake(IO, { tokenProgram: TOKEN_2022_PROGRAM_ID }), "InvalidProgramId");
    });

    it("a vault that is not the stake vault (the reward vault), or the source itself", async () => {
      const ix = await stakeIx(world.staking, params(IO)).instruction();
      await expectRejected(world, keys(), () => world.send(withAccount(ix, 4, ioStakingPdas.rewardVault()), [staker]), "ConstraintAddress");
    });

    it("a position that is not the owner's PDA", async () => {
      const ix = await stakeIx(world.staking, params(IO)).instruction();
      const fake = Keypair.generate().publicKey;
      await expectRejected(world, [...keys(), fake], () => world.send(withAccount(ix, 2, fake), [staker]), "ConstraintSeeds");
    });

    it("someone else's existing position", async () => {
      await stake(IO);
      const other = Keypair.generate();
      world.provider.airdrop(other.publicKey, 10n ** 10n);
      const otherIo = await createAta(world.provider, world.ioMint, other.publicKey, TOKEN_PROGRAM_ID);
      await mintTo(world.provider, world.ioMint, otherIo, world.ioMintAuthority, 5n * IO, TOKEN_PROGRAM_ID);
      const ix = await stakeIx(world.staking, { ...params(IO), owner: other.publicKey, ownerToken: otherIo }).instruction();
      await expectRejected(world, [...keys(), otherIo], () => world.send(withAccount(ix, 2, positionPda(staker.publicKey)), [other]), "ConstraintSeeds");
    });
  });
});
