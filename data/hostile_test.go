package data

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/isnad/isnad/model"
)

// stallFS serves a MapFS in which reading some files blocks: forever after
// their first bytes, until release is closed.
type stallFS struct {
	fstest.MapFS
	stall   map[string]int // name → bytes read before the read blocks
	from    map[string]int // name → the open (1, 2, …) from which its reads block; 1 when absent
	opens   map[string]int // name → opens so far
	release chan struct{}
	mu      *sync.Mutex // guards the maps, read while the library reads in the background
}

// stallFrom makes reads of name block after n bytes from its k-th open on:
// the open that lists it reads it whole, the pass and later reads stall,
// whatever the order the library's goroutines run in.
func (s *stallFS) stallFrom(name string, k, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.from == nil {
		s.from, s.opens = map[string]int{}, map[string]int{}
	}
	s.stall[name], s.from[name] = n, k
}

func (s stallFS) Open(name string) (fs.File, error) {
	f, err := s.MapFS.Open(name)
	s.mu.Lock()
	if s.opens != nil { // (counted once stallFrom made the maps, before the library got its copy)
		s.opens[name]++
	}
	n, ok := s.stall[name]
	if k, set := s.from[name]; set && s.opens[name] < k {
		ok = false
	}
	s.mu.Unlock()
	if ok && err == nil {
		return &stallFile{File: f, left: n, release: s.release}, nil
	}
	return f, err
}

type stallFile struct {
	fs.File
	left    int
	release chan struct{}
}

func (f *stallFile) Read(p []byte) (int, error) {
	if f.left <= 0 {
		<-f.release
		return 0, io.ErrUnexpectedEOF
	}
	n, err := f.File.Read(p[:min(len(p), f.left)])
	f.left -= n
	return n, err
}

// A read that blocks is abandoned with "read timed out", at open time, in
// the pass and when an article is asked for; the rest of the corpus opens.
func TestReadsThatBlock(t *testing.T) {
	body := "فقرة من النص فيها جملة كاملة. وجملة ثانية.\n"
	var recs strings.Builder
	for i := range 50 {
		recs.WriteString(`{"title": "خبر ` + strings.Repeat("x", i) + `", "content": "` + strings.TrimSpace(body) + `"}` + "\n")
	}
	release := make(chan struct{})
	defer close(release)
	fsys := stallFS{MapFS: fstest.MapFS{
		"good.txt":     {Data: []byte(body)},
		"kmsg.txt":     {Data: []byte("never read")},
		"late.txt":     {Data: []byte(strings.Repeat(body, 200))},
		"stream.jsonl": {Data: []byte(recs.String())},
	}, stall: map[string]int{"kmsg.txt": 0}, release: release, mu: &sync.Mutex{}}
	// The big file and the stream stall after their heads once listed.
	fsys.stallFrom("late.txt", 2, 4096)
	fsys.stallFrom("stream.jsonl", 2, 2000)
	start := time.Now()
	l, err := openFS("stall", "", fsys, Options{ReadTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.Articles()); n != 52 {
		t.Errorf("%d articles, want good, late and 50 records", n)
	}
	l.Wait()
	if _, err := l.Article("late"); err == nil || !strings.Contains(err.Error(), "read timed out") {
		t.Errorf("Article(late): %v", err)
	}
	if elapsed := time.Since(start); elapsed > 20*time.Second {
		t.Errorf("took %v", elapsed)
	}
	timedOut := map[string]bool{}
	for _, p := range l.Problems() {
		if strings.Contains(p.Detail, "read timed out") {
			timedOut[p.Path] = true
		}
		// One truth: kmsg.txt was skipped at open, late.txt is listed.
		if listed := strings.Contains(p.Detail, "listed, but its text is not read"); p.Path == "kmsg.txt" && listed ||
			p.Path == "late.txt" && (!listed || strings.Contains(p.Detail, "skipped")) {
			t.Errorf("%s: %q", p.Path, p.Detail)
		}
	}
	for _, p := range []string{"kmsg.txt", "late.txt", "stream.jsonl"} {
		if !timedOut[p] {
			t.Errorf("%s: no timeout problem in %v", p, l.Problems())
		}
	}
	if done, total := l.Progress(); done != total {
		t.Errorf("progress %d/%d", done, total)
	}
	if a := l.Articles()[0]; a.ID != "good" || !a.Stats.Known {
		t.Errorf("the good file: %+v", a)
	}
}

func TestGuarded(t *testing.T) {
	_, err := guarded(100*time.Millisecond, func(w *watch) (int, error) {
		w.call(func() { time.Sleep(3 * time.Second) })
		return 1, nil
	})
	if !errors.Is(err, errTimedOut) {
		t.Errorf("blocked call: %v", err)
	}
	// Slow work between calls is no stall.
	v, err := guarded(time.Second, func(w *watch) (int, error) {
		for range 3 {
			w.call(func() { time.Sleep(20 * time.Millisecond) })
			time.Sleep(1500 * time.Millisecond)
		}
		return 7, nil
	})
	if v != 7 || err != nil {
		t.Errorf("busy job: %v %v", v, err)
	}
}

// Links out of the folder are problems and not read, unless followed;
// links inside it are read.
func TestSymlinks(t *testing.T) {
	outside := writeFiles(t, map[string]string{"secret.txt": "كلمة السر هنا في هذا الملف.\n", "dir/x.txt": "نص.\n"})
	dir := writeFiles(t, map[string]string{"a.txt": "نص المقال الأول فيه جملة.\n"})
	for link, target := range map[string]string{
		"shadow.txt": filepath.Join(outside, "secret.txt"),
		"inside.txt": "a.txt",
		"outdir":     filepath.Join(outside, "dir"),
		"rel.md":     filepath.Join("..", filepath.Base(outside), "secret.txt"),
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	l, byID := openAll(t, dir, Options{})
	if byID["shadow"] != nil || byID["rel"] != nil || byID["inside"] == nil || byID["a"] == nil || len(byID) != 2 {
		t.Errorf("articles: %v", byID)
	}
	links := map[string]bool{}
	for _, p := range l.Problems() {
		if p.Kind == model.ProblemSymlink {
			links[p.Path] = true
			if !strings.Contains(p.Detail, "--follow-symlinks") && p.Path != "outdir" {
				t.Errorf("%s: %s", p.Path, p.Detail)
			}
		}
	}
	if len(links) != 3 || !links["shadow.txt"] || !links["rel.md"] || !links["outdir"] {
		t.Errorf("link problems: %v", l.Problems())
	}
	_, byID = openAll(t, dir, Options{FollowSymlinks: true})
	if a := byID["shadow"]; a == nil || !a.Stats.Known {
		t.Errorf("followed: %v", byID)
	}
}

// Catalog, front matter and values are bounded; overrides in titles are
// flagged and shown; problem details are safe to print.
func TestLimitsAndHostileMetadata(t *testing.T) {
	body := "نص المقال فيه جملة كاملة.\n"
	dir := writeFiles(t, map[string]string{
		"catalog.yaml": "articles:\n  - file: a.txt\n    title: \"" + strings.Repeat("عنوان طويل ", 1000) + "\"\n    author: \"x\\u202Eevil\"\n" +
			"  - file: \"evil\\e]0;pwned\\a.txt\"\n",
		"a.txt":   body,
		"fm.md":   "---\ntitle: \"\u2066trojan\u2069\"\n---\n\n" + body,
		"long.md": "---\ntitle: x\n" + strings.Repeat("# padding line of the front matter\n", 3000) + "---\n\n" + body,
	})
	l, byID := openAll(t, dir, Options{})
	a := byID["a"]
	if len(a.Meta.Title) > maxValueBytes || !strings.HasSuffix(a.Meta.Title, "…") || a.Meta.Author != "x⇇evil" {
		t.Errorf("catalog values: %d bytes, author %q", len(a.Meta.Title), a.Meta.Author)
	}
	if m := byID["fm"].Meta; m.Title != "⟫trojan⟧" {
		t.Errorf("front matter title %q", m.Title)
	}
	kinds := map[model.ProblemKind]int{}
	for _, p := range l.Problems() {
		kinds[p.Kind]++
		for _, r := range p.Detail {
			if r < 0x20 || r >= 0x7F && r < 0xA0 || r == 0x202E {
				t.Errorf("control %U in problem %q", r, p.Detail)
			}
		}
	}
	if kinds[model.ProblemBidi] != 2 || kinds[model.ProblemTooLarge] != 2 {
		t.Errorf("problems: %v", l.Problems())
	}

	// A catalog over the limit is ignored, whatever it holds.
	huge := writeFiles(t, map[string]string{
		"catalog.yaml": "articles:\n  - file: a.txt\n    title: \"" + strings.Repeat("x", maxCatalogBytes) + "\"\n",
		"a.txt":        "Title line\n\n" + body,
	})
	l, byID = openAll(t, huge, Options{})
	if byID["a"] == nil || byID["a"].Meta.Title != "Title line" {
		t.Errorf("huge catalog: %v", byID)
	}
	if ps := l.Problems(); len(ps) != 1 || ps[0].Kind != model.ProblemTooLarge {
		t.Errorf("huge catalog: %v", ps)
	}
}

// An article over the size limit is refused on what is read, whatever
// stat says: here a gzip file of a few KB.
func TestSizeOnWhatIsRead(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"small.txt":   "نص قصير.\n",
		"bomb.txt.gz": string(gz(t, []byte(strings.Repeat("كلمة ", 50000)))),
	})
	st, _ := os.Stat(filepath.Join(dir, "bomb.txt.gz"))
	l, byID := openAll(t, dir, Options{MaxArticleBytes: 64 << 10})
	if st.Size() > 64<<10 || byID["bomb"] != nil && byID["bomb"].Stats.Known {
		t.Errorf("bomb (%d bytes on disk) counted: %+v", st.Size(), byID["bomb"])
	}
	found := false
	for _, p := range l.Problems() {
		found = found || p.Path == "bomb.txt.gz" && p.Kind == model.ProblemTooLarge
	}
	if !found {
		t.Errorf("problems: %v", l.Problems())
	}
}

// TestNameNotUTF8: a file whose name is not UTF-8 (legal on Linux) cannot
// be opened through the folder's fs.FS; the problem says why, rather than
// "invalid argument", and the rest of the folder opens.
func TestNameNotUTF8(t *testing.T) {
	dir := writeFiles(t, map[string]string{"ok.txt": "Title\n\nThe minister said so.\n"})
	if err := os.WriteFile(filepath.Join(dir, "raw\x9bname.txt"), []byte("Title\n\nText.\n"), 0o644); err != nil {
		t.Skip("this file system refuses a name that is not UTF-8:", err)
	}
	l, byID := openAll(t, dir, Options{})
	if byID["ok"] == nil || len(byID) != 1 {
		t.Errorf("articles: %v", byID)
	}
	probs := l.Problems()
	if len(probs) != 1 || probs[0].Kind != model.ProblemUnreadable || !strings.Contains(probs[0].Detail, "not valid UTF-8") {
		t.Errorf("problems: %+v", probs)
	}
}
