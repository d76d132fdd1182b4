#!/usr/bin/env bash
# Runs a TypeScript entry point (the demo, the benchmarks) against freshly built programs on an embedded
# LiteSVM: installs what is missing, builds the programs, then runs the file with ts-node.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-toolchain.sh >/dev/null
bash scripts/build-programs.sh >/dev/null
node scripts/gen-idl-types.js
npx --no-install ts-node --transpile-only -r tsconfig-paths/register "$@"
