package data

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/isnad/isnad/model"
)

func TestLibraryEmbedded(t *testing.T) {
	l, err := OpenEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if l.Name() != "embedded" {
		t.Errorf("name %q", l.Name())
	}
	arts := l.Articles()
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
		if a.Meta.Title == "" || a.Parsed {
			t.Errorf("%s: listed with meta %+v parsed=%v", a.ID, a.Meta, a.Parsed)
		}
	}
	if !slices.Equal(ids, []string{"000", "001", "002", "003", "004"}) {
		t.Fatalf("ids %v", ids)
	}
	l.Wait()
	for range l.Updates() { // drained, then closed
	}
	if done, total := l.Progress(); done != 5 || total != 5 {
		t.Errorf("progress %d/%d", done, total)
	}
	want, _ := LoadEmbedded()
	for i, a := range l.Articles() {
		w := want.Articles[i].Stats
		s, err := l.Sourcing(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		w.Claims, w.Citations = len(s.Claims), len(s.Citations)
		if !a.Stats.Known || a.Stats != w {
			t.Errorf("%s: stats %+v, want %+v", a.ID, a.Stats, w)
		}
		if arts[i].Stats.Known {
			t.Errorf("%s: the first snapshot changed under the caller", a.ID)
		}
	}
	a, err := l.Article("002")
	if err != nil || !a.Parsed || len(a.Paragraphs) != 45 || a.Meta.Author != "نور نبيه جميل" {
		t.Fatalf("Article(002): %v %+v", err, a)
	}
	if b, _ := l.Article("002"); b != a {
		t.Error("a second Article call should come from the cache")
	}
	if _, err := l.Article("999"); err == nil {
		t.Error("Article(999) should fail")
	}
	if len(realProblems(l.Problems())) != 0 {
		t.Errorf("problems %v", l.Problems())
	}
}

func TestArticleCacheBounded(t *testing.T) {
	c := newArticleCache()
	for i := range cacheArticles + 5 {
		c.put(string(rune('a'+i)), &model.Article{}, 10)
	}
	if c.len() != cacheArticles || c.get("a") != nil || c.get(string(rune('a'+cacheArticles+4))) == nil {
		t.Errorf("cache holds %d", c.len())
	}
	c.put("huge", &model.Article{}, cacheBytes*2)
	if c.len() != 1 || c.get("huge") == nil {
		t.Errorf("a huge article evicts the rest but stays: %d", c.len())
	}
}

// writeFiles makes a folder from name → content.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func badFolder(t *testing.T, huge bool) string {
	body := "هذه فقرة عادية من النص فيها جمل كاملة ومفيدة للقارئ. وفيها جملة ثانية أيضاً.\n"
	dir := writeFiles(t, map[string]string{
		"good.md":            "---\ntitle: مقال جيد\nauthor: فلان\ndate: 2024-06-19\ngenre: news\n---\n\n# عنوان داخلي\n\n" + body,
		"plain.txt":          "عنوان من السطر الأول\n\nبقلم: سلمى الراشد\n\n31 تشرين الاول 2024\n\n" + body,
		"english.txt":        "A Title In English\n\nThe first paragraph says something. It goes on.\n",
		"sub/deeper.txt":     body,
		".hidden/secret.txt": body,
		"notes.pdf":          "%PDF-1.4 not an article",
		"binary.txt":         "\x7fELF\x00\x00\x01\x02 binary",
		"invalid.txt":        "نص \xff\xfe فيه بايتات خاطئة.\n",
		"empty.txt":          "",
		"blank.md":           " \n\n \n",
		"badmeta.md":         "---\ntitle: [unclosed\n---\nنص.\n",
	})
	if huge {
		p := filepath.Join(dir, "huge.txt")
		if err := os.WriteFile(p, []byte(strings.Repeat("كلمة ", 2_100_000)), 0o644); err != nil { // 10 MB, one line
			t.Fatal(err)
		}
	}
	if err := os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		// As root, chmod does not stop reading: the dangling link stands
		// in for an unreadable file there.
		p := filepath.Join(dir, "locked.txt")
		if err := os.WriteFile(p, []byte(body), 0o000); err != nil {
			t.Fatal(err)
		}
	} else {
		t.Log("running as root: chmod 000 does not block reading; the dangling symlink is the unreadable file")
	}
	return dir
}

func TestOpenBadFolder(t *testing.T) {
	dir := badFolder(t, true)
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	l.Wait()
	byPath := map[string]*model.Article{}
	for _, a := range l.Articles() {
		byPath[a.Path] = a
	}
	for _, p := range []string{"good.md", "plain.txt", "english.txt", "sub/deeper.txt", "invalid.txt", "badmeta.md", "huge.txt"} {
		if a := byPath[p]; a == nil || !a.Stats.Known || a.Meta.Title == "" {
			t.Errorf("%s: not opened or not counted: %+v", p, a)
		}
	}
	for _, p := range []string{".hidden/secret.txt", "notes.pdf", "binary.txt", "empty.txt", "blank.md", "dangling.txt", "locked.txt"} {
		if byPath[p] != nil {
			t.Errorf("%s should not be an article", p)
		}
	}
	kinds := map[string]model.ProblemKind{}
	for _, p := range l.Problems() {
		if p.Detail == "" {
			t.Errorf("problem without detail: %+v", p)
		}
		kinds[p.Path] = p.Kind
	}
	wantKinds := map[string]model.ProblemKind{
		"binary.txt": model.ProblemBinary, "empty.txt": model.ProblemEmpty, "blank.md": model.ProblemEmpty,
		"dangling.txt": model.ProblemUnreadable, "invalid.txt": model.ProblemInvalidUTF8,
		"badmeta.md": model.ProblemMeta, "huge.txt": model.ProblemHugeLine,
	}
	if os.Geteuid() != 0 {
		wantKinds["locked.txt"] = model.ProblemUnreadable
	}
	for p, k := range wantKinds {
		if kinds[p] != k {
			t.Errorf("%s: problem %q, want %q", p, kinds[p], k)
		}
	}
	good := byPath["good.md"].Meta
	if good.Title != "مقال جيد" || good.Date != "2024-06-19" || good.Genre != model.GenreNews || !slices.Equal(good.Inferred, []string{"lang", "dir"}) || good.Dir != model.DirRTL {
		t.Errorf("front matter meta: %+v", good)
	}
	plain := byPath["plain.txt"].Meta
	if plain.Title != "عنوان من السطر الأول" || plain.Author != "سلمى الراشد" || plain.Date != "2024-10-31" || plain.Lang != "ar" {
		t.Errorf("inferred meta: %+v", plain)
	}
	if en := byPath["english.txt"].Meta; en.Lang != "en" || en.Dir != model.DirLTR || en.Title != "A Title In English" {
		t.Errorf("english meta: %+v", en)
	}
	if w := byPath["huge.txt"].Stats.Words; w != 2_100_000 {
		t.Errorf("huge article: %d words", w)
	}
}

func TestLoadDirBadFolder(t *testing.T) {
	c, err := LoadDir(badFolder(t, false))
	if err != nil || len(c.Articles) != 6 {
		t.Fatalf("LoadDir: %v", err)
	}
	if len(c.AllProblems()) < 6 {
		t.Errorf("problems: %v", c.AllProblems())
	}
	for _, a := range c.Articles {
		if err := checkArticle(a); err != nil {
			t.Errorf("%s: %v", a.Path, err)
		}
	}
}

func TestOpenNoArticles(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"empty folder":   {},
		"only bad files": {"a.txt": "", "b.txt": "\x00\x01\x02", "c.png": "x"},
	} {
		dir := writeFiles(t, files)
		_, err := Open(dir)
		if !errors.Is(err, ErrNoArticles) {
			t.Errorf("%s: Open: %v", name, err)
		}
		_, err = LoadDir(dir)
		if !errors.Is(err, ErrNoArticles) {
			t.Errorf("%s: LoadDir: %v", name, err)
		}
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing")); err == nil || errors.Is(err, ErrNoArticles) {
		t.Errorf("a missing folder is another error: %v", err)
	}
}

func TestCatalogFolder(t *testing.T) {
	body := "فقرة من النص فيها جملة كاملة ومفيدة للقارئ وتستمر قليلاً. وجملة ثانية.\n"
	dir := writeFiles(t, map[string]string{
		"catalog.yml": "articles:\n  - file: b.txt\n    title: الثاني أولاً\n    date: 2024/01/02\n    dir: sideways\n  - file: missing.txt\n  - file: a.txt\n    title: الأول\n    author: \"\"\n",
		"a.txt":       "بقلم: فلان\n\n" + body,
		"b.txt":       body,
		"c.txt":       body,
		"c/c.txt":     body,
	})
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var got []string
	for _, a := range l.Articles() {
		got = append(got, a.ID+":"+a.Meta.Title)
	}
	want := []string{"b:الثاني أولاً", "a:الأول", "c:" + clip(strings.TrimSpace(strings.SplitN(body, ".", 2)[0])+".", maxTitleRunes), "c-2:" + clip(strings.TrimSpace(strings.SplitN(body, ".", 2)[0])+".", maxTitleRunes)}
	if !slices.Equal(got, want) {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
	if a := l.Articles()[1]; a.Meta.Author != "" || slices.Contains(a.Meta.Inferred, "author") {
		t.Errorf("an author written empty stays empty: %+v", a.Meta)
	}
	var details []string
	for _, p := range l.Problems() {
		details = append(details, p.Detail)
	}
	joined := strings.Join(details, "\n")
	for _, w := range []string{"missing.txt", "2024/01/02", "sideways"} {
		if !strings.Contains(joined, w) {
			t.Errorf("no problem mentions %s: %s", w, joined)
		}
	}
}

// TestLibraryConcurrent reads a library from many goroutines while the
// background pass runs; run with -race.
func TestLibraryConcurrent(t *testing.T) {
	files := map[string]string{}
	raw, _ := embedded.ReadFile("corpus/000_d495414d1009f6e2.txt")
	for i := range 60 {
		files[filepath.Join("d", string(rune('a'+i%26))+strings.Repeat("x", i/26)+".txt")] = string(raw)
	}
	l, err := Open(writeFiles(t, files))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				arts := l.Articles()
				a, err := l.Article(arts[(i*7+g)%len(arts)].ID)
				if err != nil || len(a.Paragraphs) != 49 {
					t.Errorf("Article: %v", err)
					return
				}
				l.Problems()
				l.Progress()
			}
		}()
	}
	updates := 0
	for range l.Updates() {
		updates++
	}
	wg.Wait()
	if done, total := l.Progress(); done != total || updates == 0 {
		t.Errorf("progress %d/%d after %d updates", done, total, updates)
	}
}

func TestLibraryClose(t *testing.T) {
	files := map[string]string{}
	raw, _ := embedded.ReadFile("corpus/000_d495414d1009f6e2.txt")
	for i := range 300 {
		files[filepath.Join(string(rune('a'+i%20)), string(rune('a'+i/20))+".txt")] = string(raw)
	}
	l, err := Open(writeFiles(t, files))
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	l.Close() // twice is fine
	if _, ok := <-l.Updates(); ok {
		for range l.Updates() {
		}
	}
	if len(l.Articles()) != 300 {
		t.Errorf("articles after Close: %d", len(l.Articles()))
	}
}

// TestCloseDoesNotWaitForAHugeArticle: quitting while a huge article is
// being parsed returns at once; the article's work is dropped.
func TestCloseDoesNotWaitForAHugeArticle(t *testing.T) {
	raw, _ := embedded.ReadFile("corpus/004_c59a41dd7b38ee77.txt")
	var b strings.Builder
	for b.Len() < 12<<20 {
		b.Write(raw)
		b.WriteString("\n")
	}
	l, err := Open(writeFiles(t, map[string]string{"huge.txt": b.String()}))
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	select {
	case <-l.finished:
		t.Skip("the pass ended before Close: this machine parsed 12 MB in no time")
	default:
	}
	if a := l.Articles()[0]; a.Stats.Known {
		t.Errorf("stats published after Close: %+v", a.Stats)
	}
	l.Wait() // the straggler ends on its own
	if a := l.Articles()[0]; a.Stats.Known {
		t.Errorf("the dropped article's stats were published after Close: %+v", a.Stats)
	}
}
