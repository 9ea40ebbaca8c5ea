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
