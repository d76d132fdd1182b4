#!/usr/bin/env bash
# Prints the benchmark tables (program sizes, account sizes, compute units next to their floors).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-toolchain.sh >/dev/null
bash scripts/build-programs.sh >/dev/null
node scripts/gen-idl-types.js
npx --no-install ts-node --transpile-only bench/run.ts
