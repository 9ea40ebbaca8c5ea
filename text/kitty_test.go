package text

import (
	"strings"
	"testing"
	"unicode"

	"github.com/isnad/isnad/text/bidi"
)

// kittyShows is what kitty 0.26.5 shows of a row of cells, as measured
// under Xvfb (kitty.go): each run of cells between spaces whose first
// character of a script is right-to-left comes out reversed, cluster by
// cluster (a mark stays on its base), with its mirrorable characters
// mirrored. It is written apart from kittyWords, on strings, as an oracle.
func kittyShows(row string) string {
	words := strings.Split(row, " ")
	for k, w := range words {
		if !firstScriptRTL(w) {
			continue
		}
		var clusters []string
		for _, r := range w {
			if n := len(clusters); n > 0 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)) {
				clusters[n-1] += string(r)
				continue
			}
			if m, ok := bidi.Mirror(r); ok {
				r = m
			}
			clusters = append(clusters, string(r))
		}
		var b strings.Builder
		for i := len(clusters) - 1; i >= 0; i-- {
			b.WriteString(clusters[i])
		}
		words[k] = b.String()
	}
	return strings.Join(words, " ")
}

func firstScriptRTL(w string) bool {
	for _, r := range w {
		if unicode.In(r, unicode.Common, unicode.Inherited) {
			continue
		}
		return unicode.In(r, unicode.Arabic, unicode.Hebrew)
	}
	return false
}

// withoutMarks is what kitty should show of a visual row: the row, less
// the combining marks of each word it reverses. kitty 0.26.5 draws such a
// mark in a cell of its own, over a letter of the word (كتابٌ as كابٌ,
// screenshots under Xvfb, also with plain cat), so marks are left out
// there.
func withoutMarks(row string) string {
	words := strings.Split(row, " ")
	for k, w := range words {
		if !lastScriptRTL(w) {
			continue
		}
		words[k] = strings.Map(func(r rune) rune {
			if unicode.In(r, unicode.Mn, unicode.Me) {
				return -1
			}
			return r
		}, w)
	}
	return strings.Join(words, " ")
}

// lastScriptRTL: the word's last character of a script is right to left,
// so kitty reverses it (once reversed, that character comes first).
func lastScriptRTL(w string) bool {
	r := []rune(w)
	for i := len(r) - 1; i >= 0; i-- {
		if unicode.In(r[i], unicode.Common, unicode.Inherited) || r[i] >= 0xE000 && r[i] <= 0xE100 { // markStyle's
			continue
		}
		return unicode.In(r[i], unicode.Arabic, unicode.Hebrew)
	}
	return false
}

// mixedWords counts the words of a row that have letters of both
// directions with no space between them, which no output makes right.
func mixedWords(row string) int {
	n := 0
	for _, w := range strings.Fields(row) {
		rtl, ltr := false, false
		for _, r := range w {
			switch {
			case unicode.In(r, unicode.Common, unicode.Inherited):
			case unicode.In(r, unicode.Arabic, unicode.Hebrew):
				rtl = true
			default:
				ltr = true
			}
		}
		if rtl && ltr {
			n++
		}
	}
	return n
}

// TestKitty: kitty, reversing what the engine sends with Options.Kitty,
// shows every line of the corpus as the engine lays it out for a terminal
// that does not reorder (xterm), at several widths, with the styles'
// pieces in the same places.
func TestKitty(t *testing.T) {
	plain, kitty := NewEngine(Options{}), NewEngine(Options{Kitty: true})
	checked, mixed := 0, 0
	for name, paras := range corpusLines(t) {
		for p, para := range paras {
			for _, width := range []int{30, 80, 110} {
				want, got := plain.Layout(para, width, AutoRTL), kitty.Layout(para, width, AutoRTL)
				if len(want) != len(got) {
					t.Fatalf("%s ¶%d: %d lines with Kitty, %d without", name, p+1, len(got), len(want))
				}
				for i := range want {
					checkLine(t, name, got[i], width)
					if got[i].Start != want[i].Start || got[i].End != want[i].End || got[i].Width != want[i].Width {
						t.Errorf("%s ¶%d line %d: range or width differ", name, p+1, i+1)
					}
					if mixedWords(want[i].Text) > 0 {
						mixed++
						continue
					}
					if shown, w := kittyShows(got[i].Text), withoutMarks(want[i].Text); shown != w {
						t.Errorf("%s ¶%d width %d line %d: kitty shows\n%q\nwant\n%q", name, p+1, width, i+1, shown, w)
					}
					checked++
				}
			}
		}
	}
	t.Logf("%d lines checked, %d with a word mixing directions skipped", checked, mixed)
	if checked < 1000 {
		t.Errorf("only %d lines checked", checked)
	}
}

// TestKittyWords: what is sent, case by case: each word in visual order
// (the first on the right), its letters in logical order, shaped.
func TestKittyWords(t *testing.T) {
	e := NewEngine(Options{Kitty: true, NoPad: true})
	for _, c := range []struct{ in, want string }{
		{"اب", "ﺍﺏ"}, // shaped, then sent in logical order
		{"قال المتحدث", "ﺍﻟﻤﺘﺤﺪﺙ ﻗﺎﻝ"}, // words in visual order
		{"(اب) x", "x (ﺍﺏ)"},           // brackets: kitty mirrors them back
		{"اب.", "ﺍﺏ."},                 // the period goes with the word
		{"قائماً", "ﻗﺎﺋﻤﺎ"},            // marks left out: kitty draws them over a letter
		{"كتابٌ x", "x ﻛﺘﺎﺏ"},          // (كابٌ for كتابٌ)
		{"مُحمّد", "ﻣﺤﻤﺪ"},
		{"عام 2024", "2024 ﻋﺎﻡ"}, // digits alone: kitty leaves them
		{"عام ٢٠٢٤", "٤٢٠٢ ﻋﺎﻡ"}, // Arabic-Indic digits: kitty reverses them
		{"hello world", "hello world"},
	} {
		ln := e.Layout(c.in, 40, Auto)[0]
		if ln.Text != c.want {
			t.Errorf("Layout(%q) = %q, want %q", c.in, ln.Text, c.want)
		}
	}
}

// styledCell is one cell of a rendered line: its cluster and its style.
type styledCell struct {
	c     string
	style byte
}

// cellsOf reads a line rendered with markStyle back into cells.
func cellsOf(s string) []styledCell {
	var out []styledCell
	var style byte
	for _, r := range s {
		switch {
		case r >= 0xE000 && r < 0xE100: // style on
			style = byte(r - 0xE000)
		case r == 0xE100: // style off
			style = 0
		case len(out) > 0 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)):
			out[len(out)-1].c += string(r)
		default:
			out = append(out, styledCell{string(r), style})
		}
	}
	return out
}

func markStyle(n byte) func(string) string {
	return func(s string) string { return string(rune(0xE000+int(n))) + s + string(rune(0xE100)) }
}

// kittyShowsCells is kittyShows on styled cells: glyphs move, styles stay
// with the cells.
func kittyShowsCells(cells []styledCell) []styledCell {
	out := append([]styledCell(nil), cells...)
	for a := 0; a < len(out); {
		if out[a].c == " " {
			a++
			continue
		}
		b := a
		var word strings.Builder
		for b < len(out) && out[b].c != " " {
			word.WriteString(out[b].c)
			b++
		}
		if firstScriptRTL(word.String()) {
			for i, j := a, b-1; i < j; i, j = i+1, j-1 {
				out[i].c, out[j].c = out[j].c, out[i].c
			}
			for i := a; i < b; i++ {
				r := []rune(out[i].c)
				if m, ok := bidi.Mirror(r[0]); ok {
					r[0] = m
				}
				out[i].c = string(r)
			}
		}
		a = b
	}
	return out
}

// TestKittyStyles: styled pieces, cut anywhere (inside words too), are on
// the cells kitty shows their text on.
func TestKittyStyles(t *testing.T) {
	plain, kitty := NewEngine(Options{}), NewEngine(Options{Kitty: true})
	checked := 0
	for name, paras := range corpusLines(t) {
		for p, para := range paras {
			var spans []Span
			for start, n := 0, byte(1); start < len(para); n++ {
				end := min(start+7+int(n)%11, len(para))
				for end < len(para) && !utf8RuneStart(para[end]) {
					end++
				}
				spans = append(spans, Span{Start: start, End: end, Style: markStyle(n%200 + 1)})
				start = end
			}
			want, got := plain.Layout(para, 80, AutoRTL), kitty.Layout(para, 80, AutoRTL)
			for i := range want {
				if mixedWords(want[i].Text) > 0 {
					continue
				}
				w, g := cellsOf(withoutMarks(want[i].Render(spans))), kittyShowsCells(cellsOf(got[i].Render(spans)))
				if len(w) != len(g) {
					t.Fatalf("%s ¶%d line %d: %d cells, want %d", name, p+1, i+1, len(g), len(w))
				}
				for k := range w {
					if w[k] != g[k] {
						t.Errorf("%s ¶%d line %d cell %d: kitty shows %q style %d, want %q style %d", name, p+1, i+1, k, g[k].c, g[k].style, w[k].c, w[k].style)
						break
					}
				}
				checked++
			}
		}
	}
	if checked < 500 {
		t.Errorf("only %d lines checked", checked)
	}
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
