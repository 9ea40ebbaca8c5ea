package data

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
	"go.yaml.in/yaml/v3"
)

// gold is what a reader of an article expects from the parser; see
// testdata/gold. Paragraphs are named by the source line they start on.
type gold struct {
	File       string `yaml:"file"`
	Paragraphs int    `yaml:"paragraphs"`
	Sections   int    `yaml:"sections"`
	Headings   []struct {
		Line, Level int
		Text        string
	} `yaml:"headings"`
	Boilerplate []int `yaml:"boilerplate"`
	Items       []int `yaml:"items"`
	Joined      []struct {
		Line, From int
		Continues  string
	} `yaml:"joined"`
	Sentences []struct{ Line, Count int } `yaml:"sentences"`
	Checks    []struct {
		Line, N      int
		Starts, Ends string
	} `yaml:"checks"`
}

func TestGold(t *testing.T) {
	c, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/gold/*.yaml")
	if len(files) != 5 {
		t.Fatalf("want 5 gold files, got %d", len(files))
	}
	for _, gf := range files {
		raw, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		if err := yaml.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gf, err)
		}
		t.Run(g.File[:3], func(t *testing.T) { checkGold(t, c, g) })
	}
}

func checkGold(t *testing.T, c *model.Corpus, g gold) {
	var a *model.Article
	for _, x := range c.Articles {
		if x.Path == g.File {
			a = x
		}
	}
	if a == nil {
		t.Fatalf("%s not loaded", g.File)
	}
	byLine := map[int]*model.Paragraph{}
	for i := range a.Paragraphs {
		byLine[a.Paragraphs[i].Line] = &a.Paragraphs[i]
	}
	at := func(line int) *model.Paragraph {
		p := byLine[line]
		if p == nil {
			t.Errorf("no paragraph starts on line %d", line)
		}
		return p
	}
	if len(a.Paragraphs) != g.Paragraphs {
		t.Errorf("paragraphs: got %d, want %d", len(a.Paragraphs), g.Paragraphs)
	}
	if len(a.Sections) != g.Sections {
		t.Errorf("sections: got %d, want %d", len(a.Sections), g.Sections)
	}
	var gotHeadings []int
	for _, p := range a.Paragraphs {
		if p.Kind == model.Heading {
			gotHeadings = append(gotHeadings, p.Line)
		}
	}
	var wantHeadings []int
	for _, h := range g.Headings {
		wantHeadings = append(wantHeadings, h.Line)
		if p := at(h.Line); p != nil && (p.Kind != model.Heading || p.Level != h.Level || p.Text != h.Text) {
			t.Errorf("line %d: got %s level %d %q, want heading level %d %q", h.Line, p.Kind, p.Level, p.Text, h.Level, h.Text)
		}
	}
	if !slices.Equal(gotHeadings, wantHeadings) {
		t.Errorf("heading lines: got %v, want %v", gotHeadings, wantHeadings)
	}
	if got := linesOf(a, model.Boilerplate); !slices.Equal(got, g.Boilerplate) {
		t.Errorf("boilerplate lines: got %v, want %v", got, g.Boilerplate)
	}
	if got := linesOf(a, model.ListItem); !slices.Equal(got, g.Items) {
		t.Errorf("list item lines: got %v, want %v", got, g.Items)
	}
	for _, j := range g.Joined {
		p := at(j.Line)
		for l := j.Line + 1; l <= j.From; l++ {
			if byLine[l] != nil {
				t.Errorf("line %d should continue the paragraph of line %d", l, j.Line)
			}
		}
		if p != nil && !strings.Contains(p.Text, j.Continues) {
			t.Errorf("paragraph of line %d lacks %q", j.Line, j.Continues)
		}
	}
	for _, s := range g.Sentences {
		if p := at(s.Line); p != nil && p.SentTo-p.SentFrom != s.Count {
			t.Errorf("line %d: %d sentences, want %d:\n%s", s.Line, p.SentTo-p.SentFrom, s.Count, sentenceList(a, p))
		}
	}
	for _, ck := range g.Checks {
		p := at(ck.Line)
		if p == nil {
			continue
		}
		if ck.N > p.SentTo-p.SentFrom {
			t.Errorf("line %d has no sentence %d", ck.Line, ck.N)
			continue
		}
		s := a.Sentences[p.SentFrom+ck.N-1].Text
		if !strings.HasPrefix(s, ck.Starts) || !strings.HasSuffix(s, ck.Ends) {
			t.Errorf("line %d sentence %d = %q\nwant it to start with %q and end with %q", ck.Line, ck.N, s, ck.Starts, ck.Ends)
		}
	}
}

func linesOf(a *model.Article, k model.BlockKind) []int {
	out := []int{}
	for _, p := range a.Paragraphs {
		if p.Kind == k {
			out = append(out, p.Line)
		}
	}
	return out
}

func sentenceList(a *model.Article, p *model.Paragraph) string {
	var b strings.Builder
	for _, s := range a.Sentences[p.SentFrom:p.SentTo] {
		b.WriteString("  | " + s.Text + "\n")
	}
	return b.String()
}
