package cite_test

import "testing"

// Arabic constructions met in the fourth session on real news: resolution
// of titles and dropped subjects, and speakers set off by clauses. Sentences
// and names invented for these tests; each keeps the construction met.
func TestArabicFourthReading(t *testing.T) {
	runCases(t, []attrCase{
		{"the title alone right after the titled name is that person",
			[]string{"قال وزير الخارجية سعد الشمري إن العمل مستمر.", "وأضاف الوزير أن المشروع اكتمل.",
				"وأشار الوزير الكويتي إلى أن الطرق مغلقة."},
			"قال|وزير الخارجية سعد الشمري|سعد-الشمري ; وأضاف|الوزير|سعد-الشمري|res ; وأشار|الوزير الكويتي|سعد-الشمري|res"},
	})
}
