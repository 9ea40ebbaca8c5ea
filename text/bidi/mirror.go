package bidi

import "slices"

// Mirror returns the Bidi_Mirroring_Glyph of r (BidiMirroring.txt) for
// rule L4: a display shows it instead of r when r is at an odd level.
// Characters without one are returned unchanged, with false.
func Mirror(r rune) (rune, bool) {
	switch r { // the common ones, without the search
	case '(':
		return ')', true
	case ')':
		return '(', true
	case '[':
		return ']', true
	case ']':
		return '[', true
	case '<':
		return '>', true
	case '>':
		return '<', true
	case '{':
		return '}', true
	case '}':
		return '{', true
	}
	if r < 0x80 {
		return r, false
	}
	i, ok := slices.BinarySearch(mirrorRunes[:], r)
	if !ok {
		return r, false
	}
	return mirrorGlyphs[i], true
}
