package search

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/isnad/isnad/model"
)

// The manifest says what the index holds: per article path, the article's
// id, its number of sentences and its stamp. It is a text file, one article
// a line, because it is read on every open: for 25,000 articles, JSON took
// 60 ms to decode.
//
//	isnad-search	VERSION	DATA-STAMP
//	"path"	"id"	SENTENCES	"stamp"

type manifest struct {
	Version int
	Data    string // Corpus.DataStamp
	Entries map[string]manifestE
}

type manifestE struct {
	ID        string
	Stamp     string
	Sentences int
}

const manifestMagic = "isnad-search"

// readManifest reads a manifest; nil when it is missing or unreadable (the
// index is then built again).
func readManifest(path string) *manifest {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	if !sc.Scan() {
		return nil
	}
	head := strings.Split(sc.Text(), "\t")
	if len(head) != 3 || head[0] != manifestMagic {
		return nil
	}
	m := &manifest{Entries: map[string]manifestE{}}
	if m.Version, err = strconv.Atoi(head[1]); err != nil {
		return nil
	}
	if m.Data, err = strconv.Unquote(head[2]); err != nil {
		return nil
	}
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil
		}
		path, e1 := strconv.Unquote(f[0])
		id, e2 := strconv.Unquote(f[1])
		n, e3 := strconv.Atoi(f[2])
		stamp, e4 := strconv.Unquote(f[3])
		if e1 != nil || e2 != nil || e3 != nil || e4 != nil {
			return nil
		}
		m.Entries[path] = manifestE{ID: id, Sentences: n, Stamp: stamp}
	}
	if sc.Err() != nil {
		return nil
	}
	return m
}

// writeManifest replaces the manifest atomically.
func (x *Index) writeManifest(m *manifest) error {
	tmp := x.manifestPath() + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "%s\t%d\t%s\n", manifestMagic, m.Version, strconv.Quote(m.Data))
	for p, e := range m.Entries {
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", strconv.Quote(p), strconv.Quote(e.ID), e.Sentences, strconv.Quote(e.Stamp))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, x.manifestPath())
}

// metaStamp is the part of an article's stamp that comes from its metadata.
func metaStamp(m model.Meta) string {
	return m.Lang + "|" + m.Outlet + "|" + m.Date
}

// stamps computes the current stamp of every article, by path, on all
// cores (one stat each).
func (x *Index) stamps(arts []*model.Article) (map[string]manifestE, error) {
	out := make([]manifestE, len(arts))
	errs := make([]error, len(arts))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(arts); i += workers {
				a := arts[i]
				s, err := x.corpus.ArticleStamp(a.ID)
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", a.Path, err)
					continue
				}
				out[i] = manifestE{ID: a.ID, Stamp: s + "|" + metaStamp(a.Meta)}
			}
		}()
	}
	wg.Wait()
	cur := make(map[string]manifestE, len(arts))
	for i, a := range arts {
		if errs[i] != nil {
			return nil, errs[i]
		}
		cur[a.Path] = out[i]
	}
	return cur, nil
}
