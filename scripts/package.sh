#!/usr/bin/env bash
# Builds the Debian package and checks it: the release binary, the man page and shell
# completions generated from the command-line definitions, `cargo deb`, then the file list
# against packaging/expected-contents.txt and `lintian` (no errors allowed).
# Usage: bash scripts/package.sh        → target/debian/mynaho-guide_<version>-1_<arch>.deb
# Needs: cargo-deb (installed here when missing), lintian, dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.8.0
if ! command -v cargo-deb >/dev/null; then
  echo "package: installing cargo-deb $CARGO_DEB_VERSION"
  cargo install cargo-deb --locked --version "$CARGO_DEB_VERSION"
fi

cargo build --release --locked --bins
rm -rf target/package-docs
target/release/mynaho-guide-gen-docs target/package-docs
gzip -9n target/package-docs/mynaho-guide.1

rm -f target/debian/mynaho-guide_*.deb
cargo deb --no-build --locked --no-strip
deb=$(ls target/debian/mynaho-guide_*.deb)
echo "package: built $deb ($(du -h "$deb" | cut -f1))"

# Every file the package installs, as expected (directories left out).
dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | sort \
  > target/package-contents.txt
if ! diff -u packaging/expected-contents.txt target/package-contents.txt; then
  echo "package: FAIL: the package's files differ from packaging/expected-contents.txt" >&2
  exit 1
fi
echo "package: contents as expected ($(wc -l < target/package-contents.txt) files)"

lintian --fail-on error --suppress-tags-from-file packaging/lintian-suppressed.txt "$deb" | tee target/lintian.txt
echo "package: lintian: $(grep -c '^E:' target/lintian.txt || true) errors, $(grep -c '^W:' target/lintian.txt || true) warnings"
