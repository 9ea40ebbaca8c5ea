// English shares of a poll as speakers: "only 31% said", "65% of those
// questioned said" report what those polled answered.

package cite

import "github.com/isnad/isnad/model"

// shareStart is where the share whose sign is toks[pct] starts, its
// number ("0.6" read whole), and whether it can be a subject: not when a
// preposition governs it ("compared to 34%", "ahead of the 0.6% forecast").
func shareStart(toks []token, pct int) (int, bool) {
	n := pct - 1
	for n >= 2 && toks[n-1].raw == "." && isNumber(toks[n-2].norm) {
		n -= 2
	}
	p := n - 1
	if p >= 0 && (toks[p].norm == "the" || toks[p].norm == "a") {
		p--
	}
	if p >= 0 && (isPrepositionEn(toks[p].norm) || sharePreps[toks[p].norm]) {
		return 0, false
	}
	return n, true
}

// sharePreps are prepositions a share is read after: no subject then.
var sharePreps = map[string]bool{"to": true, "against": true, "than": true, "by": true, "over": true,
	"under": true, "about": true, "around": true, "of": true, "into": true, "below": true, "above": true}

// isShare reports whether toks[k] is the sign of a share after its number:
// "31%" in "only 31% said they trusted the banks", a part of those polled
// and the subject of what they said.
func isShare(toks []token, k int) bool {
	return toks[k].raw == "%" && k > 0 && isNumber(toks[k-1].norm) && toks[k-1].end == toks[k].start
}

// shareOfPoll is the vague group a share written with its sign belongs to
// ("only 31% said"): the group of the word "percent", or nil.
func (f *finder) shareOfPoll() *entity {
	for _, q := range f.lex.anonymous.byFirst["percent"] {
		if len(q.words) == 1 {
			grp := f.lex.anonGroups[q.val]
			ent := f.reg.get(grp.id, grp.name, model.SourceAnonymous, false)
			ent.agr = plural
			return ent
		}
	}
	return nil
}
