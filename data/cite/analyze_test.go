package cite_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
)

// TestAnalyzeInvariants checks what the TUI relies on: every id points at
// something that exists, and every span lies in its paragraph.
func TestAnalyzeInvariants(t *testing.T) {
	z := cite.New(aliases(t), nil)
	for _, a := range articles(t) {
		s := z.Analyze(a)
		for _, c := range s.Claims {
			sen := a.Sentence(c.ID)
			if sen == nil || sen.Text != c.Text || sen.Para != c.Para {
				t.Errorf("%s: claim does not match its sentence", c.ID)
			}
			if len(c.Reasons) == 0 || c.Status == "" {
				t.Errorf("%s: no reason or status", c.ID)
			}
		}
		for _, c := range s.Citations {
			p := a.Paragraphs[c.Para].Text
			if c.Start < 0 || c.End > len(p) || p[c.Start:c.End] != c.Raw {
				t.Errorf("%s: %q not at %d:%d of its paragraph", c.ID, c.Raw, c.Start, c.End)
			}
			if s.Claim(c.Sentence) == nil {
				t.Errorf("%s: sentence %s is no claim", c.ID, c.Sentence)
			}
			for _, id := range c.Candidates {
				if r := s.Reference(id); r == nil || !slices.Contains(r.CitedBy, c.Sentence) {
					t.Errorf("%s: candidate %s missing or without backlink", c.ID, id)
				}
			}
		}
		for _, at := range s.Attributions {
			p := a.Paragraphs[at.Para].Text
			if at.Start < 0 || at.End > len(p) || at.Start > at.End || a.Sentence(at.Sentence) == nil {
				t.Errorf("%s: span %d:%d or sentence %s wrong", at.ID, at.Start, at.End, at.Sentence)
			}
			if at.Cue != "" && !strings.Contains(p[at.Start:at.End], at.Cue) {
				t.Errorf("%s: span %q lacks cue %q", at.ID, p[at.Start:at.End], at.Cue)
			}
		}
	}
}

func TestAnalyzeOdd(t *testing.T) {
	for _, raw := range []string{"", "\x00\xff\xfe binary", "(((((", "المراجع:\n\n- \n- (2024)\n", strings.Repeat("(Smith, 2020) ", 5000)} {
		a := data.ParseArticle("x", "x.txt", []byte(raw), model.Meta{})
		s := cite.Analyze(a, nil)
		if s == nil || s.Article != "x" || s.Unused == nil || s.Unresolved == nil {
			t.Errorf("%.20q: %+v", raw, s)
		}
	}
}

func TestIndex(t *testing.T) {
	z := cite.New(aliases(t), nil)
	x := cite.NewIndex()
	var sourcings []*model.Sourcing
	for _, a := range articles(t) {
		s := z.Analyze(a)
		sourcings = append(sourcings, s)
		x.Add(s)
	}
	x.Add(sourcings[0]) // adding again replaces
	if x.Articles() != 5 {
		t.Fatalf("%d articles", x.Articles())
	}
	r, ok := x.Source("reuters")
	if !ok || r.Kind != model.SourceOutlet || r.Name != "Reuters" {
		t.Fatalf("reuters: %+v", r)
	}
	if len(r.Articles) != 2 || r.Articles[0].Article != "000" || r.Articles[1].Article != "004" ||
		r.Articles[0].References != 7 || r.Articles[1].Claims != 1 {
		t.Errorf("reuters per article: %+v", r.Articles)
	}
	back := x.Backlinks("reuters")
	if len(back) != r.Claims || !slices.Contains(back, "004#s20") || !strings.HasPrefix(back[0], "000#") {
		t.Errorf("backlinks %v (claims %d)", back, r.Claims)
	}
	// 000#s66: "وعد الرئيس الروسي بمساعدة كوريا الشمالية" (he promised)
	if got := x.Backlinks("putin"); !slices.Equal(got, []string{"000#s66", "003#s7", "004#s24"}) {
		t.Errorf("putin backlinks %v", got)
	}
	if refs := x.References("reuters-graphics"); !slices.Equal(refs, []string{"000#r7"}) {
		t.Errorf("reuters-graphics refs %v", refs)
	}
	srcs := x.Sources()
	if len(srcs) < 20 || srcs[0].Claims < srcs[len(srcs)-1].Claims {
		t.Errorf("%d sources, not sorted by claims", len(srcs))
	}
	x.Remove("004")
	if _, ok := x.Source("zelensky"); ok {
		t.Error("zelensky kept after removing 004")
	}
	if got := x.Backlinks("reuters"); slices.Contains(got, "004#s20") {
		t.Error("backlink of a removed article")
	}
}
