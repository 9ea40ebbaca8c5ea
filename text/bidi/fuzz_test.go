package bidi

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// palette gives the fuzzer one or more characters of every class, the
// brackets, and marks; fuzzRunes maps input bytes onto it, or onto any
// int32 at all.
var palette = []rune{
	'a', 'א', 'ب', '1', '+', '$', '٣', ',', 0x064E, 0x200D, '\n', '\t', ' ', '!',
	0x202A, 0x202D, 0x202B, 0x202E, 0x202C, 0x2066, 0x2067, 0x2068, 0x2069,
	'(', ')', '[', ']', '{', '}', 0x2329, 0x232A, 0x3008, 0x3009, 0x0301, '۱', 0x00AD, 0x0600,
}

// fuzzRunes turns fuzz input into runes: a byte below 0xF0 picks from the
// palette; 0xF0 and above takes the next four bytes as a raw int32, which
// may be negative, a surrogate, unassigned or beyond U+10FFFF.
func fuzzRunes(data []byte) []rune {
	var text []rune
	for len(data) > 0 {
		b := data[0]
		data = data[1:]
		if b < 0xF0 || len(data) < 4 {
			text = append(text, palette[int(b)%len(palette)])
			continue
		}
		text = append(text, rune(uint32(data[0])|uint32(data[1])<<8|uint32(data[2])<<16|uint32(data[3])<<24))
		data = data[4:]
	}
	return text
}

func FuzzResolve(f *testing.F) {
	f.Add([]byte("\x00\x0c\x01\x02\x03"), uint8(0), uint64(1))
	f.Add([]byte("\x17\x00\x18\x01\x19\x1a\x1b\x1c\x02\x08\x08"), uint8(2), uint64(7))
	f.Add(make([]byte, 300), uint8(1), uint64(3))
	deep := make([]byte, 0, 400)
	for i := range 130 {
		deep = append(deep, 16+byte(i%7), 1, 3)
	}
	f.Add(deep, uint8(0), uint64(42))
	f.Add([]byte("\xf0\xff\xff\xff\xff\xf0\x00\xd8\x00\x00\xf0\x00\x00\x11\x00\x02\x08"), uint8(2), uint64(5))

	var fast, general Paragraph
	general.general = true
	f.Fuzz(func(t *testing.T, data []byte, dir uint8, seed uint64) {
		text := fuzzRunes(data)
		d := Direction(dir % 3)
		fast.Resolve(text, d)
		general.Resolve(text, d)

		if b := fast.BaseLevel(); b > 1 || d == LTR && b != 0 || d == RTL && b != 1 {
			t.Fatalf("base level %d for direction %d", b, d)
		}
		if len(fast.Levels()) != len(text) {
			t.Fatalf("%d levels for %d runes", len(fast.Levels()), len(text))
		}
		for i, l := range fast.Levels() {
			if l > maxDepth+1 {
				t.Fatalf("level %d at %d", l, i)
			}
		}
		if !slices.Equal(fast.Levels(), general.Levels()) || fast.BaseLevel() != general.BaseLevel() {
			t.Fatalf("fast path levels %v, general %v", fast.Levels(), general.Levels())
		}

		// Plain left-to-right text stays in logical order.
		plain := d == LTR
		for _, c := range fast.Classes() {
			plain = plain && c != R && c != AL && c != AN && !explicitSet.has(c)
		}

		rng := rand.New(rand.NewPCG(seed, 0))
		for start := 0; start < len(text); {
			end := min(len(text), start+1+rng.IntN(len(text)-start+3))
			if lv := fast.LineLevels(start, end, nil); len(lv) != end-start || slices.Max(lv) > maxDepth+1 {
				t.Fatalf("line [%d:%d]: levels %v", start, end, lv)
			}
			for _, flags := range []Flags{0, ReorderNSM} {
				order := fast.VisualOrder(start, end, flags, nil)
				if !slices.Equal(order, general.VisualOrder(start, end, flags, nil)) {
					t.Fatalf("line [%d:%d] flags %d: fast and general orders differ", start, end, flags)
				}
				sorted := slices.Sorted(slices.Values(order))
				for i, v := range sorted {
					if v != start+i {
						t.Fatalf("line [%d:%d] flags %d: order %v is not a permutation", start, end, flags, order)
					}
				}
				if plain && !slices.IsSorted(order) {
					t.Fatalf("plain LTR line [%d:%d] reordered: %v", start, end, order)
				}
			}
			start = end
		}
	})
}
