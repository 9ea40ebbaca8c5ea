package cite

import (
	"strings"
)

// The lexicon's word sets and phrase lists, matched on folded tokens.

// set is a set of folded words. Most words looked up are in no set, and a
// filter says so for most of them before the map is hashed.
type set struct {
	m map[string]struct{}
	f filter
}

// seqs matches word sequences ("تشرين الاول", "according to") against
// tokens, the first word with or without proclitics.
type seqs[V any] struct {
	byFirst map[string][]seq[V]
	first   filter // of the keys of byFirst, grown with it
}

type seq[V any] struct {
	words []string
	val   V
}

func newSet(words []string) set {
	s := set{m: make(map[string]struct{}, len(words)), f: newFilter(len(words))}
	for _, w := range words {
		w = Fold(w)
		s.m[w] = struct{}{}
		s.f.add(w)
	}
	return s
}

func (s set) has(w string) bool {
	if !s.f.mayHave(w) {
		return false
	}
	_, ok := s.m[w]
	return ok
}

// hasBare reports whether the token or a form of it without proclitics is
// in s.
func (s set) hasBare(t *token) bool {
	for k := range int(t.nb) {
		if s.has(t.form(k)) {
			return true
		}
	}
	return false
}

// bareOf is the form of t, with or without its proclitics, that s holds,
// or "".
func (s set) bareOf(t *token) string {
	for k := range int(t.nb) {
		if w := t.form(k); s.has(w) {
			return w
		}
	}
	return ""
}

// endsBefore reports whether a sequence of up to three words ends right
// before toks[i]: "في حين" before its verb, "حسب" before "ما".
func (s *seqs[V]) endsBefore(toks []token, i int) bool {
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if _, m, _ := s.match(toks, i-n); m == n {
			return true
		}
	}
	return false
}

// hasWord reports whether s holds the one-word phrase w.
func (s *seqs[V]) hasWord(w string) bool {
	for _, q := range s.byFirst[w] {
		if len(q.words) == 1 {
			return true
		}
	}
	return false
}

// mayStart reports whether a phrase of s may start at t, in any of its
// forms: a quick test before match.
func (s *seqs[V]) mayStart(t *token) bool {
	if t.punct || s.byFirst == nil {
		return false
	}
	for f := range int(t.nb) {
		if len(s.byFirst[t.form(f)]) > 0 {
			return true
		}
	}
	return false
}

// match finds the longest sequence starting at toks[i]; n is the number of
// tokens it covers (0 when none). A one-letter last word (the ل of "وفقاً
// لـ") may be written joined to the next token: then n stops before that
// token and joined is true.
func (s *seqs[V]) match(toks []token, i int) (v V, n int, joined bool) {
	if i >= len(toks) || toks[i].punct || s.byFirst == nil {
		return v, 0, false
	}
	for f := range int(toks[i].nb) {
		first := toks[i].form(f)
		if !s.first.mayHave(first) {
			continue
		}
		for _, q := range s.byFirst[first] {
			k, j, ok := 1, false, true
			for ; k < len(q.words); k++ {
				if i+k >= len(toks) {
					ok = false
					break
				}
				w, t := q.words[k], toks[i+k].norm
				if t == w {
					continue
				}
				if k == len(q.words)-1 && len([]rune(w)) == 1 && strings.HasPrefix(t, w) && len(t) > len(w) {
					j = true
					break
				}
				ok = false
				break
			}
			if !ok {
				continue
			}
			if k > n || k == n && !j && joined {
				v, n, joined = q.val, k, j
			}
		}
	}
	return v, n, joined
}

func (s *seqs[V]) add(phrase string, v V) {
	words := strings.Fields(Fold(phrase))
	if len(words) == 0 {
		return
	}
	if s.byFirst == nil {
		s.byFirst = map[string][]seq[V]{}
	}
	s.byFirst[words[0]] = append(s.byFirst[words[0]], seq[V]{words, v})
	if len(s.byFirst) > s.first.capacity() {
		s.first = newFilter(2 * len(s.byFirst))
		for w := range s.byFirst {
			s.first.add(w)
		}
	} else {
		s.first.add(words[0])
	}
}
