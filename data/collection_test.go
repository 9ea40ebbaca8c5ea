package data

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

const (
	bodyA = "قال المتحدث باسم الوزارة إن 12 شخصا أصيبوا في الحادث.\nوأضاف أن التحقيق مستمر."
	bodyB = "The minister said on Monday that 40 people had been hurt.\nShe added that an inquiry would follow."
)

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(files[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func jsonString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// openAll opens dir, waits for the pass and indexes the articles by id.
func openAll(t *testing.T, dir string, o Options) (*Library, map[string]*model.Article) {
	t.Helper()
	l, err := OpenWith(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.Close)
	l.Wait()
	byID := map[string]*model.Article{}
	for _, a := range l.Articles() {
		byID[a.ID] = a
	}
	return l, byID
}

func TestCollections(t *testing.T) {
	array := "[\n" +
		`  {"source": "alriyadh", "date_extracted": "2015-07-21 02:51:32", "url": "http://e.com/1", "title": "خبر أول", "author": "", "content": ` + jsonString(bodyA) + "},\n" +
		`  {"source": "alriyadh", "date_extracted": "2015-07-21 08:00:00", "Title": "خبر ثان", "Content": ` + jsonString(bodyA) + `, "extra": {"nested": [1, "}"]}},` + "\n" +
		`  {"source": "alriyadh", "title": "مكسور" "content": "x"},` + "\n" + // malformed: no comma
		`  {"source": "okaz", "date": "Tue, 21 Jul 2015 10:00:00 GMT", "headline": "\u0639\u0646\u0648\u0627\u0646 \ud83d\ude00", "body": ["فقرة أولى فيها 3 أرقام.", "فقرة ثانية."]}` + "\n]\n"
	jsonl := `{"headline": "Minister speaks", "text": ` + jsonString(bodyB) + `, "published": "2024-06-19T10:00:00Z", "outlet": "Reuters"}` + "\n" +
		"not json at all\n" +
		`{"headline": "No date here", "text": ` + jsonString(bodyB) + "}\n"
	csv := "title,byline,text,lang\n" +
		"\"Quoted, title\",Jane Doe,\"" + strings.ReplaceAll(bodyB, "\n", "\n\n") + "\",en\n" +
		"Bad \"quote,x,y,en\n" +
		"Second,John,\"" + bodyB + "\",en\n"
	dir := writeFiles(t, map[string]string{
		"day.json":         array,
		"feed.jsonl":       jsonl,
		"table.csv":        csv,
		"plain.txt":        "عنوان\n\n" + bodyA,
		"arch.zip":         string(zipOf(t, map[string]string{"inner/a.txt": "Zipped Title\n\n" + bodyB, "inner/b.jsonl": `{"title": "from zip", "content": ` + jsonString(bodyA) + "}\n", "skip.bin": "\x00\x01"})),
		"packed.jsonl.gz":  string(gz(t, []byte(`{"title": "gzipped", "content": `+jsonString(bodyB)+"}\n"))),
		"one.txt.gz":       string(gz(t, []byte("Gzipped article\n\n"+bodyB))),
		"notes/config.ini": "x=1",
	})
	l, byID := openAll(t, dir, Options{})
	var ids []string
	for _, a := range l.Articles() {
		ids = append(ids, a.ID)
	}
	for _, id := range []string{"a", "b/1", "alriyadh/2015-07-21/1", "alriyadh/2015-07-21/2", "okaz/2015-07-21/1",
		"reuters/2024-06-19/1", "feed/3", "one", "packed/1", "plain", "table/1", "table/3"} {
		if byID[id] == nil {
			t.Errorf("no article %q in %q", id, ids)
		}
	}
	if len(ids) != 12 {
		t.Errorf("%d articles: %q", len(ids), ids)
	}
	first := byID["alriyadh/2015-07-21/1"]
	if m := first.Meta; m.Title != "خبر أول" || m.Outlet != "alriyadh" || m.Date != "2015-07-21" || m.URL != "http://e.com/1" ||
		m.Lang != "ar" || m.Dir != model.DirRTL || m.Author != "" || first.Path != "day.json#1" {
		t.Errorf("first record: %s %+v", first.Path, m)
	}
	if m := byID["okaz/2015-07-21/1"].Meta; m.Title != "عنوان 😀" {
		t.Errorf("escapes and surrogates: %q", m.Title)
	}
	if m := byID["table/1"].Meta; m.Title != "Quoted, title" || m.Author != "Jane Doe" || m.Lang != "en" {
		t.Errorf("csv: %+v", m)
	}
	// Texts come back on demand, and the pass counted them.
	for id, text := range map[string]string{"alriyadh/2015-07-21/2": bodyA, "reuters/2024-06-19/1": bodyB, "b/1": bodyA, "packed/1": bodyB} {
		a, err := l.Article(id)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		var got []string
		for _, p := range a.Paragraphs {
			got = append(got, p.Text)
		}
		if strings.Join(got, "\n") != text {
			t.Errorf("%s: text %q", id, got)
		}
		if !byID[id].Stats.Known || byID[id].Stats.Sentences != 2 {
			t.Errorf("%s: stats %+v", id, byID[id].Stats)
		}
	}
	a, _ := l.Article("okaz/2015-07-21/1")
	if len(a.Paragraphs) != 2 || a.Paragraphs[1].Text != "فقرة ثانية." {
		t.Errorf("content as an array of paragraphs: %+v", a.Paragraphs)
	}
	a, _ = l.Article("table/1")
	if len(a.Paragraphs) != 2 {
		t.Errorf("csv field with line breaks: %d paragraphs", len(a.Paragraphs))
	}
	// Each malformed record is one problem, with its line.
	var bad []string
	for _, p := range l.Problems() {
		if p.Kind == model.ProblemRecord {
			bad = append(bad, fmt.Sprintf("%s:%d %s", p.Path, p.Line, p.Detail))
		}
	}
	if len(bad) != 3 || !strings.HasPrefix(bad[0], "day.json:4 record 3:") || !strings.HasPrefix(bad[1], "feed.jsonl:2 record 2:") ||
		!strings.HasPrefix(bad[2], "table.csv:5 record 2:") {
		t.Errorf("bad records: %q", bad)
	}
}

// A corpus may be one collection file; fields are mapped by the option
// over the catalog over the defaults.
func TestCollectionFieldsAndOneFile(t *testing.T) {
	rec := `{"hed": "Mapped title", "story": ` + jsonString(bodyB) + `, "title": "not this", "paper": "The Paper", "when": "2020-01-02"}` + "\n"
	dir := writeFiles(t, map[string]string{
		"catalog.yaml": "fields:\n  title: hed\n  content: story\narticles:\n  - file: news.jsonl\n    lang: en\n    fields: {outlet: paper}\n",
		"news.jsonl":   rec,
	})
	_, byID := openAll(t, dir, Options{Fields: map[string]string{"date": "when"}})
	a := byID["the-paper/2020-01-02/1"]
	if a == nil || a.Meta.Title != "Mapped title" || a.Meta.Lang != "en" || slices.Contains(a.Meta.Inferred, "lang") {
		t.Fatalf("mapped: %v", byID)
	}
	_, byID = openAll(t, filepath.Join(dir, "news.jsonl"), Options{Fields: map[string]string{"content": "story", "title": "hed"}})
	if a := byID["news/1"]; a == nil || a.Meta.Title != "Mapped title" || !a.Stats.Known || a.Stats.Sentences != 2 {
		t.Fatalf("one file: %v", byID)
	}
	if _, err := ParseFields("title=headline,nonsense=x"); err == nil {
		t.Error("ParseFields accepts an unknown field")
	}
	if m, err := ParseFields("title=headline, source=paper"); err != nil || m["title"] != "headline" || m["source"] != "paper" {
		t.Errorf("ParseFields: %v %v", m, err)
	}
}

// Records over the size limit, and collections with no text at all.
func TestCollectionLimits(t *testing.T) {
	big := strings.Repeat("كلمة ", 3000) // 30 KB
	dir := writeFiles(t, map[string]string{
		"a.jsonl":   `{"title": "small", "content": "نص قصير فيه جملة."}` + "\n" + `{"title": "big", "content": "` + big + `"}` + "\n" + `{"title": "after", "content": "نص بعده."}` + "\n",
		"b.csv":     "title,content\nsmall,نص قصير\nbig,\"" + big + "\"\nafter,بعده\n",
		"none.json": `[{"name": "x", "value": 1}, {"name": "y"}]`,
		"c.txt":     big,
		// Past what a reader holds for one record (limit + 1 MB): JSON
		// skips it, CSV cannot and stops.
		"huge.jsonl": `{"title": "one", "content": "نص."}` + "\n" + `{"title": "huge", "content": "` + strings.Repeat("x", 1200<<10) + `"}` + "\n" + `{"title": "three", "content": "نص."}` + "\n",
		"huge.csv":   "title,content\none,نص\nhuge,\"" + strings.Repeat("x", 1200<<10) + "\"\nthree,نص\n",
	})
	l, byID := openAll(t, dir, Options{MaxArticleBytes: 16 << 10})
	for _, id := range []string{"a/1", "a/3", "b/1", "b/3", "huge-jsonl/1", "huge-jsonl/3", "huge-csv/1"} {
		if byID[id] == nil {
			t.Errorf("no %s: %v", id, byID)
		}
	}
	for _, id := range []string{"a/2", "b/2", "c", "none/1", "huge-jsonl/2", "huge-csv/2", "huge-csv/3"} {
		if byID[id] != nil {
			t.Errorf("%s should be refused", id)
		}
	}
	kinds := map[string][]model.ProblemKind{}
	for _, p := range l.Problems() {
		kinds[p.Path] = append(kinds[p.Path], p.Kind)
		if p.Detail == "" {
			t.Errorf("no detail: %+v", p)
		}
	}
	tooLarge := []model.ProblemKind{model.ProblemTooLarge}
	if !slices.Equal(kinds["a.jsonl"], tooLarge) || !slices.Equal(kinds["b.csv"], tooLarge) || !slices.Equal(kinds["c.txt"], tooLarge) ||
		!slices.Equal(kinds["none.json"], []model.ProblemKind{model.ProblemEmpty}) ||
		!slices.Equal(kinds["huge.jsonl"], []model.ProblemKind{model.ProblemRecord}) || !slices.Equal(kinds["huge.csv"], []model.ProblemKind{model.ProblemUnreadable}) {
		t.Errorf("problems: %v", kinds)
	}
}

// Ids of SaudiNewsNet: stable, readable, one per record, every record with
// its outlet and date.
func TestSaudiNewsNet(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "datasets", "saudinewsnet")
	if d := os.Getenv("ISNAD_DATASETS"); d != "" {
		dir = filepath.Join(d, "saudinewsnet")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SaudiNewsNet is not on this machine (%v): ../shared/datasets/saudinewsnet", err)
	}
	l, err := OpenWith(dir, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	arts := l.Articles()
	if len(arts) != 25020 {
		t.Errorf("%d articles, want 25,020", len(arts))
	}
	seen := map[string]bool{}
	for _, a := range arts {
		if a.Meta.Outlet == "" || a.Meta.Date == "" || a.Meta.URL == "" || a.Meta.Title == "" {
			t.Fatalf("%s: %+v", a.ID, a.Meta)
		}
		if want := a.Meta.Outlet + "/" + a.Meta.Date + "/"; !strings.HasPrefix(a.ID, want) || seen[a.ID] {
			t.Fatalf("id %s for %+v", a.ID, a.Meta)
		}
		seen[a.ID] = true
	}
	again, err := OpenWith(dir, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range again.Articles() {
		if a.ID != arts[i].ID || a.Path != arts[i].Path {
			t.Fatalf("ids differ between two openings: %s %s", a.ID, arts[i].ID)
		}
	}
	last := arts[len(arts)-1]
	a, err := l.Article(last.ID)
	if err != nil || len(a.Paragraphs) == 0 {
		t.Fatalf("%s: %v", last.ID, err)
	}
	t.Logf("%d articles; last %s (%s), %d paragraphs", len(arts), last.ID, last.Path, len(a.Paragraphs))
}

// The splitter cuts any stream into its values, whatever is between them,
// and never loops or loses its place.
func TestJSONSplitter(t *testing.T) {
	for in, want := range map[string][]string{
		`[{"a": 1}, {"b": "}"}]`:                     {`{"a": 1}`, `{"b": "}"}`},
		"{\"a\": 1}\n{\"b\": 2}\n":                   {`{"a": 1}`, `{"b": 2}`},
		"{\"a\": 1}{\"b\": 2}":                       {`{"a": 1}`, `{"b": 2}`},
		"\xEF\xBB\xBF[{\"a\": \"x\\\"y\"}] trailing": {`{"a": "x\"y"}`},
		"not json [1\n{\"a\": 1}\n":                  {"!not json [1", `{"a": 1}`},
		"[1, \"s\", {\"a\": 1}]":                     {"!1", `!"s"`, `{"a": 1}`},
		"}{\"a\": 1}":                                {"!", `{"a": 1}`},
		"{\"a\": \"unterminated":                     {"!"},
	} {
		sp := newJSONSplitter(strings.NewReader(in), 1<<20)
		sp.buf = make([]byte, 3) // refills in the middle of everything
		var got []string
		for {
			v, ok := sp.next()
			if !ok {
				break
			}
			if v.bad != "" {
				got = append(got, "!")
				continue
			}
			got = append(got, string(v.data))
		}
		if len(got) != len(want) {
			t.Errorf("%q: got %q, want %q", in, got, want)
			continue
		}
		for i := range got {
			if want[i][0] == '!' {
				want[i] = "!"
			}
			if got[i] != want[i] {
				t.Errorf("%q: value %d %q, want %q", in, i, got[i], want[i])
			}
		}
	}
}

// FuzzCollection: any bytes read as JSON or CSV give records or problems,
// never a panic or a loop; every JSON record is found again at its offset.
func FuzzCollection(f *testing.F) {
	for _, s := range []string{`[{"title": "a", "content": "b"}]`, "{\"text\": \"x\\ud83d\"}\n{", "title,content\n\"a,b\n",
		`[{"content": ["p1", "p2"], "author": ["x", "y"], "date": null}, 1, "}"]`} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, in []byte, csv bool) {
		c := &collection{format: "json", fields: func() fieldMap { m, _ := newFieldMap(); return m }()}
		if csv {
			c.format = "csv"
		}
		n := 0
		err := c.readRecords(bytes.NewReader(in), -1, 1<<20, func(r *record) bool {
			n++
			if n > len(in)+1 {
				t.Fatalf("%d records from %d bytes", n, len(in))
			}
			if r.bad == "" && c.format == "json" {
				cu, err := c.cursorAt(bytes.NewReader(in), r.off, 1<<20)
				var again *record
				if err == nil {
					again, err = cu.seek(r.off, r.n)
				}
				if err != nil || string(again.content) != string(r.content) {
					t.Fatalf("record %d at %d: %v %q", r.n, r.off, err, r.content)
				}
			}
			return true
		})
		_ = err
	})
}

// TestZipMemberNames: a member of a zip archive whose name is no plain
// path inside it (.., absolute, not UTF-8) cannot be opened in place; it is
// one problem, named visibly, and the rest of the archive loads.
func TestZipMemberNames(t *testing.T) {
	dir := t.TempDir()
	arch := zipOf(t, map[string]string{
		"ok.txt":          "Title\n\n" + bodyB + "\n",
		"../escape.txt":   "Title\n\n" + bodyB + "\n",
		"/abs.jsonl":      `{"title": "t", "content": "نص."}` + "\n",
		"bad\xff\x1b.txt": "Title\n\n" + bodyB + "\n",
		"notes.bin":       "not an article name: no problem",
	})
	if err := os.WriteFile(filepath.Join(dir, "a.zip"), arch, 0o644); err != nil {
		t.Fatal(err)
	}
	l, byID := openAll(t, dir, Options{})
	if byID["ok"] == nil || len(byID) != 1 {
		t.Errorf("articles: %v", byID)
	}
	var got []string
	for _, p := range l.Problems() {
		got = append(got, p.Path+": "+p.Detail)
		if s := p.Path + p.Detail; strings.Contains(s, "\x1b") || strings.Contains(s, "\xff") {
			t.Errorf("raw bytes of a name in %q", p.Path+": "+p.Detail)
		}
	}
	if len(got) != 3 {
		t.Fatalf("want one problem for each of the 3 names, got %q", got)
	}
	for _, want := range []string{"../escape.txt", "/abs.jsonl", "bad"} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("no problem names %q: %q", want, got)
		}
	}
}
