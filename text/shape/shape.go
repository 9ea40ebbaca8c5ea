// Package shape joins Arabic letters into their presentation forms
// (Unicode blocks Arabic Presentation Forms-A and -B), so that a terminal,
// which draws one glyph per cell and knows nothing of cursive joining,
// shows connected Arabic.
//
// Shaping runs on logical text, before reordering, and follows fribidi's
// rules so that isnad's output matches the fribidi command:
//   - joining types come from ArabicShaping.txt; transparent characters
//     (marks, most format characters) are skipped when looking for a
//     neighbour; tatweel and ZWJ are join-causing, ZWNJ breaks a join;
//   - letters only join within one embedding level: a change of resolved
//     level breaks the join, except at explicit formatting characters and
//     BN, which are at every level;
//   - the eight lam-alef ligatures replace two adjacent letters at the same
//     right-to-left level by one glyph, with no placeholder left behind
//     (fribidi leaves U+FEFF; a terminal may give that a cell). As in
//     fribidi, a mark between lam and alef (لَا) prevents the ligature: the
//     two letters are then shaped as initial lam and final alef.
//
// Letters Unicode has no presentation form for (e.g. U+06BA initial) are
// left as they are.
package shape

import "slices"

//go:generate go run gen.go

// JoiningType is a character's Joining_Type (ArabicShaping.txt).
type JoiningType uint8

// Joining types. The values are those of the generated tables.
const (
	NonJoining   JoiningType = iota // U
	RightJoining                    // R: joins the preceding letter only (alef, dal, reh, waw…)
	LeftJoining                     // L
	DualJoining                     // D
	JoinCausing                     // C: tatweel, ZWJ
	Transparent                     // T: marks, skipped when looking for a neighbour
)

// Property bits of the generated tables, above the joining type. anyLevel
// flags explicit formatting characters and BN: fribidi treats them as being
// at every embedding level, so they never break a join by level.
const (
	typeMask       = 7
	anyLevel       = 1 << 3
	joinsPreceding = 1 << 4 // R, D, C
	joinsFollowing = 1 << 5 // L, D, C
)

// everyLevel is the level of characters with anyLevel in the shaping
// loop; embedding levels never exceed 126.
const everyLevel uint8 = 0xFF

type propRange struct {
	lo, hi rune
	p      uint8
}

type ligature struct {
	alef, isolated, final rune
}

const lam = 0x0644

func props(r rune) uint8 {
	if uint32(r) < uint32(len(lowProps)) {
		return lowProps[r]
	}
	return highPropsOf(r)
}

// highPropsOf is props from U+0900 on: a binary search, kept out of line
// so that the shaping loop stays small.
//
//go:noinline
func highPropsOf(r rune) uint8 {
	if r < 0 {
		return 0
	}
	lo, hi := 0, len(highProps)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch pr := &highProps[m]; {
		case r < pr.lo:
			hi = m
		case r > pr.hi:
			lo = m + 1
		default:
			return pr.p
		}
	}
	return 0
}

// Joining returns r's joining type.
func Joining(r rune) JoiningType { return JoiningType(props(r) & typeMask) }

// Forms returns r's presentation forms, 0 where Unicode has none.
func Forms(r rune) (isolated, final, initial, medial rune) {
	if !Shapes(r) {
		return 0, 0, 0, 0
	}
	f := &forms[r-formsLo]
	return rune(f[0]), rune(f[1]), rune(f[2]), rune(f[3])
}

// Shapes reports whether r has presentation forms, i.e. whether Shape may
// change it. Text without such a rune comes out of Shape unchanged.
func Shapes(r rune) bool {
	return r >= formsLo && r < formsLo+rune(len(forms)) && forms[r-formsLo][0] != 0
}

// Absorbed is what Aligned writes in place of a lam that a lam-alef
// ligature took in. It is not a character: it must never be printed.
const Absorbed rune = -1

// Shape appends to dst the shaped form of text, a paragraph in logical
// order, and to idx, for each rune appended, the index in text of the rune
// it stands for. A lam-alef ligature stands for the alef, and the lam just
// before has no rune of its own: placing the glyph where the alef goes keeps
// the alef's marks after it once a line is reordered (as fribidi does), and
// each appended rune covers the runes of text from the previous one's index
// (excluded) to its own (included). levels[i] is the resolved embedding
// level of text[i] (bidi.Level, before rule L1); nil means one
// right-to-left level for the whole text.
func Shape[Level ~uint8](dst []rune, idx []int32, text []rune, levels []Level) ([]rune, []int32) {
	start := len(dst)
	dst = slices.Grow(dst, len(text))[:start+len(text)]
	Aligned(dst[start:], text, levels)
	w := start
	for i, g := range dst[start:] {
		if g != Absorbed {
			dst[w] = g
			idx = append(idx, int32(i))
			w++
		}
	}
	return dst[:w], idx
}

// Aligned is Shape with the output aligned on the input: it writes to
// dst[i] (len(dst) >= len(text)) the glyph of text[i], Absorbed for a lam
// merged into the ligature written at the alef that follows it. A layout
// engine can then keep one index for a character and its glyph.
func Aligned[Level ~uint8](dst, text []rune, levels []Level) {
	if levels == nil {
		alignedRTL(dst[:len(text)], text)
		return
	}
	alignedLevels(dst[:len(text)], text, levels)
}

// alignedRTL is Aligned for text at one right-to-left level (nil levels):
// alignedLevels without the levels, which makes it faster, as is most
// Arabic text. Whether a letter joins changes at every word: the loop is
// written for few variables and few unpredictable branches.
func alignedRTL(d, text []rune) {
	d = d[:len(text)] // no bounds checks on d[i]
	// Each letter is written as it is, and given its form once the next
	// non-transparent character (or the end) says whether it joins forward.
	var (
		saved     = -1 // index of the last non-transparent character
		savedRune rune // text[saved]
		savedPrev bool // it joins the character before it
		joins     bool // it joins forward
	)
	for i, r := range text {
		d[i] = r
		p := props(r)
		if p&typeMask == uint8(Transparent) {
			continue
		}
		jp := p&joinsPreceding != 0 // first, so that && does not branch
		prev := joins && jp
		if saved >= 0 {
			if savedRune == lam && prev && saved == i-1 {
				if l, ok := lamAlefFor(r); ok {
					d[saved], d[i] = Absorbed, l.isolated
					if savedPrev {
						d[i] = l.final
					}
					saved, joins = -1, false // the ligature joins nothing after it
					continue
				}
			}
			d[saved] = finish(savedRune, savedPrev, prev)
		}
		saved, savedRune, savedPrev = i, r, prev
		joins = p&joinsFollowing != 0
	}
	if saved >= 0 {
		d[saved] = finish(savedRune, savedPrev, false)
	}
}

// alignedLevels is Aligned whatever the levels (nil: one right-to-left
// level). A change of level breaks the join.
func alignedLevels[Level ~uint8](d, text []rune, levels []Level) {
	var (
		saved      = -1 // index of the last non-transparent character
		savedRune  rune // text[saved]
		savedLevel = everyLevel
		savedPrev  bool // it joins the character before it
		joins      bool // it joins forward, and nothing broke that yet
	)
	for i, r := range text {
		d[i] = r
		p := props(r)
		lv := uint8(1)
		if levels != nil {
			lv = uint8(levels[i])
		}
		if p&anyLevel != 0 {
			lv = everyLevel // explicit formatting and BN
		}
		if lv != savedLevel && lv != everyLevel && savedLevel != everyLevel {
			joins = false // a change of level breaks the join, marks included
		}
		if p&typeMask == uint8(Transparent) {
			continue
		}
		jp := p&joinsPreceding != 0 // first, so that && does not branch
		prev := joins && jp
		if saved >= 0 {
			if savedRune == lam && prev && saved == i-1 && lv%2 == 1 && lv == savedLevel {
				if l, ok := lamAlefFor(r); ok {
					d[saved], d[i] = Absorbed, l.isolated
					if savedPrev {
						d[i] = l.final
					}
					saved, joins = -1, false // the ligature joins nothing after it
					continue
				}
			}
			d[saved] = finish(savedRune, savedPrev, prev)
		}
		saved, savedRune, savedLevel, savedPrev = i, r, lv, prev
		joins = p&joinsFollowing != 0
	}
	if saved >= 0 {
		d[saved] = finish(savedRune, savedPrev, false)
	}
}

// finish returns r's form for the given joins, or r when there is none.
// It compiles to conditional moves, not branches: whether a letter joins
// changes at every word.
func finish(r rune, prev, next bool) rune {
	k := uint(r - formsLo)
	in := k < uint(len(forms))
	form := formOrSelf[k*uint(bit(in))][bit(prev)|bit(next)<<1] // row 0 when out
	if !in {
		form = r
	}
	return form
}

// formOrSelf is forms with the letter itself where Unicode has no form.
// Each row is in the order isolated, final (joins the previous letter),
// initial (joins the next), medial (both).
var formOrSelf = func() (t [len(forms)][4]rune) {
	for k, row := range forms {
		for i, f := range row {
			t[k][i] = rune(f)
			if f == 0 {
				t[k][i] = formsLo + rune(k)
			}
		}
	}
	return t
}()

// bit is 1 for true; it compiles to nothing.
func bit(b bool) uint8 {
	var x uint8
	if b {
		x = 1
	}
	return x
}

// lamAlefFor returns the ligature of lam with alef.
func lamAlefFor(alef rune) (*ligature, bool) {
	if alef < lamAlef[0].alef || alef > lamAlef[len(lamAlef)-1].alef {
		return nil, false // most letters after a lam (lamAlef is sorted)
	}
	for i := range lamAlef {
		if lamAlef[i].alef == alef {
			return &lamAlef[i], true
		}
	}
	return nil, false
}
