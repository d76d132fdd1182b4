// Benchmarks, printed as tables: program sizes, account sizes, and the compute units of each instruction next
// to its floor (the CPIs it cannot avoid, executed directly in the same SVM run).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeAccount3Instruction,
  createTransferCheckedInstruction,
  createInitializeMint2Instruction,
  createInitializeTransferHookInstruction,
  createTransferCheckedWithTransferHookInstruction,
  ExtensionType,
  getExtraAccountMetaAddress,
  getMintLen,
  ACCOUNT_SIZE,
  MINT_SIZE,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram, Transaction, TransactionInstruction } from "@solana/web3.js";
import { address } from "@solana/kit";
import { big, computeTokens, createAta, createMint, ioStaking, iosd, mintTo, PROGRAM_NAMES, rentalEscrow } from "@io-compute/sdk";
import { advanceClock, programPath, setUnixTimestamp, writePriceUpdate } from "@io-compute/sdk/testing";
import { FEED_ID, IO, World } from "../tests/helpers";
import { HOUR, MarketWorld, PRICE, T0 } from "../tests/market";
import { SharesWorld } from "../tests/shares";
import { BondWorld } from "../tests/bonds";
import { createNft, findMetadataPda, verifyCollectionV1 } from "@metaplex-foundation/mpl-token-metadata";
import { createSignerFromKeypair, generateSigner, percentAmount, signerIdentity, some, type TransactionBuilder } from "@metaplex-foundation/umi";
import { fromWeb3JsKeypair } from "@metaplex-foundation/umi-web3js-adapters";
import { createLiteSvmUmi } from "@io-compute/sdk/testing";
import { deriveSeries, HOUR as HOUR_SECONDS } from "../explorer/indexer/series";
import { indexFileFor, SqliteStore, type IndexedTransaction } from "../explorer/indexer/store";

function table(title: string, header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const fmt = (r: string[]) => "| " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
  console.log(`\n${title}\n${fmt(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of cells.slice(1)) console.log(fmt(r));
}

/** The sections after the first tables, by name: `BENCH_ONLY=emissions npm run bench` runs one alone. */
const SECTIONS: Record<string, () => Promise<void>> = {
  staking: () => stakingBench(),
  iosd: () => iosdBench(),
  rental: () => rentalBench(),
  computeTokens: () => computeTokensBench(),
  bonds: () => bondsBench(),
  nft: () => nftBench(),
  emissions: () => emissionsBench(),
  explorer: () => explorerBench(),
};

async function main() {
  const only = process.env.BENCH_ONLY;
  if (only) {
    if (!SECTIONS[only]) throw new Error(`BENCH_ONLY must be one of ${Object.keys(SECTIONS).join(", ")}`);
    return SECTIONS[only]();
  }
  table(
    "Program sizes (SBPF v0, target/deploy)",
    ["program", "bytes"],
    PROGRAM_NAMES.map((name) => [name, fs.statSync(programPath(name)).size]),
  );

  const world = await new World().createIo();
  table(
    "Account sizes (bytes, including the 8-byte discriminator)",
    ["account", "bytes"],
    [
      ["io_staking Config", world.staking.account.config.size],
      ["iosd Config", world.iosd.account.config.size],
      ["rental_escrow Market", world.escrow.account.market.size],
      ["rental_escrow Device", world.escrow.account.device.size],
      ["rental_escrow Rental", world.escrow.account.rental.size],
      ["compute_tokens Config", world.computeTokens.account.config.size],
      ["compute_tokens Pool", world.computeTokens.account.pool.size],
      ["compute_tokens Holder", world.computeTokens.account.holder.size],
      ["compute_tokens Bond", world.computeTokens.account.bond.size],
      ["compute_tokens NftPool", world.computeTokens.account.nftPool.size],
    ],
  );

  // Floors: the same system and token instructions the programs issue by CPI, executed directly.
  const provider = world.provider;
  const rent = async (n: number) => provider.connection.getMinimumBalanceForRentExemption(n);
  async function measure(build: (k: Keypair) => Promise<TransactionInstruction[]>): Promise<number> {
    const k = Keypair.generate();
    return (await provider.sendInstructions(await build(k), [k])).computeUnits;
  }
  const createAccount = async (k: Keypair, space: number) =>
    SystemProgram.createAccount({
      fromPubkey: provider.publicKey,
      newAccountPubkey: k.publicKey,
      lamports: await rent(space),
      space,
      programId: TOKEN_PROGRAM_ID,
    });
  const createAccountCu = await measure(async (k) => [await createAccount(k, 100)]);
  const tokenAccountCu = await measure(async (k) => [
    await createAccount(k, ACCOUNT_SIZE),
    createInitializeAccount3Instruction(k.publicKey, world.ioMint, provider.publicKey, TOKEN_PROGRAM_ID),
  ]);
  const mintCu = await measure(async (k) => [
    await createAccount(k, MINT_SIZE),
    createInitializeMint2Instruction(k.publicKey, 6, provider.publicKey, null, TOKEN_PROGRAM_ID),
  ]);

  const rows: (string | number)[][] = [];
  async function record(name: string, floor: number, floorParts: string, run: () => Promise<unknown>) {
    await run();
    const cu = provider.lastResult!.computeUnits;
    rows.push([name, cu, floor, floorParts, (cu / floor).toFixed(2)]);
  }
  await record("io_staking.initialize", createAccountCu + 2 * tokenAccountCu, "create + 2 token accounts", () => world.initStaking());
  await record("iosd.initialize", createAccountCu + mintCu, "create + mint", () => iosd.initializeIosdIx(world.iosd, world.iosdParams()).rpc());
  world.iosdTreasury = await createAta(provider, iosd.iosdPdas.iosdMint(), provider.publicKey, TOKEN_PROGRAM_ID);
  await record("rental_escrow.initialize", createAccountCu, "create", () => world.initMarket());
  await record("compute_tokens.initialize", createAccountCu, "create", () => world.initComputeTokens());

  table("Compute units of initialize (LiteSVM, SPL Token = p-token)", ["instruction", "CU", "floor", "floor is", "x floor"], rows);
  console.log("\nInitialize's floor is the system/token work alone, run as top-level instructions. Initialize adds about");
  console.log("1,000 CU per CPI and finds each new PDA's canonical bump (1,500 CU per bump tried); it runs once.");

  for (const section of Object.values(SECTIONS)) await section();
}

/** Floors: the bench-only cpi-floor program making just the token CPI an instruction cannot avoid. */
class CpiFloor {
  readonly programId = Keypair.generate().publicKey;
  readonly pda: PublicKey;
  readonly bump: number;
  constructor(readonly world: World) {
    world.svm.addProgramFromFile(address(this.programId.toBase58()), "target/deploy/cpi_floor.so");
    [this.pda, this.bump] = PublicKey.findProgramAddressSync([Buffer.from("floor")], this.programId);
  }

  /** op 0 transfer_checked a -> b, 1 burn_checked from a, 2 mint_to_checked into b; signed by `authority`, or by the PDA. */
  ix(op: number, a: PublicKey, mint: PublicKey, b: PublicKey, decimals: number, authority: PublicKey | null, tokenProgram = TOKEN_PROGRAM_ID) {
    const data = Buffer.alloc(11);
    data.writeUInt8(op, 0);
    data.writeBigUInt64LE(1n, 1);
    data.writeUInt8(decimals, 9);
    data.writeUInt8(authority ? 0 : this.bump, 10);
    return new TransactionInstruction({
      programId: this.programId,
      keys: [
        { pubkey: a, isSigner: false, isWritable: true },
        { pubkey: mint, isSigner: false, isWritable: true },
        { pubkey: b, isSigner: false, isWritable: true },
        { pubkey: authority ?? this.pda, isSigner: authority !== null, isWritable: false },
        { pubkey: tokenProgram, isSigner: false, isWritable: false },
      ],
      data,
    });
  }

  /** transfer_checked by CPI, the authority signing the transaction (what stake and fund_rewards do). */
  async transferSignedByUser(): Promise<number> {
    const w = this.world;
    const { keypair, token } = await w.newIoHolder(10n);
    return (await w.provider.sendInstructions([this.ix(0, token, w.ioMint, w.ioTreasury, 8, keypair.publicKey)], [keypair])).computeUnits;
  }

  /** transfer_checked by CPI signed with a PDA's seeds (what withdraw, claim_rewards and slash do from a vault). */
  async transferSignedByPda(): Promise<number> {
    const w = this.world;
    const vault = await createAta(w.provider, w.ioMint, this.pda, TOKEN_PROGRAM_ID);
    await mintTo(w.provider, w.ioMint, vault, w.ioMintAuthority, 10n, TOKEN_PROGRAM_ID);
    return (await w.provider.sendInstructions([this.ix(0, vault, w.ioMint, w.ioTreasury, 8, null)])).computeUnits;
  }

  /** burn_checked by CPI, the holder signing (what refund and redeem do). */
  async burnSignedByUser(): Promise<number> {
    const w = this.world;
    const { keypair, token } = await w.newIoHolder(10n);
    return (await w.provider.sendInstructions([this.ix(1, token, w.ioMint, token, 8, keypair.publicKey)], [keypair])).computeUnits;
  }

  /** burn_checked signed by the holder, then mint_to_checked signed by a mint-authority PDA (what mint_iosd does). */
  async burnThenMint(mintProgram: PublicKey): Promise<number> {
    const w = this.world;
    const { keypair, token } = await w.newIoHolder(10n);
    const mint = await createMint(w.provider, 6, this.pda, mintProgram);
    const out = await createAta(w.provider, mint, keypair.publicKey, mintProgram);
    const burn = this.ix(1, token, w.ioMint, token, 8, keypair.publicKey);
    const mintTo = this.ix(2, out, mint, out, 6, null, mintProgram);
    return (await w.provider.sendInstructions([burn, mintTo], [keypair])).computeUnits;
  }
}

async function stakingBench() {
  const world = await new World().createIo();
  const bondAuthority = Keypair.generate();
  await world.initStaking({ bondAuthority: bondAuthority.publicKey });
  await world.mintToAdmin(10n ** 9n * IO);
  const { provider, staking } = world;
  const client = world.stakingClient;
  const floor = new CpiFloor(world);
  const userFloor = await floor.transferSignedByUser();
  const pdaFloor = await floor.transferSignedByPda();
  setUnixTimestamp(world.svm, 1_800_000_000n);

  const rows: (string | number)[][] = [];
  const cu = () => provider.lastResult!.computeUnits;
  async function record(name: string, floorCu: number, floorIs: string, run: () => Promise<unknown>) {
    await run();
    const target = Math.floor(floorCu * 1.25) + 1_500;
    rows.push([name, cu(), floorCu, floorIs, target, cu() <= target ? "yes" : "NO"]);
  }
  const { keypair: staker } = await world.newIoHolder(1_000_000n * IO);
  const { keypair: operator } = await world.newIoHolder(1_000_000n * IO);
  await client.stake(operator, 1_000_000n * IO);
  await record("fund_rewards", userFloor, "transfer_checked CPI", () => client.fundRewards(world.admin, 1_000_000n * IO, 30n * 86_400n));
  await client.stake(staker, IO); // creates the position (a one-time canonical-bump search and account creation)
  const firstStake = cu();
  await record("stake", userFloor, "transfer_checked CPI", () => client.stake(staker, IO));
  advanceClock(world.svm, 60);
  await record("claim_rewards", pdaFloor, "PDA-signed transfer_checked CPI", () => client.claimRewards(staker));
  await record("request_unstake", 0, "none", () => client.requestUnstake(staker, IO));
  await record("cancel_unstake", 0, "none", () => client.cancelUnstake(staker));
  await client.requestUnstake(staker, IO);
  advanceClock(world.svm, ioStaking.DEFAULT_UNSTAKE_COOLDOWN);
  await record("withdraw", pdaFloor, "PDA-signed transfer_checked CPI", () => client.withdraw(staker));
  // A device key as rental_escrow would pass it; the first bond creates its bond account (measured apart).
  const device = Keypair.generate().publicKey;
  const bond = () => ioStaking.bondIx(staking, bondAuthority.publicKey, operator.publicKey, device, 3, 8).signers([bondAuthority, operator]).rpc();
  await record("bond (first: creates the device's bond account)", 0, "none (+ create_account)", bond);
  await record("slash", pdaFloor, "PDA-signed transfer_checked CPI", () =>
    ioStaking
      .slashIx(staking, {
        slashAuthority: world.slashAuthority.publicKey,
        owner: operator.publicKey,
        device,
        treasury: world.ioTreasury,
        ioMint: world.ioMint,
        tokenProgram: TOKEN_PROGRAM_ID,
        amount: IO,
      })
      .signers([world.slashAuthority])
      .rpc(),
  );
  // The slash left the bond under its requirement: bonding again tops it up (no account created).
  await record("bond (top-up after a slash)", 0, "none", bond);
  await record("unbond (closes the device's bond)", 0, "none", () =>
    ioStaking.unbondIx(staking, bondAuthority.publicKey, operator.publicKey, device).signers([bondAuthority]).rpc(),
  );
  await record("update_config", 0, "none", () =>
    ioStaking.updateConfigIx(staking, world.admin.publicKey, world.ioTreasury, world.stakingParams({ bondAuthority: bondAuthority.publicKey })).rpc(),
  );
  const next = Keypair.generate();
  await record("propose_admin", 0, "none", () => ioStaking.proposeAdminIx(staking, world.admin.publicKey, next.publicKey).rpc());
  await record("accept_admin", 0, "none", () => ioStaking.acceptAdminIx(staking, next.publicKey).signers([next]).rpc());
  await record("pause", 0, "none", () => ioStaking.pauseIx(staking, next.publicKey).signers([next]).rpc());
  await record("unpause", 0, "none", () => ioStaking.unpauseIx(staking, next.publicKey).signers([next]).rpc());
  table(
    `io_staking compute units (floor measured in this run: transfer_checked by CPI ${userFloor}, PDA-signed ${pdaFloor})`,
    ["instruction", "CU", "floor", "floor is", "target 1.25x+1500", "within"],
    rows,
  );
  console.log(`\nThe first stake also creates the position: ${firstStake} CU (canonical bump search, ~1,500 CU per bump`);
  console.log("tried, plus the system CPI), once per staker.");

  // Claim cost with 1 and with 10,000 stakers: the accumulator makes it independent of the count.
  const stakers = Number(process.env.BENCH_STAKERS ?? 10_000);
  const scale = await new World().createIo();
  await scale.initStaking();
  await scale.mintToAdmin(10n ** 9n * IO);
  setUnixTimestamp(scale.svm, 1_800_000_000n);
  await scale.stakingClient.fundRewards(scale.admin, 1_000_000n * IO, 30n * 86_400n);
  const { keypair: first } = await scale.newIoHolder(100n * IO);
  await scale.stakingClient.stake(first, 100n * IO);
  const claimCu = async () => {
    advanceClock(scale.svm, 60);
    await scale.stakingClient.claimRewards(first);
    return scale.provider.lastResult!.computeUnits;
  };
  const with1 = await claimCu();
  const started = Date.now();
  for (let i = 1; i < stakers; i++) {
    const { keypair } = await scale.newIoHolder(100n * IO);
    await scale.stakingClient.stake(keypair, BigInt(1 + (i % 100)) * IO);
  }
  const withMany = await claimCu();
  table(
    "claim_rewards with 1 vs many stakers",
    ["stakers", "claim CU"],
    [
      [1, with1],
      [stakers, withMany],
    ],
  );
  console.log(
    `\n(${stakers - 1} more stakers staked for real in ${((Date.now() - started) / 1000).toFixed(0)} s; config total ${(await scale.stakingClient.config()).totalStaked.toString()} base units)`,
  );
}

async function iosdBench() {
  const rows: (string | number)[][] = [];
  for (const [label, iosdProgram] of [
    ["SPL Token", TOKEN_PROGRAM_ID],
    ["Token-2022 (with metadata)", TOKEN_2022_PROGRAM_ID],
  ] as const) {
    const world = await new World().createIo();
    await world.initIosd({ iosdTokenProgram: iosdProgram });
    const floor = await new CpiFloor(world).burnThenMint(iosdProgram);
    const now = 1_800_000_000n;
    setUnixTimestamp(world.svm, now);
    const price = Keypair.generate().publicKey;
    writePriceUpdate(world.svm, price, { verification: "full", feedId: FEED_ID, price: 25_000_000n, conf: 10_000n, exponent: -8, publishTime: now });
    const { keypair: user, token: userIo } = await world.newIoHolder(1_000_000n * IO);
    const userIosd = await createAta(world.provider, iosd.iosdPdas.iosdMint(), user.publicKey, iosdProgram);
    const run = async () => {
      await (
        await iosd.mintIosdFromConfig(world.iosd, { user: user.publicKey, priceUpdate: price, userIo, userIosd, ioAmount: 1_000n * IO, minIosdOut: 0n })
      )
        .signers([user])
        .rpc();
      return world.provider.lastResult!.computeUnits;
    };
    await run();
    const cu = await run();
    const target = Math.floor(floor * 1.25) + 2_000;
    rows.push([`mint_iosd, IOSD on ${label}`, cu, floor, "burn + PDA-signed mint_to CPIs", target, cu <= target ? "yes" : "NO"]);
  }
  table("iosd compute units (floors measured in this run)", ["instruction", "CU", "floor", "floor is", "target 1.25x+2000", "within"], rows);
  console.log("\nmint_iosd also moves the fee to the treasury (a third CPI, ~1,100 CU) and verifies the Pyth account.");
}

/** rental_escrow: every instruction's CU next to the token/system CPIs it cannot avoid, and settle/complete on a
 * short rental of a new device vs a long rental of a device with a long history. */
async function rentalBench() {
  // No dispute window, so settle pays at once (its cost does not depend on the window).
  const m = await MarketWorld.create({ disputeWindowSeconds: 0n });
  const { world, client } = m;
  const floor = new CpiFloor(world);
  const userFloor = await floor.transferSignedByUser();
  const pdaFloor = await floor.transferSignedByPda();
  const provider = world.provider;
  const floorKey = Keypair.generate();
  const lamports = await provider.connection.getMinimumBalanceForRentExemption(100);
  const create = SystemProgram.createAccount({
    fromPubkey: provider.publicKey,
    newAccountPubkey: floorKey.publicKey,
    lamports,
    space: 100,
    programId: TOKEN_PROGRAM_ID,
  });
  const createFloor = (await provider.sendInstructions([create], [floorKey])).computeUnits;
  const cu = () => provider.lastResult!.computeUnits;
  const rows: (string | number)[][] = [];
  async function record(name: string, floorCu: number, floorIs: string, run: () => Promise<unknown>) {
    await run();
    rows.push([name, cu(), floorCu, floorIs, floorCu ? (cu() / floorCu).toFixed(2) : "-"]);
  }
  const operator = await m.operator(100_000n);
  const renter = await m.renter(1_000_000n);
  let device = PublicKey.default;
  await record("register_device", createFloor, "create_account (+ io_staking bond CPI)", async () => (device = await m.device(operator)));
  await record("update_device", 0, "none", () =>
    rentalEscrow.updateDeviceIx(m.escrow, operator.keypair.publicKey, device, PRICE, 0).signers([operator.keypair]).rpc(),
  );
  const locker = Keypair.generate();
  await record("lock_payout", 0, "none", () =>
    rentalEscrow
      .lockPayoutIx(m.escrow, operator.keypair.publicKey, locker.publicKey, device, operator.iosd, T0 + 90n * 86_400n)
      .signers([operator.keypair, locker])
      .rpc(),
  );
  await record("unlock_payout", 0, "none", () => rentalEscrow.unlockPayoutIx(m.escrow, locker.publicKey, device).signers([locker]).rpc());
  let rental = PublicKey.default;
  await record(
    "create_rental",
    2 * userFloor + 2 * createFloor,
    "2 transfers + 2 create_account",
    async () => ({ rental } = await client.rent(renter.keypair, device, 10n * HOUR, PRICE)),
  );
  m.setTime(T0 + HOUR);
  await record("settle", 2 * pdaFloor, "2 PDA-signed transfers", () => client.settle(rental));
  await record("extend", 2 * userFloor, "2 transfers", () => client.extend(renter.keypair, rental, HOUR));
  m.setTime(T0 + 2n * HOUR);
  await record("cancel", 3 * pdaFloor, "3 PDA-signed transfers (+ close)", () => client.cancel(renter.keypair, rental));
  ({ rental } = await client.rent(renter.keypair, device, HOUR, PRICE));
  m.setTime(m.now() + HOUR);
  await record("complete", 2 * pdaFloor, "2 PDA-signed transfers (+ close)", () => client.complete(renter.keypair, rental));
  ({ rental } = await client.rent(renter.keypair, device, HOUR, PRICE));
  await record("open_dispute", 0, "none", () => client.openDispute(renter.keypair, rental));
  await record("resolve_dispute", 4 * pdaFloor, "3 PDA transfers + slash transfer (+ close)", () => client.resolveDispute(world.arbiter, rental, 5_000, IO));
  const settings = {
    arbiter: world.arbiter.publicKey,
    fees: rentalEscrow.IO_NET_FEES,
    disputeWindowSeconds: 0n,
    maxRentalDurationSeconds: 90n * 86_400n,
    minRentalDurationSeconds: 3_600n,
  };
  // Renter priority: class 0 held an hour for tier 1; the same booking, now reading the renter's position.
  const priority = { ...rentalEscrow.DEFAULT_PRIORITY, classPriority: [1, 0, 0, 0] as [number, number, number, number], windowSeconds: HOUR };
  await rentalEscrow.updateMarketIx(m.escrow, world.admin.publicKey, { ...settings, priority }).rpc();
  await world.stakingClient.stake(renter.keypair, 1_000n * IO);
  const held = await m.device(operator);
  // The check alone: the same booking simulated inside the window (position read) and with the class's priority off
  // (not read): the same rental PDA and bumps, so the difference is the check.
  const { ix: booking } = await client.createRentalInstruction(renter.keypair.publicKey, held, HOUR, PRICE);
  const withCheck = provider.dryRun(new Transaction().add(booking), [renter.keypair]).computeUnits;
  await rentalEscrow.updateMarketIx(m.escrow, world.admin.publicKey, settings).rpc();
  const withoutCheck = provider.dryRun(new Transaction().add(booking), [renter.keypair]).computeUnits;
  rows.push([
    "create_rental, priority class in its window",
    withCheck,
    2 * userFloor + 2 * createFloor,
    `the same booking without the position check: ${withoutCheck} CU`,
    (withCheck / (2 * userFloor + 2 * createFloor)).toFixed(2),
  ]);
  await record("top_up_bond (extra 100 IO)", 0, "none (+ io_staking bond CPI)", () => client.topUpBond(operator.keypair, device, 100n * IO));
  await record("release_excess_bond", 0, "none (+ io_staking release_bond CPI)", () => client.releaseExcessBond(operator.keypair, device, 100n * IO));
  await record("update_market", 0, "none", () => rentalEscrow.updateMarketIx(m.escrow, world.admin.publicKey, settings).rpc());
  await record("deregister_device", 0, "none (+ io_staking unbond CPI)", () =>
    rentalEscrow.deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc(),
  );
  table(
    `rental_escrow compute units (IOSD on SPL Token; floors measured in this run: transfer ${userFloor}, PDA-signed ${pdaFloor}, create_account ${createFloor})`,
    ["instruction", "CU", "floor", "floor is", "x floor"],
    rows,
  );

  // settle and complete are O(1): the same on a 1-hour rental of a new device and on a 90-day rental of a device
  // that has served many rentals.
  const history = Number(process.env.BENCH_RENTALS ?? 200);
  const fresh = await m.device(operator, { gpuCount: 1 });
  const veteran = await m.device(operator, { gpuCount: 1 });
  for (let i = 0; i < history; i++) {
    const b = await client.rent(renter.keypair, veteran, 60n, PRICE);
    m.setTime(m.now() + 60n);
    await client.complete(renter.keypair, b.rental);
  }
  const measureBoth = async (d: PublicKey, seconds: bigint) => {
    const b = await client.rent(renter.keypair, d, seconds, PRICE);
    m.setTime(m.now() + seconds / 2n);
    await client.settle(b.rental);
    const settleCu = cu();
    m.setTime(m.now() + seconds);
    await client.complete(renter.keypair, b.rental);
    return [settleCu, cu()];
  };
  const [s1, c1] = await measureBoth(fresh, HOUR);
  const [s2, c2] = await measureBoth(veteran, 90n * 86_400n);
  table(
    "settle and complete vs rental length and device history",
    ["case", "settle CU", "complete CU"],
    [
      ["1-hour rental, new device", s1, c1],
      [`90-day rental, device with ${history} past rentals`, s2, c2],
    ],
  );
}

/**
 * The floor of a hooked transfer: a Token-2022 mint whose TransferHook is the bench-only hook-floor program (it does
 * nothing), with an exact copy of `shareMint`'s ExtraAccountMetaList, so Token-2022 resolves and passes the same
 * extra accounts. Returns the CU of one transfer_checked of it, and of the do-nothing hook inside it.
 */
async function hookedTransferFloor(world: World, shareMint: PublicKey): Promise<[number, number]> {
  const provider = world.provider;
  const hook = Keypair.generate().publicKey;
  world.svm.addProgramFromFile(address(hook.toBase58()), "target/deploy/hook_floor.so");
  const mint = Keypair.generate();
  const space = getMintLen([ExtensionType.TransferHook]);
  await provider.sendInstructions(
    [
      SystemProgram.createAccount({
        fromPubkey: provider.publicKey,
        newAccountPubkey: mint.publicKey,
        space,
        lamports: 100_000_000,
        programId: TOKEN_2022_PROGRAM_ID,
      }),
      createInitializeTransferHookInstruction(mint.publicKey, provider.publicKey, hook, TOKEN_2022_PROGRAM_ID),
      createInitializeMint2Instruction(mint.publicKey, 0, provider.publicKey, null, TOKEN_2022_PROGRAM_ID),
    ],
    [mint],
  );
  const list = world.svm.getAccount(address(getExtraAccountMetaAddress(shareMint, computeTokens.COMPUTE_TOKENS_PROGRAM_ID).toBase58()));
  if (!list.exists) throw new Error("the share mint has no ExtraAccountMetaList");
  world.svm.setAccount({ ...list, address: address(getExtraAccountMetaAddress(mint.publicKey, hook).toBase58()), programAddress: address(hook.toBase58()) });
  const owner = Keypair.generate();
  const from = await createAta(provider, mint.publicKey, owner.publicKey, TOKEN_2022_PROGRAM_ID);
  const to = await createAta(provider, mint.publicKey, Keypair.generate().publicKey, TOKEN_2022_PROGRAM_ID);
  await mintTo(provider, mint.publicKey, from, world.admin, 10n, TOKEN_2022_PROGRAM_ID);
  const transfer = await createTransferCheckedWithTransferHookInstruction(
    provider.connection,
    from,
    mint.publicKey,
    to,
    owner.publicKey,
    1n,
    0,
    [],
    "confirmed",
    TOKEN_2022_PROGRAM_ID,
  );
  const result = await provider.sendInstructions([transfer], [owner]);
  return [result.computeUnits, hookOwnCu(result.logs, hook)];
}

/** CU our transfer hook itself used (Token-2022 logs each invoked program's consumption). */
/** CU of the transaction's last compute_tokens instruction, its CPIs included (what comes before it, such as creating
 * an associated account or a checkpoint, is left out). */
function lastInstructionCu(logs: string[]): number {
  const line = [...logs].reverse().find((l) => l.startsWith(`Program ${computeTokens.COMPUTE_TOKENS_PROGRAM_ID.toBase58()} consumed`));
  return Number(line?.split(" ")[3] ?? NaN);
}

function hookOwnCu(logs: string[], hook = computeTokens.COMPUTE_TOKENS_PROGRAM_ID): number {
  const line = logs.find((l) => l.startsWith(`Program ${hook.toBase58()} consumed`));
  return Number(line?.split(" ")[3] ?? NaN);
}

/** compute_tokens: each instruction's CU, a hooked share transfer next to a plain Token-2022 transfer_checked, and
 * sync / claim / hooked transfer with 1 and with many holders (the accumulator makes them independent of the count). */
async function computeTokensBench() {
  const w = await SharesWorld.create();
  const { world, client } = w;
  const provider = world.provider;
  const cu = () => provider.lastResult!.computeUnits;
  const floor = new CpiFloor(world);
  const pdaFloor = await floor.transferSignedByPda();

  // A plain Token-2022 transfer_checked (no hook, no extensions) in this run.
  const plainMint = await createMint(provider, 0, world.admin.publicKey, TOKEN_2022_PROGRAM_ID);
  const plainA = await createAta(provider, plainMint, world.admin.publicKey, TOKEN_2022_PROGRAM_ID);
  const plainB = await createAta(provider, plainMint, Keypair.generate().publicKey, TOKEN_2022_PROGRAM_ID);
  await mintTo(provider, plainMint, plainA, world.admin, 1_000n, TOKEN_2022_PROGRAM_ID);
  const plain = (
    await provider.sendInstructions(
      [createTransferCheckedInstruction(plainA, plainMint, plainB, world.admin.publicKey, 1n, 0, [], TOKEN_2022_PROGRAM_ID)],
      [world.admin],
    )
  ).computeUnits;

  const rows: (string | number)[][] = [];
  const record = async (name: string, run: () => Promise<unknown>, note = "") => {
    await run();
    rows.push([name, cu(), note]);
  };
  const operator = await w.market.operator();
  const device = await w.market.device(operator);
  let t!: computeTokens.Tokenized;
  const shares = 1_000_000n;
  await record(
    "tokenize_device",
    async () =>
      (t = await client.tokenize(operator.keypair, device, {
        shares,
        termSeconds: 90n * 86_400n,
        name: "A100 x8 revenue",
        symbol: "GPU1",
        uri: "https://example.org/gpu1.json",
      })),
    "6 accounts, mint + metadata (5 fields) + hook, lock_payout CPI",
  );
  const hooked = async (from: Keypair, source: PublicKey, destination: PublicKey, mint: PublicKey, amount = 1n) => {
    const result = await provider.sendInstructions([await computeTokens.shareTransferIx(provider, source, mint, destination, from.publicKey, amount)], [from]);
    return [result.computeUnits, hookOwnCu(result.logs)];
  };
  const holder = await w.holder();
  const holderShares = await client.openHolder(holder.keypair, t.pool);
  const openCu = cu();
  rows.push(["open_holder", openCu, "create checkpoint (+ ATA create in the same tx)"]);
  const [hookedCu, hookCu] = await hooked(operator.keypair, t.operatorShares, holderShares, t.mint, 100_000n);
  const [floorCu, floorHookCu] = await hookedTransferFloor(world, t.mint);
  rows.push(["hooked transfer_checked (both sides accrue)", hookedCu, `of which the hook itself ${hookCu}; plain transfer_checked ${plain}`]);
  rows.push([
    "  floor: the same transfer to a do-nothing hook",
    floorCu,
    `of which the hook ${floorHookCu}; the rest is Token-2022 resolving the same accounts`,
  ]);
  await w.inflow(t, 1_000_000n);
  await record("sync_revenue", () => client.sync(t.pool), "no transfer: the cut is owed, the holders' part streams");
  w.market.setTime(w.market.now() + 86_400n); // a day of the stream
  await record("claim", () => client.claim(holder.keypair, t.pool), `PDA-signed transfer floor ${pdaFloor}`);
  await record("claim_operator", () => client.claimOperator(operator.keypair, t.pool), `PDA-signed transfer floor ${pdaFloor}`);
  await record("poke_holder", () => client.poke(t.pool, holderShares), "no transfer");
  await record("list_shares (first: creates the sale account)", () => client.list(operator.keypair, t.pool, 0n, 10n ** 6n, w.market.iosdMint));
  await record("list_shares + hooked transfer into the sale", () => client.list(operator.keypair, t.pool, 10n, 10n ** 6n, w.market.iosdMint));
  await record("buy_shares + hooked transfer (one tx)", () => client.buy(w.funder.keypair, t.pool, 1n, 10n ** 6n, TOKEN_PROGRAM_ID), "+ ATA create idempotent");
  await record("delist + hooked transfer back", () => client.delist(operator.keypair, t.pool));
  w.market.setTime(w.market.now() + 90n * 86_400n);
  await record("end_term", () => client.endTerm(t.pool), "unlock_payout CPI");
  table(
    `compute_tokens compute units (Token-2022 shares, IOSD on SPL Token; plain Token-2022 transfer_checked ${plain} CU)`,
    ["instruction", "CU", "note"],
    rows,
  );
  console.log("\nA hooked transfer's cost is mostly Token-2022's: it reads the mint's account list, derives both checkpoint PDAs");
  console.log("(find_program_address, 1,500 CU per bump tried, so it varies with the accounts) and invokes the hook.");
  console.log("The floor row resolves other PDAs (other bumps), so compare the hooks' own CU: ours against the do-nothing one.");

  // 1 vs many holders: a fresh pool, measured with one holder, then again after many more open checkpoints.
  const holders = Number(process.env.BENCH_HOLDERS ?? 10_000);
  const op2 = await w.market.operator();
  const t2 = await client.tokenize(op2.keypair, await w.market.device(op2), {
    shares: 10n ** 9n,
    termSeconds: 90n * 86_400n,
    name: "H100",
    symbol: "GPU2",
    uri: "",
  });
  const first = await w.holder();
  const firstShares = await client.openHolder(first.keypair, t2.pool);
  await hooked(op2.keypair, t2.operatorShares, firstShares, t2.mint, 10n ** 8n); // a tenth of the supply
  const measureAll = async () => {
    const [transferCu, hookCu] = await hooked(op2.keypair, t2.operatorShares, firstShares, t2.mint);
    await w.inflow(t2, 1_000_000n);
    await client.sync(t2.pool);
    const syncCu = cu();
    w.market.setTime(w.market.now() + 86_400n);
    await client.claim(first.keypair, t2.pool);
    return [syncCu, cu(), transferCu, hookCu];
  };
  const with1 = await measureAll();
  const started = Date.now();
  await addHolders(w, t2.pool, t2.mint, op2.keypair, t2.operatorShares, holders - 1);
  const withMany = await measureAll();
  const accruing = (await client.pool(t2.pool)).accruingShares.toString();
  table(
    "compute_tokens with 1 vs many holders",
    ["holders", "sync_revenue CU", "claim CU", "hooked transfer CU", "of which the hook"],
    [
      [2, ...with1],
      [holders + 1, ...withMany],
    ],
  );
  console.log(
    `\n(${holders - 1} more holders opened checkpoints and received shares by hooked transfers in ${((Date.now() - started) / 1000).toFixed(0)} s; accruing shares ${accruing})`,
  );
}

/** `count` new holders each open a checkpoint and receive 1-100 tokens of `mint` from `source` (owned by `owner`) by a
 * hooked transfer: what makes a pool or a bond "many holders" in the benches. */
async function addHolders(w: SharesWorld, pool: PublicKey, mint: PublicKey, owner: Keypair, source: PublicKey, count: number) {
  const provider = w.world.provider;
  const payer = provider.publicKey;
  for (let i = 1; i <= count; i++) {
    const h = Keypair.generate();
    const account = computeTokens.shareAccount(mint, h.publicKey);
    await provider.sendInstructions(
      [
        createAssociatedTokenAccountIdempotentInstruction(payer, account, h.publicKey, mint, TOKEN_2022_PROGRAM_ID),
        await computeTokens.openHolderIx(w.client.program, { payer, owner: h.publicKey, pool, tokenAccount: account }).instruction(),
        await computeTokens.shareTransferIx(provider, source, mint, account, owner.publicKey, BigInt(1 + (i % 100))),
      ],
      [h, owner],
    );
  }
}

/** compute_tokens bonds: each bond instruction's CU next to the token CPIs it cannot avoid, and sync / coupon claim /
 * hooked transfer with 1 and with many holders. */
async function bondsBench() {
  const w = await BondWorld.create();
  const provider = w.world.provider;
  const cu = () => provider.lastResult!.computeUnits;
  const floor = new CpiFloor(w.world);
  const [userFloor, pdaFloor, burnFloor] = [await floor.transferSignedByUser(), await floor.transferSignedByPda(), await floor.burnSignedByUser()];
  const rows: (string | number)[][] = [];
  const record = async (name: string, run: () => Promise<unknown>, note = "") => {
    await run();
    rows.push([name, lastInstructionCu(provider.lastResult!.logs), note]);
  };
  const keeper = w.bonds.keeper();
  let b!: Awaited<ReturnType<BondWorld["issue"]>>;
  await record(
    "issue_bond",
    async () => (b = await w.issue({ face: 10_000n * 10n ** 6n, minRaise: 10_000n * 10n ** 6n })),
    "5 accounts, mint + metadata (6 fields) + hook, collateral transfer, lock_payout CPI",
  );
  const investor = await w.investor();
  const investorClient = w.bonds.investor(investor.keypair);
  await investorClient.subscribe(b.bond, 4_000n * 10n ** 6n, investor.iosd); // creates the account and checkpoint
  await record(
    "subscribe",
    () => investorClient.subscribe(b.bond, 6_000n * 10n ** 6n, investor.iosd),
    `floors: user transfer ${userFloor} + PDA mint_to; holder PDA checked, checkpoint settled`,
  );
  await record("close_subscription (filled)", () => keeper.closeSubscription(b.bond), `PDA transfer ${pdaFloor} + remove mint authority`);
  const account = await investorClient.account(b.bond);
  const buyer = await w.investor(1_000n);
  await w.shares.client.transfer(investor.keypair, b.mint, buyer.keypair.publicKey, 10n ** 6n);
  rows.push(["hooked transfer of bond tokens (whole tx)", cu(), `the hook itself ${hookOwnCu(provider.lastResult!.logs)}; + ATA create idempotent`]);
  w.advance(30n * 86_400n);
  await w.inflow(b, 1_000n * 10n ** 6n);
  await record("sync_revenue (bond waterfall)", () => keeper.sync(b.bond), "no transfer");
  w.advance(86_400n);
  await record("claim (coupons)", () => investorClient.claimCoupons(b.bond), `PDA transfer floor ${pdaFloor}`);
  await record("claim_operator (bond)", () => w.bonds.operator(b.operator.keypair).claim(b.bond), `PDA transfer floor ${pdaFloor}`);
  await record("repay_principal", () => w.bonds.operator(b.operator.keypair).repay(b.bond, 10n ** 6n), `user transfer floor ${userFloor}`);
  w.advance(60n * 86_400n);
  await record("declare_default", () => keeper.declareDefault(b.bond), "syncs first; no transfer");
  await record("cure", () => w.bonds.operator(b.operator.keypair).cure(b.bond), `user transfer floor ${userFloor}`);
  w.market.setTime(big((await w.bond(b.bond)).maturity));
  await w.inflow(b, 20_000n * 10n ** 6n);
  await record(
    "redeem (burn, principal)",
    () => investorClient.redeem(b.bond, 10n ** 6n, account),
    `floors: user burn ${burnFloor} + PDA transfer ${pdaFloor}`,
  );
  await record("redeem (collect only)", () => investorClient.redeem(b.bond, 0n, account), "syncs, settles the checkpoint, no burn");
  await investorClient.redeem(b.bond, await w.tokens(account), account);
  await w.bonds.investor(buyer.keypair).redeem(b.bond, 10n ** 6n);
  await record("close_bond", () => keeper.close(b.bond), `unlock_payout CPI + collateral PDA transfer ${pdaFloor}`);
  const failed = await w.issue();
  const refunded = await w.investor();
  await w.subscribe(refunded, failed.bond, 10n ** 6n);
  w.advance(8n * 86_400n);
  await keeper.closeSubscription(failed.bond);
  rows.push(["close_subscription (failed)", lastInstructionCu(provider.lastResult!.logs), `collateral PDA transfer ${pdaFloor} + unlock_payout CPI`]);
  await record("refund", () => w.bonds.investor(refunded.keypair).refund(failed.bond, 10n ** 6n), `floors: user burn ${burnFloor} + PDA transfer ${pdaFloor}`);
  table("compute_tokens bonds compute units (each instruction with its CPIs; IOSD on SPL Token)", ["instruction", "CU", "note"], rows);

  // 1 vs many holders: one investor fills a bond, then many holders receive tokens by hooked transfers.
  const holders = Number(process.env.BENCH_HOLDERS ?? 10_000);
  const big2 = await w.active([10_000n * 10n ** 6n]);
  const whale = big2.investors[0];
  const whaleClient = w.bonds.investor(whale.investor.keypair);
  const second = await w.investor(1_000n);
  await w.shares.client.transfer(whale.investor.keypair, big2.mint, second.keypair.publicKey, 10n ** 9n); // a tenth
  const secondAccount = await w.bonds.investor(second.keypair).openHolder(big2.bond);
  const measureAll = async () => {
    const transfer = await provider.sendInstructions(
      [await computeTokens.shareTransferIx(provider, whale.account, big2.mint, secondAccount, whale.investor.keypair.publicKey, 1n)],
      [whale.investor.keypair],
    );
    w.advance(86_400n);
    await w.inflow(big2, 10n ** 6n);
    await keeper.sync(big2.bond);
    const syncCu = cu();
    w.advance(86_400n);
    await whaleClient.claimCoupons(big2.bond);
    return [syncCu, cu(), transfer.computeUnits, hookOwnCu(transfer.logs)];
  };
  const with1 = await measureAll();
  const started = Date.now();
  await addHolders(w.shares, big2.bond, big2.mint, whale.investor.keypair, whale.account, holders - 1);
  const withMany = await measureAll();
  table(
    "compute_tokens bonds with 1 vs many holders",
    ["holders", "sync_revenue CU", "claim CU", "hooked transfer CU", "of which the hook"],
    [
      [2, ...with1],
      [holders + 1, ...withMany],
    ],
  );
  console.log(`\n(${holders - 1} more bond holders in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Cash-flow NFTs: tokenize_nft next to what Token Metadata costs alone (createNft = CreateV1 + MintV1, and a sized
 * collection's VerifyCollectionV1, each sent by Umi on its own), then sync, claim, the operator's claim, end_term. */
async function nftBench() {
  const w = await SharesWorld.create();
  const provider = w.world.provider;
  const cu = () => provider.lastResult!.computeUnits;
  const umi = createLiteSvmUmi(w.world.svm);
  const nfts = new computeTokens.NftClient(w.world.computeTokens, umi);
  const rows: (string | number)[][] = [];
  const record = async (name: string, run: () => Promise<unknown>, note = "") => {
    await run();
    rows.push([name, cu(), note]);
  };
  await record("create_nft_collection", () => nfts.createCollection(w.world.admin, "https://example.org/collection.json"), "CreateV1 (sized) + MintV1, once");
  const operator = await w.market.operator();
  const device = await w.market.device(operator);
  let t!: Awaited<ReturnType<typeof nfts.tokenize>>;
  await record(
    "tokenize_nft",
    async () => (t = await nfts.tokenize(operator.keypair, device, { termSeconds: 90n * 86_400n, uri: "https://example.org/nft.json" })),
    "CreateV1 + MintV1 + VerifyCollectionV1 CPIs, pool + vault, lock_payout CPI",
  );

  // Token Metadata alone, signed by a keypair through Umi: the floor tokenize_nft cannot go below.
  const payer = Keypair.generate();
  provider.airdrop(payer.publicKey, 10n ** 11n);
  umi.use(signerIdentity(createSignerFromKeypair(umi, fromWeb3JsKeypair(payer))));
  const simulated = async (builder: TransactionBuilder) => (await umi.rpc.simulateTransaction(await builder.buildAndSign(umi))).unitsConsumed ?? NaN;
  const send = (builder: TransactionBuilder) => builder.sendAndConfirm(umi);
  const collection = generateSigner(umi);
  await send(createNft(umi, { mint: collection, name: "floor", uri: "", sellerFeeBasisPoints: percentAmount(0), isCollection: true }));
  const item = generateSigner(umi);
  const createItem = createNft(umi, {
    mint: item,
    name: "floor item",
    uri: "",
    sellerFeeBasisPoints: percentAmount(0),
    collection: some({ key: collection.publicKey, verified: false }),
  });
  const createCu = await simulated(createItem);
  rows.push(["  floor: Umi createNft alone (CreateV1 + MintV1)", createCu, "a keypair mint, payer and authority"]);
  await send(createItem);

  const verifyCu = await simulated(verifyCollectionV1(umi, { metadata: findMetadataPda(umi, { mint: item.publicKey }), collectionMint: collection.publicKey }));
  rows.push(["  floor: Umi verifyCollectionV1 alone (sized)", verifyCu, ""]);

  await w.inflow(t, 1_000_000n);
  await record("sync_revenue (NFT pool)", () => nfts.sync(t.pool), "90/10: the cut owed, the holder's part claimable at once");
  await record("claim_nft", () => nfts.claim(operator.keypair, t.pool), "+ IOSD ATA create idempotent; PDA-signed transfer");
  await record("claim_operator (NFT pool)", () => nfts.claimOperator(operator.keypair, t.pool));
  w.market.setTime(w.market.now() + 90n * 86_400n);
  await record("end_term (NFT pool)", () => nfts.endTerm(t.pool), "unlock_payout CPI");
  table("compute_tokens cash-flow NFTs compute units (whole transactions; Token Metadata is the mainnet binary)", ["instruction", "CU", "note"], rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/** The explorer on the demo's history, stored 1, 10 and 100 times over (under fresh signatures): ingestion, reading
 * every event back, and deriving the series hourly and daily, as the server does per request. */
async function explorerBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "io-compute-bench-explorer-"));
  const ledger = path.join(dir, "ledger.bin");
  execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-r", "tsconfig-paths/register", "app/demo.ts", "--ledger", ledger], {
    cwd: path.join(__dirname, ".."),
    stdio: "pipe",
  });
  const demo = new SqliteStore(indexFileFor(ledger));
  const transactions = new Map<string, IndexedTransaction>();
  for (const e of demo.events()) {
    const tx = transactions.get(e.signature) ?? { signature: e.signature, slot: e.slot, blockTime: e.blockTime, events: [] };
    tx.events.push({ program: e.program, name: e.name, data: e.data });
    transactions.set(e.signature, tx);
  }
  demo.close();
  const until = Math.max(...[...transactions.values()].map((t) => t.blockTime));
  const ms = (start: bigint) => (Number(process.hrtime.bigint() - start) / 1e6).toFixed(0);
  const rows: (string | number)[][] = [];
  for (const copies of [1, 10, 100]) {
    const store = new SqliteStore(path.join(dir, `x${copies}.db`));
    let start = process.hrtime.bigint();
    for (let k = 0; k < copies; k++) for (const tx of transactions.values()) store.addTransaction({ ...tx, signature: `${tx.signature}-${k}` });
    const ingest = ms(start);
    start = process.hrtime.bigint();
    const events = store.events();
    const read = ms(start);
    start = process.hrtime.bigint();
    deriveSeries(events, until, HOUR_SECONDS);
    const hourly = ms(start);
    start = process.hrtime.bigint();
    deriveSeries(events, until, 86_400);
    rows.push([copies, store.transactionCount(), events.length, ingest, read, hourly, ms(start)]);
    store.close();
  }
  table(
    `explorer index and series on the demo's history (${transactions.size} transactions with events over ${((until - Math.min(...[...transactions.values()].map((t) => t.blockTime))) / 86_400).toFixed(0)} days), stored N times`,
    ["N", "transactions", "events", "ingest ms", "read all ms", "hourly series ms", "daily series ms"],
    rows,
  );
  const assets = path.join(__dirname, "..", "explorer", "web", "dist", "assets");
  if (fs.existsSync(assets)) {
    const files = fs.readdirSync(assets).map((f) => fs.readFileSync(path.join(assets, f)));
    const bytes = files.reduce((n, f) => n + f.length, 0);
    const gzipped = files.reduce((n, f) => n + zlib.gzipSync(f).length, 0);
    table("explorer dashboard bundle (React, react-router, recharts)", ["files", "bytes", "gzipped"], [[files.length, bytes, gzipped]]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/** crank_emissions after 1 hour and after 10 years of missed epochs: C(t) costs the same for every t (one product per
 * bit of t, set or not), so the two must be equal. Each row is a world's first crank (both transfers happen). */
async function emissionsBench() {
  const GENESIS = 1_800_000_000n;
  const rows: (string | number)[][] = [];
  for (const [label, missed] of [
    ["after 1 hour (1 epoch)", 3_600n],
    ["after 1 week (168 epochs)", 7n * 86_400n],
    ["after 10 years (87,600 epochs)", 10n * 365n * 86_400n],
    ["after the last epoch (175,319)", 21n * 365n * 86_400n],
  ] as const) {
    const world = await new World().createIo();
    await world.initStaking();
    setUnixTimestamp(world.svm, GENESIS);
    const { keypair: staker } = await world.newIoHolder(1_000n * IO);
    await world.stakingClient.stake(staker, 1_000n * IO);
    await world.stakingClient.startEmissions(world.admin, GENESIS, 4_000, 7n * 86_400n);
    await mintTo(world.provider, world.ioMint, ioStaking.ioStakingPdas.emissionVault(), world.ioMintAuthority, 301_000_000n * IO, world.ioTokenProgram);
    setUnixTimestamp(world.svm, GENESIS + missed);
    await world.stakingClient.crankEmissions();
    const paid = big((await world.stakingClient.config()).emissionPaid);
    rows.push([label, world.provider.lastResult!.computeUnits, `${paid / IO} IO`]);
  }
  table("io_staking crank_emissions compute units (two PDA-signed transfers, the reward stream refilled)", ["missed", "CU", "paid"], rows);
  await supplyBench();
}

/** Supplier emissions and fees by payment mint: what counting service adds to a payment (the day's first service
 * also computes the window's C(t)), the claim, and a fee burned rather than transferred. */
async function supplyBench() {
  const m = await MarketWorld.create();
  const { world, client } = { world: m.world, client: m.client };
  const rows: (string | number)[][] = [];
  const cu = () => world.provider.lastResult!.computeUnits;
  const operator = await m.operator(100_000n);
  const renter = await m.renter(1_000_000n);
  const device = await m.device(operator);
  const completed = async () => {
    const { rental } = await client.rent(renter.keypair, device, HOUR, PRICE);
    m.setTime(m.now() + HOUR);
    await client.complete(renter.keypair, rental);
    return cu();
  };
  rows.push(["complete, emissions not started (nothing counted)", await completed(), ""]);
  await world.stakingClient.startEmissions(world.admin, m.now(), 3_000, 7n * 86_400n);
  await mintTo(world.provider, world.ioMint, ioStaking.ioStakingPdas.emissionVault(), world.ioMintAuthority, 301_000_000n * IO, world.ioTokenProgram);
  await client.openSupplierLedger(world.admin);
  rows.push(["open_supplier_ledger (with the 175,384-byte create_account)", cu(), ""]);
  rows.push(["complete, the first day's first service (its C(t))", await completed(), ""]);
  rows.push(["complete, later the same day", await completed(), ""]);
  m.setTime(m.now() + 86_400n);
  rows.push(["complete, a later day's first service (C(t) at its start and end; the device's last day converted)", await completed(), ""]);
  m.setTime(m.now() + 86_400n);
  await world.stakingClient.crankEmissions();
  const owed = (await client.supplierEmissions(device)).owed;
  await client.claimSupplierEmissions(operator.keypair, device);
  rows.push(["claim_supplier_emissions (+ io_staking pay_supplier CPI, ATA create idempotent)", cu(), `${owed / IO} IO`]);
  await world.stakingClient.withdrawEmissionSurplus(world.admin);
  rows.push(["withdraw_emission_surplus (C(LAST_EPOCH) computed)", cu(), ""]);

  // The same booking paid in IOSD (fee transferred to the treasury) and in IO with a fee (burned).
  const ioDevice = await client.registerDevice(operator.keypair, m.spec({ gpuCount: 1, pricePerGpuHour: IO }), world.ioMint, operator.io);
  const fees = { ...rentalEscrow.IO_NET_FEES, io: { renterBps: 25, supplierBps: 25 } };
  await rentalEscrow.updateMarketIx(m.escrow, world.admin.publicKey, { ...rentalEscrow.marketSettings(await client.market()), fees }).rpc();
  await rentalEscrow.applyConfigChangeIx(m.escrow).rpc();
  await client.rent(renter.keypair, device, HOUR, PRICE);
  rows.push(["create_rental in IOSD (renter fee transferred)", cu(), ""]);
  const { keypair: ioRenter } = await world.newIoHolder(1_000n * IO);
  const { rental } = await client.rent(ioRenter, ioDevice, HOUR, IO);
  rows.push(["create_rental in IO (renter fee burned)", cu(), ""]);
  m.setTime(m.now() + HOUR);
  await client.complete(ioRenter, rental);
  rows.push(["complete in IO (supplier fee burned; the day's first service)", cu(), `${big((await client.market()).ioFeesBurned)} base units burned in all`]);
  table("supplier emissions and fees by payment mint, compute units", ["instruction", "CU", "note"], rows);
}
