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

func TestArabicViewSeesFit(t *testing.T) {
	runCases(t, []attrCase{
		{"after a nominal cue and ما, or حسبما, رأى with an object pronoun is 'as X sees fit': a discretion, no report",
			[]string{"وتصرف المنحة للطلاب بحسب ما تراه اللجنة المختصة.",
				"ويحدد موعد الجراحة وفق ما يراه الطبيب المعالج.",
				"وأنا ألعب في المركز حسبما يراه المدرب."},
			""},
		{"with كما it is the view held, and without the pronoun بحسب ما still reports",
			[]string{"والمشكلة كما يراها المحلل سامر الخطيب، تبدأ من المدارس.",
				"وبحسب ما يرى الخبير سالم الحربي فإن الأسعار سترتفع."},
			"يراها|المحلل سامر الخطيب|سامر-الخطيب ; وبحسب ما يرى|الخبير سالم الحربي|سالم-الحربي"},
	})
}
