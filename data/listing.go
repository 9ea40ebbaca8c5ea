package data

import (
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/isnad/isnad/model"
)

// Listing: the heads of a corpus's files and collections (heads.go) are
// read on a few goroutines, and each article joins the library as soon as
// its place and id are known, so that the explorer shows the first rows
// at once and the list grows, in catalog order, while the rest is read.
//
//   - A file's id depends on its name only (ids are taken in catalog
//     order at open, even by files that turn out unreadable: an article's
//     id never changes because another file could not be read), so a file
//     joins when its head is read, whatever the state of the others: a
//     file whose read blocks delays no other.
//   - A record's id ("alriyadh/2015-07-21/17") counts the records of its
//     outlet and date before it in catalog order, so collections join in
//     order: the first one not fully read joins record by record as they
//     are read, the next ones when it is done.
//
// Articles are numbered as they join (that number indexes files, arts,
// claims and diags and never changes); order lists them in catalog order.

// listTick is how often the records read of the first collection not yet
// listed join the library.
const listTick = 40 * time.Millisecond

// slowHead is how long the head of a file may take before the next file
// is read beside it.
const slowHead = 50 * time.Millisecond

// listKey places an article in catalog order: its entry, and its record.
type listKey struct{ entry, rec int }

func (k listKey) compare(o listKey) int {
	if k.entry != o.entry {
		return k.entry - o.entry
	}
	return k.rec - o.rec
}

// listing is the state of the open-time reading of heads.
type listing struct {
	entries []entry
	fileIDs []string          // per entry, files only
	heads   []head            // per entry, files, once read
	colls   []*collHead       // per entry, collections, set before reading
	probs   [][]model.Problem // per entry, once listed
	done    []bool
	next    int // the first collection entry not fully listed
	took    int // records of entries[next] already listed
	groups  map[string]int
	taken   map[string]bool
	recIDs  map[int]string // the ids of entries[next]'s records listed so far
}

// startListing reads the heads of entries in the background; the articles
// join the library as they are read. first is closed once the library
// holds an article or the listing is over, l.listed when it is over.
func (l *Library) startListing(entries []entry) (first <-chan struct{}) {
	ls := &listing{entries: entries, fileIDs: make([]string, len(entries)), heads: make([]head, len(entries)),
		colls: make([]*collHead, len(entries)), probs: make([][]model.Problem, len(entries)),
		done: make([]bool, len(entries)), groups: map[string]int{}, taken: map[string]bool{}}
	files := map[string]bool{}
	for i := range entries {
		e := &entries[i]
		if c := e.coll; c != nil {
			ls.colls[i] = &collHead{}
			continue
		}
		name, _ := isCompressedName(e.path())
		ls.fileIDs[i] = uniqueID(articleID(name), files)
	}
	ls.skipFiles()
	l.listProbs = ls.probs
	ch := make(chan struct{})
	go l.list(ls, ch)
	return ch
}

// skipFiles moves next past the entries that are no collection.
func (ls *listing) skipFiles() {
	for ls.next < len(ls.entries) && ls.entries[ls.next].coll == nil {
		ls.next++
	}
}

// list reads the heads, a few at a time (more than the cores: a read may
// block until it times out), and adds the articles as they come.
func (l *Library) list(ls *listing, first chan struct{}) {
	finished := make(chan int)
	go func() {
		slots := make(chan struct{}, max(runtime.GOMAXPROCS(0), 4))
		var wg sync.WaitGroup
	feed:
		for i := range ls.entries {
			select {
			case slots <- struct{}{}:
			case <-l.stop:
				break feed
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				var once sync.Once
				free := func() { once.Do(func() { <-slots }) }
				defer free()
				if e := &ls.entries[i]; e.coll != nil {
					l.collectionHead(e, ls.colls[i])
				} else {
					// A file's head is a few KB: a read that takes
					// longer blocks (a link to /proc/kmsg, a stalled
					// mount) and gives its slot to the next one.
					t := time.AfterFunc(slowHead, free)
					ls.heads[i] = l.articleHead(e)
					t.Stop()
				}
				finished <- i
			}()
		}
		wg.Wait()
		close(finished)
	}()
	tick := time.NewTicker(listTick)
	defer tick.Stop()
	signalled := false
	signal := func() {
		if !signalled && (len(l.arts) > 0) {
			close(first)
			signalled = true
		}
	}
	for open := true; open; {
		select {
		case i, ok := <-finished:
			if !ok {
				open = false
				break
			}
			ls.done[i] = true
			l.mu.Lock()
			if ls.entries[i].coll == nil {
				l.addFile(ls, i)
			}
			l.addRecords(ls)
			signal()
			l.notify()
			l.mu.Unlock()
		case <-tick.C:
			l.mu.Lock()
			if l.addRecords(ls) {
				signal()
				l.notify()
			}
			l.mu.Unlock()
		}
	}
	l.endListing(ls)
	if !signalled {
		close(first)
	}
}

// addFile adds entry i, a file whose head was read. l.mu is held.
func (l *Library) addFile(ls *listing, i int) {
	e, h := &ls.entries[i], ls.heads[i]
	ls.probs[i] = h.probs
	if h.skip {
		return
	}
	if h.size > 0 {
		l.textBytes += h.size // a .gz's inflated size, as its trailer says
	}
	l.add([]*file{{path: e.path(), id: ls.fileIDs[i], org: e.org}}, []model.Meta{h.meta}, listKey{i, 0})
}

// addRecords adds the records read of the collections next in order: of
// the first one not fully read, those read so far. l.mu is held; false:
// nothing was added.
func (l *Library) addRecords(ls *listing) bool {
	added := false
	for ls.next < len(ls.entries) {
		i := ls.next
		e, ch := &ls.entries[i], ls.colls[i]
		ch.mu.Lock()
		recs := ch.recs[ls.took:]
		ls.took = len(ch.recs)
		ch.mu.Unlock()
		if len(recs) > 0 {
			files := make([]*file, len(recs))
			metas := make([]model.Meta, len(recs))
			for k, r := range recs {
				id := uniqueID(recordID(r.meta, e.coll, r.n, ls.groups), ls.taken)
				if ls.recIDs == nil {
					ls.recIDs = map[int]string{}
				}
				ls.recIDs[r.n] = id
				files[k] = &file{path: recordPath(e.coll, r.n), id: id, org: e.org, coll: e.coll,
					rec: recLoc{n: r.n, off: r.off, line: r.line}}
				metas[k] = r.meta
				l.textBytes += int64(r.size)
			}
			l.add(files, metas, listKey{i, recs[0].n})
			added = true
		}
		if !ls.done[i] {
			break
		}
		ch.mu.Lock()
		ls.probs[i] = ch.probs
		for k, n := range ch.probRec {
			// A problem of a record listed as an article names it.
			if id, ok := ls.recIDs[n]; ok && k < len(ch.probs) {
				ch.probs[k].Article = id
			}
		}
		ch.mu.Unlock()
		ls.recIDs = nil
		ls.next++
		ls.took = 0
		ls.skipFiles()
	}
	return added
}

// add adds articles that follow each other in catalog order, the first at
// key. l.mu is held.
func (l *Library) add(files []*file, metas []model.Meta, key listKey) {
	at, _ := slices.BinarySearchFunc(l.order, key, func(i int, k listKey) int { return l.keys[i].compare(k) })
	pos := make([]int, len(files))
	for k, f := range files {
		n := len(l.files)
		pos[k] = n
		l.index[f.id] = n
		l.files = append(l.files, f)
		l.arts = append(l.arts, &model.Article{ID: f.id, Path: f.path, Meta: metas[k]})
		l.keys = append(l.keys, listKey{key.entry, key.rec + k})
		l.claims = append(l.claims, nil)
		l.diags = append(l.diags, nil)
	}
	l.order = slices.Insert(l.order, at, pos...)
}

// endListing closes the listing: its problems join the library's in
// catalog order, the source index learns the order of the articles, and,
// for a progressive library, the background pass starts (Open starts it
// for the others).
func (l *Library) endListing(ls *listing) {
	l.mu.Lock()
	for _, ps := range ls.probs {
		l.addProblems(ps...)
	}
	l.listProbs = nil
	l.listing = false
	ids := make([]string, len(l.order))
	for k, i := range l.order {
		ids[k] = l.arts[i].ID
	}
	l.notify()
	l.mu.Unlock()
	l.sources.Order(ids)
	close(l.listed)
	if l.o.Progressive {
		l.startPass()
	}
}

// startPass starts the background pass once every article is listed, or
// closes Updates at once when there is none to run.
func (l *Library) startPass() {
	stopped := false
	select {
	case <-l.stop:
		stopped = true
	default:
	}
	l.mu.RLock()
	n := len(l.order)
	l.mu.RUnlock()
	if l.o.NoPass || n == 0 || stopped {
		l.mu.Lock()
		l.over = true
		close(l.updates)
		l.mu.Unlock()
		close(l.finished)
		return
	}
	go l.pass()
}

// Listing says whether articles are still being listed: until then
// Articles grows.
func (l *Library) Listing() bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.listing
}

// WaitListed blocks until every article is listed.
func (l *Library) WaitListed() { <-l.listed }

// TextBytes is the size of the articles' texts as written (a record's
// escaped text, a file's size on disk), once listed.
func (l *Library) TextBytes() int64 {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.textBytes
}

// lookup finds an article by id; one not listed yet is waited for.
func (l *Library) lookup(id string) (int, bool) {
	l.mu.RLock()
	i, ok := l.index[id]
	listing := l.listing
	l.mu.RUnlock()
	if ok || !listing {
		return i, ok
	}
	l.WaitListed()
	l.mu.RLock()
	defer l.mu.RUnlock()
	i, ok = l.index[id]
	return i, ok
}

// file returns article i's file: files grows while the library lists.
func (l *Library) file(i int) *file {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.files[i]
}
