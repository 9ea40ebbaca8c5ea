package data

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// hugeLine is the line length (bytes) past which a file is reported: such a
// line is usually a minified page or a binary blob, and it is still parsed.
const hugeLine = 1 << 20

// decode turns a file's bytes into clean text: BOM removed (UTF-16 with a BOM
// converted), invalid UTF-8 replaced by U+FFFD, CRLF and CR turned into LF,
// form feeds (page breaks of PDF exports) and U+2028/U+2029 into LF, tabs into spaces,
// other control characters and terminal escape sequences removed, and the
// result in NFC. Every repair is reported, once per kind, with the first line
// where it happened.
func decode(path string, raw []byte) (string, []model.Problem) {
	var probs []model.Problem
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(raw); err == nil {
			raw = out
		}
	}
	if clean(raw) {
		// Most files need no repair: skip the byte-by-byte copy.
		s := string(raw)
		if !isNFC(s) {
			s = norm.NFC.String(s)
		}
		return s, hugeLineProblem(path, s)
	}
	var b strings.Builder
	b.Grow(len(raw))
	line, lineStart := 1, 0
	var bad, ctl, badLine, ctlLine, longLine int
	var seqs text.SequenceScan
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				b.WriteByte('\n')
			case c == '\r':
				b.WriteByte('\n')
				if i+1 < len(raw) && raw[i+1] == '\n' {
					i++
				}
			case c == '\t':
				b.WriteByte(' ')
			case c == '\f' || c == '\v':
				b.WriteByte('\n')
			case c == 0x1B:
				ctl++
				if ctlLine == 0 {
					ctlLine = line
				}
				i = escapeEnd(raw, i, &seqs)
				continue
			case c < 0x20 || c == 0x7F:
				ctl++
				if ctlLine == 0 {
					ctlLine = line
				}
			default:
				b.WriteByte(c)
			}
			if c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				if b.Len()-lineStart > hugeLine && longLine == 0 {
					longLine = line
				}
				line++
				lineStart = b.Len()
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
			if badLine == 0 {
				badLine = line
			}
			b.WriteRune(utf8.RuneError)
		case r >= 0x80 && r <= 0x9F:
			ctl++
			if ctlLine == 0 {
				ctlLine = line
			}
			i = escapeEnd(raw, i, &seqs)
			continue
		case r == 0x2028:
			b.WriteByte('\n')
			line++
			lineStart = b.Len()
		case r == 0x2029:
			b.WriteByte('\n')
			line++
			lineStart = b.Len()
		default:
			b.Write(raw[i : i+n])
		}
		i += n
	}
	if b.Len()-lineStart > hugeLine && longLine == 0 {
		longLine = line
	}
	if bad > 0 {
		probs = append(probs, model.Problem{Path: path, Kind: model.ProblemInvalidUTF8, Line: badLine,
			Detail: fmt.Sprintf("%d invalid UTF-8 byte(s) replaced by U+FFFD", bad)})
	}
	if ctl > 0 {
		probs = append(probs, model.Problem{Path: path, Kind: model.ProblemControl, Line: ctlLine,
			Detail: fmt.Sprintf("%d control character(s) or escape sequence(s) removed", ctl)})
	}
	if longLine > 0 {
		probs = append(probs, model.Problem{Path: path, Kind: model.ProblemHugeLine, Line: longLine,
			Detail: fmt.Sprintf("a line longer than %d MB; is this really an article?", hugeLine>>20)})
	}
	s := b.String()
	if !isNFC(s) {
		s = norm.NFC.String(s)
	}
	return s, probs
}

// escapeEnd is the end of the control character or escape sequence at
// raw[i] (ESC or a C1 control): a whole sequence — CSI, OSC, DCS, APC, PM,
// SOS, to its terminator — goes, as the terminal sanitiser reads it (package
// text), so no "[31m" or "Ptmux;" litter is left in the text. A control
// string without a terminator loses only its introducer: the text after it
// is kept.
func escapeEnd(raw []byte, i int, sc *text.SequenceScan) int {
	if end, _ := text.SequenceEnd(raw, i, sc); end > i {
		return end
	}
	_, n := utf8.DecodeRune(raw[i:])
	return i + n
}

// looksBinary reports whether the start of a file is binary rather than text:
// a NUL byte (as git decides) or many control bytes, unless it is UTF-16
// with a BOM, which decode converts.
func looksBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if len(head) > 8000 {
		head = head[:8000]
	}
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B {
			ctl++
		}
	}
	return ctl > 16 && ctl*10 > len(head)
}

// clean reports whether raw is valid UTF-8 without anything decode would
// change: no CR, tab, control character (C0, DEL, C1) or U+2028/U+2029.
func clean(raw []byte) bool {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c < 0x20 && c != '\n', c == 0x7F:
			return false
		case c == 0xC2 && i+1 < len(raw) && raw[i+1] >= 0x80 && raw[i+1] <= 0x9F:
			return false
		case c == 0xE2 && i+2 < len(raw) && raw[i+1] == 0x80 && (raw[i+2] == 0xA8 || raw[i+2] == 0xA9):
			return false
		}
	}
	return utf8.Valid(raw)
}

// hugeLineProblem reports the first line longer than hugeLine, if any.
func hugeLineProblem(path, s string) []model.Problem {
	for line, off := 1, 0; off < len(s); line++ {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s) - off
		}
		if end > hugeLine {
			return []model.Problem{{Path: path, Kind: model.ProblemHugeLine, Line: line,
				Detail: fmt.Sprintf("a line longer than %d MB; is this really an article?", hugeLine>>20)}}
		}
		off += end + 1
	}
	return nil
}

// isNFC reports whether s is in NFC. The norm tables are slow on Arabic, so
// they are only asked about the stretches that could change: each run of
// runes that are not inert (see nfcInert), with the starter before it.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if nfcInert(r) {
			i += n
			continue
		}
		start := i
		if start > 0 {
			_, pn := utf8.DecodeLastRuneInString(s[:start])
			start -= pn
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if r2 < utf8.RuneSelf || nfcInert(r2) {
				break
			}
			j += n2
		}
		if !norm.NFC.IsNormalString(s[start:j]) {
			return false
		}
		i = j
	}
	return true
}

// nfcInert: a starter (combining class 0) that NFC keeps as it is and that
// cannot compose with the rune before it, so text around it can be checked
// apart. Conservative: Latin up to U+02FF, the Arabic block without its
// combining marks, general punctuation from U+2010.
func nfcInert(r rune) bool {
	switch {
	case r < 0x0300:
		return true
	case r >= 0x0600 && r <= 0x06FF:
		switch {
		case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670,
			r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E4, r == 0x06E7, r == 0x06E8,
			r >= 0x06EA && r <= 0x06ED:
			return false
		}
		return true
	case r >= 0x2010 && r <= 0x205E:
		return true
	}
	return false
}
