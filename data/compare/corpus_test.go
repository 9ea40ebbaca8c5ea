package compare_test

import (
	"os"
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/compare"
	"github.com/isnad/isnad/model"
)

// embedded loads the embedded corpus and its frames file once per test.
func embedded(t testing.TB) (*model.Corpus, *compare.Frames) {
	t.Helper()
	c, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	f, err := compare.LoadFrames(data.EmbeddedFS(), compare.FramesFile)
	if err != nil {
		t.Fatal(err)
	}
	return c, f
}

// TestEmbeddedComparison checks what `isnad compare --json` promises: five
// sources, at least eight frames, every non-zero score backed by evidence
// sentences that exist, naming and vocabulary for every source.
func TestEmbeddedComparison(t *testing.T) {
	corpus, f := embedded(t)
	c := compare.Build(corpus.Articles, f)
	if len(c.Sources) != 5 {
		t.Fatalf("sources = %v, want the five articles", c.Sources)
	}
	if len(c.Frames) < 8 {
		t.Errorf("%d frames, want at least 8", len(c.Frames))
	}
	nonZero := 0
	for _, r := range c.Frames {
		for _, src := range c.Sources {
			score, ev := r.Scores[src], r.Evidence[src]
			if score < 0 || score > 1 {
				t.Errorf("frame %s, %s: score %v out of [0,1]", r.ID, src, score)
			}
			if (score > 0) != (len(ev) > 0) {
				t.Errorf("frame %s, %s: score %v with %d evidence sentences", r.ID, src, score, len(ev))
			}
			if score > 0 {
				nonZero++
				if len(r.Terms[src]) == 0 {
					t.Errorf("frame %s, %s: non-zero score without the terms that fired", r.ID, src)
				}
			}
			a := corpus.Article(src)
			for _, id := range ev {
				s := a.Sentence(id)
				if s == nil {
					t.Errorf("frame %s: evidence %s is not a sentence of %s", r.ID, id, src)
					continue
				}
				// No sentence is evidence without a cue inside it: alone,
				// it still carries the frame.
				alone := compare.Build([]*model.Article{oneSentence("x", s.Text)}, f)
				for _, ar := range alone.Frames {
					if ar.ID == r.ID && len(ar.Evidence["x"]) == 0 {
						t.Errorf("frame %s: evidence %s carries no cue of its own: %s", r.ID, id, s.Text)
					}
				}
			}
		}
	}
	if nonZero < len(c.Frames) {
		t.Errorf("only %d non-zero frame scores over %d frames", nonZero, len(c.Frames))
	}
	for term, counts := range c.Naming {
		for _, src := range c.Sources {
			if _, ok := counts[src]; !ok {
				t.Errorf("naming %q has no count for %s", term, src)
			}
		}
	}
	if len(c.Naming) == 0 {
		t.Error("no naming rows")
	}
	for _, src := range c.Sources {
		named := 0
		for _, counts := range c.Naming {
			named += counts[src]
		}
		if named == 0 {
			t.Errorf("source %s names the relationship nowhere", src)
		}
		vs := c.Vocabulary[src]
		if len(vs) == 0 {
			t.Errorf("source %s has no distinctive vocabulary", src)
		}
		for _, v := range vs {
			if v.Z <= 0 || v.Count < 2 || len(v.Sentences) == 0 {
				t.Errorf("source %s: term %+v", src, v)
			}
			for _, id := range v.Sentences {
				if corpus.Article(src).Sentence(id) == nil {
					t.Errorf("vocabulary %s: %s is not a sentence", v.Term, id)
				}
			}
		}
	}
}

// goldFacts is testdata/facts_gold.yaml: the facts read by hand.
type goldFacts struct {
	Facts []struct {
		Event    string `yaml:"event"`
		Kind     string `yaml:"kind"`
		Conflict bool   `yaml:"conflict"`
		Values   []struct {
			Article string `yaml:"article"`
			Value   string `yaml:"value"`
			Text    string `yaml:"text"`
			Outlier bool   `yaml:"outlier"`
			// Agrees lists the other articles that agree, when the gold
			// says (nil: not checked).
			Agrees []string `yaml:"agrees"`
		} `yaml:"values"`
	} `yaml:"facts"`
}

// TestFactsGold checks the facts of the embedded corpus against the gold
// file: each gold row comes out with exactly its values (article, value,
// and a sentence that holds the text) and the conflict flag read by hand.
func TestFactsGold(t *testing.T) {
	raw, err := os.ReadFile("testdata/facts_gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFacts
	if err := yaml.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	corpus, f := embedded(t)
	c := compare.Build(corpus.Articles, f)
	for _, g := range gold.Facts {
		var got *model.FactRow
		for i := range c.Facts {
			if c.Facts[i].Event == g.Event && string(c.Facts[i].Kind) == g.Kind {
				got = &c.Facts[i]
			}
		}
		if got == nil {
			t.Errorf("%s/%s: missing", g.Event, g.Kind)
			continue
		}
		if got.Conflict != g.Conflict {
			t.Errorf("%s/%s: conflict %v, want %v", g.Event, g.Kind, got.Conflict, g.Conflict)
		}
		used := make([]bool, len(got.Values))
		for _, gv := range g.Values {
			found := false
			for i, v := range got.Values {
				if used[i] || v.Article != gv.Article || v.Value != gv.Value || v.Text != gv.Text {
					continue
				}
				s := corpus.Article(v.Article).Sentence(v.Sentence)
				if s == nil {
					t.Errorf("%s/%s: value %s cites %s, not a sentence", g.Event, g.Kind, v.Value, v.Sentence)
				}
				if v.Outlier != gv.Outlier {
					t.Errorf("%s/%s: %s %q outlier %v, want %v", g.Event, g.Kind, v.Article, v.Value, v.Outlier, gv.Outlier)
				}
				if gv.Agrees != nil && !reflect.DeepEqual(v.AgreesWith, gv.Agrees) {
					t.Errorf("%s/%s: %s %q agrees with %v, want %v", g.Event, g.Kind, v.Article, v.Value, v.AgreesWith, gv.Agrees)
				}
				used[i], found = true, true
				break
			}
			if !found {
				t.Errorf("%s/%s: gold value %s %q (%s) not found in %+v", g.Event, g.Kind, gv.Article, gv.Value, gv.Text, got.Values)
			}
		}
		for i, v := range got.Values {
			if !used[i] {
				t.Errorf("%s/%s: unexpected value %+v", g.Event, g.Kind, v)
			}
		}
	}
}
