package shape

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func parseHex(t *testing.T, s string) []rune {
	t.Helper()
	var rs []rune
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseUint(f, 16, 32)
		if err != nil {
			t.Fatalf("bad code point %q: %v", f, err)
		}
		rs = append(rs, rune(v))
	}
	return rs
}

func hexs(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%04X", r)
	}
	return b.String()
}

// logicalFromVisual undoes fribidi's reordering of a single right-to-left
// run: clusters (a character and the marks after it) in reverse order. It
// also drops the U+FEFF fribidi leaves after a lam-alef ligature.
func logicalFromVisual(vis []rune) []rune {
	var clusters [][]rune
	for _, r := range vis {
		switch {
		case r == 0xFEFF:
		case unicode.Is(unicode.Mn, r) && len(clusters) > 0:
			clusters[len(clusters)-1] = append(clusters[len(clusters)-1], r)
		default:
			clusters = append(clusters, []rune{r})
		}
	}
	slices.Reverse(clusters)
	return slices.Concat(clusters...)
}

// TestGolden checks every joining letter in every context, and the special
// cases, against what fribidi printed (scripts/gen-shape-golden.sh).
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/forms.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	n := 0
	for s.Scan() {
		line := s.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, " ; ")
		if len(fields) != 4 {
			t.Fatalf("bad golden line %q", line)
		}
		in, tool, out, what := parseHex(t, fields[0]), fields[1], parseHex(t, fields[2]), fields[3]
		want := out
		if tool == "fribidi" {
			want = logicalFromVisual(out)
		}
		got, idx := Shape[uint8](nil, nil, in, nil)
		if !slices.Equal(got, want) {
			t.Errorf("%s: Shape(%s) = %s, want %s (%s)", what, hexs(in), hexs(got), hexs(want), tool)
		}
		checkIndex(t, in, got, idx)
		n++
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 300 {
		t.Fatalf("only %d golden cases", n)
	}
}

// checkIndex checks that idx covers text in order, each output rune ending
// the run of input runes it stands for.
func checkIndex(t *testing.T, text, out []rune, idx []int32) {
	t.Helper()
	if len(idx) != len(out) {
		t.Fatalf("%d runes but %d indexes", len(out), len(idx))
	}
	prev := int32(-1)
	for k, i := range idx {
		switch {
		case i <= prev:
			t.Fatalf("index %d after %d", i, prev)
		case i > prev+1 && !(i == prev+2 && text[prev+1] == lam):
			t.Fatalf("output rune %d skips input %d..%d", k, prev+1, i-1)
		}
		prev = i
	}
	if len(text) > 0 && int(prev) != len(text)-1 {
		t.Fatalf("indexes end at %d, text has %d runes", prev, len(text))
	}
}

// TestForms checks the generated table against Unicode's own decompositions:
// each form of a letter decomposes (NFKC) to that letter.
func TestForms(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		iso, fin, ini, med := Forms(r)
		if !Shapes(r) {
			if iso|fin|ini|med != 0 {
				t.Errorf("U+%04X: forms without Shapes", r)
			}
			continue
		}
		n++
		for _, f := range []rune{iso, fin, ini, med} {
			if f == 0 {
				continue
			}
			if d, want := norm.NFKC.String(string(f)), norm.NFKC.String(string(r)); d != want {
				t.Errorf("U+%04X: form U+%04X decomposes to %s", r, f, hexs([]rune(d)))
			}
		}
		switch Joining(r) {
		case DualJoining, RightJoining, LeftJoining:
		default:
			t.Errorf("U+%04X: forms for a non-joining letter", r)
		}
	}
	// 28 basic letters and their hamza/madda variants, plus Persian, Urdu, Sindhi…
	if n < 70 {
		t.Errorf("only %d letters with forms", n)
	}
}

func TestJoiningTypes(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want JoiningType
	}{
		{'a', NonJoining}, {' ', NonJoining}, {0x0621, NonJoining}, {0x0627, RightJoining},
		{0x0628, DualJoining}, {0x0640, JoinCausing}, {0x200D, JoinCausing}, {0x200C, NonJoining},
		{0x064E, Transparent}, {0x0670, Transparent}, {0x200F, Transparent}, {0x202B, Transparent},
		{0x06CC, DualJoining}, {0x06C0, RightJoining}, {0x0710, RightJoining}, {0xA872, LeftJoining},
		{0x1E900, DualJoining}, {0x0301, Transparent}, {0x0600, NonJoining},
	} {
		if got := Joining(c.r); got != c.want {
			t.Errorf("Joining(U+%04X) = %d, want %d", c.r, got, c.want)
		}
	}
}

// TestLevels checks that letters do not join across a change of embedding
// level, except across explicit formatting characters and BN, and that the
// ligature needs both letters at one right-to-left level.
func TestLevels(t *testing.T) {
	const (
		beh, alef, rle, pdf, lrm, fatha = 0x0628, 0x0627, 0x202B, 0x202C, 0x200E, 0x064E
	)
	for _, c := range []struct {
		text   []rune
		levels []uint8
		want   []rune
	}{
		// ب RLE ب PDF ب: the middle letter is at level 3; fribidi prints three isolated behs.
		{[]rune{beh, rle, beh, pdf, beh}, []uint8{1, 1, 3, 3, 1}, []rune{0xFE8F, rle, 0xFE8F, pdf, 0xFE8F}},
		// Explicit characters are at every level: they do not break the join.
		{[]rune{beh, rle, pdf, beh}, []uint8{1, 1, 1, 1}, []rune{0xFE91, rle, pdf, 0xFE90}},
		{[]rune{beh, rle, pdf, beh}, []uint8{1, 9, 9, 1}, []rune{0xFE91, rle, pdf, 0xFE90}},
		// A transparent character at another level (LRM is at level 2) breaks it.
		{[]rune{beh, lrm, beh}, []uint8{1, 2, 1}, []rune{0xFE8F, lrm, 0xFE8F}},
		{[]rune{beh, fatha, beh}, []uint8{1, 1, 1}, []rune{0xFE91, fatha, 0xFE90}},
		// Lam-alef only at one odd level.
		{[]rune{lam, alef}, []uint8{1, 1}, []rune{0xFEFB}},
		{[]rune{lam, alef}, []uint8{2, 2}, []rune{0xFEDF, 0xFE8E}},
		{[]rune{lam, alef}, []uint8{1, 3}, []rune{0xFEDD, 0xFE8D}},
	} {
		got, idx := Shape(nil, nil, c.text, c.levels)
		if !slices.Equal(got, c.want) {
			t.Errorf("Shape(%s, %v) = %s, want %s", hexs(c.text), c.levels, hexs(got), hexs(c.want))
		}
		checkIndex(t, c.text, got, idx)
	}
}

// TestAppend checks that Shape appends after what dst and idx already hold.
func TestAppend(t *testing.T) {
	dst, idx := []rune{'x'}, []int32{7}
	dst, idx = Shape[uint8](dst, idx, []rune{0x0628, 0x0644, 0x0627}, nil)
	if want := []rune{'x', 0xFE91, 0xFEFC}; !slices.Equal(dst, want) {
		t.Errorf("got %s, want %s", hexs(dst), hexs(want))
	}
	if want := []int32{7, 0, 2}; !slices.Equal(idx, want) {
		t.Errorf("idx = %v, want %v", idx, want)
	}
}

func BenchmarkShape(b *testing.B) {
	text := []rune(strings.Repeat("تحالفات غير متوقعة: ماذا يعني تقارب روسيا وكوريا الشمالية؟ ", 20))
	levels := make([]uint8, len(text))
	for i := range levels {
		levels[i] = 1
	}
	var dst []rune
	var idx []int32
	b.SetBytes(int64(len(string(text))))
	b.ReportAllocs()
	for b.Loop() {
		dst, idx = Shape(dst[:0], idx[:0], text, levels)
	}
}

// FuzzShape: Shape and Aligned agree, indexes cover the text, and shaping
// only ever changes a letter into one of its forms (NFKC gives it back).
func FuzzShape(f *testing.F) {
	for _, s := range []string{"", "لا", "بلَا", "ب\u200dب\u200cب", "ـبـ", "abc", "\u202bب\u202c", "\xff\xfe"} {
		f.Add(s, []byte{1, 1, 2, 3})
	}
	f.Fuzz(func(t *testing.T, s string, lv []byte) {
		text := []rune(s)
		var levels []uint8
		if len(lv) > 0 {
			levels = make([]uint8, len(text))
			for i := range levels {
				levels[i] = lv[i%len(lv)] % 4
			}
		}
		out, idx := Shape(nil, nil, text, levels)
		checkIndex(t, text, out, idx)
		aligned := make([]rune, len(text))
		Aligned(aligned, text, levels)
		k := 0
		for i, g := range aligned {
			if g == Absorbed {
				if text[i] != lam {
					t.Fatalf("absorbed U+%04X", text[i])
				}
				continue
			}
			if out[k] != g || int(idx[k]) != i {
				t.Fatalf("Shape and Aligned differ at %d", i)
			}
			k++
			if g != text[i] && norm.NFKC.String(string(g)) != norm.NFKC.String(string(text[i])) {
				if !(text[i] != lam && i > 0 && aligned[i-1] == Absorbed) {
					t.Fatalf("U+%04X shaped as U+%04X", text[i], g)
				}
			}
		}
	})
}
