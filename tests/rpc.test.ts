// The programs over JSON-RPC on Agave's own solana-test-validator, oldest and newest supported versions (issue 14):
// the SDK on its RpcProvider (an AnchorProvider) over a real Connection, confirmations over websockets, programs
// deployed upgradeable with the deployer as upgrade authority. 3.0.10 publishes the classic Rent sysvar
// (3,480 x 2.0), 4.2.0 the newer one; both must take every account the programs create. A validator's clock
// cannot be warped, so time-bound flows use short settings and real seconds. The last test reads every
// transaction back from the validator and checks that each instruction of each IDL ran at least once.
import { expect } from "chai";
import { BorshInstructionCoder, Idl, utils } from "@coral-xyz/anchor";
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
  getTokenMetadata,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { mplTokenMetadata } from "@metaplex-foundation/mpl-token-metadata";
import { publicKey as umiPublicKey } from "@metaplex-foundation/umi";
import { createUmi } from "@metaplex-foundation/umi-bundle-defaults";
import { Keypair, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import {
  big,
  clusterTime,
  fetchNetworkStats,
  computeTokens,
  createAta,
  createMint,
  IDLS,
  ioStaking,
  iosd,
  KeypairWallet,
  mintSupply,
  mintTo,
  rentalEscrow,
  RpcProvider,
  tokenBalance,
  TransactionFailedError,
} from "@io-compute/sdk";
import { expectError } from "./helpers";
import { postPriceUpdate } from "./rpc/pyth";
import { RunningValidator, startValidator, VALIDATOR_VERSIONS, validatorBinary } from "./rpc/validator";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syncFromRpc } from "../explorer/indexer/ingest";
import { SqliteStore } from "../explorer/indexer/store";
import { serveExplorer } from "../explorer/server/http";
import { RpcSource } from "../explorer/server/source";
import { amount } from "../explorer/web/src/format";
import { chromium } from "playwright-core";
import { chromiumPath, openPage, watchedPage } from "./browser";

const IO = 10n ** 8n;
const IOSD = 10n ** 6n;
const FEED_ID = Buffer.alloc(32, 7);
/** Seconds between proposing and applying a config change on the test deployment. */
const CHANGE_DELAY = 2n;
/** IO at $2.00 (Pyth exponent -8), confidence $0.002. */
const IO_PRICE = { price: 200_000_000n, conf: 200_000n, exponent: -8 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const version of VALIDATOR_VERSIONS) {
  describe(`over JSON-RPC on Agave solana-test-validator ${version}`, function () {
    let v: RunningValidator;
    let provider: RpcProvider;
    const ioMintAuthority = Keypair.generate();
    let ioMint: PublicKey;
    let ioTreasury: PublicKey;
    const priceAccount = Keypair.generate();
    const programs = () => ({
      staking: ioStaking.ioStakingProgram(provider),
      iosd: iosd.iosdProgram(provider),
      escrow: rentalEscrow.rentalEscrowProgram(provider),
      computeTokens: computeTokens.computeTokensProgram(provider),
    });
    const stakingClient = () => new ioStaking.IoStakingClient(programs().staking);
    const escrowClient = () => new rentalEscrow.RentalEscrowClient(programs().escrow, programs().staking);
    const ioBalance = (account: PublicKey) => tokenBalance(provider, account, TOKEN_PROGRAM_ID);
    const iosdBalance = (account: PublicKey) => tokenBalance(provider, account, TOKEN_2022_PROGRAM_ID);
    const iosdMint = () => iosd.iosdPdas.iosdMint();

    /** A funded wallet holding `io` IO in its associated account. */
    async function wallet(io: bigint): Promise<{ keypair: Keypair; io: PublicKey }> {
      const keypair = Keypair.generate();
      await provider.sendAndConfirm(
        new Transaction().add(SystemProgram.transfer({ fromPubkey: v.deployer.publicKey, toPubkey: keypair.publicKey, lamports: 10n ** 10n })),
      );
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

    /** Waits until the cluster's clock (what programs read) is past `time`. */
    async function waitUntilPast(time: bigint) {
      for (let i = 0; i < 240; i++) {
        if ((await clusterTime(v.connection)) > time) return;
        await sleep(250);
      }
      throw new Error(`the cluster clock did not pass ${time}`);
    }

    /** The one event named `name` in the provider's last transaction. */
    function lastEvent(name: string): Record<string, unknown> {
      const events = provider.lastResult!.events.filter((e) => e.name === name);
      expect(
        events.map((e) => e.name),
        `events of the last transaction`,
      ).to.deep.equal([name]);
      return events[0].data;
    }

    /** Posts IO/USD at the cluster's current time through the test-only receiver. */
    async function postPrice() {
      const publishTime = await clusterTime(v.connection);
      const update: iosd.PriceUpdate = { verification: "full", feedId: FEED_ID, ...IO_PRICE, publishTime };
      await postPriceUpdate(provider, v.pythPoster, priceAccount, update);
      return update;
    }

    /** `owner` burns `ioAmount` IO for IOSD at a freshly posted price; returns the IOSD account. */
    async function mintIosdFor(owner: { keypair: Keypair; io: PublicKey }, ioAmount: bigint): Promise<PublicKey> {
      await postPrice();
      const userIosd = await createAta(provider, iosdMint(), owner.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      const ix = await iosd.mintIosdFromConfig(programs().iosd, {
        user: owner.keypair.publicKey,
        priceUpdate: priceAccount.publicKey,
        userIo: owner.io,
        userIosd,
        ioAmount,
        minIosdOut: 1n,
      });
      await ix.signers([owner.keypair]).rpc();
      return userIosd;
    }

    before(async function () {
      if (!fs.existsSync(validatorBinary(version))) throw new Error(`${validatorBinary(version)} missing: scripts/install-validators.sh installs it`);
      v = await startValidator(version);
      provider = new RpcProvider(v.connection, new KeypairWallet(v.deployer));
      ioMint = await createMint(provider, 8, ioMintAuthority.publicKey, TOKEN_PROGRAM_ID);
      ioTreasury = await createAta(provider, ioMint, v.deployer.publicKey, TOKEN_PROGRAM_ID);
    });
    afterEach(function () {
      if (this.currentTest?.state === "failed") console.log(`    solana-test-validator ${version} log: ${v?.logFile}`);
    });
    after(async () => v?.stop());

    it("initializes the four programs, IOSD on Token-2022 with its metadata, every account rent exempt", async () => {
      const { staking, iosd: iosdProgram, escrow, computeTokens: ct } = programs();
      const admin = v.deployer.publicKey;
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
          changeDelaySeconds: CHANGE_DELAY,
        })
        .rpc();
      await iosd
        .initializeIosdIx(iosdProgram, {
          admin,
          ioMint,
          ioTokenProgram: TOKEN_PROGRAM_ID,
          iosdTokenProgram: TOKEN_2022_PROGRAM_ID,
          treasury: ioTreasury,
          // The test deployment's Pyth receiver: the test-only poster program (see tests/pyth-poster).
          pythReceiver: v.pythPoster,
          feedId: FEED_ID,
          maxStalenessSeconds: 60,
          maxConfBps: 200,
          confMultiplier: 2,
          feeBps: 30,
          windowSeconds: 86_400,
          windowCap: 10n ** 12n,
          changeDelaySeconds: CHANGE_DELAY,
        })
        .rpc();
      const iosdTreasury = await createAta(provider, iosdMint(), admin, TOKEN_2022_PROGRAM_ID);
      const usdcMint = await createMint(provider, 6, admin, TOKEN_PROGRAM_ID);
      await rentalEscrow
        .initializeMarketIx(escrow, {
          admin,
          iosdMint: iosdMint(),
          ioMint,
          usdcMint,
          treasuryIosd: iosdTreasury,
          treasuryIo: ioTreasury,
          treasuryUsdc: await createAta(provider, usdcMint, admin, TOKEN_PROGRAM_ID),
          stakingConfig: ioStaking.ioStakingPdas.config(),
          arbiter: admin,
          // io.net's schedule, with a fee on IO too so that burns run over RPC.
          fees: { ...rentalEscrow.IO_NET_FEES, io: { renterBps: 25, supplierBps: 25 } },
          disputeWindowSeconds: 0n,
          maxRentalDurationSeconds: 86_400n,
          minRentalDurationSeconds: 0n,
          changeDelaySeconds: CHANGE_DELAY,
        })
        .rpc();
      await computeTokens.initializeComputeTokensIx(ct, { admin, iosdMint: iosdMint(), market, operatorBps: computeTokens.DEFAULT_OPERATOR_BPS }).rpc();

      const metadata = (await getTokenMetadata(v.connection, iosdMint(), "confirmed", TOKEN_2022_PROGRAM_ID))!;
      expect([metadata.name, metadata.symbol]).to.deep.equal(["IO Dollar", "IOSD"]);
      for (const [name, key] of [
        ["io_staking config", ioStaking.ioStakingPdas.config()],
        ["stake vault", ioStaking.ioStakingPdas.stakeVault()],
        ["reward vault", ioStaking.ioStakingPdas.rewardVault()],
        ["iosd config", iosd.iosdPdas.config()],
        ["IOSD mint with metadata", iosdMint()],
        ["market", market],
        ["compute_tokens config", computeTokens.computeTokensPdas.config()],
      ] as const) {
        await expectRentExempt(name, key);
      }
    });

    it("starts io.net's schedule two days back, less 40 s: C(47) cranked 30/70, the unserved first day swept; a rental served on the second day earns that day's suppliers' part", async () => {
      const client = stakingClient();
      const escrow = escrowClient();
      const now = await clusterTime(v.connection);
      // The second day (supplier window 1) ends 40 s from now: long enough to serve and complete a rental in it.
      const genesis = now - 2n * ioStaking.WINDOW_SECONDS + 40n;
      await client.startEmissions(v.deployer, genesis, 3_000, 7n * 86_400n);
      const total = ioStaking.cumulativeEmission(ioStaking.LAST_EPOCH, 8);
      await mintTo(provider, ioMint, ioStaking.ioStakingPdas.emissionVault(), ioMintAuthority, total + IO, TOKEN_PROGRAM_ID);
      await escrow.openSupplierLedger(v.deployer);
      await expectRentExempt("supplier ledger", (await escrow.market()).supplierLedger);
      await client.crankEmissions();
      const cranked = lastEvent("emissionsCranked");
      const config = await client.config();
      const paid = ioStaking.cumulativeEmission(47n, 8);
      expect([big(cranked.epochs as never), big(cranked.paid as never), big(config.emissionPaid)]).to.deep.equal([47n, paid, paid]);
      expect(big(cranked.toStakers as never)).to.equal((paid * 3_000n) / 10_000n);
      expect(await ioBalance(ioStaking.ioStakingPdas.supplierVault())).to.equal(paid - (paid * 3_000n) / 10_000n);
      // Beyond what the schedule still owes the vault holds 1 IO: the admin withdraws exactly that to the treasury.
      const treasuryBefore = await ioBalance(config.treasury);
      await client.withdrawEmissionSurplus(v.deployer);
      expect((await ioBalance(config.treasury)) - treasuryBefore).to.equal(IO);
      expect(await ioBalance(ioStaking.ioStakingPdas.emissionVault())).to.equal(total - paid);
      // The first day ended before the ledger opened, unserved: its suppliers' part goes to the treasury.
      const suppliersThrough = (window: bigint) => ioStaking.suppliersThrough(window, 8, 3_000);
      await escrow.sweepUnservedEmissions(v.deployer);
      expect((await ioBalance(config.treasury)) - treasuryBefore).to.equal(IO + suppliersThrough(0n));

      // Two seconds of one GPU served and completed on the second day.
      const operator = await wallet(1_000n * IO);
      await client.stake(operator.keypair, 1_000n * IO);
      const spec = { deviceId: 5n, deviceClass: 0, gpuCount: 1, vramGb: 24, region: "eu-west-1", pricePerGpuHour: 3_600n * IO };
      const device = await escrow.registerDevice(operator.keypair, spec, ioMint, operator.io);
      const renter = await wallet(100n * IO);
      const { rental } = await escrow.rent(renter.keypair, device, 2n, spec.pricePerGpuHour);
      await waitUntilPast(big((await escrow.rental(rental)).end));
      await escrow.complete(renter.keypair, rental);
      const counted = provider.lastResult!.events.find((e) => e.name === "serviceCounted")!.data as Record<string, never>;
      expect([big(counted.window), big(counted.gpuSeconds)]).to.deep.equal([1n, 2n]);
      await expectError(escrow.claimSupplierEmissions(operator.keypair, device), "NoSupplierEmissions"); // the day has not ended
      await waitUntilPast(genesis + 2n * ioStaking.WINDOW_SECONDS);
      await expectError(escrow.claimSupplierEmissions(operator.keypair, device), "SupplierEmissionsNotCranked");
      await client.crankEmissions();
      // The only service of the second day earns all of its suppliers' part.
      const dayTwo = suppliersThrough(1n) - suppliersThrough(0n);
      const before = await ioBalance(operator.io);
      await escrow.claimSupplierEmissions(operator.keypair, device);
      expect((await ioBalance(operator.io)) - before).to.equal(dayTwo);
      expect(big((await client.config()).emissionPaidToSuppliers)).to.equal(suppliersThrough(0n) + dayTwo);
      // The operator leaves: the staking tests below want nobody else earning.
      await rentalEscrow.deregisterDeviceIx(programs().escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc();
      await client.requestUnstake(operator.keypair, 1_000n * IO);
    });

    it("funds rewards while nobody stakes, and sweeps what nobody earned to the treasury", async () => {
      const client = stakingClient();
      await mintTo(provider, ioMint, ioTreasury, ioMintAuthority, 1_000n * IO, TOKEN_PROGRAM_ID);
      await client.fundRewards(v.deployer, 100n * IO, 2n, ioTreasury);
      const funded = lastEvent("rewardsFunded");
      await waitUntilPast(big(funded.periodEnd as never));
      const expected = ioStaking.undistributedAt(await client.config(), await clusterTime(v.connection));
      expect(expected > 99n * IO).to.equal(true);
      const before = await ioBalance(ioTreasury);
      await client.sweepUndistributed(v.deployer);
      expect(big(lastEvent("rewardsSwept").amount as never)).to.equal(expected);
      expect((await ioBalance(ioTreasury)) - before).to.equal(expected);
    });

    it("stakes, cancels and requests an unstake, withdraws after the cooldown, earns and claims rewards, closes the position", async () => {
      const client = stakingClient();
      const staker = await wallet(500n * IO);
      const owner = staker.keypair.publicKey;
      const staked = async () => big((await client.position(owner))!.staked);
      await client.stake(staker.keypair, 500n * IO);
      await expectRentExempt("position", ioStaking.positionPda(owner));
      await client.requestUnstake(staker.keypair, 100n * IO);
      await client.cancelUnstake(staker.keypair);
      expect([await staked(), big((await client.position(owner))!.pendingUnstake)]).to.deep.equal([500n * IO, 0n]);
      await client.requestUnstake(staker.keypair, 100n * IO);
      await waitUntilPast(big((await client.position(owner))!.unlockTime));
      await client.withdraw(staker.keypair);
      expect(await ioBalance(staker.io)).to.equal(100n * IO);
      expect(await staked()).to.equal(400n * IO);

      // The only staker earns the whole stream, less the pool's rounding.
      await client.fundRewards(v.deployer, 10n * IO, 2n, ioTreasury);
      await waitUntilPast(big(lastEvent("rewardsFunded").periodEnd as never));
      const pending = ioStaking.pendingRewards(await client.config(), (await client.position(owner))!, await clusterTime(v.connection));
      expect(pending > 10n * IO - 10n && pending <= 10n * IO, String(pending)).to.equal(true);
      await client.claimRewards(staker.keypair);
      expect(big(lastEvent("rewardsClaimed").amount as never)).to.equal(pending);
      expect(await ioBalance(staker.io)).to.equal(100n * IO + pending);

      await client.requestUnstake(staker.keypair, 400n * IO);
      await waitUntilPast(big((await client.position(owner))!.unlockTime));
      await client.withdraw(staker.keypair);
      await client.closePosition(staker.keypair);
      expect(await v.connection.getAccountInfo(ioStaking.positionPda(owner))).to.equal(null);
      expect(await ioBalance(staker.io)).to.equal(500n * IO + pending);
    });

    it("burns IO for IOSD at a PriceUpdateV2 posted on the validator, to the unit of the SDK's quote", async () => {
      const user = await wallet(1_000n * IO);
      const update = await postPrice();
      const config = await iosd.fetchIosdConfig(programs().iosd);
      const quote = iosd.quoteMintIosd(config, update, 1_000n * IO, await clusterTime(v.connection));
      const supplyBefore = await mintSupply(provider, ioMint, TOKEN_PROGRAM_ID);
      const treasuryBefore = await ioBalance(ioTreasury);
      const userIosd = await createAta(provider, iosdMint(), user.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      const ix = await iosd.mintIosdFromConfig(programs().iosd, {
        user: user.keypair.publicKey,
        priceUpdate: priceAccount.publicKey,
        userIo: user.io,
        userIosd,
        ioAmount: 1_000n * IO,
        minIosdOut: quote.iosdOut,
      });
      await ix.signers([user.keypair]).rpc();
      const minted = lastEvent("iosdMinted");
      expect([big(minted.iosdOut as never), big(minted.ioBurned as never), big(minted.fee as never)]).to.deep.equal([quote.iosdOut, quote.ioBurned, quote.fee]);
      expect(await iosdBalance(userIosd)).to.equal(quote.iosdOut);
      expect(await mintSupply(provider, ioMint, TOKEN_PROGRAM_ID)).to.equal(supplyBefore - quote.ioBurned);
      expect((await ioBalance(ioTreasury)) - treasuryBefore).to.equal(quote.fee);
      expect(await ioBalance(user.io)).to.equal(0n);
      // 1,000 IO at $2.00 less 2 x $0.002 confidence (1,996 IOSD), less the 0.3% fee: 1,990.012 IOSD.
      expect(quote.iosdOut).to.equal(1_990_012_000n);
    });

    it("lists a device: its stake bonded in its own io_staking account, the device account rent exempt", async () => {
      const operator = await wallet(1_000n * IO);
      await stakingClient().stake(operator.keypair, 1_000n * IO);
      const payout = await createAta(provider, iosdMint(), operator.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      const client = escrowClient();
      const spec = { deviceId: 1n, deviceClass: 0, gpuCount: 4, vramGb: 80, region: "us-east-1", pricePerGpuHour: 1_500_000n };
      const device = await client.registerDevice(operator.keypair, spec, iosdMint(), payout);
      // Events read back from the ledger, io_staking's emitted inside rental_escrow's CPI; compute units too.
      const registered = provider.lastResult!;
      expect(registered.events.map((e) => [e.name, e.program])).to.deep.equal([
        ["bonded", ioStaking.IO_STAKING_PROGRAM_ID.toBase58()],
        ["deviceRegistered", rentalEscrow.RENTAL_ESCROW_PROGRAM_ID.toBase58()],
      ]);
      expect(registered.computeUnits).to.be.greaterThan(10_000);
      expect(await client.bonded(device)).to.equal(800n * IO);
      await expectRentExempt("device", device);
      await expectRentExempt("device bond", ioStaking.ioStakingPdas.deviceBond(device));
      await rentalEscrow
        .updateDeviceIx(programs().escrow, operator.keypair.publicKey, device, 2_000_000n, rentalEscrow.DeviceStatus.Offline)
        .signers([operator.keypair])
        .rpc();
      const updated = await client.device(device);
      expect([big(updated.pricePerGpuHour), updated.status]).to.deep.equal([2_000_000n, rentalEscrow.DeviceStatus.Offline]);
      await rentalEscrow.deregisterDeviceIx(programs().escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc();
      expect(lastEvent("deviceDeregistered").unbonded?.toString()).to.equal((800n * IO).toString());
      expect(await client.bonded(device)).to.equal(0n);
      expect((await client.device(device)).status).to.equal(rentalEscrow.DeviceStatus.Deregistered);
    });

    it("books a two-device cluster in IOSD streamed in real seconds: settle pays what streamed, complete the rest", async () => {
      const client = escrowClient();
      const operator = await wallet(2_000n * IO);
      await stakingClient().stake(operator.keypair, 2_000n * IO);
      const payout = await createAta(provider, iosdMint(), operator.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      // 3.6 IOSD per GPU-hour: 1,000 units (0.001 IOSD) per GPU-second.
      const price = 3_600_000n;
      const devices = [];
      for (const deviceId of [11n, 12n]) {
        devices.push(
          await client.registerDevice(
            operator.keypair,
            { deviceId, deviceClass: 1, gpuCount: 2, vramGb: 80, region: "us-west-2", pricePerGpuHour: price },
            iosdMint(),
            payout,
          ),
        );
      }
      const renter = await wallet(100n * IO);
      const renterIosd = await mintIosdFor(renter, 100n * IO);
      const renterBefore = await iosdBalance(renterIosd);
      const bookings = await client.bookCluster(renter.keypair, devices, 4n, price);
      const deposit = rentalEscrow.cost(price * 2n, 4n);
      const renterFee = rentalEscrow.fee(deposit, 25);
      expect(renterBefore - (await iosdBalance(renterIosd))).to.equal(2n * (deposit + renterFee));
      // The cluster's clock, not the wall's: on a loaded machine it can lag behind.
      await waitUntilPast(big((await client.rental(bookings[0].rental)).start) + 1n);
      await client.settle(bookings[0].rental);
      const settled = lastEvent("rentalSettled");
      const released = big(settled.released as never);
      expect(released > 0n && released < deposit).to.equal(true);
      expect(big(settled.toOperator as never) + big(settled.supplierFee as never)).to.equal(released);
      expect(await iosdBalance(payout)).to.equal(big(settled.toOperator as never));
      await waitUntilPast(big((await client.rental(bookings[1].rental)).end));
      let paid = big(settled.toOperator as never);
      for (const { rental } of bookings) {
        await client.complete(renter.keypair, rental);
        const completed = lastEvent("rentalCompleted");
        paid += big(completed.toOperator as never);
        expect(await v.connection.getAccountInfo(rental)).to.equal(null);
      }
      // Both rentals ran their whole 4 s: the operator got both deposits less the supplier fee on each payment.
      expect(await iosdBalance(payout)).to.equal(paid);
      expect(2n * deposit - paid >= 2n * rentalEscrow.fee(deposit, 25)).to.equal(true);
    });

    it("rents a device paid in IO in real seconds: settle, extend, dispute and resolve with a slash, top up, cancel, complete, stake beyond the requirement and back", async () => {
      const client = escrowClient();
      const operator = await wallet(1_000n * IO);
      await stakingClient().stake(operator.keypair, 1_000n * IO);
      // 3,600 IO per GPU-hour: one IO per second, so seconds of service show.
      const spec = { deviceId: 7n, deviceClass: 0, gpuCount: 1, vramGb: 24, region: "eu-west-1", pricePerGpuHour: 3_600n * IO };
      const device = await client.registerDevice(operator.keypair, spec, ioMint, operator.io);
      const renter = await wallet(10_000n * IO);

      const [supplyBefore, burnedBefore] = [await mintSupply(provider, ioMint, TOKEN_PROGRAM_ID), big((await client.market()).ioFeesBurned)];
      let { rental } = await client.rent(renter.keypair, device, 600n, spec.pricePerGpuHour);
      // The renter's fee in IO is burned: the supply falls by it, and the market counts it.
      const renterFee = rentalEscrow.fee(rentalEscrow.cost(3_600n * IO, 600n), 25);
      expect(big((await client.market()).ioFeesBurned) - burnedBefore).to.equal(renterFee);
      expect(supplyBefore - (await mintSupply(provider, ioMint, TOKEN_PROGRAM_ID))).to.equal(renterFee);
      await expectRentExempt("rental", rental);
      await expectRentExempt("escrow", rentalEscrow.rentalEscrowPdas.escrow(rental));
      await sleep(3_000);
      await client.settle(rental);
      const released = big((await client.rental(rental)).released);
      expect(released > 0n).to.equal(true);
      expect(await ioBalance(operator.io)).to.equal(released - rentalEscrow.fee(released, 25));
      expect(supplyBefore - (await mintSupply(provider, ioMint, TOKEN_PROGRAM_ID))).to.equal(renterFee + rentalEscrow.fee(released, 25));
      await client.extend(renter.keypair, rental, 60n);
      expect(big((await client.rental(rental)).deposited)).to.equal(rentalEscrow.cost(3_600n * IO, 660n));
      await client.openDispute(renter.keypair, rental);
      const treasury = (await client.market()).treasuryIo;
      const treasuryBefore = await ioBalance(treasury);
      const renterBefore = await ioBalance(renter.io);
      const remaining = big((await client.rental(rental)).deposited) - released;
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
      await waitUntilPast(big((await client.rental(rental)).end));
      await client.complete(renter.keypair, rental);
      expect(await v.connection.getAccountInfo(rental)).to.equal(null);
      const d = await client.device(device);
      expect([d.openRentals, Number(d.completedRentals)]).to.deep.equal([0, 1]);
      // Stake beyond the requirement raises the device's stake multiple; with no rental open it can be taken back.
      await client.topUpBond(operator.keypair, device, 300n * IO);
      expect(await client.bonded(device)).to.equal(500n * IO);
      expect((await client.search()).find((x) => x.publicKey.equals(device))!.multipleBps).to.equal(25_000n);
      await client.releaseExcessBond(operator.keypair, device, 300n * IO);
      expect(await client.bonded(device)).to.equal(200n * IO);

      // Renter priority on the cluster: class 0 held for tier 1 (1,000 IO staked) ten minutes after a device is free.
      const escrow = programs().escrow;
      const settings = rentalEscrow.marketSettings(await client.market());
      const priority = { ...settings.priority!, classPriority: [1, 0, 0, 0] as [number, number, number, number], windowSeconds: 600n };
      await rentalEscrow.updateMarketIx(escrow, v.deployer.publicKey, { ...settings, priority }).rpc();
      const fresh = await client.registerDevice(operator.keypair, { ...spec, deviceId: spec.deviceId + 100n }, ioMint, operator.io);
      const newcomer = await wallet(2_000n * IO);
      await expectError(client.rent(newcomer.keypair, fresh, 60n, spec.pricePerGpuHour), "PriorityWindow");
      await stakingClient().stake(newcomer.keypair, 1_000n * IO);
      expect((await client.renterPriority(newcomer.keypair.publicKey)).unlocksClasses).to.deep.equal([0]);
      ({ rental } = await client.rent(newcomer.keypair, fresh, 60n, spec.pricePerGpuHour));
      await client.cancel(newcomer.keypair, rental);
      await rentalEscrow.updateMarketIx(escrow, v.deployer.publicKey, settings).rpc();
    });

    it("tokenizes a device: hooked share transfers, a primary sale, revenue synced 90/10 and claimed, the term ended", async () => {
      const ct = new computeTokens.ComputeTokensClient(programs().computeTokens);
      const client = escrowClient();
      const operator = await wallet(1_000n * IO);
      await stakingClient().stake(operator.keypair, 1_000n * IO);
      const operatorIosd = await createAta(provider, iosdMint(), operator.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      // 12,000 IOSD per GPU-hour: a 3-second rental earns 10 IOSD, enough for a day-long stream to show in seconds.
      const price = 12_000n * IOSD;
      const device = await client.registerDevice(
        operator.keypair,
        { deviceId: 21n, deviceClass: 0, gpuCount: 1, vramGb: 48, region: "ap-south-1", pricePerGpuHour: price },
        iosdMint(),
        operatorIosd,
      );
      const tokenized = await ct.tokenize(operator.keypair, device, {
        shares: 1_000n,
        termSeconds: 30n,
        distributionPeriodSeconds: 86_400n,
        name: "GPU 21 revenue",
        symbol: "G21",
        uri: "https://example.org/g21.json",
      });
      const { pool, mint } = tokenized;
      const termEnd = big((await ct.pool(pool)).termEnd);
      expect((await client.device(device)).lockedPayout.toBase58()).to.equal((await ct.pool(pool)).vault.toBase58());
      expect((await ct.metadata(mint)).symbol).to.equal("G21");
      await expectRentExempt("pool", pool);
      await expectRentExempt("share mint", mint);

      // A holder takes 400 shares by a hooked transfer; a buyer takes 50 from the primary sale.
      const holder = await wallet(0n);
      const holderShares = await ct.openHolder(holder.keypair, pool);
      await ct.transfer(operator.keypair, mint, holder.keypair.publicKey, 400n, { toAccount: holderShares });
      const shares = (account: PublicKey) => tokenBalance(provider, account, TOKEN_2022_PROGRAM_ID);
      expect([await shares(tokenized.operatorShares), await shares(holderShares)]).to.deep.equal([600n, 400n]);
      const buyer = await wallet(10n * IO);
      const buyerIosd = await mintIosdFor(buyer, 10n * IO);
      await ct.list(operator.keypair, pool, 100n, 10_000n, iosdMint());
      // Refused inside compute_tokens' CPI: the error names Token-2022, the innermost failing program, both when
      // preflight refuses it and when the validator executes it (skipPreflight); nothing moves.
      const poor = await wallet(0n);
      await createAta(provider, iosdMint(), poor.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      for (const skipPreflight of [false, true]) {
        const poorProvider = new RpcProvider(v.connection, new KeypairWallet(poor.keypair), {
          commitment: "confirmed",
          preflightCommitment: "confirmed",
          skipPreflight,
        });
        const lamportsBefore = await v.connection.getBalance(poor.keypair.publicKey);
        const error = await expectError(
          new computeTokens.ComputeTokensClient(computeTokens.computeTokensProgram(poorProvider)).buy(poor.keypair, pool, 1n, 10_000n, TOKEN_2022_PROGRAM_ID),
          "InsufficientFunds",
        );
        expect(error.programId).to.equal(TOKEN_2022_PROGRAM_ID.toBase58());
        expect(error.logs.some((l) => l.includes("insufficient funds"))).to.equal(true);
        // Preflight refused it for free; executed, it cost the fee and nothing else.
        expect(lamportsBefore - (await v.connection.getBalance(poor.keypair.publicKey))).to.equal(skipPreflight ? 5_000 : 0);
        expect(error.signature === undefined).to.equal(!skipPreflight);
      }
      expect(await shares(computeTokens.computeTokensPdas.sale(pool))).to.equal(100n);
      const buyerBefore = await iosdBalance(buyerIosd);
      await ct.buy(buyer.keypair, pool, 50n, 10_000n, TOKEN_2022_PROGRAM_ID);
      expect(buyerBefore - (await iosdBalance(buyerIosd))).to.equal(500_000n);
      await ct.delist(operator.keypair, pool);
      expect(big(lastEvent("sharesDelisted").returned as never)).to.equal(50n);
      const buyerShares = computeTokens.shareAccount(mint, buyer.keypair.publicKey);
      expect([await shares(tokenized.operatorShares), await shares(buyerShares)]).to.deep.equal([550n, 50n]);
      await ct.poke(pool, holderShares);
      expect(big(lastEvent("holderPoked").shares as never)).to.equal(400n);

      // A rental pays into the pool's vault; sync splits 90/10; holders' part streams, the operator's is owed.
      const renter = await wallet(100n * IO);
      await mintIosdFor(renter, 100n * IO);
      const { rental } = await client.rent(renter.keypair, device, 3n, price);
      await waitUntilPast(big((await client.rental(rental)).end));
      await client.complete(renter.keypair, rental);
      const earned = big(lastEvent("rentalCompleted").toOperator as never);
      expect(await iosdBalance((await ct.pool(pool)).vault)).to.equal(earned);
      await ct.sync(pool);
      const synced = lastEvent("revenueSynced");
      const [operatorCut, holders] = computeTokens.splitInflow(earned, computeTokens.DEFAULT_OPERATOR_BPS);
      expect([big(synced.inflow as never), big(synced.holdersAmount as never), big(synced.operatorAmount as never)]).to.deep.equal([
        earned,
        holders,
        operatorCut,
      ]);
      await sleep(2_000);
      const holderIosd = await createAta(provider, iosdMint(), holder.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      const [poolBefore, checkpoint] = [await ct.pool(pool), (await ct.holder(pool, holderShares))!];
      await ct.claim(holder.keypair, pool, holderShares, holderIosd);
      const claimed = big(lastEvent("revenueClaimed").amount as never);
      const claimTime = BigInt(
        (await v.connection.getTransaction(provider.lastResult!.signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 }))!.blockTime!,
      );
      expect(claimed).to.equal(computeTokens.claimable(poolBefore, checkpoint, claimTime));
      expect(claimed > 0n).to.equal(true);
      expect(await iosdBalance(holderIosd)).to.equal(claimed);
      const operatorBefore = await iosdBalance(operatorIosd);
      await ct.claimOperator(operator.keypair, pool);
      expect((await iosdBalance(operatorIosd)) - operatorBefore).to.equal(operatorCut);

      // After the term, end_term unlocks the device's payout back to the operator.
      await waitUntilPast(termEnd);
      await ct.endTerm(pool);
      expect(lastEvent("termEnded").device?.toString()).to.equal(device.toBase58());
      const unlocked = await client.device(device);
      expect(unlocked.payoutLocker.toBase58()).to.equal(PublicKey.default.toBase58());
    });

    it("tokenizes a device as a cash-flow NFT through Token Metadata, read back with Umi's own RPC; a rental pays its holder, a plain transfer moves what accrues next", async () => {
      const umi = createUmi(v.rpcUrl, { commitment: "confirmed" }).use(mplTokenMetadata());
      const nfts = new computeTokens.NftClient(programs().computeTokens, umi);
      await nfts.createCollection(v.deployer, "https://example.org/collection.json");
      const client = escrowClient();
      const operator = await wallet(1_000n * IO);
      await stakingClient().stake(operator.keypair, 1_000n * IO);
      const operatorIosd = await createAta(provider, iosdMint(), operator.keypair.publicKey, TOKEN_2022_PROGRAM_ID);
      const price = 12_000n * IOSD;
      const device = await client.registerDevice(
        operator.keypair,
        { deviceId: 23n, deviceClass: 1, gpuCount: 1, vramGb: 48, region: "sa-east-1", pricePerGpuHour: price },
        iosdMint(),
        operatorIosd,
      );
      const nft = await nfts.tokenize(operator.keypair, device, { termSeconds: 30n, uri: "https://example.org/g23.json" });
      const asset = await nfts.fetchAsset(nft.mint);
      expect([asset.metadata.name, asset.mint.supply, asset.edition?.isOriginal]).to.deep.equal(["1x GPU c1 sa-east-1", 1n, true]);
      expect(asset.metadata.collection).to.deep.equal({
        __option: "Some",
        value: { verified: true, key: umiPublicKey(computeTokens.nftPdas.collectionMint().toBase58()) },
      });
      expect(lastEvent("nftTokenized").mint?.toString()).to.equal(nft.mint.toBase58());
      await expectRentExempt("NFT pool", nft.pool);

      const renter = await wallet(100n * IO);
      await mintIosdFor(renter, 100n * IO);
      const { rental } = await client.rent(renter.keypair, device, 3n, price);
      await waitUntilPast(big((await client.rental(rental)).end));
      await client.complete(renter.keypair, rental);
      const earned = big(lastEvent("rentalCompleted").toOperator as never);
      await nfts.sync(nft.pool);
      const [operatorCut, holders] = computeTokens.splitInflow(earned, computeTokens.DEFAULT_OPERATOR_BPS);
      // A plain SPL Token transfer of the NFT: what accrued before it travels with it.
      const buyer = await wallet(0n);
      const buyerNft = computeTokens.nftAccount(nft.mint, buyer.keypair.publicKey);
      await provider.sendAndConfirm(
        new Transaction().add(
          createAssociatedTokenAccountIdempotentInstruction(v.deployer.publicKey, buyerNft, buyer.keypair.publicKey, nft.mint, TOKEN_PROGRAM_ID),
          createTransferCheckedInstruction(nft.operatorNft, nft.mint, buyerNft, operator.keypair.publicKey, 1n, 0, [], TOKEN_PROGRAM_ID),
        ),
        [operator.keypair],
      );
      await expectError(nfts.claim(operator.keypair, nft.pool), "NotNftHolder");
      await nfts.claim(buyer.keypair, nft.pool);
      const buyerIosd = getAssociatedTokenAddressSync(iosdMint(), buyer.keypair.publicKey, true, TOKEN_2022_PROGRAM_ID);
      expect(await iosdBalance(buyerIosd)).to.equal(holders);
      await nfts.claimOperator(operator.keypair, nft.pool);
      expect(await iosdBalance(operatorIosd)).to.equal(operatorCut);
      await waitUntilPast(big((await nfts.pool(nft.pool)).termEnd));
      await nfts.endTerm(nft.pool);
      expect((await client.device(device)).payoutLocker.toBase58()).to.equal(PublicKey.default.toBase58());
    });

    it("runs GPU bonds in real seconds: raise, hooked trade, waterfall, repayment, default and cure, redemption, close; a failed raise refunded", async () => {
      const bonds = new computeTokens.BondsClient(programs().computeTokens);
      const shares = new computeTokens.ComputeTokensClient(programs().computeTokens);
      const operator = await wallet(1_500n * IO);
      await stakingClient().stake(operator.keypair, 1_000n * IO);
      const operatorIosd = await mintIosdFor(operator, 100n * IO);
      const client = escrowClient();
      const [investor, buyer] = [await wallet(100n * IO), await wallet(0n)];
      const investorIosd = await mintIosdFor(investor, 100n * IO);
      const issue = async (deviceId: bigint, minRaise: bigint, termSeconds: bigint) => {
        const device = await client.registerDevice(
          operator.keypair,
          { deviceId, deviceClass: 0, gpuCount: 1, vramGb: 80, region: "us-east-1", pricePerGpuHour: IOSD },
          iosdMint(),
          operatorIosd,
        );
        const addresses = await bonds.operator(operator.keypair).issue(device, {
          ioMint,
          ioTokenProgram: TOKEN_PROGRAM_ID,
          operatorIo: operator.io,
          face: 100n * IOSD,
          minRaise,
          couponBps: 10_000,
          subscriptionSeconds: 3n,
          termSeconds,
          graceSeconds: 4n,
          collateral: 100n * IO,
          name: "GPU bond",
          symbol: "GPUB",
          uri: "",
        });
        expect(lastEvent("bondIssued").face?.toString()).to.equal((100n * IOSD).toString());
        await expectRentExempt("bond", addresses.bond);
        return { device, ...addresses };
      };
      /** `amount` IOSD paid into the vault, as a settled rental pays it. */
      const pay = (vault: PublicKey, amount: bigint) =>
        provider.sendAndConfirm(
          new Transaction().add(
            createTransferCheckedInstruction(operatorIosd, iosdMint(), vault, operator.keypair.publicKey, amount, 6, [], TOKEN_2022_PROGRAM_ID),
          ),
          [operator.keypair],
        );

      // A raise filled before its deadline closes at once; the principal goes to the operator.
      const filled = await issue(31n, 50n * IOSD, 20n);
      const tokens = await bonds.investor(investor.keypair).subscribe(filled.bond, 100n * IOSD, investorIosd);
      const operatorBefore = await iosdBalance(operatorIosd);
      await bonds.keeper().closeSubscription(filled.bond);
      expect(lastEvent("subscriptionClosed").success).to.equal(true);
      expect((await iosdBalance(operatorIosd)) - operatorBefore).to.equal(100n * IOSD);
      // A hooked transfer of bond tokens to a buyer, who opens a checkpoint.
      await shares.transfer(investor.keypair, filled.mint, buyer.keypair.publicKey, 40n * IOSD);
      const buyerTokens = await bonds.investor(buyer.keypair).openHolder(filled.bond);
      // Revenue through the waterfall, an early repayment, the operator's pull.
      await pay(filled.vault, 5n * IOSD);
      await bonds.keeper().sync(filled.bond);
      const synced = lastEvent("bondSynced");
      expect(big(synced.inflow as never)).to.equal(5n * IOSD);
      // A repayment pays coupons owed since the sync first, the rest into the reserve.
      const beforeRepay = await bonds.bond(filled.bond);
      await bonds.operator(operator.keypair).repay(filled.bond, 10n * IOSD);
      const afterRepay = await bonds.bond(filled.bond);
      const toReserve = big(lastEvent("principalRepaid").amount as never);
      expect(big(afterRepay.reserve) - big(beforeRepay.reserve)).to.equal(toReserve);
      expect(big(afterRepay.couponPaid) - big(beforeRepay.couponPaid)).to.equal(10n * IOSD - toReserve);
      await bonds.operator(operator.keypair).claim(filled.bond);
      // A 4-second grace: coupons due 4 seconds ago and unpaid are a default; the operator cures it.
      await sleep(6_000);
      await bonds.keeper().declareDefault(filled.bond);
      expect((await bonds.bond(filled.bond)).status).to.equal(computeTokens.BondStatus.Defaulted);
      await bonds.operator(operator.keypair).cure(filled.bond);
      expect((await bonds.bond(filled.bond)).status).to.equal(computeTokens.BondStatus.Active);
      await bonds.investor(investor.keypair).claimCoupons(filled.bond);
      // At maturity the rest arrives; both holders redeem at par; the bond closes and the collateral returns.
      await waitUntilPast(big((await bonds.bond(filled.bond)).maturity));
      await pay(filled.vault, 100n * IOSD);
      const investorBefore = await iosdBalance(investorIosd);
      await bonds.investor(investor.keypair).redeem(filled.bond, 60n * IOSD, tokens);
      expect((await iosdBalance(investorIosd)) - investorBefore).to.equal(60n * IOSD);
      await bonds.investor(buyer.keypair).redeem(filled.bond, 40n * IOSD, buyerTokens);
      const ioBefore = await ioBalance(operator.io);
      await bonds.keeper().close(filled.bond);
      expect((await ioBalance(operator.io)) - ioBefore).to.equal(100n * IO);
      expect((await client.device(filled.device)).payoutLocker.toBase58()).to.equal(PublicKey.default.toBase58());

      // A raise short of its minimum at the deadline fails: collateral back, subscribers refunded at par.
      const short = await issue(32n, 50n * IOSD, 86_400n);
      const shortTokens = await bonds.investor(investor.keypair).subscribe(short.bond, 10n * IOSD, investorIosd);
      await waitUntilPast(big((await bonds.bond(short.bond)).deadline));
      const collateralBefore = await ioBalance(operator.io);
      await bonds.keeper().closeSubscription(short.bond);
      expect((await ioBalance(operator.io)) - collateralBefore).to.equal(100n * IO);
      const refundBefore = await iosdBalance(investorIosd);
      await bonds.investor(investor.keypair).refund(short.bond, 10n * IOSD, shortTokens, investorIosd);
      expect((await iosdBalance(investorIosd)) - refundBefore).to.equal(10n * IOSD);
      expect(await iosdBalance(short.vault)).to.equal(0n);
    });

    it("names a refused transaction by the program's IDL error, from preflight and from the ledger (skipPreflight)", async () => {
      const staking = programs().staking;
      const staker = await wallet(50n * IO);
      const stake = () =>
        ioStaking
          .stakeIx(staking, { owner: staker.keypair.publicKey, ownerToken: staker.io, amount: 10n * IO, ioMint, tokenProgram: TOKEN_PROGRAM_ID })
          .signers([staker.keypair]);
      await ioStaking.pauseIx(staking, v.deployer.publicKey).rpc();
      for (const skipPreflight of [false, true]) {
        const error = await expectError(stake().rpc({ skipPreflight, commitment: "confirmed" }), "Paused");
        expect(error).to.be.instanceOf(TransactionFailedError);
        expect([error.programId, error.code]).to.deep.equal([staking.programId.toBase58(), 6006]);
        if (!skipPreflight)
          expect(error.signature).to.equal(undefined); // refused before execution
        else {
          // Executed and failed: on the ledger with its error, the fee (two signatures) paid.
          const recorded = await v.connection.getTransaction(error.signature!, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
          expect(recorded!.meta!.err).to.deep.equal({ InstructionError: [0, { Custom: 6006 }] });
          expect(recorded!.meta!.fee).to.equal(10_000);
        }
      }
      await ioStaking.unpauseIx(staking, v.deployer.publicKey).rpc();
      expect(await ioBalance(staker.io)).to.equal(50n * IO);
      await stake().rpc();
      expect(await ioBalance(staker.io)).to.equal(40n * IO);
    });

    it("changes admins, pauses and applies timelocked config changes in all four programs", async () => {
      const { staking, iosd: iosdProgram, escrow, computeTokens: ct } = programs();
      const deployer = v.deployer.publicKey;
      const newAdmin = Keypair.generate();
      await provider.sendAndConfirm(new Transaction().add(SystemProgram.transfer({ fromPubkey: deployer, toPubkey: newAdmin.publicKey, lamports: 10n ** 9n })));
      const admins = [
        { module: ioStaking, program: staking, admin: async () => (await ioStaking.fetchStakingConfig(staking)).admin },
        { module: iosd, program: iosdProgram, admin: async () => (await iosd.fetchIosdConfig(iosdProgram)).admin },
        { module: rentalEscrow, program: escrow, admin: async () => (await rentalEscrow.fetchMarket(escrow)).admin },
        { module: computeTokens, program: ct, admin: async () => (await computeTokens.fetchComputeTokensConfig(ct)).admin },
      ];
      for (const { module, program, admin } of admins) {
        const p = program as never;
        await module.pauseIx(p, deployer).rpc();
        expect(lastEvent("pauseChanged").paused).to.equal(true);
        await module.unpauseIx(p, deployer).rpc();
        await module.proposeAdminIx(p, deployer, newAdmin.publicKey).rpc();
        await module.acceptAdminIx(p, newAdmin.publicKey).signers([newAdmin]).rpc();
        expect((await admin()).toBase58()).to.equal(newAdmin.publicKey.toBase58());
        await module.proposeAdminIx(p, newAdmin.publicKey, deployer).signers([newAdmin]).rpc();
        await module.acceptAdminIx(p, deployer).rpc();
        expect((await admin()).toBase58()).to.equal(deployer.toBase58());
      }

      // The treasury of io_staking and iosd and the market's arbiter change only after the delay.
      const newTreasury = await createAta(provider, ioMint, newAdmin.publicKey, TOKEN_PROGRAM_ID);
      const stakingConfig = await ioStaking.fetchStakingConfig(staking);
      await ioStaking
        .updateConfigIx(staking, deployer, newTreasury, {
          unstakeCooldown: big(stakingConfig.unstakeCooldown),
          minStakePerGpu: big(stakingConfig.minStakePerGpu),
          classMultipliersBps: stakingConfig.classMultipliersBps,
          bondAuthority: stakingConfig.bondAuthority,
          slashAuthority: stakingConfig.slashAuthority,
        })
        .rpc();
      const stakingReady = big(lastEvent("configChangeProposed").readyAt as never);
      await expectError(ioStaking.applyConfigChangeIx(staking).rpc(), "ChangeNotReady");
      const iosdConfig = await iosd.fetchIosdConfig(iosdProgram);
      await iosd
        .updateIosdConfigIx(iosdProgram, deployer, newTreasury, {
          pythReceiver: iosdConfig.pythReceiver,
          feedId: Uint8Array.from(iosdConfig.feedId),
          maxStalenessSeconds: iosdConfig.maxStaleness,
          maxConfBps: iosdConfig.maxConfBps,
          confMultiplier: iosdConfig.confMultiplier,
          feeBps: iosdConfig.feeBps,
          windowSeconds: iosdConfig.windowSeconds,
          windowCap: big(iosdConfig.windowCap),
        })
        .rpc();
      const market = await rentalEscrow.fetchMarket(escrow);
      const arbiter = Keypair.generate().publicKey;
      await rentalEscrow.updateMarketIx(escrow, deployer, { ...rentalEscrow.marketSettings(market), arbiter }).rpc();
      const marketReady = big(lastEvent("configChangeProposed").readyAt as never);
      await waitUntilPast(marketReady > stakingReady ? marketReady : stakingReady);
      await ioStaking.applyConfigChangeIx(staking).rpc();
      await iosd.applyConfigChangeIx(iosdProgram).rpc();
      await rentalEscrow.applyConfigChangeIx(escrow).rpc();
      expect((await ioStaking.fetchStakingConfig(staking)).treasury.toBase58()).to.equal(newTreasury.toBase58());
      expect((await iosd.fetchIosdConfig(iosdProgram)).treasury.toBase58()).to.equal(newTreasury.toBase58());
      expect((await rentalEscrow.fetchMarket(escrow)).arbiter.toBase58()).to.equal(arbiter.toBase58());
    });

    it("the explorer's indexer reads every program's history over RPC: paged, stored once, resumed from its cursors, its sums equal the pools' books", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "index-rpc-"));
      const file = path.join(dir, "index.db");
      let store = new SqliteStore(file);
      const first = await syncFromRpc(v.connection, store, { pageSize: 25 });
      expect(first.stored > 50 && first.events > first.stored).to.equal(true);
      const count = store.transactionCount();
      store.close();
      // Restarted: resumes from the cursors, finds nothing new, stores nothing twice.
      store = new SqliteStore(file);
      const again = await syncFromRpc(v.connection, store, { pageSize: 25 });
      expect([again.seen, again.stored, store.transactionCount()]).to.deep.equal([0, 0, count]);
      // Every share pool's and NFT pool's synced inflow, summed from the stored events, is its lifetime total.
      const ct = programs().computeTokens;
      const pools = [...(await ct.account.pool.all()), ...(await ct.account.nftPool.all())];
      const synced = store.events({ name: "revenueSynced" });
      for (const { publicKey, account } of pools) {
        const sum = synced.filter((e) => e.data.pool === publicKey.toBase58()).reduce((n, e) => n + BigInt(String(e.data.inflow)), 0n);
        expect(sum).to.equal(big(account.totalInflow));
      }
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("the explorer serves the validator: its API's figures and series equal the chain's, and its pages render in Chromium", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "explorer-rpc-"));
      const source = new RpcSource(v.connection.rpcEndpoint, path.join(dir, "index.db"));
      const explorer = await serveExplorer(source);
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
      try {
        const get = async (route: string): Promise<any> => (await fetch(`${explorer.url}api/${route}`)).json();
        const overview = await get("overview");
        const stats = await fetchNetworkStats(provider, await clusterTime(v.connection));
        for (const key of [
          "devices",
          "gpus",
          "ioStaked",
          "ioBonded",
          "iosdSupply",
          "ioBurnedForIosd",
          "ioBurnedInFees",
          "tokenizedDevices",
          "tokenizedRevenue",
          "bonds",
          "cashFlowNfts",
          "nftRevenue",
        ] as const) {
          expect(String(overview.stats[key]), key).to.equal(String(stats[key]));
        }
        const config = await ioStaking.fetchStakingConfig(programs().staking);
        const iosdConfig = await iosd.fetchIosdConfig(programs().iosd);
        expect(overview.series.staking[overview.series.staking.length - 1].staked).to.equal(config.totalStaked.toString());
        expect(overview.series.iosd[overview.series.iosd.length - 1].ioBurnedTotal).to.equal(iosdConfig.totalIoBurned.toString());
        const pools = await get("pools");
        const ct = programs().computeTokens;
        for (const { publicKey, account } of [...(await ct.account.pool.all()), ...(await ct.account.nftPool.all())]) {
          expect(pools.all.find((p: { address: string }) => p.address === publicKey.toBase58()).revenue).to.equal(account.totalInflow.toString());
        }

        const { page, errors } = await watchedPage(browser);
        await openPage(page, explorer.url, `rpc-${version}-overview`);
        expect(await page.getByTestId("stat-devices").innerText()).to.equal(String(stats.devices));
        expect(await page.getByTestId("stat-io-burned").innerText()).to.equal(amount(stats.ioBurnedForIosd + stats.ioBurnedInFees, 8, "IO"));
        await openPage(page, `${explorer.url}pools`, `rpc-${version}-pools`);
        await openPage(page, `${explorer.url}devices`, `rpc-${version}-devices`);
        expect(await page.getByTestId("devices-table").locator("tbody tr").count()).to.equal(stats.devices);
        expect(errors).to.deep.equal([]);
      } finally {
        await browser.close();
        await explorer.close();
        source.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it("ran every instruction of every program over RPC, read back from the validator's ledger", async () => {
      const seen = new Map<string, Set<string>>(IDLS.map((idl) => [idl.address, new Set<string>()]));
      const coders = new Map(IDLS.map((idl) => [idl.address, new BorshInstructionCoder(idl as Idl)]));
      for (const idl of IDLS) {
        const signatures = await v.connection.getSignaturesForAddress(new PublicKey(idl.address), { limit: 1_000 }, "confirmed");
        for (const { signature, err } of signatures) {
          if (err) continue;
          const tx = await v.connection.getTransaction(signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
          const keys = tx!.transaction.message.getAccountKeys({ accountKeysFromLookups: tx!.meta!.loadedAddresses });
          const instructions = [
            ...tx!.transaction.message.compiledInstructions.map((i) => ({ program: i.programIdIndex, data: Buffer.from(i.data) })),
            ...(tx!.meta!.innerInstructions ?? []).flatMap((inner) =>
              inner.instructions.map((i) => ({ program: i.programIdIndex, data: Buffer.from(utils.bytes.bs58.decode(i.data)) })),
            ),
          ];
          for (const { program, data } of instructions) {
            const id = keys.get(program)!.toBase58();
            const decoded = coders.get(id)?.decode(data);
            if (decoded) seen.get(id)!.add(decoded.name);
          }
        }
      }
      for (const idl of IDLS) {
        const missing = idl.instructions.map((i) => i.name).filter((name) => !seen.get(idl.address)!.has(name));
        expect(missing, `${idl.metadata.name}: instructions never run over RPC`).to.deep.equal([]);
      }
    });
  });
}
