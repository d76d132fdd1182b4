// compute_tokens: cash-flow NFTs, a device term's revenue as one Metaplex NFT. Everything Metaplex goes through
// Umi: the metadata and master edition addresses (`findMetadataPda`, `findMasterEditionPda`) and reading an NFT
// and its collection back (`fetchDigitalAsset`). Give the client a Umi on the same cluster: `createUmi(url)` from
// `@metaplex-foundation/umi-bundle-defaults` with `mplTokenMetadata()`, or on the embedded ledger
// `createLiteSvmUmi(svm)` from `@io-compute/sdk/testing`; the code is the same.
import type { Provider } from "@coral-xyz/anchor";
import { type DigitalAsset, fetchDigitalAsset, findMasterEditionPda, findMetadataPda, MPL_TOKEN_METADATA_PROGRAM_ID } from "@metaplex-foundation/mpl-token-metadata";
import { publicKey as umiPublicKey, type Umi } from "@metaplex-foundation/umi";
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { ComputeBudgetProgram, Keypair, PublicKey, SYSVAR_INSTRUCTIONS_PUBKEY } from "@solana/web3.js";
import type { IdlAccounts } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { ComputeTokens } from "../idl/compute_tokens";
import { big, bn, findPda, u64le } from "../util";
import { Config, fetchComputeTokensConfig } from "./accounts";
import { claimOperatorIx, endTermIx, syncRevenueIx } from "./instructions";
import { poolAddresses } from "./pdas";
import { COMPUTE_TOKENS_PROGRAM_ID, computeTokensProgram } from "./program";

export type NftPool = IdlAccounts<ComputeTokens>["nftPool"];

export const TOKEN_METADATA_PROGRAM_ID = new PublicKey(MPL_TOKEN_METADATA_PROGRAM_ID);
/** The collection every cash-flow NFT is a verified member of (created once by `create_nft_collection`). */
export const NFT_COLLECTION_NAME = "GPU cash-flow NFTs";
export const NFT_COLLECTION_SYMBOL = "GPUCF";
/** Every cash-flow NFT's symbol; its name is written by the program from the device ("8x GPU c2 eu-central-1"). */
export const NFT_SYMBOL = "GPUCF";
/** Token Metadata's create, mint and verify by CPI cost about 165k alone and tokenize_nft about 203k in all (npm run bench): over the default 200k. */
export const TOKENIZE_NFT_COMPUTE_UNITS = 400_000;
/** Token Metadata's limit on the URI. */
export const NFT_URI_MAX = 200;

export const nftPdas = {
  /** The NFT mint of the `number`-th tokenization (`Config.poolCount` before it; shared with shares and bonds). */
  mint: (number: bigint) => findPda(COMPUTE_TOKENS_PROGRAM_ID, "nft", u64le(number)),
  collectionMint: () => findPda(COMPUTE_TOKENS_PROGRAM_ID, "nft-collection"),
};

/** Token Metadata's accounts of a mint, derived with Umi. */
export function metaplexAccounts(umi: Umi, mint: PublicKey): { metadata: PublicKey; masterEdition: PublicKey } {
  const key = umiPublicKey(mint.toBase58());
  return {
    metadata: new PublicKey(findMetadataPda(umi, { mint: key })[0]),
    masterEdition: new PublicKey(findMasterEditionPda(umi, { mint: key })[0]),
  };
}

/** `create_nft_collection` (admin, once). */
export function createNftCollectionIx(program: Program<ComputeTokens>, umi: Umi, p: { admin: PublicKey; uri: string }) {
  const collectionMint = nftPdas.collectionMint();
  const config = findPda(COMPUTE_TOKENS_PROGRAM_ID, "config");
  const { metadata, masterEdition } = metaplexAccounts(umi, collectionMint);
  return program.methods
    .createNftCollection(p.uri)
    .accountsPartial({
      admin: p.admin,
      config,
      collectionMint,
      collectionMetadata: metadata,
      collectionMasterEdition: masterEdition,
      configToken: getAssociatedTokenAddressSync(collectionMint, config, true, TOKEN_PROGRAM_ID),
      sysvarInstructions: SYSVAR_INSTRUCTIONS_PUBKEY,
    })
    .preInstructions([ComputeBudgetProgram.setComputeUnitLimit({ units: TOKENIZE_NFT_COMPUTE_UNITS })]);
}

export interface TokenizeNftParams {
  operator: PublicKey;
  device: PublicKey;
  /** `Config.poolCount` now: names the NFT mint. */
  poolNumber: bigint;
  market: PublicKey;
  iosdMint: PublicKey;
  iosdTokenProgram: PublicKey;
  termSeconds: bigint;
  /** The JSON metadata's URI (`nftJson` writes the JSON); the name and symbol are the program's. */
  uri: string;
}

/** `tokenize_nft`: the operator's device term as one NFT, minted to the operator's associated account. */
export function tokenizeNftIx(program: Program<ComputeTokens>, umi: Umi, p: TokenizeNftParams) {
  const { mint, pool, vault } = poolAddresses(nftPdas.mint(p.poolNumber));
  const { metadata, masterEdition } = metaplexAccounts(umi, mint);
  const collectionMint = nftPdas.collectionMint();
  const collection = metaplexAccounts(umi, collectionMint);
  return program.methods
    .tokenizeNft(bn(p.termSeconds), p.uri)
    .accountsPartial({
      operator: p.operator,
      market: p.market,
      device: p.device,
      mint,
      pool,
      vault,
      iosdMint: p.iosdMint,
      metadata,
      masterEdition,
      operatorNft: nftAccount(mint, p.operator),
      collectionMint,
      collectionMetadata: collection.metadata,
      collectionMasterEdition: collection.masterEdition,
      iosdTokenProgram: p.iosdTokenProgram,
      sysvarInstructions: SYSVAR_INSTRUCTIONS_PUBKEY,
    })
    .preInstructions([ComputeBudgetProgram.setComputeUnitLimit({ units: TOKENIZE_NFT_COMPUTE_UNITS })]);
}

/** `claim_nft`: whoever holds the NFT in `nftAccount` collects what is unclaimed into `destination`. */
export function claimNftIx(
  program: Program<ComputeTokens>,
  p: { holder: PublicKey; pool: PublicKey; nftAccount: PublicKey; vault: PublicKey; destination: PublicKey; iosdMint: PublicKey; iosdTokenProgram: PublicKey },
) {
  return program.methods.claimNft().accountsPartial(p);
}

/** An owner's associated account of an NFT mint (SPL Token). */
export const nftAccount = (mint: PublicKey, owner: PublicKey) => getAssociatedTokenAddressSync(mint, owner, true, TOKEN_PROGRAM_ID);

/** Holders' revenue synced and not yet claimed: the current holder's to take. */
export const nftClaimable = (pool: Pick<NftPool, "holdersRevenue" | "claimed">): bigint => big(pool.holdersRevenue) - big(pool.claimed);

/** The Metaplex JSON (the token standard's off-chain metadata) to host at the NFT's URI: the device's attributes
 * as the pool keeps them on chain. */
export function nftJson(pool: NftPool, p: { name: string; symbol?: string; image?: string }) {
  const region = Buffer.from(pool.region).toString("utf8").replace(/\0+$/, "");
  return {
    name: p.name,
    symbol: p.symbol ?? NFT_SYMBOL,
    description:
      `Revenue of GPU device ${pool.device.toBase58()} until ${new Date(Number(big(pool.termEnd)) * 1000).toISOString()}: ` +
      `${(10_000 - pool.operatorBps) / 100}% of its rentals, paid in IOSD to whoever holds this NFT when claiming. ` +
      "Revenue not yet claimed travels with the NFT to its next holder.",
    ...(p.image ? { image: p.image } : {}),
    attributes: [
      { trait_type: "device", value: pool.device.toBase58() },
      { trait_type: "class", value: pool.deviceClass },
      { trait_type: "GPUs", value: pool.gpuCount },
      { trait_type: "region", value: region },
      { trait_type: "term end", value: Number(big(pool.termEnd)), display_type: "date" },
      { trait_type: "holders' share", value: `${(10_000 - pool.operatorBps) / 100}%` },
    ],
  };
}

/** Cash-flow NFTs: tokenize, read back through Umi, sync, claim, end the term. */
export class NftClient {
  constructor(
    readonly program: Program<ComputeTokens>,
    readonly umi: Umi,
  ) {}

  static forProvider(provider: Provider, umi: Umi): NftClient {
    return new NftClient(computeTokensProgram(provider), umi);
  }

  get provider(): Provider {
    return this.program.provider;
  }

  config(): Promise<Config> {
    return fetchComputeTokensConfig(this.program);
  }

  pool(pool: PublicKey): Promise<NftPool> {
    return this.program.account.nftPool.fetch(pool);
  }

  /** The NFT as every wallet reads it (mint, metadata, master edition), through Umi. */
  fetchAsset(mint: PublicKey): Promise<DigitalAsset> {
    return fetchDigitalAsset(this.umi, umiPublicKey(mint.toBase58()));
  }

  fetchCollection(): Promise<DigitalAsset> {
    return this.fetchAsset(nftPdas.collectionMint());
  }

  /** Creates the collection (the config's admin, once). */
  async createCollection(admin: Keypair, uri: string): Promise<PublicKey> {
    await createNftCollectionIx(this.program, this.umi, { admin: admin.publicKey, uri }).signers([admin]).rpc();
    return nftPdas.collectionMint();
  }

  /** Tokenizes `device` as one NFT for `termSeconds`; returns the mint, pool and vault. */
  async tokenize(operator: Keypair, device: PublicKey, p: { termSeconds: bigint; uri: string }) {
    const config = await this.config();
    const poolNumber = big(config.poolCount);
    await tokenizeNftIx(this.program, this.umi, { ...p, operator: operator.publicKey, device, poolNumber, market: config.market, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram })
      .signers([operator])
      .rpc();
    const addresses = poolAddresses(nftPdas.mint(poolNumber));
    return { ...addresses, operatorNft: nftAccount(addresses.mint, operator.publicKey) };
  }

  async sync(pool: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    return syncRevenueIx(this.program, pool, state, config.iosdTokenProgram, config.iosdMint).rpc();
  }

  /** The holder collects what is unclaimed, from its associated account of the NFT (or `nftAccount`), into its IOSD
   * associated account (created if missing). */
  async claim(holder: Keypair, pool: PublicKey, nftAccountAddress?: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    const destination = getAssociatedTokenAddressSync(config.iosdMint, holder.publicKey, true, config.iosdTokenProgram);
    return claimNftIx(this.program, {
      holder: holder.publicKey,
      pool,
      nftAccount: nftAccountAddress ?? nftAccount(state.mint, holder.publicKey),
      vault: state.vault,
      destination,
      iosdMint: config.iosdMint,
      iosdTokenProgram: config.iosdTokenProgram,
    })
      .preInstructions([createAssociatedTokenAccountIdempotentInstruction(this.provider.publicKey!, destination, holder.publicKey, config.iosdMint, config.iosdTokenProgram)])
      .signers([holder])
      .rpc();
  }

  /** The operator pulls its cut into its IOSD associated account. */
  async claimOperator(operator: Keypair, pool: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    const destination = getAssociatedTokenAddressSync(config.iosdMint, operator.publicKey, true, config.iosdTokenProgram);
    return claimOperatorIx(this.program, { operator: operator.publicKey, pool, vault: state.vault, destination, iosdMint: config.iosdMint, iosdTokenProgram: config.iosdTokenProgram })
      .signers([operator])
      .rpc();
  }

  /** After the term: the device's payout unlocks (anyone, once its rentals are closed and the vault synced). */
  async endTerm(pool: PublicKey): Promise<string> {
    const [config, state] = [await this.config(), await this.pool(pool)];
    return endTermIx(this.program, { pool, device: state.device, vault: state.vault, iosdTokenProgram: config.iosdTokenProgram }).rpc();
  }
}
