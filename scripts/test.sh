#!/usr/bin/env bash
# Every test: native unit and property tests, the content checker on the
# shipped content, a release build, and the browser suite against it.
# Called by `./dev test` after setup; prints a closing "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT

step "Formatting (cargo fmt --check)"
cargo fmt --all --check

step "Lints (cargo clippy -D warnings, core natively and the app for wasm32)"
cargo clippy --quiet --workspace --exclude weerbaar --all-targets -- -D warnings
cargo clippy --quiet -p weerbaar --target wasm32-unknown-unknown -- -D warnings

step "Native tests (cargo test)"
# Thousands of property-test cases per property, as CI promises.
PROPTEST_CASES="${PROPTEST_CASES:-2000}" cargo test --workspace --exclude weerbaar --quiet 2>&1 | tee "$LOG/cargo.txt"

# WEERBAAR_CONTENT=<map> tests another content folder: the build serves it
# (scripts/content-files.mjs) and the specs read it (tests/e2e/lib/content.mjs).
step "Content is free of errors (weerbaar-check ${WEERBAAR_CONTENT:-content})"
cargo run --quiet -p weerbaar-core --bin weerbaar-check -- "${WEERBAAR_CONTENT:-content}"

step "Release build (trunk build --release --offline)"
trunk build --release --offline

step "Browser tests (Playwright + Debian Chromium + axe-core)"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ 2>&1 | tee "$LOG/e2e.txt"

# One closing line over both runners (pipefail already stopped on failure).
native_pass=$(grep -oE '[0-9]+ passed' "$LOG/cargo.txt" | awk '{s+=$1} END {print s+0}')
native_fail=$(grep -oE '[0-9]+ failed' "$LOG/cargo.txt" | awk '{s+=$1} END {print s+0}')
e2e_pass=$(grep -oE '^ℹ pass [0-9]+' "$LOG/e2e.txt" | awk '{print $3}')
e2e_fail=$(grep -oE '^ℹ fail [0-9]+' "$LOG/e2e.txt" | awk '{print $3}')
echo
echo "native: ${native_pass} passed, ${native_fail} failed; browser: ${e2e_pass:-0} passed, ${e2e_fail:-0} failed"
echo "$((native_pass + ${e2e_pass:-0})) passed, $((native_fail + ${e2e_fail:-0})) failed"
