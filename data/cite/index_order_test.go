package cite

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

// Lists follow the order given to Order, not the order of Add.
func TestIndexOrder(t *testing.T) {
	mention := func(art string) *model.Sourcing {
		return &model.Sourcing{Article: art, Mentions: []model.SourceMention{{
			Source: "reuters", Name: "Reuters", Kind: model.SourceOutlet,
			Spellings: []string{"Reuters " + art}, Claims: []string{art + "#s1"},
		}}}
	}
	x := NewIndex()
	x.Order([]string{"a", "b", "c"})
	for _, art := range []string{"c", "a", "b"} {
		x.Add(mention(art))
	}
	src, _ := x.Source("reuters")
	var got []string
	for _, c := range src.Articles {
		got = append(got, c.Article)
	}
	if strings.Join(got, " ") != "a b c" {
		t.Errorf("articles %v, want a b c", got)
	}
	if b := x.Backlinks("reuters"); strings.Join(b, " ") != "a#s1 b#s1 c#s1" {
		t.Errorf("backlinks %v", b)
	}
	if x.Articles() != 3 {
		t.Errorf("%d articles added, want 3", x.Articles())
	}
}
