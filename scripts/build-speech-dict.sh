#!/usr/bin/env bash
# Rebuilds assets/speech/naist-jdic.dict.zst, the dictionary the Japanese voice reads text with.
#
# Source: the naist-jdic CSV in Debian's open-jtalk source package (mecab-naist-jdic/, BSD-3-Clause,
# its COPYING is assets/speech/naist-jdic-COPYING). jpreprocess's dictionary tool (tools/speech-dict)
# turns it into jpreprocess 0.15's binary dictionary in two parts; zstd -19 compresses each into a
# frame, and the file is a zstd skippable frame holding the two frames' lengths, then the two
# frames (still a valid .zst). The program reads it with the pure-Rust ruzstd, into memory, on the
# first read-aloud, the two frames at once on two threads.
#
# Needs a deb-src line for Debian (e.g. /etc/apt/sources.list.d/debian-src.sources with
# "Types: deb-src"), dpkg-dev and zstd. Run from the repository root:  bash scripts/build-speech-dict.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source --download-only open-jtalk >/dev/null && tar xzf open-jtalk_*.orig.tar.gz)
src=$(echo "$work"/open_jtalk-*/mecab-naist-jdic)
mkdir "$work/csv"
cp "$src/matrix.def" "$src/char.def" "$src/unk.def" "$work/csv/"
# Two typos in the accent rules of the 1.11 CSV, which jpreprocess's own naist-jdic also fixes;
# unidic-csj.csv (colloquial words) is left out: it doubles the size and none of our texts need it.
sed -e 's/形容詞%F2@-1動詞%F2@0/形容詞%F2@-1\/動詞%F2@0/' -e 's/カ往促音便/カ行促音便/g' \
    "$src/naist-jdic.csv" > "$work/csv/naist-jdic.csv"
cp "$src/COPYING" assets/speech/naist-jdic-COPYING
cargo run --quiet --release --manifest-path tools/speech-dict/Cargo.toml -- \
    "$work/csv" "$work/dict" "$work/naist-jdic.dict"
zstd -q -19 -f "$work/naist-jdic.dict.1" -o "$work/part1.zst"
zstd -q -19 -f "$work/naist-jdic.dict.2" -o "$work/part2.zst"
python3 - "$work/part1.zst" "$work/part2.zst" assets/speech/naist-jdic.dict.zst <<'PY'
import struct, sys
frames = [open(path, "rb").read() for path in sys.argv[1:3]]
index = b"".join(struct.pack("<Q", len(frame)) for frame in frames)
with open(sys.argv[3], "wb") as out:
    out.write(struct.pack("<II", 0x184D2A50, len(index)) + index)
    for frame in frames:
        out.write(frame)
PY
ls -l assets/speech/naist-jdic.dict.zst
sha256sum assets/speech/naist-jdic.dict.zst
