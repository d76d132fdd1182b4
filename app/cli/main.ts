#!/usr/bin/env node
// io-compute: the command line for every role, on a persistent embedded ledger (LiteSVM, saved to a file after
// each command) by default, or on any JSON-RPC endpoint with --url. Every command goes through the SDK.
import { Command } from "commander";
import { TransactionFailedError } from "@io-compute/sdk";
import { DEFAULT_KEYPAIR, DEFAULT_LEDGER, describeError } from "./session";
import * as deploy from "./deploy";
import * as staking from "./staking";
import * as iosd from "./iosd";
import * as market from "./market";
import * as keeper from "./keeper";
import * as stats from "./stats";
import * as dev from "./dev";
import * as emissions from "./emissions";
import * as tokens from "./tokens";

const program = new Command("io-compute")
  .description("GPU compute marketplace: staking, IOSD, devices, rentals and revenue tokens, from a shell")
  .option("-u, --url <url>", "JSON-RPC URL, or localhost / devnet (default: the embedded ledger)")
  .option("--ledger <file>", "the embedded ledger's file", process.env.IO_COMPUTE_LEDGER ?? DEFAULT_LEDGER)
  .option("-k, --keypair <file>", "signer keypair", process.env.IO_COMPUTE_KEYPAIR ?? DEFAULT_KEYPAIR)
  .option("--json", "machine output (exact base units)")
  .option("-y, --yes", "skip confirmations")
  .showHelpAfterError();

for (const area of [deploy, staking, iosd, market, tokens, emissions, keeper, stats, dev]) area.register(program);

// Exit when the command is done: an RPC connection's websocket would otherwise keep the process alive.
program
  .parseAsync(process.argv)
  .then(() => process.exit(0))
  .catch((e: unknown) => {
    console.error(`error: ${describeError(e)}`);
    if (e instanceof TransactionFailedError) console.error("hint: the transaction was refused and nothing changed; check the amounts and accounts named above");
    process.exit(1);
  });
