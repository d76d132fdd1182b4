// The explorer's web server (Node's own http): the built dashboard from explorer/web/dist, and its data as JSON
// under /api (exact amounts as decimal strings). Errors are one line of JSON, `{ "error": ... }`, never a stack trace.
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { PublicKey } from "@solana/web3.js";
import { plain } from "../indexer/store";
import * as api from "./api";
import type { ExplorerSource } from "./source";

export const WEB_DIST = path.join(__dirname, "..", "web", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

class BadRequest extends Error {}

const optionalInt = (value: string | null, name: string): number | undefined => {
  if (value === null || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new BadRequest(`${name} must be a whole number`);
  return Number(value);
};

const address = (text: string): PublicKey => {
  try {
    return new PublicKey(text);
  } catch {
    throw new BadRequest(`not an address: ${text}`);
  }
};

/** The JSON for one /api path, or undefined for an unknown one. */
async function route(source: ExplorerSource, url: URL): Promise<unknown> {
  const q = url.searchParams;
  const parts = url.pathname.split("/").filter(Boolean).slice(1);
  const bucket = optionalInt(q.get("bucket"), "bucket");
  if (bucket !== undefined && bucket < 60) throw new BadRequest("bucket must be at least 60 seconds");
  switch (parts[0]) {
    case "overview":
      return api.overview(source, bucket);
    case "devices":
      if (parts[1]) return (await api.device(source, address(parts[1]))) ?? { error: `no device at ${parts[1]}` };
      return api.devices(source, {
        deviceClass: optionalInt(q.get("class"), "class"),
        region: q.get("region") || undefined,
        minGpus: optionalInt(q.get("minGpus"), "minGpus"),
        maxPricePerGpuHour: q.get("maxPrice") ? BigInt(optionalInt(q.get("maxPrice"), "maxPrice")!) : undefined,
        availableOnly: q.get("available") === "1",
      });
    case "pools":
      return api.pools(source);
    case "staking":
      return api.staking(source);
    case "iosd":
      return api.iosdPage(source);
    case "source":
      return { description: source.description, transactions: source.store.transactionCount() };
  }
  return undefined;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(plain(body)));
}

function sendFile(res: http.ServerResponse, pathname: string) {
  const file = path.join(WEB_DIST, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ""));
  // Unknown paths get the app itself (its router shows the page), files only from inside dist.
  const target = file.startsWith(WEB_DIST) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(WEB_DIST, "index.html");
  if (!fs.existsSync(target)) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end("the dashboard is not built: run `npm run build -w explorer`");
    return;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(target)] ?? "application/octet-stream" });
  fs.createReadStream(target).pipe(res);
}

export interface RunningExplorer {
  url: string;
  close(): Promise<void>;
}

/** Serves the dashboard and its API for `source` on `port` (0: any free port) of 127.0.0.1. */
export function serveExplorer(source: ExplorerSource, port = 0, host = "127.0.0.1"): Promise<RunningExplorer> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith("/api/")) return sendFile(res, url.pathname);
    try {
      await source.refresh();
      const body = await route(source, url);
      if (body === undefined) return sendJson(res, 404, { error: `no such API: ${url.pathname}` });
      sendJson(res, body && typeof body === "object" && "error" in body ? 404 : 200, body);
    } catch (e) {
      sendJson(res, e instanceof BadRequest ? 400 : 500, { error: e instanceof Error ? e.message.split("\n")[0] : String(e) });
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${bound}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
