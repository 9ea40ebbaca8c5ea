package data

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/isnad/isnad/model"
)

// The open-time pass: the start of every article file and every record of
// every collection, enough to reject what is no article and to know the
// metadata. Texts are not kept.

// head is what the open-time pass learns of one article file.
type head struct {
	meta  model.Meta
	probs []model.Problem
	skip  bool
	size  int64 // the text's bytes: the file's, or what a .gz says it inflates to
}

// recHead is what it learns of one record of a collection.
type recHead struct {
	n    int
	off  int64
	line int
	size int // of its text as written
	meta model.Meta
}

// collHead is what it learns of a collection.
type collHead struct {
	mu    sync.Mutex // the reading goroutine adds while a timeout may read
	recs  []recHead
	probs []model.Problem
	// probRec is the record (0-based) a problem of probs is about, by
	// index in probs; the listing names its article once it has an id.
	probRec map[int]int
}

// scriptBytes of a record's text tell its script.
const scriptBytes = 400

// sniffBytes is read of a file whose metadata the catalog gives in full,
// to tell text from binary.
const sniffBytes = 1024

// read reads at most limit bytes of an origin under a watch.
func (l *Library) read(o origin, limit int64, timeout time.Duration) ([]byte, bool, error) {
	type res struct {
		raw      []byte
		complete bool
	}
	r, err := guarded(timeout, func(w *watch) (res, error) {
		raw, complete, err := l.arch.readLimited(l.fsys, o, limit, w)
		return res{raw, complete}, err
	})
	return r.raw, r.complete, err
}

func (l *Library) articleHead(e *entry) head {
	p := e.path()
	if e.size > l.o.MaxArticleBytes {
		return head{skip: true, probs: []model.Problem{tooLarge(p, e.size, l.o.MaxArticleBytes)}}
	}
	size := e.size
	if e.org.gz && e.org.member == "" {
		// What the gzip trailer says it inflates to: a file over the
		// limit is skipped now, not listed and refused when read.
		gz, err := guarded(l.o.openTimeout(), func(w *watch) (int64, error) { return gzipSize(l.fsys, e.org.file, w) })
		if err == nil && gz > l.o.MaxArticleBytes {
			return head{skip: true, probs: []model.Problem{tooLarge(p, gz, l.o.MaxArticleBytes)}}
		}
		if err == nil {
			size = gz
		}
	}
	limit := int64(headBytes)
	if e.listed && !needsInference(e.written) {
		limit = sniffBytes
	}
	raw, complete, err := l.read(e.org, limit, l.o.openTimeout())
	if err == nil && !complete && !e.listed && bytes.HasPrefix(raw, []byte("---")) && frontMatterBytes(raw) == nil {
		// A front matter block longer than the head: read on.
		raw, complete, err = l.read(e.org, maxHeadBytes, l.o.openTimeout())
	}
	if err != nil {
		return head{skip: true, probs: []model.Problem{*readProblem(p, err)}}
	}
	raw, _, prob := checkText(p, raw, complete)
	if prob != nil {
		return head{skip: true, probs: []model.Problem{*prob}}
	}
	h := head{size: size}
	h.meta, h.probs = metaFor(e, raw)
	return h
}

// tooLarge is the problem of an article over the size limit.
// size < 0: what was read went past the limit.
func tooLarge(p string, size, limit int64) model.Problem {
	what := "larger than the limit"
	if size >= 0 {
		what = sizeText(size) + ", over the limit"
	}
	return model.Problem{Path: p, Kind: model.ProblemTooLarge, Fatal: true,
		Detail: fmt.Sprintf("too large for an article (%s of %s): skipped", what, sizeText(limit))}
}

// tooLargeListed is the problem of an article found over the size limit
// once listed (a compressed file whose size said less, a file that grew):
// it stays in the list, unread, and the problem says so.
func tooLargeListed(p string, size, limit int64) model.Problem {
	prob := tooLarge(p, size, limit)
	prob.Detail = strings.TrimSuffix(prob.Detail, ": skipped") + ": listed, but its text is not read"
	return prob
}

func sizeText(n int64) string {
	if n >= 1<<20 {
		return strconv.FormatInt(n>>20, 10) + " MB"
	}
	return strconv.FormatInt(n>>10, 10) + " KB"
}

// collectionHead reads every record of a collection for its metadata into
// ch, where the listing takes them as they come. A read that stalls keeps
// the records read before it.
func (l *Library) collectionHead(e *entry, ch *collHead) {
	c := e.coll
	sink := &recordProblems{path: c.org.String()}
	_, err := guarded(l.o.openTimeout(), func(w *watch) (struct{}, error) {
		rc, err := l.arch.open(l.fsys, c.org, w, l.o.MaxArticleBytes)
		if err != nil {
			return struct{}{}, err
		}
		defer rc.Close()
		return struct{}{}, c.readRecords(rc, headBytes, l.o.MaxArticleBytes, func(r *record) bool {
			rh, ok := l.recordHead(c, r, sink)
			ch.mu.Lock()
			defer ch.mu.Unlock()
			if w.abandoned.Load() {
				return false
			}
			if ok {
				ch.recs = append(ch.recs, rh)
			}
			return true
		})
	})
	ch.mu.Lock()
	defer ch.mu.Unlock()
	if err != nil {
		prob := readProblem(c.org.String(), err)
		if n := len(ch.recs); n > 0 {
			prob.Fatal = false
			prob.Detail += fmt.Sprintf(" after %d record(s); the rest is not read", n)
		}
		ch.probs = append(ch.probs, *prob)
		return
	}
	probs, recs := sink.done(c, len(ch.recs))
	for k, n := range recs {
		if n >= 0 {
			if ch.probRec == nil {
				ch.probRec = map[int]int{}
			}
			ch.probRec[len(ch.probs)+k] = n
		}
	}
	ch.probs = append(ch.probs, probs...)
}

// recordHead checks one record and works out its metadata.
func (l *Library) recordHead(c *collection, r *record, sink *recordProblems) (recHead, bool) {
	switch {
	case r.bad != "":
		sink.add(r, model.ProblemRecord, r.bad+": skipped")
		return recHead{}, false
	case int64(r.size) > l.o.MaxArticleBytes:
		sink.add(r, model.ProblemTooLarge, fmt.Sprintf("its text is too large for an article (%s, over the limit of %s): skipped",
			sizeText(int64(r.size)), sizeText(l.o.MaxArticleBytes)))
		return recHead{}, false
	case len(r.content) == 0 || isBlank(string(r.content)):
		if r.vals[fTitle] == nil && r.vals[fURL] == nil {
			sink.empty++
			return recHead{}, false
		}
		// A headline and a link are worth listing: the collection may
		// have lost the text, the reader can still find it.
		sink.noText++
		r.content = nil
	case looksBinary(r.content):
		sink.add(r, model.ProblemBinary, "binary data, not text: skipped")
		return recHead{}, false
	}
	written := r.written(c)
	p := recordPath(c, r.n)
	meta, probs := written.toMeta(p)
	for _, pr := range probs {
		sink.add(r, pr.Kind, pr.Detail)
	}
	if needsInference(written) {
		if written.Title == nil {
			ps, _ := parseParas(p, cutAtLine(r.content))
			meta = inferMeta(meta, written, p, ps)
		} else {
			// Only language and direction: the letters of the text's start
			// tell them without parsing it.
			head := r.content[:min(len(r.content), scriptBytes)]
			if len(head) == 0 {
				head = []byte(meta.Title)
			}
			meta = inferScript(meta, written, []para{{text: string(head), kind: model.Body}})
		}
	}
	return recHead{n: r.n, off: r.off, line: r.line, size: r.size, meta: meta}, true
}

// recordProblems gathers the problems of a collection's records: a few
// told one by one, the rest counted, so that 25,000 records with the same
// fault do not bury the other problems.
type recordProblems struct {
	mu     sync.Mutex
	path   string
	probs  []model.Problem
	recs   []int // the record of each of probs
	more   int
	noText int // listed without text
	empty  int // skipped: no text, no title, no link
}

const maxRecordProblems = 20

func (s *recordProblems) add(r *record, kind model.ProblemKind, detail string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.probs) >= maxRecordProblems {
		s.more++
		return
	}
	s.probs = append(s.probs, model.Problem{Path: s.path, Kind: kind, Line: r.line,
		Detail: fmt.Sprintf("record %d: %s", r.n+1, detail)})
	s.recs = append(s.recs, r.n)
}

// done closes the list: the counts, and the collection itself when none of
// its records was an article. recs gives the record each problem is about
// (0-based), -1 for the counts.
func (s *recordProblems) done(c *collection, kept int) (out []model.Problem, recs []int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer func() {
		recs = append(s.recs[:len(s.recs):len(s.recs)], make([]int, len(out)-len(s.recs))...)
		for k := len(s.recs); k < len(recs); k++ {
			recs[k] = -1
		}
	}()
	out = s.probs
	hint := ""
	if kept == s.noText {
		hint = "; if the text is under another name, map it with --fields content=NAME or fields: in catalog.yaml"
	}
	if s.noText > 0 {
		out = append(out, model.Problem{Path: s.path, Kind: model.ProblemEmpty,
			Detail: fmt.Sprintf("%d record(s) without text: listed with their title and link only%s", s.noText, hint)})
		hint = ""
	}
	if s.empty > 0 {
		out = append(out, model.Problem{Path: s.path, Kind: model.ProblemEmpty, Fatal: kept == 0,
			Detail: fmt.Sprintf("%d record(s) with no text, title or link: skipped%s", s.empty, hint)})
	}
	if s.more > 0 {
		out = append(out, model.Problem{Path: s.path, Kind: model.ProblemRecord,
			Detail: fmt.Sprintf("%d more problem(s) with records of this collection", s.more)})
	}
	if kept == 0 && len(out) == 0 {
		out = append(out, model.Problem{Path: s.path, Kind: model.ProblemEmpty, Fatal: true,
			Detail: "no record: skipped"})
	}
	return out, nil
}

// recordID is a record's id: "alriyadh/2015-07-21/17", the 17th article
// of that outlet on that date in corpus order, when the record gives both;
// else the collection's name and the record's number, "news/18".
func recordID(m model.Meta, c *collection, n int, groups map[string]int) string {
	if m.Outlet != "" && m.Date != "" {
		key := slug(m.Outlet) + "/" + m.Date
		groups[key]++
		return key + "/" + strconv.Itoa(groups[key])
	}
	return c.stem + "/" + strconv.Itoa(n+1)
}
