package text

import (
	"unicode/utf8"

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
func (l *layouter) settle(ln *lineRec, width, contentStart int) bool {
	content := string(l.buf[contentStart:])
	if w, ok := agreedWidth(content); ok && w == int(ln.width) {
		return false
	}
	newOff := make([]int32, len(content)) // old byte → new byte, -1: dropped
	var fixed []byte
	total := 0
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
