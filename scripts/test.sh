#!/usr/bin/env bash
# The project's test command (README.md, CI): installs what the tests need, then checks format,
# builds the release binary (for the real-window smoke test), runs every test in the dev
# profile (overflow checks on) including the ignored ones that need poppler, CUPS, root, Xvfb or
# strace, lints, opens the real window under Xvfb, and builds and checks the Debian package.
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
# The Debian package: built, its file list checked, lintian without errors; on CI (a disposable
# machine, as root) also installed with apt and its kiosk session run under Xvfb.
bash scripts/package.sh
if [ "${CI:-}" = true ] && [ "$(id -u)" -eq 0 ]; then
  bash scripts/deb-install-test.sh
fi
echo "scripts/test.sh: all checks passed"
