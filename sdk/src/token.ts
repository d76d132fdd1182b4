// SPL Token / Token-2022 helpers for scripts, the demo and tests: create mints and accounts, mint, read.
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeMint2Instruction,
  createMintToCheckedInstruction,
  getAccount,
  getAssociatedTokenAddressSync,
  getMint,
  MINT_SIZE,
} from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram } from "@solana/web3.js";
import { LiteSvmProvider } from "./litesvm/provider";

export async function createMint(
  provider: LiteSvmProvider,
  decimals: number,
  authority: PublicKey,
  tokenProgram: PublicKey,
  mint = Keypair.generate(),
): Promise<PublicKey> {
  const lamports = await provider.connection.getMinimumBalanceForRentExemption(MINT_SIZE);
  await provider.sendInstructions(
    [
      SystemProgram.createAccount({
        fromPubkey: provider.publicKey,
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
  provider: LiteSvmProvider,
  mint: PublicKey,
  owner: PublicKey,
  tokenProgram: PublicKey,
): Promise<PublicKey> {
  const ata = getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);
  await provider.sendInstructions([
    createAssociatedTokenAccountIdempotentInstruction(provider.publicKey, ata, owner, mint, tokenProgram),
  ]);
  return ata;
}

export async function mintTo(
  provider: LiteSvmProvider,
  mint: PublicKey,
  destination: PublicKey,
  authority: Keypair,
  amount: bigint,
  tokenProgram: PublicKey,
): Promise<void> {
  const { decimals } = await getMint(provider.connection, mint, undefined, tokenProgram);
  await provider.sendInstructions(
    [createMintToCheckedInstruction(mint, destination, authority.publicKey, amount, decimals, [], tokenProgram)],
    [authority],
  );
}

export async function tokenBalance(provider: LiteSvmProvider, account: PublicKey, tokenProgram: PublicKey): Promise<bigint> {
  return (await getAccount(provider.connection, account, undefined, tokenProgram)).amount;
}

export async function mintSupply(provider: LiteSvmProvider, mint: PublicKey, tokenProgram: PublicKey): Promise<bigint> {
  return (await getMint(provider.connection, mint, undefined, tokenProgram)).supply;
}
