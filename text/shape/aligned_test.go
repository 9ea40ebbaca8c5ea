package shape

import (
	"slices"
	"testing"
)

// referenceAligned is Aligned as first written: one pass, a branch for
// each decision. The faster loops must give exactly what it gives.
func referenceAligned[Level ~uint8](dst, text []rune, levels []Level) {
	d := dst[:len(text)]
	var (
		saved      = -1
		savedLevel = -1
		savedPrev  bool
		joins      bool
	)
	form := func(r rune, prev, next bool) rune {
		k := uint(r - formsLo)
		if k >= uint(len(forms)) {
			return r
		}
		i := 0
		if prev {
			i = 1
		}
		if next {
			i += 2
		}
		if f := forms[k][i]; f != 0 {
			return rune(f)
		}
		return r
	}
	for i, r := range text {
		d[i] = r
		p := props(r)
		lv := -1
		if p&anyLevel == 0 {
			lv = 1
			if levels != nil {
				lv = int(levels[i])
			}
		}
		if joins && lv != savedLevel && lv >= 0 && savedLevel >= 0 {
			joins = false
		}
		if p&typeMask == uint8(Transparent) {
			continue
		}
		prev := joins && p&joinsPreceding != 0
		if saved >= 0 {
			if prev && saved == i-1 && text[saved] == lam && lv%2 == 1 && lv == savedLevel {
				if l, ok := lamAlefFor(r); ok {
					d[saved], d[i] = Absorbed, l.isolated
					if savedPrev {
						d[i] = l.final
					}
					saved, joins = -1, false
					continue
				}
			}
			d[saved] = form(text[saved], savedPrev, prev)
		}
		saved, savedLevel, savedPrev = i, lv, prev
		joins = p&joinsFollowing != 0
	}
	if saved >= 0 {
		d[saved] = form(text[saved], savedPrev, false)
	}
}

// checkAligned compares Aligned and alignedLevels with referenceAligned.
func checkAligned(t *testing.T, text []rune, levels []uint8) {
	t.Helper()
	var buf [3][8]rune
	want, got, got2 := buf[0][:0], buf[1][:0], buf[2][:0]
	if len(text) > 8 {
		want, got, got2 = nil, nil, nil
	}
	want = slices.Grow(want, len(text))[:len(text)]
	got = slices.Grow(got, len(text))[:len(text)]
	got2 = slices.Grow(got2, len(text))[:len(text)]
	referenceAligned(want, text, levels)
	Aligned(got, text, levels)
	alignedLevels(got2, text, levels)
	if !slices.Equal(got, want) || !slices.Equal(got2, want) {
		t.Fatalf("Aligned(%s, %v) = %s, alignedLevels %s, want %s", hexs(text), levels, hexs(got), hexs(got2), hexs(want))
	}
}

// alignedPalette holds a rune of each kind the loops tell apart: lam and
// the alefs of the ligatures, dual- and right-joining letters, non-joining
// ones, join-causing tatweel and ZWJ, ZWNJ, marks, explicit formatting
// characters and BN (at every level), spaces, Latin and a letter of
// another script that joins (Syriac).
var alignedPalette = []rune{
	lam, 0x0627, 0x0622, 0x0628, 0x062F, 0x0621, 0x0640, 0x200D, 0x200C,
	0x064E, 0x202B, 0x00AD, 0x200E, ' ', 'a', 0x0712,
}

// TestLamAlefSorted: lamAlefFor's quick rejection needs the table sorted.
func TestLamAlefSorted(t *testing.T) {
	if !slices.IsSortedFunc(lamAlef[:], func(a, b ligature) int { return int(a.alef - b.alef) }) {
		t.Error("lamAlef not sorted by alef")
	}
}

// TestAlignedExhaustive runs every sequence of up to four runes of the
// palette, at one level (nil) and at every mix of levels 1–3.
func TestAlignedExhaustive(t *testing.T) {
	n := len(alignedPalette)
	for length := 0; length <= 4; length++ {
		text := make([]rune, length)
		levels := make([]uint8, length)
		for code := range pow(n, length) {
			for i, c := 0, code; i < length; i, c = i+1, c/n {
				text[i] = alignedPalette[c%n]
			}
			checkAligned(t, text, nil)
			for lcode := range pow(3, length) {
				for i, c := 0, lcode; i < length; i, c = i+1, c/3 {
					levels[i] = uint8(1 + c%3)
				}
				checkAligned(t, text, levels)
			}
		}
	}
}

func pow(b, e int) int {
	v := 1
	for range e {
		v *= b
	}
	return v
}

// FuzzAligned: the three loops agree on any text and levels.
func FuzzAligned(f *testing.F) {
	for _, s := range []string{"", "لا", "بلَا", "ب\u200dب\u200cب", "ـبـ", "abc", "\u202bب\u202c", "\xff\xfe", "السلام عليكم (Hello) ١٢"} {
		f.Add(s, []byte{1, 1, 2, 3})
		f.Add(s, []byte(nil))
	}
	f.Fuzz(func(t *testing.T, s string, lv []byte) {
		text := []rune(s)
		var levels []uint8
		if len(lv) > 0 {
			levels = make([]uint8, len(text))
			for i := range levels {
				levels[i] = lv[i%len(lv)] % 126
			}
		}
		checkAligned(t, text, levels)
	})
}
