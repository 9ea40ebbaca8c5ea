package data

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// JSON collections are read without encoding/json: a splitter cuts the
// stream into its top-level objects (string-aware bracket counting, a
// record at a time in a bounded buffer), and a small parser finds the
// fields of one object, unescaping only the values kept. Opening
// SaudiNewsNet (88 MB of JSON in 14 zips) so spends its time inflating,
// not decoding a text it does not keep.

// jsonSplitter cuts a stream of JSON into top-level values: the elements
// of one array, or values one after another (JSON Lines, concatenated
// JSON). Commas between values are skipped, so both shapes read alike.
type jsonSplitter struct {
	r        io.Reader
	buf      []byte
	pos, end int   // buf[pos:end] is unread
	start    int   // first byte of the value being read, -1 when dropped
	off      int64 // stream offset of buf[0]
	line     int   // line of buf[counted]
	counted  int
	err      error // of the reader, once met
	began    bool  // past the leading "[" if any
	inArray  bool
	over     bool
	n        int // values returned
	max      int // largest value kept; longer ones are skipped
	skipping bool
	// Scanner state, kept across refills.
	depth     int
	inStr     bool
	esc       bool
	composite bool
}

// rawValue is one top-level value of a JSON stream.
type rawValue struct {
	n    int    // 0-based
	off  int64  // stream offset of its first byte
	line int    // 1-based line where it starts
	data []byte // the value; valid until the next call; nil when skipped
	bad  string // why it cannot be a record, "" when it may
}

func newJSONSplitter(r io.Reader, max int) *jsonSplitter {
	return &jsonSplitter{r: r, buf: make([]byte, 64<<10), line: 1, start: -1, max: max}
}

// more reads into the buffer, dropping what is no longer needed; false at
// the end of the stream.
func (s *jsonSplitter) more() bool {
	if s.err != nil {
		return false
	}
	keep := s.pos
	if s.start >= 0 {
		keep = s.start
	}
	if keep > 0 {
		s.countLines(keep)
		n := copy(s.buf, s.buf[keep:s.end])
		s.off += int64(keep)
		s.pos -= keep
		s.end = n
		s.counted -= keep
		if s.start >= 0 {
			s.start -= keep
		}
	}
	if s.end == len(s.buf) {
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	for range 100 {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.err = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.err = io.ErrNoProgress
	return false
}

// countLines counts the lines up to buf[i].
func (s *jsonSplitter) countLines(i int) {
	if i > s.counted {
		s.line += bytes.Count(s.buf[s.counted:i], []byte{'\n'})
		s.counted = i
	}
}

// next returns the next top-level value; false at the end.
func (s *jsonSplitter) next() (rawValue, bool) {
	if s.over {
		return rawValue{}, false
	}
	// Between values: spaces, commas, the array's brackets.
	for {
		if s.pos == s.end && !s.more() {
			s.over = true
			return rawValue{}, false
		}
		c := s.buf[s.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',':
			s.pos++
			continue
		case !s.began && c == 0xEF: // a BOM
			if s.end-s.pos < 3 && s.more() {
				continue
			}
			if bytes.HasPrefix(s.buf[s.pos:s.end], []byte{0xEF, 0xBB, 0xBF}) {
				s.pos += 3
				continue
			}
		case !s.began && c == '[':
			s.began, s.inArray = true, true
			s.pos++
			continue
		case s.inArray && c == ']':
			s.over = true // whatever follows the array is not read
			return rawValue{}, false
		}
		break
	}
	s.began = true
	s.start = s.pos
	s.countLines(s.start)
	v := rawValue{n: s.n, off: s.off + int64(s.start), line: s.line}
	s.n++
	first := s.buf[s.pos]
	s.composite = first == '{' || first == '['
	s.depth, s.inStr, s.esc, s.skipping = 0, false, false, false
	complete := s.scan()
	if complete && s.pos == s.start {
		s.pos++ // a stray "}" or "]": one byte, so the next call moves on
	}
	switch {
	case !complete:
		v.bad = "the file ends inside it"
		s.over = true
	case s.skipping:
		v.bad = "larger than the article size limit"
	case first != '{':
		v.bad = "not a JSON object"
	default:
		v.data = s.buf[s.start:s.pos]
	}
	s.countLines(s.pos)
	s.start = -1
	return v, true
}

// scan moves pos past the value starting at start; false when the stream
// ends first.
func (s *jsonSplitter) scan() bool {
	for {
		if s.pos >= s.end {
			if !s.more() {
				return false
			}
			if s.esc {
				s.esc = false
				s.pos++
				continue
			}
		}
		if !s.skipping && s.pos-s.start > s.max {
			s.skipping = true
			s.countLines(s.pos)
			s.start = -1
		}
		if s.inStr {
			seg := s.buf[s.pos:s.end]
			q := bytes.IndexByte(seg, '"')
			look := seg
			if q >= 0 {
				look = seg[:q]
			}
			if b := bytes.IndexByte(look, '\\'); b >= 0 {
				s.pos += b + 2 // the backslash and what it escapes
				if s.pos > s.end {
					s.pos, s.esc = s.end, true
				}
				continue
			}
			if q < 0 {
				s.pos = s.end
				continue
			}
			s.pos += q + 1
			s.inStr = false
			if !s.composite && s.depth == 0 {
				return true // a string standing alone
			}
			continue
		}
		c := s.buf[s.pos]
		if !s.composite && c != '"' && c != '\n' && c != ',' && c != ' ' && c != '\t' && c != '\r' && c != ']' && c != '}' {
			s.pos++ // inside a scalar, or a line that is no JSON: brackets do not count
			continue
		}
		switch c {
		case '"':
			s.inStr = true
		case '{', '[':
			s.depth++
		case '}', ']':
			if !s.composite && s.depth == 0 {
				return true // ends a scalar: left for the next call
			}
			s.depth--
			if s.depth == 0 {
				s.pos++
				return true
			}
		case '\n':
			if !s.composite && s.depth == 0 {
				return true
			}
		case ',', ' ', '\t', '\r':
			// A scalar ends here in an array; in JSON Lines a line that is
			// no object is one bad record, spaces and all.
			if !s.composite && s.depth == 0 && (s.inArray || s.buf[s.start] == '"') {
				return true
			}
		}
		s.pos++
	}
}

// errBadJSON is the error of a record that is not well-formed.
var errBadJSON = errors.New("not well-formed JSON")

// objectFields finds the top-level members of a JSON object and hands each
// key and raw value to fn. Nested values are skipped, not validated.
func objectFields(obj []byte, fn func(key, val []byte)) error {
	i := skipSpace(obj, 0)
	if i >= len(obj) || obj[i] != '{' {
		return errBadJSON
	}
	i++
	for first := true; ; first = false {
		i = skipSpace(obj, i)
		if i >= len(obj) {
			return errBadJSON
		}
		if obj[i] == '}' && first {
			return nil
		}
		if obj[i] != '"' {
			return errBadJSON
		}
		kEnd, ok := stringEnd(obj, i)
		if !ok {
			return errBadJSON
		}
		key := obj[i:kEnd]
		i = skipSpace(obj, kEnd)
		if i >= len(obj) || obj[i] != ':' {
			return errBadJSON
		}
		i = skipSpace(obj, i+1)
		vEnd, ok := valueEnd(obj, i)
		if !ok {
			return errBadJSON
		}
		fn(key, obj[i:vEnd])
		i = skipSpace(obj, vEnd)
		if i >= len(obj) {
			return errBadJSON
		}
		switch obj[i] {
		case ',':
			i++
		case '}':
			return nil
		default:
			return errBadJSON
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// stringEnd is the end (after the closing quote) of the string at b[i].
func stringEnd(b []byte, i int) (int, bool) {
	for j := i + 1; j < len(b); {
		k := bytes.IndexAny(b[j:], `"\`)
		if k < 0 {
			return 0, false
		}
		j += k
		if b[j] == '"' {
			return j + 1, true
		}
		j += 2
	}
	return 0, false
}

// valueEnd is the end of the JSON value at b[i]: a string, a literal or
// number, or an object or array (brackets counted, strings skipped).
func valueEnd(b []byte, i int) (int, bool) {
	if i >= len(b) {
		return 0, false
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				e, ok := stringEnd(b, j)
				if !ok {
					return 0, false
				}
				j = e - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, true
				}
			}
		}
		return 0, false
	}
	j := i
	for j < len(b) && (b[j] >= '0' && b[j] <= '9' || b[j] >= 'a' && b[j] <= 'z' || b[j] == '-' || b[j] == '+' || b[j] == '.' || b[j] == 'E') {
		j++
	}
	switch lit := string(b[i:j]); {
	case lit == "true", lit == "false", lit == "null":
		return j, true
	case j > i:
		if _, err := strconv.ParseFloat(lit, 64); err == nil {
			return j, true
		}
	}
	return 0, false
}

// lookup finds the field a member name gives: raw is the name with its
// quotes. Names already in the form fields are matched in (lower case,
// "_") are looked up without a copy.
func (fm fieldMap) lookup(raw []byte) (fieldSlot, bool) {
	name := raw[1 : len(raw)-1]
	plain := true
	for _, c := range name {
		if c >= 'A' && c <= 'Z' || c == '-' || c == ' ' || c == '\\' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		s, ok := fm[string(name)]
		return s, ok
	}
	s, ok := fm[fieldName(string(unescapeJSON(nil, name, -1)))]
	return s, ok
}

// fieldName is a member or column name as fields are matched: lower case,
// with "-" and " " read as "_".
func fieldName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return '_'
		}
		return r
	}, s)
}

// jsonText is a value as text: a string unescaped, an array of strings
// joined by sep, a number or boolean as written; ok is false for null and
// objects (nothing written). At most max bytes are unescaped (max < 0: all).
func jsonText(dst, v []byte, sep string, max int) ([]byte, bool) {
	if len(v) == 0 {
		return dst, false
	}
	switch v[0] {
	case '"':
		return unescapeJSON(dst, v[1:len(v)-1], max), true
	case '[':
		n := 0
		i := skipSpace(v, 1)
		for i < len(v) && v[i] != ']' {
			e, ok := valueEnd(v, i)
			if !ok {
				break
			}
			if v[i] == '"' {
				if n > 0 {
					dst = append(dst, sep...)
				}
				dst = unescapeJSON(dst, v[i+1:e-1], max)
				n++
			}
			i = skipSpace(v, e)
			if i < len(v) && v[i] == ',' {
				i = skipSpace(v, i+1)
			}
			if max >= 0 && len(dst) >= max {
				break
			}
		}
		return dst, n > 0
	case '{', 'n':
		return dst, false
	}
	return append(dst, v...), true
}

// unescapeJSON appends the text of a JSON string's inside to dst: escapes
// resolved, surrogate pairs joined (a lone one is U+FFFD); bytes JSON
// forbids in strings are kept for the decoder to deal with. It stops once
// dst has grown by max bytes (max < 0: no limit).
func unescapeJSON(dst, s []byte, max int) []byte {
	limit := len(dst) + max
	for len(s) > 0 {
		if max >= 0 && len(dst) >= limit {
			break
		}
		k := bytes.IndexByte(s, '\\')
		if k < 0 {
			k = len(s)
		}
		if max >= 0 && len(dst)+k > limit {
			k = limit - len(dst)
			for k > 0 && !utf8.RuneStart(s[k]) {
				k--
			}
			return append(dst, s[:k]...)
		}
		dst = append(dst, s[:k]...)
		s = s[k:]
		if len(s) < 2 {
			break
		}
		c := s[1]
		s = s[2:]
		switch c {
		case 'n':
			dst = append(dst, '\n')
		case 't':
			dst = append(dst, '\t')
		case 'r':
			dst = append(dst, '\r')
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'u':
			r, n := hexRune(s)
			s = s[n:]
			if utf16.IsSurrogate(r) {
				r2, n2 := rune(-1), 0
				if len(s) >= 6 && s[0] == '\\' && s[1] == 'u' {
					r2, n2 = hexRune(s[2:])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					s = s[2+n2:]
				} else {
					r = utf8.RuneError
				}
			}
			dst = utf8.AppendRune(dst, r)
		default: // \" \\ \/ and anything else: the character itself
			dst = append(dst, c)
		}
	}
	return dst
}

// hexRune reads the four hex digits of a \u escape; U+FFFD and what it
// could read when they are not there.
func hexRune(s []byte) (rune, int) {
	if len(s) < 4 {
		return utf8.RuneError, len(s)
	}
	v, err := strconv.ParseUint(string(s[:4]), 16, 32)
	if err != nil {
		return utf8.RuneError, 0
	}
	return rune(v), 4
}
