package compare

import (
	"strings"

	"github.com/isnad/isnad/data/arabic"
)

// A cue is one term of the frames file: one or more words matched against
// consecutive tokens. Each word is matched by its stem (Stem of Normalize), so
// "تحالف" meets "والتحالفات"; a word ending in "*" matches any token whose
// stem starts with it ("وقع*" meets "وقعت" and "وقعته"); a word starting with
// "=" matches only the token whose normalised form is exactly the rest
// ("=الموقعه" is "the signed (treaty)", not "موقعه", "its website").
type cue struct {
	text  string // as written in the file
	words []cueWord
}

type cueWord struct {
	s    string
	kind byte // 's' stem, 'p' stem prefix, 'n' normalised form
}

func parseCue(text string) (cue, bool) {
	c := cue{text: strings.TrimSpace(text)}
	for _, w := range strings.Fields(c.text) {
		var cw cueWord
		switch {
		case strings.HasPrefix(w, "="):
			cw = cueWord{arabic.Normalize(w[1:]), 'n'}
		case strings.HasSuffix(w, "*"):
			cw = cueWord{arabic.Normalize(strings.TrimSuffix(w, "*")), 'p'}
		default:
			cw = cueWord{arabic.Stem(arabic.Normalize(w)), 's'}
		}
		if cw.s == "" {
			continue
		}
		c.words = append(c.words, cw)
	}
	return c, len(c.words) > 0
}

// matches reports whether token t is the cue word. A stem or a stem prefix
// also meets the token's Bare form: "تحالفا" is "تحالفاً" without its mark.
func (w cueWord) matches(t *arabic.Token) bool {
	switch w.kind {
	case 'n':
		return t.Norm == w.s
	case 'p':
		return strings.HasPrefix(t.Stem, w.s) || t.Bare != "" && strings.HasPrefix(t.Bare, w.s)
	}
	return t.Stem == w.s || t.Bare == w.s
}

// matcher finds cues in token lists, leftmost and longest first, without
// overlap: where "شراكة استراتيجية" matches, "شراكة" alone does not count.
type matcher struct {
	cues []cue
	// label[i] is what cue i counts as (a naming row, say); -1 means the
	// cue consumes its tokens and counts as nothing.
	label []int
	// byStem and byNorm index cues by their first word; prefix cues are
	// tried everywhere.
	byStem, byNorm map[string][]int
	prefix         []int
}

func newMatcher() *matcher {
	return &matcher{byStem: map[string][]int{}, byNorm: map[string][]int{}}
}

// add compiles a cue counting as label; it reports false for an empty one.
func (m *matcher) add(text string, label int) bool {
	c, ok := parseCue(text)
	if !ok {
		return false
	}
	i := len(m.cues)
	m.cues = append(m.cues, c)
	m.label = append(m.label, label)
	switch w := c.words[0]; w.kind {
	case 's':
		m.byStem[w.s] = append(m.byStem[w.s], i)
	case 'n':
		m.byNorm[w.s] = append(m.byNorm[w.s], i)
	default:
		m.prefix = append(m.prefix, i)
	}
	return true
}

// match is one cue found: toks[From:To] matched cue Cue.
type match struct {
	Cue, From, To int
}

// find appends the matches of toks to dst.
func (m *matcher) find(dst []match, toks []arabic.Token) []match {
	if m == nil || len(m.cues) == 0 {
		return dst
	}
	for i := 0; i < len(toks); {
		best := -1
		bestLen := 0
		try := func(ids []int) {
			for _, ci := range ids {
				n := len(m.cues[ci].words)
				if n < bestLen || (n == bestLen && ci > best) || i+n > len(toks) {
					continue
				}
				if m.matchAt(ci, toks, i) {
					best, bestLen = ci, n
				}
			}
		}
		try(m.byStem[toks[i].Stem])
		if toks[i].Alt != "" {
			try(m.byStem[toks[i].Alt])
		}
		if toks[i].Bare != "" {
			try(m.byStem[toks[i].Bare])
		}
		try(m.byNorm[toks[i].Norm])
		try(m.prefix)
		if best < 0 {
			i++
			continue
		}
		dst = append(dst, match{Cue: best, From: i, To: i + bestLen})
		i += bestLen
	}
	return dst
}

func (m *matcher) matchAt(ci int, toks []arabic.Token, i int) bool {
	for k, w := range m.cues[ci].words {
		if !w.matches(&toks[i+k]) && (k > 0 || w.kind != 's' || toks[i].Alt != w.s) {
			return false
		}
	}
	return true
}

// group runs many matchers over a token list in one pass: one map lookup
// per token finds the cues of every matcher that may start there, instead
// of one lookup per matcher. The result is the same as each matcher's find.
type group struct {
	ms             []*matcher
	byStem, byNorm map[string][]cueRef
	prefix         []cueRef
}

type cueRef struct{ m, cue int }

func newGroup(ms []*matcher) *group {
	g := &group{ms: ms, byStem: map[string][]cueRef{}, byNorm: map[string][]cueRef{}}
	for k, m := range ms {
		for ci, c := range m.cues {
			ref := cueRef{k, ci}
			switch w := c.words[0]; w.kind {
			case 's':
				g.byStem[w.s] = append(g.byStem[w.s], ref)
			case 'n':
				g.byNorm[w.s] = append(g.byNorm[w.s], ref)
			default:
				g.prefix = append(g.prefix, ref)
			}
		}
	}
	return g
}

// find returns, for each matcher k of the group, its matches in toks in
// out[k]; out is reused when it has the right length.
func (g *group) find(toks []arabic.Token, out [][]match) [][]match {
	if len(out) != len(g.ms) {
		out = make([][]match, len(g.ms))
	}
	for k := range out {
		out[k] = out[k][:0]
	}
	next := make([]int, len(g.ms))
	best := make([]match, len(g.ms)) // To == 0: nothing yet at this position
	var touched []int
	for i := range toks {
		t := &toks[i]
		try := func(refs []cueRef) {
			for _, r := range refs {
				if i < next[r.m] {
					continue
				}
				m := g.ms[r.m]
				n := len(m.cues[r.cue].words)
				b := &best[r.m]
				if i+n > len(toks) || (b.To != 0 && (n < b.To-i || (n == b.To-i && r.cue > b.Cue))) {
					continue
				}
				if !m.matchAt(r.cue, toks, i) {
					continue
				}
				if b.To == 0 {
					touched = append(touched, r.m)
				}
				*b = match{Cue: r.cue, From: i, To: i + n}
			}
		}
		try(g.byStem[t.Stem])
		try(g.byNorm[t.Norm])
		if t.Alt != "" {
			try(g.byStem[t.Alt])
		}
		if t.Bare != "" && t.Bare != t.Alt {
			try(g.byStem[t.Bare])
		}
		try(g.prefix)
		for _, k := range touched {
			out[k] = append(out[k], best[k])
			next[k] = best[k].To
			best[k] = match{}
		}
		touched = touched[:0]
	}
	return out
}
