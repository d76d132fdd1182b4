#!/usr/bin/env bash
# Debian's Chromium for the explorer's browser tests (Playwright cannot download its own browsers here), pinned, and
# installed once. Prints the executable to hand to Playwright.
set -euo pipefail
CHROMIUM_VERSION="156.0.8078.114-1~deb12u1"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if [ "$(dpkg-query -W -f='${Version}' chromium 2>/dev/null || true)" != "$CHROMIUM_VERSION" ]; then
  echo "[install] apt: chromium=$CHROMIUM_VERSION" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "chromium=$CHROMIUM_VERSION" "chromium-common=$CHROMIUM_VERSION" >/dev/null
fi
# The binary itself: /usr/bin/chromium is a shell wrapper that adds flags of its own.
echo /usr/lib/chromium/chromium
