package text

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
)

// What reaches the terminal, character by character. Content must never
// drive the terminal, and every cell must be counted the same way by
// lipgloss (ansi.StringWidth), by the v2 renderer in tmux and xterm
// (ansi.StringWidthWc) and by go-runewidth; RTL.md lists the characters on
// which they or the terminals disagree.

// How a glyph is printed, once laid out.
type kind uint8

const (
	kPrint kind = iota // as itself
	kTab               // as Options.TabWidth spaces
	kHide              // not at all: the terminals disagree on its width
)

const (
	// numberSign replaces the Arabic number signs and the other prepended
	// concatenation marks, which x/ansi counts as 0 cells and tmux/xterm as 1.
	numberSign = '⌗'
	// tooWide replaces a character wider than the whole line (CJK at width 1).
	tooWide = utf8.RuneError
	// ellipsis ends a line cut by Fit.
	ellipsis = '…'
)

// controlMark is how ShowControls prints the invisible format characters,
// one cell each, so that Trojan-Source tricks show.
func controlMark(r rune) rune {
	switch r {
	case 0x200E: // LRM
		return '›'
	case 0x200F: // RLM
		return '‹'
	case 0x061C: // ALM
		return '⁌'
	case 0x202A: // LRE
		return '⇢'
	case 0x202B: // RLE
		return '⇠'
	case 0x202D: // LRO
		return '⇉'
	case 0x202E: // RLO
		return '⇇'
	case 0x202C: // PDF
		return '⦘'
	case 0x2066: // LRI
		return '⟫'
	case 0x2067: // RLI
		return '⟪'
	case 0x2068: // FSI
		return '⟦'
	case 0x2069: // PDI
		return '⟧'
	case 0x200B: // ZWSP
		return '⎵'
	case 0x200C: // ZWNJ
		return '⸤'
	case 0x200D: // ZWJ
		return '⸥'
	case 0x00AD: // soft hyphen
		return '¬'
	case 0xFEFF: // BOM, ZWNBSP
		return '⌀'
	}
	return '⌁' // other invisible format characters
}

// stripped reports the characters removed after layout (RTL.md): zero-width
// and bidi format characters that terminals count or place differently.
func stripped(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// numberMark reports the prepended concatenation marks (U+0600–0605, 06DD
// as measured in RTL.md, and their siblings 070F, 0890–0891, 08E2, 110BD,
// 110CD, which have the same property and the same width problem).
func numberMark(r rune) bool {
	return r >= 0x0600 && r <= 0x0605 || r == 0x06DD || r == 0x070F ||
		r == 0x0890 || r == 0x0891 || r == 0x08E2 || r == 0x110BD || r == 0x110CD
}

// otherFormat reports format characters (Cf) outside the lists above; they
// are zero-width everywhere and printed as they are, or as a mark with
// ShowControls.
func otherFormat(r rune) bool {
	switch {
	case r < 0x180E:
		return false
	case r == 0x180E, r >= 0x206A && r <= 0x206F, r >= 0xFFF9 && r <= 0xFFFB,
		r >= 0x1BCA0 && r <= 0x1BCA3, r >= 0x1D173 && r <= 0x1D17A,
		r == 0xE0001, r >= 0xE0020 && r <= 0xE007F:
		return true
	}
	return false
}

// display returns how glyph r is printed.
func (o *Options) display(r rune) (rune, kind) {
	if r < 0x00AD {
		switch {
		case r == '\t':
			return ' ', kTab
		case r < 0: // shape.Absorbed
			return r, kHide
		}
		return r, kPrint
	}
	if r > 0x00AD && r < 0x0600 || r > 0x0605 && r < 0x06DD && r != 0x061C || r >= 0xFB50 && r < 0xFEFF {
		return r, kPrint // most Latin, Arabic letters, presentation forms
	}
	switch {
	case stripped(r):
		if o.ShowControls {
			return controlMark(r), kPrint
		}
		return r, kHide
	case numberMark(r):
		return numberSign, kPrint
	case o.ShowControls && otherFormat(r):
		return controlMark(r), kPrint
	}
	return r, kPrint
}

// cond is a fixed go-runewidth condition: widths must not depend on the
// locale of whoever runs isnad.
var cond = &runewidth.Condition{EastAsianWidth: false, StrictEmojiNeutral: true}

// runeWidth is the width of a printed rune standing alone.
func runeWidth(r rune) int {
	if r >= 0x20 && r < 0x7F {
		return 1
	}
	return cond.RuneWidth(r)
}

// simple reports runes whose width adds up the same under every way of
// counting, alone or as part of a grapheme cluster (a base and its marks).
// Anything else (emoji sequences, variation selectors, Hangul jamo, Indic
// and other spacing marks, ZWJ…) is measured cluster by cluster.
func simple(r rune) bool {
	switch {
	case r == 0x0897, r == 0x302E, r == 0x302F, r == 0xFF9E, r == 0xFF9F:
		// Found by TestSimple: a mark new in Unicode 16 that x/ansi and
		// go-runewidth count differently, and spacing marks that extend a
		// cluster (Hangul tone marks, halfwidth kana voicing).
		return false
	case r < 0x0900: // Latin…Arabic Extended-A, combining marks
		return true
	case r < 0x2000:
		return false
	case r < 0x2E80: // punctuation, symbols (ZWJ is hidden, but joins clusters)
		return r != 0x200D && (r < 0x2600 || r > 0x27BF)
	case r < 0xA000: // CJK
		return r < 0x3099 || r > 0x309A
	case r < 0xAC00:
		return false
	case r < 0xD7A4: // Hangul syllables
		return true
	case r < 0xF900:
		return false
	case r < 0xFE00: // CJK compatibility, presentation forms A
		return true
	case r < 0xFE10: // variation selectors
		return false
	case r < 0xFE20, r >= 0xFE30 && r < 0xFFF0, r == utf8.RuneError:
		return true
	}
	return false
}

// agreedWidth measures the printed form of one grapheme cluster the three
// ways a renderer or terminal may, and reports whether they agree.
func agreedWidth(s string) (int, bool) {
	w := ansi.StringWidth(s)
	return w, ansi.StringWidthWc(s) == w && cond.StringWidth(s) == w
}

// Width returns the display width of an already laid-out string, as
// lipgloss measures it.
func Width(s string) int { return ansi.StringWidth(s) }
