package cite_test

import "testing"

// Constructions of the recall audit on unannotated text. Sentences and
// names invented.

func TestArabicDemonstrativeObjectBeforeTitle(t *testing.T) {
	runCases(t, []attrCase{
		{"ذلك after the verb with nothing said after the speaker is what was said before; the title after it is the speaker",
			[]string{"وأغلقت الطرق المؤدية إلى الوادي بسبب السيول. أوضح ذلك المتحدث الرسمي للدفاع المدني الرائد ناصر الحمدي.",
				"وتعمل الفرق على إزالة الأتربة من الجسر منذ الفجر، ذكر ذلك المتحدث باسم البلدية سامر العويد."},
			"أوضح|المتحدث الرسمي للدفاع المدني الرائد ناصر الحمدي|ناصر-الحمدي ; " +
				"ذكر|المتحدث باسم البلدية سامر العويد|سامر-العويد"},
		{"the same with a participle after the speaker: what follows it is its own",
			[]string{"وأوضح ذلك المتحدث باسم الهيئة، مشيراً إلى أن الفرق تعمل."},
			"وأوضح|المتحدث باسم الهيئة|المتحدث-باسم-الهيءه ; مشيراً||المتحدث-باسم-الهيءه"},
	})
}
