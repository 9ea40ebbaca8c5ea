package cite_test

import "testing"

// Constructions of the thirtieth session (resolution: an event tied to
// the entity its speaker names). Sentences and names invented.

func TestArabicUnveiledObject(t *testing.T) {
	runCases(t, []attrCase{
		{"the idiom of revealing: النقاب before عن is the verb's object, not a word of the speaker's name",
			[]string{"كشفت شركة نوران النقاب عن جهازها اللوحي الجديد."},
			"كشفت|شركة نوران|نوران"},
		{"so the body met as the subject of أزاح … الستار عن is the company a later الشركة speaks for",
			[]string{"أزاحت شركة نوران الستار عن جهازها اللوحي الجديد أمس.", "وقالت الشركة إن الجهاز يصل الأسواق الشهر المقبل."},
			"وقالت|الشركة|نوران"},
		{"a name ending in a definite word keeps it when no عن follows",
			[]string{"وقال رئيس نادي الستار الرياضي سالم العتيبي إن الفريق جاهز."},
			"وقال|رئيس نادي الستار الرياضي سالم العتيبي|سالم-العتيبي"},
	})
}
