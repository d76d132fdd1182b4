// One-command initialization of the four programs in dependency order, from a config file (migrations/config/):
// IO (created on a local ledger), io_staking (the market PDA as bond and slash authority), iosd (IOSD on the chosen
// token program, the Pyth receiver and feed), rental_escrow (the market, with io_staking's config), compute_tokens
// (bound to the market: the payout locker), the NFT collection, io.net's emission schedule. Idempotent: what exists is reported and left alone, except the market's
// settings, which `update_market` changes when the config's differ.
import * as fs from "fs";
import type { Provider } from "@coral-xyz/anchor";
import type { Umi } from "@metaplex-foundation/umi";
import { Keypair, PublicKey } from "@solana/web3.js";
import { getMint, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { big, clusterTime, computeTokens, createAta, createMint, ioStaking, iosd, mintTo, parseUnits, rentalEscrow } from "@io-compute/sdk";

export interface DeployConfig {
  io: { decimals: number; mint?: string };
  /** The market's third payment mint; created with the deployer as mint authority when `mint` is not set (a local
   * ledger). */
  usdc: { decimals: number; mint?: string };
  staking: { unstakeCooldownSeconds: number; minStakePerGpu: string; classMultipliersBps: number[] };
  iosd: {
    tokenProgram: "spl-token" | "token-2022";
    pythReceiver: string;
    feedId: string;
    maxStalenessSeconds: number;
    maxConfBps: number;
    confMultiplier: number;
    feeBps: number;
    windowSeconds: number;
    windowCap: string;
  };
  market: {
    /** Fees by payment mint (io.net's: IOSD 0.25% each side, IO none, USDC 2% each side); fees paid in IO are burned. */
    fees: rentalEscrow.FeeSchedule;
    disputeWindowSeconds: number;
    maxRentalDurationSeconds: number;
    minRentalDurationSeconds: number;
    changeDelaySeconds: number;
    arbiter?: string;
    priority: { tierThresholds: [string, string, string]; classPriority: [number, number, number, number]; windowSeconds: number };
  };
  /** `nftCollectionUri`: the cash-flow NFT collection's JSON metadata (the collection is created where Token Metadata
   * runs). */
  computeTokens: { operatorBps: number; nftCollectionUri?: string };
  /** io.net's emission schedule: `genesis` a unix time within a year of now or "deploy" (the hour the deployment
   * runs in), the stakers' share in bps (the rest to suppliers), the stakers' stream length, and IO to put in the
   * emission vault where the deployer is the IO mint's authority (a local ledger; the schedule's whole total,
   * 300,000,000.00044093 IO at 8 decimals, leaves nothing stranded); elsewhere the treasury funds it. */
  emissions?: { genesis: number | "deploy"; stakerBps: number; streamSeconds: number; fundIo?: string };
}

/** Reads a deployment config, refusing what initialization would reject or get wrong. */
export function readConfig(path: string): DeployConfig {
  const config = JSON.parse(fs.readFileSync(path, "utf8")) as DeployConfig;
  if (!/^(0x)?[0-9a-fA-F]{64}$/.test(config.iosd.feedId)) {
    throw new Error(`iosd.feedId in ${path} is not a 32-byte hex Pyth feed id ("${config.iosd.feedId}"): set the IO/USD feed's id`);
  }
  for (const [field, key] of [
    ["iosd.pythReceiver", config.iosd.pythReceiver],
    ["market.arbiter", config.market.arbiter],
    ["io.mint", config.io.mint],
    ["usdc.mint", config.usdc.mint],
  ] as const) {
    if (key !== undefined && !isPublicKey(key)) throw new Error(`${field} in ${path} is not an address: "${key}"`);
  }
  return config;
}

function isPublicKey(text: string): boolean {
  try {
    return new PublicKey(text).toBase58() === text;
  } catch {
    return false;
  }
}

/** What the deployment did to one program. */
export interface DeployStep {
  program: string;
  action: "initialized" | "exists" | "updated" | "skipped";
  detail: string;
}

const IOSD_DECIMALS = 6;

/** Initializes whatever is not yet initialized, signed by `deployer` (the programs' upgrade authority); with `umi`
 * (on the same cluster) also the cash-flow NFT collection where Token Metadata runs. */
export async function initializeAll(provider: Provider, deployer: Keypair, config: DeployConfig, umi?: Umi): Promise<DeployStep[]> {
  const steps: DeployStep[] = [];
  const staking = ioStaking.ioStakingProgram(provider);
  const iosdProgram = iosd.iosdProgram(provider);
  const escrow = rentalEscrow.rentalEscrowProgram(provider);
  const ct = computeTokens.computeTokensProgram(provider);
  const admin = deployer.publicKey;
  const market = rentalEscrow.rentalEscrowPdas.market();

  const existingStaking = await staking.account.config.fetchNullable(ioStaking.ioStakingPdas.config());
  let ioMint: PublicKey;
  const ioTokenProgram = TOKEN_PROGRAM_ID;
  if (existingStaking) {
    ioMint = existingStaking.ioMint;
    steps.push({ program: "io_staking", action: "exists", detail: `IO mint ${ioMint.toBase58()}` });
  } else {
    ioMint = config.io.mint ? new PublicKey(config.io.mint) : await createMint(provider, config.io.decimals, admin, ioTokenProgram);
    const treasury = await createAta(provider, ioMint, admin, ioTokenProgram);
    await ioStaking
      .initializeStakingIx(staking, {
        admin,
        ioMint,
        treasury,
        tokenProgram: ioTokenProgram,
        unstakeCooldown: BigInt(config.staking.unstakeCooldownSeconds),
        minStakePerGpu: parseUnits(config.staking.minStakePerGpu, config.io.decimals),
        classMultipliersBps: config.staking.classMultipliersBps,
        bondAuthority: market,
        slashAuthority: market,
      })
      .rpc();
    steps.push({ program: "io_staking", action: "initialized", detail: `IO mint ${ioMint.toBase58()}; bond and slash authority: the market` });
  }
  const ioTreasury = await createAta(provider, ioMint, admin, ioTokenProgram);

  const iosdTokenProgram = config.iosd.tokenProgram === "token-2022" ? TOKEN_2022_PROGRAM_ID : TOKEN_PROGRAM_ID;
  if (await iosdProgram.account.config.fetchNullable(iosd.iosdPdas.config())) {
    steps.push({ program: "iosd", action: "exists", detail: `IOSD mint ${iosd.iosdPdas.iosdMint().toBase58()}` });
  } else {
    await iosd
      .initializeIosdIx(iosdProgram, {
        admin,
        ioMint,
        ioTokenProgram,
        iosdTokenProgram,
        treasury: ioTreasury,
        pythReceiver: new PublicKey(config.iosd.pythReceiver),
        feedId: Buffer.from(config.iosd.feedId.replace(/^0x/, ""), "hex"),
        maxStalenessSeconds: config.iosd.maxStalenessSeconds,
        maxConfBps: config.iosd.maxConfBps,
        confMultiplier: config.iosd.confMultiplier,
        feeBps: config.iosd.feeBps,
        windowSeconds: config.iosd.windowSeconds,
        windowCap: parseUnits(config.iosd.windowCap, IOSD_DECIMALS),
      })
      .rpc();
    steps.push({ program: "iosd", action: "initialized", detail: `IOSD mint ${iosd.iosdPdas.iosdMint().toBase58()}` });
  }
  const iosdTreasury = await createAta(provider, iosd.iosdPdas.iosdMint(), admin, iosdTokenProgram);

  const m = config.market;
  const settings: rentalEscrow.MarketSettings = {
    arbiter: m.arbiter ? new PublicKey(m.arbiter) : admin,
    fees: m.fees,
    disputeWindowSeconds: BigInt(m.disputeWindowSeconds),
    maxRentalDurationSeconds: BigInt(m.maxRentalDurationSeconds),
    minRentalDurationSeconds: BigInt(m.minRentalDurationSeconds),
    priority: {
      tierThresholds: m.priority.tierThresholds.map((t) => parseUnits(t, config.io.decimals)) as [bigint, bigint, bigint],
      classPriority: m.priority.classPriority,
      windowSeconds: BigInt(m.priority.windowSeconds),
    },
  };
  const existingMarket = await escrow.account.market.fetchNullable(market);
  if (!existingMarket) {
    const usdcMint = config.usdc.mint ? new PublicKey(config.usdc.mint) : await createMint(provider, config.usdc.decimals, admin, TOKEN_PROGRAM_ID);
    const usdcTokenProgram = (await provider.connection.getAccountInfo(usdcMint))!.owner;
    await rentalEscrow
      .initializeMarketIx(escrow, {
        ...settings,
        admin,
        iosdMint: iosd.iosdPdas.iosdMint(),
        ioMint,
        usdcMint,
        treasuryIosd: iosdTreasury,
        treasuryIo: ioTreasury,
        treasuryUsdc: await createAta(provider, usdcMint, admin, usdcTokenProgram),
        stakingConfig: ioStaking.ioStakingPdas.config(),
        changeDelaySeconds: BigInt(m.changeDelaySeconds),
      })
      .rpc();
    steps.push({
      program: "rental_escrow",
      action: "initialized",
      detail: `market ${market.toBase58()}; payments in IOSD, IO and USDC ${usdcMint.toBase58()}`,
    });
  } else {
    const current = JSON.stringify(rentalEscrow.marketSettings(existingMarket), jsonBigint);
    if (current === JSON.stringify(settings, jsonBigint)) {
      steps.push({ program: "rental_escrow", action: "exists", detail: `market ${market.toBase58()}, settings as configured` });
    } else {
      await rentalEscrow.updateMarketIx(escrow, admin, settings).rpc();
      steps.push({
        program: "rental_escrow",
        action: "updated",
        detail: "market settings changed to the config's (update_market; a new arbiter or fees apply after the delay)",
      });
    }
  }

  if (await ct.account.config.fetchNullable(computeTokens.computeTokensPdas.config())) {
    steps.push({ program: "compute_tokens", action: "exists", detail: "bound to the market" });
  } else {
    await computeTokens
      .initializeComputeTokensIx(ct, { admin, iosdMint: iosd.iosdPdas.iosdMint(), market, operatorBps: config.computeTokens.operatorBps })
      .rpc();
    steps.push({ program: "compute_tokens", action: "initialized", detail: "bound to the market (payout locks)" });
  }

  // The cash-flow NFT collection, where Metaplex Token Metadata runs (every public cluster; the embedded ledger).
  const collectionMint = computeTokens.nftPdas.collectionMint();
  if (await provider.connection.getAccountInfo(collectionMint)) {
    steps.push({ program: "compute_tokens", action: "exists", detail: `NFT collection ${collectionMint.toBase58()}` });
  } else if (!umi || !(await provider.connection.getAccountInfo(computeTokens.TOKEN_METADATA_PROGRAM_ID))?.executable) {
    steps.push({ program: "compute_tokens", action: "skipped", detail: "no Token Metadata program here: no cash-flow NFTs" });
  } else {
    await computeTokens.createNftCollectionIx(ct, umi, { admin, uri: config.computeTokens.nftCollectionUri ?? "" }).rpc();
    steps.push({ program: "compute_tokens", action: "initialized", detail: `NFT collection ${collectionMint.toBase58()}` });
  }
  if (config.emissions) {
    steps.push(await startEmissions(provider, deployer, config.emissions, ioMint, ioTokenProgram));
    steps.push(await openSupplierLedger(provider, deployer));
  }
  return steps;
}

/** Opens the market's supplier ledger once: from then on GPU time paid for earns supplier emissions. */
async function openSupplierLedger(provider: Provider, deployer: Keypair): Promise<DeployStep> {
  const client = rentalEscrow.RentalEscrowClient.forProvider(provider);
  const current = (await client.market()).supplierLedger;
  if (!current.equals(PublicKey.default)) return { program: "rental_escrow", action: "exists", detail: `supplier ledger ${current.toBase58()}` };
  const ledger = await client.openSupplierLedger(deployer);
  return { program: "rental_escrow", action: "initialized", detail: `supplier ledger ${ledger.toBase58()} (GPU time paid for earns emissions)` };
}

/** Starts the emission schedule once, and funds its vault when the deployer can mint IO. */
async function startEmissions(
  provider: Provider,
  deployer: Keypair,
  settings: NonNullable<DeployConfig["emissions"]>,
  ioMint: PublicKey,
  tokenProgram: PublicKey,
): Promise<DeployStep> {
  const client = ioStaking.IoStakingClient.forProvider(provider);
  const config = await client.config();
  if (big(config.emissionGenesis) !== 0n) return { program: "io_staking", action: "exists", detail: `emissions since ${big(config.emissionGenesis)}` };
  const now = await clusterTime(provider.connection);
  const genesis = settings.genesis === "deploy" ? now - (now % ioStaking.EPOCH_SECONDS) : BigInt(settings.genesis);
  await client.startEmissions(deployer, genesis, settings.stakerBps, BigInt(settings.streamSeconds));
  const mint = await getMint(provider.connection, ioMint, "confirmed", tokenProgram);
  let funded = "fund the emission vault with IO from the treasury";
  if (settings.fundIo && mint.mintAuthority?.equals(deployer.publicKey)) {
    const amount = parseUnits(settings.fundIo, mint.decimals);
    await mintTo(provider, ioMint, ioStaking.ioStakingPdas.emissionVault(), deployer, amount, tokenProgram);
    funded = `${settings.fundIo} IO minted into the emission vault`;
  }
  return { program: "io_staking", action: "initialized", detail: `emissions from ${genesis} (stakers ${settings.stakerBps / 100}%); ${funded}` };
}

/** JSON.stringify replacer: bigints and keys as strings. */
export const jsonBigint = (_: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value instanceof PublicKey ? value.toBase58() : value);
