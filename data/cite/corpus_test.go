package cite_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
)

// corpusDir holds the embedded articles and the alias table next to them.
const corpusDir = "../corpus"

var loadCorpus = sync.OnceValues(func() ([]*model.Article, error) {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []*model.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(f)
		id, _, _ := strings.Cut(name, "_")
		out = append(out, data.ParseArticle(id, name, b, model.Meta{}))
	}
	return out, nil
})

// articles parses the corpus once for all tests.
func articles(t testing.TB) []*model.Article {
	t.Helper()
	as, err := loadCorpus()
	if err != nil || len(as) != 5 {
		t.Fatalf("corpus: %d articles, %v", len(as), err)
	}
	return as
}

func aliases(t testing.TB) *cite.Aliases {
	t.Helper()
	al, err := cite.LoadAliases(os.DirFS(corpusDir), "sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if al.Len() == 0 {
		t.Fatal("sources.yaml is empty")
	}
	return al
}

// sentenceWith is the id of the sentence of a holding sub, or "".
func sentenceWith(a *model.Article, sub string) string {
	for _, s := range a.Sentences {
		if strings.Contains(s.Text, sub) {
			return s.ID
		}
	}
	return ""
}
