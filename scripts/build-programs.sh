#!/usr/bin/env bash
# Builds the four programs from Rust source to SBPF v0 shared objects in target/deploy/<name>.so.
# Debian's rustc (with the prebuilt bpfel-unknown-none core library) compiles to LLVM bitcode;
# sbpf-linker relinks it into an SBPF program. Rustup's toolchain has no BPF target, hence the explicit paths.
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC=/usr/bin/rustc
# Keep the BPF build's artifacts apart from host builds so neither invalidates the other.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"

# cpi-floor and hook-floor are benchmark-only: the bare token CPI and a do-nothing transfer hook that bench/
# measures instructions and hooked transfers against. pyth-poster is
# test-only: the JSON-RPC suite's stand-in for Pyth's receiver on a local validator.
programs=(io-staking iosd rental-escrow compute-tokens cpi-floor hook-floor pyth-poster)
# One cargo invocation per program: features are unified within an invocation, and a program that another
# one depends on (with `no-entrypoint`) must still get its own entrypoint when built for deployment.
for p in "${programs[@]}"; do
  /usr/bin/cargo rustc --quiet --release --target bpfel-unknown-none -p "$p" --crate-type cdylib
done

# sbpf-linker writes <name>.so into target/deploy (Anchor's location) itself; check that each one is there.
for p in "${programs[@]}"; do
  so="target/deploy/${p//-/_}.so"
  [ -s "$so" ] || { echo "missing $so" >&2; exit 1; }
  printf '%-28s %8d bytes\n' "$so" "$(stat -c %s "$so")"
done
