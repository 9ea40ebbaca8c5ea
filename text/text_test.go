package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"

	"github.com/isnad/isnad/text/bidi"
)

// checkLine asserts what every emitted line must satisfy: the three ways of
// counting cells agree, fit the width, and nothing can drive the terminal.
func checkLine(t testing.TB, ctx string, ln Line, width int) {
	t.Helper()
	g, wc, rw := ansi.StringWidth(ln.Text), ansi.StringWidthWc(ln.Text), runewidth.StringWidth(ln.Text)
	if g != wc || wc != rw {
		t.Errorf("%s: widths disagree: grapheme %d, wcwidth %d, runewidth %d: %q", ctx, g, wc, rw, ln.Text)
	}
	if g > width || wc > width || rw > width {
		t.Errorf("%s: line wider than %d (%d/%d/%d): %q", ctx, width, g, wc, rw, ln.Text)
	}
	if ln.Width != g {
		t.Errorf("%s: Width %d, text measures %d: %q", ctx, ln.Width, g, ln.Text)
	}
	checkSafe(t, ctx, ln.Text)
}

// checkSafe asserts that s holds no control character, no invalid UTF-8 and
// none of the characters RTL.md says to strip.
func checkSafe(t testing.TB, ctx, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s: invalid UTF-8 in %q", ctx, s)
	}
	for _, r := range s {
		if r < 0x20 || r >= 0x7F && r < 0xA0 || stripped(r) || numberMark(r) {
			t.Errorf("%s: U+%04X printed in %q", ctx, r, s)
		}
	}
}

// TestCorpusWidths lays out every paragraph of the articles at several
// widths, shaped or not, LTR or RTL, and checks every emitted line, and that
// the lines of a paragraph cover it in order.
func TestCorpusWidths(t *testing.T) {
	n := 0
	for _, o := range []Options{{}, {NoShape: true}, {NoPad: true}, {ShowControls: true, NoNSM: true}} {
		e := NewEngine(o)
		for name, paras := range corpusLines(t) {
			for p, para := range paras {
				for _, width := range []int{20, 40, 60, 80, 120, 200} {
					for _, dir := range []Direction{Auto, RTL} {
						lines := e.Layout(para, width, dir)
						end := 0
						for i, ln := range lines {
							ctx := fmt.Sprintf("%+v %s ¶%d width %d dir %d line %d", o, name, p+1, width, dir, i+1)
							checkLine(t, ctx, ln, width)
							if ln.Start != end || ln.End < ln.Start {
								t.Errorf("%s: range [%d,%d) after %d", ctx, ln.Start, ln.End, end)
							}
							if ln.RTL && !o.NoPad && ln.Width != width {
								t.Errorf("%s: right-to-left line of width %d not padded to %d", ctx, ln.Width, width)
							}
							end = ln.End
							n++
						}
						if end != len(para) {
							t.Errorf("%s ¶%d width %d: lines end at %d of %d", name, p+1, width, end, len(para))
						}
					}
				}
			}
		}
	}
	t.Logf("%d lines checked", n)
}

func TestSanitize(t *testing.T) {
	e := NewEngine(Options{NoBreak: true})
	for _, c := range []struct{ in, want string }{
		{"a\x1b[2Jb", "a␛b"},
		{"osc \x1b]52;c;aGk=\x07 end", "osc ␛ end"},
		{"dcs \x1bPtmux;\x1b\x1b[8l\x1b\\ end", "dcs ␛ end"},
		{"apc \x1b_Gf=1;AAAA\x1b\\ pm \x1b^x\u009c sos \x1bXy\x07.", "apc ␛ pm ␛ sos ␛."},
		{"unterminated \x1b]0;title", "unterminated ␛0;title"},
		{"c1 \u009b2J csi, \u009d0;t\u009c osc, \u0085 nel", "c1 ␛ csi, ␛ osc, \uFFFD nel"},
		{"esc \x1bc reset \x1b(B charset \x1b", "esc ␛ reset ␛ charset ␛"},
		{"del\x7f nul\x00", "del␡ nul␀"},
		{"bad \xff\xc3 utf8", "bad \uFFFD\uFFFD utf8"},
		{"tab\tx", "tab x"},
		{"soft\u00adhyphen zw\u200bsp bom\ufeff", "softhyphen zwsp bom"},
		{"a\u2066b\u2069c\u2060d", "abcd"},
		{"num \u0600١٢", "num ⌗١٢"},
		{"end \u06dd", "end ⌗"},
	} {
		got := e.Layout(c.in, 80, LTR)[0].Text
		if got != c.want {
			t.Errorf("Layout(%q) = %q, want %q", c.in, got, c.want)
		}
		checkSafe(t, c.in, got)
	}
}

// TestShowControls: a Trojan-Source line shows its controls.
func TestShowControls(t *testing.T) {
	in := "if access != \"user\u202e \u2066// admin\u2069 \u2066\" {"
	plain := NewEngine(Options{NoBreak: true}).Layout(in, 80, Auto)[0].Text
	shown := NewEngine(Options{NoBreak: true, ShowControls: true}).Layout(in, 80, Auto)[0].Text
	for _, m := range []string{"⇇", "⟫", "⟧"} {
		if strings.Contains(plain, m) {
			t.Errorf("plain %q shows %s", plain, m)
		}
		if !strings.Contains(shown, m) {
			t.Errorf("ShowControls %q lacks %s", shown, m)
		}
	}
	checkSafe(t, "show-controls", shown)
	for r := rune(0); r < 0x110000; r++ {
		if stripped(r) || otherFormat(r) {
			m := controlMark(r)
			if w := runeWidth(m); w != 1 || ansi.StringWidth(string(m)) != 1 {
				t.Errorf("mark for U+%04X is %d cells", r, w)
			}
		}
	}
}

// TestWide: a wide character never overflows, even on a one-cell line.
func TestWide(t *testing.T) {
	e := NewEngine(Options{})
	for _, width := range []int{1, 2, 3, 5} {
		for _, s := range []string{"漢字かな交じり文", "a漢b", "عربي漢字", "👍🏽 ok", "x\u0301y\u0302"} {
			for i, ln := range e.Layout(s, width, Auto) {
				checkLine(t, fmt.Sprintf("%q width %d line %d", s, width, i), ln, width)
			}
		}
	}
	if got := e.Layout("漢", 1, Auto); len(got) != 1 || got[0].Text != "\uFFFD" {
		t.Errorf("漢 at width 1: %+v", got)
	}
	// Clusters counted differently are reduced to their first character.
	for in, want := range map[string]string{"👍🏽!": "👍!", "☺\ufe0f.": "☺."} {
		if got := e.Layout(in, 10, Auto)[0].Text; got != want {
			t.Errorf("Layout(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWrap(t *testing.T) {
	e := NewEngine(Options{NoPad: true})
	for _, c := range []struct {
		in    string
		width int
		want  []string
	}{
		{"the quick brown fox", 10, []string{"the quick ", "brown fox"}},
		{"supercalifragilistic", 8, []string{"supercal", "ifragili", "stic"}},
		{"a  b", 1, []string{"a", "b"}},
		{"", 10, []string{""}},
		// A trailing space that fits is kept: at the paragraph level, on the left.
		{"سلام عليكم", 5, []string{" ﻡﻼﺳ", "ﻢﻜﻴﻠﻋ"}},
		{"لا لا", 2, []string{" ﻻ", "ﻻ"}},
		{"لا لا", 3, []string{"ﻻ ﻻ"}},
		{"abc\u2028def", 80, []string{"abc\u2028", "def"}},
	} {
		var got []string
		for _, ln := range e.Layout(c.in, c.width, Auto) {
			got = append(got, ln.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Layout(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}

func TestFit(t *testing.T) {
	e := NewEngine(Options{})
	for _, c := range []struct {
		in    string
		width int
		dir   Direction
		want  string
	}{
		{"hello", 10, Auto, "hello"},
		{"hello world", 8, Auto, "hello w…"},
		{"hello", 1, Auto, "…"},
		{"مرحبا بالعالم", 8, Auto, "…ﺏ ﺎﺒﺣﺮﻣ"},
		{"مرحبا", 10, Auto, "     ﺎﺒﺣﺮﻣ"},
		{"漢字漢字", 5, Auto, "漢字…"},
	} {
		ln := e.Fit(c.in, c.width, c.dir)
		if ln.Text != c.want {
			t.Errorf("Fit(%q, %d) = %q, want %q", c.in, c.width, ln.Text, c.want)
		}
		checkLine(t, c.in, ln, c.width)
		if ln.Start != 0 || ln.End > len(c.in) {
			t.Errorf("Fit(%q): range [%d,%d)", c.in, ln.Start, ln.End)
		}
	}
}

func TestLogical(t *testing.T) {
	e := NewEngine(Options{Logical: true, NoShape: true})
	ln := e.Layout("אבג (abc)", 12, Auto)[0]
	if want := "אבג (abc)   "; ln.Text != want {
		t.Errorf("Logical: %q, want %q", ln.Text, want)
	}
}

func TestRender(t *testing.T) {
	e := NewEngine(Options{})
	br := func(s string) string { return "[" + s + "]" }
	para := "abc אבג def"
	ln := e.Layout(para, 20, LTR)[0]
	if got := ln.Render(nil); got != ln.Text {
		t.Errorf("Render(nil) = %q", got)
	}
	// The span "c אב" is logical; visually it is two pieces: "c " and "בא".
	got := ln.Render([]Span{{Start: 2, End: strings.Index(para, "ג"), Style: br}})
	if want := "ab[c ]ג[בא] def"; got != want {
		t.Errorf("Render = %q, want %q", got, want)
	}
	// Padding is never styled; a mark goes with its base.
	rtl := e.Layout("שָׁלוֹם", 10, Auto)[0]
	got = rtl.Render([]Span{{Start: 0, End: 100, Style: br}})
	if want := "      [" + strings.TrimLeft(rtl.Text, " ") + "]"; got != want {
		t.Errorf("RTL Render = %q, want %q", got, want)
	}
	// Only the first letter: the marks after it in the logical text are
	// its own, and stay in the same piece.
	got = rtl.Render([]Span{{Start: 0, End: 2, Style: br}})
	if !strings.HasSuffix(got, "[ש\u05b8\u05c1]") {
		t.Errorf("RTL Render of the first letter = %q", got)
	}
}

func TestCache(t *testing.T) {
	e := NewEngine(Options{})
	a := e.Layout("مرحبا بالعالم", 10, Auto)
	b := e.Layout("مرحبا بالعالم", 10, Auto)
	if &a[0] != &b[0] {
		t.Error("second Layout not served from the cache")
	}
	if c := e.Layout("مرحبا بالعالم", 11, Auto); &c[0] == &a[0] {
		t.Error("another width served the same lines")
	}
	for i := range 3 * cacheSize {
		e.Layout(fmt.Sprint(i), 10, Auto)
	}
	e.cache.mu.Lock()
	n := len(e.cache.cur) + len(e.cache.old)
	e.cache.mu.Unlock()
	if n > 2*cacheSize {
		t.Errorf("cache holds %d layouts", n)
	}
}

// TestMirrorFilter checks the shortcuts emit takes: mayMirror lets every
// mirrored character through, and none of them is of a class rule L1
// changes (so paragraph levels are the line's levels for mirroring).
func TestMirrorFilter(t *testing.T) {
	n := 0
	for r := rune(0); r < 0x110000; r++ {
		if _, ok := bidi.Mirror(r); !ok {
			continue
		}
		n++
		if !mayMirror(r) {
			t.Errorf("mayMirror(U+%04X) = false", r)
		}
		switch bidi.ClassOf(r) {
		case bidi.WS, bidi.S, bidi.B, bidi.BN, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
			t.Errorf("mirrored U+%04X has class %v", r, bidi.ClassOf(r))
		}
		if unicode.Is(unicode.Cf, r) {
			t.Errorf("mirrored U+%04X is a format character", r)
		}
	}
	if n < 300 {
		t.Errorf("only %d mirrored characters", n)
	}
}

// TestConcurrent: one engine shared by goroutines gives each the lines it
// would get alone (run with -race).
func TestConcurrent(t *testing.T) {
	var paras []string
	for _, ps := range corpusLines(t) {
		paras = append(paras, ps...)
	}
	want := map[string]string{}
	solo := NewEngine(Options{})
	for _, p := range paras {
		want[p] = joinTexts(solo.Layout(p, 50, Auto))
	}
	e := NewEngine(Options{})
	errs := make(chan string, 4)
	for g := range 4 {
		go func() {
			bad := ""
			for i := range paras {
				p := paras[(i*7+g)%len(paras)]
				if got := joinTexts(e.Layout(p, 50, Auto)); got != want[p] && bad == "" {
					bad = p
				}
				e.Fit(p, 30, RTL)
			}
			errs <- bad
		}()
	}
	for range 4 {
		if bad := <-errs; bad != "" {
			t.Errorf("concurrent layout differs for %q", bad)
		}
	}
}

func joinTexts(lines []Line) string {
	var b strings.Builder
	for _, ln := range lines {
		b.WriteString(ln.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestLineContent(t *testing.T) {
	e := NewEngine(Options{})
	for _, c := range []struct {
		s   string
		dir Direction
	}{{"مرحبا بالعالم", RTL}, {"hello", LTR}, {"مرحبا", Auto}, {"", RTL}} {
		ln := e.Fit(c.s, 30, c.dir)
		got, w := ln.Content()
		if w != Width(got) {
			t.Errorf("%q: width %d, measured %d", c.s, w, Width(got))
		}
		if strings.TrimSpace(got) != got {
			t.Errorf("%q: content %q keeps padding", c.s, got)
		}
		if c.s != "" && w == 0 {
			t.Errorf("%q: empty content", c.s)
		}
	}
}

// TestAutoRTL: in a right-to-left document each paragraph finds its own
// direction (P2/P3); the document's decides only those without a letter.
func TestAutoRTL(t *testing.T) {
	e := NewEngine(Options{})
	for _, c := range []struct {
		in   string
		dir  Direction
		rtl  bool
		want string
	}{
		// An English reference entry in an Arabic article: left to right,
		// the bullet first, the final period last.
		{"• Reuters. (2024, June 20). Pact [reuters.com].", AutoRTL, false, "• Reuters. (2024, June 20). Pact [reuters.com]."},
		{"• Reuters. (2024, June 20). Pact [reuters.com].", RTL, true, ".Reuters. (2024, June 20). Pact [reuters.com] •"},
		{"مرحبا (Reuters, 2024).", AutoRTL, true, ".(Reuters, 2024) ﺎﺒﺣﺮﻣ"},
		// No strong character: the document's direction.
		{"2024 - 2025.", AutoRTL, true, ".2025 - 2024"},
		{"2024 - 2025.", Auto, false, "2024 - 2025."},
		// Arabic first, whatever the fallback.
		{"مرحبا world", Auto, true, "world ﺎﺒﺣﺮﻣ"},
	} {
		ln := e.Layout(c.in, 80, c.dir)[0]
		if ln.RTL != c.rtl {
			t.Errorf("Layout(%q, %d): RTL %v, want %v", c.in, c.dir, ln.RTL, c.rtl)
		}
		if got, _ := ln.Content(); got != c.want {
			t.Errorf("Layout(%q, %d) = %q, want %q", c.in, c.dir, got, c.want)
		}
		checkLine(t, c.in, ln, 80)
	}
}

// TestURLs: a URL that fits on a line is not broken where UAX #14 allows
// (after "://", "/", "-"); a longer one is, at those places.
func TestURLs(t *testing.T) {
	e := NewEngine(Options{NoPad: true})
	for _, c := range []struct {
		in    string
		width int
		want  []string
	}{
		{"Europe https://www.swp-berlin.org.", 30, []string{"Europe ", "https://www.swp-berlin.org."}},
		{"says www.reuters.com/world/asia", 30, []string{"says ", "www.reuters.com/world/asia"}},
		{"see https://example.org/a/very/long/path", 20, []string{"see https://", "example.org/a/very/", "long/path"}},
		// Not a URL: "-" and "/" stay opportunities.
		{"swp-berlin and/or more", 12, []string{"swp-berlin ", "and/or more"}},
		{"xhttps://a.b/c", 8, []string{"xhttps:/", "/a.b/c"}},
		// In Arabic text the URL ends at the first Arabic letter.
		{"انظر https://www.reuters.com/world", 30, []string{" ﺮﻈﻧﺍ", "https://www.reuters.com/world"}},
	} {
		var got []string
		for _, ln := range e.Layout(c.in, c.width, Auto) {
			got = append(got, ln.Text)
			checkLine(t, c.in, ln, c.width)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Layout(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}
