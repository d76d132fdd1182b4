// The SDK as integrators take it: `npm pack` (which builds dist/ and copies the programs), installed into a
// temporary project, imported from Node ESM and CJS (root, testing and kit entry points), and bundled for the
// browser with esbuild without any Node built-in, then run in a context that has only browser globals.
import { expect } from "chai";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { build } from "esbuild";
import { builtinModules } from "module";
import { REPO_ROOT } from "./helpers";

/** Checks every entry point once it is installed; prints one JSON line. Written twice: as ESM and as CJS. */
const CHECK = (load: string) => `${load}
const svm = sdkTesting.createSvm(); // the programs the package ships in deploy/
const provider = new sdkTesting.LiteSvmProvider(svm);
const staking = sdk.ioStaking.ioStakingProgram(provider);
let refused;
try {
  await sdk.ioStaking.requestUnstakeIx(staking, provider.publicKey, 1n).rpc();
} catch (error) {
  refused = { name: error.errorName, rootClass: error instanceof sdk.TransactionFailedError };
}
console.log(JSON.stringify({
  refused,
  loaded: Object.values(sdk.PROGRAM_IDS).map((id) => svm.getAccount(id).executable),
  kitAddress: kit.ioStaking.IO_STAKING_PROGRAM_ADDRESS === sdk.PROGRAM_IDS.io_staking,
  pda: sdk.ioStaking.ioStakingPdas.config().toBase58(),
}));
`;

// web3.js v1 and spl-token expect a global Buffer in browsers; apps install the \`buffer\` package's, first.
const BUFFER_POLYFILL = `import { Buffer } from "buffer";\nglobalThis.Buffer = Buffer;\n`;
const BROWSER_APP = `
import "./buffer-polyfill.mjs";
import { computeTokens, ioStaking, PROGRAM_IDS, rentalEscrow } from "@io-compute/sdk";
import * as kit from "@io-compute/sdk/kit";
import { address } from "@solana/kit";
const owner = address("11111111111111111111111111111112");
globalThis.result = (async () => ({
  config: ioStaking.ioStakingPdas.config().toBase58(),
  kitPosition: (await kit.ioStaking.findPositionPda({ owner }))[0],
  position: ioStaking.positionPda(new (await import("@solana/web3.js")).PublicKey(owner)).toBase58(),
  cost: rentalEscrow.cost(3_600_000_000n, 60n).toString(),
  split: computeTokens.splitInflow(1_000n, 1_000).map(String),
  programs: Object.keys(PROGRAM_IDS),
}))();
`;

describe("sdk: the packed package", function () {
  let project: string;

  before(function () {
    project = fs.mkdtempSync(path.join(os.tmpdir(), "sdk-consumer-"));
    const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", project], { cwd: path.join(REPO_ROOT, "sdk"), encoding: "utf8" })
      .trim()
      .split("\n")
      .pop()!;
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "sdk-consumer", private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", `./${packed}`], { cwd: project, stdio: "inherit" });
  });
  after(() => project && fs.rmSync(project, { recursive: true, force: true }));

  it("ships dist/ (ESM, CJS and types for each entry), the built programs and the IDLs, and no sources", () => {
    const root = path.join(project, "node_modules/@io-compute/sdk");
    for (const entry of ["index", "testing/index", "kit/index"]) {
      for (const ext of [".mjs", ".js", ".d.mts", ".d.ts"]) expect(fs.existsSync(path.join(root, "dist", entry + ext)), entry + ext).to.equal(true);
    }
    // Our programs, and Metaplex Token Metadata for the LiteSVM the testing entry creates.
    expect(fs.readdirSync(path.join(root, "deploy")).sort()).to.deep.equal(["compute_tokens.so", "io_staking.so", "iosd.so", "mpl_token_metadata.so", "rental_escrow.so"]);
    expect(fs.readdirSync(path.join(root, "idl")).sort()).to.deep.equal(["compute_tokens.json", "io_staking.json", "iosd.json", "rental_escrow.json"]);
    expect(fs.existsSync(path.join(root, "src"))).to.equal(false);
  });

  for (const [format, file, load] of [
    ["ESM", "check.mjs", `import * as sdk from "@io-compute/sdk";\nimport * as sdkTesting from "@io-compute/sdk/testing";\nimport * as kit from "@io-compute/sdk/kit";`],
    ["CJS", "check.cjs", `const sdk = require("@io-compute/sdk");\nconst sdkTesting = require("@io-compute/sdk/testing");\nconst kit = require("@io-compute/sdk/kit");\n(async () => {`],
  ] as const) {
    it(`imports every entry point from Node ${format}: programs load from the package, errors are the root's class`, () => {
      const source = CHECK(load) + (format === "CJS" ? "})();\n" : "");
      fs.writeFileSync(path.join(project, file), source);
      const out = JSON.parse(execFileSync("node", [file], { cwd: project, encoding: "utf8" }).trim().split("\n").pop()!);
      expect(out.refused).to.deep.equal({ name: "AccountOwnedByWrongProgram", rootClass: true });
      expect(out.loaded).to.deep.equal([true, true, true, true]);
      expect(out.kitAddress).to.equal(true);
      expect(out.pda).to.equal(require("@io-compute/sdk").ioStaking.ioStakingPdas.config().toBase58());
    });
  }

  it("bundles for the browser with esbuild, no Node built-in pulled in, and runs with browser globals only", async () => {
    fs.writeFileSync(path.join(project, "buffer-polyfill.mjs"), BUFFER_POLYFILL);
    fs.writeFileSync(path.join(project, "app.mjs"), BROWSER_APP);
    const result = await build({
      absWorkingDir: project,
      entryPoints: ["app.mjs"],
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const nodeOnly = inputs.filter((i) => builtins.has(i) || /node_modules\/(litesvm|toml)\//.test(i) || /dist\/testing\//.test(i));
    expect(nodeOnly).to.deep.equal([]);
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((i) => builtins.has(i))).to.deep.equal([]);

    // A bare context: what a browser page has (no require, process, Buffer or __dirname).
    const context = vm.createContext({ TextEncoder, TextDecoder, URL, crypto: globalThis.crypto, console, setTimeout, clearTimeout, atob, btoa, fetch });
    Object.assign(context, { globalThis: context, window: context, self: context, isSecureContext: true });
    vm.runInContext(result.outputFiles[0].text, context);
    const app = await (context as unknown as { result: Promise<Record<string, unknown>> }).result;
    const sdk = require("@io-compute/sdk");
    expect(app).to.deep.equal({
      config: sdk.ioStaking.ioStakingPdas.config().toBase58(),
      kitPosition: app.position,
      position: sdk.ioStaking.positionPda(new (require("@solana/web3.js").PublicKey)("11111111111111111111111111111112")).toBase58(),
      cost: "60000000",
      split: ["100", "900"],
      programs: ["io_staking", "iosd", "rental_escrow", "compute_tokens"],
    });
  });

  it("generates the API reference with TypeDoc from the doc comments, without a warning", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "sdk-docs-"));
    try {
      // typedoc.json treats warnings as errors: a warning fails the command.
      execFileSync("npx", ["--no-install", "typedoc", "--out", out], { cwd: path.join(REPO_ROOT, "sdk"), stdio: "pipe" });
      for (const page of ["index.html", "modules/index.ioStaking.html", "modules/testing.html", "modules/kit.computeTokens.html"]) {
        expect(fs.existsSync(path.join(out, page)), page).to.equal(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
