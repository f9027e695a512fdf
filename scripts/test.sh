#!/usr/bin/env bash
# The project's test command (README.md, CI): installs what the tests need, then checks format,
# builds the release binary (for the real-window smoke test), runs every test in the dev
# profile (overflow checks on) including the ignored ones that need poppler, CUPS, root, Xvfb or
# strace, lints, and opens the real window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cargo fmt --check
cargo build --release --locked
cargo test --locked -- --include-ignored
cargo clippy --release --locked --all-targets -- -D warnings
if [ -f scripts/gui-smoke.sh ]; then
  bash scripts/gui-smoke.sh
fi
echo "scripts/test.sh: all checks passed"
