package fold

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Finder finds a query in a text as a reader means it: both folded by Rune
// ("الشماليه" finds "الشمالية", "مسئول" finds "مسؤول", "كوريا" finds
// "كوريّا" and "كـوريا", "nato" finds "NATO"), every run of white space
// read as one space. What it gives are byte ranges of the text as it is,
// whole characters: the marks written after the last letter found (a
// shadda, a tanween) go with it, so that a highlight never splits a letter
// from its marks.
//
// It folds the text as it goes, a few kilobytes at a time: searching a
// 10 MB paragraph takes no more memory than searching a line.
type Finder struct{ q []byte }

// findChunk is how many folded bytes are gathered before they are searched.
const findChunk = 8 << 10

// NewFinder folds a query; one of nothing but spaces and marks finds
// nothing (Empty).
func NewFinder(query string) Finder {
	var b []byte
	space := false
	for _, r := range query {
		if isSpace(r) {
			space = len(b) > 0
			continue
		}
		f, keep := Rune(r)
		if !keep {
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, f)
	}
	return Finder{q: b}
}

// Empty reports whether the query finds nothing.
func (f Finder) Empty() bool { return len(f.q) == 0 }

// String is the folded query.
func (f Finder) String() string { return string(f.q) }

// All calls fn with the byte range of each match in s, in order, matches
// not overlapping, until fn returns false; it reports whether it went
// through the whole text.
func (f Finder) All(s string, fn func(start, end int) bool) bool {
	return f.all(s, fn, findChunk)
}

// folded is a text folded so far: each byte of buf came from the
// character at from[i] in the text, which (with the marks after it that
// fold to nothing) ends at to[i].
type folded struct {
	buf      []byte
	from, to []int
}

func (d *folded) add(b []byte, from, to int) {
	d.buf = append(d.buf, b...)
	for range b {
		d.from = append(d.from, from)
		d.to = append(d.to, to)
	}
}

// isSpace is unicode.IsSpace, quick on the letters of the Arabic block.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r >= 0x0600 && r <= 0x06FF:
		return false
	}
	return unicode.IsSpace(r)
}

// drop forgets the first n bytes.
func (d *folded) drop(n int) {
	d.buf = d.buf[:copy(d.buf, d.buf[n:])]
	d.from = d.from[:copy(d.from, d.from[n:])]
	d.to = d.to[:copy(d.to, d.to[n:])]
}

func (f Finder) all(s string, fn func(start, end int) bool, chunk int) bool {
	if f.Empty() {
		return true
	}
	n := min(chunk, len(s)) + len(f.q) + utf8.UTFMax
	d := folded{buf: make([]byte, 0, n), from: make([]int, 0, n), to: make([]int, 0, n)}
	scan := 0 // where the next match may start in d.buf
	// search reports the matches that start at scan or later and end
	// before limit (the bytes after may still grow marks).
	search := func(limit int) bool {
		for scan < limit {
			i := bytes.Index(d.buf[scan:limit], f.q)
			if i < 0 {
				break
			}
			i += scan
			j := i + len(f.q) - 1
			if !fn(d.from[i], d.to[j]) {
				return false
			}
			scan = j + 1
		}
		return true
	}
	var tmp [utf8.UTFMax]byte
	space := false
	for off := 0; off < len(s); {
		r, size := utf8.DecodeRuneInString(s[off:])
		start := off
		off += size
		last := len(d.buf) - 1
		isSpace := isSpace(r)
		switch folded, keep := Rune(r); {
		case isSpace && space:
			if last >= 0 {
				d.to[last] = off // one space for the run
			}
		case isSpace:
			d.add(tmp[:copy(tmp[:], " ")], start, off)
			space = true
		case !keep:
			if last >= 0 {
				d.to[last] = off // a mark goes with the letter before it
			}
		default:
			d.add(tmp[:utf8.EncodeRune(tmp[:], folded)], start, off)
			space = false
		}
		if len(d.buf) < chunk {
			continue
		}
		// A match ending on the last byte may still take marks: it waits.
		if !search(len(d.buf) - 1) {
			return false
		}
		keep := max(scan, len(d.buf)-len(f.q))
		d.drop(keep)
		scan -= min(keep, scan)
	}
	return search(len(d.buf))
}
