#!/usr/bin/env bash
# Installs everything Weerbaar needs to build and test, from the package
# registries only (crates.io, npm, Debian), at pinned versions. Idempotent:
# a second run only checks and finishes in seconds.
#
# Used by both README commands (./dev serve and ./dev test) and so by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# 1. The WebAssembly target for the installed toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Rust-doel wasm32-unknown-unknown installeren"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, pinned: 0.22 needs a newer rustc than ours.
if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
  say "Trunk ${TRUNK_VERSION} installeren (duurt een paar minuten)"
  cargo install --locked "trunk@${TRUNK_VERSION}"
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock; a mismatch gives
#    an app that builds but does not load. Its own lockfile pins a
#    webpki-roots release the registry no longer serves, so --locked fails
#    and we let cargo resolve (within our rustc's reach).
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "${WBG_VERSION}" ]; then
  echo "setup: kon de versie van wasm-bindgen niet vinden in Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WBG_VERSION}\$"; then
  say "wasm-bindgen-cli ${WBG_VERSION} installeren (duurt een paar minuten)"
  cargo install --force "wasm-bindgen-cli@${WBG_VERSION}"
fi

# 4. wasm-split-cli, pinned: cuts the app's wasm into lazily loaded parts
#    (scripts/build-wasm.mjs), the tool cargo-leptos uses for Leptos's
#    code splitting. Its lockfile builds on our rustc. It has no --version,
#    so cargo's own list of installed packages tells which one is there.
WSPLIT_VERSION=0.2.4
if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -q "^wasm_split_cli_support v${WSPLIT_VERSION}:"; then
  say "wasm-split-cli ${WSPLIT_VERSION} installeren (duurt een paar minuten)"
  cargo install --locked --force --features build-binary "wasm_split_cli_support@${WSPLIT_VERSION}"
fi

# 5. npm packages from the committed lockfile: wasm-opt (binaryen),
#    playwright-core and axe-core. Re-run only when the lockfile changed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.weerbaar-lock; then
  say "npm-pakketten installeren (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.weerbaar-lock
fi

# 6. Chromium for the browser tests, from Debian. Only needed for tests.
if [ "${1:-}" = "--with-browser" ] && ! command -v chromium >/dev/null; then
  say "Chromium installeren uit Debian"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
