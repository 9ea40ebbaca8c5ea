package search

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

// openIndex opens a library (the embedded corpus when dir is empty) and its
// index in ixDir, waits for the index, and closes both at the end.
func openIndex(t *testing.T, dir, ixDir string) (*data.Library, *Index) {
	t.Helper()
	var lib *data.Library
	var err error
	if dir == "" {
		lib, err = data.OpenEmbeddedWith(data.Options{NoPass: true})
	} else {
		lib, err = data.OpenWith(dir, data.Options{NoPass: true})
	}
	if err != nil {
		t.Fatal(err)
	}
	x, err := Open(lib, ixDir)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := x.Close(); err != nil {
			t.Error(err)
		}
		lib.Close()
	})
	return lib, x
}

func find(t *testing.T, x *Index, q string) []model.Hit {
	t.Helper()
	res, err := x.Search(context.Background(), q, Options{Limit: 10000})
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	if res.Total != len(res.Hits) {
		t.Fatalf("%s: total %d, %d hits", q, res.Total, len(res.Hits))
	}
	return res.Hits
}

func sentences(hits []model.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Sentence)
	}
	slices.Sort(out)
	return out
}

func articles(hits []model.Hit) []string {
	var out []string
	for _, h := range hits {
		if !slices.Contains(out, h.Article) {
			out = append(out, h.Article)
		}
	}
	slices.Sort(out)
	return out
}

func TestEmbeddedSpellings(t *testing.T) {
	_, x := openIndex(t, "", t.TempDir())
	all := []string{"000", "001", "002", "003", "004"}
	if got := articles(find(t, x, "كوريا")); !slices.Equal(got, all) {
		t.Errorf("كوريا: hits in %v, want all five", got)
	}
	for _, c := range [][]string{
		{"الشمالية", "الشماليه"},
		{"أوكرانيا", "اوكرانيا", "لأوكرانيا"},
		{"الاتفاقية", "الاتفاقيه"},
		{"إطار", "اطار"},
		{"كوريا الشمالية", "كوريا الشماليه"},
		{`"كوريا الشمالية"`, `"كوريا الشماليه"`, `"كـوريا الشمالية"`},
	} {
		want := sentences(find(t, x, c[0]))
		if len(want) == 0 {
			t.Errorf("%s: no hit", c[0])
		}
		for _, q := range c[1:] {
			if got := sentences(find(t, x, q)); !slices.Equal(got, want) {
				t.Errorf("%s: %d hits, %s: %d", c[0], len(want), q, len(got))
			}
		}
	}
}

func TestPhraseAndHighlight(t *testing.T) {
	_, x := openIndex(t, "", t.TempDir())
	words := find(t, x, "كوريا الشمالية")
	phrase := find(t, x, `"كوريا الشمالية"`)
	reversed := find(t, x, `"الشمالية كوريا"`)
	if len(phrase) == 0 || len(phrase) >= len(words) {
		t.Errorf("phrase %d hits, both words %d", len(phrase), len(words))
	}
	if len(reversed) >= len(phrase) {
		t.Errorf("reversed phrase %d hits, phrase %d", len(reversed), len(phrase))
	}
	for _, h := range phrase {
		if len(h.Matches) < 2 {
			t.Errorf("%s: matches %v", h.Sentence, h.Matches)
			continue
		}
		for _, m := range h.Matches {
			w := h.Text[m.Start:m.End]
			if !meets(arabicAnalyzer, w, "كوريا") && !meets(arabicAnalyzer, w, "الشمالية") {
				t.Errorf("%s: highlights %q", h.Sentence, w)
			}
		}
	}
	for i := 1; i < len(phrase); i++ {
		if phrase[i].Score > phrase[i-1].Score {
			t.Fatalf("hits not ranked: %v after %v", phrase[i].Score, phrase[i-1].Score)
		}
	}
	// Excluding a word.
	for _, h := range find(t, x, "كوريا -روسيا") {
		if strings.Contains(h.Text, "روسيا") {
			t.Errorf("%s holds روسيا: %s", h.Sentence, h.Text)
		}
	}
}

func TestStatusAndSource(t *testing.T) {
	lib, x := openIndex(t, "", t.TempDir())
	want := map[string]model.ClaimStatus{}
	for _, a := range lib.Articles() {
		s, err := lib.Sourcing(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range s.Claims {
			want[c.ID] = c.Status
		}
	}
	for _, st := range model.ClaimStatuses {
		var ids []string
		for id, s := range want {
			if s == st {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		hits := find(t, x, "status:"+string(st))
		if got := sentences(hits); !slices.Equal(got, ids) {
			t.Errorf("status:%s: %d hits, want %d", st, len(got), len(ids))
		}
		for _, h := range hits {
			if h.Status != st {
				t.Errorf("%s: status %q", h.Sentence, h.Status)
			}
		}
	}
	hits := find(t, x, "source:reuters")
	if len(hits) == 0 {
		t.Fatal("source:reuters: no hit")
	}
	if got := sentences(find(t, x, "source:رويترز")); !slices.Equal(got, sentences(hits)) {
		t.Errorf("source:رويترز %v, source:reuters %v", got, sentences(hits))
	}
	for _, h := range find(t, x, "كوريا status:anonymous") {
		if h.Status != model.StatusAnonymous || !strings.Contains(h.Text, "كوري") {
			t.Errorf("%s: %s %s", h.Sentence, h.Status, h.Text)
		}
	}
}

// writeCorpus writes articles (file name → front matter fields and body).
func writeCorpus(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func article(title, outlet, date, lang, body string) string {
	return "---\ntitle: " + title + "\noutlet: " + outlet + "\ndate: \"" + date + "\"\nlang: " + lang + "\n---\n" + body + "\n"
}

func TestFieldsAndEnglish(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, map[string]string{
		"001_a.txt": article("أ", "وكالة الأنباء", "2024-05-20", "ar", "قال الوزير إن المحادثات مع بيونغ يانغ مستمرة."),
		"002_b.txt": article("ب", "صحيفة الشرق", "2024-06-15", "ar", "وصل الوفد إلى بيونغ يانغ أمس."),
		"003_c.txt": article("c", "The Herald", "2024-07-01", "en", "Korea's talks with Moscow went on. The talking stopped in July."),
	})
	_, x := openIndex(t, dir, t.TempDir())
	for q, want := range map[string][]string{
		"بيونغ":                     {"001", "002"},
		"بيونغ outlet:الشرق":        {"002"},
		`outlet:"وكالة الأنباء"`:    {"001"},
		"date:2024-06":              {"002"},
		"date:>2024-06":             {"003"},
		"date:>=2024-06":            {"002", "003"},
		"date:<2024-06":             {"001"},
		"date:<=2024-06-15":         {"001", "002"},
		"date:2024":                 {"001", "002", "003"},
		"talk":                      {"003"},
		"korea":                     {"003"},
		"lang:en":                   {"003"},
		"article:002":               {"002"},
		`"Korea's talks"`:           {"003"},
		`"talks Korea"`:             nil, // both words, not in this order
		`"Moscow went"`:             {"003"},
		`"Moscow talking"`:          nil, // both in the article, not together
		"outlet:herald date:>=2024": {"003"},
	} {
		if got := articles(find(t, x, q)); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", q, got, want)
		}
	}
	hits := find(t, x, "talk")
	if len(hits) != 2 {
		t.Fatalf("talk: %d hits", len(hits))
	}
	for _, h := range hits {
		if len(h.Matches) != 1 || !strings.HasPrefix(h.Text[h.Matches[0].Start:h.Matches[0].End], "talk") {
			t.Errorf("%s: matches %v in %q", h.Sentence, h.Matches, h.Text)
		}
	}
	res, err := x.Search(context.Background(), "talk", Options{Limit: 1, Offset: 0, ByPosition: true})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].Sentence != "003#s1" {
		t.Errorf("by position: %v %+v", err, res)
	}
}

func TestReuseAndIncrementalUpdate(t *testing.T) {
	dir, ix := t.TempDir(), t.TempDir()
	writeCorpus(t, dir, map[string]string{
		"001_a.txt": article("أ", "وكالة", "2024-05-20", "ar", "قال الوزير إن المحادثات مع بيونغ يانغ مستمرة."),
		"002_b.txt": article("ب", "صحيفة", "2024-06-15", "ar", "وصل الوفد إلى موسكو أمس."),
		"003_c.txt": article("ج", "موقع", "2024-07-01", "ar", "انتهت القمة في سيول."),
	})
	open := func() (*data.Library, *Index) {
		lib, err := data.OpenWith(dir, data.Options{NoPass: true})
		if err != nil {
			t.Fatal(err)
		}
		x, err := Open(lib, ix)
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Wait(); err != nil {
			t.Fatal(err)
		}
		return lib, x
	}
	closeAll := func(lib *data.Library, x *Index) {
		if err := x.Close(); err != nil {
			t.Fatal(err)
		}
		lib.Close()
	}
	lib, x := open()
	if done, total := x.Progress(); done != 3 || total != 3 {
		t.Errorf("first open indexed %d/%d", done, total)
	}
	closeAll(lib, x)

	// Unchanged: nothing indexed again, hits as before.
	lib, x = open()
	if _, total := x.Progress(); total != 0 {
		t.Errorf("unchanged corpus: %d articles indexed again", total)
	}
	if got := articles(find(t, x, "موسكو")); !slices.Equal(got, []string{"002"}) {
		t.Errorf("reopened: موسكو in %v", got)
	}
	closeAll(lib, x)

	// One file changed, one removed, one added.
	later := time.Now().Add(time.Minute)
	writeCorpus(t, dir, map[string]string{
		"002_b.txt": article("ب", "صحيفة", "2024-06-15", "ar", "وصل الوفد إلى طهران أمس. ثم عاد."),
		"004_d.txt": article("د", "نشرة", "2024-08-01", "ar", "زار الوفد موسكو مرة أخرى."),
	})
	if err := os.Chtimes(filepath.Join(dir, "002_b.txt"), later, later); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "003_c.txt")); err != nil {
		t.Fatal(err)
	}
	lib, x = open()
	if done, total := x.Progress(); done != 2 || total != 2 {
		t.Errorf("after changes: indexed %d/%d, want the changed and the new file", done, total)
	}
	for q, want := range map[string][]string{
		"موسكو": {"004"},
		"طهران": {"002"},
		"سيول":  nil,
		"بيونغ": {"001"},
	} {
		if got := articles(find(t, x, q)); !slices.Equal(got, want) {
			t.Errorf("after changes: %s in %v, want %v", q, got, want)
		}
	}
	if n, err := x.DocCount(); err != nil || n != 3 {
		t.Errorf("after changes: %d articles indexed (%v), want 3", n, err)
	}
	closeAll(lib, x)

	// Metadata only (a new outlet): that article again.
	writeCorpus(t, dir, map[string]string{
		"001_a.txt": article("أ", "إذاعة", "2024-05-20", "ar", "قال الوزير إن المحادثات مع بيونغ يانغ مستمرة."),
	})
	lib, x = open()
	if _, total := x.Progress(); total != 1 {
		t.Errorf("after a metadata change: %d articles indexed again", total)
	}
	if got := articles(find(t, x, "outlet:اذاعه")); !slices.Equal(got, []string{"001"}) {
		t.Errorf("outlet:اذاعه in %v", got)
	}
	closeAll(lib, x)
}

func TestBusyAndBroken(t *testing.T) {
	ix := t.TempDir()
	lib, _ := openIndex(t, "", ix)
	// A second opener of the same index waits, then says it is busy.
	defer func(d time.Duration) { openTimeout = d }(openTimeout)
	openTimeout = 200 * time.Millisecond
	if _, err := Open(lib, ix); !errors.Is(err, ErrBusy) {
		t.Errorf("second open: %v, want ErrBusy", err)
	}
	// A broken manifest means: build again, not fail.
	ix2 := t.TempDir()
	if err := os.WriteFile(filepath.Join(ix2, "manifest.tsv"), []byte("isnad-search\tnonsense"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, x := openIndex(t, "", ix2)
	if _, total := x.Progress(); total != 5 {
		t.Errorf("broken manifest: %d articles indexed", total)
	}
}
