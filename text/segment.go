package text

import (
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
	"github.com/rivo/uniseg"

	"github.com/isnad/isnad/text/shape"
)

// cluster is one grapheme cluster of the shaped paragraph, in logical order.
type cluster struct {
	g1    int32 // glyph after it (it starts where the previous one ends)
	w     int32 // printed width
	space bool  // a plain space: may hang past the end of a line
	brk   uint8 // line break after it: brkNone, brkCan, brkMust
}

const (
	brkNone = iota
	brkCan
	brkMust
)

// segment splits the glyphs into grapheme clusters, with the UAX #14 line
// break opportunities after each when lines is set (none inside a URL
// narrower than width, see keepURLs).
//
// Widths must come out as renderers and terminals count them: x/ansi and
// go-runewidth cut clusters with clipperhouse/uax29 (newer rules than
// uniseg's, e.g. Indic conjuncts) and look at what is printed (no format
// characters). A paragraph of simple characters (letters and their marks,
// CJK…) needs none of that: uniseg's clusters are theirs.
func (l *layouter) segment(lines bool, width int) {
	l.seg = l.seg[:0]
	for _, g := range l.glyphs {
		if g != shape.Absorbed {
			l.seg = utf8.AppendRune(l.seg, g)
		}
	}
	if lines {
		l.breaks()
		l.keepURLs(width)
	}
	l.clusters = l.clusters[:0]
	if l.complex {
		l.segmentPrinted(lines)
		return
	}
	rest, state, g := l.seg, -1, 0
	for len(rest) > 0 {
		var c []byte
		c, rest, _, state = uniseg.FirstGraphemeCluster(rest, state)
		g0 := g
		for n := utf8.RuneCount(c); n > 0; g++ {
			if l.glyphs[g] != shape.Absorbed {
				n-- // an absorbed lam goes with its ligature's cluster
			}
		}
		w := 0
		for _, x := range l.glyphs[g0:g] {
			w += l.glyphWidth(x)
		}
		cl := cluster{g1: int32(g), w: int32(w), space: len(c) == 1 && c[0] == ' '}
		if lines {
			cl.brk = l.brkAt[g-1]
		}
		l.clusters = append(l.clusters, cl)
	}
}

// breaks fills brkAt, per glyph, with the UAX #14 line break opportunity
// after it, found by uniseg on the glyphs themselves (format characters
// such as ZWSP and WJ matter to UAX #14).
func (l *layouter) breaks() {
	l.brkAt = grow(l.brkAt, len(l.glyphs))
	clear(l.brkAt)
	rest, state, g := l.seg, -1, 0
	for len(rest) > 0 {
		var seg []byte
		var must bool
		seg, rest, must, state = uniseg.FirstLineSegment(rest, state)
		for n := utf8.RuneCount(seg); n > 0; g++ {
			if l.glyphs[g] != shape.Absorbed {
				n--
			}
		}
		l.brkAt[g-1] = brkCan
		// "Must" only after a line or paragraph separator (controls are
		// pictures by now): uniseg 0.4.7 also says "must" after an emoji
		// with a modifier followed by "!", and at the end of the text.
		if r, _ := utf8.DecodeLastRune(seg); must && (r == 0x2028 || r == 0x2029) {
			l.brkAt[g-1] = brkMust
		}
	}
}

// segmentPrinted cuts the printed text (TAB as itself) into clusters as the
// renderers do; characters not printed go with the cluster after them.
func (l *layouter) segmentPrinted(lines bool) {
	// The printed text, and the glyph of each of its bytes.
	l.pr, l.prg = l.pr[:0], l.prg[:0]
	for g, x := range l.glyphs {
		out, k := l.o.display(x)
		switch k {
		case kHide:
			continue
		case kTab:
			out = '\t'
		}
		n := len(l.pr)
		l.pr = utf8.AppendRune(l.pr, out)
		for range len(l.pr) - n {
			l.prg = append(l.prg, int32(g))
		}
	}
	it := graphemes.FromBytes(l.pr)
	for it.Next() {
		first, last := int(l.prg[it.Start()]), int(l.prg[it.End()-1])
		c := cluster{g1: int32(last + 1), w: int32(l.printedWidth(it.Value(), first, last))}
		c.space = len(it.Value()) == 1 && it.Value()[0] == ' '
		if lines {
			// Any opportunity between this cluster's last printed glyph and
			// the next one's first.
			next := len(l.glyphs)
			if it.End() < len(l.prg) {
				next = int(l.prg[it.End()])
			}
			for _, b := range l.brkAt[last:next] {
				c.brk = max(c.brk, b)
			}
		}
		l.clusters = append(l.clusters, c)
	}
	switch n := len(l.clusters); {
	case n == 0 && len(l.glyphs) > 0: // nothing printed at all
		l.clusters = append(l.clusters, cluster{g1: int32(len(l.glyphs)), brk: brkMust})
	case n > 0:
		l.clusters[n-1].g1 = int32(len(l.glyphs)) // trailing hidden glyphs
	}
}

// printedWidth is the width of cluster c, printed by glyphs first..last.
// A cluster that renderers and terminals count differently (an emoji with a
// skin tone: 2 cells as a grapheme, 4 by wcwidth) cannot be printed safely:
// it is reduced to its first character, or replaced.
func (l *layouter) printedWidth(c []byte, first, last int) int {
	if len(c) == 1 && c[0] == '\t' {
		return l.o.tabWidth()
	}
	all := true
	for _, r := range string(c) {
		all = all && simple(r)
	}
	if all {
		w := 0
		for _, r := range string(c) {
			w += runeWidth(r)
		}
		return w
	}
	if w, ok := agreedWidth(string(c)); ok {
		return w
	}
	for g := first + 1; g <= last; g++ {
		l.flag(g, gHidden)
	}
	if w, ok := agreedWidth(l.printed(first, first+1)); ok {
		return w
	}
	l.flag(first, gSubst)
	return runeWidth(tooWide)
}

// printed returns what glyphs[g0:g1] print as.
func (l *layouter) printed(g0, g1 int) string {
	var b []byte
	for _, g := range l.glyphs[g0:g1] {
		switch out, k := l.o.display(g); k {
		case kPrint:
			b = utf8.AppendRune(b, out)
		case kTab:
			b = appendSpaces(b, l.o.tabWidth())
		}
	}
	return string(b)
}

// flag sets flag f on glyph g.
func (l *layouter) flag(g int, f uint8) {
	if !l.flagged {
		l.gflag = grow(l.gflag, len(l.glyphs))
		clear(l.gflag)
		l.flagged = true
	}
	l.gflag[g] |= f
}
