// `npm run explorer -- [--ledger <file> | --url <rpc>] [--index <file>] [--port <n>]`: serves the dashboard on an
// embedded ledger (the demo's by default) or any JSON-RPC endpoint, until interrupted.
import { Command } from "commander";
import { DEMO_LEDGER, LedgerSource, RpcSource, type ExplorerSource } from "./source";
import { serveExplorer } from "./http";

const CLUSTERS: Record<string, string> = { localhost: "http://127.0.0.1:8899", devnet: "https://api.devnet.solana.com" };

async function main() {
  const options = new Command("explorer")
    .description("the network's explorer: a web dashboard over an embedded ledger or a JSON-RPC endpoint")
    .option("--ledger <file>", "embedded ledger file (its index beside it)", DEMO_LEDGER)
    .option("--url <url>", "JSON-RPC endpoint instead (localhost, devnet or a URL)")
    .option("--index <file>", "the index database (default: beside the ledger, or explorer-index.sqlite for --url)")
    .option("--port <port>", "port on 127.0.0.1", "8080")
    .parse()
    .opts<{ ledger: string; url?: string; index?: string; port: string }>();
  if (!/^\d+$/.test(options.port)) throw new Error(`--port must be a number, not "${options.port}"`);
  const source: ExplorerSource = options.url
    ? new RpcSource(CLUSTERS[options.url] ?? options.url, options.index ?? "explorer-index.sqlite")
    : new LedgerSource(options.ledger, options.index);
  const running = await serveExplorer(source, Number(options.port));
  console.log(`explorer of ${source.description}: ${running.url}  (Ctrl-C to stop)`);
}

main().catch((e) => {
  console.error(`error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  process.exit(1);
});
