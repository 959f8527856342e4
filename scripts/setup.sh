#!/usr/bin/env bash
# Installs everything Weerbaar needs to build and test, from the package
# registries only (crates.io, npm, Debian), at pinned versions. Idempotent:
# a second run only checks and finishes in seconds.
#
# Used by both README commands (./dev serve and ./dev test) and so by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
NODE_MIN=20.11
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\nsetup: %s\n' "$*" >&2; exit 1; }
# PATH (node_modules/.bin and CARGO_HOME's bin/) is set by ./dev.

# 0. Node first: every build step after cargo is a Node script, and they use
#    import.meta.dirname (Node 20.11). Debian 12's own nodejs is 18.
node_version=$(node --version 2>/dev/null | sed 's/^v//') || true
if [ -z "${node_version}" ]; then
  fail "Node.js is niet gevonden. Weerbaar heeft Node.js ${NODE_MIN} of nieuwer nodig (met npm).
  Installeer het bijvoorbeeld via https://nodejs.org of met de pakketten van NodeSource."
fi
if [ "$(printf '%s\n%s\n' "${NODE_MIN}" "${node_version}" | sort -V | head -n1)" != "${NODE_MIN}" ]; then
  fail "Node.js ${node_version} is te oud. Weerbaar heeft Node.js ${NODE_MIN} of nieuwer nodig.
  Debian 12 levert zelf versie 18. Installeer een nieuwere versie, bijvoorbeeld via https://nodejs.org,
  met nvm ('nvm install 20') of met de pakketten van NodeSource, en start dit commando opnieuw."
fi
command -v npm >/dev/null || fail "npm is niet gevonden. Installeer npm (hoort bij Node.js ${NODE_MIN} of nieuwer)."
command -v cargo >/dev/null || fail "cargo is niet gevonden. Installeer Rust met rustup (https://rustup.rs)."

# 1. The WebAssembly target for the installed toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Rust-doel wasm32-unknown-unknown installeren"
  rustup target add wasm32-unknown-unknown
fi

# 2. Every crate the workspace needs, for the host and for wasm32 (cargo
#    fetch takes all targets), exactly as in Cargo.lock. The wasm build and
#    Trunk run with --offline after this, so this is the one download step.
say "Rust-crates ophalen uit crates.io (cargo fetch)"
cargo fetch --locked

# 3. Trunk, pinned: 0.22 needs a newer rustc than ours.
if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
  say "Trunk ${TRUNK_VERSION} installeren (duurt een paar minuten)"
  cargo install --locked "trunk@${TRUNK_VERSION}"
fi

# 4. wasm-bindgen-cli at exactly the version in Cargo.lock; a mismatch gives
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

# 5. wasm-split-cli, pinned: cuts the app's wasm into lazily loaded parts
#    (scripts/build-wasm.mjs), the tool cargo-leptos uses for Leptos's
#    code splitting. Its lockfile builds on our rustc. It has no --version,
#    so the record `cargo install` keeps beside the binary (.crates.toml in
#    the CARGO_HOME it was installed into) tells which one is there.
WSPLIT_VERSION=0.2.4
wsplit_installed() {
  local bin
  bin=$(command -v wasm-split-cli) || return 1
  grep -qs "^\"wasm_split_cli_support ${WSPLIT_VERSION} " "$(dirname "$bin")/../.crates.toml"
}
if ! wsplit_installed; then
  say "wasm-split-cli ${WSPLIT_VERSION} installeren (duurt een paar minuten)"
  cargo install --locked --force --features build-binary "wasm_split_cli_support@${WSPLIT_VERSION}"
fi

# 6. npm packages from the committed lockfile: wasm-opt (binaryen),
#    playwright-core and axe-core. Re-run only when the lockfile changed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.weerbaar-lock; then
  say "npm-pakketten installeren (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.weerbaar-lock
fi

# 7. Chromium for the browser tests, from Debian. Only needed for tests.
#    CHROMIUM_PATH points the tests at another Chromium (tests/e2e/lib/browser.mjs).
if [ "${1:-}" = "--with-browser" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "${CHROMIUM_PATH}" ] || fail "CHROMIUM_PATH wijst naar ${CHROMIUM_PATH}, maar daar staat geen programma dat kan starten."
  elif [ ! -x /usr/bin/chromium ]; then
    say "Chromium installeren uit Debian"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    command -v apt-get >/dev/null || fail "Chromium ontbreekt en dit systeem heeft geen apt-get.
  Installeer Chromium zelf en start de tests met CHROMIUM_PATH=/pad/naar/chromium ./dev test"
    $SUDO apt-get update -qq
    if ! apt-cache show chromium 2>/dev/null | grep -q '^Filename:'; then
      fail "Er is geen Debian-pakket 'chromium' voor dit systeem. Ubuntu levert Chromium alleen als snap,
  en die kunnen de tests niet altijd starten. Installeer Chromium of Google Chrome op een andere manier
  (bijvoorbeeld het .deb-pakket van Google Chrome) en wijs de tests ernaar:
      CHROMIUM_PATH=/usr/bin/google-chrome ./dev test"
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
fi
