package search

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// kwic lays a hit's sentence out on one line of w cells, keyword in
// context: the whole sentence when it fits, else from a word about a third
// of the line before the first match (more when the rest of the sentence
// is short), with "…" where it is cut (the engine cuts the end). The line is in the sentence's own direction (an
// Arabic one reads right to left); the spans mark the matches on it,
// styled with match.
func kwic(eng *text.Engine, s string, ms []model.Span, w int, match func(string) string) (text.Line, []text.Span) {
	ms = validSpans(s, ms)
	w = max(w, 1)
	start := 0
	if len(ms) > 0 {
		rest := utf8.RuneCountInString(s[ms[0].Start:])
		start = contextStart(s, ms[0].Start, max(w/3, w-rest-1))
	}
	for {
		snip, shift := s[start:], -start
		if start > 0 {
			snip = common.Ellipsis + snip
			shift += len(common.Ellipsis)
		}
		ln := eng.Fit(snip, w, text.Auto)
		if len(ms) == 0 || ln.End >= ms[0].End+shift || start >= ms[0].Start {
			spans := make([]text.Span, 0, len(ms))
			for _, m := range ms {
				spans = append(spans, text.Span{Start: m.Start + shift, End: m.End + shift, Style: match})
			}
			return ln, spans
		}
		// The first match was cut off: less context before it.
		start = nextWord(s, start, ms[0].Start)
	}
}

// contextStart is where a window showing at most budget cells before
// byte m of s starts: the start of a word, or m itself. Cells are counted
// as characters, which is cheap (a grapheme walk of every hit cost a third
// of laying a page out) and near enough: the engine lays the window out,
// and kwic moves on a word when the match does not fit.
func contextStart(s string, m, budget int) int {
	best, w := m, 0
	for i := m; i > 0; {
		k := strings.LastIndexByte(s[:i-1], ' ')
		start := k + 1
		if w += utf8.RuneCountInString(s[start:i]); w > budget {
			break
		}
		best = start
		if k < 0 {
			break
		}
		i = start
	}
	return best
}

// nextWord is the start of the word after the one at start, at most m.
func nextWord(s string, start, m int) int {
	if k := strings.IndexByte(s[start:m], ' '); k >= 0 {
		return start + k + 1
	}
	return m
}

// validSpans keeps the spans that are byte ranges of s, in order and not
// overlapping: the index's offsets are data, and a bad one must not cut a
// letter in two or panic.
func validSpans(s string, ms []model.Span) []model.Span {
	out := ms[:0:0]
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > len(s) || !boundary(s, m.Start) || !boundary(s, m.End) {
			continue
		}
		out = append(out, m)
		last = m.End
	}
	return out
}

// boundary reports whether byte i of s starts a character (or ends s).
func boundary(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}
