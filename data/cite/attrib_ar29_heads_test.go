package cite_test

import "testing"

// Heads of unnamed sources of the twenty-ninth session (officers, party
// men, opponents, paramedics). Sentences and names invented.

func TestArabicUnnamedOfficerHeads(t *testing.T) {
	runCases(t, []attrCase{
		{"an officer or officers not named are one vague source, the body they serve in included",
			[]string{"وأشاد ضابط في الشرطة بتعاون سكان الحي.",
				"وقال ضباط في حرس الحدود إن المهربين فروا."},
			"وأشاد|ضابط في الشرطة|anon-officers ; وقال|ضباط في حرس الحدود|anon-officers"},
		{"a party's leaders not named are unnamed officials",
			[]string{"وأكدت قيادات قبلية في الوادي أن الصلح تم."},
			"وأكدت|قيادات قبلية في الوادي|anon-officials"},
		{"opponents and paramedics not named are vague sources",
			[]string{"وقال معارضون إن الانتخابات مزورة.", "وأوضح مسعفون أن المصابين نقلوا إلى المستشفى."},
			"وقال|معارضون|anon-opponents ; وأوضح|مسعفون|anon-people"},
		{"with a name after it, the party man is that person",
			[]string{"وقال القيادي في حزب النهضة الجديد سامر الفلاحي إن الحوار متعثر."},
			"وقال|القيادي في حزب النهضة الجديد سامر الفلاحي|سامر-الفلاحي"},
		{"with a name after it, the officer is that person",
			[]string{"وأكد الضابط رامي الكبيسي أن الطريق آمن."},
			"وأكد|الضابط رامي الكبيسي|رامي-الكبيسي"},
	})
}
