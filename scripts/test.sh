#!/usr/bin/env bash
# Every test: native unit and property tests, the content checker on the
# shipped content, a release build, and the browser suite against it.
# Called by `./dev test` after setup; prints a closing "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Native tests (cargo test)"
# More property-test cases in CI than locally.
PROPTEST_CASES="${PROPTEST_CASES:-2000}" cargo test --workspace --exclude weerbaar --quiet

step "Shipped content is free of errors (weerbaar-check)"
cargo run --quiet -p weerbaar-core --bin weerbaar-check -- content

step "Release build (trunk build --release --offline)"
trunk build --release --offline

step "Browser tests (Playwright + Debian Chromium + axe-core)"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
