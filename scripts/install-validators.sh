#!/usr/bin/env bash
# Installs Agave's solana-test-validator at the versions the JSON-RPC suite runs against (the oldest and newest
# supported), as ~/.cargo/bin/solana-test-validator-<version>. A stripped build cached beside the project
# (../shared/bin, with its sha256) is used when its checksum matches; otherwise the validator is built from
# Rust's registry (about 35 minutes per version on 2 cores), which is always the path that works on its own.
# Idempotent: a version whose binary reports that version (`--version`) is left alone.
#
#   scripts/install-validators.sh [version ...]   (default: every version below)
# VALIDATOR_CACHE overrides the cache folder (a missing one forces the build from the registry), VALIDATOR_BIN
# the install folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# version, sha256 of the binary
VALIDATORS=(
  "3.0.10 cb3eb00d87599f2555536f725c8f8ff1f61a13affb0a631db1744578f000d633"
  "4.2.0 e3184014ec5837a84dbbbff4f00aa35d2e3abb1017e341b5d22b644cba240347"
)
CACHE="${VALIDATOR_CACHE:-../shared/bin}"
BIN="${VALIDATOR_BIN:-$HOME/.cargo/bin}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
log() { printf '[validators] %s\n' "$*"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

mkdir -p "$BIN"
for entry in "${VALIDATORS[@]}"; do
  version="${entry%% *}"; expected="${entry#* }"
  if [ $# -gt 0 ] && [[ " $* " != *" $version "* ]]; then continue; fi
  target="$BIN/solana-test-validator-$version"
  # A build from the registry differs from the cached one byte for byte, so "present" means it reports the version.
  if [ -x "$target" ] && "$target" --version 2>/dev/null | grep -q "^solana-test-validator $version "; then
    log "$version present"
    continue
  fi
  cached="$CACHE/solana-test-validator-$version-x86_64-linux-gnu.gz"
  if [ -f "$cached" ]; then
    tmp="$(mktemp)"
    gunzip -c "$cached" > "$tmp"
    if [ "$(sha "$tmp")" = "$expected" ]; then
      install -m 755 "$tmp" "$target"
      rm -f "$tmp"
      log "$version installed from the cache"
      continue
    fi
    rm -f "$tmp"
    log "$version: the cached build's checksum does not match; building instead"
  fi
  log "$version: building from Rust's registry (about 35 minutes on 2 cores)"
  started=$SECONDS
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    clang libclang-dev protobuf-compiler libudev-dev pkg-config libssl-dev >/dev/null
  root="$(mktemp -d)"
  cargo install "agave-validator@$version" --locked --bin solana-test-validator --root "$root"
  install -m 755 "$root/bin/solana-test-validator" "$target"
  rm -rf "$root"
  log "$version built in $((SECONDS - started)) s"
done
