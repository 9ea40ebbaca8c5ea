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

// describe renders one paragraph's attributions as
// "source/kind/channel" joined by " ; ", one sentence after another.
func describe(t *testing.T, sentences ...string) string {
	t.Helper()
	al, err := ParseAliases([]byte(testTable))
	if err != nil {
		t.Fatal(err)
	}
	z := New(al, nil)
	st := &attrState{}
	var parts []string
	for _, s := range sentences {
		for _, a := range z.attributions(s, tokenize(s), st) {
			p := a.Source + "/" + string(a.Kind)
			if a.Channel != "" {
				p += "/" + a.Channel
			}
			if a.Carried {
				p += "/carried"
			}
			if a.Start < 0 || a.End > len(s) || a.Start > a.End {
				t.Errorf("%q: span %d:%d out of the sentence", s, a.Start, a.End)
			}
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ; ")
}

func TestAttributions(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"وقال بوتين إن روسيا لن تتراجع."}, "putin/named"},
		{[]string{"وقالت روسيا إن القوى الكبرى بحاجة إلى نهج جديد."}, "russia/named"},
		{[]string{"قال أحمد سالم، مدير المركز، إن الوضع خطير."}, "احمد-سالم/named"},
		{[]string{"قال أحمد سالم، مدير المركز، إن الوضع خطير.", "وقال سالم: “لا شيء تغير”."}, "احمد-سالم/named ; احمد-سالم/named"},
		{[]string{"وقال أربعة دبلوماسيين تحدثوا إلى رويترز إنهم قلقون لكنهم قالوا إن الأمر طبيعي."},
			"anon-diplomats/anonymous/reuters ; anon-diplomats/anonymous/reuters/carried"},
		{[]string{"لكن المحللين يقولون إن هناك حدودًا."}, "anon-analysts/anonymous"},
		{[]string{"تشير تقارير استخباراتية غربية إلى أن الشحنات وصلت."}, "anon-reports/anonymous"},
		{[]string{"كتب سمير حداد في “الغارديان” أن التحالف خطير."}, "سمير-حداد/named/guardian"},
		{[]string{"ذكر “جون دو” المتحدث باسم الوزارة للصحفيين “إن الأمر مقلق”."}, "جون-دو/named/press"},
		{[]string{"بحسب رويترز، وصلت الشحنة."}, "reuters/named"},
		{[]string{"وفقاً للنظرية الواقعية، تسعى الدول إلى القوة."}, ""},
		{[]string{"حتى قيل إنه لولا المساعدة لتراجع القصف."}, "anon-unnamed/anonymous"},
		{[]string{"ويجوز الاقتباس بشرط ذكر المصدر كاملا."}, ""},
		{[]string{"وقام الكرملين بنشر القانون من خلال نقل الأسلحة إلى روسيا."}, ""},
		{[]string{"وقال: “نعم”."}, ""}, // no earlier speaker to carry
		{[]string{"وقال لوكين: “إذا قدمت روسيا ضمانات.", "سيكون هذا تحديا”.", "وفي حين أن الصين حذرة."},
			"لوكين/named ; لوكين/named/carried"},
		{[]string{"Officials told Reuters that the talks failed."}, "anon-officials/anonymous/reuters"},
		{[]string{"Putin said the treaty was signed."}, "putin/named"},
		{[]string{"According to Western reports, shells arrived."}, "anon-reports/anonymous"},
		{[]string{""}, ""},
	}
	for _, tt := range tests {
		if got := describe(t, tt.in...); got != tt.want {
			t.Errorf("%q\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

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
