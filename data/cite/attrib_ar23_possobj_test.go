package cite_test

import "testing"

// Constructions of the twenty-third session: an owned object after the
// speaker. Sentences and names invented.

func TestArabicPossessedObjectBeforeParticle(t *testing.T) {
	runCases(t, []attrCase{
		{"an object with the speaker's pronoun ends the speaker before the verb's own particle",
			[]string{"ونصحت شركة «سحاب» عملاءها بتحديث البرنامج.",
				"ويعلق مزارعو المحافظة آمالهم على إنجاز سد الوادي الجديد."},
			"ونصحت|شركة «سحاب»|سحاب ; ويعلق|مزارعو المحافظة|مزارعو-المحافظه"},
	})
}
