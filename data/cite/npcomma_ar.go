package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Where an Arabic speaker ends before the verb's object: at the comma that
// closes a long subject, at the verbal noun right after a complete name.

// objectAfterComma decides whether a comma closes a long subject before
// the verb's object, as Saudi papers often write it: "وصف سامي الراشد
// النائب في المجلس البلدي، قرار الوزارة بالخطوة المهمة", "ثمّن العميد
// فلان مدير العلاقات العامة بالقوات البحرية، دور الجمعية". The speaker
// is then all before the comma, its post and body included, when the
// words past its noun phrase (toks[cut:stop]) are such a post or body: they
// open with a particle, a title or marks, and a name in them comes with a
// title ("محكمة في لندن فلان، المضارب …" convicted a man). After the comma
// comes a noun that is no name, title, body, verb, particle, number or
// accusative circumstance ("، مؤكداً"), and no conjunction.
func (f *finder) objectAfterComma(toks []token, k, cut, stop, after int, fam *family) bool {
	if fam == nil || cut <= k || cut >= stop || stop >= len(toks) || !isComma(toks[stop]) || after != stop+1 || after >= len(toks) ||
		!f.looksLikeSpeaker(toks[k:stop]) || !f.postAfterSpeaker(toks, k, cut, stop) {
		return false
	}
	t := &toks[after]
	if t.punct || isNumber(t.norm) || strings.HasPrefix(t.norm, "و") || strings.ContainsRune(t.raw, 'ً') ||
		f.lex.prepositions.has(t.norm) || f.lex.stops.has(t.norm) || f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) ||
		isGivenName(f.lex, t) || f.nameLike(toks, after) || joinedPrep(t) || definitePP(t) || isNegation(*t) ||
		f.lex.demonstratives.has(t.norm) || f.lex.relatives.has(t.norm) || appositionKind(f.kindOf(toks[after:after+1])) {
		return false
	}
	_, verb := f.lex.verbAt(t)
	return !verb
}

// postAfterSpeaker reports whether toks[cut:stop], the words after a
// speaker's noun phrase toks[k:cut], give its post, body or name:
// "النائب في المجلس البلدي", "بمنطقة عسير العقيد فلان", "في الحكومة
// اليمنية", the name after "العقيد". A name in them needs a title before
// it: "محكمة في لندن فلان" is a court and the man it convicted,
// "المصادر بقاء فلان" a source and what it expects.
func (f *finder) postAfterSpeaker(toks []token, k, cut, stop int) bool {
	t := &toks[cut]
	titled := f.hasTitle(toks[k:cut])
	named := titled && f.nameLike(toks, cut) && (f.lex.titles.hasBare(&toks[cut-1]) || f.lex.honorifics.hasBare(&toks[cut-1]))
	if !(named || f.lex.prepositions.has(t.norm) || definitePP(t) || joinedPrep(t) && cut+1 < stop && !toks[cut+1].punct ||
		isQuote(*t) || f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t)) {
		return false
	}
	for j := cut; j < stop; j++ {
		if _, verb := f.lex.verbAt(&toks[j]); verb && !f.lex.prepositions.has(toks[j].norm) {
			return false
		}
		if f.lex.titles.hasBare(&toks[j]) || f.lex.honorifics.hasBare(&toks[j]) {
			titled = true
		}
		if (f.nameLike(toks, j) || isGivenName(f.lex, &toks[j])) && !titled {
			return false
		}
	}
	return true
}

// appositionKind reports whether a kind word after a comma opens an
// apposition on the speaker ("، شركة ميونيخ التي …", "، المحامي"): a
// person, a body or an outlet; a document ("قرار الوزارة") is an object.
func appositionKind(k model.SourceKind) bool {
	return k != "" && k != model.SourceDocument
}

// objectHeadAfterName reports whether toks[j] is one of the verbal nouns
// news reports stand on (the lexicon's object_heads and announced_objects,
// with or without the article) right after a speaker's name or title is complete: the verb's
// object, even when the verb's particle comes later and would otherwise
// let the speaker run up to it ("أعلن الدكتور فلان وزير الآثار المصري
// الكشف عن", "وعد الأمير فلان رئيس الهيئة تسجيل المواقع بـ"). The phrase
// before holds a given name, and its last word closes it: a family name,
// an adjective or a name with the article, or a name without it; a word
// a construct takes ("هيئة دعم الصادرات") does not. With no given name, a
// word with the article that is no title closes the phrase as well, and a
// bare verbal noun after it is the object: no construct goes on past a
// definite noun ("وأكد المنسق الإقليمي أهمية الخطة التي …").
func (f *finder) objectHeadAfterName(toks []token, k, j int) bool {
	t := &toks[j]
	bare := strings.TrimPrefix(t.norm, "ال")
	if j < k+2 || t.punct || strings.HasPrefix(t.norm, "و") || isGivenName(f.lex, t) ||
		!f.lex.objectHeads.has(bare) && !f.lex.announcedObjects.has(bare) || !f.hasGivenName(toks[k:j]) && !f.definiteThenBare(toks, j) ||
		j+1 < len(toks) && toks[j+1].norm == "الله" || // "سليمان فتح الله": a name
		hasAl(t) && strings.HasPrefix(bare, "م") { // "الأسر المشاركة": with the article, a participle
		return false
	}
	p := &toks[j-1]
	if p.punct || f.lex.titles.hasBare(p) || f.lex.honorifics.hasBare(p) || f.lex.nameJoins.has(p.norm) || f.kindOf(toks[j-1:j]) != "" ||
		isGivenName(f.lex, p) && !f.lex.nameJoins.has(toks[j-2].norm) || // "محمد نجاح": a family name after the given one (not "بن سلمان الشكر")
		!hasAl(p) && f.lex.titles.hasBare(&toks[j-2]) { // "رئيس قسم الاستقبال": a title's construct
		return false
	}
	return hasAl(p) || f.nameLike(toks, j-1)
}

// definiteThenBare reports whether toks[j], a word without the article,
// follows a word with it that is no title nor honorific: the definite
// noun or adjective ends the phrase ("المنسق الإقليمي | أهمية"), where a
// title would take a name ("الوزير نجاح").
func (f *finder) definiteThenBare(toks []token, j int) bool {
	p := &toks[j-1]
	return !hasAl(&toks[j]) && hasAl(p) && !joinedPrep(p) && !f.lex.titles.hasBare(p) && !f.lex.honorifics.hasBare(p)
}

// commaNameEnd reads, after a title's comma at toks[j], a name that
// arCommaJoins' own run does not end: one in marks, as Saudi papers write
// names ("وأكد مدير المركز، "خالد العمري"؛ أن"), or one a sure name opens
// that ends the sentence ("أفاد بذلك مساعد الوزير، اللواء سالم العمري.",
// the speaker after a quotation). The whole run must be the name. It
// returns where the speaker goes on: after the marks, or at the end.
func (f *finder) commaNameEnd(toks []token, j int) (int, bool) {
	n, r := j+1, j+1
	if n < len(toks) && isQuote(toks[n]) {
		c := quotedRun(toks, n)
		if c <= n+1 || !f.quotedNameLike(toks, n, c) || !f.strongName(toks, n+1) && !f.hasGivenName(toks[n+1:c]) {
			return 0, false
		}
		if s, e := f.arNameSpan(toks[n+1 : c]); s < 0 || n+1+e != c {
			return 0, false
		}
		if r = c + 1; r < len(toks) && !isComma(toks[r]) && !isTerminal(toks[r]) && !f.opensContent(toks, r) {
			return 0, false
		}
		return r, true
	}
	if !f.strongName(toks, n) || f.conjoinedName(&toks[n]) {
		return 0, false // (not "…، والدكتور يوسف الرميح.": the last of a list)
	}
	for r < len(toks) && r < n+6 && !toks[r].punct {
		r++
	}
	if r < len(toks) && !isTerminal(toks[r]) {
		return 0, false
	}
	if s, e := f.arNameSpan(toks[n:r]); s < 0 || n+e != r {
		return 0, false
	}
	return r, true
}

// conjoinedName reports whether t is و joined to an honorific or a given
// name ("والدكتور", "ومحمد"): the next of a list, not a name of its own.
func (f *finder) conjoinedName(t *token) bool {
	rest, ok := strings.CutPrefix(t.raw, "و")
	if !ok || rest == "" {
		return false
	}
	bare := word(rest, 0, len(rest))
	return f.lex.honorifics.hasBare(&bare) || isGivenName(f.lex, &bare)
}
