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

func TestArabicNameMetNotAfterKin(t *testing.T) {
	runCases(t, []attrCase{
		{"a person named after his relatives (شقيقا، أسرة) is not met: his family name alone is theirs too",
			[]string{"وزار المحافظ في منزلهما شقيقي الراحل فهد القحطاني مساء أمس.",
				"وامتلأ المجلس بالمعزين من أهالي الحي.",
				"وقال القحطاني إن الحادث هز الحي."},
			"وقال|القحطاني|القحطاني"},
	})
}

func TestArabicNameMetNotAClause(t *testing.T) {
	runCases(t, []attrCase{
		{"after a title, أن or إن with a pronoun opens a clause, no name",
			[]string{"وصدرت رواية الحارس إنها كارلا نور، وقد كتبتها قبل عقود.",
				"ويقول وكيل السيدة نور إن المخطوطة وجدت في خزانة."},
			"ويقول|وكيل السيدة نور|نور"},
	})
}
