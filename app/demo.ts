// The README demo: an end-to-end run on an embedded LiteSVM with the four programs as built from source.
// It grows with every feature: IO and the four programs initialized in dependency order, staking, IOSD.
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAccount,
  getMint,
  getTokenMetadata,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import * as fs from "fs";
import * as path from "path";
import { Keypair, PublicKey } from "@solana/web3.js";
import {
  computeTokens,
  createAta,
  createMint,
  fetchNetworkStats,
  ioStaking,
  iosd,
  mintTo,
  rentalEscrow,
  mintSupply,
  tokenBalance,
  TransactionFailedError,
} from "@io-compute/sdk";
import { indexEmbedded } from "../explorer/indexer/ingest";
import { indexFileFor, SqliteStore } from "../explorer/indexer/store";
import { DEMO_LEDGER } from "../explorer/server/source";
import { createLiteSvmUmi, createSvm, LiteSvmProvider, advanceClock, setUnixTimestamp, unixTimestamp, writePriceUpdate } from "@io-compute/sdk/testing";

const IO_DECIMALS = 8;
const IO = 10n ** BigInt(IO_DECIMALS);

const short = (key: PublicKey) => `${key.toBase58().slice(0, 4)}…${key.toBase58().slice(-4)}`;
const io = (amount: bigint | { toString(): string }) => {
  const v = BigInt(amount.toString());
  return `${v / IO}.${(v % IO).toString().padStart(IO_DECIMALS, "0").replace(/0+$/, "") || "0"} IO`;
};
const usd = (amount: bigint | { toString(): string }) => {
  const v = BigInt(amount.toString());
  return `${v / 1_000_000n}.${(v % 1_000_000n).toString().padStart(6, "0")}`;
};
function step(title: string) {
  console.log(`\n== ${title}`);
}
function line(label: string, value: string) {
  console.log(`   ${label.padEnd(26)} ${value}`);
}

async function main() {
  // The ledger and the explorer's index are written here (the explorer serves them after the demo).
  const ledgerFlag = process.argv.indexOf("--ledger");
  const ledger = path.resolve(ledgerFlag > 0 && process.argv[ledgerFlag + 1] ? process.argv[ledgerFlag + 1] : DEMO_LEDGER);
  for (const file of [ledger, indexFileFor(ledger), `${indexFileFor(ledger)}-wal`, `${indexFileFor(ledger)}-shm`]) fs.rmSync(file, { force: true });
  const store = new SqliteStore(indexFileFor(ledger));
  // The deployer: upgrade authority of the four programs, and so the only key that may initialize them.
  const admin = Keypair.generate();
  const provider = new LiteSvmProvider(createSvm(admin.publicKey), admin);
  indexEmbedded(provider, store); // every transaction below is handed to the explorer's index as it is sent
  setUnixTimestamp(provider.svm, 1_767_225_600n); // 2026-01-01T00:00:00Z
  const conn = provider.connection;
  console.log("io-compute-economy demo: four SBPF programs on an embedded LiteSVM (Agave runtime)");
  line("admin", short(admin.publicKey));

  step("IO, the network token (SPL Token, 8 decimals)");
  const ioMintAuthority = Keypair.generate();
  const ioMint = await createMint(provider, IO_DECIMALS, ioMintAuthority.publicKey, TOKEN_PROGRAM_ID);
  const ioTreasury = await createAta(provider, ioMint, admin.publicKey, TOKEN_PROGRAM_ID);
  // USDC, the market's third payment mint (6 decimals, as on mainnet).
  const usdcMintAuthority = Keypair.generate();
  const usdcMint = await createMint(provider, 6, usdcMintAuthority.publicKey, TOKEN_PROGRAM_ID);
  line("IO mint", short(ioMint));
  line("treasury (IO)", short(ioTreasury));

  step("io_staking.initialize: config + stake and reward vaults (token accounts created by CPI)");
  const staking = ioStaking.ioStakingProgram(provider);
  await ioStaking
    .initializeStakingIx(staking, {
      admin: admin.publicKey,
      ioMint,
      treasury: ioTreasury,
      tokenProgram: TOKEN_PROGRAM_ID,
      unstakeCooldown: ioStaking.DEFAULT_UNSTAKE_COOLDOWN,
      minStakePerGpu: 200n * IO,
      classMultipliersBps: [10_000, 15_000, 20_000, 40_000],
      bondAuthority: rentalEscrow.rentalEscrowPdas.market(),
      // Disputes lost in the market can slash: the market PDA is the slash authority too.
      slashAuthority: rentalEscrow.rentalEscrowPdas.market(),
    })
    .rpc();
  const stakingConfig = await ioStaking.fetchStakingConfig(staking);
  line("compute units", `${provider.lastResult!.computeUnits}`);
  line("config", short(ioStaking.ioStakingPdas.config()));
  line("unstake cooldown", `${Number(stakingConfig.unstakeCooldown) / 86_400} days`);
  line("min stake per GPU", io(stakingConfig.minStakePerGpu));
  line(
    "class multipliers",
    stakingConfig.classMultipliersBps
      .filter((m) => m > 0)
      .map((m) => `${m / 10_000}x`)
      .join(", "),
  );
  for (const [label, vault] of [
    ["stake vault", stakingConfig.stakeVault],
    ["reward vault", stakingConfig.rewardVault],
  ] as const) {
    const account = await getAccount(conn, vault, undefined, TOKEN_PROGRAM_ID);
    line(label, `${short(vault)}  owner ${short(account.owner)} (config PDA)  balance ${io(account.amount)}`);
  }

  step("io_staking.start_emissions: io.net's schedule (300M IO over 20 years, hourly) from today, stakers 30%");
  const emissionGenesis = unixTimestamp(provider.svm);
  await ioStaking.IoStakingClient.forProvider(provider).startEmissions(admin, emissionGenesis, 3_000, 7n * 86_400n);
  const scheduleTotal = ioStaking.cumulativeEmission(ioStaking.LAST_EPOCH, IO_DECIMALS);
  await mintTo(provider, ioMint, ioStaking.ioStakingPdas.emissionVault(), ioMintAuthority, scheduleTotal, TOKEN_PROGRAM_ID);
  line(
    "emission vault",
    `${short(ioStaking.ioStakingPdas.emissionVault())}  funded with the schedule's total, ${io(scheduleTotal)} (the treasury's job on mainnet)`,
  );
  line("first epochs", [1n, 2n, 3n].map((e) => io(ioStaking.epochEmission(e, IO_DECIMALS))).join(", "));

  step("iosd.initialize: config + the IOSD mint on Token-2022 with its metadata (mint authority = config PDA)");
  const iosdProgram = iosd.iosdProgram(provider);
  await iosd
    .initializeIosdIx(iosdProgram, {
      admin: admin.publicKey,
      ioMint,
      ioTokenProgram: TOKEN_PROGRAM_ID,
      iosdTokenProgram: TOKEN_2022_PROGRAM_ID,
      treasury: ioTreasury,
      pythReceiver: iosd.PYTH_RECEIVER_PROGRAM_ID,
      feedId: Buffer.alloc(32, 1),
      maxStalenessSeconds: 60,
      maxConfBps: 200,
      confMultiplier: 2,
      feeBps: 30,
      windowSeconds: 86_400,
      windowCap: 1_000_000n * 10n ** 6n,
    })
    .rpc();
  line("compute units", `${provider.lastResult!.computeUnits}`);
  const iosdMint = await getMint(conn, iosd.iosdPdas.iosdMint(), undefined, TOKEN_2022_PROGRAM_ID);
  const iosdMetadata = (await getTokenMetadata(conn, iosdMint.address, undefined, TOKEN_2022_PROGRAM_ID))!;
  line("IOSD mint", `${short(iosdMint.address)}  decimals ${iosdMint.decimals}  supply ${iosdMint.supply}`);
  line("mint authority", `${short(iosdMint.mintAuthority!)} (config PDA)`);
  line("metadata (Token-2022)", `${iosdMetadata.name} (${iosdMetadata.symbol}), update authority ${short(iosdMetadata.updateAuthority!)}`);
  const iosdConfig = await iosd.fetchIosdConfig(iosdProgram);
  line("oracle guards", `staleness ≤ ${iosdConfig.maxStaleness}s, conf ≤ ${iosdConfig.maxConfBps} bps, price - ${iosdConfig.confMultiplier}·conf`);
  line("fee", `${iosdConfig.feeBps} bps of IO burned`);

  step("rental_escrow.initialize: the market (io_staking's bond and slash authority)");
  const arbiter = Keypair.generate();
  const escrow = rentalEscrow.rentalEscrowProgram(provider);
  const iosdTreasury = await createAta(provider, iosdMint.address, admin.publicKey, TOKEN_2022_PROGRAM_ID);
  await rentalEscrow
    .initializeMarketIx(escrow, {
      admin: admin.publicKey,
      iosdMint: iosdMint.address,
      ioMint,
      usdcMint,
      treasuryIosd: iosdTreasury,
      treasuryIo: ioTreasury,
      treasuryUsdc: await createAta(provider, usdcMint, admin.publicKey, TOKEN_PROGRAM_ID),
      stakingConfig: ioStaking.ioStakingPdas.config(),
      arbiter: arbiter.publicKey,
      fees: rentalEscrow.IO_NET_FEES,
      disputeWindowSeconds: 3_600n,
      maxRentalDurationSeconds: 90n * 86_400n,
      minRentalDurationSeconds: rentalEscrow.DEFAULT_MIN_RENTAL_DURATION,
    })
    .rpc();
  line("compute units", `${provider.lastResult!.computeUnits}`);
  const market = await rentalEscrow.fetchMarket(escrow);
  line("market", short(rentalEscrow.rentalEscrowPdas.market()));
  const fees = rentalEscrow.marketFees(market);
  for (const name of rentalEscrow.PAYMENT_MINTS) {
    line(
      `fees in ${name.toUpperCase()}`,
      `renter ${fees[name].renterBps / 100}%, supplier ${fees[name].supplierBps / 100}%${name === "io" ? " (fees paid in IO are burned)" : ""}`,
    );
  }
  line("dispute window", `${Number(market.disputeWindow) / 3_600} h: settle pays what streamed until one window ago`);
  const supplierLedger = await rentalEscrow.RentalEscrowClient.forProvider(provider).openSupplierLedger(admin);
  line("supplier ledger", `${short(supplierLedger)}: GPU-seconds paid for, per day of the emission schedule (175,384 bytes)`);

  step("compute_tokens.initialize: revenue-share config bound to the market");
  const ct = computeTokens.computeTokensProgram(provider);
  await computeTokens
    .initializeComputeTokensIx(ct, {
      admin: admin.publicKey,
      iosdMint: iosdMint.address,
      market: rentalEscrow.rentalEscrowPdas.market(),
      operatorBps: computeTokens.DEFAULT_OPERATOR_BPS,
    })
    .rpc();
  line("compute units", `${provider.lastResult!.computeUnits}`);
  const ctConfig = await computeTokens.fetchComputeTokensConfig(ct);
  line("revenue split", `holders ${(10_000 - ctConfig.operatorBps) / 100}%, operating node ${ctConfig.operatorBps / 100}%`);

  await stakingDemo(provider, ioMint, ioMintAuthority, ioTreasury);
  const renter = await iosdDemo(provider, ioMint, ioMintAuthority);
  const supplier = await rentalDemo(provider, ioMint, ioMintAuthority, renter, iosdTreasury);
  await computeTokensDemo(provider, ioMint, ioMintAuthority, renter);
  await bondsDemo(provider, ioMint, ioMintAuthority);
  await nftDemo(provider, admin, ioMint, ioMintAuthority, renter);
  await emissionsDemo(provider, emissionGenesis, supplier);

  console.log("\nDone: the four programs (and Metaplex Token Metadata) ran end to end on the embedded SVM.");
  provider.svm.saveToFile(ledger);
  line("ledger saved", path.relative(process.cwd(), ledger));
  line("explorer index", `${path.relative(process.cwd(), indexFileFor(ledger))} (${store.transactionCount()} transactions, ${store.events().length} events)`);
  store.close();
}

/** A device term as one Metaplex NFT: created through Token Metadata, read back with Umi, paid by a rental, sold by a
 * plain SPL transfer; the buyer collects what the seller left unclaimed. */
/** Over a year of hourly epochs has passed since the schedule started: one crank pays all of it, exactly C(t); the
 * operator of the rentals above claims its devices' share of the suppliers' part. */
async function emissionsDemo(provider: LiteSvmProvider, genesis: bigint, supplier: { operator: Keypair; devices: PublicKey[] }) {
  step("emissions: nobody cranked all year; one crank (anyone's) pays every missed epoch at once, in O(1)");
  const client = ioStaking.IoStakingClient.forProvider(provider);
  await client.crankEmissions();
  const config = await client.config();
  const epochs = ioStaking.epochsAt(genesis, unixTimestamp(provider.svm));
  line("epochs elapsed", `${epochs} (${(Number(epochs) / 24).toFixed(1)} days)`);
  line("paid", `${io(config.emissionPaid)} = C(${epochs}), as the SDK computes it: ${io(ioStaking.cumulativeEmission(epochs, IO_DECIMALS))}`);
  line("to stakers / suppliers", `${io(config.emissionToStakers)} streamed over 7 days / ${io(config.emissionToSuppliers)} in the supplier vault`);
  line("compute units", `${provider.lastResult!.computeUnits} (the same after an hour or ten years)`);

  step("supplier emissions: each day's suppliers' part is split by the GPU-seconds served that day; the operator claims");
  const rentals = rentalEscrow.RentalEscrowClient.forProvider(provider);
  for (const device of supplier.devices) {
    const earned = await rentals.supplierEmissions(device);
    if (earned.owed === 0n) continue;
    await rentals.claimSupplierEmissions(supplier.operator, device);
    line(`device ${short(device)}`, `${earned.gpuSeconds} GPU-seconds served: claimed ${io(earned.owed)}`);
  }
  const stats = await fetchNetworkStats(provider, unixTimestamp(provider.svm));
  line("IO burned", `${io(stats.ioBurnedForIosd)} to mint IOSD, ${io(stats.ioBurnedInFees)} in fees (io.net charges none on IO)`);
}

async function nftDemo(provider: LiteSvmProvider, admin: Keypair, ioMint: PublicKey, ioMintAuthority: Keypair, renter: { keypair: Keypair; iosd: PublicKey }) {
  const umi = createLiteSvmUmi(provider.svm);
  const nfts = computeTokens.NftClient.forProvider(provider, umi);
  const rentals = rentalEscrow.RentalEscrowClient.forProvider(provider);
  const staking = new ioStaking.IoStakingClient(ioStaking.ioStakingProgram(provider));
  const iosdMint = iosd.iosdPdas.iosdMint();

  step("cash-flow NFTs: the collection once, then an H100 node's next 30 days as one Metaplex NFT (Token Metadata by CPI)");
  await nfts.createCollection(admin, "https://example.org/gpu-cash-flow.json");
  line("collection", `${(await nfts.fetchCollection()).metadata.name}, ${provider.lastResult!.computeUnits} CU`);
  const operator = Keypair.generate();
  provider.airdrop(operator.publicKey, 1_000_000_000n);
  const operatorIo = await createAta(provider, ioMint, operator.publicKey, TOKEN_PROGRAM_ID);
  const operatorIosd = await createAta(provider, iosdMint, operator.publicKey, TOKEN_2022_PROGRAM_ID);
  await mintTo(provider, ioMint, operatorIo, ioMintAuthority, 4_000n * IO, TOKEN_PROGRAM_ID);
  await staking.stake(operator, 4_000n * IO); // 8 GPUs x 200 IO x 2 (class 2)
  const device = await rentals.registerDevice(
    operator,
    { deviceId: 31n, deviceClass: 2, gpuCount: 8, vramGb: 80, region: "eu-central-1", pricePerGpuHour: 2_000_000n },
    iosdMint,
    operatorIosd,
  );
  const nft = await nfts.tokenize(operator, device, { termSeconds: 30n * 86_400n, uri: "https://example.org/h100-31.json" });
  line("tokenize_nft", `${provider.lastResult!.computeUnits} CU (create, mint and verify in Token Metadata)`);
  const asset = await nfts.fetchAsset(nft.mint);
  const collection = asset.metadata.collection.__option === "Some" ? asset.metadata.collection.value : null;
  line(
    "as wallets read it (Umi)",
    `"${asset.metadata.name}" (${asset.metadata.symbol}), supply ${asset.mint.supply}, collection ${collection?.verified ? "verified" : "unverified"}`,
  );

  step("a 10 h rental pays the NFT's vault; sync splits it; the NFT is sold by a plain SPL transfer before its holder claims");
  const booking = await rentals.rent(renter.keypair, device, 10n * 3_600n, 2_000_000n);
  advanceClock(provider.svm, 10n * 3_600n);
  await rentals.complete(renter.keypair, booking.rental);
  await nfts.sync(nft.pool);
  let pool = await nfts.pool(nft.pool);
  line("synced", `inflow $${usd(pool.totalInflow)}: node $${usd(pool.operatorRevenue)}, NFT holder $${usd(pool.holdersRevenue)}`);
  const dan = Keypair.generate();
  provider.airdrop(dan.publicKey, 1_000_000_000n);
  const danNft = computeTokens.nftAccount(nft.mint, dan.publicKey);
  await provider.sendInstructions(
    [
      createAssociatedTokenAccountIdempotentInstruction(provider.publicKey, danNft, dan.publicKey, nft.mint, TOKEN_PROGRAM_ID),
      createTransferCheckedInstruction(nft.operatorNft, nft.mint, danNft, operator.publicKey, 1n, 0, [], TOKEN_PROGRAM_ID),
    ],
    [operator],
  );
  await nfts.claim(dan, nft.pool);
  pool = await nfts.pool(nft.pool);
  line("dan holds it and claims", `$${usd(pool.claimed)}: unclaimed revenue travelled with the NFT`);
}

/** Two stakers share a reward stream, one claims, the other unstakes and waits out the 14-day cooldown. */
async function stakingDemo(provider: LiteSvmProvider, ioMint: PublicKey, ioMintAuthority: Keypair, treasury: PublicKey) {
  const staking = new ioStaking.IoStakingClient(ioStaking.ioStakingProgram(provider));
  const admin = provider.wallet.payer;
  const svm = provider.svm;
  const day = 86_400n;
  const holder = async (name: string, amount: bigint) => {
    const keypair = Keypair.generate();
    provider.airdrop(keypair.publicKey, 1_000_000_000n);
    const token = await createAta(provider, ioMint, keypair.publicKey, TOKEN_PROGRAM_ID);
    await mintTo(provider, ioMint, token, ioMintAuthority, amount, TOKEN_PROGRAM_ID);
    line(name, `${short(keypair.publicKey)}  holds ${io(amount)}`);
    return { keypair, token };
  };
  const balance = (account: PublicKey) => tokenBalance(provider, account, TOKEN_PROGRAM_ID);

  step("io_staking: stake, stream rewards, claim, unstake with a 14-day cooldown, withdraw");
  const alice = await holder("alice", 10_000n * IO);
  const bob = await holder("bob", 30_000n * IO);
  await mintTo(provider, ioMint, treasury, ioMintAuthority, 7_000n * IO, TOKEN_PROGRAM_ID);

  await staking.stake(alice.keypair, 10_000n * IO);
  line("alice stakes", `${io(10_000n * IO)}  (${provider.lastResult!.computeUnits} CU, creates her position)`);
  await staking.fundRewards(admin, 7_000n * IO, 7n * day);
  const config = await staking.config();
  line("admin funds rewards", `${io(7_000n * IO)} over 7 days = ${io(config.rewardRate)}/s`);

  advanceClock(svm, day);
  await staking.stake(bob.keypair, 30_000n * IO);
  line("day 1: bob stakes", `${io(30_000n * IO)}  (${provider.lastResult!.computeUnits} CU, creates his position)`);
  const now = advanceClock(svm, 2n * day);
  const alicePending = await staking.pendingRewards(alice.keypair.publicKey, now);
  const bobPending = await staking.pendingRewards(bob.keypair.publicKey, now);
  line("day 3: alice has earned", `${io(alicePending)}  (all of day 1, then 1/4 of days 2-3)`);
  line("day 3: bob has earned", `${io(bobPending)}  (3/4 of days 2-3)`);

  await staking.claimRewards(alice.keypair);
  line("alice claims", `${io(await balance(alice.token))} now in her wallet  (${provider.lastResult!.computeUnits} CU)`);

  await staking.requestUnstake(bob.keypair, 30_000n * IO);
  const position = (await staking.position(bob.keypair.publicKey))!;
  line("bob requests unstake", `${io(position.pendingUnstake)}, unlocks ${new Date(Number(position.unlockTime) * 1000).toISOString()}`);
  try {
    await staking.withdraw(bob.keypair);
  } catch (e) {
    line("bob withdraws at once", `refused: ${(e as TransactionFailedError).errorName}`);
  }
  advanceClock(svm, 14n * day);
  await staking.withdraw(bob.keypair);
  line("day 17: bob withdraws", `${io(await balance(bob.token))} back in his wallet  (${provider.lastResult!.computeUnits} CU)`);
  await staking.claimRewards(bob.keypair);
  line("bob claims", `${io((await balance(bob.token)) - 30_000n * IO)} of rewards (nothing accrued in cooldown)`);

  const after = await staking.config();
  line("total staked", io(after.totalStaked));
  line("rewards funded / claimed", `${io(after.totalRewardsFunded)} / ${io(after.totalRewardsClaimed)}`);
  line("reward vault", `${io(await balance(after.rewardVault))} (owed to alice, who earned alone from day 3 to 7, plus rounding dust)`);
}

/** A Pyth IO/USD price is published; a user burns IO for IOSD; IO's supply falls by what was burned. */
async function iosdDemo(provider: LiteSvmProvider, ioMint: PublicKey, ioMintAuthority: Keypair): Promise<{ keypair: Keypair; iosd: PublicKey }> {
  const program = iosd.iosdProgram(provider);
  const config = await iosd.fetchIosdConfig(program);
  step("iosd: publish a Pyth price, burn IO for IOSD (one way), IO supply falls");
  const now = unixTimestamp(provider.svm);
  const priceAccount = Keypair.generate().publicKey;
  const update: iosd.PriceUpdate = {
    verification: "full",
    feedId: Uint8Array.from(config.feedId),
    price: 25_000_000n,
    conf: 10_000n,
    exponent: -8,
    publishTime: now - 5n,
  };
  writePriceUpdate(provider.svm, priceAccount, update);
  line("Pyth PriceUpdateV2", `${short(priceAccount)}  IO/USD $0.25000000 ± $0.00010000, 5 s old, fully verified`);

  const user = Keypair.generate();
  provider.airdrop(user.publicKey, 1_000_000_000n);
  const userIo = await createAta(provider, ioMint, user.publicKey, TOKEN_PROGRAM_ID);
  await mintTo(provider, ioMint, userIo, ioMintAuthority, 5_000n * IO, TOKEN_PROGRAM_ID);
  const userIosd = await createAta(provider, iosd.iosdPdas.iosdMint(), user.publicKey, TOKEN_2022_PROGRAM_ID);
  const supply = () => mintSupply(provider, ioMint, TOKEN_PROGRAM_ID);
  const ioSupplyBefore = await supply();

  const quote = iosd.quoteMintIosd(config, update, 4_000n * IO, now);
  line(
    "quote for 4,000 IO",
    `fee ${io(quote.fee)}, burn ${io(quote.ioBurned)}, at $${Number(quote.priceUsed) / 1e8} (price - 2·conf) -> ${usd(quote.iosdOut)} IOSD`,
  );
  await (
    await iosd.mintIosdFromConfig(program, {
      user: user.publicKey,
      priceUpdate: priceAccount,
      userIo,
      userIosd,
      ioAmount: 4_000n * IO,
      minIosdOut: quote.iosdOut,
    })
  )
    .signers([user])
    .rpc();
  line("mint_iosd", `${provider.lastResult!.computeUnits} CU`);
  line("user IOSD", `${usd(await tokenBalance(provider, userIosd, TOKEN_2022_PROGRAM_ID))} IOSD (exactly the quote)`);
  line("IO supply", `${io(ioSupplyBefore)} -> ${io(await supply())}`);
  const after = await iosd.fetchIosdConfig(program);
  line("totals", `burned ${io(after.totalIoBurned)}, fees ${io(after.totalFees)}, minted ${usd(after.totalIosdMinted)} IOSD`);

  advanceClock(provider.svm, 120);
  try {
    await (
      await iosd.mintIosdFromConfig(program, { user: user.publicKey, priceUpdate: priceAccount, userIo, userIosd, ioAmount: IO, minIosdOut: 0n })
    )
      .signers([user])
      .rpc();
  } catch (e) {
    line("2 minutes later", `refused: ${(e as TransactionFailedError).errorName} (the price is older than 60 s)`);
  }
  return { keypair: user, iosd: userIosd };
}

/** An operator stakes and lists two GPUs; the IOSD holder books both as a cluster; one is cancelled early, the
 * other completes; balances, fees and reputation are printed. */
async function rentalDemo(
  provider: LiteSvmProvider,
  ioMint: PublicKey,
  ioMintAuthority: Keypair,
  renter: { keypair: Keypair; iosd: PublicKey },
  treasury: PublicKey,
) {
  const client = rentalEscrow.RentalEscrowClient.forProvider(provider);
  const staking = new ioStaking.IoStakingClient(ioStaking.ioStakingProgram(provider));
  const iosdMint = iosd.iosdPdas.iosdMint();
  const iosdBalance = (account: PublicKey) => tokenBalance(provider, account, TOKEN_2022_PROGRAM_ID);
  const hour = 3_600n;

  step("rental_escrow: an operator lists two GPU machines backed by bonded stake");
  const operator = Keypair.generate();
  provider.airdrop(operator.publicKey, 1_000_000_000n);
  const operatorIo = await createAta(provider, ioMint, operator.publicKey, TOKEN_PROGRAM_ID);
  await mintTo(provider, ioMint, operatorIo, ioMintAuthority, 4_000n * IO, TOKEN_PROGRAM_ID);
  await staking.stake(operator, 4_000n * IO);
  const payout = await createAta(provider, iosdMint, operator.publicKey, TOKEN_2022_PROGRAM_ID);
  line("operator stakes", io(4_000n * IO));
  const a100 = await client.registerDevice(
    operator,
    { deviceId: 1n, deviceClass: 0, gpuCount: 8, vramGb: 80, region: "us-east-1", pricePerGpuHour: 1_500_000n },
    iosdMint,
    payout,
  );
  line("8x A100 80GB, us-east-1", `$1.50/GPU-h, ${short(a100)}  (${provider.lastResult!.computeUnits} CU with the bond CPI)`);
  const h100 = await client.registerDevice(
    operator,
    { deviceId: 2n, deviceClass: 1, gpuCount: 4, vramGb: 80, region: "eu-west-1", pricePerGpuHour: 2_500_000n },
    iosdMint,
    payout,
  );
  line("4x H100 80GB, eu-west-1", `$2.50/GPU-h, ${short(h100)}`);
  const position = (await staking.position(operator.publicKey))!;
  line("stake bonded", `${io(position.bonded)} of ${io(position.staked)} (200 IO/GPU, 1.5x for class 1)`);

  step("a renter books both as a cluster for 10 hours, paying IOSD into escrow (one transaction)");
  const q = [await client.quote(a100, 10n * hour), await client.quote(h100, 10n * hour)];
  line("quotes", q.map((x) => `$${usd(x.deposit)} + fee $${usd(x.renterFee)}`).join(", "));
  const renterBefore = await iosdBalance(renter.iosd);
  const [first, second] = await client.bookCluster(renter.keypair, [a100, h100], 10n * hour, 3_000_000n);
  line("cluster booked", `2 rentals, ${provider.lastResult!.computeUnits} CU in all; renter paid $${usd(renterBefore - (await iosdBalance(renter.iosd)))}`);
  line("priority tier", (await client.renterPriority(renter.keypair.publicKey)).name);

  advanceClock(provider.svm, 4n * hour);
  await client.settle(first.rental);
  line(
    "4 h later: settle A100",
    `operator paid $${usd(await iosdBalance(payout))} for 3 h; the last hour waits out the dispute window (${provider.lastResult!.computeUnits} CU, anyone can crank it)`,
  );
  const renterBeforeCancel = await iosdBalance(renter.iosd);
  await client.cancel(renter.keypair, second.rental);
  line("renter cancels the H100", `refund $${usd((await iosdBalance(renter.iosd)) - renterBeforeCancel)} for the 6 unused hours`);

  advanceClock(provider.svm, 6n * hour);
  await client.complete(renter.keypair, first.rental);
  line("10 h: A100 completes", `rest paid, escrow and rental closed, rent back to the renter`);

  step("balances, fees and reputation");
  line("renter spent", `$${usd(renterBefore - (await iosdBalance(renter.iosd)))}`);
  line("operator earned", `$${usd(await iosdBalance(payout))}`);
  line("treasury fees (IOSD)", `$${usd(await iosdBalance(treasury))} (0.25% from each side)`);
  for (const [name, device] of [
    ["A100", a100],
    ["H100", h100],
  ] as const) {
    const d = (await client.device(device))!;
    line(name, `score ${d.scoreBps / 100}%, ${d.completedRentals} completed, ${Number(d.secondsServed) / 3600} h served, ${d.disputesLost} disputes lost`);
  }
  const show = (list: rentalEscrow.RankedDevice[]) =>
    list
      .map(
        (d) =>
          `${d.account.gpuCount} GPUs ${rentalEscrow.decodeRegion(d.account.region)} ${d.account.scoreBps / 100}% x${Number(d.multipleBps) / 10_000} stake`,
      )
      .join("; ");
  line("search (≥4 GPUs, ranked)", show(await client.search({ minGpus: 4 })));
  await client.topUpBond(operator, h100, 1_200n * IO);
  line("H100 bonds 1,200 IO extra", `${show(await client.search({ minGpus: 4 }))} (score x stake multiple, capped at 3x, per $)`);

  step("renter priority: the admin holds class-1 devices (H100) for silver stakers for an hour after they free up");
  const escrow = rentalEscrow.rentalEscrowProgram(provider);
  const admin = (provider.wallet as { payer: Keypair }).payer;
  const settings = rentalEscrow.marketSettings(await client.market());
  const priority = { ...settings.priority!, classPriority: [0, 2, 0, 0] as [number, number, number, number], windowSeconds: hour };
  await rentalEscrow.updateMarketIx(escrow, admin.publicKey, { ...settings, priority }).rpc();
  // The H100 goes offline for maintenance and comes back: it is free again, and its window starts now.
  for (const status of [rentalEscrow.DeviceStatus.Offline, rentalEscrow.DeviceStatus.Available]) {
    await rentalEscrow.updateDeviceIx(escrow, operator.publicKey, h100, 2_500_000n, status).signers([operator]).rpc();
  }
  const [market, device] = [await client.market(), await client.device(h100)];
  const window = rentalEscrow.priorityWindowEnd(market, device)!;
  const tier = await client.renterPriority(renter.keypair.publicKey);
  const now = unixTimestamp(provider.svm);
  line(
    "renter's tier",
    `${tier.name} (${io(tier.staked)} staked): may book the H100 now? ${rentalEscrow.mayBook(market, device, tier.tier, now) ? "yes" : "no"}`,
  );
  try {
    await client.rent(renter.keypair, h100, hour, 3_000_000n);
  } catch (e) {
    line("create_rental", `refused: ${(e as TransactionFailedError).errorName} for ${Number(window - now) / 60} more minutes`);
  }
  setUnixTimestamp(provider.svm, window);
  const late = await client.rent(renter.keypair, h100, hour, 3_000_000n);
  line("after the window", `anyone books: rental ${short(late.rental)}`);
  advanceClock(provider.svm, hour);
  await client.complete(renter.keypair, late.rental);
  await rentalEscrow.updateMarketIx(escrow, admin.publicKey, settings).rpc();
  return { operator, devices: [a100, h100] };
}

/** An operator tokenizes an 8x A100 into 100 shares for 90 days and sells 40 in a primary sale; rentals pay the
 * device's revenue into the pool's vault; shares change hands (one lot into an account that never accrues);
 * everyone claims, and the takes add up to the revenue. */
async function computeTokensDemo(provider: LiteSvmProvider, ioMint: PublicKey, ioMintAuthority: Keypair, renter: { keypair: Keypair; iosd: PublicKey }) {
  const client = computeTokens.ComputeTokensClient.forProvider(provider);
  const rentals = rentalEscrow.RentalEscrowClient.forProvider(provider);
  const staking = new ioStaking.IoStakingClient(ioStaking.ioStakingProgram(provider));
  const iosdMint = iosd.iosdPdas.iosdMint();
  const iosdBalance = (account: PublicKey) => tokenBalance(provider, account, TOKEN_2022_PROGRAM_ID);
  const shares = (account: PublicKey) => tokenBalance(provider, account, TOKEN_2022_PROGRAM_ID);
  const hour = 3_600n;
  const person = async (name: string, fundedUsd = 0n) => {
    const keypair = Keypair.generate();
    provider.airdrop(keypair.publicKey, 1_000_000_000n);
    const account = await createAta(provider, iosdMint, keypair.publicKey, TOKEN_2022_PROGRAM_ID);
    if (fundedUsd > 0n) {
      await provider.sendInstructions(
        [createTransferCheckedInstruction(renter.iosd, iosdMint, account, renter.keypair.publicKey, fundedUsd * 1_000_000n, 6, [], TOKEN_2022_PROGRAM_ID)],
        [renter.keypair],
      );
    }
    return { name, keypair, iosd: account };
  };

  step("compute_tokens: an operator tokenizes an 8x A100's next 90 days of revenue into 100 shares");
  const operator = await person("operator");
  const operatorIo = await createAta(provider, ioMint, operator.keypair.publicKey, TOKEN_PROGRAM_ID);
  await mintTo(provider, ioMint, operatorIo, ioMintAuthority, 2_000n * IO, TOKEN_PROGRAM_ID);
  await staking.stake(operator.keypair, 2_000n * IO);
  const device = await rentals.registerDevice(
    operator.keypair,
    { deviceId: 1n, deviceClass: 0, gpuCount: 8, vramGb: 80, region: "us-west-2", pricePerGpuHour: 1_500_000n },
    iosdMint,
    operator.iosd,
  );
  const t = await client.tokenize(operator.keypair, device, {
    shares: 100n,
    termSeconds: 90n * 86_400n,
    name: "8x A100 us-west-2 revenue",
    symbol: "A100X8",
    uri: "https://example.org/a100x8.json",
  });
  line("tokenize_device", `${provider.lastResult!.computeUnits} CU: mint ${short(t.mint)}, pool ${short(t.pool)}, vault ${short(t.vault)}`);
  const metadata = await client.metadata(t.mint);
  line("metadata (spl-token)", `${metadata.name} (${metadata.symbol})`);
  line("metadata fields", metadata.additionalMetadata.map(([k, v]) => `${k}=${k === "device" ? short(new PublicKey(v)) : v}`).join(", "));
  const mint = await getMint(provider.connection, t.mint, undefined, TOKEN_2022_PROGRAM_ID);
  line("supply", `${mint.supply} shares, mint authority ${mint.mintAuthority ? short(mint.mintAuthority) : "none (fixed)"}`);
  const locked = await rentals.device(device);
  line("device earnings", `${short(locked.lockedPayout)} (the vault), locked by the pool until the term's end: no rental may run past it`);

  step("primary sale: 40 shares at $5 in IOSD, bought with hooked Token-2022 transfers");
  await client.list(operator.keypair, t.pool, 40n, 5_000_000n, iosdMint);
  const alice = await person("alice", 125n);
  const bob = await person("bob", 75n);
  for (const [buyer, n] of [
    [alice, 25n],
    [bob, 15n],
  ] as const) {
    await client.openHolder(buyer.keypair, t.pool);
    await client.buy(buyer.keypair, t.pool, n, 5_000_000n, TOKEN_2022_PROGRAM_ID);
    line(
      `${buyer.name} buys ${n}`,
      `paid $${usd(BigInt(buyer === alice ? 125 : 75) * 1_000_000n - (await iosdBalance(buyer.iosd)))}, ${provider.lastResult!.computeUnits} CU`,
    );
  }
  line("operator sale proceeds", `$${usd(await iosdBalance(operator.iosd))}; keeps ${await shares(t.operatorShares)} shares`);
  const saleStart = await iosdBalance(operator.iosd);

  step("rentals pay the device's revenue into the vault; anyone syncs it (10% owed to the node, 90% streamed to holders over 7 days)");
  const rent = async (hours: bigint) => {
    const booking = await rentals.rent(renter.keypair, device, hours * hour, 1_500_000n);
    advanceClock(provider.svm, hours * hour);
    await rentals.complete(renter.keypair, booking.rental);
    await client.sync(t.pool);
  };
  await rent(12n);
  let pool = await client.pool(t.pool);
  line("12 h rental, synced", `inflow $${usd(pool.totalInflow)}: node $${usd(pool.operatorRevenue)}, holders $${usd(pool.holdersRevenue)}`);

  step("shares change hands: alice sends 10 to carol (checkpoint) and 5 to a DEX vault (no checkpoint)");
  const carol = await person("carol");
  const dex = await person("dex vault");
  await client.openHolder(carol.keypair, t.pool);
  await client.transfer(alice.keypair, t.mint, carol.keypair.publicKey, 10n);
  line("hooked transfer", `${provider.lastResult!.computeUnits} CU (incl. creating carol's account)`);
  await client.transfer(alice.keypair, t.mint, dex.keypair.publicKey, 5n);
  pool = await client.pool(t.pool);
  line("accruing shares", `${pool.accruingShares} of 100 (the DEX's 5 do not accrue; their part goes to the others)`);
  await rent(12n);
  pool = await client.pool(t.pool);
  line("second 12 h rental", `total inflow $${usd(pool.totalInflow)}`);

  advanceClock(provider.svm, 7n * 24n * hour);
  step("a week later everything synced has streamed; everyone claims, and the takes add up to the revenue");
  const holders = [operator, alice, bob, carol, dex];
  let total = 0n;
  for (const h of holders) {
    const account = computeTokens.shareAccount(t.mint, h.keypair.publicKey);
    const claimable = await client.claimable(t.pool, account);
    const before = await iosdBalance(h.iosd);
    if (claimable > 0n) await client.claim(h.keypair, t.pool, account);
    const take = (await iosdBalance(h.iosd)) - before;
    total += take;
    line(`${h.name} (${await shares(account)} shares)`, `claimed $${usd(take)}`);
  }
  const beforeCut = await iosdBalance(operator.iosd);
  await client.claimOperator(operator.keypair, t.pool, operator.iosd);
  const nodeCut = (await iosdBalance(operator.iosd)) - beforeCut;
  pool = await client.pool(t.pool);
  const dust = await iosdBalance(t.vault);
  line("operating node cut", `$${usd(nodeCut)} (pulled by claim_operator; nothing is pushed at a sync)`);
  line("dust left in the vault", `${dust} base units (rounding, kept by the pool)`);
  const inflow = BigInt(pool.totalInflow.toString());
  line(
    "check",
    `${usd(total)} + ${usd(nodeCut)} + ${usd(dust)} = ${usd(total + nodeCut + dust)} = inflow ${usd(inflow)} ${total + nodeCut + dust === inflow ? "✓" : "✗"}`,
  );
  line("operator in all", `$${usd((await iosdBalance(operator.iosd)) - saleStart + 0n)} from revenue + $200.000000 from the sale`);
  if (total + nodeCut + dust !== inflow) throw new Error("the takes do not add up to the revenue");
}

/**
 * An operator raises $20,000 for an 8x H100 from three investors with a one-year 12% bond; a month of rentals at a
 * time pays coupons, then the principal reserve, then the operator; one investor sells half mid-life; a thin month
 * and an idle one leave coupons unpaid past the grace period, a keeper declares default and the operator cures it;
 * at maturity everyone redeems at par and the collateral goes back.
 */
async function bondsDemo(provider: LiteSvmProvider, ioMint: PublicKey, ioMintAuthority: Keypair) {
  const bonds = computeTokens.BondsClient.forProvider(provider);
  const shares = computeTokens.ComputeTokensClient.forProvider(provider);
  const rentals = rentalEscrow.RentalEscrowClient.forProvider(provider);
  const staking = new ioStaking.IoStakingClient(ioStaking.ioStakingProgram(provider));
  const iosdProgram = iosd.iosdProgram(provider);
  const iosdMint = iosd.iosdPdas.iosdMint();
  const iosdBalance = (account: PublicKey) => tokenBalance(provider, account, TOKEN_2022_PROGRAM_ID);
  const day = 86_400n;
  const month = 30n * day;
  /** Someone holding `ioAmount` IO, and IOSD minted from `burnIo` more at $0.25. */
  const person = async (name: string, ioAmount: bigint, burnIo = 0n) => {
    const keypair = Keypair.generate();
    provider.airdrop(keypair.publicKey, 1_000_000_000n);
    const ioAccount = await createAta(provider, ioMint, keypair.publicKey, TOKEN_PROGRAM_ID);
    if (ioAmount + burnIo > 0n) await mintTo(provider, ioMint, ioAccount, ioMintAuthority, ioAmount + burnIo, TOKEN_PROGRAM_ID);
    const iosdAccount = await createAta(provider, iosdMint, keypair.publicKey, TOKEN_2022_PROGRAM_ID);
    if (burnIo > 0n) {
      const priceUpdate = Keypair.generate().publicKey;
      const config = await iosd.fetchIosdConfig(iosdProgram);
      writePriceUpdate(provider.svm, priceUpdate, {
        verification: "full",
        feedId: Uint8Array.from(config.feedId),
        price: 25_000_000n,
        conf: 10_000n,
        exponent: -8,
        publishTime: unixTimestamp(provider.svm),
      });
      await iosd
        .mintIosdFromConfig(iosdProgram, { user: keypair.publicKey, priceUpdate, userIo: ioAccount, userIosd: iosdAccount, ioAmount: burnIo, minIosdOut: 1n })
        .then((b) => b.signers([keypair]).rpc());
    }
    return { name, keypair, io: ioAccount, iosd: iosdAccount };
  };

  step("bonds: an operator raises $20,000 for an 8x H100 from three investors (12% a year, one year, 30 days' grace)");
  const operator = await person("operator", 6_000n * IO);
  await staking.stake(operator.keypair, 3_500n * IO); // an H100 class needs 2x the per-GPU minimum: 3,200 IO for 8
  const device = await rentals.registerDevice(
    operator.keypair,
    { deviceId: 2n, deviceClass: 2, gpuCount: 8, vramGb: 80, region: "eu-central-1", pricePerGpuHour: 2_000_000n },
    iosdMint,
    operator.iosd,
  );
  const issued = await bonds.operator(operator.keypair).issue(device, {
    ioMint,
    ioTokenProgram: TOKEN_PROGRAM_ID,
    operatorIo: operator.io,
    face: 20_000n * 1_000_000n,
    minRaise: 15_000n * 1_000_000n,
    couponBps: 1_200,
    subscriptionSeconds: 7n * day,
    termSeconds: 365n * day,
    graceSeconds: 30n * day,
    collateral: 2_000n * IO,
    name: "8x H100 eu-central-1 bond",
    symbol: "H100B",
    uri: "https://example.org/h100-bond.json",
  });
  line("issue_bond", `${provider.lastResult!.computeUnits} CU: mint ${short(issued.mint)}, bond ${short(issued.bond)}, collateral 2,000 IO`);
  const investors = [await person("ana", 0n, 33_000n * IO), await person("ben", 0n, 29_000n * IO), await person("chloe", 0n, 21_000n * IO)];
  const amounts = [8_000n, 7_000n, 5_000n].map((d) => d * 1_000_000n);
  const start = new Map<string, bigint>();
  for (const [i, investor] of investors.entries()) {
    start.set(investor.name, await iosdBalance(investor.iosd));
    await bonds.investor(investor.keypair).subscribe(issued.bond, amounts[i], investor.iosd);
    line(`${investor.name} subscribes`, `$${usd(amounts[i])} at par`);
  }
  await bonds.keeper().closeSubscription(issued.bond);
  let bond = await bonds.bond(issued.bond);
  line(
    "subscription closed",
    `full: $${usd(bond.raised)} to the operator to buy the GPU; coupons accrue from now, maturity in ${(Number(bond.maturity) - Number(bond.start)) / 86_400} days`,
  );

  const renter = await person("renter", 0n, 400_000n * IO);
  /** One month: the device is rented `hours` hours (paying the bond's vault), then a keeper syncs the waterfall. */
  const monthOfRentals = async (label: string, hours: bigint) => {
    const monthStart = unixTimestamp(provider.svm);
    if (hours > 0n) {
      const booking = await rentals.rent(renter.keypair, device, hours * 3_600n, 2_000_000n);
      advanceClock(provider.svm, hours * 3_600n);
      await rentals.complete(renter.keypair, booking.rental);
    }
    setUnixTimestamp(provider.svm, monthStart + month);
    const before = await bonds.bond(issued.bond);
    await bonds.keeper().sync(issued.bond);
    const after = await bonds.bond(issued.bond);
    const delta = (a: unknown, b: unknown) => BigInt(String(a)) - BigInt(String(b));
    const quote = await bonds.quote(issued.bond);
    line(
      label,
      `${hours} h rented: coupons $${usd(delta(after.couponPaid, before.couponPaid))}, reserve $${usd(delta(after.reserve, before.reserve))}, operator $${usd(delta(after.operatorOwed, before.operatorOwed))}; arrears $${usd(quote.arrears)}`,
    );
  };
  step("rentals pay the vault; each month the waterfall pays coupons, then the principal reserve, then the operator");
  for (let m = 1; m <= 3; m++) await monthOfRentals(`month ${m}`, 300n);

  step("chloe sells half her bonds to dan for $2,525 mid-life: coupons she accrued stay hers, dan's start now");
  const [ana, ben, chloe] = investors;
  const dan = await person("dan", 0n, 11_000n * IO);
  start.set("dan", await iosdBalance(dan.iosd));
  const price = 2_525n * 1_000_000n;
  await provider.sendInstructions(
    [createTransferCheckedInstruction(dan.iosd, iosdMint, chloe.iosd, dan.keypair.publicKey, price, 6, [], TOKEN_2022_PROGRAM_ID)],
    [dan.keypair],
  );
  await shares.transfer(chloe.keypair, issued.mint, dan.keypair.publicKey, 2_500n * 1_000_000n);
  line("hooked transfer", `${provider.lastResult!.computeUnits} CU; dan paid chloe $${usd(price)}`);
  await bonds.investor(dan.keypair).openHolder(issued.bond);
  const holders = [ana, ben, chloe, dan];

  step("a thin month and an idle one: coupons go unpaid past the 30-day grace period");
  await monthOfRentals("month 4 (thin)", 5n);
  await monthOfRentals("month 5 (idle)", 0n);
  const crank = await bonds.keeper().crank(issued.bond);
  bond = await bonds.bond(issued.bond);
  line("keeper crank", `${crank.join(", ")}: status ${Object.entries(computeTokens.BondStatus).find(([, v]) => v === bond.status)![0]}`);
  const quote = await bonds.quote(issued.bond);
  const operatorBefore = await iosdBalance(operator.iosd);
  await bonds.operator(operator.keypair).cure(issued.bond);
  line(
    "operator cures",
    `pays $${usd(operatorBefore - (await iosdBalance(operator.iosd)))} (coupons due $${usd(quote.arrears)} as if never defaulted, plus the reserve's shortfall); status Active`,
  );

  step("the rest of the year: rentals cover coupons and the reserve; holders claim coupons as they stream");
  for (let m = 6; m <= 12; m++) await monthOfRentals(`month ${m}`, 300n);
  await monthOfRentals("month 13 (past maturity)", 150n);
  bond = await bonds.bond(issued.bond);
  line("at maturity", `coupons paid $${usd(bond.couponPaid)}, reserve $${usd(bond.reserve)} of $${usd(bond.raised)}`);

  step("everyone redeems at par and, once the last coupons have streamed, claims them; the bond closes, the collateral returns");
  advanceClock(provider.svm, computeTokens.DEFAULT_DISTRIBUTION_PERIOD);
  for (const h of holders) {
    const account = computeTokens.shareAccount(issued.mint, h.keypair.publicKey);
    const tokens = await tokenBalance(provider, account, TOKEN_2022_PROGRAM_ID);
    await bonds.investor(h.keypair).redeem(issued.bond, tokens);
    await bonds.investor(h.keypair).claimCoupons(issued.bond);
  }
  const opIo = await tokenBalance(provider, operator.io, TOKEN_PROGRAM_ID);
  await bonds.keeper().close(issued.bond);
  line("close_bond", `collateral back: ${io((await tokenBalance(provider, operator.io, TOKEN_PROGRAM_ID)) - opIo)}; the device's payout unlocked`);
  const table: string[] = [];
  for (const h of holders) {
    const net = (await iosdBalance(h.iosd)) - start.get(h.name)!;
    table.push(`${h.name} ${net >= 0n ? "+" : "-"}$${usd(net >= 0n ? net : -net)}`);
  }
  line("investors' IOSD, net", table.join(", "));
  bond = await bonds.bond(issued.bond);
  line("coupons claimed", `$${usd(bond.claimed)} of $${usd(bond.couponPaid)} paid (the rest is rounding dust, kept in the vault)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
