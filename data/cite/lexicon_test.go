package cite

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

const testTable = `
sources:
  - {id: reuters, name: Reuters, kind: outlet, aliases: [رويترز]}
  - {id: guardian, name: The Guardian, kind: outlet, aliases: [الغارديان]}
  - {id: russia, name: Russia, kind: org, aliases: [روسيا]}
  - {id: putin, name: Vladimir Putin, kind: person, aliases: [بوتين, بوتن, Putin]}
`

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"الإستراتيجيّة":  "الاستراتيجيه",
		"The  Guardian!": "the guardian",
		"٢٠٢٤":           "2024",
		"مسؤولون":        "مسءولون",
		"إلى":            "الي",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if Slug("The Kyiv Independent") != "kyiv-independent" {
		t.Errorf("Slug: %q", Slug("The Kyiv Independent"))
	}
}

func TestAliases(t *testing.T) {
	al, err := ParseAliases([]byte(testTable))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Reuters", "رويترز", "reuters", "Guardian", "the guardian", "بوتن"} {
		if _, _, _, ok := al.Lookup(name); !ok {
			t.Errorf("Lookup(%q) failed", name)
		}
	}
	if _, _, _, ok := al.Lookup("Reuters Graphics"); ok {
		t.Error("Reuters Graphics looked up as Reuters")
	}
	for _, bad := range []string{
		"sources: [{id: a, name: A, kind: planet}]",
		"sources: [{id: a, name: A}, {id: b, name: B, aliases: [A]}]",
		"sources: [{name: A}]",
		"sources: {",
	} {
		if _, err := ParseAliases([]byte(bad)); err == nil {
			t.Errorf("ParseAliases(%q) accepted", bad)
		}
	}
	var none *Aliases
	if _, _, _, ok := none.Lookup("x"); ok || none.Len() != 0 {
		t.Error("nil table is not empty")
	}
}

// TestAliasPerson: a person of the table is found under a spelling variant
// or the last words of a name, unless two people of the table share them.
func TestAliasPerson(t *testing.T) {
	al, err := ParseAliases([]byte(`
sources:
  - {id: pardo, name: Ramon Pacheco Pardo, kind: person, aliases: [رامون باتشيكو باردو]}
  - {id: greenfield, name: Linda Thomas-Greenfield, kind: person, aliases: [ليندا توماس غرينفيلد]}
  - {id: ana-silva, name: Ana Silva, kind: person}
  - {id: joao-silva, name: João Silva, kind: person}
  - {id: silva-institute, name: Instituto Pardo, kind: org}
`))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"باتشيكو باردو":        "pardo",
		"باردو":                "pardo",
		"Pardo":                "pardo",
		"ليندا توماس جرينفيلد": "greenfield", // ج for the g
		"جرينفيلد":             "greenfield",
		"Silva":                "", // two people
		"Ana Silva":            "ana-silva",
		"باتشيكو":              "", // not the last words
	} {
		e, ok := al.person(name)
		if got := e.ID; !ok && got != "" || ok != (want != "") || got != want {
			t.Errorf("person(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

func TestLexicon(t *testing.T) {
	l := DefaultLexicon()
	if len(l.verbs) < 50 || len(l.anonGroups) < 5 || l.unnamed().id != "anon-unnamed" {
		t.Fatalf("default lexicon looks empty: %d verbs, %d groups", len(l.verbs), len(l.anonGroups))
	}
	if _, err := ParseLexicon([]byte("verbs: []\nphrases: []")); err == nil {
		t.Error("empty lexicon accepted")
	}
	if _, err := ParseLexicon([]byte("phrases: [x]\nmonths: {13: [x]}")); err == nil {
		t.Error("month 13 accepted")
	}
	// A verb listed twice would be read with the options of whichever came last.
	if _, err := ParseLexicon([]byte("phrases: [x]\nverbs: [{past: توعّد, present: يتوعد}, {past: توعد, present: يتوعد, content: required}]")); err == nil {
		t.Error("a verb listed twice accepted")
	}
	// A word of two kinds would be one or the other as a map is read.
	if _, err := ParseLexicon([]byte("phrases: [x]\nkinds: {outlet: [paper], document: [Paper]}")); err == nil {
		t.Error("a word of two kinds accepted")
	}
	for range 20 {
		l, err := ParseLexicon([]byte("phrases: [x]\nkinds: {outlet: [paper, radio], document: [report], government: [ministry]}"))
		if err != nil {
			t.Fatal(err)
		}
		if k, _, _ := l.kinds.match([]token{word("paper", 0, 5)}, 0); k != model.SourceOutlet {
			t.Fatalf("paper is %s", k)
		}
	}
}

func TestResolveRules(t *testing.T) {
	ref := func(n int, author, year, suffix, date, title string) model.Reference {
		return model.Reference{ID: model.ElemID("x", 'r', n-1), Author: author, Year: year, Suffix: suffix, Date: date, Title: title}
	}
	cite := func(author, year, suffix string) model.Citation {
		return model.Citation{Style: model.StyleAuthorYear, Author: author, Year: year, Suffix: suffix}
	}
	apa := newRefList([]model.Reference{ // sorted: author, year, title
		ref(1, "Adams, B.", "2020", "", "2020", "Alpha"),
		ref(2, "Adams, B.", "2020", "", "2020", "Beta"),
		ref(3, "Smith, J., & Jones, K.", "2019", "", "2019", "Gamma"),
	})
	suffixed := newRefList([]model.Reference{
		ref(1, "Lee", "2021", "b", "2021", "Zeta"),
		ref(2, "Lee", "2021", "a", "2021", "Eta"),
	})
	lone := newRefList([]model.Reference{ref(1, "Kim", "2022", "", "2022", "Only"), ref(2, "Abe", "2020", "", "2020", "X")})
	tests := []struct {
		rl   *refList
		c    model.Citation
		want model.Resolution
		cand string
	}{
		{apa, cite("Adams", "2020", "b"), model.Resolved, "x#r2"},
		{apa, cite("Adams", "2020", ""), model.Ambiguous, "x#r1 x#r2"},
		{apa, cite("Adams", "2020", "c"), model.Unresolved, ""},
		{apa, cite("Smith & Jones", "2019", ""), model.Resolved, "x#r3"},
		{apa, cite("Smith and Jones", "2019", ""), model.Resolved, "x#r3"},
		{apa, cite("Adams", "2018", ""), model.Unresolved, ""},
		{suffixed, cite("Lee", "2021", "a"), model.Resolved, "x#r2"},
		{suffixed, cite("Lee", "2021", "c"), model.Unresolved, ""},
		{lone, cite("Kim", "2022", "b"), model.Resolved, "x#r1"},
		{lone, cite("Kim", "2022", ""), model.Resolved, "x#r1"},
	}
	for _, tt := range tests {
		c := tt.c
		tt.rl.resolve(&c)
		if c.Resolution != tt.want || strings.Join(c.Candidates, " ") != tt.cand {
			t.Errorf("%s %s%s: %s %v (%s), want %s %s", c.Author, c.Year, c.Suffix, c.Resolution, c.Candidates, c.Note, tt.want, tt.cand)
		}
	}
	if apa.apaOrder != true || lone.apaOrder != false {
		t.Errorf("APA order: %v %v", apa.apaOrder, lone.apaOrder)
	}
}

// TestVerbForms checks that a family listed by its principal parts is found
// in its inflected forms, and that look-alikes are not.
func TestVerbForms(t *testing.T) {
	l := DefaultLexicon()
	for w, want := range map[string]formKind{
		"قال": formPast, "وقالت": formPast, "فقالوا": formPast, "يقول": formPresent, "وتقول": formPresent,
		"يقولون": formPresent, "سيقول": formPresent, "قائلاً": formParticiple, "قائلة": formParticiple,
		"قائلين": formParticiple, "قوله": formNoun, "بقولها": formNoun,
		"أوضحت": formPast, "يوضحون": formPresent, "موضحاً": formParticiple,
		"نفى": formPast, "نفت": formPast, "نفوا": formPast, "ينفون": formPresent,
		"دعا": formPast, "دعت": formPast, "يدعون": formPresent,
		"يرى": formPresent, "ترى": formPresent, "رأت": formPast, "تراه": formPresent,
		"يؤكد": formPresent, "يوكد": formPresent, "مؤكداً": formParticiple, "تأكيده": formNoun,
		"وصفها": formPast, "أوردتها": formPast,
		"says": formPresent, "said": formPast, "saying": formParticiple, "denied": formPast,
		"admitted": formPast, "criticises": formPresent,
	} {
		tok := tokenize(w)[0]
		v, ok := l.verbAt(&tok)
		if !ok || v.kind != want {
			t.Errorf("%s: form %v %v, want %v", w, v.kind, ok, want)
		}
	}
	for _, w := range []string{
		"إضافة", // a noun: the ة is no pronoun
		"بينها", // "between them", not "he explained it"
		"نقول",  // the writer's own voice
		"أقول",  // idem
		"مؤكد",  // "certain": only the accusative participle counts
		"ليضيف", // purpose, not a report
		"ردا",   // a verbal noun, not a dual
		"saids", // no such form
		"sayings",
	} {
		tok := tokenize(w)[0]
		if v, ok := l.verbAt(&tok); ok {
			t.Errorf("%s: read as a verb form %+v", w, v)
		}
	}
}
