#!/usr/bin/env bash
# Builds the SDK package (sdk/dist: ESM and CJS with types, per entry point) and copies the built programs into
# sdk/deploy for `@io-compute/sdk/testing` to load when the package is installed from npm.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/gen-idl-types.js
rm -rf sdk/deploy && mkdir -p sdk/deploy
for name in io_staking iosd rental_escrow compute_tokens; do
  so="target/deploy/$name.so"
  [ -s "$so" ] || { echo "$so is missing: run npm run build first" >&2; exit 1; }
  cp "$so" sdk/deploy/
done
# Metaplex Token Metadata (a mainnet binary, tests/fixtures/README.md): LiteSVM does not carry it.
cp tests/fixtures/mpl_token_metadata.so sdk/deploy/
cd sdk && npx --no-install tsup --silent
