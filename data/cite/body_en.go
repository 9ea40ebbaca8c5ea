package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// English generic heads ("the firm", "the company") that point back to a
// body named only as an object or an owner: in their own sentence, or as
// an owner in the sentence before.

// firmNamedBefore gives a, whose English speaker is a bare generic head,
// the body its sentence named before it (bodyNamedBefore), reached through
// resolution; later events that point back to it show that body's name.
// It reports whether it did.
func (f *finder) firmNamedBefore(a *model.Attribution, toks []token, sp [2]int) bool {
	b, name := f.bodyNamedBefore(toks, sp)
	if b == nil {
		return false
	}
	f.resolved(a, b)
	a.Carried, b.said = false, name
	return true
}

// bodyNamedBefore is, for an English speaker that is only "the" and a
// generic head no entity met before answers ("the firm said" with no
// firm met), the body its own sentence named before it: "Shares in Corvex
// Mining fell after the firm warned …" is Corvex Mining, "Pellino's new
// tablet goes on sale in May, the company said" is Pellino. Else the
// first owner of the sentence before: "Pellino's sales rose. The firm
// said" (not its other names, which may be anyone it dealt with). Nil
// when none may be a firm (a person, a state or a people). name is the
// body's name as written, for the events that point back to it.
func (f *finder) bodyNamedBefore(toks []token, sp [2]int) (ent *entity, name string) {
	ts := toks[sp[0]:sp[1]]
	if len(ts) != 2 || ts[0].norm != "the" || !f.lex.genericHeads.has(ts[1].norm) {
		return nil, ""
	}
	words := f.bareWords(ts, true)
	if f.matchDescription(ts, words, f.kindOf(ts), true) != nil {
		return nil, ""
	}
	body := f.owner
	if run := f.bodyRunBefore(toks, sp[0], false); run[1] > run[0] {
		body = toks[run[0]:run[1]]
	}
	if len(body) == 0 {
		return nil, ""
	}
	ent, _ = f.entityOf(body, true)
	if ent == nil || ent.kind != "" && ent.kind != model.SourceOrg {
		return nil, ""
	}
	ent.kind = model.SourceOrg
	return ent, joinRaw(body)
}

// bodyRunBefore is the first name before token before that may be a
// firm: a capitalised run an owner's "'s" follows ("Pellino's new
// tablet"), or one of two words or more inside the sentence, not after
// "the" ("Shares in Corvex Mining"); with ownerOnly, an owner only.
// Empty when there is none.
func (f *finder) bodyRunBefore(toks []token, before int, ownerOnly bool) [2]int {
	for k := 0; k < before; k++ {
		if !isCapitalised(toks[k]) || k > 0 && (isCapitalised(toks[k-1]) || toks[k-1].norm == "the") ||
			f.lex.determiners.has(toks[k].norm) || f.lex.clauseStarts.has(toks[k].norm) || f.noOwner(toks, k) {
			continue
		}
		e := k
		for e < before && (isCapitalised(toks[e]) || toks[e].raw == "&" && e+1 < before && isCapitalised(toks[e+1])) {
			e++
		}
		owner := e+1 < before && (toks[e].raw == "'" || toks[e].raw == "’") && toks[e+1].norm == "s"
		if !owner && (ownerOnly || k == 0 || e-k < 2) {
			continue
		}
		if f.mayBeFirm(toks[k:e]) {
			return [2]int{k, e}
		}
	}
	return [2]int{}
}

// mayBeFirm reports whether a capitalised run may name a firm: not a
// person (a title, an honorific or a given name first), a state or a
// nationality, nor a kind of source other than a body.
func (f *finder) mayBeFirm(ts []token) bool {
	if f.lex.titles.hasBare(&ts[0]) || f.hasHonorific(ts[:1]) || isGivenName(f.lex, &ts[0]) || f.isDemonym(ts[0]) ||
		f.lex.states.has(strings.Join(foldWords(ts), " ")) {
		return false
	}
	k := f.kindOf(ts)
	return k == "" || k == model.SourceOrg
}

// noteOwner keeps the first body an English sentence names as an owner
// ("Pellino's new tablet …"), copied, for the next sentence's "the
// company"; nil when it names none, or is no English sentence.
func (f *finder) noteOwner(toks []token) {
	f.owner = f.owner[:0]
	if len(toks) < 2 || !hasLatin(toks[0].raw) && !hasLatin(toks[1].raw) {
		return
	}
	if run := f.bodyRunBefore(toks, len(toks), true); run[1] > run[0] {
		f.owner = append(f.owner, toks[run[0]:run[1]]...)
	}
}

// noOwner reports whether an English word, capitalised, is no body's
// name whatever follows it: a pronoun or a complementiser ("It's",
// "What's").
func (f *finder) noOwner(toks []token, k int) bool {
	_, n, _ := f.lex.complements.match(toks, k)
	return n > 0 || isPronoun(f.lex, toks[k].norm)
}
