package data

import (
	"bytes"
	"io"
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
