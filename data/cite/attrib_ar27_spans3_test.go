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

func TestArabicBranchPlace(t *testing.T) {
	runCases(t, []attrCase{
		{"an office's place after في is part of its name, what was said or not after it",
			[]string{"وأشادت سفارة المملكة في البرتغال بجهود الشرطة.",
				"كما يقول مكتب الأمم المتحدة في الصومال في تقرير نشر أمس."},
			"وأشادت|سفارة المملكة في البرتغال|سفاره-المملكه-في-البرتغال ; يقول|مكتب الأمم المتحدة في الصومال|مكتب-الامم-المتحده-في-الصومال"},
		{"not a medium after في",
			[]string{"وأكد مكتب الرئاسة في بيان أن الزيارة تأجلت."},
			"وأكد|مكتب الرئاسة|مكتب-الرءاسه"},
	})
}
