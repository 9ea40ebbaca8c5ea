package search

import (
	"slices"
	"testing"
)

// terms analyses s with one of the index's analysers.
func terms(name, s string) []string {
	var out []string
	for _, t := range analyzer(name).Analyze([]byte(s)) {
		out = append(out, string(t.Term))
	}
	return out
}

// meets says whether two spellings share a term: a search for one finds
// the other.
func meets(name, a, b string) bool {
	ta, tb := terms(name, a), terms(name, b)
	for _, t := range ta {
		if slices.Contains(tb, t) {
			return true
		}
	}
	return false
}

func TestArabicFolding(t *testing.T) {
	for _, c := range []struct{ why, a, b string }{
		{"ة written ه", "الشمالية", "الشماليه"},
		{"hamza above dropped", "أوكرانيا", "اوكرانيا"},
		{"hamza below dropped", "إيران", "ايران"},
		{"madda dropped", "آسيا", "اسيا"},
		{"alef wasla", "ٱلاتحاد", "الاتحاد"},
		{"hamza seats", "مسؤول", "مسئول"},
		{"hamza on yeh", "رئيس", "رءيس"},
		{"ى and ي at the end", "مستوى", "مستوي"},
		{"tatweel", "كـــوريا", "كوريا"},
		{"harakat", "كُورِيَا", "كوريا"},
		{"tanween and shadda", "تحالفاً قويّاً", "تحالفا قويا"},
		{"superscript alef", "هٰذا التحالف", "هذا التحالف"},
		{"Arabic-Indic digits", "٢٠٢٤", "2024"},
		{"Persian yeh and keheh", "کوریا", "كوريا"},
		{"prefix ل", "لأوكرانيا", "أوكرانيا"},
		{"prefix ب", "بروسيا", "روسيا"},
		{"prefix ك", "كالتحالف", "التحالف"},
		{"prefix ف", "فموسكو", "موسكو"},
		{"prefix لل", "للتحالف", "التحالف"},
		{"prefix و then ل", "ولروسيا", "روسيا"},
		{"prefix ف then ب", "فبروسيا", "روسيا"},
		{"article and suffix", "والكورية", "الكوري"},
	} {
		if !meets(arabicAnalyzer, c.a, c.b) {
			t.Errorf("%s: %q %v and %q %v do not meet", c.why, c.a, terms(arabicAnalyzer, c.a), c.b, terms(arabicAnalyzer, c.b))
		}
	}
}

func TestArabicKeepsApart(t *testing.T) {
	// A prefix is only taken when three letters remain, and the bare form
	// is added beside the word, never instead of it.
	for _, c := range []struct{ a, b string }{
		{"كوريا", "روسيا"},
		{"بحر", "حر"},
		{"لعب", "عب"},
	} {
		if meets(arabicAnalyzer, c.a, c.b) {
			t.Errorf("%q %v and %q %v meet", c.a, terms(arabicAnalyzer, c.a), c.b, terms(arabicAnalyzer, c.b))
		}
	}
	if got := terms(arabicAnalyzer, "كوريا"); !slices.Contains(got, "كوريا") {
		t.Errorf("كوريا lost itself: %v", got)
	}
}

func TestEnglish(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Korea's", "Korea"},
		{"talks", "talking"},
		{"alliances", "alliance"},
		{"PYONGYANG", "Pyongyang"},
	} {
		if !meets(englishAnalyzer, c.a, c.b) {
			t.Errorf("%q %v and %q %v do not meet", c.a, terms(englishAnalyzer, c.a), c.b, terms(englishAnalyzer, c.b))
		}
	}
	if got := terms(englishAnalyzer, "the of and"); len(got) != 0 {
		t.Errorf("stop words kept: %v", got)
	}
}

func TestSplit(t *testing.T) {
	got, err := split(`كوريا "كوريا الشمالية" -روسيا outlet:"مركز حمورابي" date:>2024-06 «بيونغ يانغ» http://x.y`)
	if err != nil {
		t.Fatal(err)
	}
	want := []part{
		{value: "كوريا"},
		{value: "كوريا الشمالية", phrase: true},
		{value: "روسيا", not: true},
		{field: "outlet", value: "مركز حمورابي", phrase: true},
		{field: "date", value: ">2024-06"},
		{value: "بيونغ يانغ", phrase: true},
		{value: "http://x.y"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("split:\n got %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{`"open`, "status:maybe", "date:June", "date:>2024-6", "outlet:"} {
		if _, err := parseQuery(bad, nil); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	for _, empty := range []string{"", "   ", "\t"} {
		if _, err := parseQuery(empty, nil); err != ErrEmpty {
			t.Errorf("%q: %v, want ErrEmpty", empty, err)
		}
	}
}
