#!/usr/bin/env bash
# Measures how isnad opens a large corpus: the time until data.Open returns
# (every title listable), the whole background pass, and the wall time and
# peak RSS of `isnad list --json` (which waits for the pass), against the
# corpus's size on disk. The corpus is generated with data/gencorpus when the
# folder does not exist yet.
#
#   scripts/bench-open.sh [DIR] [N]     (default DIR: $TMPDIR/isnad-10k, N: 10000)
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-${TMPDIR:-/tmp}/isnad-10k}
n=${2:-10000}
if [ ! -d "$dir" ]; then
	echo "generating $n articles in $dir"
	go run ./data/gencorpus -n "$n" "$dir"
fi
if [ ! -x /usr/bin/time ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		apt-get install -y time >/dev/null
	else
		echo "needs /usr/bin/time (apt-get install time)" >&2
		exit 1
	fi
fi

bin=$(mktemp -d)/isnad
go build -o "$bin" ./cmd/isnad
bytes=$(du -sb "$dir" | cut -f1)
files=$(find "$dir" -name '*.txt' -o -name '*.md' | wc -l)
awk -v f="$files" -v b="$bytes" 'BEGIN { printf "corpus: %d files, %.1f MB on disk\n", f, b / 1048576 }'

log=$(mktemp)
/usr/bin/time -v "$bin" list --json "$dir" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
awk -v w="$wall" -v r="$rss" -v b="$bytes" \
	'BEGIN { printf "isnad list --json: wall %s, peak RSS %.1f MB = %.2f x the corpus\n", w, r / 1024, r * 1024 / b }'
rm -f "$log" "$bin"

ISNAD_BENCH_CORPUS=$dir go test -run '^$' -bench 'Open10k|Pass10k' -benchtime 3x -benchmem ./data/
