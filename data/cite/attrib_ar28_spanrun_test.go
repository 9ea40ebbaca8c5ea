package cite_test

import "testing"

// Speaker spans that ran past a name into what follows (twenty-eighth
// session). Sentences and names invented.

func TestArabicMetNameEndsBeforeCircumstance(t *testing.T) {
	runCases(t, []attrCase{
		{"a family name met before as a person's, alone after the verb, ends before a preposition of circumstance",
			[]string{"قالت مرشحة الحزب ماري كلارك إن الحصار فشل.",
				"وأضافت كلارك أمام نحو 300 شخص في جامعة المدينة: «يجب أن نغير النهج»."},
			"قالت|مرشحة الحزب ماري كلارك|ماري-كلارك ; وأضافت|كلارك|ماري-كلارك"},
	})
}
