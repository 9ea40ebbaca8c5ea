#!/usr/bin/env bash
# Measures the reader on huge articles, side by side with less, in one run:
#
#   - a 10 MB, 37,000-line Arabic article: the time from Enter to the first
#     screen in the reader, against less's first screen of the same file
#     (both in tmux, the screen polled with capture-pane); G to its end;
#     q q to the exit; isnad's and less's peak RSS against the file's size;
#   - a 1 MB and a 4 MB paragraph dense with claims on one source: the first
#     screen in the reader, the time until its claims are marked, and
#     `isnad claims --json` (parse and analysis) on each, with the ratio.
#
# The articles are generated here: lines cut from the words of the
# embedded corpus, and one sentence with a citation, a quote and numbers
# repeated. The machine may be shared: the load is printed before and
# after, and every wait has a generous deadline (no result is a timing
# assertion).
#
#   scripts/bench-reader.sh [WORKDIR]     (default: a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in tmux less /usr/bin/time; do
	if ! command -v "$tool" >/dev/null; then
		echo "needs $tool (apt-get install tmux less time)" >&2
		exit 1
	fi
done

work=${1:-$(mktemp -d)}
mkdir -p "$work"
bin=$work/isnad
go build -o "$bin" ./cmd/isnad
# One tmux server per session run, each killed when done (a new server on
# the socket of one being killed may die with it).
sessions=0
sock=isnad-bench-$$-0
tm() { tmux -L "$sock" -f /dev/null "$@"; }
new_server() {
	end_server
	sessions=$((sessions + 1))
	sock=isnad-bench-$$-$sessions
}
end_server() {
	local path
	path=$(tm display-message -p '#{socket_path}' 2>/dev/null) || true
	tm kill-server 2>/dev/null || true
	if [ -n "$path" ]; then rm -f "$path"; fi
}
trap end_server EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# The 10 MB article: 37,000 lines of about 280 bytes (80 to 460), words of
# the embedded corpus in their order, cycled.
mkdir -p "$work/big"
if [ ! -s "$work/big/big.txt" ]; then
	cat data/corpus/*.txt | LC_ALL=C awk -v bytes=10485760 -v lines=37000 '
		{ for (i = 1; i <= NF; i++) word[nw++] = $i }
		END {
			avg = int(bytes / lines)
			for (l = 0; l < lines; l++) {
				want = avg - 84 + (l * 37) % 180
				line = word[k % nw]; k++
				while (length(line) + 1 + length(word[k % nw]) <= want) { line = line " " word[k % nw]; k++ }
				print line
			}
		}' >"$work/big/big.txt"
fi
# The claim-dense paragraphs: one sentence citing, quoting and counting,
# repeated to 1 MB and 4 MB, then the reference list.
for mb in 1 4; do
	mkdir -p "$work/dense$mb"
	f=$work/dense$mb/dense.txt
	if [ ! -s "$f" ]; then
		LC_ALL=C awk -v bytes=$((mb << 20)) 'BEGIN {
			while (n < bytes) {
				s = sprintf("وقال المتحدث باسم وزارة الدفاع لوكالة رويترز إن %d جنديا وصلوا في 12 مارس 2024 (Reuters, 2024). ", i++)
				printf "%s", s; n += length(s)
			}
			print ""; print ""; print "المراجع:"; print ""
			print "Reuters. (2024, March 12). Troops arrive. https://example.org/a"
		}' >"$f"
	fi
done
size=$(stat -c %s "$work/big/big.txt")
awk -v b="$size" -v l="$(wc -l <"$work/big/big.txt")" 'BEGIN { printf "article: %.1f MB, %d lines\n", b / 1048576, l }'

now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }

# waitfor DEADLINE_S CMD...: polls until CMD succeeds; fails after the
# deadline.
waitfor() {
	local end=$(($(date +%s) + $1))
	shift
	until "$@"; do
		if [ "$(date +%s)" -ge "$end" ]; then
			echo "timed out waiting for: $*" >&2
			tm capture-pane -p -t 0 >&2 || true
			exit 1
		fi
	done
}
screen_has() { tm capture-pane -p -t 0 | grep -qF -- "$1"; }
bar_has() { tm capture-pane -p -t 0 | tail -n 1 | grep -qE -- "$1"; }

# open DIR: runs isnad on DIR at 200x50 under /usr/bin/time, waits for the
# library.
open_isnad() {
	new_server
	rm -f "$work/time.log"
	tm new-session -d -x 200 -y 50 "/usr/bin/time -v $bin $1 2>$work/time.log; echo EXIT:\$?; sleep 600"
	waitfor 120 screen_has "enter open"
}
# quit_isnad: q q, waits for the exit, prints the time it took and the
# peak RSS.
quit_isnad() {
	local t0
	t0=$(now)
	tm send-keys -t 0 q q
	waitfor 120 screen_has "EXIT:"
	echo "  q q to the exit: $(ms "$t0" "$(now)") ms ($(tm capture-pane -p -t 0 | grep -o 'EXIT:[0-9]*'))"
	rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.log")
}

echo
echo "== the 10 MB article"
new_server
tm new-session -d -x 200 -y 50 "read x; /usr/bin/time -v less $work/big/big.txt 2>$work/less.log; sleep 600"
sleep 0.5 # the shell reaches read: no Enter may be lost
t0=$(now)
tm send-keys -t 0 Enter
waitfor 120 bar_has "big\.txt" # less's first prompt, written after the screen
less_ms=$(ms "$t0" "$(now)")
tm send-keys -t 0 q
waitfor 60 grep -q "Maximum resident" "$work/less.log"
less_rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/less.log")
echo "  less: first screen ${less_ms} ms, peak RSS $((less_rss / 1024)) MB"

open_isnad "$work/big"
t0=$(now)
tm send-keys -t 0 Enter
waitfor 120 bar_has "esc/q back"
first_ms=$(ms "$t0" "$(now)")
echo "  isnad: first screen ${first_ms} ms after Enter: $(tm capture-pane -p -t 0 | tail -n 1 | cut -c1-60)"
t0=$(now)
tm send-keys -t 0 G
waitfor 300 bar_has "100%"
echo "  G to the end: $(ms "$t0" "$(now)") ms (waits for the whole article to be parsed)"
quit_isnad
budget=$((3 * less_ms > 150 ? 3 * less_ms : 150))
awk -v f="$first_ms" -v b="$budget" -v r="$rss" -v s="$size" 'BEGIN {
	printf "  first screen %d ms, budget %d ms (3x less or 150 ms): %s\n", f, b, f <= b ? "within" : "OVER"
	printf "  peak RSS %.0f MB = %.1f x the file (budget 10x): %s\n", r / 1024, r * 1024 / s, r * 1024 <= 10 * s ? "within" : "OVER" }'

echo
echo "== claim-dense paragraphs"
declare -A claims_ms
for mb in 1 4; do
	open_isnad "$work/dense$mb"
	t0=$(now)
	tm send-keys -t 0 Enter
	waitfor 120 bar_has "esc/q back"
	f=$(ms "$t0" "$(now)")
	waitfor 600 bar_has "[0-9]+ claims"
	echo "  $mb MB in the reader: first screen ${f} ms, claims marked after $(ms "$t0" "$(now)") ms: $(tm capture-pane -p -t 0 | tail -n 1 | grep -oE '[0-9]+ claims')"
	t0=$(now)
	tm send-keys -t 0 G
	waitfor 120 bar_has "100%"
	echo "  G: $(ms "$t0" "$(now)") ms"
	quit_isnad
	echo "  peak RSS $((rss / 1024)) MB"
	t0=$(now)
	"$bin" claims --corpus "$work/dense$mb" --json >/dev/null 2>&1 # (a huge-line problem)
	claims_ms[$mb]=$(ms "$t0" "$(now)")
	echo "  isnad claims --json: ${claims_ms[$mb]} ms"
done
awk -v a="${claims_ms[1]}" -v b="${claims_ms[4]}" 'BEGIN {
	printf "  4 MB / 1 MB: %.1f x (budget 5x: linear): %s\n", b / a, b <= 5 * a ? "within" : "OVER" }'
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
