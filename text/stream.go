package text

import "unsafe"

// Stream lays out one paragraph after another, without a cache, for a
// stream of text such as isnad cat's input: the same pipeline as the Engine,
// minus what only Render needs. Once warmed up it allocates nothing. Not
// safe for concurrent use: use one Stream per goroutine.
type Stream struct {
	l layouter
}

// NewStream returns a stream with options o.
func NewStream(o Options) *Stream {
	initPlain()
	return &Stream{l: layouter{o: o, newline: true}}
}

// Append lays out para (one paragraph, without its newline) as Layout would
// with the stream's options, and appends the lines to dst, each followed by
// '\n'.
func (s *Stream) Append(dst, para []byte, width int, dir Direction) []byte {
	l := &s.l
	l.buf = dst
	// The layouter reads para only during the call and keeps nothing of it.
	l.paragraph(unsafe.String(unsafe.SliceData(para), len(para)), width, dir, l.o.NoBreak, false)
	dst, l.buf = l.buf, nil
	return dst
}
