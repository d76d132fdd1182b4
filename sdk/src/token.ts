// SPL Token / Token-2022 helpers for scripts, the demo and tests: create mints and accounts, mint, read. They take
// any Anchor `Provider` (a LiteSVM one in tests, an AnchorProvider over a cluster's JSON-RPC in real use).
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeMint2Instruction,
  createMintToCheckedInstruction,
  getAccount,
  getAssociatedTokenAddressSync,
  getMint,
  MINT_SIZE,
} from "@solana/spl-token";
import type { Provider } from "@coral-xyz/anchor";
import { Keypair, PublicKey, SystemProgram, Transaction, TransactionInstruction } from "@solana/web3.js";

/** Sends `instructions` in one transaction signed by the provider's wallet and `signers`. */
async function send(provider: Provider, instructions: TransactionInstruction[], signers: Keypair[] = []): Promise<void> {
  await provider.sendAndConfirm!(new Transaction().add(...instructions), signers);
}

export async function createMint(
  provider: Provider,
  decimals: number,
  authority: PublicKey,
  tokenProgram: PublicKey,
  mint = Keypair.generate(),
): Promise<PublicKey> {
  const lamports = await provider.connection.getMinimumBalanceForRentExemption(MINT_SIZE);
  await send(
    provider,
    [
      SystemProgram.createAccount({
        fromPubkey: provider.publicKey!,
        newAccountPubkey: mint.publicKey,
        lamports,
        space: MINT_SIZE,
        programId: tokenProgram,
      }),
      createInitializeMint2Instruction(mint.publicKey, decimals, authority, null, tokenProgram),
    ],
    [mint],
  );
  return mint.publicKey;
}

/** The owner's associated token account for `mint`, created if missing. */
export async function createAta(
  provider: Provider,
  mint: PublicKey,
  owner: PublicKey,
  tokenProgram: PublicKey,
): Promise<PublicKey> {
  const ata = getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);
  await send(provider, [createAssociatedTokenAccountIdempotentInstruction(provider.publicKey!, ata, owner, mint, tokenProgram)]);
  return ata;
}

export async function mintTo(
  provider: Provider,
  mint: PublicKey,
  destination: PublicKey,
  authority: Keypair,
  amount: bigint,
  tokenProgram: PublicKey,
): Promise<void> {
  const { decimals } = await getMint(provider.connection, mint, undefined, tokenProgram);
  await send(provider, [createMintToCheckedInstruction(mint, destination, authority.publicKey, amount, decimals, [], tokenProgram)], [authority]);
}

export async function tokenBalance(provider: Provider, account: PublicKey, tokenProgram: PublicKey): Promise<bigint> {
  return (await getAccount(provider.connection, account, undefined, tokenProgram)).amount;
}

export async function mintSupply(provider: Provider, mint: PublicKey, tokenProgram: PublicKey): Promise<bigint> {
  return (await getMint(provider.connection, mint, undefined, tokenProgram)).supply;
}
