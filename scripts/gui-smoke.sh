#!/bin/sh
# Real-window smoke test of the release binary under Xvfb (no GPU, tiny-skia):
#  1. --exit-after-first-frame prints first-frame-ms=N and exits 0;
#  2. a normal window draws (screenshot with many colours) and quits on Ctrl+Q with status 0;
#  3. SIGTERM ends a running window without a panic;
#  4. --kiosk under a kiosk window manager covers the whole screen and ignores Ctrl+Q;
#  5. after the kiosk's idle wipe the screen is the fresh Home again, pixel for pixel (nothing
#     of the person before is left: no OCR needed);
#  6. R on a question reads it aloud: the sound reaches ALSA (its "default" device made a WAV
#     file by a throw-away ~/.asoundrc) and is seconds of speech, while the window stays live.
# Usage: scripts/gui-smoke.sh [BINARY]   (default: $CARGO_TARGET_DIR or target, release)
# Needs: xvfb-run, xdotool, xwd (x11-apps), convert (imagemagick), matchbox-window-manager.
set -eu

BIN=${1:-${CARGO_TARGET_DIR:-target}/release/mynaho-guide}
OUT=${OUT:-${CARGO_TARGET_DIR:-target}/gui-smoke}
SCREEN=1280x800
TODAY=2026-11-22
MIN_COLOURS=40
mkdir -p "$OUT"
[ -x "$BIN" ] || { echo "gui-smoke: no binary at $BIN (cargo build --release first)" >&2; exit 1; }
for tool in xvfb-run xdotool xwd convert matchbox-window-manager; do
    command -v "$tool" >/dev/null || { echo "gui-smoke: $tool is missing" >&2; exit 1; }
done
fail() { echo "gui-smoke: FAIL: $*" >&2; exit 1; }

# Runs a shell snippet inside its own Xvfb; BIN, OUT and TODAY are passed through.
in_x() { BIN="$BIN" OUT="$OUT" TODAY="$TODAY" xvfb-run -a -s "-screen 0 ${SCREEN}x24" sh -c "$1"; }

# Shared helpers for the snippets: wait for the program's window, then for its exit.
HELPERS='
window_of() { i=0; while [ $i -lt 100 ]; do w=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | tail -1); [ -n "$w" ] && { echo "$w"; return 0; }; sleep 0.1; i=$((i+1)); done; return 1; }
wait_exit() { i=0; while kill -0 "$1" 2>/dev/null; do [ $i -ge 100 ] && return 1; sleep 0.1; i=$((i+1)); done; return 0; }
'

echo "== 1. first frame and exit"
in_x "\"\$BIN\" --today \$TODAY --exit-after-first-frame 2>\"\$OUT/first-frame.err\"" || fail "--exit-after-first-frame exited with $?"
grep -q '^first-frame-ms=[0-9][0-9]*$' "$OUT/first-frame.err" || fail "no first-frame-ms line: $(cat "$OUT/first-frame.err")"
grep "first-frame-ms" "$OUT/first-frame.err"

echo "== 2. the window draws and quits on Ctrl+Q"
in_x "$HELPERS
matchbox-window-manager -use_titlebar no & wm=\$!
sleep 0.5
\"\$BIN\" --today \$TODAY --lang ja 2>\"\$OUT/window.err\" & app=\$!
w=\$(window_of \$app) || { echo 'no window' >&2; kill \$app; exit 3; }
sleep 1.5
xwd -root -silent | convert xwd:- \"\$OUT/window.png\"
xdotool windowfocus \$w key ctrl+q
wait_exit \$app || { echo 'did not quit on Ctrl+Q' >&2; kill \$app; exit 4; }
wait \$app; rc=\$?
kill \$wm 2>/dev/null
exit \$rc" || fail "normal window run failed (status $?): $(tail -3 "$OUT/window.err")"
colours=$(convert "$OUT/window.png" -format %k info:)
echo "window.png: $colours colours"
[ "$colours" -ge $MIN_COLOURS ] || fail "the window looks blank ($colours colours)"

echo "== 3. SIGTERM"
in_x "$HELPERS
\"\$BIN\" --today \$TODAY 2>\"\$OUT/sigterm.err\" & app=\$!
window_of \$app >/dev/null || { kill \$app; exit 3; }
sleep 0.5
kill -TERM \$app
wait_exit \$app || { kill -KILL \$app; exit 4; }
wait \$app; rc=\$?
# 143 = ended by the SIGTERM we sent (the default action); anything else is a crash.
[ \$rc -eq 0 ] || [ \$rc -eq 143 ] || exit \$rc" || fail "SIGTERM run failed (status $?)"
! grep -q panicked "$OUT/sigterm.err" || fail "panic on SIGTERM: $(cat "$OUT/sigterm.err")"

echo "== 4. kiosk covers the screen under a window manager"
in_x "$HELPERS
matchbox-window-manager -use_titlebar no & wm=\$!
sleep 0.5
\"\$BIN\" --today \$TODAY --kiosk 2>\"\$OUT/kiosk.err\" & app=\$!
w=\$(window_of \$app) || { kill \$app; exit 3; }
sleep 1.5
xdotool getwindowgeometry \$w > \"\$OUT/kiosk-geometry.txt\"
xwd -root -silent | convert xwd:- \"\$OUT/kiosk.png\"
xdotool windowfocus \$w key ctrl+q
sleep 1
kill -0 \$app || { echo 'kiosk quit on Ctrl+Q' >&2; exit 5; }
kill -TERM \$app; wait_exit \$app
kill \$wm 2>/dev/null
exit 0" || fail "kiosk run failed (status $?): $(tail -3 "$OUT/kiosk.err")"
cat "$OUT/kiosk-geometry.txt"
grep -q "Geometry: $SCREEN" "$OUT/kiosk-geometry.txt" || fail "kiosk window does not cover the $SCREEN screen"
# Every corner of the screen is the window's background, none is the root window's black.
for corner in 0,0 1279,0 0,799 1279,799; do
    pixel=$(convert "$OUT/kiosk.png" -format "%[pixel:p{$corner}]" info:)
    [ "$pixel" != "black" ] && [ "$pixel" != "srgb(0,0,0)" ] || fail "kiosk leaves the corner $corner uncovered"
done
colours=$(convert "$OUT/kiosk.png" -format %k info:)
[ "$colours" -ge $MIN_COLOURS ] || fail "the kiosk window looks blank ($colours colours)"

echo "== 5. the kiosk wipe leaves nothing on screen"
in_x "$HELPERS
matchbox-window-manager -use_titlebar no & wm=\$!
sleep 0.5
\"\$BIN\" --today \$TODAY --kiosk --idle-seconds 6 2>\"\$OUT/wipe.err\" & app=\$!
w=\$(window_of \$app) || { kill \$app; exit 3; }
sleep 1.5
xwd -root -silent | convert xwd:- \"\$OUT/wipe-fresh.png\"
# Key 2 opens the dates (its first field takes the keyboard); type a birth date.
xdotool windowfocus \$w key 2
sleep 0.5
xdotool windowfocus \$w type S22.3.4
sleep 0.8
xwd -root -silent | convert xwd:- \"\$OUT/wipe-typed.png\"
# No input now: the countdown, then the wipe back Home.
sleep 9
xwd -root -silent | convert xwd:- \"\$OUT/wipe-after.png\"
kill -TERM \$app; wait_exit \$app
kill \$wm 2>/dev/null
exit 0" || fail "kiosk wipe run failed (status $?): $(tail -3 "$OUT/wipe.err")"
# A 10 % colour tolerance absorbs anti-aliasing that differs between two draws of the same
# text; a letter of the last person's would differ by far more.
typed=$(compare -metric AE -fuzz 10% "$OUT/wipe-fresh.png" "$OUT/wipe-typed.png" null: 2>&1 || true)
after=$(compare -metric AE -fuzz 10% "$OUT/wipe-fresh.png" "$OUT/wipe-after.png" null: 2>&1 || true)
echo "pixels differing from a fresh Home: while typing $typed, after the wipe $after"
[ "${typed%% *}" != 0 ] || fail "typing changed nothing on screen: the check would prove nothing"
# A few pixels may differ at the edge of the scrollbar's handle (sub-pixel placement); one
# letter of the last person's text is hundreds.
[ "${after%% *}" -lt 100 ] || fail "after the wipe $after pixels differ from a fresh Home (see $OUT/wipe-after.png)"

echo "== 6. read aloud through ALSA from the real window"
home=$(mktemp -d)
printf 'pcm.!default { type file; slave.pcm null; file "%s"; format wav }\n' "$home/spoken.wav" > "$home/.asoundrc"
HOME="$home" in_x "$HELPERS
matchbox-window-manager -use_titlebar no & wm=\$!
sleep 0.5
\"\$BIN\" --today \$TODAY --lang ja 2>\"\$OUT/speech.err\" & app=\$!
w=\$(window_of \$app) || { kill \$app; exit 3; }
sleep 1
xdotool windowfocus \$w key 1
sleep 0.5
xdotool windowfocus \$w key r
sleep 0.3
xwd -root -silent | convert xwd:- \"\$OUT/speech-reading.png\"
sleep 5
kill -0 \$app || exit 5
kill -TERM \$app; wait_exit \$app
kill \$wm 2>/dev/null
exit 0" || fail "read-aloud run failed (status $?): $(tail -3 "$OUT/speech.err")"
seconds=$(python3 -c "import wave,sys; w=wave.open(sys.argv[1]); print(w.getnframes()/w.getframerate())" "$home/spoken.wav" 2>/dev/null || echo 0)
rm -rf "$home"
echo "read aloud: $seconds s of sound reached ALSA"
python3 -c "import sys; sys.exit(0 if 1.5 <= float(sys.argv[1]) <= 30 else 1)" "$seconds" \
    || fail "R on the first question gave $seconds s of sound (expected the question and its answers)"

echo "gui-smoke: ok (screenshots in $OUT)"
