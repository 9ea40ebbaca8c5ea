package cite_test

import "testing"

// Context of the twenty-seventh session: sentences read right alone and
// missed in their article. Sentences and names invented.

func TestArabicLineBrokenInsideQuotation(t *testing.T) {
	runCases(t, []attrCase{
		{"a short line that opens a quotation and leaves it open is a sentence broken across lines, no headline",
			[]string{"وقال سالم الحربي، رئيس مجلس إدارة النخيل «إن الأداء الجيد لـ",
				"(النخيل) يمثل ثمرة عمل فريقنا.",
				"وتابع: «والنجاح مستمر في كل الفروع»."},
			"وقال|سالم الحربي|سالم-الحربي ; وتابع||سالم-الحربي|res"},
		{"a headline that closes what it quotes stays a headline",
			[]string{"«النخيل» تسجل نموًا في الأرباح",
				"أعلنت شركة النخيل أن أرباحها ارتفعت."},
			"أعلنت|شركة النخيل|النخيل"},
	})
}
