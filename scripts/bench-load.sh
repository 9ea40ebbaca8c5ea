#!/usr/bin/env bash
# Measures, side by side in one run, what issue 10 asks of large and hostile
# input:
#   - SaudiNewsNet (25,020 articles in 14 zipped JSON files): the library on
#     screen in a real terminal (tmux, polled capture), the background pass,
#     the explorer's peak RSS against the text's size; `isnad list --json`
#     wall time and peak RSS;
#   - the claims analysis of a 1 MB and a 4 MB paragraph dense with claims on
#     one source (linear: the second about 4x the first);
#   - a catalog.yaml with a 100 MB value: peak RSS of `isnad list`.
# Prints the machine's load with the figures: wall times move with it.
#
#   scripts/bench-load.sh [SAUDINEWSNET_DIR]   (default ../shared/datasets/saudinewsnet)
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-../shared/datasets/saudinewsnet}
for tool in tmux /usr/bin/time; do
	if ! command -v "$tool" >/dev/null; then
		pkg=$tool; [ "$tool" = /usr/bin/time ] && pkg=time
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
			apt-get install -y "$pkg" >/dev/null
		else
			echo "needs $pkg (apt-get install $pkg)" >&2
			exit 1
		fi
	fi
done

work=$(mktemp -d)
sock="isnad-bench-$$"
cleanup() {
	tmux -L "$sock" kill-server 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
bin=$work/isnad
go build -o "$bin" ./cmd/isnad
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
rss_mb() { awk '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$1"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -d "$dir" ]; then
	textmb=$(for z in "$dir"/*.zip; do unzip -p "$z"; done | wc -c | awk '{ printf "%.1f", $1 / 1048576 }')
	echo "== SaudiNewsNet: $(ls "$dir"/*.zip | wc -l) zip files, $textmb MB of JSON once inflated"

	# The explorer in a 160x45 terminal: time from launch to the library's
	# article count on screen, then to the end of the background pass (the
	# status bar's "reading N/M" gone), then q; /usr/bin/time records RSS.
	tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 45 \
		"tmux -L $sock wait-for go; /usr/bin/time -v -o $work/explore.time $bin $dir; tmux -L $sock wait-for -S done"
	t0=$(now)
	tmux -L "$sock" wait-for -S go
	until tmux -L "$sock" capture-pane -p | grep -q "25020 articles"; do sleep 0.02; done
	t1=$(now)
	until ! tmux -L "$sock" capture-pane -p | grep -qE "reading [0-9]|listing…"; do sleep 0.1; done
	t2=$(now)
	tmux -L "$sock" send-keys q
	tmux -L "$sock" wait-for done
	cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$work/explore.time")
	echo "explorer: library on screen $(ms "$t0" "$t1") ms; background pass done $(ms "$t0" "$t2") ms after launch ($cpu s CPU in all); peak RSS $(rss_mb "$work/explore.time") MB (the JSON: $textmb MB)"

	# Opening alone, in process: wall time and the CPU time it took, which
	# a busy machine does not inflate (2 cores: wall >= CPU / 2).
	ISNAD_DATASETS=$(cd "$(dirname "$dir")" && pwd) go test -run '^$' -bench OpenSaudiNewsNet -benchtime 3x ./data/ | awk '
		/OpenSaudiNewsNet/ { printf "data.Open: %.0f ms wall, %d ms CPU\n", $3 / 1e6, $5 }'

	/usr/bin/time -v -o "$work/list.time" "$bin" list --json "$dir" >"$work/list.json" 2>/dev/null
	wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/list.time")
	rows=$(grep -c '"id":' "$work/list.json")
	dated=$(grep -c '"date": "2015-' "$work/list.json")
	echo "isnad list --json: $rows articles ($dated with a date), wall $wall, peak RSS $(rss_mb "$work/list.time") MB"
else
	echo "== SaudiNewsNet not found at $dir: skipped"
fi

echo "== a paragraph dense with claims on one source: 1 MB vs 4 MB"
go test -run '^$' -bench DenseParagraph -benchtime 3x ./data/cite | awk '
	/DenseParagraph\/1MB/ { one = $3; onecpu = $7 }
	/DenseParagraph\/4MB/ { four = $3; fourcpu = $7 }
	END { printf "analysis: 1 MB %.2f s (%.2f s CPU), 4 MB %.2f s (%.2f s CPU): %.1fx the wall time, %.1fx the CPU time for 4x the text\n",
		one / 1e9, onecpu / 1e3, four / 1e9, fourcpu / 1e3, four / one, fourcpu / onecpu }'

echo "== catalog.yaml with a 100 MB value"
mkdir "$work/cat"
printf 'Title line\n\nA paragraph of text.\n' >"$work/cat/a.txt"
{ printf 'articles:\n  - file: a.txt\n    title: "'; head -c 100000000 /dev/zero | tr '\0' x; printf '"\n'; } >"$work/cat/catalog.yaml"
/usr/bin/time -v -o "$work/cat.time" "$bin" list "$work/cat" >/dev/null 2>"$work/cat.err" || true
echo "isnad list: peak RSS $(rss_mb "$work/cat.time") MB; $(grep -m1 catalog "$work/cat.err" || echo "no problem reported")"
echo "machine after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
