package text

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"
)

// settle checks a printed line of a paragraph with complex characters, and
// repairs it if needed. Clusters are measured in logical order, but
// reordering can put a character after a different neighbour: a lone skin
// tone modifier at the start of a right-to-left paragraph ends up after
// whatever is visually before it, and "0🏽" is 1 cell as a grapheme, 3 by
// wcwidth. Each visual cluster the three counts disagree on is reduced to
// its first character, or replaced; then the padding is redone, and settle
// reports true. Lines of simple characters never need this (TestSimple).
// Padding goes before the content of a right-to-left line, so a first
// cluster counted otherwise after a space (a lone skin tone modifier: " 🏽"
// is 1 cell as a grapheme, 3 by wcwidth) is replaced too.
func (l *layouter) settle(ln *lineRec, width, contentStart int) bool {
	content := string(l.buf[contentStart:])
	padBefore := l.rtl() && !l.o.NoPad && !l.o.Logical
	if w, ok := agreedWidth(content); ok && w == int(ln.width) && !(padBefore && w < width && joinsSpace(content)) {
		return false
	}
	fixed, newOff, total := fixClusters(content, false)
	if padBefore && total < width && joinsSpace(string(fixed)) {
		fixed, newOff, total = fixClusters(content, true)
	}
	pad := 0
	if l.rtl() && !l.o.NoPad && total < width {
		pad = width - total
	}
	l.buf = l.buf[:ln.text0]
	if !l.o.Logical {
		l.buf = appendSpaces(l.buf, pad)
	}
	start := len(l.buf)
	l.buf = append(l.buf, fixed...)
	if l.o.Logical {
		l.buf = appendSpaces(l.buf, pad)
	}
	// Render's map: move the pieces kept, drop the others.
	w := int(ln.map0)
	for _, v := range l.vmap[ln.map0:] {
		if o := newOff[int(v.out)-contentStart]; o >= 0 {
			v.out = int32(start) + o
			l.vmap[w] = v
			w++
		}
	}
	l.vmap = l.vmap[:w]
	ln.width, ln.padded = int32(total), int32(total+pad)
	return true
}

// fixClusters returns content with each cluster the three ways of
// counting disagree on reduced to its first character, or replaced (the
// first cluster always, with replaceFirst), its width, and where each byte
// of content went (-1: dropped).
func fixClusters(content string, replaceFirst bool) (fixed []byte, newOff []int32, total int) {
	newOff = make([]int32, len(content))
	it := graphemes.FromString(content)
	for it.Next() {
		c, a := it.Value(), it.Start()
		keep := c
		w, ok := agreedWidth(c)
		if !ok {
			_, size := utf8.DecodeRuneInString(c)
			keep = c[:size]
			if w, ok = agreedWidth(keep); !ok {
				keep, w = "", runeWidth(tooWide)
			}
		}
		if a == 0 && replaceFirst {
			keep, w = "", runeWidth(tooWide)
		}
		for i := range c {
			newOff[a+i] = -1
			if i < len(keep) {
				newOff[a+i] = int32(len(fixed) + i)
			}
		}
		if keep == "" {
			newOff[a] = int32(len(fixed))
			fixed = utf8.AppendRune(fixed, tooWide)
		} else {
			fixed = append(fixed, keep...)
		}
		total += w
	}
	return fixed, newOff, total
}

// joinsSpace reports whether a space before s changes how s is counted:
// its first cluster takes the space in, and a way of counting no longer
// adds one cell for it. (A space before s moves no other cluster boundary.)
func joinsSpace(s string) bool {
	it := graphemes.FromString(s)
	if !it.Next() {
		return false
	}
	c := it.Value()
	sc := " " + c
	return ansi.StringWidth(sc) != 1+ansi.StringWidth(c) ||
		ansi.StringWidthWc(sc) != 1+ansi.StringWidthWc(c) ||
		cond.StringWidth(sc) != 1+cond.StringWidth(c)
}
