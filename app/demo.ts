// The README demo: an end-to-end run on an embedded LiteSVM with the four programs as built from source.
// It grows with every feature; today it sets up IO and initializes the four programs in dependency order.
import { getAccount, getMint, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import {
  computeTokens,
  createAta,
  createMint,
  createSvm,
  ioStaking,
  iosd,
  LiteSvmProvider,
  rentalEscrow,
  setUnixTimestamp,
} from "../sdk/src";

const IO_DECIMALS = 8;
const IO = 10n ** BigInt(IO_DECIMALS);

const short = (key: PublicKey) => `${key.toBase58().slice(0, 4)}…${key.toBase58().slice(-4)}`;
const io = (amount: bigint | { toString(): string }) => {
  const v = BigInt(amount.toString());
  return `${v / IO}.${(v % IO).toString().padStart(IO_DECIMALS, "0").replace(/0+$/, "") || "0"} IO`;
};
function step(title: string) {
  console.log(`\n== ${title}`);
}
function line(label: string, value: string) {
  console.log(`   ${label.padEnd(26)} ${value}`);
}

async function main() {
  // The deployer: upgrade authority of the four programs, and so the only key that may initialize them.
  const admin = Keypair.generate();
  const provider = new LiteSvmProvider(createSvm(admin.publicKey), admin);
  setUnixTimestamp(provider.svm, 1_767_225_600n); // 2026-01-01T00:00:00Z
  const conn = provider.connection;
  console.log("io-compute-economy demo: four SBPF programs on an embedded LiteSVM (Agave runtime)");
  line("admin", short(admin.publicKey));

  step("IO, the network token (SPL Token, 8 decimals)");
  const ioMintAuthority = Keypair.generate();
  const ioMint = await createMint(provider, IO_DECIMALS, ioMintAuthority.publicKey, TOKEN_PROGRAM_ID);
  const ioTreasury = await createAta(provider, ioMint, admin.publicKey, TOKEN_PROGRAM_ID);
  line("IO mint", short(ioMint));
  line("treasury (IO)", short(ioTreasury));

  step("io_staking.initialize: config + stake and reward vaults (token accounts created by CPI)");
  const staking = ioStaking.ioStakingProgram(provider);
  const slashAuthority = Keypair.generate();
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
      slashAuthority: slashAuthority.publicKey,
    })
    .rpc();
  const stakingConfig = await ioStaking.fetchStakingConfig(staking);
  line("compute units", `${provider.lastResult!.computeUnits}`);
  line("config", short(ioStaking.ioStakingPdas.config()));
  line("unstake cooldown", `${Number(stakingConfig.unstakeCooldown) / 86_400} days`);
  line("min stake per GPU", io(stakingConfig.minStakePerGpu));
  line("class multipliers", stakingConfig.classMultipliersBps.filter((m) => m > 0).map((m) => `${m / 10_000}x`).join(", "));
  for (const [label, vault] of [["stake vault", stakingConfig.stakeVault], ["reward vault", stakingConfig.rewardVault]] as const) {
    const account = await getAccount(conn, vault, undefined, TOKEN_PROGRAM_ID);
    line(label, `${short(vault)}  owner ${short(account.owner)} (config PDA)  balance ${io(account.amount)}`);
  }

  step("iosd.initialize: config + the IOSD mint (mint authority = config PDA)");
  const iosdProgram = iosd.iosdProgram(provider);
  await iosd
    .initializeIosdIx(iosdProgram, {
      admin: admin.publicKey,
      ioMint,
      ioTokenProgram: TOKEN_PROGRAM_ID,
      iosdTokenProgram: TOKEN_PROGRAM_ID,
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
  const iosdMint = await getMint(conn, iosd.iosdPdas.iosdMint(), undefined, TOKEN_PROGRAM_ID);
  line("IOSD mint", `${short(iosdMint.address)}  decimals ${iosdMint.decimals}  supply ${iosdMint.supply}`);
  line("mint authority", `${short(iosdMint.mintAuthority!)} (config PDA)`);
  const iosdConfig = await iosd.fetchIosdConfig(iosdProgram);
  line("oracle guards", `staleness ≤ ${iosdConfig.maxStaleness}s, conf ≤ ${iosdConfig.maxConfBps} bps, price - ${iosdConfig.confMultiplier}·conf`);
  line("fee", `${iosdConfig.feeBps} bps of IO burned`);

  step("rental_escrow.initialize: the market (io_staking's bond authority)");
  const escrow = rentalEscrow.rentalEscrowProgram(provider);
  const iosdTreasury = await createAta(provider, iosdMint.address, admin.publicKey, TOKEN_PROGRAM_ID);
  await rentalEscrow
    .initializeMarketIx(escrow, {
      admin: admin.publicKey,
      iosdMint: iosdMint.address,
      ioMint,
      treasuryIosd: iosdTreasury,
      treasuryIo: ioTreasury,
      stakingConfig: ioStaking.ioStakingPdas.config(),
      arbiter: Keypair.generate().publicKey,
      renterFeeBps: rentalEscrow.DEFAULT_FEE_BPS,
      supplierFeeBps: rentalEscrow.DEFAULT_FEE_BPS,
      disputeWindowSeconds: 3n * 86_400n,
      maxRentalDurationSeconds: 90n * 86_400n,
    })
    .rpc();
  line("compute units", `${provider.lastResult!.computeUnits}`);
  const market = await rentalEscrow.fetchMarket(escrow);
  line("market", short(rentalEscrow.rentalEscrowPdas.market()));
  line("fees", `renter ${market.renterFeeBps / 100}%, supplier ${market.supplierFeeBps / 100}%`);
  line("dispute window", `${Number(market.disputeWindow) / 86_400} days`);

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

  console.log("\nDone: the four programs are live on the embedded SVM. Staking, IOSD minting, rentals and");
  console.log("device tokens join this run as they are built.");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
