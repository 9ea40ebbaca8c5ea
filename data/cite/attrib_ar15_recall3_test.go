package cite_test

import "testing"

// Constructions of the fifteenth session (structural recall: a known
// reporting verb whose event was missed). Sentences and names invented.

func TestArabicLongKanaSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"كان, a long title with its name, then the perfect: the pluperfect's subject, however long",
			[]string{"وكان رئيس مجلس بلدية الوادي في محافظة الشمال فارس الكندي أعلن مقتل قائد الخلية في غارة.",
				"وكان عضو اللجنة التنفيذية في اتحاد الناشرين العرب سامي الحداد الذي يقيم في عمّان، أبلغ «الوطن» أن الدورة تأجلت."},
			"أعلن|رئيس مجلس بلدية الوادي في محافظة الشمال فارس الكندي|فارس-الكندي ; " +
				"أبلغ|عضو اللجنة التنفيذية في اتحاد الناشرين العرب سامي الحداد|سامي-الحداد"},
		{"not after a preposition, nor across قد and a clause of time",
			[]string{"وكان للأمير سلطان بن فهد الأول خطاب شهير عام 1960 إذ أعلن استعداده للتنازل."},
			""},
	})
}
