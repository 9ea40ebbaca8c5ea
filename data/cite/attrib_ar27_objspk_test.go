package cite_test

import "testing"

// Constructions of the twenty-seventh session (an object or adjunct taken
// as the speaker). Sentences and names invented.

func TestArabicDefiniteObjectNotSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"a definite verbal noun of what is praised after و or كما is the object; the subject dropped, the speaker before",
			[]string{"قال رئيس جمعية الصيادين ماهر العتيبي إن الموسم كان جيداً.",
				"وثمّن الجهود التي بذلتها البلدية في تنظيف الميناء."},
			"قال|رئيس جمعية الصيادين ماهر العتيبي|ماهر-العتيبي ; وثمّن||ماهر-العتيبي|res"},
		{"with something said right after it, a definite noun is the subject as before",
			[]string{"ويشير التصميم إلى أن الجسر يتحمل الزلازل."},
			"ويشير|التصميم|التصميم"},
		{"after a present, mostly a passive, the definite noun is not taken for an object of a dropped speaker",
			[]string{"ويتوقع الارتفاع في أسعار القمح خلال الشتاء."},
			""},
	})
}
