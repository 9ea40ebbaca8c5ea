#!/bin/sh
# Regenerates text/testdata/fribidi/*.golden: for every non-empty line of
# the embedded corpus in data/corpus,
# what `fribidi --nobreak --nopad` prints (libfribidi-bin 1.0.8). The parity
# test compares isnad cat's output with it, once fribidi's U+FEFF lam-alef
# placeholders are removed. Run once from the repository root; the goldens
# are committed and the test needs no fribidi.
set -eu
command -v fribidi >/dev/null || { echo "fribidi not installed (apt-get install libfribidi-bin)" >&2; exit 1; }
in=data/corpus
out=text/testdata/fribidi
mkdir -p "$out"
for f in "$in"/*.txt; do
	name=$(basename "$f" .txt)
	grep -v '^$' "$f" | fribidi --nobreak --nopad >"$out/$name.golden"
	echo "$out/$name.golden: $(wc -l <"$out/$name.golden") lines ($(fribidi --version | head -1))"
done
