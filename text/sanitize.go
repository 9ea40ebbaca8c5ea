package text

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// One sanitiser for everything that reaches a terminal: the engine's
// layouts (the explorer, isnad cat), the command-line tables, the problem
// lines on standard error and help. Nothing read from a file may drive the
// terminal, so what a terminal would take as a command is shown instead:
//
//	C0 controls, DEL     their Control Pictures (␀ … ␟, ␡)
//	an escape sequence   one ␛ for the whole of it: ESC or a C1 introducer
//	                     (CSI, OSC, DCS, SOS, PM, APC) with its parameters,
//	                     its string and its terminator, so no "[2J" or
//	                     "52;c;…" litter is left either
//	other C1 controls    U+FFFD
//	invalid UTF-8        U+FFFD
//
// and, by Sanitize only (the engine lays bidi out itself and drops these
// after layout), the bidi embeddings, overrides and isolates as the marks
// ShowControls uses, so a title cannot reorder the rest of its row (Trojan
// Source).

// Escape is the picture shown for a whole escape sequence.
const Escape = '␛'

// seqKind is what starts at a byte: an escape sequence, and which.
type seqKind uint8

const (
	seqNone   seqKind = iota
	seqEsc            // ESC, then intermediates and a final byte: ESC c, ESC ( B
	seqCSI            // ESC [ or U+009B: parameters, intermediates, a final byte
	seqString         // OSC, DCS, SOS, PM, APC: a string up to its terminator
)

// introducer reports the escape sequence starting at s[i] and the length of
// its introducer: ESC and the byte after it, or a C1 control in UTF-8.
func introducer[T string | []byte](s T, i int) (seqKind, int) {
	switch s[i] {
	case 0x1B:
		if i+1 < len(s) {
			switch s[i+1] {
			case '[':
				return seqCSI, 2
			case ']', 'P', 'X', '^', '_':
				return seqString, 2
			}
		}
		return seqEsc, 1
	case 0xC2:
		if i+1 < len(s) {
			switch s[i+1] {
			case 0x9B:
				return seqCSI, 2
			case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
				return seqString, 2
			}
		}
	}
	return seqNone, 0
}

// seqScan finds the ends of escape sequences in one text. It remembers
// where no string terminator is left, so that many unterminated strings in
// a long paragraph cost one scan, not one each.
type seqScan struct {
	noStop int // no BEL, ST, CAN or SUB at or after this offset; 0: unknown
}

// end returns the end of the escape sequence starting at s[i], or i when
// none starts there. A control string (OSC, DCS…) runs to its terminator —
// BEL, ST (ESC \ or U+009C), or CAN or SUB, which end it too — and
// includes it; without one, only its introducer is the sequence and the
// rest is text. complete reports that the sequence was whole.
func seqEnd[T string | []byte](sc *seqScan, s T, i int) (end int, complete bool) {
	kind, n := introducer(s, i)
	j := i + n
	switch kind {
	case seqNone:
		return i, false
	case seqEsc:
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2F {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7E {
			return j + 1, true
		}
		return j, false
	case seqCSI:
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x3F {
			j++
		}
		if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7E {
			return j + 1, true
		}
		return j, false
	}
	if sc.noStop > 0 && j >= sc.noStop {
		return i + n, false
	}
	for k := j; k < len(s); k++ {
		switch s[k] {
		case 0x07, 0x18, 0x1A:
			return k + 1, true
		case 0x1B:
			if k+1 < len(s) && s[k+1] == '\\' {
				return k + 2, true
			}
			// Any other ESC is part of the string: tmux passes a sequence
			// through inside a DCS with its ESCs doubled.
		case 0xC2:
			if k+1 < len(s) && s[k+1] == 0x9C {
				return k + 2, true
			}
		}
	}
	sc.noStop = max(j, 1)
	return i + n, false
}

// sanitize maps a decoded rune to what the bidi algorithm and the rest of
// the pipeline see: C0 controls (TAB excepted) and DEL become their Control
// Pictures, C1 controls U+FFFD. TAB stays: it keeps its bidi class S and is
// printed as spaces. (ESC never reaches it: a sequence scan takes it first.)
func sanitize(r rune) rune {
	switch {
	case r >= 0xA0, r == '\t':
		return r
	case r < 0x20:
		return 0x2400 + r
	case r == 0x7F:
		return 0x2421
	case r >= 0x80 && r < 0xA0:
		return utf8.RuneError
	}
	return r
}

// bidiControl reports the explicit bidi formatting characters that change
// the order of what follows them: embeddings, overrides, isolates and their
// terminators. The implicit marks (LRM, RLM, ALM) reorder nothing.
func bidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// bidiOverride reports the controls that make text read in an order other
// than its own: the overrides (LRO, RLO) and the isolates (LRI, RLI, FSI,
// PDI), the tools of Trojan Source. Embeddings (LRE, RLE, PDF) only set a
// direction, and real titles use them.
func bidiOverride(r rune) bool {
	return r == 0x202D || r == 0x202E || r >= 0x2066 && r <= 0x2069
}

// HasBidiOverride reports whether s holds a bidi override or isolate: in a
// title or a metadata value, the sign of a Trojan Source attempt.
func HasBidiOverride(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xE2 && i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] == 0xAD || s[i+2] == 0xAE) ||
			s[i+1] == 0x81 && s[i+2] >= 0xA6 && s[i+2] <= 0xA9) {
			return true
		}
	}
	return false
}

// MarkBidiOverrides returns s with its bidi overrides and isolates
// replaced by the visible marks ShowControls uses (⇇ for RLO…): for
// metadata, where they are an attack, not writing.
func MarkBidiOverrides(s string) string {
	if !HasBidiOverride(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if bidiOverride(r) {
			return controlMark(r)
		}
		return r
	}, s)
}

// Sanitize returns s as it may be printed on one line of a terminal: every
// control character as a visible symbol (TAB, LF and CR included, ␉ ␊ ␍),
// each escape sequence as one ␛, C1 controls and invalid UTF-8 as U+FFFD,
// and bidi embeddings, overrides and isolates as visible marks. Text that
// needs none of it is returned as is, without a copy.
func Sanitize(s string) string {
	if plain(s, false) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	var sc seqScan
	for i := 0; i < len(s); {
		if end, _ := seqEnd(&sc, s, i); end > i {
			b.WriteRune(Escape)
			i = end
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\t':
			r = '␉'
		case bidiControl(r):
			r = controlMark(r)
		default:
			r = sanitize(r)
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// SanitizeLines is Sanitize for text of several lines: LF and TAB are kept,
// CR LF is read as LF.
func SanitizeLines(s string) string {
	if plain(s, true) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		parts := strings.Split(ln, "\t")
		for k, p := range parts {
			parts[k] = Sanitize(p)
		}
		lines[i] = strings.Join(parts, "\t")
	}
	return strings.Join(lines, "\n")
}

// Quote returns a file name (or any value named in a message) in double
// quotes, Go-escaped: controls, escape sequences, bidi controls and invalid
// UTF-8 appear as \x1b, \u202e, \xff, so the name shows exactly and drives
// nothing.
func Quote(s string) string { return strconv.Quote(s) }

// plain reports whether Sanitize (SanitizeLines with lines) leaves s
// unchanged: valid UTF-8 without a control character (C0, DEL, C1) or an
// explicit bidi control.
func plain(s string, lines bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case lines && (c == '\n' || c == '\t'):
		case c < 0x20, c == 0x7F:
			return false
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F:
			return false
		case c == 0xE2 && i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0xAA && s[i+2] <= 0xAE ||
			s[i+1] == 0x81 && s[i+2] >= 0xA6 && s[i+2] <= 0xA9):
			return false
		}
	}
	return utf8.ValidString(s)
}

// EscapeJSON rewrites JSON as encoding/json writes it (valid UTF-8, C0
// controls already escaped) so that nothing in it can drive a terminal it
// is printed on: DEL, the C1 controls U+0080–U+009F and the explicit bidi
// controls become \u escapes. The JSON means the same.
func EscapeJSON(b []byte) []byte {
	n := 0
	for i := 0; i < len(b); i++ {
		if jsonEscaped(b, i) > 0 {
			n++
		}
	}
	if n == 0 {
		return b
	}
	out := make([]byte, 0, len(b)+5*n)
	for i := 0; i < len(b); {
		k := jsonEscaped(b, i)
		if k == 0 {
			out = append(out, b[i])
			i++
			continue
		}
		r, _ := utf8.DecodeRune(b[i:])
		out = append(out, `\u`...)
		out = append(out, hex4(r)...)
		i += k
	}
	return out
}

// jsonEscaped is the length of the character at b[i] when EscapeJSON
// escapes it, else 0.
func jsonEscaped(b []byte, i int) int {
	switch c := b[i]; {
	case c == 0x7F:
		return 1
	case c == 0xC2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9F:
		return 2
	case c == 0xE2 && i+2 < len(b) && (b[i+1] == 0x80 && b[i+2] >= 0xAA && b[i+2] <= 0xAE ||
		b[i+1] == 0x81 && b[i+2] >= 0xA6 && b[i+2] <= 0xA9):
		return 3
	}
	return 0
}

func hex4(r rune) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[r>>12&0xF], digits[r>>8&0xF], digits[r>>4&0xF], digits[r&0xF]})
}

// SequenceEnd returns the end of the terminal escape sequence that starts
// at b[i] (ESC, or a C1 introducer in UTF-8), as the sanitiser reads it, and
// whether it was complete; i when none starts there. For a reader that
// removes sequences from text (data's decoder) rather than showing them:
// an unterminated control string is only its introducer, so the text after
// it is kept.
func SequenceEnd(b []byte, i int, sc *SequenceScan) (end int, complete bool) {
	return seqEnd(&sc.s, b, i)
}

// SequenceScan carries what SequenceEnd learnt of one text to its next
// call on the same text; the zero value is ready.
type SequenceScan struct{ s seqScan }
