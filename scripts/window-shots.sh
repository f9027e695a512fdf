#!/bin/sh
# Screenshots of the real window under Xvfb, for a person to look at (issue 11): 5 languages ×
# 1024×768 and 1920×1080 × 100 % and 200 % × normal and high contrast, 7 screens each (home,
# question, problems, an outcome, dates, their result, review), reached with the keyboard.
# The text size and contrast come from a throw-away settings.toml, as a desktop remembers them.
# Usage: scripts/window-shots.sh [BINARY] [OUT]   Needs: xvfb-run, xdotool, xwd, convert,
# matchbox-window-manager (it gives the window the whole screen).
set -eu
BIN=${1:-target/release/mynaho-guide}
OUT=${2:-target/shots/xvfb}
rm -rf "$OUT"; mkdir -p "$OUT"
for lang in ${SHOT_LANGS:-ja ja-yasashii en vi my}; do
  for size in ${SHOT_SIZES:-1024x768 1920x1080}; do
    for scale in ${SHOT_SCALES:-100 200}; do
      for hc in false true; do
        cfg=$(mktemp -d)
        mkdir -p "$cfg/mynaho-guide"
        printf 'text_scale = %s\nhigh_contrast = %s\n' "$scale" "$hc" > "$cfg/mynaho-guide/settings.toml"
        name="$lang-$size-$scale-$([ "$hc" = true ] && echo hc || echo normal)"
        XDG_CONFIG_HOME="$cfg" BIN="$BIN" OUT="$OUT" NAME="$name" LANG_CODE="$lang" \
        xvfb-run -a -s "-screen 0 ${size}x24" sh -c '
          shot() { sleep 0.8; xwd -root -silent | convert xwd:- "$OUT/$NAME-$1.png"; }
          key() { xdotool key --clearmodifiers "$@"; }
          matchbox-window-manager -use_titlebar no & wm=$!
          sleep 0.5
          "$BIN" --today 2026-11-22 --lang "$LANG_CODE" 2>/dev/null & app=$!
          i=0; until xdotool search --onlyvisible --pid $app >/dev/null 2>&1 || [ $i -ge 50 ]; do sleep 0.2; i=$((i+1)); done
          sleep 1.2
          shot home
          key 1; shot question
          key Escape; sleep 0.3; key 3; shot problems
          key 1; shot outcome
          key Escape; sleep 0.3; key Escape; sleep 0.3; key 2; sleep 0.5
          xdotool type S16.1.20; key Tab; xdotool type 2027-01-20; shot dates
          key Return; shot result
          key ctrl+p; shot review
          kill $app; kill $wm 2>/dev/null; wait $app 2>/dev/null || true' || echo "window-shots: $name failed" >&2
        rm -rf "$cfg"
      done
    done
  done
done
echo "window-shots: $(ls "$OUT" | wc -l) screenshots in $OUT"
