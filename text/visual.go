package text

import (
	"encoding/binary"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/isnad/isnad/text/bidi"
)

// The output loop of a stream (isnad cat): no map, no flags, and most of
// what it prints (Arabic presentation forms, letters, spaces, ASCII) prints
// as itself. Such glyphs are written from a table of their UTF-8 bytes,
// without branching on what they are: on Arabic text the kind of glyph
// changes at every word, and mispredicted branches cost more than the rest.

// plainUTF8 packs what printing glyph g takes when g prints as itself
// under any options and at any level (no mirror, not hidden, not
// replaced): its UTF-8 bytes (low bytes), their count (bits 24–25) and its
// width in cells (bits 26–27). Zero otherwise, and for the runes outside
// the pages kept (runes below U+0800, presentation forms). A glyph is a
// rune (at most U+10FFFF) or shape.Absorbed (-1), so the mask only drops
// bits that are zero, or sends Absorbed to page 0x1FFF, which has no
// entries. Two loads, no branch.
func plainUTF8(g rune) uint32 {
	return plainPages[plainPage[uint32(g)>>8&uint32(len(plainPage)-1)]][g&0xFF]
}

// The pages kept: the runes below U+0800 and the presentation forms.
var plainKept = [...]rune{0, 1, 2, 3, 4, 5, 6, 7, 0xFB, 0xFC, 0xFD, 0xFE}

var (
	plainPage  [0x2000]uint8                   // page → its entries in plainPages, 0: none
	plainPages [1 + len(plainKept)][256]uint32 // the entries; page 0 is all zero
	plainOnce  sync.Once
)

// initPlain fills the tables of plainUTF8, once. NewStream and NewEngine
// call it, not package initialization: measuring widths builds
// go-runewidth's tables, 2 ms that commands without text to lay out need
// not pay. Until then every glyph takes the general path.
func initPlain() {
	plainOnce.Do(func() {
		for i, page := range plainKept {
			t := &plainPages[1+i]
			for k := range t {
				r := page<<8 | rune(k)
				if !printsAsItself(r) {
					continue
				}
				var b [4]byte
				n := utf8.EncodeRune(b[:], r)
				t[k] = binary.LittleEndian.Uint32(b[:]) | uint32(n)<<24 | uint32(runeWidth(r))<<26
			}
			plainPage[page] = uint8(1 + i)
		}
	})
}

// printsAsItself reports whether put would print glyph r as r whatever the
// options and the level.
func printsAsItself(r rune) bool {
	if _, ok := bidi.Mirror(r); ok {
		return false
	}
	for _, o := range []Options{{}, {ShowControls: true}} {
		if out, k := o.display(r); k != kPrint || out != r {
			return false
		}
	}
	return true
}

// appendVisual is the loop of put for a stream (no map, no flags), over
// the line's glyphs in visual order (l.order).
func (l *layouter) appendVisual(buf []byte, mirror bool) []byte {
	glyphs := l.glyphs
	buf = slices.Grow(buf, 3*len(l.order)+4)
	for _, i := range l.order {
		g := glyphs[i]
		if enc := plainUTF8(g); enc != 0 {
			buf = appendPacked(buf, enc)
			continue
		}
		buf = l.appendGlyph(buf, g, mirror && l.levels[i]%2 == 1)
	}
	return buf
}

// appendLogical is appendVisual for glyphs[r0:r1] in logical order, not
// mirrored.
func (l *layouter) appendLogical(buf []byte, r0, r1 int) []byte {
	buf = slices.Grow(buf, 3*(r1-r0)+4)
	for _, g := range l.glyphs[r0:r1] {
		if enc := plainUTF8(g); enc != 0 {
			buf = appendPacked(buf, enc)
			continue
		}
		buf = l.appendGlyph(buf, g, false)
	}
	return buf
}

// plainWidth is the width of a glyph from its entry in plainUTF8.
func plainWidth(enc uint32) int { return int(enc >> 26) }

// appendPacked appends the bytes of an entry of plainUTF8. It writes four
// bytes and keeps those of the rune: one store, whatever the length.
func appendPacked(buf []byte, enc uint32) []byte {
	n := len(buf)
	if cap(buf)-n < 4 {
		buf = slices.Grow(buf, 4)
	}
	buf = buf[:n+4]
	binary.LittleEndian.PutUint32(buf[n:], enc)
	return buf[:n+int(enc>>24&3)]
}

// appendGlyph is put without map nor flags.
func (l *layouter) appendGlyph(buf []byte, g rune, odd bool) []byte {
	if odd && mayMirror(g) {
		g, _ = bidi.Mirror(g)
	}
	switch out, kd := l.o.display(g); {
	case kd == kPrint && out < utf8.RuneSelf:
		buf = append(buf, byte(out))
	case kd == kPrint:
		buf = utf8.AppendRune(buf, out)
	case kd == kTab:
		buf = appendSpaces(buf, l.o.tabWidth())
	}
	return buf
}
