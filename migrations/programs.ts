// Deploys the four programs to a JSON-RPC cluster through the upgradeable loader (BPF Loader v3), as
// `solana program deploy` does: each ELF is written into a buffer in parallel chunks (a progress callback per
// chunk, unconfirmed writes resent with a fresh blockhash), then `DeployWithMaxDataLen` creates the program at the
// id of its keypair in migrations/keys, with the deployer as upgrade authority. A program already there with the
// same bytes is left alone; different bytes are upgraded (the deployer must be its upgrade authority). The
// loader's instructions come from `@solana-program/loader-v3`.
import * as fs from "fs";
import * as path from "path";
import { AccountRole, address, createNoopSigner, type Instruction } from "@solana/kit";
import {
  getDeployWithMaxDataLenInstruction,
  getExtendProgramInstruction,
  getInitializeBufferInstruction,
  getUpgradeInstruction,
  getWriteInstruction,
} from "@solana-program/loader-v3";
import { Connection, Keypair, PublicKey, SystemProgram, Transaction, TransactionInstruction } from "@solana/web3.js";
import { PROGRAM_IDS, PROGRAM_NAMES, type ProgramName } from "@io-compute/sdk";
import { programPath } from "@io-compute/sdk/testing";

export const LOADER_V3 = new PublicKey("BPFLoaderUpgradeab1e11111111111111111111111");
/** Loader v3 account headers: Buffer (tag, Option<authority>) and ProgramData (tag, slot, Option<authority>). */
const BUFFER_HEADER = 37;
const PROGRAM_DATA_HEADER = 45;
const PROGRAM_ACCOUNT_SIZE = 36;
/** ELF bytes per write transaction: what fits in 1,232 bytes beside one signature, three keys and the header. */
const WRITE_CHUNK = 1_000;
/** Room to grow: the program data account is sized for twice the first ELF, so upgrades rarely need extending. */
const GROWTH = 2;
/** Rounds of resending unconfirmed writes before giving up. */
const WRITE_ROUNDS = 5;

/**
 * Agave's feature gate `disable_sbpf_v0_v1_v2_deployment`: where active (Agave 4 clusters that turned it on, and a
 * default 4.x test validator) the loader refuses to deploy SBPF v0-v2 ELFs, which is what this toolchain links;
 * programs already deployed keep running. Checked before anything is written or spent.
 */
export const DISABLE_SBPF_V0_DEPLOYMENT = new PublicKey("B8JJXCy5amZyWG9r7EnUYLwzXSXTxG7GZ1qZ1qggo83g");
const FEATURE_PROGRAM = new PublicKey("Feature111111111111111111111111111111111111");

export interface ProgramStep {
  program: ProgramName;
  action: "deployed" | "upgraded" | "unchanged";
  detail: string;
}

/** Progress of one program's buffer writes (chunks confirmed of total). */
export type WriteProgress = (program: ProgramName, confirmed: number, total: number) => void;

const KEYS_DIR = path.join(__dirname, "keys");

export function programKeypair(name: ProgramName, dir = KEYS_DIR): Keypair {
  const keypair = Keypair.fromSecretKey(Uint8Array.from(JSON.parse(fs.readFileSync(path.join(dir, `${name}-keypair.json`), "utf8"))));
  if (keypair.publicKey.toBase58() !== PROGRAM_IDS[name]) {
    throw new Error(`${name}-keypair.json is ${keypair.publicKey.toBase58()}, not the program id ${PROGRAM_IDS[name]} the SDK and IDL use`);
  }
  return keypair;
}

export function programDataAddress(programId: PublicKey): PublicKey {
  return PublicKey.findProgramAddressSync([programId.toBuffer()], LOADER_V3)[0];
}

/** SOL (lamports) a first deployment of all four programs costs: program data, program accounts, and the buffer
 * (refunded when the deployment consumes it). */
export async function deploymentCost(connection: Connection): Promise<bigint> {
  let total = 0n;
  for (const name of PROGRAM_NAMES) {
    const size = fs.statSync(programPath(name)).size;
    total += BigInt(await connection.getMinimumBalanceForRentExemption(PROGRAM_DATA_HEADER + size * GROWTH));
    total += BigInt(await connection.getMinimumBalanceForRentExemption(PROGRAM_ACCOUNT_SIZE));
  }
  return total;
}

/** Whether the cluster has activated `disable_sbpf_v0_v1_v2_deployment` (a Feature account whose activation slot is set). */
export async function sbpfV0DeploymentDisabled(connection: Connection): Promise<boolean> {
  const feature = await connection.getAccountInfo(DISABLE_SBPF_V0_DEPLOYMENT, "confirmed");
  return feature !== null && feature.owner.equals(FEATURE_PROGRAM) && feature.data[0] === 1;
}

/** Deploys or upgrades each program whose bytes differ from the built ELF. */
export async function deployPrograms(connection: Connection, deployer: Keypair, onProgress?: WriteProgress): Promise<ProgramStep[]> {
  const steps: ProgramStep[] = [];
  for (const name of PROGRAM_NAMES) {
    const elf = fs.readFileSync(programPath(name));
    const program = programKeypair(name);
    const programData = programDataAddress(program.publicKey);
    const existing = await connection.getAccountInfo(programData, "confirmed");
    if (existing) {
      const onChain = existing.data.subarray(PROGRAM_DATA_HEADER);
      if (onChain.subarray(0, elf.length).equals(elf) && onChain.subarray(elf.length).every((b) => b === 0)) {
        steps.push({ program: name, action: "unchanged", detail: `${program.publicKey.toBase58()}, ${elf.length} bytes` });
        continue;
      }
    }
    if (await sbpfV0DeploymentDisabled(connection)) {
      throw new Error(
        `this cluster refuses SBPF v0 deployments (feature disable_sbpf_v0_v1_v2_deployment ${DISABLE_SBPF_V0_DEPLOYMENT.toBase58()} is active): ${name} was not deployed and nothing was spent`,
      );
    }
    if (existing) {
      const onChain = existing.data.subarray(PROGRAM_DATA_HEADER);
      const authority = existing.data[12] === 1 ? new PublicKey(existing.data.subarray(13, 45)) : null;
      if (!authority?.equals(deployer.publicKey)) {
        throw new Error(`${name} at ${program.publicKey.toBase58()} differs and its upgrade authority is ${authority?.toBase58() ?? "none"}, not the deployer`);
      }
      const extra = elf.length - onChain.length;
      if (extra > 0) {
        await send(
          connection,
          [
            ix(
              getExtendProgramInstruction({
                programDataAccount: k(programData),
                programAccount: k(program.publicKey),
                payer: signer(deployer.publicKey),
                additionalBytes: extra,
              }),
            ),
          ],
          [deployer],
        );
      }
      const buffer = await writeBuffer(connection, deployer, name, elf, onProgress);
      await send(
        connection,
        [
          ix(
            getUpgradeInstruction({
              programDataAccount: k(programData),
              programAccount: k(program.publicKey),
              bufferAccount: k(buffer),
              spillAccount: k(deployer.publicKey),
              authority: signer(deployer.publicKey),
            }),
          ),
        ],
        [deployer],
      );
      steps.push({ program: name, action: "upgraded", detail: `${program.publicKey.toBase58()}, ${elf.length} bytes` });
      continue;
    }
    const buffer = await writeBuffer(connection, deployer, name, elf, onProgress);
    const rent = await connection.getMinimumBalanceForRentExemption(PROGRAM_ACCOUNT_SIZE);
    await send(
      connection,
      [
        SystemProgram.createAccount({
          fromPubkey: deployer.publicKey,
          newAccountPubkey: program.publicKey,
          lamports: rent,
          space: PROGRAM_ACCOUNT_SIZE,
          programId: LOADER_V3,
        }),
        ix(
          getDeployWithMaxDataLenInstruction({
            payerAccount: signer(deployer.publicKey),
            programDataAccount: k(programData),
            programAccount: k(program.publicKey),
            bufferAccount: k(buffer),
            authority: signer(deployer.publicKey),
            maxDataLen: elf.length * GROWTH,
          }),
        ),
      ],
      [deployer, program],
    );
    steps.push({
      program: name,
      action: "deployed",
      detail: `${program.publicKey.toBase58()}, ${elf.length} bytes, upgrade authority ${deployer.publicKey.toBase58()}`,
    });
  }
  return steps;
}

/** Creates a buffer owned by the deployer and writes `elf` into it; returns its address. */
async function writeBuffer(connection: Connection, deployer: Keypair, name: ProgramName, elf: Buffer, onProgress?: WriteProgress): Promise<PublicKey> {
  const buffer = Keypair.generate();
  const space = BUFFER_HEADER + elf.length;
  const lamports = await connection.getMinimumBalanceForRentExemption(space);
  await send(
    connection,
    [
      SystemProgram.createAccount({ fromPubkey: deployer.publicKey, newAccountPubkey: buffer.publicKey, lamports, space, programId: LOADER_V3 }),
      ix(getInitializeBufferInstruction({ sourceAccount: k(buffer.publicKey), bufferAuthority: k(deployer.publicKey) })),
    ],
    [deployer, buffer],
  );
  const chunks: { offset: number; bytes: Buffer }[] = [];
  for (let offset = 0; offset < elf.length; offset += WRITE_CHUNK) chunks.push({ offset, bytes: elf.subarray(offset, offset + WRITE_CHUNK) });
  let pending = chunks;
  onProgress?.(name, 0, chunks.length);
  for (let round = 0; round < WRITE_ROUNDS && pending.length > 0; round++) {
    // Every pending write goes out at once with one blockhash; whatever is not confirmed before it expires is resent.
    const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash("confirmed");
    const sent = await Promise.all(
      pending.map(async (chunk) => {
        const tx = new Transaction({ feePayer: deployer.publicKey, blockhash, lastValidBlockHeight }).add(
          ix(
            getWriteInstruction({ bufferAccount: k(buffer.publicKey), bufferAuthority: signer(deployer.publicKey), offset: chunk.offset, bytes: chunk.bytes }),
          ),
        );
        tx.sign(deployer);
        const signature = await connection.sendRawTransaction(tx.serialize(), { skipPreflight: true, maxRetries: 0 }).catch(() => null);
        return { chunk, signature };
      }),
    );
    const confirmed = new Set<number>();
    while (confirmed.size < sent.length && (await connection.getBlockHeight("confirmed")) <= lastValidBlockHeight) {
      const signatures = sent.filter((s) => s.signature && !confirmed.has(s.chunk.offset));
      for (let i = 0; i < signatures.length; i += 256) {
        const batch = signatures.slice(i, i + 256);
        const { value } = await connection.getSignatureStatuses(batch.map((s) => s.signature!));
        value.forEach((status, j) => {
          if (status && !status.err && (status.confirmationStatus === "confirmed" || status.confirmationStatus === "finalized"))
            confirmed.add(batch[j].chunk.offset);
        });
      }
      onProgress?.(name, chunks.length - pending.length + confirmed.size, chunks.length);
      if (confirmed.size < sent.length) await new Promise((r) => setTimeout(r, 400));
    }
    pending = pending.filter((chunk) => !confirmed.has(chunk.offset));
  }
  if (pending.length > 0) throw new Error(`${name}: ${pending.length} buffer writes unconfirmed after ${WRITE_ROUNDS} rounds; run deploy again to resume`);
  return buffer.publicKey;
}

async function send(connection: Connection, instructions: TransactionInstruction[], signers: Keypair[]): Promise<string> {
  const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash("confirmed");
  const tx = new Transaction({ feePayer: signers[0].publicKey, blockhash, lastValidBlockHeight }).add(...instructions);
  tx.sign(...signers);
  const signature = await connection.sendRawTransaction(tx.serialize());
  const result = await connection.confirmTransaction({ signature, blockhash, lastValidBlockHeight }, "confirmed");
  if (result.value.err) throw new Error(`transaction ${signature} failed: ${JSON.stringify(result.value.err)}`);
  return signature;
}

/** A kit instruction (from the loader's generated client) as a web3.js one. */
function ix(instruction: Instruction): TransactionInstruction {
  return new TransactionInstruction({
    programId: new PublicKey(instruction.programAddress),
    keys: (instruction.accounts ?? []).map((a) => ({
      pubkey: new PublicKey(a.address),
      isSigner: a.role === AccountRole.READONLY_SIGNER || a.role === AccountRole.WRITABLE_SIGNER,
      isWritable: a.role === AccountRole.WRITABLE || a.role === AccountRole.WRITABLE_SIGNER,
    })),
    data: Buffer.from(instruction.data ?? []),
  });
}

const k = (key: PublicKey) => address(key.toBase58());
/** An account meta marked as signer; the web3.js transaction carries the real signature. */
const signer = (key: PublicKey) => createNoopSigner(k(key));
