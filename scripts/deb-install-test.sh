#!/usr/bin/env bash
# On a disposable machine as root (CI): installs the built package with apt, runs the program
# and its man page from the installed paths, and runs the kiosk session under Xvfb (the window
# covers the screen, and comes back within 3 s after `kill -9`).
# Usage: bash scripts/deb-install-test.sh   (after scripts/package.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

deb=$(ls target/debian/mynaho-guide_*.deb)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >/dev/null
echo "deb-install: installed $deb"

[ "$(command -v mynaho-guide)" = /usr/bin/mynaho-guide ] || { echo "deb-install: FAIL: not in /usr/bin" >&2; exit 1; }
/usr/bin/mynaho-guide --version
MANPAGER=cat MANWIDTH=80 man mynaho-guide | head -12
man -w mynaho-guide | grep -q '^/usr/share/man/man1/mynaho-guide.1.gz$'
/usr/bin/mynaho-guide site check /usr/share/doc/mynaho-guide/examples/site.example.toml >/dev/null
/usr/bin/mynaho-guide rules show >/dev/null
desktop-file-validate /usr/share/applications/jp.mynaho.MynahoGuide.desktop 2>/dev/null || true

SESSION=/usr/libexec/mynaho-guide/mynaho-guide-kiosk-session MYNAHO_GUIDE_BIN=/usr/bin/mynaho-guide \
  bash scripts/kiosk-session-test.sh
echo "deb-install: all checks passed"
