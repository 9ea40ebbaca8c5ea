package cite_test

import "testing"

// Attributions the analysis read and then dropped at emit (thirtieth
// session, helper emit). Sentences and names invented.

func TestArabicParticipleWithNoOneBefore(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle of saying with no main verb and no one met before is listed, its speaker unfound",
			[]string{"إن تأخر المشروع يعود إلى نقص العمالة في المنطقة، موضحاً أن الشركة ستعوض الفارق خلال شهرين."},
			"موضحاً||speaker-not-found"},
		{"so is a chain of them",
			[]string{"إن ارتفاع الأسعار سببه قلة المعروض في السوق، مبيناً أن الحل في زيادة الاستيراد، لافتاً إلى أن التجار وعدوا بذلك."},
			"مبيناً||speaker-not-found ; لافتاً||speaker-not-found"},
		{"a sentence whose only speaker was not found is still read for its subject: the next one names him again",
			[]string{"وكانت «المدينة» قد نشرت معاناة المواطن فهد السبيعي بعد أن ظل يراجع البلدية شهوراً، مطالباً بتعويض عن أرضه.",
				"وقال المواطن السبيعي إن أحداً لم يتصل به."},
			"مطالباً||speaker-not-found ; وقال|المواطن السبيعي|فهد-السبيعي"},
	})
}
