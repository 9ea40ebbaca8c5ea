package compare

import (
	"math"
	"sort"

	"github.com/isnad/isnad/model"
)

// LogOdds is the weighted log-odds ratio with an informative Dirichlet prior
// of Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16–22: how much
// more a word belongs to group i than to group j.
//
//	yi, ni  the word's count in i and i's total count
//	yj, nj  the same for j
//	ai, a0  the word's prior weight and the prior's total weight
//
//	δ   = log((yi+ai)/(ni+a0−yi−ai)) − log((yj+ai)/(nj+a0−yj−ai))
//	var ≈ 1/(yi+ai) + 1/(yj+ai)
//	z   = δ / √var
//
// It reports ok=false when a count would leave a log's argument
// non-positive (a prior weight not below a0, counts above their totals).
func LogOdds(yi, ni, yj, nj, ai, a0 float64) (z, delta float64, ok bool) {
	oi, oj := ni+a0-yi-ai, nj+a0-yj-ai
	if yi+ai <= 0 || yj+ai <= 0 || oi <= 0 || oj <= 0 {
		return 0, 0, false
	}
	delta = math.Log((yi+ai)/oi) - math.Log((yj+ai)/oj)
	v := 1/(yi+ai) + 1/(yj+ai)
	return delta / math.Sqrt(v), delta, true
}

// vocabulary computes each source's most distinctive terms against the
// other selected sources. The prior is the selection's own counts scaled
// to Alpha0: a word's weight is Alpha0 × its share of all counted tokens.
func vocabulary(f *Frames, ans []*Analysis) map[string][]model.VocabTerm {
	total := map[string]int{}
	n := 0
	for _, an := range ans {
		for stem, ts := range an.vocab {
			total[stem] += ts.count
		}
		n += an.tokens
	}
	out := make(map[string][]model.VocabTerm, len(ans))
	a0 := f.Vocabulary.Alpha0
	for _, an := range ans {
		terms := []model.VocabTerm{}
		ni := float64(an.tokens)
		nj := float64(n - an.tokens)
		for stem, ts := range an.vocab {
			if ts.count < f.Vocabulary.MinCount {
				continue
			}
			yi := float64(ts.count)
			yj := float64(total[stem] - ts.count)
			ai := a0 * float64(total[stem]) / float64(n)
			z, d, ok := LogOdds(yi, ni, yj, nj, ai, a0)
			if !ok || z <= 0 {
				continue
			}
			terms = append(terms, model.VocabTerm{
				Term: ts.form(), Stem: stem, Z: z, Delta: d,
				Count: ts.count, Rest: total[stem] - ts.count,
				Sentences: sentenceIDs(an.Article.ID, ts.sents),
			})
		}
		sort.Slice(terms, func(i, j int) bool {
			if terms[i].Z != terms[j].Z {
				return terms[i].Z > terms[j].Z
			}
			return terms[i].Stem < terms[j].Stem
		})
		if len(terms) > f.Vocabulary.Top {
			terms = terms[:f.Vocabulary.Top]
		}
		out[an.Article.ID] = terms
	}
	return out
}

func sentenceIDs(article string, idx []int) []string {
	ids := make([]string, len(idx))
	for i, s := range idx {
		ids[i] = model.ElemID(article, 's', s)
	}
	return ids
}
