#!/usr/bin/env bash
# The README demo: installs what is missing, builds the programs, and runs app/demo.ts on an embedded LiteSVM.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-toolchain.sh >/dev/null
bash scripts/build-programs.sh >/dev/null
node scripts/gen-idl-types.js
npx --no-install ts-node --transpile-only app/demo.ts
