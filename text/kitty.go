package text

import (
	"slices"
	"unicode"

	"github.com/isnad/isnad/text/shape"
)

// kitty 0.26 reorders right-to-left text by itself, word by word. It cuts
// each row into runs of cells between spaces (a space is drawn by a blank
// font, which ends a run; so does a change of font) and shapes each run with
// HarfBuzz, letting HarfBuzz guess the run's direction from its first
// character of a script (Common and Inherited characters — digits,
// punctuation, marks — do not count). A run guessed right-to-left comes out
// reversed, cluster by cluster, with its brackets mirrored. Measured under
// Xvfb (kitty 0.26.5, DejaVu Sans Mono): the model predicted every cell of
// the test rows.
//
// So, with Options.Kitty, each word of a finished visual line whose last
// character of a script is right-to-left is sent reversed, and mirrored
// where HarfBuzz will mirror it: kitty's own reversal turns it back into
// the visual line. Presentation forms keep their shapes (HarfBuzz does not
// join them again). Combining marks (harakat, tanween, shadda) of such a
// word are left out: kitty 0.26.5 draws a mark there in a cell of its own,
// over a letter of the word (كتابٌ shows as كابٌ, also with plain cat), so
// the word reads right only without them.
//
// Limits: a word mixing scripts without a space between them (Arabic letters
// directly followed by Latin ones) cannot come out right either way; and
// with a font whose Arabic comes from a fallback font, runs also break
// between Arabic letters and the punctuation next to them, which then
// stays in place.

// kittyWords reverses, in l.order (one visual line), the words kitty will
// reverse, and notes their glyphs in l.flipped.
func (l *layouter) kittyWords() {
	l.flipped = grow(l.flipped, len(l.glyphs))
	clear(l.flipped)
	l.styleAs = grow(l.styleAs, len(l.glyphs))
	order := l.order
	for a := 0; a < len(order); {
		if l.blank(order[a]) {
			a++
			continue
		}
		b := a
		for b < len(order) && !l.blank(order[b]) {
			b++
		}
		if l.rtlWord(order[a:b]) {
			l.reverseClusters(order[a:b])
			for _, i := range order[a:b] {
				l.flipped[i] = true
			}
		}
		a = b
	}
}

// blank reports glyphs kitty draws as blank cells: spaces, and TAB, which
// is printed as spaces.
func (l *layouter) blank(i int) bool {
	g := l.glyphs[i]
	if g == ' ' {
		return true
	}
	_, k := l.o.display(g)
	return k == kTab
}

// rtlWord reports whether the last character of a script in the word (in
// visual order) is of a right-to-left script: once reversed, it is the
// first, from which HarfBuzz guesses the direction.
func (l *layouter) rtlWord(word []int) bool {
	for _, i := range slices.Backward(word) {
		g := l.glyphs[i]
		if g == shape.Absorbed || g < 0x80 && !isASCIILetter(g) {
			continue
		}
		if rtlScript(g) {
			return true
		}
		if !unicode.In(g, unicode.Common, unicode.Inherited) && unicode.IsGraphic(g) {
			return false
		}
	}
	return false
}

func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// rtlScript reports the scripts HarfBuzz writes right to left (the common
// ones; hb_script_get_horizontal_direction lists a few historic others).
func rtlScript(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana,
		unicode.Nko, unicode.Samaritan, unicode.Mandaic, unicode.Adlam, unicode.Hanifi_Rohingya,
		unicode.Yezidi)
}

// reverseClusters reverses word (glyph indexes, visual order) cluster by
// cluster: a glyph printed with no width (a combining mark), or not printed
// at all, stays after the glyph before it.
//
// kitty moves glyphs, not the cells' colours: the k-th cell of the word
// keeps the style sent for it. So the glyphs sent k-th are styled as the
// k-th cluster of the visual line (styleAs), which kitty shows there.
func (l *layouter) reverseClusters(word []int) {
	l.kbuf = append(l.kbuf[:0], word...)
	l.kfirst = l.kfirst[:0] // first glyph of each cluster, visual order
	for k, i := range l.kbuf {
		if k == 0 || !l.attached(i) {
			l.kfirst = append(l.kfirst, i)
		}
	}
	out := word[:0]
	c := 0
	for end := len(l.kbuf); end > 0; c++ {
		start := end - 1
		for start > 0 && l.attached(l.kbuf[start]) {
			start--
		}
		for _, i := range l.kbuf[start:end] {
			l.styleAs[i] = int32(l.kfirst[c])
		}
		out = append(out, l.kbuf[start:end]...)
		end = start
	}
}

// attached reports glyphs that go with the cell before them.
func (l *layouter) attached(i int) bool {
	g := l.glyphs[i]
	if g == shape.Absorbed {
		return true
	}
	if l.flagged && l.gflag[i]&gHidden != 0 {
		return true
	}
	out, k := l.o.display(g)
	return k == kHide || k == kPrint && runeWidth(out) == 0
}
