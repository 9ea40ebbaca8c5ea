package cite_test

import "testing"

// Constructions of the twenty-seventh session (nominal cues and what hides
// them). Sentences and names invented.

func TestArabicQuotationClosedByPrime(t *testing.T) {
	runCases(t, []attrCase{
		{"an inch sign glued to a digit closes a “ quotation: the name ends there and the text after it is the writer's",
			[]string{"ويعد الجهاز ثالث أسرع حاسوب في العالم، بحسب منظمة “سبيد 100″ التي ترصد أداء الحواسيب.",
				"وطرحت الشركة جهاز “نوفا 7″، وقال مديرها التنفيذي سالم الفاضل إن المبيعات قوية."},
			"بحسب|منظمة “سبيد 100″|سبيد-100 ; وقال|مديرها التنفيذي سالم الفاضل|سالم-الفاضل"},
		{"with no “ open it is a measure and closes nothing; in « » it closes nothing either",
			[]string{"وقال البائع إن شاشة 55″ هي الأكثر طلبا.",
				"وقال البائع: «اشترى الزبون شاشة 55″ وقال إنها ممتازة»."},
			"وقال|البائع|الباءع ; وقال|البائع|الباءع|res"},
	})
}

func TestArabicReversedQuotationMarks(t *testing.T) {
	runCases(t, []attrCase{
		{"a ” set off by spaces opens a quotation that the next “ closes: what follows is the writer's again",
			[]string{"ونجح فيلم ” النجوم “، الذي يشارك فيه ممثلون كثيرون، في تحقيق إيرادات كبيرة، بحسب وكالة الأنباء الفرنسية.",
				"وقال مدير الحديقة ” المكان يعكس تاريخ المدينة القديمة وتراثها الجميل “، بينما أكد الزائر فهد الراشد أن الخدمات ممتازة."},
			"بحسب|وكالة الأنباء الفرنسية|الانباء-الفرنسيه ; وقال|مدير الحديقة|مدير-الحديقه ; أكد|الزائر فهد الراشد|فهد-الراشد"},
	})
}
