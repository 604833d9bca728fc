#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages Envsmith needs to build, run and test.
# Usage: packaging/install-deps.sh [--runtime-only]
# Runs apt-get as root (or through sudo). Idempotent: already-installed packages are skipped by apt.
set -euo pipefail

BUILD_PKGS=(
  cmake g++ make pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  qtkeychain-qt6-dev libsecret-1-0 libsodium-dev libssl-dev libxkbcommon-dev libzxcvbn-dev
  libargon2-dev libzip-dev libcsv-dev libhyperscan-dev libre2-dev libtomlplusplus-dev
)
TEST_PKGS=(
  gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth x11-apps imagemagick fonts-dejavu-core
  python3-dotenv nodejs
  clang-16 libclang-rt-16-dev
  git-secrets ripgrep
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

pkgs=("${BUILD_PKGS[@]}")
if [ "${1:-}" != "--runtime-only" ]; then pkgs+=("${TEST_PKGS[@]}"); fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "envsmith: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The npm dotenv package is the reference reader in the test suite.
if [ "${1:-}" != "--runtime-only" ]; then
  here="$(cd "$(dirname "$0")/.." && pwd)"
  if [ ! -d "$here/tests/oracles/node_modules/dotenv" ]; then
    (cd "$here/tests/oracles" && npm install --no-audit --no-fund --silent >/dev/null)
  fi
fi
