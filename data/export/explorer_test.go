package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

func embedded(t *testing.T) *data.Library {
	t.Helper()
	lib, err := data.OpenEmbeddedWith(data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(lib.Close)
	return lib
}

// claimWith is the first claim of the corpus that ok accepts.
func claimWith(t *testing.T, lib *data.Library, ok func(*model.Claim, *model.Sourcing) bool) (*model.Claim, *model.Sourcing) {
	t.Helper()
	for _, a := range lib.Articles() {
		s, err := lib.Sourcing(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		for i := range s.Claims {
			if ok(&s.Claims[i], s) {
				return &s.Claims[i], s
			}
		}
	}
	t.Fatal("no such claim in the embedded corpus")
	return nil, nil
}

func TestCite(t *testing.T) {
	lib := embedded(t)
	r := Reports{Corpus: lib}

	cited, s := claimWith(t, lib, func(c *model.Claim, _ *model.Sourcing) bool {
		return len(c.Citations) > 0 && c.Citations[0].Resolution == model.Resolved
	})
	got, err := r.Cite(cited.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	ref := s.Reference(cited.Citations[0].Candidates[0])
	a, _ := lib.Article(s.Article)
	for _, want := range []string{strings.Join(strings.Fields(cited.Text), " "), "[" + cited.ID + ", cited]",
		a.Meta.Title, "sources:\n- (" + cited.Citations[0].Raw + ") → " + ref.Raw} {
		if !strings.Contains(got, want) {
			t.Errorf("Cite(%s) lacks %q:\n%s", cited.ID, want, got)
		}
	}

	bare, _ := claimWith(t, lib, func(c *model.Claim, _ *model.Sourcing) bool { return c.Status == model.StatusUnsourced })
	if got, _ := r.Cite(bare.ID, nil); !strings.Contains(got, "sources: none") {
		t.Errorf("an unsourced claim:\n%s", got)
	}

	// A sentence that is no claim is cited with its article, and says so.
	var plain string
	for _, sen := range a.Sentences {
		if s.Claim(sen.ID) == nil {
			plain = sen.ID
			break
		}
	}
	if got, err := r.Cite(plain, nil); err != nil || !strings.Contains(got, "not a claim") || strings.Contains(got, "sources") {
		t.Errorf("Cite(%s) = %q, %v", plain, got, err)
	}
	for _, bad := range []string{"", "000#s99999", "nope#s1", "000#x"} {
		if _, err := r.Cite(bad, nil); err == nil {
			t.Errorf("Cite(%q): no error", bad)
		}
	}
}

// hostile is a corpus of one article whose text tries to drive the
// terminal.
type hostile struct{ fail bool }

func (h hostile) Article(id string) (*model.Article, error) {
	if id != "x" {
		return nil, errors.New("no article " + id)
	}
	txt := "Clear \x1b[2J the screen\x07 and \x9b31m paint."
	return &model.Article{ID: "x", Meta: model.Meta{Title: "T\x1b]0;owned\x07"},
		Paragraphs: []model.Paragraph{{Text: txt, SentTo: 1}},
		Sentences:  []model.Sentence{{ID: "x#s1", Text: txt, End: len(txt)}}}, nil
}

func (h hostile) Sourcing(string) (*model.Sourcing, error) {
	if h.fail {
		return nil, errors.New("analysis failed")
	}
	return &model.Sourcing{Article: "x", Claims: []model.Claim{{ID: "x#s1", Status: model.StatusUnsourced, Text: "Clear"}}}, nil
}

func TestCiteNeutralisesControls(t *testing.T) {
	got, err := Reports{Corpus: hostile{}}.Cite("x#s1", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range got {
		if r != '\n' && (r < 0x20 || r >= 0x7f && r < 0xa0) {
			t.Fatalf("control %U in %q", r, got)
		}
	}
	// A whole escape sequence shows as one ␛ (text.Sanitize).
	if !strings.Contains(got, "Clear ␛ the screen") || strings.Contains(got, "owned") {
		t.Errorf("the escape sequences are not shown as symbols: %q", got)
	}
}

func TestReport(t *testing.T) {
	lib := embedded(t)
	dir := t.TempDir()
	day := func() time.Time { return time.Date(2026, 1, 31, 9, 0, 0, 0, time.UTC) }
	r := Reports{Corpus: lib, Dir: dir, Now: day}

	// An existing file of that name is kept as it is; the report goes
	// next to it.
	taken := filepath.Join(dir, "isnad-000-2026-01-31.md")
	if err := os.WriteFile(taken, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	path, err := r.Report(model.ReportRequest{Name: "000", Title: "Article 000", Articles: []string{"000"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "isnad-000-2026-01-31-2.md"); path != want {
		t.Errorf("path %q, want %q", path, want)
	}
	if b, _ := os.ReadFile(taken); string(b) != "mine" {
		t.Errorf("the existing file was changed: %q", b)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := lib.Sourcing("000")
	md := string(b)
	if !strings.HasPrefix(md, "# Article 000\n") || strings.Count(md, "\n### 000#s") != len(s.Claims) {
		t.Errorf("report of 000: %d claims of %d:\n%.300s", strings.Count(md, "\n### 000#s"), len(s.Claims), md)
	}

	// Only the claims asked for, their articles found from them.
	keep := []string{s.Claims[0].ID, s.Claims[2].ID}
	r.Format = "csv"
	path, err = r.Report(model.ReportRequest{Name: "claims/../x", Claims: keep})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(path) != dir || !strings.HasPrefix(filepath.Base(path), "isnad-claims____x-") {
		t.Errorf("file name not kept to the folder: %q", path)
	}
	b, _ = os.ReadFile(path)
	if rows := strings.Count(string(b), "\n") - 1; rows != 2 || !strings.Contains(string(b), keep[1]) {
		t.Errorf("csv of 2 claims has %d rows:\n%s", rows, b)
	}

	// A report that fails leaves no file behind.
	before, _ := os.ReadDir(dir)
	if _, err := (Reports{Corpus: hostile{fail: true}, Dir: dir, Now: day}).Report(model.ReportRequest{Name: "x", Articles: []string{"x"}}); err == nil {
		t.Error("a failing analysis gave no error")
	}
	if after, _ := os.ReadDir(dir); len(after) != len(before) {
		t.Errorf("a failed report left a file: %d files, were %d", len(after), len(before))
	}
	if _, err := (Reports{Corpus: lib, Dir: filepath.Join(dir, "missing")}).Report(model.ReportRequest{Articles: []string{"000"}}); err == nil {
		t.Error("a missing folder gave no error")
	}
	if _, err := (Reports{Corpus: lib, Dir: dir, Format: "pdf"}).Report(model.ReportRequest{Articles: []string{"000"}}); err == nil {
		t.Error("an unknown format gave no error")
	}
}

// notesOn are notes as the explorer holds them (anchored): two on claim,
// one on a sentence that is no claim, one orphaned, one on another
// article.
func notesOn(claim, plain string) []model.Note {
	return []model.Note{
		{ID: 1, Article: "000", Target: claim, Sentence: claim, Anchor: model.AnchorAttached, Verdict: model.VerdictDisputed, Text: "the figure is the ministry's", Analyst: "nour"},
		{ID: 2, Article: "000", Target: claim, Sentence: claim, Anchor: model.AnchorAttached, Verdict: model.VerdictVerified, Text: "تم التحقق", Analyst: "سامي"},
		{ID: 3, Article: "000", Target: plain, Sentence: plain, Anchor: model.AnchorAttached, Verdict: model.VerdictNeedsSource, Text: "who says so?", Analyst: "sam"},
		{ID: 4, Article: "000", Target: "000#s9999", Quote: "a sentence gone", Anchor: model.AnchorOrphaned, Verdict: model.VerdictMisleading, Text: "gone", Analyst: "sam"},
		{ID: 5, Article: "001", Target: "001#s2", Sentence: "001#s2", Anchor: model.AnchorAttached, Verdict: model.VerdictVerified, Text: "elsewhere", Analyst: "sam"},
	}
}

// claimAndPlain is the first claim of article 000 and its first sentence
// that is no claim.
func claimAndPlain(lib *data.Library) (claim, plain string) {
	s, _ := lib.Sourcing("000")
	a, _ := lib.Article("000")
	claim = s.Claims[0].ID
	for _, sen := range a.Sentences {
		if s.Claim(sen.ID) == nil {
			plain = sen.ID
			break
		}
	}
	return claim, plain
}

// TestCiteWithNotes: a claim copied carries the notes on it, and those
// only; a sentence that is no claim too.
func TestCiteWithNotes(t *testing.T) {
	lib := embedded(t)
	r := Reports{Corpus: lib}
	claim, plain := claimAndPlain(lib)
	notes := notesOn(claim, plain)
	got, err := r.Cite(claim, notes)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(got, "\nnote: ") != 2 || !strings.Contains(got, "the figure is the ministry's") || !strings.Contains(got, "تم التحقق") ||
		strings.Contains(got, "who says so") || !strings.Contains(got, "sources") {
		t.Errorf("Cite(%s) with its notes:\n%s", claim, got)
	}
	if got, _ := r.Cite(plain, notes); !strings.Contains(got, "who says so?") || !strings.Contains(got, "not a claim") {
		t.Errorf("Cite(%s), a noted sentence:\n%s", plain, got)
	}
}

// TestReportWithNotes: a report with notes has them on their claims (the
// notes column of CSV); the notes screen's report (Noted) adds the noted
// sentences that are no claim and the orphaned notes of its articles.
func TestReportWithNotes(t *testing.T) {
	lib := embedded(t)
	dir := t.TempDir()
	r := Reports{Corpus: lib, Dir: dir, Format: "csv"}
	claim, plain := claimAndPlain(lib)
	notes := notesOn(claim, plain)
	path, err := r.Report(model.ReportRequest{Name: "000", Articles: []string{"000"}, Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	csv := string(b)
	head, _, _ := strings.Cut(csv, "\n")
	if !strings.HasSuffix(head, ",notes") || !strings.Contains(csv, "the figure is the ministry's") ||
		strings.Contains(csv, "who says so") || strings.Contains(csv, "elsewhere") || strings.Contains(csv, "gone") {
		t.Errorf("a report of 000 with notes:\n%.600s", csv)
	}
	s, _ := lib.Sourcing("000")
	if rows := strings.Count(csv, "\n000#s"); rows != len(s.Claims) {
		t.Errorf("%d rows, %d claims", rows, len(s.Claims))
	}

	r.Format = "md"
	path, err = r.Report(model.ReportRequest{Name: "notes", Articles: []string{"000"}, Notes: notes, Noted: true})
	if err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(path)
	md := string(b)
	for _, want := range []string{"### " + claim + " · ", "### " + plain + " · ", "who says so?", "the figure is the ministry's",
		"Notes whose sentence is gone", "a sentence gone"} {
		if !strings.Contains(md, want) {
			t.Errorf("the notes' report lacks %q:\n%s", want, md)
		}
	}
	if strings.Count(md, "\n### ") != 2 || strings.Contains(md, "elsewhere") {
		t.Errorf("the notes' report has other sentences:\n%s", md)
	}
}
