// Posts Pyth PriceUpdateV2 accounts through the test-only poster program (tests/pyth-poster) on a local
// validator: the account is created owned by the poster, and rewritten by its write authority (the wallet).
import { Provider } from "@coral-xyz/anchor";
import { Keypair, PublicKey, SystemProgram, Transaction, TransactionInstruction } from "@solana/web3.js";
import { iosd } from "@io-compute/sdk";

/** Writes `update` into `account` (created on first use), with the provider's wallet as write authority. */
export async function postPriceUpdate(provider: Provider, poster: PublicKey, account: Keypair, update: iosd.PriceUpdate): Promise<void> {
  const authority = provider.publicKey!;
  const tx = new Transaction();
  const signers: Keypair[] = [];
  if (!(await provider.connection.getAccountInfo(account.publicKey))) {
    const lamports = await provider.connection.getMinimumBalanceForRentExemption(iosd.PRICE_UPDATE_V2_SIZE);
    tx.add(SystemProgram.createAccount({ fromPubkey: authority, newAccountPubkey: account.publicKey, lamports, space: iosd.PRICE_UPDATE_V2_SIZE, programId: poster }));
    signers.push(account);
  }
  tx.add(
    new TransactionInstruction({
      programId: poster,
      keys: [
        { pubkey: account.publicKey, isSigner: false, isWritable: true },
        { pubkey: authority, isSigner: true, isWritable: false },
      ],
      data: iosd.encodePriceUpdateV2({ ...update, writeAuthority: authority }),
    }),
  );
  await provider.sendAndConfirm!(tx, signers);
}
