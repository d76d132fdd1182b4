#!/usr/bin/env bash
# The whole test suite from a fresh machine: installs what is missing, builds the four programs from Rust
# source to SBPF, runs the host-side Rust tests and the end-to-end TypeScript suite on LiteSVM and over JSON-RPC
# on Agave's test validators, and ends with one plain line: "N passed, M failed" (Rust and TypeScript together).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/install-toolchain.sh || exit 1
# Agave's solana-test-validator 3.0.10 and 4.2.0 for the JSON-RPC suite (tests/rpc.test.ts).
bash scripts/install-validators.sh || exit 1

start=$(date +%s)
bash scripts/build-programs.sh || { echo "0 passed, 1 failed"; exit 1; }
echo "[test] programs built in $(( $(date +%s) - start ))s"

node scripts/gen-idl-types.js || exit 1

# The explorer's browser tests: Debian's Chromium for Playwright, and the dashboard built by Vite.
CHROMIUM_PATH="$(bash scripts/install-browser.sh)" || exit 1
export CHROMIUM_PATH
npm run build -w explorer --silent || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp -d)
passed=0
failed=0

echo "[test] cargo test (host)"
cargo test --workspace --quiet 2>&1 | tee "$log/cargo.txt"
cargo_status=${PIPESTATUS[0]}
while read -r p f; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(grep -E '^test result:' "$log/cargo.txt" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/')
if [ "$cargo_status" -ne 0 ] && ! grep -qE '^test result: FAILED' "$log/cargo.txt"; then
  failed=$((failed + 1)) # did not compile
fi

echo "[test] tsc (type check)"
if ! npx --no-install tsc -p tsconfig.json; then
  failed=$((failed + 1))
fi

echo "[test] mocha (end to end on LiteSVM)"
npx --no-install mocha --reporter spec 2>&1 | tee "$log/mocha.txt"
mocha_status=${PIPESTATUS[0]}
ts_passed=$(grep -oE '^ *[0-9]+ passing' "$log/mocha.txt" | grep -oE '[0-9]+' | tail -1)
ts_failed=$(grep -oE '^ *[0-9]+ failing' "$log/mocha.txt" | grep -oE '[0-9]+' | tail -1)
passed=$((passed + ${ts_passed:-0}))
failed=$((failed + ${ts_failed:-0}))
if [ "$mocha_status" -ne 0 ] && [ -z "${ts_failed:-}" ]; then
  failed=$((failed + 1)) # mocha itself failed (a load error, for example)
fi

rm -rf "$log"
echo "[test] total time $(( $(date +%s) - start ))s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
