// Shared fixtures for the end-to-end suite: a fresh LiteSVM with the four programs, IO as an SPL mint,
// the programs initialized in dependency order, and assertions on errors and untouched state.
import { expect } from "chai";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey, TransactionInstruction } from "@solana/web3.js";
import { address } from "@solana/kit";
import {
  computeTokens,
  createAta,
  mintTo,
  createMint,
  ioStaking,
  iosd,
  PROGRAM_NAMES,
  ProgramName,
  rentalEscrow,
  TransactionFailedError,
} from "@io-compute/sdk";
import { createSvm, LiteSvmProvider } from "@io-compute/sdk/testing";
import * as fs from "fs";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..");

/** Program addresses from Anchor.toml's `[programs.localnet]`. */
export function anchorTomlProgramIds(): Record<ProgramName, string> {
  const parsed = require("toml").parse(fs.readFileSync(path.join(REPO_ROOT, "Anchor.toml"), "utf8"));
  const ids = parsed.programs.localnet as Record<string, string>;
  for (const name of PROGRAM_NAMES) if (!ids[name]) throw new Error(`Anchor.toml has no id for ${name}`);
  return ids as Record<ProgramName, string>;
}

export const IO_DECIMALS = 8;
export const IO = 10n ** BigInt(IO_DECIMALS);
export const FEED_ID = Buffer.alloc(32, 7);

export class World {
  readonly provider: LiteSvmProvider;
  readonly admin: Keypair;
  readonly ioMintAuthority = Keypair.generate();
  readonly slashAuthority = Keypair.generate();
  readonly arbiter = Keypair.generate();
  ioMint!: PublicKey;
  ioTreasury!: PublicKey;
  readonly usdcMintAuthority = Keypair.generate();
  usdcMint!: PublicKey;
  usdcTreasury!: PublicKey;
  iosdTreasury!: PublicKey;
  readonly staking;
  readonly iosd;
  readonly escrow;
  readonly computeTokens;

  constructor(readonly ioTokenProgram: PublicKey = TOKEN_PROGRAM_ID) {
    this.admin = Keypair.generate();
    this.provider = new LiteSvmProvider(createSvm(this.admin.publicKey), this.admin);
    this.staking = ioStaking.ioStakingProgram(this.provider);
    this.iosd = iosd.iosdProgram(this.provider);
    this.escrow = rentalEscrow.rentalEscrowProgram(this.provider);
    this.computeTokens = computeTokens.computeTokensProgram(this.provider);
  }

  get svm() {
    return this.provider.svm;
  }

  /** Creates IO (8 decimals) and USDC (6 decimals, the market's third payment mint), with the admin's treasury
   * account of each. */
  async createIo(): Promise<this> {
    this.ioMint = await createMint(this.provider, IO_DECIMALS, this.ioMintAuthority.publicKey, this.ioTokenProgram);
    this.ioTreasury = await createAta(this.provider, this.ioMint, this.admin.publicKey, this.ioTokenProgram);
    this.usdcMint = await createMint(this.provider, 6, this.usdcMintAuthority.publicKey, TOKEN_PROGRAM_ID);
    this.usdcTreasury = await createAta(this.provider, this.usdcMint, this.admin.publicKey, TOKEN_PROGRAM_ID);
    return this;
  }

  stakingParams(overrides: Partial<ioStaking.InitializeStakingParams> = {}): ioStaking.InitializeStakingParams {
    return {
      admin: this.admin.publicKey,
      ioMint: this.ioMint,
      treasury: this.ioTreasury,
      tokenProgram: this.ioTokenProgram,
      unstakeCooldown: ioStaking.DEFAULT_UNSTAKE_COOLDOWN,
      minStakePerGpu: 200n * IO,
      classMultipliersBps: [10_000, 15_000, 20_000, 40_000],
      bondAuthority: rentalEscrow.rentalEscrowPdas.market(),
      slashAuthority: this.slashAuthority.publicKey,
      ...overrides,
    };
  }

  iosdParams(overrides: Partial<iosd.InitializeIosdParams> = {}): iosd.InitializeIosdParams {
    return {
      admin: this.admin.publicKey,
      ioMint: this.ioMint,
      ioTokenProgram: this.ioTokenProgram,
      iosdTokenProgram: TOKEN_PROGRAM_ID,
      treasury: this.ioTreasury,
      pythReceiver: iosd.PYTH_RECEIVER_PROGRAM_ID,
      feedId: FEED_ID,
      maxStalenessSeconds: 60,
      maxConfBps: 200,
      confMultiplier: 2,
      feeBps: 30,
      windowSeconds: 86_400,
      windowCap: 1_000_000n * 10n ** 6n,
      ...overrides,
    };
  }

  async initStaking(overrides: Partial<ioStaking.InitializeStakingParams> = {}) {
    await ioStaking.initializeStakingIx(this.staking, this.stakingParams(overrides)).rpc();
  }

  /** Initializes iosd, then creates the admin's IOSD treasury account (the IOSD mint exists from then on). */
  async initIosd(overrides: Partial<iosd.InitializeIosdParams> = {}) {
    const params = this.iosdParams(overrides);
    await iosd.initializeIosdIx(this.iosd, params).rpc();
    this.iosdTreasury = await createAta(this.provider, iosd.iosdPdas.iosdMint(), this.admin.publicKey, params.iosdTokenProgram);
  }

  marketParams(overrides: Partial<rentalEscrow.InitializeMarketParams> = {}): rentalEscrow.InitializeMarketParams {
    return {
      admin: this.admin.publicKey,
      iosdMint: iosd.iosdPdas.iosdMint(),
      ioMint: this.ioMint,
      usdcMint: this.usdcMint,
      treasuryIosd: this.iosdTreasury,
      treasuryIo: this.ioTreasury,
      treasuryUsdc: this.usdcTreasury,
      stakingConfig: ioStaking.ioStakingPdas.config(),
      arbiter: this.arbiter.publicKey,
      fees: rentalEscrow.IO_NET_FEES,
      disputeWindowSeconds: 3n * 86_400n,
      maxRentalDurationSeconds: 90n * 86_400n,
      minRentalDurationSeconds: rentalEscrow.DEFAULT_MIN_RENTAL_DURATION,
      ...overrides,
    };
  }

  async initMarket(overrides: Partial<rentalEscrow.InitializeMarketParams> = {}) {
    await rentalEscrow.initializeMarketIx(this.escrow, this.marketParams(overrides)).rpc();
  }

  async initComputeTokens(overrides: Partial<computeTokens.InitializeComputeTokensParams> = {}) {
    await computeTokens
      .initializeComputeTokensIx(this.computeTokens, {
        admin: this.admin.publicKey,
        iosdMint: iosd.iosdPdas.iosdMint(),
        market: rentalEscrow.rentalEscrowPdas.market(),
        operatorBps: computeTokens.DEFAULT_OPERATOR_BPS,
        ...overrides,
      })
      .rpc();
  }

  /** The one-call io_staking client (accounts resolved from the config). */
  get stakingClient(): ioStaking.IoStakingClient {
    return (this._stakingClient ??= new ioStaking.IoStakingClient(this.staking));
  }
  private _stakingClient: ioStaking.IoStakingClient | undefined;

  /** A new wallet with SOL and an IO associated token account holding `io` base units. */
  async newIoHolder(io: bigint): Promise<{ keypair: Keypair; token: PublicKey }> {
    const keypair = Keypair.generate();
    this.provider.airdrop(keypair.publicKey, 10n ** 10n);
    const token = await createAta(this.provider, this.ioMint, keypair.publicKey, this.ioTokenProgram);
    if (io > 0n) await mintTo(this.provider, this.ioMint, token, this.ioMintAuthority, io, this.ioTokenProgram);
    return { keypair, token };
  }

  /** Mints `io` base units to the admin's IO account (the treasury, which also funds rewards). */
  async mintToAdmin(io: bigint) {
    await mintTo(this.provider, this.ioMint, this.ioTreasury, this.ioMintAuthority, io, this.ioTokenProgram);
  }

  /** Raw state (lamports, owner, data) of `keys`, to prove a failed call changed nothing. */
  snapshot(keys: PublicKey[]): string[] {
    return keys.map((k) => {
      const a = this.svm.getAccount(address(k.toBase58()));
      return a.exists ? `${a.lamports}:${a.programAddress}:${Buffer.from(a.data).toString("hex")}` : "missing";
    });
  }

  /** Sends `ix` (possibly tampered with) in its own transaction. */
  async send(ix: TransactionInstruction, signers: Keypair[] = []) {
    return this.provider.sendInstructions([ix], signers);
  }
}

/** Expects `action` to fail with the error named `name`. */
export async function expectError(action: Promise<unknown>, name: string): Promise<TransactionFailedError> {
  try {
    await action;
  } catch (e) {
    if (!(e instanceof TransactionFailedError)) throw e;
    expect(e.errorName, e.message).to.equal(name);
    return e;
  }
  expect.fail(`expected ${name}, but the transaction succeeded`);
}

/**
 * Expects `action` to fail with `name` and every account in `keys` to be exactly as before, except that the fee
 * payer (the admin wallet) paid the transaction fee, as on any cluster.
 */
export async function expectRejected(world: World, keys: PublicKey[], action: () => Promise<unknown>, name: string) {
  const payer = world.provider.publicKey;
  const tracked = [payer, ...keys.filter((k) => !k.equals(payer))];
  const before = world.snapshot(tracked);
  await expectError(action(), name);
  const after = world.snapshot(tracked);
  const [lamports, ...rest] = after[0].split(":");
  after[0] = [(BigInt(lamports) + world.provider.lastFee).toString(), ...rest].join(":");
  expect(after).to.deep.equal(before);
}

/** `ix` with the account at `index` no longer marked as a signer. */
export function withoutSigner(ix: TransactionInstruction, index: number): TransactionInstruction {
  const keys = ix.keys.map((k, i) => (i === index ? { ...k, isSigner: false } : k));
  return new TransactionInstruction({ programId: ix.programId, keys, data: ix.data });
}

/** `ix` with the account at `index` replaced by `key`. */
export function withAccount(ix: TransactionInstruction, index: number, key: PublicKey): TransactionInstruction {
  const keys = ix.keys.map((k, i) => (i === index ? { ...k, pubkey: key } : k));
  return new TransactionInstruction({ programId: ix.programId, keys, data: ix.data });
}

/** `ix` with other instruction data. */
export function withData(ix: TransactionInstruction, data: Buffer): TransactionInstruction {
  return new TransactionInstruction({ programId: ix.programId, keys: ix.keys, data });
}

/** A BN, number or event field (anything that prints as an integer) as a bigint. */
export const big = (value: unknown): bigint => BigInt(String(value));

/** Deterministic PRNG (mulberry32), so a failure replays with the same seed. */
export function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
