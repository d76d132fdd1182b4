#!/usr/bin/env bash
# Installs everything the build needs, idempotently, with pinned versions:
#   - Debian's rustc-web 1.96 (LLVM 22) with the prebuilt core library for bpfel-unknown-none,
#   - LLVM 22's development files, which sbpf-linker links against,
#   - sbpf-linker from crates.io, built once against that LLVM and kept in ~/.cargo/bin,
#   - the npm dependencies (from package-lock.json).
# A second run finds everything in place and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

RUSTC_WEB_VERSION="1.96.0+dfsg1-1~deb12u2"
LLVM_VERSION="1:22.1.8-1~deb12u1"
SBPF_LINKER_VERSION="0.2.6"

export PATH="$HOME/.cargo/bin:$PATH"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

log() { printf '[install] %s\n' "$*"; }

installed_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }

apt_packages=(
  "rustc-web=$RUSTC_WEB_VERSION"
  "cargo-web=$RUSTC_WEB_VERSION"
  "libstd-rust-web-dev-bpf=$RUSTC_WEB_VERSION"
  "llvm-22-dev=$LLVM_VERSION"
)
missing=()
for spec in "${apt_packages[@]}"; do
  name="${spec%%=*}"; version="${spec#*=}"
  [ "$(installed_version "$name")" = "$version" ] || missing+=("$spec")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt: ${missing[*]}"
  # Without a fresh package list apt only offers rustc-web 1.85, which has no BPF library.
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "apt packages present"
fi
[ -d /usr/lib/rustlib/bpfel-unknown-none/lib ] || { echo "bpfel-unknown-none core library missing" >&2; exit 1; }

linker_version="$(sbpf-linker --version 2>/dev/null || true)"
if ! grep -qx "sbpf-linker $SBPF_LINKER_VERSION" <<<"$linker_version" || ! grep -q "^LLVM 22\." <<<"$linker_version"; then
  log "building sbpf-linker $SBPF_LINKER_VERSION against LLVM 22 (first run only, a few minutes)"
  # Newer sbpf-linker releases default to LLVM 23 loaded from a nightly rustc; here it links Debian's LLVM 22.
  # bpf-linker's build script finds LLVM through LLVM_PREFIX, llvm-sys through LLVM_SYS_221_PREFIX.
  LLVM_PREFIX=/usr/lib/llvm-22 LLVM_SYS_221_PREFIX=/usr/lib/llvm-22 \
    cargo install "sbpf-linker@$SBPF_LINKER_VERSION" --locked --force \
      --no-default-features --features bpf-linker/llvm-22
else
  log "sbpf-linker $SBPF_LINKER_VERSION present"
fi

if [ ! -d node_modules/litesvm ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
else
  log "node_modules present"
fi
