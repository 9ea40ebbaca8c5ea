package cite_test

import "testing"

// A verb of saying the lexicon lacked, mined from unannotated SaudiNewsNet
// days (a word before a subject and أن): يشرح, explains, in the imperfect
// and the participle. It reports only with what was said after its
// speaker; after the one it is explained to ("يشرح لها") comes what is
// explained. The perfect شرح (also the noun "commentary") stays out.
// Sentences and names invented.

func TestArabicMinedExplains(t *testing.T) {
	runCases(t, []attrCase{
		{"explains, with أن after the speaker",
			[]string{"ويشرح استشاري الأمراض الصدرية سامي العتيبي أن الغبار يزيد نوبات الربو."},
			"ويشرح|استشاري الأمراض الصدرية سامي العتيبي|سامي-العتيبي"},
		{"explains, feminine, with بأن",
			[]string{"وتشرح الباحثة منى الحربي بأن النوم المبكر يحسن التركيز."},
			"وتشرح|الباحثة منى الحربي|مني-الحربي"},
		{"explains, before a colon",
			[]string{"يشرح المهندس وليد الزهراني: «الجسر يحتاج إلى صيانة دورية»."},
			"يشرح|المهندس وليد الزهراني|وليد-الزهراني"},
		{"explaining, a participle after the main verb",
			[]string{"ويرى المحلل فهد السالم أن الأسعار ستستقر، شارحاً أن الطلب تراجع."},
			"ويرى|المحلل فهد السالم|فهد-السالم ; شارحاً||فهد-السالم"},
	})
}

func TestArabicMinedExplainsNoContent(t *testing.T) {
	runCases(t, []attrCase{
		{"explains a lesson: nothing said",
			[]string{"ويشرح المعلم الدرس للطلاب في الفصل."},
			""},
		{"after the one it is explained to comes what is explained, no speaker",
			[]string{"ويشرح لها قواعد اللغة العربية، ويقول: «الصبر مفتاح الفهم»."},
			"ويقول||speaker-not-found"},
		{"the perfect is left out (also the noun, a commentary)",
			[]string{"ديوان الشاعر، شرح: سامي العتيبي، الطبعة الثانية."},
			""},
	})
}

// حاثّاً (urging), the participle of حثّ, mined the same way: after a
// main verb, the one urged and على what to do.
func TestArabicMinedUrging(t *testing.T) {
	runCases(t, []attrCase{
		{"urging, the one urged before على",
			[]string{"وأكد مدير الجامعة ناصر الدوسري أهمية البحث العلمي، حاثاً الطلاب على المشاركة في المؤتمر."},
			"وأكد|مدير الجامعة ناصر الدوسري|ناصر-الدوسري ; حاثاً||ناصر-الدوسري"},
		{"urging, plural",
			[]string{"وطالب أعضاء اللجنة بتوحيد الجهود، حاثين الجهات المعنية على سرعة التنفيذ."},
			"وطالب|أعضاء اللجنة|اعضاء-اللجنه ; حاثين||اعضاء-اللجنه"},
	})
}

// The participles of عزا (attributing: عازياً … إلى) and أوصى
// (recommending: موصياً ب), which their families lacked; their plurals
// drop the ي (عازين، موصين).
func TestArabicMinedAttributingRecommending(t *testing.T) {
	runCases(t, []attrCase{
		{"attributing, the thing attributed before إلى",
			[]string{"وأعلن مدير المطار فيصل الغامدي تأجيل الرحلات، عازياً التأخير إلى سوء الأحوال الجوية."},
			"وأعلن|مدير المطار فيصل الغامدي|فيصل-الغامدي ; عازياً||فيصل-الغامدي"},
		{"recommending, with ب",
			[]string{"وأكد رئيس اللجنة خالد المالكي خطورة الظاهرة، موصياً بإنشاء وحدة للرقابة."},
			"وأكد|رئيس اللجنة خالد المالكي|خالد-المالكي ; موصياً||خالد-المالكي"},
		{"recommending, plural",
			[]string{"وطالب أعضاء اللجنة بتشديد الرقابة، موصين بإنشاء وحدة للمتابعة."},
			"وطالب|أعضاء اللجنة|اعضاء-اللجنه ; موصين||اعضاء-اللجنه"},
	})
}
