#!/usr/bin/env bash
# Measures search and notes on a large corpus, side by side with grep:
#   - building the search index: wall and CPU time, peak RSS, size on disk;
#   - reopening the unchanged corpus: the whole `isnad search` run, from
#     launch to the first hits printed (the index is reused, not rebuilt);
#   - one query (in-process, warm, BenchmarkQuery) against `grep -c` of the
#     same word over the same text (all articles in one file), in one run;
#   - notes: 10,000 added one transaction each and listed (BenchmarkNotes10k),
#     then `isnad notes list --json` on that store.
#
#   scripts/bench-search.sh [DIR] [WORD]   (default DIR: $TMPDIR/isnad-10k,
#                                           generated when missing; WORD: كوريا)
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-${TMPDIR:-/tmp}/isnad-10k}
word=${2:-كوريا}
if [ ! -d "$dir" ]; then
	echo "generating 10000 articles in $dir"
	go run ./data/gencorpus -n 10000 "$dir"
fi
if [ ! -x /usr/bin/time ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		apt-get install -y time >/dev/null
	else
		echo "needs /usr/bin/time (apt-get install time)" >&2
		exit 1
	fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/isnad
go build -o "$bin" ./cmd/isnad
ix=$work/index
files=$(find "$dir" -name '*.txt' -o -name '*.md' -o -name '*.zip' -o -name '*.json*' -o -name '*.csv' -o -name '*.gz' | wc -l)
bytes=$(du -sb "$dir" | cut -f1)
awk -v f="$files" -v b="$bytes" 'BEGIN { printf "corpus: %d files, %.1f MB\n", f, b / 1048576 }'

field() { sed -n "s/.*$1: //p" "$2"; }
log=$work/time.log
/usr/bin/time -v "$bin" search --index "$ix" --corpus "$dir" "$word" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
awk -v w="$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$log")" \
	-v u="$(field 'User time (seconds)' "$log")" -v s="$(field 'System time (seconds)' "$log")" \
	-v r="$(field 'Maximum resident set size (kbytes)' "$log")" -v d="$(du -sb "$ix" | cut -f1)" \
	'BEGIN { printf "index build (first search): wall %s, CPU %.1f s, peak RSS %.0f MB, index %.0f MB on disk\n", w, u + s, r / 1024, d / 1048576 }'

for i in 1 2 3; do
	/usr/bin/time -v "$bin" search --index "$ix" --corpus "$dir" "$word" >/dev/null 2>"$log"
	echo "reopen unchanged, launch to first hits: wall $(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$log"), peak RSS $(($(field 'Maximum resident set size (kbytes)' "$log") / 1024)) MB"
done
/usr/bin/time -v "$bin" notes list --corpus "$dir" --store "$work/empty.db" >/dev/null 2>"$log"
echo "  of which opening the corpus alone (isnad notes list on an empty store): wall $(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$log")"
ISNAD_BENCH_CORPUS=$dir ISNAD_BENCH_INDEX=$ix ISNAD_BENCH_QUERIES=$word \
	go test ./data/search -run '^$' -bench 'Reopen' -benchtime 5x | awk '/^BenchmarkReopen/ { printf "  the index'"'"'s share (stamp every file, open, first query): %.0f ms\n", $3 / 1e6 }'

all=$work/all.txt
find "$dir" \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat >"$all"
if [ ! -s "$all" ]; then
	# A collection (SaudiNewsNet: JSON in zips): grep gets the articles'
	# titles and texts as one file, as the index gets them.
	python3 - "$dir" >"$all" <<'PY'
import json, sys, zipfile, pathlib
for z in sorted(pathlib.Path(sys.argv[1]).rglob("*.zip")):
    with zipfile.ZipFile(z) as zf:
        for name in zf.namelist():
            if not name.endswith(".json"):
                continue
            recs = json.loads(zf.read(name))
            for r in recs if isinstance(recs, list) else [recs]:
                print(r.get("title", ""))
                print(r.get("content", ""))
PY
fi
awk -v b="$(wc -c <"$all")" 'BEGIN { printf "text grep reads: %.1f MB\n", b / 1048576 }'
# grep first, then the query benchmark, then grep again: one run, same load.
grep_ms() {
	local best=999999
	for _ in 1 2 3 4 5; do
		local t0 t1
		t0=$(date +%s%N)
		# Not to /dev/null: GNU grep then stops at the first match.
		grep -c -- "$word" "$all" >"$work/count"
		t1=$(date +%s%N)
		best=$(( (t1 - t0) / 1000000 < best ? (t1 - t0) / 1000000 : best ))
	done
	echo "$best"
}
g1=$(grep_ms)
q=$(ISNAD_BENCH_CORPUS=$dir ISNAD_BENCH_INDEX=$ix ISNAD_BENCH_QUERIES=$word \
	go test ./data/search -run '^$' -bench 'Query' -benchtime 50x | awk '/^BenchmarkQuery/ { print $3 / 1e6 }')
g2=$(grep_ms)
awk -v q="$q" -v a="$g1" -v b="$g2" -v w="$word" \
	'BEGIN { g = (a < b ? a : b); printf "query %s: %.2f ms; grep -c over the same text: %d ms (best of 10); ratio %.3f\n", w, q, g, q / g }'

store=$work/notes.db
ISNAD_BENCH_STORE=$store go test ./data/notes -run '^$' -bench Notes10k -benchtime 1x |
	awk '/^BenchmarkNotes10k/ { for (i = 1; i <= NF; i++) { if ($i == "s-add-10k") a = $(i-1); if ($i == "ms-list-10k") l = $(i-1) } }
	     END { printf "notes: 10,000 added in %.1f s (one transaction each), listed in %.0f ms\n", a, l }'
/usr/bin/time -v "$bin" notes list --json --store "$store" >/dev/null 2>"$log"
echo "isnad notes list --json (10,000 notes, anchored on the embedded corpus): wall $(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$log")"
