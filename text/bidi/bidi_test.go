package bidi

import (
	"slices"
	"strings"
	"testing"

	xbidi "golang.org/x/text/unicode/bidi"
)

func TestClassOf(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want Class
	}{
		{'a', L}, {'א', R}, {'ب', AL}, {'1', EN}, {'۳', EN}, {'+', ES}, {'$', ET}, {'%', ET},
		{'٣', AN}, {0x0600, AN}, {',', CS}, {'،', CS}, {0x064E, NSM}, {0x0300, NSM},
		{0x200D, BN}, {0x00AD, BN}, {'\n', B}, {0x2029, B}, {'\t', S}, {' ', WS}, {'!', ON},
		{'(', ON}, {0x202A, LRE}, {0x202D, LRO}, {0x202B, RLE}, {0x202E, RLO}, {0x202C, PDF},
		{0x2066, LRI}, {0x2067, RLI}, {0x2068, FSI}, {0x2069, PDI}, {0x200E, L}, {0x200F, R},
		{0x061C, AL}, {0xFEFB, AL}, {0x1F600, ON}, {0x4E00, L},
		// Unassigned: the defaults of DerivedBidiClass.txt.
		{0x07B2, AL}, {0x05FF, R}, {0x0378, L},
		// Invalid: LookupRune sees U+FFFD.
		{-1, ON}, {0xD800, ON}, {0x110000, ON}, {0x7FFFFFFF, ON},
	} {
		if got := ClassOf(tc.r); got != tc.want {
			t.Errorf("ClassOf(%U) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

func TestClassString(t *testing.T) {
	for c, want := range map[Class]string{L: "L", AL: "AL", NSM: "NSM", PDI: "PDI", Class(200): "Class(200)"} {
		if got := c.String(); got != want {
			t.Errorf("Class(%d).String() = %q, want %q", uint8(c), got, want)
		}
	}
}

// The generated bracket table must agree with what x/text says of each
// rune, as classify takes isBracket from x/text and the pair from the
// table.
func TestBracketTableMatchesXText(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		p, _ := xbidi.LookupRune(r)
		b, ok := lookupBracket(r)
		if ok != p.IsBracket() || ok && b.open != p.IsOpeningBracket() {
			t.Errorf("%U: table says bracket %v open %v, x/text %v %v", r, ok, b.open, p.IsBracket(), p.IsOpeningBracket())
		}
		if ok {
			back, ok2 := lookupBracket(b.pair)
			if !ok2 || back.pair != r || back.open == b.open {
				t.Errorf("%U: pair %U does not pair back", r, b.pair)
			}
		}
	}
}

func TestMirror(t *testing.T) {
	for _, tc := range []struct {
		r, want rune
		ok      bool
	}{
		{'(', ')', true}, {')', '(', true}, {'<', '>', true}, {'}', '{', true},
		{'«', '»', true}, {'»', '«', true}, {'≤', '≥', true}, {0x2329, 0x232A, true},
		{0x3008, 0x3009, true}, {0xFF08, 0xFF09, true}, {0x2208, 0x220B, true},
		{'a', 'a', false}, {'ب', 'ب', false}, {'-', '-', false}, {-5, -5, false},
	} {
		got, ok := Mirror(tc.r)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Mirror(%U) = %U, %v; want %U, %v", tc.r, got, ok, tc.want, tc.ok)
		}
	}
	if !slices.IsSorted(mirrorRunes[:]) || !slices.IsSorted(bracketRunes[:]) {
		t.Error("generated tables not sorted")
	}
	// In Unicode 15.0 every mirroring pair goes both ways.
	for _, r := range mirrorRunes {
		if m, _ := Mirror(r); m == r {
			t.Errorf("Mirror(%U) has no glyph", r)
		} else if back, _ := Mirror(m); back != r {
			t.Errorf("Mirror(Mirror(%U)) = %U", r, back)
		}
	}
}

// resolve is a test helper: the levels after L1 of text as one line.
func resolve(t *testing.T, text string, dir Direction) ([]Level, *Paragraph) {
	t.Helper()
	var p Paragraph
	runes := []rune(text)
	p.Resolve(runes, dir)
	return p.LineLevels(0, len(runes), nil), &p
}

func levelsOf(s string) []Level {
	var out []Level
	for _, f := range strings.Fields(s) {
		out = append(out, Level(f[0]-'0'))
	}
	return out
}

// Rules where an implementation easily goes wrong, each with a case
// worked out by hand from UAX #9.
func TestRules(t *testing.T) {
	const (
		lre, rle, pdf = "\u202A", "\u202B", "\u202C"
		lri, rli, fsi = "\u2066", "\u2067", "\u2068"
		pdi, rlo      = "\u2069", "\u202E"
	)
	for _, tc := range []struct {
		name string
		text string
		dir  Direction
		want string // levels after L1, one digit per rune
	}{
		{"P2 skips isolates", lri + "א" + pdi + "a", Auto, "0 3 0 0"},
		{"P3 no strong is LTR", "1 !", Auto, "0 0 0"},
		{"P2 first strong R", "!א a", Auto, "1 1 1 2"},
		{"AutoRTL: P3 no strong is RTL", "1 !", AutoRTL, "2 1 1"},
		{"AutoRTL: first strong L wins", "!a א", AutoRTL, "0 0 0 1"},
		{"AutoRTL: first strong R", "!א a", AutoRTL, "1 1 1 2"},
		{"AutoRTL skips isolates", lri + "א" + pdi + "a", AutoRTL, "0 3 0 0"},
		{"AutoRTL: only an isolate is RTL", lri + "a" + pdi, AutoRTL, "1 2 1"},
		{"W2 EN after AL is AN, so W4 leaves ES", "ب1+2", RTL, "1 2 1 2"},
		{"W4 CS between EN", "א 1,2", Auto, "1 1 2 2 2"},
		{"W4 CS between AN", "ب١,٢", RTL, "1 2 2 2"},
		{"W5 ET before EN", "א $1", Auto, "1 1 2 2"},
		{"W5 ET after EN", "א1$ב", LTR, "1 2 2 1"},
		{"W7 EN after L", "a 1", RTL, "2 2 2"},
		{"W1 NSM after PDI is neutral", "א " + lri + "a" + pdi + "\u0300", RTL, "1 1 1 2 1 1"},
		{"N1 numbers count as R", "א 1 !ב", LTR, "1 1 2 1 1 1"},
		{"N2 embedding direction", "a ! א", LTR, "0 0 0 0 1"},
		{"N0 brackets take inside direction", "א(a)", RTL, "1 1 2 1"},
		{"N0 brackets with context", "a(b)", RTL, "2 2 2 2"},
		{"N0 no strong inside", "a(!)ב", RTL, "2 1 1 1 1"},
		{"N0 NSM after bracket", "a(b)\u0300", RTL, "2 2 2 2 2"},
		{"N0 canonical equivalents", "a\u2329b\u3009", RTL, "2 2 2 2"},
		{"N0 canonical equivalents, other way", "a\u3008b\u232A", RTL, "2 2 2 2"},
		{"X9 removed take previous level", "a" + rle + "b" + pdf + "c", LTR, "0 0 2 2 0"},
		{"X6 override; L1 resets a trailing PDF", rlo + "ab" + pdf, LTR, "0 1 1 0"},
		{"FSI takes first strong inside", fsi + "א" + pdi, LTR, "0 1 0"},
		{"unmatched isolate ends at paragraph end", "a" + rli + "b", LTR, "0 0 2"},
		{"X8 B closes embeddings", rle + "a\nb", LTR, "0 2 0 0"},
		{"L1 trailing whitespace", "א a ", RTL, "1 1 2 1"},
		{"L1 whitespace before tab", "a \tb", RTL, "2 1 1 2"},
	} {
		got, _ := resolve(t, tc.text, tc.dir)
		if want := levelsOf(tc.want); !slices.Equal(got, want) {
			t.Errorf("%s: %+q: levels %v, want %v", tc.name, tc.text, got, want)
		}
	}
}

// BD16 pairs at most 63 open brackets at once: past that, pairing stops
// for the rest of the sequence. "a(b)" in a right-to-left paragraph pairs
// its brackets to L; unpaired, ")" is between L and eos, so R.
func TestBracketStackLimit(t *testing.T) {
	for _, tc := range []struct {
		open int
		want Level
	}{{62, 2}, {63, 1}} {
		text := "a" + strings.Repeat("[", tc.open) + "(b)"
		got, _ := resolve(t, text, RTL)
		if l := got[len(got)-1]; l != tc.want {
			t.Errorf("%d open brackets before (b): ')' at level %d, want %d", tc.open, l, tc.want)
		}
	}
}

func TestOverflow(t *testing.T) {
	for _, ctrl := range []string{"\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068"} {
		text := strings.Repeat(ctrl+"a1א", 200)
		levels, p := resolve(t, text, Auto)
		for i, l := range p.Levels() {
			if l > maxDepth+1 || levels[i] > maxDepth+1 {
				t.Fatalf("%+q: level %d at %d", ctrl, l, i)
			}
		}
		if m := slices.Max(p.Levels()); m < maxDepth-1 {
			t.Errorf("%+q×200: deepest level %d, want about %d", ctrl, m, maxDepth)
		}
	}
}

// Past depth 125 an embedding overflows, and the PDF closing it must pop
// nothing (X7 counts overflow embeddings).
func TestOverflowEmbeddingCount(t *testing.T) {
	var b strings.Builder
	for i := range maxDepth {
		b.WriteString([2]string{"\u202B", "\u202A"}[i%2]) // RLE, LRE, … up to level 125
	}
	b.WriteString("\u202A\u202Ca") // an LRE that overflows, its PDF, then a
	levels, _ := resolve(t, b.String(), LTR)
	if got := levels[len(levels)-1]; got != maxDepth+1 {
		t.Errorf("a after an overflowing LRE and its PDF: level %d, want %d", got, maxDepth+1)
	}
}

func TestRemoved(t *testing.T) {
	_, p := resolve(t, "a\u202Bb\u200Dc\u202C\u2067", LTR)
	want := []bool{false, true, false, true, false, true, false}
	for i, w := range want {
		if p.Removed(i) != w {
			t.Errorf("Removed(%d) = %v, want %v", i, p.Removed(i), w)
		}
	}
	if !slices.Equal(p.Classes(), []Class{L, RLE, L, BN, L, PDF, RLI}) {
		t.Errorf("Classes() = %v", p.Classes())
	}
}

func TestVisualOrder(t *testing.T) {
	for _, tc := range []struct {
		name       string
		text       string
		dir        Direction
		start, end int
		flags      Flags
		want       []int
	}{
		{"LTR", "abc", Auto, 0, 3, 0, []int{0, 1, 2}},
		{"RTL", "אבג", Auto, 0, 3, 0, []int{2, 1, 0}},
		{"number in RTL", "א 12", Auto, 0, 4, 0, []int{2, 3, 1, 0}},
		{"nested levels", "a אב 12 ג", LTR, 0, 9, 0, []int{0, 1, 8, 7, 5, 6, 4, 3, 2}},
		{"line of a paragraph", "אב גד", RTL, 3, 5, 0, []int{4, 3}},
		{"marks reversed without L3", "בַת", RTL, 0, 3, 0, []int{2, 1, 0}},
		{"L3 mark after base", "בַת", RTL, 0, 3, ReorderNSM, []int{2, 0, 1}},
		{"L3 several marks", "בְּת", RTL, 0, 4, ReorderNSM, []int{3, 0, 1, 2}},
		{"L3 BN between marks", "ب\u064E\u200D\u0651ت", RTL, 0, 5, ReorderNSM, []int{4, 0, 1, 2, 3}},
		{"L3 BN after last mark stays", "ب\u064E\u200Cت", RTL, 0, 4, ReorderNSM, []int{3, 2, 0, 1}},
		{"L3 leaves LTR alone", "a\u0301b", LTR, 0, 3, ReorderNSM, []int{0, 1, 2}},
		{"L3 mark without base", "\u064Eب", RTL, 0, 1, ReorderNSM, []int{0}},
		{"clamped bounds", "ab", LTR, -3, 9, 0, []int{0, 1}},
		{"empty line", "ab", LTR, 1, 1, 0, []int{}},
	} {
		var p Paragraph
		p.Resolve([]rune(tc.text), tc.dir)
		got := p.VisualOrder(tc.start, tc.end, tc.flags, nil)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %+q [%d:%d]: order %v, want %v", tc.name, tc.text, tc.start, tc.end, got, tc.want)
		}
	}
}

func TestLineLevels(t *testing.T) {
	var p Paragraph
	text := []rune("אב גד הו")
	p.Resolve(text, LTR)
	// Each line's trailing whitespace takes the paragraph level.
	if got, want := p.LineLevels(0, 3, nil), []Level{1, 1, 0}; !slices.Equal(got, want) {
		t.Errorf("first line: %v, want %v", got, want)
	}
	if got, want := p.LineLevels(3, 8, nil), []Level{1, 1, 1, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("second line: %v, want %v", got, want)
	}
}

func TestEmpty(t *testing.T) {
	var p Paragraph
	p.Resolve(nil, RTL)
	if p.BaseLevel() != 1 || len(p.Levels()) != 0 || len(p.VisualOrder(0, 0, ReorderNSM, nil)) != 0 || len(p.LineLevels(0, 5, nil)) != 0 {
		t.Error("empty paragraph")
	}
	p.ResolveClasses([]Class{Class(99), L}, Auto)
	if !slices.Equal(p.Classes(), []Class{ON, L}) {
		t.Errorf("invalid class kept: %v", p.Classes())
	}
}

func TestNoAllocations(t *testing.T) {
	text := []rune("وقّع الرئيس (Vladimir Putin) في 19 يونيو 2024 \u2067معاهدة\u2069 [1].")
	var p Paragraph
	var order []int
	var levels []Level
	run := func() {
		for _, dir := range []Direction{Auto, LTR, RTL} {
			p.Resolve(text, dir)
			levels = p.LineLevels(3, 40, levels)
			order = p.VisualOrder(3, 40, ReorderNSM, order)
		}
	}
	run()
	if n := testing.AllocsPerRun(100, run); n != 0 {
		t.Errorf("%v allocations per run once buffers have grown", n)
	}
}

// TestUniform: the fast path's finding, which shaping relies on to skip
// the levels.
func TestUniform(t *testing.T) {
	for _, tc := range []struct {
		text string
		dir  Direction
		want bool
	}{
		{"مرحبا، بالعالم!", Auto, true},
		{"hello, world", Auto, true},
		{"مرحبا 2024", Auto, false},
		{"مرحبا world", Auto, false},
		{"hello", RTL, false},
		{"a\u202bb", LTR, false},
	} {
		var p Paragraph
		p.Resolve([]rune(tc.text), tc.dir)
		if p.Uniform() != tc.want {
			t.Errorf("%q: Uniform() = %v", tc.text, p.Uniform())
		}
		if p.Uniform() {
			for i, l := range p.Levels() {
				if l != p.BaseLevel() {
					t.Errorf("%q: uniform, but level %d at %d", tc.text, l, i)
				}
			}
		}
	}
}
