package cite

import "strings"

// Reporting verbs that report nothing where they stand: letters that
// spell another word there, and moods in which nothing was said.

// otherWord reports whether the verb form at toks[i] is another word or
// a form that reports nothing: a name's part ("صالح آل طالب"), a counted
// noun ("8000 طالب"), a word its neighbours show is another ("كل فرد"),
// the writer's marked "I" ("وأكدتُ"), a marked passive ("وُصِفت"), a
// verb of colons with no colon ("وزاد عدد"), one that must open its
// clause and does not ("بين البلدين").
func (f *finder) otherWord(toks []token, i int, vf verbForm, fam *family) bool {
	if i > 0 && f.lex.nameJoins.has(toks[i-1].norm) {
		return true // "صالح آل طالب": a name, not "demanded"
	}
	if i > 0 && f.lex.passiveLight.has(toks[i-1].norm) {
		return true // "يتم وصفه بدقة", "وتم إفادته بأن": a verbal noun, the passive
	}
	if f.countedNoun(toks, i, vf) {
		return true // "8000 طالب وطالبة": students, not "demanded"
	}
	if i > 0 && fam.notAfter.hasBare(&toks[i-1]) || i+1 < len(toks) && fam.notBefore.hasBare(&toks[i+1]) && !aliName(&toks[i+1]) {
		return true // "كل فرد منا", "ورد في التقرير": another word spelt alike
	}
	if vf.object && len(fam.objectsAfter.m) > 0 && !f.afterObjectNoun(toks, i, fam) {
		return true // "وعلت وجهه ابتسامة": his face
	}
	if strings.HasSuffix(toks[i].raw, "تُ") {
		return true // "وأكدتُ": the writer's own voice, marked
	}
	if vf.kind == formPast && dammaFirst(toks[i].raw) {
		// "صفقة وُصِفت بالمدوية": a perfect marked passive, no one speaks
		// (not an imperfect: "يُؤكد", "يُشير" carry the damma active).
		return true
	}
	if fam.colonOnly && !(i+1 < len(toks) && (toks[i+1].raw == ":" || isQuote(toks[i+1]))) {
		return true // "وزاد عدد الزوار": increased; "وزاد: …" added
	}
	if fam.clauseInitial && f.notAtClause(toks, i) {
		return true // "بين البلدين"
	}
	return false
}

// nothingSaid reports whether the verb's mood or person says that nothing
// was said: negated ("لم يقل"), possible ("وقد يؤكد"), to come ("وسيعلن"),
// wished or purposed ("أن يكتب"), or the writer's own ("كنت قد اقترحت").
func (f *finder) nothingSaid(toks []token, i int, vf verbForm) bool {
	if i > 0 && isNegation(toks[i-1]) && !f.relativeMa(toks, i, vf) && !f.adverbialMa(toks, i) ||
		i > 1 && toks[i-1].norm == "احد" && isNegation(toks[i-2]) {
		return true // "لم يقل": nothing was said; "لا أحد ينكر": no one
	}
	if i > 0 && vf.kind == formPresent && f.lex.possibility.has(toks[i-1].norm) {
		return true // "وقد يؤكد الاكتشاف": may confirm, nothing said yet
	}
	if vf.kind == formPresent && (futureMarked(&toks[i]) || i > 0 && f.lex.futureAux.has(toks[i-1].norm)) {
		return true // "وسيعلن الاتحاد", "هناك من سيقول", "سوف يقول": nothing said yet
	}
	if i > 0 && vf.kind == formPresent && (toks[i-1].norm == "ان" && strings.HasPrefix(toks[i-1].raw, "أ") ||
		f.lex.subjunctive.has(toks[i-1].norm)) {
		return true // "أن يكتب كتاباً", "تريد أن تقول": to say, not said
	}
	if i > 0 && (f.lex.firstPersonAux.has(toks[i-1].norm) ||
		i > 1 && f.lex.possibility.has(toks[i-1].norm) && f.lex.firstPersonAux.has(toks[i-2].norm)) {
		return true // "كنت قد اقترحت": the writer's own voice
	}
	return false
}

// futureMarked reports whether an imperfect is written with the future's
// س ("سيعلن", "وستكشف"): the person prefix always follows it, so the
// letter is no part of the verb.
func futureMarked(t *token) bool {
	w := t.norm
	if len(w) > len("و") && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		w = w[len("و"):]
	}
	for _, p := range []string{"سي", "ست", "سن", "سا"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// otherSense reports whether the verb at toks[j] is its family's word in
// another sense, by the word after it the lexicon lists (not_before):
// "عائداً من جولة نقلته إلى الهند، خصوصاً أن …" is a tour that carried him,
// no verb of saying whose complement the أن would be.
func (f *finder) otherSense(toks []token, j int, fam *family) bool {
	return j+1 < len(toks) && fam.notBefore.hasBare(&toks[j+1]) && !aliName(&toks[j+1])
}
