package cite

import "github.com/isnad/isnad/model"

// Arabic passives of speech acts ("قيل إن", "يُتهم"): attributions to a
// withheld speaker, and the marks that tell a passive from its active.

// passiveAt reads a passive of a speech act ("قيل", "يُتهم"): an
// attribution to a withheld speaker.
func (f *finder) passiveAt(toks []token, i int) (event, bool) {
	t := &toks[i]
	if t.punct {
		return event{}, false
	}
	if !f.lex.passiveKeys.mayHave(t.norm) {
		return event{}, false
	}
	always, ok := f.lex.passiveForms[t.norm]
	if ok && always && !f.passiveSays(toks, i) {
		return event{}, false // "ليس ثمة ما يُقال", "بيت يقال إذا أنشدته": nothing is passed on
	}
	if ok && (always || dammaOnFirst(t.raw)) {
		return event{cue: [2]int{i, i + 1}, form: model.FormVerb, main: -1, content: i + 1, passive: true}, true
	}
	return event{}, false
}

// passiveSays reports whether the passive at toks[i] passes something on:
// what was said follows it, maybe after the one told, who it was said
// of, where or when ("قيل إن", "قيل لنا من قبل الأهالي يومها إن", "يقال
// في المدينة: …"), or it stands after كما and the clause is what is said
// ("وهو كما يقال أو يشاع ثمانية أمتار"). Else nothing is: "ما يُقال في
// حضرته" (what may be said), "قيل الكثير عن", "قيل قديماً" (of a proverb).
func (f *finder) passiveSays(toks []token, i int) bool {
	if i > 0 && f.lex.asWords.hasBare(&toks[i-1]) {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if f.opensContent(toks, k) || isQuote(toks[k]) {
			return true
		}
		if toks[k].punct && !isDash(toks[k]) {
			return false
		}
	}
	return false
}

// dammaOnFirst reports whether the word's first letter (after a و or ف
// conjunction) carries a damma, the mark of Arabic's passive.
func dammaOnFirst(raw string) bool {
	runes := []rune(raw)
	for k := 0; k+1 < len(runes); k++ {
		if runes[k+1] == 'ُ' {
			return k <= 1
		}
	}
	return false
}

// relativeAgreement is what a verb agrees with when a relative pronoun is
// its subject; relativePronouns the object pronoun that points back to it.
