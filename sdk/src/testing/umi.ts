// Umi over the embedded LiteSVM: a small `RpcInterface` so the Metaplex code that runs on a cluster with Umi's
// ordinary RPC (reading NFTs and collections with `fetchDigitalAsset`, sending Umi-built transactions) runs
// unchanged on the in-process ledger. What a ledger without a network has no answer for (block times of past
// slots, transaction history, raw RPC calls) is refused with a named error instead of guessed.
import {
  lamports,
  type MaybeRpcAccount,
  publicKey,
  type PublicKey,
  type RpcInterface,
  type SolAmount,
  type Umi,
} from "@metaplex-foundation/umi";
import { mplTokenMetadata } from "@metaplex-foundation/mpl-token-metadata";
import { createUmi } from "@metaplex-foundation/umi-bundle-defaults";
import { address, getTransactionDecoder, lamports as kitLamports } from "@solana/kit";
import { FailedTransactionMetadata, LiteSVM } from "litesvm";

const decoder = getTransactionDecoder();

/** Raised for what the embedded ledger cannot answer. */
export class UnsupportedOnEmbeddedLedger extends Error {
  constructor(method: string) {
    super(`${method} is not available on the embedded ledger`);
    this.name = "UnsupportedOnEmbeddedLedger";
  }
}

/** Umi's `RpcInterface` over a LiteSVM: accounts, rent, blockhashes, sending and simulating transactions. */
export function liteSvmRpc(svm: LiteSVM): RpcInterface {
  const account = (key: PublicKey): MaybeRpcAccount => {
    const found = svm.getAccount(address(key));
    if (!found.exists) return { publicKey: key, exists: false };
    return {
      publicKey: key,
      exists: true,
      executable: found.executable,
      owner: publicKey(found.programAddress),
      lamports: lamports(found.lamports),
      data: Uint8Array.from(found.data),
    };
  };
  const sol = (value: bigint): SolAmount => lamports(value);
  const slot = () => Number(svm.getClock().slot);
  return {
    getEndpoint: () => "embedded",
    getCluster: () => "localnet",
    getAccount: async (key) => account(key),
    getAccounts: async (keys) => keys.map(account),
    getProgramAccounts: async (programId, options) =>
      svm
        .getProgramAccounts(address(programId))
        .map((a) => account(publicKey(a.address)))
        .filter((a): a is Extract<MaybeRpcAccount, { exists: true }> => a.exists)
        .filter((a) =>
          (options?.filters ?? []).every((f) =>
            "dataSize" in f ? a.data.length === f.dataSize : Buffer.from(a.data.subarray(f.memcmp.offset, f.memcmp.offset + f.memcmp.bytes.length)).equals(Buffer.from(f.memcmp.bytes)),
          ),
        ),
    getBlockTime: async () => {
      throw new UnsupportedOnEmbeddedLedger("getBlockTime");
    },
    getBalance: async (key) => sol(svm.getBalance(address(key)) ?? 0n),
    getGenesisHash: async () => {
      throw new UnsupportedOnEmbeddedLedger("getGenesisHash");
    },
    // LiteSVM adds the 128 bytes of account header itself.
    getRent: async (bytes, options) => sol(svm.minimumBalanceForRentExemption(BigInt(options?.includesHeaderBytes ? bytes - 128 : bytes))),
    getSlot: async () => slot(),
    getLatestBlockhash: async () => ({ blockhash: svm.latestBlockhash(), lastValidBlockHeight: slot() + 150 }),
    getTransaction: async () => {
      throw new UnsupportedOnEmbeddedLedger("getTransaction");
    },
    getSignatureStatuses: async (signatures) =>
      signatures.map((signature) => {
        const found = svm.getTransaction(signature as never);
        if (!found) return null;
        const failed = found instanceof FailedTransactionMetadata;
        return { slot: slot(), confirmations: null, error: failed ? found.err().toString() : null, commitment: "confirmed" as const };
      }),
    accountExists: async (key) => svm.getAccount(address(key)).exists,
    airdrop: async (key, amount) => {
      const result = svm.airdrop(address(key), kitLamports(amount.basisPoints));
      if (!result || result instanceof FailedTransactionMetadata) throw new Error(`airdrop to ${key} failed`);
    },
    call: async (method) => {
      throw new UnsupportedOnEmbeddedLedger(method);
    },
    sendTransaction: async (transaction) => {
      const result = svm.sendTransaction(decoder.decode(serialize(transaction)) as never);
      // A fresh blockhash for the next transaction, so an identical one is not refused as already processed.
      svm.expireBlockhash();
      if (result instanceof FailedTransactionMetadata) {
        throw new Error(`transaction failed: ${result.err().toString()}\n${result.meta().logs().join("\n")}`);
      }
      return result.signature();
    },
    simulateTransaction: async (transaction) => {
      const result = svm.simulateTransaction(decoder.decode(serialize(transaction)) as never);
      const meta = result.meta();
      return {
        err: result instanceof FailedTransactionMetadata ? result.err().toString() : null,
        unitsConsumed: Number(meta.computeUnitsConsumed()),
        logs: meta.logs(),
      };
    },
    confirmTransaction: async () => ({ context: { slot: slot() }, value: { err: null } }),
  };
}

/** A transaction as the wire carries it: compact signature count, signatures, then the message. */
function serialize(transaction: { signatures: Uint8Array[]; serializedMessage: Uint8Array }): Uint8Array {
  const count = transaction.signatures.length; // always < 128 here: one compact-u16 byte
  return Uint8Array.from([count, ...transaction.signatures.flatMap((s) => Array.from(s)), ...transaction.serializedMessage]);
}

/** A Umi on the embedded ledger (Umi's defaults with this RPC in place of the web3.js one), with Token Metadata. */
export function createLiteSvmUmi(svm: LiteSVM): Umi {
  return createUmi("http://embedded.invalid")
    .use({
      install(umi) {
        umi.rpc = liteSvmRpc(svm);
      },
    })
    .use(mplTokenMetadata());
}
