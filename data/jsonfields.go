package data

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The fields of one JSON record: its top-level members found without
// decoding the rest, the values kept unescaped on demand.

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
