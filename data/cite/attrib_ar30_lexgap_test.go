package cite_test

import "testing"

// Verbs of the thirtieth session, found by mining unannotated SaudiNewsNet
// days for verbs followed, after a short subject, by أن، إن، a colon or a
// quotation: speech acts that put a view or a claim in someone's mouth
// (ruled out, asserted, predicted, agreed, issued a ruling, threatened,
// cast doubt, hinted, urged, refuted, decried). Sentences and names
// invented.

func TestArabicMinedSpeechActs(t *testing.T) {
	runCases(t, []attrCase{
		{"ruled out, with what was ruled out after the speaker",
			[]string{"واستبعد المحلل المالي سامر الخطيب أن تنخفض الأسعار قبل نهاية العام."},
			"واستبعد|المحلل المالي سامر الخطيب|سامر-الخطيب"},
		{"ruled out in the imperfect",
			[]string{"ويستبعد خبراء أن يتراجع الطلب على النفط."},
			"ويستبعد|خبراء|anon-experts"},
		{"asserted, clause-initial, with بأن",
			[]string{"وجزم رئيس الاتحاد نبيل العمري بأن الموسم سيبدأ في موعده."},
			"وجزم|رئيس الاتحاد نبيل العمري|نبيل-العمري"},
		{"predicted, with ب before a verbal noun",
			[]string{"وتنبأ صندوق النقد الدولي بتباطؤ النمو في المنطقة."},
			"وتنبأ|صندوق النقد الدولي|صندوق-النقد-الدولي"},
		{"agreed as one, with على أن",
			[]string{"وأجمع أعضاء اللجنة على أن التعليم أساس التنمية."},
			"وأجمع|أعضاء اللجنة|اعضاء-اللجنه"},
		{"issued a ruling, with بأن",
			[]string{"وأفتت هيئة العلماء بأن التبرع بالدم جائز."},
			"وأفتت|هيئة العلماء|هيءه-العلماء"},
		{"cast doubt, with في",
			[]string{"وشكك النائب حامد السالم في جدوى المشروع."},
			"وشكك|النائب حامد السالم|حامد-السالم"},
		{"hinted, with إلى أن",
			[]string{"ولمح المدرب كارلوس بيريرا إلى أنه سيغادر الفريق."},
			"ولمح|المدرب كارلوس بيريرا|كارلوس-بيريرا"},
		{"urged, the one urged before على",
			[]string{"وحض الأمين العام للمنظمة الأطراف على وقف القتال."},
			"وحض|الأمين العام للمنظمة|الامين-العام-للمنظمه"},
		{"refuted, its object what was refuted after a title",
			[]string{"وفند المتحدث باسم الوزارة الشائعات المتداولة."},
			"وفند|المتحدث باسم الوزارة|المتحدث-باسم-الوزاره"},
		{"decried, its object what was decried",
			[]string{"واستهجن رئيس البلدية قرار إغلاق السوق."},
			"واستهجن|رئيس البلدية|رءيس-البلديه"},
	})
}

func TestArabicMinedSpeechActsOtherSenses(t *testing.T) {
	runCases(t, []attrCase{
		{"dropped from a list: no content, nor with an object pronoun",
			[]string{"واستبعد المدرب اللاعب من القائمة.", "واستبعده المدرب من المباراة الأخيرة."},
			""},
		{"the verbal noun of جزم after a verb is no verb",
			[]string{"واستنكر المواطنون جزم بعض الحسابات بأن الحادث متعمد."},
			"واستنكر|المواطنون|anon-witnesses"},
		{"threatened is no verb of saying here: a thing's doing, not a report",
			[]string{"وهدد الفيضان القرى المجاورة.", "ويهدد التلوث بانتشار الأمراض."},
			""},
		{"glimpsed: لمح with no إلى",
			[]string{"ولمح الحارس رجلاً يتسلق السور."},
			""},
		{"agreed with no على: أجمع is no verb of saying",
			[]string{"وأجمع الفريق أمتعته وغادر."},
			""},
	})
}

func TestArabicArguedSpeculated(t *testing.T) {
	runCases(t, []attrCase{
		{"argued, with بأن",
			[]string{"ويجادل الاقتصادي ماهر القحطاني بأن رفع الفائدة سيضر بالنمو."},
			"ويجادل|الاقتصادي ماهر القحطاني|ماهر-القحطاني"},
		{"speculated, with ب before a verbal noun",
			[]string{"وتكهنت صحف رياضية بانتقال اللاعب إلى نادٍ أوروبي."},
			"وتكهنت|صحف رياضية|صحف-رياضيه"},
		{"argued with someone, no content: none",
			[]string{"وجادل الرجل جاره طويلاً."},
			""},
	})
}
