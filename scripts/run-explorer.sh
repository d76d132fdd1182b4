#!/usr/bin/env bash
# `npm run explorer -- [--ledger <file> | --url <rpc>] [--port <n>]`: builds the dashboard, then serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build -w explorer --silent
exec npx --no-install ts-node --transpile-only -r tsconfig-paths/register explorer/server/main.ts "$@"
