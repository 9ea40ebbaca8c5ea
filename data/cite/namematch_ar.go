package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// bareFamily is a family name without its article, when what is left is a
// name of three letters or more: "اليماني" → "يماني".
func bareFamily(w string) string {
	if s, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(s) >= 3 {
		return s
	}
	return w
}

// sameGivenAndFamily reports whether two Arabic names of a person, of two
// words or more, share the given name and the family name, the article of
// the family name apart: Arabic news writes a family name with or without
// it ("فيصل اليماني", then "فيصل يماني"; "سامي الغامدي", "سامي غامدي"). A
// lineage between them may be left out ("محمد بن عبدالله المخرج").
func sameGivenAndFamily(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 || a[0] != b[0] {
		return false
	}
	return bareFamily(a[len(a)-1]) == bareFamily(b[len(b)-1])
}

// nameAfterNationality is the name a speaker phrase gives after the
// adjective of a state that opens it, as Arabic news brings in a
// foreigner ("البرتغالي جوزيه مورينيو مدرب تشيلسي", "الكرواتي زلاتكو
// داليتش"; the lexicon's nationalities, or a state's adjective): the words after it with no article, up to a title, a particle
// or a definite word — two at least, a given and a family name. Nil when
// the phrase opens otherwise. The adjective says where he is from, not
// what he is called: "داليتش" or "مورينيو" alone later is he.
func (f *finder) nameAfterNationality(sp []token) []token {
	if len(sp) < 3 || !strings.HasPrefix(sp[0].norm, "ال") {
		return nil
	}
	if !f.lex.nationalities.has(sp[0].norm) && len(f.stateNisbas([]string{strings.TrimPrefix(sp[0].norm, "ال")})) == 0 {
		return nil
	}
	e := 1
	for e < len(sp) && !sp[e].punct && !hasAl(&sp[e]) && !f.lex.titles.hasBare(&sp[e]) && !f.lex.honorifics.hasBare(&sp[e]) &&
		!f.lex.prepositions.has(sp[e].norm) && !joinedPrep(&sp[e]) && f.kindOf(sp[e:e+1]) == "" {
		e++
	}
	if e < 3 {
		return nil
	}
	return sp[1:e]
}

// foreignGivenName reports whether one word is the first name of x, a
// person whose phrase opened with his nationality ("الكرواتي زلاتكو
// داليتش"), as Arabic news calls a foreigner by it ("وأعرب زلاتكو عن
// سعادته"). Not an Arabic given name, which alone may be anyone.
func (f *finder) foreignGivenName(x *entity, words []string) bool {
	if len(words) != 1 || x.kind != model.SourcePerson || len(x.words) < 2 || x.words[0] != words[0] ||
		utf8.RuneCountInString(words[0]) < 4 || givenNameWord(f.lex, words[0]) {
		return false
	}
	if len(x.desc) == 0 || contains(x.words, x.desc[0]) || contains(x.words, "ال"+x.desc[0]) {
		return false
	}
	w := x.desc[0] // the word that opened the phrase naming him
	return f.lex.nationalities.has("ال"+w) || len(f.stateNisbas([]string{w})) > 0
}
