package cite_test

import "testing"

// Speaker spans of the twenty-seventh session: exactly the speaker, not
// what follows it. Sentences and names invented.

func TestArabicChannelAfterCommaName(t *testing.T) {
	runCases(t, []attrCase{
		{"after a title, its comma and a sure name, the medium it was said to closes the name",
			[]string{"وقال رئيس نقابة الخبازين في المدينة، المهندس سامر الحلبي لـ«الأخبار» إن الأسعار سترتفع.",
				"وأوضح نائب مدير المصنع، فيصل سلوم لـ\"الصباح\" أن الإنتاج توقف."},
			"وقال|رئيس نقابة الخبازين في المدينة، المهندس سامر الحلبي|سامر-الحلبي|ch=الاخبار ; " +
				"وأوضح|نائب مدير المصنع، فيصل سلوم|فيصل-سلوم|ch=الصباح"},
	})
}

func TestArabicClauseOnIndefiniteDocument(t *testing.T) {
	runCases(t, []attrCase{
		{"a verb of issuing right after an indefinite document opens the clause describing it: the document is the speaker",
			[]string{"وكشف تقرير زراعي صدر أمس أن محصول القمح تراجع.",
				"وأظهر استطلاع للرأي نشر مطلع الشهر أن نصف الصيادين يؤيدون الميناء."},
			"وكشف|تقرير زراعي|تقرير-زراعي ; وأظهر|استطلاع للرأي|استطلاع-للراي"},
		{"however long the document's phrase, what was said follows the clause",
			[]string{"أظهر مسح شهري لقطاع النسيج نشرت نتائجه اليوم أن الطلبيات تراجعت."},
			"أظهر|مسح شهري لقطاع النسيج|مسح-شهري-لقطاع-النسيج"},
	})
}

func TestArabicLoneNameThenWhereHeSpoke(t *testing.T) {
	runCases(t, []attrCase{
		{"after a lone name, في with a noun of his, then what was said: where he spoke, not who",
			[]string{"وكتب سالمون في مدونته أن الفريق سيعود أقوى.",
				"وأضاف كارلسون في شرحه للخطة أن العمل يبدأ في الخريف."},
			"وكتب|سالمون|سالمون ; وأضاف|كارلسون|كارلسون"},
		{"an unnamed source placed in a body keeps it",
			[]string{"وقال مسؤول في حزبه إن الانتخابات تأجلت."},
			"وقال|مسؤول في حزبه|anon-officials"},
	})
}

func TestArabicStateAfterName(t *testing.T) {
	runCases(t, []attrCase{
		{"a state after a given name or after another state is the one addressed, not a family name",
			[]string{"وطالب الرئيس سامي الصين بدعم مشروع السد.",
				"واتهمت تونس الجزائر بإغلاق المعبر."},
			"وطالب|الرئيس سامي|سامي ; واتهمت|تونس|تونس"},
		{"after a body's noun a state is its own",
			[]string{"وأدانت مملكة البحرين الهجوم على السفارة."},
			"وأدانت|مملكة البحرين|مملكه-البحرين"},
	})
}
