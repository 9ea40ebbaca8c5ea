package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
	"golang.org/x/text/unicode/norm"

	"github.com/isnad/isnad/text/bidi"
)

// Options bits for the fuzzer.
func fuzzOptions(bits uint16) (Options, Direction) {
	o := Options{
		NoBreak:      bits&1 != 0,
		NoPad:        bits&2 != 0,
		NoMirror:     bits&4 != 0,
		NoShape:      bits&8 != 0,
		NoNSM:        bits&16 != 0,
		ShowControls: bits&32 != 0,
		Logical:      bits&64 != 0,
		TabWidth:     int(bits>>7) & 7,
		Kitty:        bits&(1<<12) != 0,
	}
	return o, Direction(bits>>10) & 3 // Auto, LTR, RTL, AutoRTL
}

func FuzzLayout(f *testing.F) {
	for _, s := range []string{
		"", "hello, world", "مرحبا بالعالم (Chatham House, 2024) نص",
		"\x1b[2J\x1b]52;c;aGk=\x07\u009b\x7f\x00", "bad \xff\xfe\xc3", "לא\tבית 123 abc",
		"if x \u202e\u2066// y\u2069\u2066 {", "لَا بلا ـبـ ب\u200dب\u200cب", "👍🏽 👨\u200d👩 ☺\ufe0f 🇸🇦",
		"漢字かな交じり", "\u0600١٢٣ \u06dd", "a\u0301 \u0301", strings.Repeat("word ", 50),
		"\u2028\u2029", "x\u00ady", "क्षि", "\ufeff\u200b",
		"שלום \ufe59x\ufe5a \ufe64\ufe65", // mirrored presentation forms
	} {
		f.Add(s, uint8(20), uint16(0))
		f.Add(s, uint8(3), uint16(0x2A5))
		f.Add(s, uint8(30), uint16(0x1C00)) // Kitty, AutoRTL
	}
	f.Fuzz(func(t *testing.T, s string, w uint8, bits uint16) {
		width := int(int8(w))
		o, dir := fuzzOptions(bits)
		e := NewEngine(o)
		lines := e.Layout(s, width, dir)
		width = max(width, 1)
		checkLines(t, o, s, width, lines)

		// The stream prints the same lines.
		var want strings.Builder
		for _, ln := range lines {
			want.WriteString(ln.Text)
			want.WriteByte('\n')
		}
		if got := string(NewStream(o).Append(nil, []byte(s), width, dir)); got != want.String() {
			t.Errorf("Stream %q, Layout %q", got, want.String())
		}

		fit := e.Fit(s, width, dir)
		checkLines(t, o, s, width, []Line{fit})

		// Plain printable ASCII that fits comes out as it is (left to
		// right: AutoRTL needs a letter for that).
		ltr := dir == Auto || dir == LTR || dir == AutoRTL && strings.ContainsFunc(s, isASCIILetter)
		if ltr && len(s) <= width && !o.Logical && plainASCII(s) {
			if len(lines) != 1 || lines[0].Text != s {
				t.Errorf("plain %q laid out as %+v", s, lines)
			}
		}

		// Every character shows once, up to NFKD and mirroring.
		o.NoBreak, o.NoPad = true, true
		one := NewEngine(o).Layout(s, width, dir)
		if len(one) != 1 {
			t.Fatalf("NoBreak gave %d lines", len(one))
		}
		checkCharacters(t, o, s, one[0].Text)
	})
}

func checkLines(t *testing.T, o Options, s string, width int, lines []Line) {
	t.Helper()
	if len(lines) == 0 {
		t.Fatal("no lines")
	}
	for i, ln := range lines {
		ctx := fmt.Sprintf("line %d of %d", i+1, len(lines))
		checkSafe(t, ctx, ln.Text)
		g, wc, rw := ansi.StringWidth(ln.Text), ansi.StringWidthWc(ln.Text), runewidth.StringWidth(ln.Text)
		if g != wc || wc != rw {
			t.Errorf("%s: widths disagree: %d/%d/%d %q", ctx, g, wc, rw, ln.Text)
		}
		if !o.NoBreak && g > width {
			t.Errorf("%s: %d cells, width %d: %q", ctx, g, width, ln.Text)
		}
		if ln.Width != g {
			t.Errorf("%s: Width %d, measured %d: %q", ctx, ln.Width, g, ln.Text)
		}
		if ln.Start < 0 || ln.Start > ln.End || ln.End > len(s) || i > 0 && ln.Start != lines[i-1].End {
			t.Errorf("%s: range [%d,%d) of %d bytes", ctx, ln.Start, ln.End, len(s))
		}
		// Render only adds styling around pieces of Text.
		mark := func(p string) string { return "\x00" + p + "\x01" }
		r := ln.Render([]Span{{ln.Start, (ln.Start + ln.End) / 2, mark}, {0, len(s), mark}})
		if strings.NewReplacer("\x00", "", "\x01", "").Replace(r) != ln.Text {
			t.Errorf("%s: Render %q of %q", ctx, r, ln.Text)
		}
	}
}

func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7E {
			return false
		}
	}
	return true
}

// checkCharacters: the multiset of characters printed (decomposed,
// mirrored pairs counted as one) is the input's, once sanitized, with the
// stripped characters gone and the number signs and (ShowControls) format
// characters as their marks. Clusters that the width counts disagree on
// lose characters or become U+FFFD, so for those only "nothing added" is
// checked.
func checkCharacters(t *testing.T, o Options, s, out string) {
	t.Helper()
	var want []rune
	exact := true
	for _, r := range sanitizedRunes(s) {
		exact = exact && simple(r)
		p, k := o.display(r)
		switch k {
		case kTab:
			for range o.tabWidth() {
				want = append(want, ' ')
			}
		case kPrint:
			want = append(want, p)
		}
	}
	count := func(rs []rune) map[rune]int {
		m := map[rune]int{}
		for _, r := range norm.NFKD.String(string(rs)) {
			if m2, ok := bidi.Mirror(r); ok && m2 < r {
				r = m2
			}
			if r != ' ' || exact { // padding and hanging spaces aside
				m[r]++
			}
		}
		return m
	}
	got, exp := count([]rune(out)), count(want)
	for r, n := range got {
		if n > exp[r] && !(r == tooWide && !exact) {
			t.Errorf("U+%04X printed %d times, %d in the input: %q → %q", r, n, exp[r], s, out)
		}
	}
	if !exact {
		return
	}
	for r, n := range exp {
		if got[r] != n {
			t.Errorf("U+%04X printed %d times, want %d: %q → %q", r, got[r], n, s, out)
		}
	}
	if !utf8.ValidString(out) {
		t.Errorf("invalid UTF-8 out")
	}
}

// sanitizedRunes is s as the engine's decoder sees it: each escape sequence
// one Escape, every other rune sanitized.
func sanitizedRunes(s string) []rune {
	var out []rune
	var sc seqScan
	for i := 0; i < len(s); {
		if end, _ := seqEnd(&sc, s, i); end > i {
			out = append(out, Escape)
			i = end
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, sanitize(r))
		i += n
	}
	return out
}
