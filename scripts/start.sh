#!/usr/bin/env bash
# `npm start`: the demo on an embedded ledger (saved with the explorer's index in .io-compute-demo/), then the
# explorer served on that ledger until interrupted. With CI=true it stops after the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
ledger=".io-compute-demo/ledger.bin"
bash scripts/run-ts.sh app/demo.ts --ledger "$ledger"
if [ "${CI:-}" = "true" ]; then
  echo "CI=true: not serving the explorer (run \`npm run explorer\` to browse the demo's ledger)"
  exit 0
fi
exec bash scripts/run-explorer.sh --ledger "$ledger" "$@"
