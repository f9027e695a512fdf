#!/usr/bin/env bash
# The project's test command (README.md, CI): installs what the tests need, then checks format,
# builds once in release, runs every test in release (reusing the build), lints, and opens the
# real window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cargo fmt --check
cargo build --release --locked
cargo test --release --locked
cargo clippy --release --locked --all-targets -- -D warnings
if [ -f scripts/gui-smoke.sh ]; then
  bash scripts/gui-smoke.sh
fi
echo "scripts/test.sh: all checks passed"
