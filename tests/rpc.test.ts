// The programs over JSON-RPC on Agave's own solana-test-validator, oldest and newest supported versions (issue 14):
// the SDK on an AnchorProvider over a real Connection, confirmations over websockets, programs deployed
// upgradeable with the deployer as upgrade authority. 3.0.10 publishes the classic Rent sysvar (3,480 x 2.0),
// 4.2.0 the newer one; both must take every account the programs create. The validator's clock cannot be warped,
// so time-bound flows use short settings and real seconds.
import { expect } from "chai";
import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import { getTokenMetadata, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import { computeTokens, createAta, createMint, ioStaking, iosd, mintTo, rentalEscrow, tokenBalance } from "../sdk/src";
import { RunningValidator, startValidator, VALIDATOR_VERSIONS, validatorBinary } from "./rpc/validator";
import * as fs from "fs";

const IO = 10n ** 8n;
const FEED_ID = Buffer.alloc(32, 7);

for (const version of VALIDATOR_VERSIONS) {
  describe(`over JSON-RPC on Agave solana-test-validator ${version}`, function () {
    let v: RunningValidator;
    let provider: AnchorProvider;
    const ioMintAuthority = Keypair.generate();
    let ioMint: PublicKey;
    const programs = () => ({
      staking: ioStaking.ioStakingProgram(provider),
      iosd: iosd.iosdProgram(provider),
      escrow: rentalEscrow.rentalEscrowProgram(provider),
      computeTokens: computeTokens.computeTokensProgram(provider),
    });

    /** A funded wallet holding `io` IO in its associated account. */
    async function wallet(io: bigint): Promise<{ keypair: Keypair; io: PublicKey }> {
      const keypair = Keypair.generate();
      await provider.sendAndConfirm(new Transaction().add(SystemProgram.transfer({ fromPubkey: v.deployer.publicKey, toPubkey: keypair.publicKey, lamports: 10n ** 10n })));
      const account = await createAta(provider, ioMint, keypair.publicKey, TOKEN_PROGRAM_ID);
      if (io > 0n) await mintTo(provider, ioMint, account, ioMintAuthority, io, TOKEN_PROGRAM_ID);
      return { keypair, io: account };
    }

    /** The account exists and holds at least the cluster's rent-exempt minimum for its size. */
    async function expectRentExempt(name: string, key: PublicKey) {
      const info = await v.connection.getAccountInfo(key);
      expect(info, name).to.not.equal(null);
      const needed = await v.connection.getMinimumBalanceForRentExemption(info!.data.length);
      expect(info!.lamports >= needed, `${name}: ${info!.lamports} < ${needed}`).to.equal(true);
    }

    before(async function () {
      if (!fs.existsSync(validatorBinary(version))) throw new Error(`${validatorBinary(version)} missing: scripts/install-validators.sh installs it`);
      v = await startValidator(version);
      provider = new AnchorProvider(v.connection, new Wallet(v.deployer), { commitment: "confirmed" });
      ioMint = await createMint(provider, 8, ioMintAuthority.publicKey, TOKEN_PROGRAM_ID);
    });
    after(async () => v?.stop());

    it("initializes the four programs, IOSD on Token-2022 with its metadata, every account rent exempt", async () => {
      const { staking, iosd: iosdProgram, escrow, computeTokens: ct } = programs();
      const admin = v.deployer.publicKey;
      const ioTreasury = await createAta(provider, ioMint, admin, TOKEN_PROGRAM_ID);
      const market = rentalEscrow.rentalEscrowPdas.market();
      await ioStaking
        .initializeStakingIx(staking, {
          admin,
          ioMint,
          treasury: ioTreasury,
          tokenProgram: TOKEN_PROGRAM_ID,
          unstakeCooldown: 1n,
          minStakePerGpu: 200n * IO,
          classMultipliersBps: [10_000, 15_000],
          bondAuthority: market,
          slashAuthority: market,
        })
        .rpc();
      await iosd
        .initializeIosdIx(iosdProgram, {
          admin,
          ioMint,
          ioTokenProgram: TOKEN_PROGRAM_ID,
          iosdTokenProgram: TOKEN_2022_PROGRAM_ID,
          treasury: ioTreasury,
          pythReceiver: iosd.PYTH_RECEIVER_PROGRAM_ID,
          feedId: FEED_ID,
          maxStalenessSeconds: 60,
          maxConfBps: 200,
          confMultiplier: 2,
          feeBps: 30,
          windowSeconds: 86_400,
          windowCap: 10n ** 12n,
        })
        .rpc();
      const iosdMint = iosd.iosdPdas.iosdMint();
      const iosdTreasury = await createAta(provider, iosdMint, admin, TOKEN_2022_PROGRAM_ID);
      await rentalEscrow
        .initializeMarketIx(escrow, {
          admin,
          iosdMint,
          ioMint,
          treasuryIosd: iosdTreasury,
          treasuryIo: ioTreasury,
          stakingConfig: ioStaking.ioStakingPdas.config(),
          arbiter: admin,
          renterFeeBps: 25,
          supplierFeeBps: 25,
          disputeWindowSeconds: 0n,
          maxRentalDurationSeconds: 86_400n,
          minRentalDurationSeconds: 0n,
        })
        .rpc();
      await computeTokens.initializeComputeTokensIx(ct, { admin, iosdMint, market, operatorBps: computeTokens.DEFAULT_OPERATOR_BPS }).rpc();

      const metadata = (await getTokenMetadata(v.connection, iosdMint, "confirmed", TOKEN_2022_PROGRAM_ID))!;
      expect([metadata.name, metadata.symbol]).to.deep.equal(["IO Dollar", "IOSD"]);
      for (const [name, key] of [
        ["io_staking config", ioStaking.ioStakingPdas.config()],
        ["stake vault", ioStaking.ioStakingPdas.stakeVault()],
        ["reward vault", ioStaking.ioStakingPdas.rewardVault()],
        ["iosd config", iosd.iosdPdas.config()],
        ["IOSD mint with metadata", iosdMint],
        ["market", market],
        ["compute_tokens config", computeTokens.computeTokensPdas.config()],
      ] as const) {
        await expectRentExempt(name, key);
      }
    });

    it("stakes, requests an unstake and withdraws after the (one-second) cooldown", async () => {
      const client = new ioStaking.IoStakingClient(programs().staking);
      const staker = await wallet(500n * IO);
      await client.stake(staker.keypair, 500n * IO);
      await expectRentExempt("position", ioStaking.positionPda(staker.keypair.publicKey));
      await client.requestUnstake(staker.keypair, 100n * IO);
      const unlock = BigInt((await client.position(staker.keypair.publicKey))!.unlockTime.toString());
      // Wait until the cluster's clock has passed the unlock time.
      for (let i = 0; i < 60; i++) {
        const slot = await v.connection.getSlot("confirmed");
        const time = BigInt((await v.connection.getBlockTime(slot)) ?? 0);
        if (time > unlock) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      await client.withdraw(staker.keypair);
      expect(await tokenBalance(provider, staker.io, TOKEN_PROGRAM_ID)).to.equal(100n * IO);
      expect(BigInt((await client.position(staker.keypair.publicKey))!.staked.toString())).to.equal(400n * IO);
    });

    it("lists a device: its stake bonded in its own io_staking account, the device account rent exempt", async () => {
      const { escrow, staking } = programs();
      const operator = await wallet(1_000n * IO);
      await new ioStaking.IoStakingClient(staking).stake(operator.keypair, 1_000n * IO);
      const iosdMint = iosd.iosdPdas.iosdMint();
      const payout = await createAta(provider, iosdMint, operator.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      const client = new rentalEscrow.RentalEscrowClient(escrow, staking);
      const spec = { deviceId: 1n, deviceClass: 0, gpuCount: 4, vramGb: 80, region: "us-east-1", pricePerGpuHour: 1_500_000n };
      const device = await client.registerDevice(operator.keypair, spec, iosdMint, payout);
      expect(await client.bonded(device)).to.equal(800n * IO);
      await expectRentExempt("device", device);
      await expectRentExempt("device bond", ioStaking.ioStakingPdas.deviceBond(device));
    });

    it("rents a device paid in IO in real seconds: settle, extend, dispute and resolve with a slash, cancel, complete", async () => {
      const { escrow, staking } = programs();
      const client = new rentalEscrow.RentalEscrowClient(escrow, staking);
      const operator = await wallet(1_000n * IO);
      await new ioStaking.IoStakingClient(staking).stake(operator.keypair, 1_000n * IO);
      // 3,600 IO per GPU-hour: one IO per second, so seconds of service show.
      const spec = { deviceId: 7n, deviceClass: 0, gpuCount: 1, vramGb: 24, region: "eu-west-1", pricePerGpuHour: 3_600n * IO };
      const device = await client.registerDevice(operator.keypair, spec, ioMint, operator.io);
      const renter = await wallet(10_000n * IO);
      const ioBalance = (account: PublicKey) => tokenBalance(provider, account, TOKEN_PROGRAM_ID);

      let { rental } = await client.rent(renter.keypair, device, 600n, spec.pricePerGpuHour);
      await expectRentExempt("rental", rental);
      await expectRentExempt("escrow", rentalEscrow.rentalEscrowPdas.escrow(rental));
      await new Promise((r) => setTimeout(r, 3_000));
      await client.settle(rental);
      const released = BigInt((await client.rental(rental)).released.toString());
      expect(released > 0n).to.equal(true);
      expect(await ioBalance(operator.io)).to.equal(released - rentalEscrow.fee(released, 25));
      await client.extend(renter.keypair, rental, 60n);
      expect(BigInt((await client.rental(rental)).deposited.toString())).to.equal(rentalEscrow.cost(3_600n * IO, 660n));
      await client.openDispute(renter.keypair, rental);
      const treasury = (await client.market()).treasuryIo;
      const treasuryBefore = await ioBalance(treasury);
      const renterBefore = await ioBalance(renter.io);
      const remaining = BigInt((await client.rental(rental)).deposited.toString()) - released;
      await client.resolveDispute(v.deployer, rental, 10_000, 10n * IO);
      expect(await ioBalance(renter.io)).to.equal(renterBefore + remaining);
      expect((await ioBalance(treasury)) - treasuryBefore).to.equal(10n * IO); // the slash (io_staking's treasury)
      expect(await client.bonded(device)).to.equal(190n * IO);
      expect(await v.connection.getAccountInfo(rental)).to.equal(null);
      await client.topUpBond(operator.keypair, device);
      expect(await client.bonded(device)).to.equal(200n * IO);

      ({ rental } = await client.rent(renter.keypair, device, 600n, spec.pricePerGpuHour));
      await client.cancel(renter.keypair, rental);
      expect(await v.connection.getAccountInfo(rental)).to.equal(null);
      ({ rental } = await client.rent(renter.keypair, device, 2n, spec.pricePerGpuHour));
      await new Promise((r) => setTimeout(r, 3_500));
      await client.complete(renter.keypair, rental);
      expect(await v.connection.getAccountInfo(rental)).to.equal(null);
      const d = await client.device(device);
      expect([d.openRentals, Number(d.completedRentals)]).to.deep.equal([0, 1]);
    });
  });
}
