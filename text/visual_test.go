package text

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/text/shape"
)

// TestPlainUTF8 checks the stream's table against put, for every glyph
// there can be: an entry is a glyph that prints as itself, with its UTF-8
// bytes and width; the runes of the pages kept that print as themselves
// all have one.
func TestPlainUTF8(t *testing.T) {
	initPlain()
	kept := map[rune]bool{}
	for _, page := range plainKept {
		kept[page] = true
	}
	n := 0
	for g := shape.Absorbed; g <= utf8.MaxRune; g++ {
		enc := plainUTF8(g)
		if enc == 0 {
			if g >= 0 && kept[g>>8] && printsAsItself(g) {
				t.Errorf("U+%04X prints as itself but has no entry", g)
			}
			continue
		}
		n++
		if !printsAsItself(g) {
			t.Fatalf("U+%04X has an entry but does not print as itself", g)
		}
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], enc)
		size := int(enc >> 24 & 3)
		if r, rs := utf8.DecodeRune(b[:size]); r != g || rs != size {
			t.Fatalf("U+%04X: entry %#x decodes as U+%04X", g, enc, r)
		}
		if plainWidth(enc) != runeWidth(g) {
			t.Fatalf("U+%04X: width %d, want %d", g, plainWidth(enc), runeWidth(g))
		}
	}
	if n < 2000 {
		t.Errorf("only %d glyphs in the table", n)
	}
}

// TestDecodeNeeds checks the premises of decode's fast paths: ASCII, once
// sanitized, needs nothing, and twoByteNeeds is needs.
func TestDecodeNeeds(t *testing.T) {
	for r := range rune(utf8.RuneSelf) {
		if got := needs(sanitize(r), 0); got != 0 {
			t.Errorf("U+%04X needs %b", r, got)
		}
	}
	for r := range rune(len(twoByteNeeds)) {
		if twoByteNeeds[r] != needs(r, 0) {
			t.Errorf("twoByteNeeds[U+%04X] = %b, needs %b", r, twoByteNeeds[r], needs(r, 0))
		}
	}
}

// streamPalette mixes what takes the stream's fast paths (Arabic letters,
// presentation forms, ASCII) with what does not: marks, mirrored
// characters (ASCII and presentation forms), TAB, controls, bidi controls,
// number signs, wide and complex characters, invalid UTF-8.
var streamPalette = []string{
	"ب", "ل", "ا", "ة", "ي", "ـ", "ﻻ", "ﺑ", "\u064e", "\u0651", " ", " ", "a", "Z", "1", "٣", ".", "،",
	"(", ")", "[", "<", "«", "\ufe59", "\ufe5a", "\ufe64", "\u2208", "\t", "\x1b", "\x7f", "\u0085",
	"\u200f", "\u202b", "\u202c", "\u2067", "\u2069", "\u200d", "\u200c", "\u00ad", "\u0600", "\u06dd",
	"漢", "👍", "🏽", "\ufe0f", "א", "\u0301", "\xff", "\xc3", "\u2028",
}

// TestStreamMatchesLayout: the stream's output loops (appendVisual,
// appendLogical) print what put prints for Layout, on random paragraphs,
// under every option that reaches them.
func TestStreamMatchesLayout(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var sb strings.Builder
	for n := range 3000 {
		sb.Reset()
		for range rng.IntN(60) {
			sb.WriteString(streamPalette[rng.IntN(len(streamPalette))])
		}
		s := sb.String()
		bits := uint16(rng.IntN(1 << 10))
		o, dir := fuzzOptions(bits | 1) // NoBreak: what isnad cat runs on
		width := 1 + rng.IntN(100)
		if n%2 == 0 {
			o.NoBreak = false
		}
		var want strings.Builder
		for _, ln := range NewEngine(o).Layout(s, width, dir) {
			want.WriteString(ln.Text)
			want.WriteByte('\n')
		}
		if got := string(NewStream(o).Append(nil, []byte(s), width, dir)); got != want.String() {
			t.Fatalf("%+q options %+v width %d dir %d:\nStream %q\nLayout %q", s, o, width, dir, got, want.String())
		}
	}
}

// TestDecodeOffsets: decode's offsets, taken by a range loop apart from
// the decoding, give one offset per rune decoded, each where
// DecodeRuneInString finds the rune — or, for an escape sequence, one
// Escape whose offsets span the sequence.
func TestDecodeOffsets(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var l layouter
	var sb strings.Builder
	for range 5000 {
		sb.Reset()
		for range rng.IntN(30) {
			sb.WriteString(streamPalette[rng.IntN(len(streamPalette))])
			if rng.IntN(8) == 0 {
				sb.WriteByte(byte(rng.IntN(256))) // stray bytes, continuation bytes
			}
		}
		s := sb.String()
		l.decode(s, true)
		if len(l.offs) != len(l.runes)+1 || l.offs[len(l.runes)] != int32(len(s)) {
			t.Fatalf("%+q: %d offsets for %d runes", s, len(l.offs), len(l.runes))
		}
		var sc seqScan
		for k, r := range l.runes {
			if end, _ := seqEnd(&sc, s, int(l.offs[k])); end > int(l.offs[k]) {
				if r != Escape || int(l.offs[k+1]) != end {
					t.Fatalf("%+q: rune %d at %d is %U, want the escape sequence to %d", s, k, l.offs[k], r, end)
				}
				continue
			}
			dr, size := utf8.DecodeRuneInString(s[l.offs[k]:])
			if int(l.offs[k+1]-l.offs[k]) != size || sanitize(dr) != r {
				t.Fatalf("%+q: rune %d at %d is %U, size %d; decoded U+%04X", s, k, l.offs[k], dr, size, r)
			}
		}
	}
}

// TestPaddingJoin: a right-to-left line whose first cluster would take in
// the space of padding before it (a lone skin tone modifier, a variation
// selector, a spacing mark) is still counted the same three ways.
func TestPaddingJoin(t *testing.T) {
	for _, s := range []string{"🏽0ח", "ח🏽", "ח\ufe0f", "ח\u093f", "ﻙ\ufe0f ﻙ", "\u093fשלום 🏽"} {
		for _, o := range []Options{{}, {NoBreak: true}} {
			for width := 1; width <= 12; width++ {
				checkLines(t, o, s, width, NewEngine(o).Layout(s, width, Auto))
			}
		}
	}
}
