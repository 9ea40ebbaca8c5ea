package data

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhrases: the one-walk search finds what containsPhrase finds, phrase
// by phrase, on the corpus's paragraphs and on text made of the phrases
// themselves, glued to proclitics, words and punctuation.
func TestPhrases(t *testing.T) {
	lx := rules()
	var texts []string
	c, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			texts = append(texts, fold(p.Text))
		}
	}
	var all []string
	all = append(all, lx.Boilerplate.Contains...)
	all = append(all, lx.Boilerplate.Follow...)
	for w := range lx.social {
		all = append(all, w)
	}
	glue := []string{"", " ", "و", "ال", ": ", "x", "٢", "، "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(glue[rng.IntN(len(glue))])
			p := all[rng.IntN(len(all))]
			if rng.IntN(3) == 0 {
				p = p[:rng.IntN(len(p)+1)] // a cut phrase (may be invalid UTF-8)
			}
			b.WriteString(p)
		}
		texts = append(texts, b.String())
	}
	for _, list := range [][]string{lx.Boilerplate.Contains, lx.Boilerplate.Follow, all} {
		x := newPhrases(list)
		for _, s := range texts {
			want := 0
			seen := map[string]bool{} // a list may hold a phrase twice once folded
			for _, p := range list {
				if !seen[p] && containsPhrase(s, p) {
					want++
				}
				seen[p] = true
			}
			if got := x.count(s); got != want {
				t.Fatalf("%q: %d phrases found, containsPhrase finds %d", s, got, want)
			}
			if x.any(s) != (want > 0) {
				t.Fatalf("%q: any says %v", s, !(want > 0))
			}
		}
	}
}
