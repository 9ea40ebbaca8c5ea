package data

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/isnad/isnad/model"
)

// Reads that cannot hang. A file that looks regular may block on read (a
// link to /proc/kmsg) or on open (a FIFO that appeared after the scan), and
// a network file system may stall: every read of the corpus runs under a
// watch, and a read or open that blocks for longer than the read timeout is
// abandoned with a "read timed out" problem. The goroutine blocked in the
// system call cannot be stopped; it is left behind, holding one file open,
// and what it returns is never used. Sizes are checked on the bytes read,
// never on what stat says (/proc files say 0, a file may grow).

// DefaultReadTimeout is how long one read of a corpus file may block.
const DefaultReadTimeout = 5 * time.Second

// maxOpenTimeout bounds the reads made while a library opens (the heads of
// the files, the catalog, zip directories). A local read of a few KB never
// takes that long; the file is reported, not waited for. (A variable for
// tests.)
var maxOpenTimeout = 2 * time.Second

// openTimeout is the timeout of the reads made while opening.
func (o Options) openTimeout() time.Duration { return min(o.ReadTimeout, maxOpenTimeout) }

// errTimedOut is the problem of a read abandoned by its watch.
var errTimedOut = errors.New("read timed out")

// watch follows the blocking calls of one read job.
type watch struct {
	since     atomic.Int64 // start of the pending call (UnixNano), 0: none
	abandoned atomic.Bool
	// to is the read job the calls now serve, when they are another's: a
	// stream kept open between reads (cursor.go) reports its calls to the
	// guard of the read using it, and stops when that one is abandoned.
	to atomic.Pointer[watch]
}

// call runs one call that may block (an open, a read) under the watch.
func (w *watch) call(f func()) {
	now := time.Now().UnixNano()
	w.since.Store(now)
	to := w.to.Load()
	if to != nil {
		to.since.Store(now)
	}
	f()
	w.since.Store(0)
	if to != nil {
		to.since.Store(0)
	}
}

// gone: the read the watch serves was abandoned.
func (w *watch) gone() bool {
	if w.abandoned.Load() {
		return true
	}
	to := w.to.Load()
	return to != nil && to.abandoned.Load()
}

// reader wraps r so that each Read is watched.
func (w *watch) reader(r io.Reader) io.Reader { return &watchedReader{r: r, w: w} }

type watchedReader struct {
	r io.Reader
	w *watch
}

func (wr *watchedReader) Read(p []byte) (n int, err error) {
	if wr.w.gone() {
		return 0, errTimedOut
	}
	wr.w.call(func() { n, err = wr.r.Read(p) })
	return n, err
}

// guarded runs job, which must do its blocking calls through the watch it
// is given, and returns its result; or errTimedOut as soon as one call has
// blocked for longer than timeout (job goes on alone and is ignored).
func guarded[T any](timeout time.Duration, job func(w *watch) (T, error)) (T, error) {
	if timeout <= 0 {
		timeout = DefaultReadTimeout
	}
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	w := &watch{}
	go func() {
		v, err := job(w)
		done <- result{v, err}
	}()
	tick := time.NewTicker(min(timeout/4, 250*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case r := <-done:
			return r.v, r.err
		case <-tick.C:
			if s := w.since.Load(); s != 0 && time.Since(time.Unix(0, s)) > timeout {
				w.abandoned.Store(true)
				var zero T
				return zero, errTimedOut
			}
		}
	}
}

// origin is where an article's bytes, or a collection's, come from: a file
// of the corpus, maybe a member of a zip archive, maybe gzip-compressed.
type origin struct {
	file   string // path in the corpus, slash-separated
	member string // entry of the zip archive file, or ""
	gz     bool   // gzip-compressed (the file, or the member)
}

// String is the origin as problems and article paths name it:
// "2015-07-21.zip/2015-07-21.json".
func (o origin) String() string {
	if o.member != "" {
		return o.file + "/" + o.member
	}
	return o.file
}

// archives keeps the zip archives of a corpus open once their directory
// has been read: a zip of thousands of articles is opened once, not once
// per article. Safe for concurrent use.
type archives struct {
	mu   sync.Mutex
	zips map[string]*zipArchive
}

type zipArchive struct {
	once sync.Once
	r    *zip.Reader
	err  error
}

// zip returns the reader of a zip file of fsys, reading its directory once.
func (a *archives) zip(fsys fs.FS, name string, w *watch, limit int64) (*zip.Reader, error) {
	a.mu.Lock()
	if a.zips == nil {
		a.zips = map[string]*zipArchive{}
	}
	z := a.zips[name]
	if z == nil {
		z = &zipArchive{}
		a.zips[name] = z
	}
	a.mu.Unlock()
	z.once.Do(func() { z.r, z.err = openZip(fsys, name, w, limit) })
	return z.r, z.err
}

// openZip reads the directory of a zip archive. The file stays open for
// the members to be read (through ReadAt) as long as the library lives.
func openZip(fsys fs.FS, name string, w *watch, limit int64) (*zip.Reader, error) {
	var f fs.File
	var err error
	w.call(func() { f, err = fsys.Open(name) })
	if err != nil {
		return nil, err
	}
	if ra, ok := f.(io.ReaderAt); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return zip.NewReader(watchedReaderAt{ra, w}, st.Size())
		}
	}
	// No ReaderAt: read it whole, within the limit.
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(w.reader(f), limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("larger than %d MB", limit>>20)
	}
	return zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
}

// watchedReaderAt watches the directory reads of a zip; members are read
// later under other watches, so only the directory read is timed.
type watchedReaderAt struct {
	r io.ReaderAt
	w *watch
}

func (wr watchedReaderAt) ReadAt(p []byte, off int64) (n int, err error) {
	wr.w.call(func() { n, err = wr.r.ReadAt(p, off) })
	return n, err
}

// open returns the bytes of an origin as a stream, decompressed.
func (a *archives) open(fsys fs.FS, o origin, w *watch, limit int64) (io.ReadCloser, error) {
	var rc io.ReadCloser
	if o.member != "" {
		zr, err := a.zip(fsys, o.file, w, limit)
		if err != nil {
			return nil, err
		}
		var f fs.File
		w.call(func() { f, err = zr.Open(o.member) })
		if err != nil {
			return nil, err
		}
		rc = f
	} else {
		var f fs.File
		var err error
		w.call(func() { f, err = fsys.Open(o.file) })
		if err != nil {
			return nil, err
		}
		rc = f
	}
	r := w.reader(rc)
	if o.gz {
		var zr *gzip.Reader
		var err error
		zr, err = gzip.NewReader(r)
		if err != nil {
			rc.Close()
			return nil, fmt.Errorf("not gzip data: %s", errText(err))
		}
		return readCloser{zr, rc}, nil
	}
	return readCloser{r, rc}, nil
}

type readCloser struct {
	io.Reader
	c io.Closer
}

func (r readCloser) Close() error { return r.c.Close() }

// readLimited reads at most limit bytes of an origin; complete says there
// was no more. The size is judged on what was read.
func (a *archives) readLimited(fsys fs.FS, o origin, limit int64, w *watch) (raw []byte, complete bool, err error) {
	rc, err := a.open(fsys, o, w, limit)
	if err != nil {
		return nil, false, err
	}
	defer rc.Close()
	// A stat size, when there is one, only sizes the buffer.
	hint := int64(512)
	if f, ok := rc.(readCloser).c.(fs.File); ok && !o.gz {
		if st, err := f.Stat(); err == nil && st.Size() > 0 {
			hint = st.Size() + 1
		}
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(hint, limit+1)))
	if _, err := buf.ReadFrom(io.LimitReader(rc, limit+1)); err != nil {
		return nil, false, err
	}
	raw = buf.Bytes()
	if int64(len(raw)) > limit {
		return raw[:limit], false, nil
	}
	return raw, true, nil
}

// readProblem turns a read error into the problem of the file.
func readProblem(path string, err error) *model.Problem {
	detail := "cannot be read: " + errText(err)
	if errors.Is(err, errTimedOut) {
		detail = "read timed out: skipped (a device, a pipe or a stalled file system?)"
	}
	return &model.Problem{Path: path, Kind: model.ProblemUnreadable, Fatal: true, Detail: detail}
}

// isCompressedName reports a gzip file name and returns it without ".gz".
func isCompressedName(p string) (string, bool) {
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		return p[:len(p)-3], true
	}
	return p, false
}

// gzipSize is the size a gzip file says its content has (its trailer's
// ISIZE, modulo 4 GB: a hint, as a file may lie; the size is judged again
// on what is read), or -1 when it cannot tell.
func gzipSize(fsys fs.FS, name string, w *watch) (int64, error) {
	var f fs.File
	var err error
	w.call(func() { f, err = fsys.Open(name) })
	if err != nil {
		return -1, err
	}
	defer f.Close()
	ra, ok := f.(io.ReaderAt)
	st, err := f.Stat()
	if !ok || err != nil || !st.Mode().IsRegular() || st.Size() < 18 {
		return -1, nil
	}
	var tail [4]byte
	w.call(func() { _, err = ra.ReadAt(tail[:], st.Size()-4) })
	if err != nil {
		return -1, err
	}
	return int64(binary.LittleEndian.Uint32(tail[:])), nil
}
