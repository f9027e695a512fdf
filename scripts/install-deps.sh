#!/usr/bin/env bash
# Installs the Debian packages the tests need (Xvfb and X libraries for the window, CUPS for the
# print test, poppler for the PDF checks), only those missing. Needs root or sudo; without
# either it says what is missing and the tests that need it report themselves skipped (outside CI).
set -euo pipefail

packages=(
  xvfb xauth x11-apps xdotool imagemagick matchbox-window-manager
  libxkbcommon-x11-0 libxcursor1 libxi6 libxrandr2 libx11-xcb1
  poppler-utils
  cups-daemon cups-client cups-filters strace
  lintian man-db desktop-file-utils x11-utils x11-xserver-utils procps
  libasound2 libasound2-data
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "install-deps: not root and no sudo; missing: ${missing[*]}" >&2
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# No recommends: avahi and the like must not come along (no mDNS on a test machine).
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
