package text

import (
	"unicode/utf8"

	"github.com/isnad/isnad/text/bidi"
	"github.com/isnad/isnad/text/shape"
)

// layouter runs the pipeline on one paragraph at a time and keeps its
// buffers from one paragraph to the next, so that a stream of paragraphs
// (isnad cat) allocates nothing once warmed up. The Engine and cat share it.
// Not safe for concurrent use.
type layouter struct {
	o   Options
	par bidi.Paragraph

	// The paragraph, sanitized, in logical order.
	runes []rune
	offs  []int32 // byte offset of each rune in the paragraph, then its length
	// What the paragraph needs, found while decoding.
	needBidi, needShape, complex bool
	levels                       []bidi.Level // nil when everything is at level 0
	base                         bidi.Level

	// Glyphs: the shaped runes, or the runes themselves; glyph i is the
	// glyph of rune i, shape.Absorbed for a lam whose lam-alef ligature is
	// at i+1.
	glyphs  []rune
	shaped  []rune
	gflag   []uint8 // per glyph, set by wrap
	flagged bool    // some gflag is set

	seg      []byte  // glyphs as UTF-8, for segmentation
	pr       []byte  // what they print, for segmentation
	prg      []int32 // glyph of each byte of pr
	brkAt    []uint8 // line break after each glyph
	clusters []cluster

	// Output: lines, their text and their visual→logical maps.
	lines   []lineRec
	buf     []byte
	vmap    []vpos
	wantMap bool // fill vmap (Render needs it, a stream does not)
	newline bool // end each line in buf with '\n' (a stream)
	order   []int

	// Options.Kitty: glyphs of the words sent reversed, the glyph whose
	// style each of them takes (see reverseClusters), and scratch.
	kittyLine bool // the line being emitted went through kittyWords
	flipped   []bool
	styleAs   []int32
	kbuf      []int
	kfirst    []int
}

const (
	gHidden uint8 = 1 << iota // glyph not printed (rest of a replaced cluster)
	gSubst                    // glyph printed as tooWide
)

type lineRec struct {
	g0, g1       int32 // glyphs shown
	start, end   int32 // logical byte range
	text0, text1 int32 // in buf
	map0, map1   int32 // in vmap
	width        int32 // content, without padding
	padded       int32 // width once padded
}

// vpos maps a printed piece of Line.Text to the paragraph.
type vpos struct {
	out, log int32 // byte offsets in Text and in the paragraph
	attach   bool  // zero-width: styled with the piece before it
}

// What a paragraph needs, found while decoding: one bit per rune kind.
const (
	needBidi  uint8 = 1 << iota // a rune that may be right-to-left
	needShape                   // an Arabic letter with presentation forms
	isComplex                   // a rune that is not simple
)

// needs returns what rune r adds to have (the needs found so far), looking
// up only what is not known yet. ASCII (once sanitized) needs nothing.
func needs(r rune, have uint8) uint8 {
	if have&needBidi == 0 && r >= 0x0590 {
		switch bidi.ClassOf(r) {
		case bidi.R, bidi.AL, bidi.AN, bidi.RLE, bidi.RLO, bidi.RLI:
			have |= needBidi
		}
	}
	if have&needShape == 0 && shape.Shapes(r) {
		have |= needShape
	}
	if have&isComplex == 0 && !simple(r) {
		have |= isComplex
	}
	return have
}

// twoByteNeeds caches needs for the runes UTF-8 encodes in two bytes
// (Latin, Greek, Cyrillic, Hebrew, Arabic…), most of what isnad reads.
var twoByteNeeds = func() (t [0x800]uint8) {
	for r := range t {
		t[r] = needs(rune(r), 0)
	}
	return t
}()

// decode sanitizes para into runes and notes what the paragraph needs.
// Byte offsets are only needed to wrap or to map lines back (offs).
func (l *layouter) decode(para string, offs bool) {
	// At most one rune per byte: write by index into storage of that size.
	runes := grow(l.runes, len(para))
	var need uint8
	n := 0
	for i := 0; i < len(para); n++ {
		c := para[i]
		if c < utf8.RuneSelf {
			r := rune(c)
			if c < 0x20 || c == 0x7F {
				if c == 0x1B {
					l.decodeEscapes(para, offs)
					return
				}
				r = sanitize(r)
			}
			runes[n] = r
			i++
			continue
		}
		if c < 0xE0 && c >= 0xC2 && i+1 < len(para) && para[i+1]&0xC0 == 0x80 {
			// Two bytes (Arabic, Hebrew, Latin…): most of what we see. C1
			// controls, which sanitize changes, take the general path.
			if r := rune(c&0x1F)<<6 | rune(para[i+1]&0x3F); r >= 0xA0 {
				need |= twoByteNeeds[r]
				runes[n] = r
				i += 2
				continue
			}
		}
		if k, _ := introducer(para, i); k != seqNone {
			l.decodeEscapes(para, offs)
			return
		}
		r, size := utf8.DecodeRuneInString(para[i:])
		r = sanitize(r)
		need = needs(r, need)
		runes[n] = r
		i += size
	}
	l.runes = runes[:n]
	l.needBidi, l.needShape, l.complex = need&needBidi != 0, need&needShape != 0, need&isComplex != 0
	if offs {
		// A range loop steps as DecodeRuneInString does, as the loop above
		// does: one offset per rune.
		offsets := grow(l.offs, n+1)[:0]
		for i := range para {
			offsets = append(offsets, int32(i))
		}
		l.offs = append(offsets, int32(len(para)))
	}
}

// decodeEscapes is decode for a paragraph holding escape sequences: each
// becomes one rune, Escape, whose offset is the sequence's start, so the
// offsets are worked out with the runes.
func (l *layouter) decodeEscapes(para string, offs bool) {
	runes := grow(l.runes, len(para))
	offsets := grow(l.offs, len(para)+1)[:0]
	var sc seqScan
	var need uint8
	n := 0
	for i := 0; i < len(para); n++ {
		offsets = append(offsets, int32(i))
		if end, _ := seqEnd(&sc, para, i); end > i {
			runes[n] = Escape
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(para[i:])
		r = sanitize(r)
		need = needs(r, need)
		runes[n] = r
		i += size
	}
	l.runes = runes[:n]
	l.needBidi, l.needShape, l.complex = need&needBidi != 0, need&needShape != 0, need&isComplex != 0
	if offs {
		l.offs = append(offsets, int32(len(para)))
	}
}

// resolve runs the bidi algorithm (unless nothing in the paragraph can be
// right-to-left, which leaves every character at level 0) and shaping.
func (l *layouter) resolve(dir Direction) {
	l.levels, l.base = nil, 0
	if dir == RTL || dir == AutoRTL {
		l.needBidi = true // the paragraph level may be 1 without any RTL character
	}
	if l.needBidi {
		l.par.Resolve(l.runes, dir)
		l.levels, l.base = l.par.Levels(), l.par.BaseLevel()
	}
	l.glyphs = l.runes
	if l.needShape && !l.o.NoShape {
		l.shaped = grow(l.shaped, len(l.runes))
		levels := l.levels
		if l.needBidi && l.par.Uniform() && l.base == 1 {
			levels = nil // one right-to-left level: shaping goes faster so
		}
		shape.Aligned(l.shaped, l.runes, levels)
		l.glyphs = l.shaped
	}
	if l.flagged {
		clear(l.gflag)
		l.flagged = false
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// logStart returns the byte offset of the text glyph k shows: a lam-alef
// ligature starts at its lam.
func (l *layouter) logStart(k int) int32 {
	if k > 0 && l.glyphs[k-1] == shape.Absorbed {
		k--
	}
	return l.offs[k]
}

// glyphWidth is the printed width of glyph g.
func (l *layouter) glyphWidth(g rune) int {
	if enc := plainUTF8(g); enc != 0 {
		return plainWidth(enc)
	}
	out, k := l.o.display(g)
	switch k {
	case kTab:
		return l.o.tabWidth()
	case kHide:
		return 0
	}
	return runeWidth(out)
}

// paragraph lays out para, into lines of at most width cells or, with
// nobreak, into one line, and appends them to buf (and vmap). measure asks
// for line widths even when padding does not need them.
func (l *layouter) paragraph(para string, width int, dir Direction, nobreak, measure bool) {
	width = max(width, 1)
	l.decode(para, !nobreak || measure || l.wantMap)
	l.resolve(dir)
	l.lines = l.lines[:0]
	if nobreak {
		ln := lineRec{g0: 0, g1: int32(len(l.glyphs)), start: 0, end: int32(len(para))}
		switch {
		case measure, l.complex: // complex: clusters may need reducing
			ln.width = int32(l.measure(-1))
		case l.rtl() && !l.o.NoPad:
			ln.width = int32(l.measure(width)) // only padding needs it
		}
		l.lines = append(l.lines, ln)
	} else {
		l.wrap(width)
	}
	for i := range l.lines {
		l.emit(&l.lines[i], width)
	}
}

func (l *layouter) rtl() bool { return l.base%2 == 1 }

// measure returns the printed width of the whole paragraph or, when limit
// is not negative, some value above limit as soon as it is known to exceed it.
func (l *layouter) measure(limit int) int {
	if !l.complex {
		w := 0
		for _, g := range l.glyphs {
			w += l.glyphWidth(g)
			if limit >= 0 && w > limit {
				return w
			}
		}
		return w
	}
	l.segment(false, 0)
	w := 0
	for _, c := range l.clusters {
		w += int(c.w)
	}
	return w
}

// emit writes line ln in visual order (or logical order with Logical), padded
// on the left to width when the paragraph is right-to-left.
func (l *layouter) emit(ln *lineRec, width int) {
	ln.text0, ln.map0 = int32(len(l.buf)), int32(len(l.vmap))
	r0, r1 := int(ln.g0), int(ln.g1)
	pad := 0
	if l.rtl() && !l.o.NoPad && int(ln.width) < width {
		pad = width - int(ln.width)
	}
	if !l.o.Logical {
		l.buf = appendSpaces(l.buf, pad)
	}
	contentStart := len(l.buf)
	stream := !l.wantMap && !l.flagged
	if l.needBidi && !l.o.Logical {
		flags := bidi.ReorderNSM
		if l.o.NoNSM && !l.o.Kitty {
			flags = 0
		}
		l.order = l.par.VisualOrder(r0, r1, flags, l.order)
		// Mirroring needs the line's levels, but rule L1 only changes those
		// of whitespace, separators and format characters, none of which
		// has a mirror: the paragraph's levels do.
		mirror := !l.o.NoMirror
		switch {
		case l.o.Kitty:
			l.kittyWords()
			l.kittyLine = true
			for _, i := range l.order {
				// kitty mirrors a word it reverses: send what it turns
				// into the glyph wanted.
				odd := l.levels[i]%2 == 1 != l.flipped[i]
				l.put(i, mirror && odd)
			}
			l.kittyLine = false
		case stream:
			l.buf = l.appendVisual(l.buf, mirror)
		default:
			for _, i := range l.order {
				l.put(i, mirror && l.levels[i]%2 == 1)
			}
		}
	} else if stream {
		l.buf = l.appendLogical(l.buf, r0, r1)
	} else {
		for i := r0; i < r1; i++ {
			l.put(i, false)
		}
	}
	ln.padded = ln.width + int32(pad)
	if !l.complex || !l.settle(ln, width, contentStart) {
		if l.o.Logical {
			l.buf = appendSpaces(l.buf, pad)
		}
	}
	ln.text1, ln.map1 = int32(len(l.buf)), int32(len(l.vmap))
	if l.newline {
		l.buf = append(l.buf, '\n')
	}
}

// put prints rune i's glyph, mirrored when odd.
func (l *layouter) put(i int, odd bool) {
	g := l.glyphs[i]
	if g == shape.Absorbed {
		return // lam, printed with its alef as one ligature
	}
	if odd && mayMirror(g) {
		g, _ = bidi.Mirror(g)
	}
	if l.flagged {
		if f := l.gflag[i]; f&gHidden != 0 {
			return
		} else if f&gSubst != 0 {
			g = tooWide
		}
	}
	out, kd := l.o.display(g)
	if kd == kHide {
		return
	}
	if l.kittyLine && l.flipped[i] && kd == kPrint && runeWidth(out) == 0 {
		return // a mark kitty would draw over a letter (kitty.go)
	}
	if l.wantMap {
		styled := i
		if l.kittyLine && l.flipped[i] {
			styled = int(l.styleAs[i])
		}
		l.vmap = append(l.vmap, vpos{
			out:    int32(len(l.buf)),
			log:    l.logStart(styled),
			attach: kd == kPrint && runeWidth(out) == 0,
		})
	}
	if kd == kTab {
		l.buf = appendSpaces(l.buf, l.o.tabWidth())
		return
	}
	if out < utf8.RuneSelf {
		l.buf = append(l.buf, byte(out))
		return
	}
	l.buf = utf8.AppendRune(l.buf, out)
}

// mayMirror filters out, cheaply, runes that have no mirror: above all the
// Arabic letters and presentation forms that make up most of a line.
func mayMirror(r rune) bool {
	switch {
	case r < 0x0600:
		return true
	case r < 0x2000:
		return r >= 0x0F3A && r <= 0x0F3D || r == 0x169B || r == 0x169C
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return false
	}
	return true
}

func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}
