package data

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/isnad/isnad/model"
)

// file is one article of a library: a file of its own, or a record of a
// collection.
type file struct {
	path string // as listed: "a.txt", "x.zip/b.md", "news.json#18"
	id   string
	org  origin
	coll *collection // the collection of a record, nil for a file
	rec  recLoc
}

// recLoc finds a record in its collection.
type recLoc struct {
	n    int   // 0-based record number
	off  int64 // offset in the (decompressed) stream
	line int
}

// job is one article for the background pass: its index and, for a record,
// its text as the collection's stream brought it (a file is read by the
// worker that counts it).
type job struct {
	i    int
	raw  []byte
	prob *model.Problem
	read bool // raw and prob are set
}

// pass parses every article once, on all cores, for its stats and problems.
// A collection is read once, in order, its records handed to the workers
// as they come: never re-read per record, never held whole.
func (l *Library) pass() {
	defer close(l.finished)
	workers := runtime.GOMAXPROCS(0)
	work := make(chan job, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				l.count(j)
			}
		}()
	}
	l.feed(work)
	close(work)
	wg.Wait()
	l.mu.Lock()
	l.over = true
	close(l.updates)
	l.mu.Unlock()
}

// feed hands the articles to the workers in corpus order, until the end or
// Close.
// It runs once every article is listed: files and order no longer change.
func (l *Library) feed(work chan<- job) {
	for k := 0; k < len(l.order); {
		i := l.order[k]
		c := l.files[i].coll
		if c == nil {
			select {
			case work <- job{i: i}:
			case <-l.stop:
				return
			}
			k++
			continue
		}
		// A collection's records are next to each other in catalog
		// order (not in l.files: files may join between two batches of
		// them).
		end := k
		for end < len(l.order) && l.files[l.order[end]].coll == c {
			end++
		}
		if !l.feedCollection(work, l.order[k:end]) {
			return
		}
		k = end
	}
}

// feedCollection streams the records of the files idx (indices of
// l.files, one collection's, in record order) to the workers. A read that stalls ends the collection: the records not
// reached are counted with a problem. false: Close was called.
func (l *Library) feedCollection(work chan<- job, idx []int) bool {
	c := l.files[idx[0]].coll
	from, to := 0, len(idx)
	recs := make(chan *record)
	quit := make(chan struct{})
	errc := make(chan error, 1)
	w := &watch{}
	go func() {
		defer close(recs)
		rc, err := l.arch.open(l.fsys, c.org, w, l.o.MaxArticleBytes)
		if err != nil {
			errc <- err
			return
		}
		defer rc.Close()
		errc <- c.readRecords(rc, -1, l.o.MaxArticleBytes, func(r *record) bool {
			select {
			case recs <- r:
				return true
			case <-quit:
				return false
			}
		})
	}()
	defer close(quit)
	tick := time.NewTicker(min(l.o.ReadTimeout/4, 250*time.Millisecond))
	defer tick.Stop()
	next := from
	var failure error
loop:
	for {
		select {
		case r, ok := <-recs:
			if !ok {
				failure = <-errc
				break loop
			}
			for next < to && l.files[idx[next]].rec.n < r.n {
				next++ // a record that read at open time and not now: below
			}
			if next >= to || l.files[idx[next]].rec.n != r.n {
				continue // skipped at open time
			}
			j := job{i: idx[next], raw: r.content, read: true}
			switch {
			case r.bad != "":
				j.prob = &model.Problem{Path: l.files[idx[next]].path, Kind: model.ProblemRecord, Fatal: true,
					Detail: "no longer an article: " + r.bad}
			case int64(len(r.content)) > l.o.MaxArticleBytes:
				p := tooLargeListed(l.files[idx[next]].path, int64(len(r.content)), l.o.MaxArticleBytes)
				j.prob, j.raw = &p, nil
			}
			select {
			case work <- j:
			case <-l.stop:
				return false
			}
			next++
		case <-tick.C:
			if s := w.since.Load(); s != 0 && time.Since(time.Unix(0, s)) > l.o.ReadTimeout {
				w.abandoned.Store(true)
				failure = errTimedOut
				break loop
			}
		case <-l.stop:
			return false
		}
	}
	if missing := to - next; missing > 0 {
		detail := fmt.Sprintf("%d record(s) could not be read again", missing)
		if failure != nil {
			detail += ": " + readProblem(c.org.String(), failure).Detail
		}
		l.mu.Lock()
		l.addProblems(model.Problem{Path: c.org.String(), Kind: model.ProblemUnreadable, Detail: detail})
		l.done += missing
		l.notify()
		l.mu.Unlock()
	}
	return true
}

// count parses and analyses one article and publishes what the lists need:
// stats, problems, claim rows, citation diagnostics and its sources. The
// parse itself is dropped.
func (l *Library) count(j job) {
	var a *model.Article
	var s *model.Sourcing
	prob := j.prob
	switch {
	case !j.read:
		// A file: the reader may be parsing it too.
		p := l.parseShared(j.i)
		a, prob = p.a, p.prob
	case prob == nil:
		f := l.files[j.i]
		a = ParseArticle(f.id, f.path, j.raw, l.snapshot(j.i).Meta)
	}
	if prob == nil {
		s = l.analyseShared(j.i, a)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	select {
	case <-l.stop:
		return // closed meanwhile: the library stays as Close left it
	default:
	}
	if prob != nil {
		l.addProblems(*prob)
	} else {
		l.publish(j.i, a, s)
	}
	l.done++
	l.notify()
}

// body reads the text of article i: the file, or the record in its
// collection, under the read timeout and the size limit. The article is
// in the list: a problem says it stays there unread, not that it was
// skipped.
func (l *Library) body(i int) ([]byte, *model.Problem) {
	raw, prob := l.readBody(i)
	if prob != nil {
		p := *prob
		p.Detail = strings.Replace(p.Detail, ": skipped", ": listed, but its text is not read", 1)
		return nil, &p
	}
	return raw, nil
}

func (l *Library) readBody(i int) ([]byte, *model.Problem) {
	f := l.file(i)
	if f.coll == nil {
		raw, complete, err := l.read(f.org, l.o.MaxArticleBytes, l.o.ReadTimeout)
		if err != nil {
			return nil, readProblem(f.path, err)
		}
		if !complete {
			p := tooLargeListed(f.path, -1, l.o.MaxArticleBytes)
			return nil, &p
		}
		raw, _, prob := checkText(f.path, raw, true)
		return raw, prob
	}
	rec, err := guarded(l.o.ReadTimeout, func(w *watch) (*record, error) {
		return l.readRecord(f, w)
	})
	if err != nil {
		return nil, readProblem(f.path, err)
	}
	if rec.bad != "" {
		return nil, &model.Problem{Path: f.path, Kind: model.ProblemRecord, Fatal: true, Detail: "no longer an article: " + rec.bad}
	}
	if int64(len(rec.content)) > l.o.MaxArticleBytes {
		p := tooLargeListed(f.path, int64(len(rec.content)), l.o.MaxArticleBytes)
		return nil, &p
	}
	return rec.content, nil
}

// parse reads and parses article i; size is its text's.
func (l *Library) parse(i int) (*model.Article, int, *model.Problem) {
	raw, prob := l.body(i)
	if prob != nil {
		return nil, 0, prob
	}
	f := l.file(i)
	return ParseArticle(f.id, f.path, raw, l.snapshot(i).Meta), len(raw), nil
}
