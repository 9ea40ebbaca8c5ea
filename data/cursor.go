package data

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sync"
)

// A collection's records are read from its stream, which (in a zip, a .gz)
// can only be inflated from the start: reading record n alone means
// inflating everything before it. Read one by one in order — the search
// index, `isnad claims` and `export` over a corpus — that was quadratic: a
// SaudiNewsNet day of 2,972 records took 130 s to index, nearly all of it
// inflating the same bytes again. A cursor is a stream left open where the
// record just read ends: the next record of the collection continues from
// there. A few are kept (maxCursors), the ones used last.

// maxCursors bounds the streams left open, across the library (each holds
// a decompressor's window and a read buffer, ≈100 KB). The search index
// reads on every core at once, each worker a few records apart.
const maxCursors = 4

// maxCursorBuffer: a cursor whose read buffer grew past this (a record of
// megabytes) is closed rather than kept.
const maxCursorBuffer = 1 << 20

// cursor is one collection's stream, positioned after a record.
type cursor struct {
	c    *collection
	rc   io.ReadCloser
	w    *watch // the stream's own watch, relaying to the read it serves
	next int64  // where the next record starts, in the stream

	// JSON: the splitter, started at base. CSV: the reader, started at
	// base, and the per-record limit it reads through.
	sp   *jsonSplitter
	cr   *csv.Reader
	lr   *limitedRecords
	base int64
}

// cursors are the streams left open, the last used at the end.
type cursors struct {
	mu     sync.Mutex
	open   []*cursor
	closed bool // the library is closed: nothing is kept
}

// take removes and returns the cursor of c that is nearest before off (its
// next record at off or before it), or nil.
func (cs *cursors) take(c *collection, off int64) *cursor {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	best := -1
	for i, cu := range cs.open {
		if cu.c == c && cu.next <= off && (best < 0 || cu.next > cs.open[best].next) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	cu := cs.open[best]
	cs.open = append(cs.open[:best], cs.open[best+1:]...)
	return cu
}

// put keeps cu for the next read, closing the least recently used cursor
// when there are too many.
func (cs *cursors) put(cu *cursor) {
	cs.mu.Lock()
	if cs.closed {
		cs.mu.Unlock()
		go cu.rc.Close()
		return
	}
	cs.open = append(cs.open, cu)
	var drop *cursor
	if len(cs.open) > maxCursors {
		drop = cs.open[0]
		cs.open = cs.open[1:]
	}
	cs.mu.Unlock()
	if drop != nil {
		go drop.rc.Close() // a close may block too (a stalled network mount)
	}
}

// closeAll closes every cursor (Library.Close).
func (cs *cursors) closeAll() {
	cs.mu.Lock()
	open := cs.open
	cs.open, cs.closed = nil, true
	cs.mu.Unlock()
	for _, cu := range open {
		go cu.rc.Close() // Close never waits on a stalled file system
	}
}

// readRecord reads record n of collection f.coll at offset off, under the
// read's watch w: from a cursor left before it when there is one, else from
// a fresh stream. The stream is then kept as a cursor after the record.
func (l *Library) readRecord(f *file, w *watch) (*record, error) {
	c, off, n := f.coll, f.rec.off, f.rec.n
	cu := l.cursors.take(c, off)
	if cu == nil {
		cw := &watch{}
		cw.to.Store(w)
		rc, err := l.arch.open(l.fsys, c.org, cw, l.o.MaxArticleBytes)
		if err != nil {
			return nil, err
		}
		cu, err = c.cursorAt(rc, off, l.o.MaxArticleBytes)
		if err != nil {
			go rc.Close()
			return nil, fmt.Errorf("record %d: %w", n+1, err)
		}
		cu.rc, cu.w = rc, cw
	} else {
		cu.w.to.Store(w)
	}
	rec, err := cu.seek(off, n)
	cu.w.to.Store(nil)
	if err != nil || w.abandoned.Load() || cu.next-off > maxCursorBuffer || (cu.sp != nil && cap(cu.sp.buf) > maxCursorBuffer) {
		// A stream that failed or stalled is not read again; one that
		// grew its buffer for a huge record is not kept holding it.
		go cu.rc.Close()
		return rec, err
	}
	l.cursors.put(cu)
	return rec, nil
}

// cursorAt is a cursor on r, a fresh stream of the collection, moved to
// off (where a record starts).
func (c *collection) cursorAt(r io.Reader, off, limit int64) (*cursor, error) {
	var first firstByte
	if _, err := io.CopyN(&first, r, off); err != nil {
		return nil, errors.New("the collection is shorter than when it was opened")
	}
	cu := &cursor{c: c, next: off, base: off}
	if c.format == "json" {
		cu.sp = newJSONSplitter(r, int(limit)+metaSlack)
		cu.sp.began, cu.sp.inArray = off > 0, first.b == '['
	} else {
		cu.lr = &limitedRecords{r: r, max: limit + metaSlack}
		cu.cr = c.csvReader(cu.lr)
	}
	return cu, nil
}

// seek reads the records of the cursor's stream up to the one at off, and
// returns it whole.
func (cu *cursor) seek(off int64, n int) (*record, error) {
	for {
		if cu.sp != nil {
			v, ok := cu.sp.next()
			if !ok {
				return nil, fmt.Errorf("record %d: not found where it was", n+1)
			}
			at := cu.base + v.off
			cu.next = cu.base + cu.sp.off + int64(cu.sp.pos)
			if at < off {
				continue
			}
			if at > off {
				return nil, fmt.Errorf("record %d: not found where it was", n+1)
			}
			v.n = n
			rec := cu.c.jsonRecord(v, -1)
			return &rec, nil
		}
		at := cu.base + cu.cr.InputOffset()
		cu.lr.mark()
		row, err := cu.cr.Read()
		cu.next = cu.base + cu.cr.InputOffset()
		var pe *csv.ParseError
		if at < off && errors.As(err, &pe) {
			continue // a malformed row the listing skipped too
		}
		if err != nil {
			return nil, fmt.Errorf("record %d: %s", n+1, oneLine(err.Error()))
		}
		if at < off {
			continue
		}
		if at > off {
			return nil, fmt.Errorf("record %d: not found where it was", n+1)
		}
		rec := record{n: n, off: off}
		cu.c.csvRecord(&rec, row, -1)
		return &rec, nil
	}
}

// firstByte notes the first byte written that is no space or BOM.
type firstByte struct{ b byte }

func (f *firstByte) Write(p []byte) (int, error) {
	if f.b == 0 {
		for _, c := range p {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF {
				f.b = c
				break
			}
		}
	}
	return len(p), nil
}
