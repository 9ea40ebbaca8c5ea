package cite_test

import "testing"

// Constructions of the twenty-seventh session, helper raa: رأى with an
// object pronoun. Sentences and names invented.

func TestArabicViewObjectHolder(t *testing.T) {
	runCases(t, []attrCase{
		{"with an object pronoun, رأى reports the view of a state or its capital, a group of people or a name, ending before the predicate",
			[]string{"وأعلنت الحكومة خطة جديدة للنقل العام، وهي خطة تراها عمّان فرصة كبيرة للاستثمار.",
				"وخفضت الوكالة تصنيف البلاد لأسباب تراها كندا \"سياسية\" وغير عادلة.",
				"وهي رسوم يراها المستثمرون مرتفعة جدا.",
				"وهو اتفاق يراه كارتفيلد إنجازا كبيرا للحكومة.",
				"والمشكلة كما يراها سامر هي أن السوق صغيرة."},
			"وأعلنت|الحكومة|الحكومه ; تراها|عمّان|عمان ; تراها|كندا|كندا ; يراها|المستثمرون|المستثمرون ; يراه|كارتفيلد|كارتفيلد ; يراها|سامر|سامر"},
		{"with a subject that holds no view (a predicate, a verb, الناس, a thing) it is seeing or judging, no report",
			[]string{"وتوزع الجمعية المساعدات بالطريقة التي تراها مناسبة.",
				"وفي المساء تراه يمشي على الشاطئ وحيدا.",
				"وهي مسألة يراها الناس بعين القلق.",
				"وكان يراها حقيقة ماثلة أمامه.",
				"وهي صور تراها الكاميرات في الظلام."},
			""},
		{"its forms with no object pronoun are as before",
			[]string{"ويرى الخبير الاقتصادي سالم الحربي أن الأسعار سترتفع."},
			"ويرى|الخبير الاقتصادي سالم الحربي|سالم-الحربي"},
	})
}
