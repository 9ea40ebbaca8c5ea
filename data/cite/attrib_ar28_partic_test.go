package cite_test

import "testing"

// Circumstantial participles of saying (the twenty-eighth session): where
// the analysis left them out. Sentences and names invented.

func TestArabicParticipleInOpenQuotation(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle after a comma inside a quotation the writer closed only at the end is his narration",
			[]string{"وقال المدير نادر الشهري «المصنع يعمل بطاقته الكاملة، مؤكداً أن الإنتاج سيزيد»."},
			"وقال|المدير نادر الشهري|نادر-الشهري ; مؤكداً||نادر-الشهري"},
		{"so it is in a quotation never closed, after إن or a colon",
			[]string{"وقال المدير نادر الشهري إن \"المصنع يعمل بطاقته الكاملة، مؤكداً أن الإنتاج سيزيد.",
				"وقالت الوزيرة سلمى القحطاني: «الخطة جاهزة، مشيرة إلى أن التنفيذ يبدأ غداً."},
			"وقال|المدير نادر الشهري|نادر-الشهري ; مؤكداً||نادر-الشهري ; وقالت|الوزيرة سلمى القحطاني|سلمي-القحطاني ; مشيرة||سلمي-القحطاني"},
		{"a verb inside the quotation stays the quoted speaker's",
			[]string{"وقال المدير نادر الشهري «المصنع يعمل بطاقته، والمهندس أكد أن الإنتاج سيزيد»."},
			"وقال|المدير نادر الشهري|نادر-الشهري"},
	})
}
