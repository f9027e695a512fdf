#!/bin/sh
# Tests the kiosk X session (packaging/kiosk/mynaho-guide-kiosk-session) under its own Xvfb:
#  (a) the program's window covers the whole screen (1280x800 at 0,0) within 20 s, and
#      the screen saver and blanking are off;
#  (b) the program is killed with SIGKILL;
#  (c) a new program (new pid) covers the screen again within 3 s of the kill;
#  (d) SIGTERM ends the session with status 0, leaving no process behind.
# Meant for CI after the .deb is installed; both paths can be overridden to try it before:
#   SESSION=packaging/kiosk/mynaho-guide-kiosk-session \
#   MYNAHO_GUIDE_BIN=target/release/mynaho-guide scripts/kiosk-session-test.sh
# Needs: xvfb-run (xvfb), xdotool, xwininfo (x11-utils), matchbox-window-manager, pgrep (procps),
# setsid (util-linux); xset (x11-xserver-utils) for the blanking check. Takes about 3 s; at most about 45 s.
set -u

SESSION=${SESSION:-/usr/libexec/mynaho-guide/mynaho-guide-kiosk-session}
MYNAHO_GUIDE_BIN=${MYNAHO_GUIDE_BIN:-/usr/bin/mynaho-guide}
W=1280
H=800
RESTART_LIMIT=3

say() { echo "kiosk-session-test: $*"; }

# Outside X: check the tools, then run this script again inside a fresh Xvfb.
if [ -z "${KIOSK_TEST_IN_XVFB:-}" ]; then
    missing=
    for tool in xvfb-run Xvfb xdotool xwininfo matchbox-window-manager pgrep setsid; do
        command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
    done
    [ -z "$missing" ] || { say "FAIL: missing tools:$missing"; exit 2; }
    [ -x "$SESSION" ] || { say "FAIL: no executable session script at $SESSION"; exit 2; }
    [ -x "$MYNAHO_GUIDE_BIN" ] || { say "FAIL: no executable program at $MYNAHO_GUIDE_BIN"; exit 2; }
    KIOSK_TEST_IN_XVFB=1 SESSION=$SESSION MYNAHO_GUIDE_BIN=$MYNAHO_GUIDE_BIN \
        exec xvfb-run -a -s "-screen 0 ${W}x${H}x24" sh "$0" "$@"
fi

LOG=$(mktemp "${TMPDIR:-/tmp}/kiosk-session-test.XXXXXX")
NAME=$(basename "$MYNAHO_GUIDE_BIN" | cut -c1-15) # pgrep matches the 15-character comm
failures=0
session=
sid=

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
pass() { say "PASS: $*"; }
fail() { say "FAIL: $*"; failures=$((failures + 1)); }

cleanup() {
    [ -z "$sid" ] || pkill -KILL -s "$sid" 2>/dev/null
    rm -f "$LOG"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# The program started by the session (its child), if any.
app_pid() { pgrep -P "$session" -x "$NAME" | head -n 1; }

# Succeeds if a visible window of pid $1 is mapped at 0,0 with the size of the screen.
covers_screen() {
    for win in $(xdotool search --onlyvisible --pid "$1" 2>/dev/null); do
        geom=$(xwininfo -id "$win" 2>/dev/null | awk '
            /Absolute upper-left X:/ { x = $NF } /Absolute upper-left Y:/ { y = $NF }
            /^ *Width:/ { w = $NF } /^ *Height:/ { h = $NF } /Map State:/ { m = $NF }
            END { print x, y, w, h, m }')
        [ "$geom" = "0 0 $W $H IsViewable" ] && return 0
    done
    return 1
}

# Waits up to $2 seconds for a program other than pid $1 to cover the screen; prints its pid.
wait_full_screen() {
    deadline=$(awk -v t="$(now)" -v d="$2" 'BEGIN { printf "%.1f", t + d }')
    while awk -v t="$(now)" -v d="$deadline" 'BEGIN { exit !(t < d) }'; do
        pid=$(app_pid)
        if [ -n "$pid" ] && [ "$pid" != "$1" ] && covers_screen "$pid"; then
            echo "$pid"
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# The session runs in its own session id, so anything it leaves behind can be found.
MYNAHO_GUIDE_BIN=$MYNAHO_GUIDE_BIN MYNAHO_GUIDE_KIOSK_ARGS="--today 2026-11-22" \
    setsid "$SESSION" 2>"$LOG" &
session=$!
sid=$(ps -o sid= -p "$session" | tr -d ' ')
[ "$sid" = "$session" ] || { say "FAIL: setsid did not run the session as its own session leader"; exit 1; }
say "session pid $session (sid $sid), program $MYNAHO_GUIDE_BIN, display $DISPLAY"

# (a)
t0=$(now)
if first=$(wait_full_screen none 20); then
    pass "(a) program pid $first covers the screen (${W}x${H} at 0,0) after $(elapsed "$t0" "$(now)") s"
else
    fail "(a) no window of the program covered the screen within 20 s"
fi

# The session turned the screen saver and blanking off before it started the program.
if command -v xset >/dev/null 2>&1; then
    settings=$(xset q 2>/dev/null)
    if echo "$settings" | grep -q 'timeout: *0 ' && echo "$settings" | grep -q 'prefer blanking: *no'; then
        pass "(a) screen saver off and no blanking (xset q)"
    else
        fail "(a) the screen saver or blanking is still on: $(echo "$settings" | grep -E 'timeout|blanking' | tr -s ' ')"
    fi
fi

# (b) and (c)
if [ -n "${first:-}" ]; then
    kill -KILL "$first"
    killed=$(now)
    if second=$(wait_full_screen "$first" 10); then
        took=$(elapsed "$killed" "$(now)")
        if awk -v t="$took" -v l="$RESTART_LIMIT" 'BEGIN { exit !(t <= l) }'; then
            pass "(c) after kill -9 of pid $first, new pid $second covers the screen in $took s (limit $RESTART_LIMIT s)"
        else
            fail "(c) new pid $second covered the screen only after $took s (limit $RESTART_LIMIT s)"
        fi
    else
        fail "(c) no new program covered the screen within 10 s of kill -9"
    fi
    if grep -q "exited with status 137" "$LOG"; then
        pass "(c) the session logged the crash: $(grep "exited with status 137" "$LOG" | head -n 1)"
    else
        fail "(c) the session did not log 'exited with status 137'"
    fi
fi

# (d)
kill -TERM "$session"
i=0
while kill -0 "$session" 2>/dev/null && [ "$i" -lt 100 ]; do
    sleep 0.1
    i=$((i + 1))
done
if kill -0 "$session" 2>/dev/null; then
    fail "(d) the session did not exit within 10 s of SIGTERM"
else
    wait "$session"
    status=$?
    if [ "$status" -eq 0 ]; then
        pass "(d) the session exited with status 0 after SIGTERM"
    else
        fail "(d) the session exited with status $status after SIGTERM"
    fi
fi
sleep 0.2
left=$(pgrep -a -s "$sid")
if [ -z "$left" ]; then
    pass "(d) no process of the session is left (no $NAME, no matchbox-window-manager)"
else
    fail "(d) processes left behind: $(echo "$left" | tr '\n' ';')"
fi

if [ "$failures" -ne 0 ]; then
    say "session log:"
    sed 's/^/    /' "$LOG"
    say "FAIL ($failures failures)"
    exit 1
fi
say "PASS"
