package cite_test

import "testing"

// Entities of the twenty-seventh session's resolution audit (a turn to
// another party). Sentences and names invented.

func TestArabicTurnOpenerNewParty(t *testing.T) {
	runCases(t, []attrCase{
		{"after من جانبها a description is another party than the body that spoke just before",
			[]string{"وأوضحت وزارة النقل والخدمات اللوجستية بوزارة الداخلية أن الطريق مغلق.",
				"من جانبها أوضحت وزارة النقل أن الجسر سيفتح غداً."},
			"وأوضحت|وزارة النقل والخدمات اللوجستية بوزارة الداخلية|وزاره-النقل-والخدمات-اللوجستيه-بوزاره-الداخليه ; أوضحت|وزارة النقل|وزاره-النقل"},
		{"without the turn phrase the description points back to the one who spoke",
			[]string{"وقال الحارس نايف شهوان إن السور متين.",
				"وأكد الحارس أن الأبواب مغلقة."},
			"وقال|الحارس نايف شهوان|نايف-شهوان ; وأكد|الحارس|نايف-شهوان|res"},
	})
}
