package notes

import (
	"context"
	"strings"

	"github.com/isnad/isnad/model"
)

// AnchorAll anchors many notes, reading each article once (article returns
// nil for an article that is gone) and indexing its sentences' texts once.
func AnchorAll(ns []model.Note, article func(id string) *model.Article) {
	type index struct {
		a     *model.Article
		texts map[string][]int // squashed text → sentence indexes, in order
	}
	arts := map[string]*index{}
	for i := range ns {
		n := &ns[i]
		x, ok := arts[n.Article]
		if !ok {
			x = &index{a: article(n.Article)}
			if x.a != nil {
				x.texts = make(map[string][]int, len(x.a.Sentences))
				for j := range x.a.Sentences {
					t := squash(x.a.Sentences[j].Text)
					x.texts[t] = append(x.texts[t], j)
				}
			}
			arts[n.Article] = x
		}
		anchor(n, x.a, func(quote string) []int { return x.texts[quote] })
	}
}

// Anchor works out where a note sits in the article as it reads now (a is
// nil when the article is gone): on its sentence (attached), on another
// sentence with the same text (moved: lines were added or removed above
// it), or nowhere (orphaned). Texts are compared with their whitespace
// collapsed; of several sentences with the same text, the nearest to the
// old place wins. A note with no quote (written before quotes were kept)
// is attached when its sentence still exists.
func Anchor(n *model.Note, a *model.Article) {
	anchor(n, a, func(quote string) []int {
		var out []int
		for i := range a.Sentences {
			if squash(a.Sentences[i].Text) == quote {
				out = append(out, i)
			}
		}
		return out
	})
}

// anchor is Anchor with the sentences holding a text found by same.
func anchor(n *model.Note, a *model.Article, same func(quote string) []int) {
	n.Anchor, n.Sentence = model.AnchorOrphaned, ""
	if a == nil {
		return
	}
	old := -1
	if r, err := model.ParseRef(n.Target); err == nil && r.Kind == 's' && r.Article == a.ID {
		old = r.N - 1
	}
	quote := squash(n.Quote)
	if old >= 0 && old < len(a.Sentences) && (quote == "" || squash(a.Sentences[old].Text) == quote) {
		n.Anchor, n.Sentence = model.AnchorAttached, a.Sentences[old].ID
		return
	}
	if quote == "" {
		return
	}
	best := -1
	for _, i := range same(quote) {
		if best < 0 || abs(i-old) < abs(best-old) {
			best = i
		}
	}
	if best >= 0 {
		n.Anchor, n.Sentence = model.AnchorMoved, a.Sentences[best].ID
	}
}

// squash collapses runs of whitespace and trims the ends.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Anchored is a store whose List works out where each note sits in the
// corpus as it reads now (Anchor and Sentence filled): what screens list
// and what the reader's gutter marks. Article returns nil for an article
// that is gone.
type Anchored struct {
	*Store
	Article func(id string) *model.Article
}

var _ model.NoteStore = Anchored{}

// List returns the notes a filter selects, anchored.
func (a Anchored) List(ctx context.Context, f model.NoteFilter) ([]model.Note, error) {
	ns, err := a.Store.List(ctx, f)
	if err == nil {
		AnchorAll(ns, a.Article)
	}
	return ns, err
}
