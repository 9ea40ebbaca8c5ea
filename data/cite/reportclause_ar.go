// A perfect describing an indefinite report or document right before it.

package cite

import "github.com/isnad/isnad/model"

// reportBefore reads, for a perfect right after an indefinite report or
// document and its adjectives, that noun as the verb's subject: in Arabic
// a clause after an indefinite noun describes it, and a document or a
// report is a source by itself ("بعد تقارير تحدثت عن نقص في الأدوية",
// "في دراسة حديثة وجدت أن النوم يقل", "تقرير إخباري أشار إلى أن",
// invented). A place or a person in the same seat stays out ("في فيينا
// قال": arSubjectBefore keeps a perfect after a preposition its own
// clause), and so does a statement its issuer speaks in ("أصدرت الوزارة
// بياناً أكدت فيه", the pronoun after the verb) or one the verb does not
// agree with ("في بيان لها قالت": the feminine is the speaker's, not the
// statement's). What was said or the verb's particle must follow it at
// once: else the subject does ("وفي بيان سابق قال المتحدث إن"). Empty
// when there is none.
func (f *finder) reportBefore(toks []token, i int, vf verbForm) [2]int {
	none := [2]int{}
	if vf.kind != formPast || vf.object || i == 0 || i+1 < len(toks) && f.lex.resumptives.has(toks[i+1].norm) {
		return none
	}
	if fam := &f.lex.families[vf.fam]; i+1 >= len(toks) || !f.opensContent(toks, i+1) &&
		!fam.preps.has(toks[i+1].norm) && !fam.sourcePreps.has(toks[i+1].norm) {
		return none // "وفي بيان سابق قال المتحدث إن": the subject follows the verb
	}
	start := i - 1
	for start > 0 && start > i-4 && f.indefiniteAdjective(&toks[start]) && !toks[start-1].punct && !hasAl(&toks[start-1]) {
		start-- // "تقرير إخباري", "دراسة جديدة": the noun before its adjectives
	}
	head := toks[start : start+1]
	if head[0].punct || hasAl(&head[0]) || f.isParticle(toks, start) || !f.agreesWith(head, vf.agr) {
		return none
	}
	if f.kindOf(head) == model.SourceDocument {
		return [2]int{start, i}
	}
	if g, n, _ := f.lex.anonymous.match(toks, start); n == 1 && f.lex.anonGroups[g].id == "anon-reports" {
		return [2]int{start, i} // "تقارير", "أنباء": reports no one signed
	}
	return none
}
