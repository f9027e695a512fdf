#!/bin/sh
# The window's resident memory (issue 14's budget: unchanged before the first read aloud,
# ≤ +80 MB after): on Home after 3 s, on the first question, and 6 s after R read it aloud
# (into a throw-away ALSA file device, so no sound card is needed). Give an older binary as
# well to compare the first two figures with it.
# Usage: scripts/bench-speech-rss.sh [BINARY [OLDER_BINARY]]   Needs xvfb-run, xdotool, matchbox.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
printf 'pcm.!default { type file; slave.pcm null; file "%s"; format wav }\n' "$home/spoken.wav" > "$home/.asoundrc"
for bin in ${1:-target/release/mynaho-guide} ${2:-}; do
  HOME=$home BIN=$bin xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
    rss() { grep VmRSS /proc/$app/status | tr -s " \t" " "; }
    matchbox-window-manager -use_titlebar no & wm=$!
    sleep 0.5
    "$BIN" --today 2026-11-22 --lang ja 2>/dev/null & app=$!
    i=0; until xdotool search --onlyvisible --pid $app >/dev/null 2>&1 || [ $i -ge 50 ]; do sleep 0.2; i=$((i+1)); done
    sleep 3; echo "$BIN: home $(rss)"
    xdotool key 1; sleep 1; echo "$BIN: question $(rss)"
    xdotool key r; sleep 6; echo "$BIN: 6 s after R $(rss)"
    kill $app; kill $wm; wait $app 2>/dev/null || true'
done
