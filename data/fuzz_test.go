package data

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
	"golang.org/x/text/unicode/norm"
)

// checkArticle verifies what every parse must give, whatever the input: ids
// unique and well formed, sentence offsets inside their paragraph and equal
// to their text, sentence ranges contiguous, no sentence in boilerplate,
// sections pointing at their headings, links inside their text.
func checkArticle(a *model.Article) error {
	seen := map[string]bool{}
	id := func(s string) error {
		if seen[s] {
			return fmt.Errorf("duplicate id %s", s)
		}
		seen[s] = true
		if _, err := model.ParseRef(s); err != nil {
			return err
		}
		return nil
	}
	next := 0
	for i, p := range a.Paragraphs {
		if err := id(p.ID); err != nil {
			return err
		}
		if p.N != i || p.ID != model.ElemID(a.ID, 'p', i) {
			return fmt.Errorf("paragraph %d: N %d id %s", i, p.N, p.ID)
		}
		if !utf8.ValidString(p.Text) || strings.TrimSpace(p.Text) != p.Text {
			return fmt.Errorf("%s: text not valid or not trimmed: %q", p.ID, p.Text)
		}
		if p.SentFrom != next || p.SentTo < p.SentFrom || p.SentTo > len(a.Sentences) {
			return fmt.Errorf("%s: sentences [%d,%d) after %d", p.ID, p.SentFrom, p.SentTo, next)
		}
		if p.Kind == model.Boilerplate && p.SentTo != p.SentFrom {
			return fmt.Errorf("%s: boilerplate with sentences", p.ID)
		}
		if (p.Kind == model.Heading) != (p.Level > 0) || p.Level > 6 {
			return fmt.Errorf("%s: %s with level %d", p.ID, p.Kind, p.Level)
		}
		if p.Section < -1 || p.Section >= len(a.Sections) {
			return fmt.Errorf("%s: section %d", p.ID, p.Section)
		}
		for _, l := range p.Links {
			if l.Start < 0 || l.Start > l.End || l.End > len(p.Text) {
				return fmt.Errorf("%s: link %+v outside %d bytes", p.ID, l, len(p.Text))
			}
		}
		next = p.SentTo
	}
	if next != len(a.Sentences) {
		return fmt.Errorf("%d sentences, paragraphs cover %d", len(a.Sentences), next)
	}
	for i, s := range a.Sentences {
		if err := id(s.ID); err != nil {
			return err
		}
		if s.N != i || s.Para < 0 || s.Para >= len(a.Paragraphs) {
			return fmt.Errorf("%s: N %d para %d", s.ID, s.N, s.Para)
		}
		p := a.Paragraphs[s.Para]
		if i < p.SentFrom || i >= p.SentTo {
			return fmt.Errorf("%s not in the range of %s", s.ID, p.ID)
		}
		if s.Start < 0 || s.Start >= s.End || s.End > len(p.Text) || p.Text[s.Start:s.End] != s.Text {
			return fmt.Errorf("%s: [%d,%d) of %d bytes, text %q", s.ID, s.Start, s.End, len(p.Text), s.Text)
		}
	}
	for i, sec := range a.Sections {
		if err := id(sec.ID); err != nil {
			return err
		}
		if sec.N != i || sec.Para < 0 || sec.Para >= len(a.Paragraphs) || a.Paragraphs[sec.Para].Kind != model.Heading ||
			sec.ParaEnd <= sec.Para || sec.ParaEnd > len(a.Paragraphs) || a.Paragraphs[sec.Para].Section != i {
			return fmt.Errorf("%s: bad section %+v", sec.ID, sec)
		}
	}
	if a.Stats.Sentences != len(a.Sentences) || a.Stats.Paragraphs > len(a.Paragraphs) || !a.Stats.Known {
		return fmt.Errorf("stats %+v", a.Stats)
	}
	return nil
}

func TestEmbeddedInvariants(t *testing.T) {
	c, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 5 || len(realProblems(c.AllProblems())) != 0 {
		t.Fatalf("%d articles, problems %v", len(c.Articles), c.AllProblems())
	}
	for _, a := range c.Articles {
		if err := checkArticle(a); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
		if a.Meta.Title == "" || a.Meta.Lang != "ar" || a.Meta.Dir != model.DirRTL || a.Meta.Genre == "" || len(a.Meta.Inferred) != 0 {
			t.Errorf("%s: meta %+v", a.ID, a.Meta)
		}
	}
}

// FuzzParseArticle: no panic on any input, and the invariants hold. Seeds
// are in testdata/fuzz/FuzzParseArticle plus the embedded articles.
func FuzzParseArticle(f *testing.F) {
	entries, _ := embedded.ReadDir("corpus")
	for _, e := range entries {
		raw, _ := embedded.ReadFile("corpus/" + e.Name())
		f.Add(raw, false)
	}
	f.Fuzz(func(t *testing.T, raw []byte, markdown bool) {
		name := "a.txt"
		if markdown {
			name = "a.md"
		}
		a := ParseArticle("x", name, raw, model.Meta{})
		if err := checkArticle(a); err != nil {
			t.Fatal(err)
		}
		if s := string(raw); utf8.ValidString(s) && isNFC(s) != norm.NFC.IsNormalString(s) {
			t.Fatalf("isNFC disagrees with the norm package on %+q", s)
		}
	})
}

func BenchmarkParseArticle(b *testing.B) {
	raw, err := embedded.ReadFile("corpus/000_d495414d1009f6e2.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		ParseArticle("000", "000.txt", raw, model.Meta{})
	}
}

func BenchmarkParseHugeLine(b *testing.B) {
	raw := []byte(strings.Repeat("كلمة أخرى (قوس “اقتباس. ", 400_000)) // ~10 MB, one line
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		ParseArticle("big", "big.txt", raw, model.Meta{})
	}
}

// realProblems drops the notices (boilerplate counts, languages without a
// lexicon), which are said but are nothing wrong with the files.
func realProblems(ps []model.Problem) []model.Problem {
	var out []model.Problem
	for _, p := range ps {
		if !p.Notice {
			out = append(out, p)
		}
	}
	return out
}
