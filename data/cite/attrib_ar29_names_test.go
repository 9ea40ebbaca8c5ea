package cite_test

import "testing"

// Persons named in full outside any attribution (the twenty-ninth
// session). Sentences and names invented.

func TestArabicNameMetInNarrative(t *testing.T) {
	runCases(t, []attrCase{
		{"a family name alone finds the person the narrative named in full, who had not spoken",
			[]string{"استقبل وزير الزراعة نادر الصقلاوي وفدا من المزارعين في مكتبه.",
				"وقال الصقلاوي إن الموسم المقبل سيشهد زيادة في الإنتاج."},
			"وقال|الصقلاوي|نادر-الصقلاوي"},
		{"two brothers named in full: the family name alone is neither",
			[]string{"حضر الأمير فيصل الراشد والأمير ماجد الراشد حفل افتتاح المعرض.",
				"وقال الراشد إن المعرض يضم مئات الأعمال."},
			"وقال|الراشد|الراشد"},
	})
}
