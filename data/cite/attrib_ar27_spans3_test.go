package cite_test

import "testing"

// Speaker spans cut too short (the twenty-seventh session, spans).
// Sentences and names invented.

func TestArabicNameBeforeAccusative(t *testing.T) {
	runCases(t, []attrCase{
		{"a name after a title, then an accusative circumstance: the name is the speaker's",
			[]string{"وقال المتحدث باسم وزارة الزراعة الكندية مارك لامبرت رداً على سؤال في المؤتمر: إن المحصول جيد."},
			"وقال|المتحدث باسم وزارة الزراعة الكندية مارك لامبرت|المتحدث-باسم-وزاره-الزراعه-الكنديه-مارك-لامبرت"},
	})
}
