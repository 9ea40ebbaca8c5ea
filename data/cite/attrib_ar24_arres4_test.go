package cite_test

import "testing"

// Constructions of the twenty-fourth session (dropped subjects tied to
// the wrong entity). Sentences and names invented.

func TestArabicKinshipHeadGender(t *testing.T) {
	runCases(t, []attrCase{
		{"a kinship noun heads the description: its gender, not the title's in construct after it, is the speaker's",
			[]string{"نفى شقيق الممثلة أي صلة لها بالشحنة. وأضاف أن محاميها قدم الأوراق.",
				"قالت زوجة المدرب إن الأسرة عادت إلى المدينة. وأضافت أن الحفل تأجل إلى الخريف."},
			"نفى|شقيق الممثلة|شقيق-الممثله ; وأضاف||شقيق-الممثله|res ; " +
				"قالت|زوجة المدرب|زوجه-المدرب ; وأضافت||زوجه-المدرب|res"},
	})
}
