package cite

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// The parsers read whatever a corpus holds: they must not panic, and the
// offsets they return must lie in the input. Seeds are in testdata/fuzz.

func FuzzParseCitations(f *testing.F) {
	for _, s := range []string{"(Reuters, 2024d؛ Al Jazeera, 2024)", "[2, 3] [4–6] [^7] x²³", "(الأحمد، ٢٠١٩أ، ص 44)", "((()))"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lastGroup := -1
		for _, c := range ParseCitations(s) {
			if c.Start < 0 || c.End > len(s) || c.Start > c.End || s[c.Start:c.End] != c.Raw {
				t.Fatalf("%q: citation %q at %d:%d", s, c.Raw, c.Start, c.End)
			}
			if !strings.Contains(s, c.GroupRaw) || c.Group < lastGroup {
				t.Fatalf("%q: group %d %q", s, c.Group, c.GroupRaw)
			}
			lastGroup = c.Group
			if c.Style == model.StyleAuthorYear && (c.Author == "" || c.Year == "") {
				t.Fatalf("%q: author-year citation without author or year: %+v", s, c)
			}
		}
	})
}

var dateForm = regexp.MustCompile(`^(\d{4}(-\d\d(-\d\d)?)?)?$`)

func FuzzParseReference(f *testing.F) {
	for _, s := range []string{
		"- Reuters. (2024, December 5). Title, KCNA says [reuters.com](https://www.reuters.com) [reuters.com](https://www.reuters.com).",
		"[3] A. Smith, “On alliances,” Foreign Affairs, 2020.",
		"رويترز. (2024، 5 ديسمبر). عنوان. رويترز.",
		"Wilson Center. 2024. Putin and Kim. Washington.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := ParseReference(s)
		if r.Raw != s {
			t.Fatalf("Raw changed")
		}
		if !dateForm.MatchString(r.Date) {
			t.Fatalf("%q: date %q", s, r.Date)
		}
		if r.Date != "" && !strings.HasPrefix(r.Date, r.Year) {
			t.Fatalf("%q: date %q and year %q disagree", s, r.Date, r.Year)
		}
		if utf8.ValidString(s) && !(utf8.ValidString(r.Author) && utf8.ValidString(r.Title) && utf8.ValidString(r.Outlet)) {
			t.Fatalf("%q: invalid UTF-8 out of valid input", s)
		}
	})
}

func FuzzAttributions(f *testing.F) {
	for _, s := range []string{
		"وقال أربعة دبلوماسيين تحدثوا إلى رويترز إنهم قلقون", "ذكر “باتريك رايدر” المتحدث للصحفيين “إن", "وفقاً لـ",
		"Officials told Reuters that", `"We are ready," said the chairman, Tom Brown.`, "وأضاف، أن", "«»", "\"",
		"وقدم العميد خالد شكره للفريق، وقال فيصل،", "وأشاد الوزير ـ بالجهود", "وعن الحجز أكد لا يوجد",
		"وأشارت في تقرير على موقعها www.x.sa، إلى أن", "https://", "www.", "ووزارة الداخلية، إذ تعلن", "وجدد المرصد، مطالبته",
	} {
		f.Add(s)
	}
	z := New(nil, nil)
	f.Fuzz(func(t *testing.T, s string) {
		fd := newFinder(z, "x")
		for range 2 { // twice, so resolution and open quotations are exercised
			fd.newParagraph()
			fd.sentence(s, tokenize(s), 0, 0, "x#s1", s)
		}
		for _, a := range fd.out {
			if a.Source == "" || a.CueStart < 0 || a.CueStart > a.CueEnd || a.CueEnd > len(s) ||
				a.SpeakerStart > a.SpeakerEnd || a.SpeakerEnd > len(s) || a.Start > a.End || a.End > len(s) {
				t.Fatalf("%q: %+v", s, a)
			}
			if a.Resolved && a.Antecedent == "" && a.Form != model.FormQuote && !a.Carried {
				t.Fatalf("%q: resolved with no antecedent: %+v", s, a)
			}
		}
	})
}
