package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// A comma between an Arabic speaker and the verb's object: where the
// subject a comma closes runs to.

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
