package search

import (
	"os"
	"runtime"
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
			for _, id := range sentenceIDs(man.Entries[p].ID, man.Entries[p].Sentences) {
				b.Delete(id)
			}
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
			man.Entries[p.art.Path] = manifestE{ID: p.art.ID, Stamp: cur[p.art.Path].Stamp, Sentences: len(p.docs)}
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
		if old, ok := man.Entries[p.art.Path]; ok {
			for _, id := range sentenceIDs(old.ID, old.Sentences) {
				b.Delete(id)
			}
		}
		for i, d := range p.docs {
			if err := b.Index(model.ElemID(p.art.ID, 's', i), d); err != nil {
				return err
			}
		}
		pending = append(pending, p)
		sentences += len(p.docs)
		if sentences >= batchSentences || len(pending) >= batchArticles {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// prepared is one article's documents, one per sentence.
type prepared struct {
	art  *model.Article
	docs []map[string]any
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
				ch <- prepared{art: a, docs: x.documents(a)}
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

// documents builds the documents of an article's sentences. An article
// that cannot be read has none (it is indexed again when its file changes).
func (x *Index) documents(meta *model.Article) []map[string]any {
	a, err := x.corpus.Article(meta.ID)
	if err != nil {
		return nil
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
	lang := a.Meta.Lang
	if isEnglish(lang) {
		field = "en"
	}
	docs := make([]map[string]any, len(a.Sentences))
	for i, s := range a.Sentences {
		d := map[string]any{
			field:     s.Text,
			"text":    s.Text,
			"article": a.ID,
			"lang":    lang,
		}
		if a.Meta.Outlet != "" {
			d["outlet"] = a.Meta.Outlet
		}
		if a.Meta.Date != "" {
			d["date"] = a.Meta.Date
		}
		if c := claims[i]; c != nil {
			d["status"] = string(c.Status)
			if src := claimSources(c); len(src) > 0 {
				d["source"] = src
			}
		}
		docs[i] = d
	}
	return docs
}

// claimSources lists what a source: filter matches on a claim: the source
// ids, the names as written, the channels.
func claimSources(c *model.Claim) []any {
	var out []any
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
