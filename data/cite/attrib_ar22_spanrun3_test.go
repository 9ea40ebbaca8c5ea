package cite_test

import "testing"

// Speakers that ran on past themselves into the verb's object (helper
// spanrun3, round ten). Sentences and names invented.

func TestArabicOwnBIsNoAffiliation(t *testing.T) {
	runCases(t, []attrCase{
		{"a word whose ب is its own (بلدية، بسبب) after a complete phrase is no affiliation: the object starts",
			[]string{"وطالب عدد من سكان الحي بلدية المحافظة بإنارة الشارع.",
				"وطالب عدد من المزارعين بلدية الوادي بفتح الطرق الزراعية."},
			"وطالب|عدد من سكان الحي|anon-witnesses ; وطالب|عدد من المزارعين|عدد-من-المزارعين"},
		{"but inside a title's chain the body stays the speaker's",
			[]string{"وقال مدير بلدية الوادي سالم العنزي إن الطريق سيفتح."},
			"وقال|مدير بلدية الوادي سالم العنزي|سالم-العنزي"},
	})
}

func TestArabicNunatedPluralTakesNoGenitive(t *testing.T) {
	runCases(t, []attrCase{
		{"a plural that keeps its ن takes no genitive: the definite noun after it is the object",
			[]string{"وانتقد معارضون الرئيس الكيني بسبب الضرائب.",
				"ونصح مختصون محليون المسافرين بالتطعيم.",
				"ووصف المدعي الكندي ديفيد ماكلسون الاتهامات بأنها خطيرة."},
			"وانتقد|معارضون|anon-opponents ; ونصح|مختصون محليون|مختصون-محليون ; ووصف|المدعي الكندي ديفيد ماكلسون|ديفيد-ماكلسون"},
		{"not a title after a foreign surname, or a present verb",
			[]string{"وقال ستيف ماكلسون المدير الفني للفريق إن الموسم صعب.",
				"وطالب محامون يمثّلون العائلة بتعويضها."},
			"وقال|ستيف ماكلسون المدير الفني للفريق|ستيف-ماكلسون ; وطالب|محامون يمثّلون العائلة|محامون-يمثلون-العاءله"},
	})
}
