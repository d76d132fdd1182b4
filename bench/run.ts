// Benchmarks, printed as tables: program sizes, account sizes, and the compute units of each instruction next
// to its floor (the CPIs it cannot avoid, executed directly in the same SVM run).
import * as fs from "fs";
import {
  createTransferCheckedInstruction,
  createInitializeAccount3Instruction,
  createInitializeMint2Instruction,
  ACCOUNT_SIZE,
  MINT_SIZE,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { Keypair, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import { createAta, ioStaking, iosd, mintTo, PROGRAM_NAMES, programPath } from "../sdk/src";
import { IO, World } from "../tests/helpers";

function table(title: string, header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const fmt = (r: string[]) => "| " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
  console.log(`\n${title}\n${fmt(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of cells.slice(1)) console.log(fmt(r));
}

async function main() {
  table(
    "Program sizes (SBPF v0, target/deploy)",
    ["program", "bytes"],
    PROGRAM_NAMES.map((name) => [name, fs.statSync(programPath(name)).size]),
  );

  const world = await new World().createIo();
  table("Account sizes (bytes, including the 8-byte discriminator)", ["account", "bytes"], [
    ["io_staking Config", world.staking.account.config.size],
    ["iosd Config", world.iosd.account.config.size],
    ["rental_escrow Market", world.escrow.account.market.size],
    ["compute_tokens Config", world.computeTokens.account.config.size],
  ]);

  // Floors: the same system and token instructions the programs issue by CPI, executed directly.
  const provider = world.provider;
  const rent = async (n: number) => provider.connection.getMinimumBalanceForRentExemption(n);
  async function measure(build: (k: Keypair) => Promise<TransactionInstruction[]>): Promise<number> {
    const k = Keypair.generate();
    return (await provider.sendInstructions(await build(k), [k])).computeUnits;
  }
  const createAccount = async (k: Keypair, space: number) =>
    SystemProgram.createAccount({ fromPubkey: provider.publicKey, newAccountPubkey: k.publicKey, lamports: await rent(space), space, programId: TOKEN_PROGRAM_ID });
  const createAccountCu = await measure(async (k) => [await createAccount(k, 100)]);
  const tokenAccountCu = await measure(async (k) => [
    await createAccount(k, ACCOUNT_SIZE),
    createInitializeAccount3Instruction(k.publicKey, world.ioMint, provider.publicKey, TOKEN_PROGRAM_ID),
  ]);
  const mintCu = await measure(async (k) => [
    await createAccount(k, MINT_SIZE),
    createInitializeMint2Instruction(k.publicKey, 6, provider.publicKey, null, TOKEN_PROGRAM_ID),
  ]);

  const rows: (string | number)[][] = [];
  async function record(name: string, floor: number, floorParts: string, run: () => Promise<unknown>) {
    await run();
    const cu = provider.lastResult!.computeUnits;
    rows.push([name, cu, floor, floorParts, (cu / floor).toFixed(2)]);
  }
  await record("io_staking.initialize", createAccountCu + 2 * tokenAccountCu, "create + 2 token accounts", () => world.initStaking());
  await record("iosd.initialize", createAccountCu + mintCu, "create + mint", () =>
    iosd.initializeIosdIx(world.iosd, world.iosdParams()).rpc(),
  );
  world.iosdTreasury = await createAta(provider, iosd.iosdPdas.iosdMint(), provider.publicKey, TOKEN_PROGRAM_ID);
  await record("rental_escrow.initialize", createAccountCu, "create", () => world.initMarket());
  await record("compute_tokens.initialize", createAccountCu, "create", () => world.initComputeTokens());

  // stake: the floor is one transfer_checked of IO, executed directly by the staker.
  const staker = Keypair.generate();
  provider.airdrop(staker.publicKey, 10n ** 10n);
  const stakerIo = await createAta(provider, world.ioMint, staker.publicKey, TOKEN_PROGRAM_ID);
  await mintTo(provider, world.ioMint, stakerIo, world.ioMintAuthority, 1_000n * IO, TOKEN_PROGRAM_ID);
  const transferCu = (
    await provider.sendInstructions(
      [createTransferCheckedInstruction(stakerIo, world.ioMint, world.ioTreasury, staker.publicKey, 1n, 8, [], TOKEN_PROGRAM_ID)],
      [staker],
    )
  ).computeUnits;
  const stakeParams = { owner: staker.publicKey, ownerToken: stakerIo, ioMint: world.ioMint, tokenProgram: TOKEN_PROGRAM_ID, amount: IO };
  const stake = () => ioStaking.stakeIx(world.staking, stakeParams).signers([staker]).rpc();
  await record("io_staking.stake (first: creates position)", transferCu + createAccountCu, "transfer_checked + create", stake);
  await record("io_staking.stake", transferCu, "transfer_checked", stake);
  table("Compute units per instruction (LiteSVM, SPL Token = p-token)", ["instruction", "CU", "floor", "floor is", "x floor"], rows);
  console.log("\nThe floor is the system/token work alone, run as top-level instructions. Initialize adds about 1,000 CU per");
  console.log("CPI and finds each new PDA's canonical bump (1,500 CU per bump tried); it runs once per deployment.");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
