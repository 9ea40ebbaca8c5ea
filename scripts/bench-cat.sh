#!/bin/sh
# bench-cat.sh: `isnad cat --nobreak` against `fribidi --nobreak` on ~10 MB of
# Arabic (the articles repeated), side by side in one run. Prints seconds and
# MB/s of both and the ratio isnad/fribidi (the target is <= 0.5).
#
#   scripts/bench-cat.sh [RUNS]        (default 10 runs each)
#   ISNAD=path/to/isnad scripts/bench-cat.sh   (use that binary, no go build)
#
# Uses hyperfine when installed (apt-get install hyperfine), else a loop
# timing each run with date +%s%N (median taken). Skips, exit 0, when fribidi
# is absent. The machine should be otherwise idle: the measure is wall time.
set -eu
runs=${1:-10}
cd "$(dirname "$0")/.."
if ! command -v fribidi >/dev/null; then
	echo "bench-cat: fribidi not installed (apt-get install libfribidi-bin): skipped"
	exit 0
fi
corpus=data/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${ISNAD:-}" ]; then cp "$ISNAD" "$tmp/isnad"; else go build -o "$tmp/isnad" ./cmd/isnad; fi
in="$tmp/in.txt"
: >"$in"
while [ "$(wc -c <"$in")" -lt 10000000 ]; do cat "$corpus"/*.txt >>"$in"; done
bytes=$(wc -c <"$in")
echo "input: $bytes bytes, $(wc -l <"$in") lines; $(nproc) cores; $(fribidi --version | head -1)"

# Same output first (fribidi's U+FEFF lam-alef placeholders aside).
fribidi --nobreak "$in" | sed 's/\xef\xbb\xbf//g' >"$tmp/f.out"
"$tmp/isnad" cat --nobreak "$in" >"$tmp/i.out"
if cmp -s "$tmp/f.out" "$tmp/i.out"; then echo "outputs: identical (U+FEFF removed)"; else echo "outputs: DIFFER"; fi

if command -v hyperfine >/dev/null; then
	hyperfine -N --warmup 2 --runs "$runs" --export-json "$tmp/h.json" \
		-n fribidi "fribidi --nobreak $in" \
		-n isnad "$tmp/isnad cat --nobreak $in" >/dev/null
	f=$(python3 -c "import json,statistics as s; r=json.load(open('$tmp/h.json'))['results']; print(s.median(r[0]['times']))")
	i=$(python3 -c "import json,statistics as s; r=json.load(open('$tmp/h.json'))['results']; print(s.median(r[1]['times']))")
else
	median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]/1e9}'; }
	time1() { s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $((e - s)); }
	f=$(for _ in $(seq "$runs"); do time1 fribidi --nobreak "$in"; done | median)
	i=$(for _ in $(seq "$runs"); do time1 "$tmp/isnad" cat --nobreak "$in"; done | median)
fi
awk -v f="$f" -v i="$i" -v b="$bytes" 'BEGIN {
	printf "fribidi --nobreak    %.3f s  %6.1f MB/s\n", f, b / f / 1e6
	printf "isnad cat --nobreak  %.3f s  %6.1f MB/s\n", i, b / i / 1e6
	printf "ratio isnad/fribidi  %.2f (target <= 0.5)\n", i / f
}'
