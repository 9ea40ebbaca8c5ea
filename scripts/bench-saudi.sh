#!/usr/bin/env bash
# Opening SaudiNewsNet (issue 10, Numbers), side by side in one run: this
# tree against a base revision (default: main), each built here and run
# RUNS times, alternately, so that both see the same machine load.
#
# For each run:
#   - the explorer in tmux (160x45), the screen polled with capture-pane:
#     the time from the launch to the library on screen (its title row and
#     a first article row), to all 25,020 articles listed ("25020
#     articles" in the title row), and to the end of the background pass
#     (the status bar's "reading N/M" gone); then q. Peak RSS through the
#     pass (/usr/bin/time -v), against the text's bytes. How soon a key is
#     answered: ? (help) until the help screen is drawn, sent as soon as
#     the first screen is there, and again once all are listed;
#   - `isnad list --json`: wall time, CPU time, peak RSS.
# The text's bytes are counted honestly: the UTF-8 bytes of every
# article's title and content, decoded from the JSON (python3).
# Wall times move with the load of a shared machine: the load average is
# printed with each run, and the CPU times beside the wall times.
#
#   scripts/bench-saudi.sh [BASE_REV] [RUNS] [SAUDINEWSNET_DIR]
#     (defaults: main, 3, ../shared/datasets/saudinewsnet)
set -euo pipefail
cd "$(dirname "$0")/.."

base=${1:-main}
runs=${2:-3}
dir=$(cd "${3:-../shared/datasets/saudinewsnet}" && pwd)
for tool in tmux /usr/bin/time python3 git; do
	if ! command -v "$tool" >/dev/null; then
		echo "needs $tool (apt-get install tmux time python3 git)" >&2
		exit 1
	fi
done

work=$(mktemp -d)
sock=isnad-bench-saudi-$$
tm() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
	local path
	path=$(tm display-message -p '#{socket_path}' 2>/dev/null) || true
	tm kill-server 2>/dev/null || true
	if [ -n "$path" ]; then rm -f "$path"; fi
	rm -rf "$work"
}
trap cleanup EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8

echo "building this tree ($(git rev-parse --short HEAD)$(git diff --quiet || echo ', uncommitted changes')) and $base ($(git rev-parse --short "$base"))"
go build -o "$work/new" ./cmd/isnad
mkdir "$work/base-src"
git archive "$base" | tar -x -C "$work/base-src"
(cd "$work/base-src" && go build -o "$work/base" ./cmd/isnad)

text=$(python3 - "$dir" <<'EOF'
import glob, json, sys, zipfile
n = t = 0
for z in sorted(glob.glob(sys.argv[1] + "/*.zip")):
    with zipfile.ZipFile(z) as f:
        for m in f.namelist():
            if m.endswith(".json"):
                for r in json.loads(f.read(m)):
                    n += 1
                    t += len((r.get("title") or "").encode()) + len((r.get("content") or "").encode())
print(n, t)
EOF
)
read -r articles textbytes <<<"$text"
awk -v n="$articles" -v b="$textbytes" 'BEGIN { printf "SaudiNewsNet: %d articles, %.1f MB of text (UTF-8 bytes of titles and contents); RSS budget 2x = %.0f MB\n", n, b / 1048576, 2 * b / 1048576 }'

now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }
screen() { tm capture-pane -p -t 0 2>/dev/null; }
# until DEADLINE_S CMD...: polls CMD every 10 ms; fails after the deadline.
until_ok() {
	local end=$(($(date +%s) + $1))
	shift
	until "$@"; do
		if [ "$(date +%s)" -ge "$end" ]; then
			echo "timed out waiting for: $*" >&2
			screen >&2 || true
			return 1
		fi
		sleep 0.01
	done
}
library_shown() { screen | head -n 1 | grep -q "isnad · saudinewsnet" && screen | grep -qE '^ *[a-z0-9]+/2015-[0-9-]+/[0-9]+ '; }
all_listed() { screen | head -n 1 | grep -q "$articles articles"; }
pass_over() { ! screen | tail -n 1 | grep -qE "reading [0-9]|listing…"; }
exited() { screen | grep -q "EXIT:"; }
help_shown() { screen | tail -n 1 | grep -q "? close"; }
library_back() { screen | head -n 1 | grep -q "isnad · saudinewsnet"; }
# key_ms: ? (help) until the help screen is drawn, in ms; esc back to the
# library.
key_ms() {
	local t0
	t0=$(now)
	tm send-keys -t 0 '?'
	until_ok 60 help_shown || return 1
	echo $(($(date +%s%N) / 1000000 - t0 / 1000000))
	tm send-keys -t 0 Escape
	until_ok 60 library_back || return 1
}
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$1"; }
rss() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }

explore() {
	local bin=$1 t0 t1 t2 t3
	tm kill-server 2>/dev/null || true
	tm new-session -d -x 160 -y 45 "tmux -L $sock wait-for go; /usr/bin/time -v -o $work/explore.time $bin $dir; echo EXIT:\$?; sleep 600"
	t0=$(now)
	tm wait-for -S go
	until_ok 60 library_shown || return 1
	t1=$(now)
	k1=$(key_ms) || return 1
	until_ok 120 all_listed || return 1
	t2=$(now)
	k2=$(key_ms) || return 1
	until_ok 600 pass_over || return 1
	t3=$(now)
	tm send-keys -t 0 q
	until_ok 60 exited || return 1
	tm kill-server 2>/dev/null || true
	local r
	r=$(rss "$work/explore.time")
	awk -v a="$(ms "$t0" "$t1")" -v b="$(ms "$t0" "$t2")" -v c="$(ms "$t0" "$t3")" -v cpu="$(cpu "$work/explore.time")" -v r="$r" -v t="$textbytes" \
		'BEGIN { printf "    explorer: library on screen %5d ms, all listed %5d ms, pass over %6d ms (%s s CPU); peak RSS %4.0f MB = %.2fx the text\n", a, b, c, cpu, r / 1024, r * 1024 / t }'
	echo "    keys: ? drawn the help screen ${k1} ms after it was sent right after the first screen, ${k2} ms once all were listed (the pass running)"
}

list_json() {
	local bin=$1 t0 t1 rows
	t0=$(now)
	/usr/bin/time -v -o "$work/list.time" "$bin" list --json "$dir" >"$work/list.json" 2>"$work/list.err" || echo "    (list exited $?)"
	t1=$(now)
	rows=$(grep -c '"id":' "$work/list.json" || true)
	awk -v ms="$(ms "$t0" "$t1")" -v cpu="$(cpu "$work/list.time")" -v r="$(rss "$work/list.time")" -v n="$rows" -v t="$textbytes" \
		'BEGIN { printf "    list --json: %d rows, wall %6d ms (%s s CPU), peak RSS %4.0f MB = %.2fx the text\n", n, ms, cpu, r / 1024, r * 1024 / t }'
}

for i in $(seq "$runs"); do
	for which in base new; do
		echo "run $i, $which ($([ $which = base ] && echo "$base" || echo "this tree")), load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
		explore "$work/$which" || echo "    explorer: failed"
		list_json "$work/$which"
	done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
