package search

import (
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/isnad/isnad/model"
)

// This file brings an index up to date with its corpus: the articles whose
// stamp changed are parsed, analysed and indexed again, on all cores, in
// batches that bleve writes durably before the manifest records them.

// Batches are cut at this many sentences or batchArticles articles.
const batchSentences = 4000

// update runs in the background from Open to the end of the update.
func (x *Index) update(man *manifest) {
	err := x.run(man)
	x.mu.Lock()
	x.err = err
	x.mu.Unlock()
	close(x.updates)
	close(x.finished)
}

func (x *Index) run(man *manifest) error {
	arts := x.corpus.Articles()
	cur, err := x.stamps(arts)
	if err != nil {
		return err
	}
	all := false
	if data := x.corpus.DataStamp(); man.Data != data {
		all = len(man.Entries) > 0 || man.Data != ""
		man.Data = data
	}
	var todo []*model.Article
	for _, a := range arts {
		if e, ok := man.Entries[a.Path]; all || !ok || e.Stamp != cur[a.Path].Stamp || e.ID != a.ID {
			todo = append(todo, a)
		}
	}
	var gone []string
	for p := range man.Entries {
		if _, ok := cur[p]; !ok {
			gone = append(gone, p)
		}
	}
	x.mu.Lock()
	x.total = len(todo)
	x.mu.Unlock()
	x.notify()

	if len(gone) > 0 {
		b := x.idx.NewBatch()
		for _, p := range gone {
			b.Delete(man.Entries[p].ID)
			delete(man.Entries, p)
		}
		if err := x.idx.Batch(b); err != nil {
			return err
		}
		if err := x.writeManifest(man); err != nil {
			return err
		}
	}
	if len(todo) == 0 {
		if len(gone) == 0 && !fileExists(x.manifestPath()) {
			return x.writeManifest(man)
		}
		return nil
	}

	docs := x.analyse(todo)
	b := x.idx.NewBatch()
	var pending []prepared
	sentences := 0
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		if err := x.idx.Batch(b); err != nil {
			return err
		}
		for _, p := range pending {
			man.Entries[p.art.Path] = manifestE{ID: p.art.ID, Stamp: cur[p.art.Path].Stamp, Sentences: p.sentences}
		}
		if err := x.writeManifest(man); err != nil {
			return err
		}
		x.mu.Lock()
		x.done += len(pending)
		x.mu.Unlock()
		x.notify()
		b = x.idx.NewBatch()
		pending, sentences = pending[:0], 0
		return nil
	}
	for p := range docs {
		select {
		case <-x.stop:
			return nil
		default:
		}
		if old, ok := man.Entries[p.art.Path]; ok && old.ID != p.art.ID {
			b.Delete(old.ID)
		}
		if p.doc == nil {
			b.Delete(p.art.ID)
		} else if err := b.Index(p.art.ID, p.doc); err != nil {
			return err
		}
		pending = append(pending, p)
		sentences += p.sentences
		if sentences >= batchSentences || len(pending) >= batchArticles {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// prepared is one article's document.
type prepared struct {
	art       *model.Article
	doc       map[string]any // nil when the article could not be read
	sentences int
}

// analyse parses and analyses the articles on all cores and hands their
// documents out in order. It stops early when the index is closed.
func (x *Index) analyse(arts []*model.Article) <-chan prepared {
	workers := runtime.GOMAXPROCS(0)
	out := make(chan prepared, workers)
	pending := make(chan chan prepared, 2*workers)
	go func() {
		defer close(pending)
		sem := make(chan struct{}, workers)
		var wg sync.WaitGroup
		defer wg.Wait()
		for _, a := range arts {
			ch := make(chan prepared, 1)
			select {
			case pending <- ch:
			case <-x.stop:
				return
			}
			sem <- struct{}{}
			wg.Add(1)
			go func(a *model.Article) {
				defer wg.Done()
				defer func() { <-sem }()
				d, n := x.document(a)
				ch <- prepared{art: a, doc: d, sentences: n}
			}(a)
		}
	}()
	go func() {
		defer close(out)
		for ch := range pending {
			p := <-ch
			select {
			case out <- p:
			case <-x.stop:
				for range pending { // let the producer finish
				}
				return
			}
		}
	}()
	return out
}

// document builds an article's document: its sentences as arrays, so
// that a match's array position is its sentence (0-based) and phrases never
// run from one sentence into the next. An article that cannot be read has
// none (nil; it is indexed again when its file changes).
func (x *Index) document(meta *model.Article) (map[string]any, int) {
	a, err := x.corpus.Article(meta.ID)
	if err != nil {
		return nil, 0
	}
	claims := map[int]*model.Claim{}
	if s, err := x.corpus.Sourcing(meta.ID); err == nil {
		for i := range s.Claims {
			c := &s.Claims[i]
			if r, err := model.ParseRef(c.ID); err == nil && r.Kind == 's' {
				claims[r.N-1] = c
			}
		}
	}
	field := "ar"
	if isEnglish(a.Meta.Lang) {
		field = "en"
	}
	texts := make([]any, len(a.Sentences))
	status := make([]any, len(a.Sentences))
	claim := make([]any, len(a.Sentences))
	sources := make([]any, len(a.Sentences))
	for i, s := range a.Sentences {
		texts[i] = s.Text
		claim[i] = noClaim
		if c := claims[i]; c != nil {
			status[i] = string(c.Status)
			claim[i] = string(c.Status)
			if src := claimSources(c); len(src) > 0 {
				sources[i] = strings.Join(src, " ; ")
			}
		}
	}
	d := map[string]any{
		field:     texts,
		"text":    texts,
		"status":  status, // nil where no claim: the array position is the sentence
		"claim":   claim,  // stored: every sentence's status, noClaim if none
		"source":  sources,
		"article": a.ID,
		"lang":    a.Meta.Lang,
	}
	if a.Meta.Outlet != "" {
		d["outlet"] = a.Meta.Outlet
	}
	if a.Meta.Date != "" {
		d["date"] = a.Meta.Date
	}
	return d, len(a.Sentences)
}

// noClaim is the stored status of a sentence that is no claim.
const noClaim = "-"

// claimSources lists what a source: filter matches on a claim: the source
// ids, the names as written, the channels.
func claimSources(c *model.Claim) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, ci := range c.Citations {
		add(ci.Source)
		add(ci.Author)
	}
	for _, at := range c.Attributions {
		add(at.Source)
		add(at.Speaker)
		add(at.Channel)
		add(at.ChannelText)
	}
	return out
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
