package realnews

import (
	"hash/fnv"
	"strings"
	"testing"
	"unicode"
)

// leakShare is the share of a held-out article's word 5-grams found in one
// development article above which the two tell the same story in the same
// words: the same wire copy printed by two papers, or one article filed
// twice. Rules worked on the development copy have then seen the held-out
// one, so it cannot measure them. Two papers' own reports of one event
// share far less.
const leakShare = 0.5

// TestHeldOutNotInDev: no held-out article is, in its words, a development
// article too.
func TestHeldOutNotInDev(t *testing.T) {
	devOf := map[uint64][]int{} // a 5-gram → the development files holding it
	var devPaths []string
	type held struct {
		path  string
		grams map[uint64]bool
	}
	var helds []held
	eachGoldDoc(t, func(p string, g Gold, d Doc) {
		grams := fiveGrams(d.Text)
		switch g.Split {
		case "dev":
			for h := range grams {
				devOf[h] = append(devOf[h], len(devPaths))
			}
			devPaths = append(devPaths, p)
		case "heldout":
			helds = append(helds, held{p, grams})
		}
	})
	for _, h := range helds {
		shared := map[int]int{}
		for g := range h.grams {
			for _, i := range devOf[g] {
				shared[i]++
			}
		}
		for i, n := range shared {
			if float64(n) >= leakShare*float64(len(h.grams)) {
				t.Errorf("%s: %d of its %d 5-grams are in the development file %s; the article cannot be held out", h.path, n, len(h.grams), devPaths[i])
			}
		}
	}
}

// fiveGrams hashes the runs of five words of a text.
func fiveGrams(text string) map[uint64]bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[uint64]bool{}
	for i := 0; i+5 <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+5] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out[h.Sum64()] = true
	}
	return out
}
