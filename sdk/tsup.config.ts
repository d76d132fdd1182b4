// The SDK's package build: ESM and CJS with type declarations for each entry point. Dependencies stay external.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "kit/index": "src/kit/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  // `__dirname` in ESM, for the testing entry's program loader only.
  shims: true,
  // One file per entry: a shared chunk would carry the ESM `__dirname` shim (node:path, node:url) into the root.
  splitting: false,
  target: "es2022",
  outDir: "dist",
  // The testing entry imports the root by name: kept external, it resolves to the root entry of the same package.
  external: ["@io-compute/sdk"],
  tsconfig: "tsconfig.build.json",
});
