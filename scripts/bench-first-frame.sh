#!/bin/sh
# Time to first frame and peak memory of the release binary under Xvfb (tiny-skia, no GPU).
# Runs the window RUNS times (default 7) with --exit-after-first-frame under /usr/bin/time -v
# and prints each run and the median: first-frame-ms (process start → first frame, logged by the
# program) and the peak resident set size.
# Usage: scripts/bench-first-frame.sh [BINARY] [RUNS]
set -eu

BIN=${1:-${CARGO_TARGET_DIR:-target}/release/mynaho-guide}
RUNS=${2:-7}
[ -x "$BIN" ] || { echo "bench: no binary at $BIN" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT

BIN="$BIN" RUNS="$RUNS" LOG="$LOG" xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
i=1
while [ $i -le $RUNS ]; do
    /usr/bin/time -v "$BIN" --today 2026-11-22 --lang ja --exit-after-first-frame 2>"$LOG/run-$i.txt" || exit 1
    i=$((i+1))
done'

printf "%-4s %16s %14s\n" run first-frame-ms peak-rss-MB
for f in "$LOG"/run-*.txt; do
    ms=$(sed -n 's/^first-frame-ms=//p' "$f")
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$f")
    echo "$ms $kb"
done | sort -n > "$LOG/all.txt"
n=0
while read -r ms kb; do
    n=$((n+1))
    printf "%-4s %16s %14s\n" "$n" "$ms" "$((kb / 1024))"
done < "$LOG/all.txt"
median_ms=$(awk '{print $1}' "$LOG/all.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
median_kb=$(awk '{print $2}' "$LOG/all.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: first-frame-ms=$median_ms peak-rss-MB=$((median_kb / 1024))"
