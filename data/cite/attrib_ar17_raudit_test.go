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

func TestArabicChannelAppositionBeforeVerbalNoun(t *testing.T) {
	runCases(t, []attrCase{
		{"a clause on who the speaker is, between the speaker a channel quotes and قوله, is no part of the speaker",
			[]string{"ونقلت الإذاعة عن جون هاريس، وهو أحد الباحثين وضابط بالجيش خدم في الشمال عام 2009 قوله “عندما تشتد الضربات يتحولون”.",
				"ونقلت مصادر صحافية عن الكندي، الذي يقوم بزيارة خاصة إلى مسقط، قوله إن الحارس متورط.",
				"ونقل التقرير عن جون هاريس وهو باحث أول في الطوارئ في المنظمة قوله “إن القصف مستمر”."},
			"ونقلت|جون هاريس|جون-هاريس ; ونقلت|الكندي|الكندي ; ونقل|جون هاريس|جون-هاريس"},
	})
}
