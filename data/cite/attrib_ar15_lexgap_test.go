package cite_test

import "testing"

// Speech acts the lexicon lacked (the fifteenth session, lexicon gaps).
// Sentences and names invented.

func TestArabicComplainedOf(t *testing.T) {
	runCases(t, []attrCase{
		{"تذمّر من reports a complaint, its subject the source",
			[]string{"وتذمر عدد من سائقي الأجرة من ارتفاع رسوم المواقف في المطار."},
			"وتذمر|عدد من سائقي الأجرة|عدد-من-ساءقي-الاجره"},
		{"the bare noun after هناك is no one's complaint",
			[]string{"ولا يزال هناك تذمر من بطء الخدمات في المركز."},
			""},
	})
}

func TestArabicReassured(t *testing.T) {
	runCases(t, []attrCase{
		{"طمأن: the one reassured stands between the speaker and ب or إلى",
			[]string{"وطمأن مدير المستشفى سامر العلوان أهالي المرضى بأن الأجهزة عادت للعمل.",
				"وطمأن الطبيب الجماهير إلى أن إصابة الحارس بسيطة."},
			"وطمأن|مدير المستشفى سامر العلوان|سامر-العلوان ; وطمأن|الطبيب|الطبيب"},
	})
}

func TestArabicStipulated(t *testing.T) {
	runCases(t, []attrCase{
		{"اشترط reports a condition; the one bound by it, after على, ends the speaker",
			[]string{"واشترطت البلدية على أصحاب المحلات أن تكون اللوحات باللغة العربية.",
				"واشترط المعهد أن يكون المتقدم حاصلا على شهادة الثانوية."},
			"واشترطت|البلدية|البلديه ; واشترط|المعهد|المعهد"},
		{"an imperfect with no subject is an agentless passive",
			[]string{"ويشترط أن يكون المتقدم سعودي الجنسية."},
			""},
	})
}

func TestArabicProtestedAndApologised(t *testing.T) {
	runCases(t, []attrCase{
		{"احتج على and اعتذر عن report what was objected to or apologised for",
			[]string{"واحتج نادي الساحل على قرار الحكم بإلغاء الهدف.",
				"واعتذرت شركة الطيران عن تأخر الرحلة وما سببه من إزعاج للمسافرين."},
			"واحتج|نادي الساحل|نادي-الساحل ; واعتذرت|شركة الطيران|الطيران"},
		{"اعتذر عن an attendance or a part is declining it, nothing said",
			[]string{"واعتذر اللاعب نادر الخليفي عن المشاركة في المعسكر لظروف عائلية.",
				"واعتذر الوزير عن الحضور لارتباطه بموعد سابق."},
			""},
	})
}

func TestArabicMoreThanCountsTheSpeakers(t *testing.T) {
	runCases(t, []attrCase{
		{"أكثر من before a number is a quantifier, not the particle of the verb",
			[]string{"وحذر أكثر من ثلاثين طبيبا من انتشار العدوى في المدارس."},
			"وحذر|أكثر من ثلاثين طبيبا|اكثر-من-ثلاثين-طبيبا"},
	})
}

func TestArabicInTheViewOf(t *testing.T) {
	runCases(t, []attrCase{
		{"برأي and في رأي are nominal cues, the source after them",
			[]string{"وبرأي مصادر دبلوماسية، فإن المفاوضات ستستأنف الشهر المقبل.",
				"وفي رأي خبراء الطاقة أن الطلب سيرتفع.",
				"غير أنه قد يضغط على عائدات الموانئ، برأي محللين."},
			"وبرأي|مصادر دبلوماسية|anon-sources ; وفي رأي|خبراء الطاقة|anon-experts ; برأي|محللين|anon-analysts"},
		{"but not an opinion heeded, nor one no source holds",
			[]string{"وقررت اللجنة الأخذ برأي اللاعبين حول الملعب.",
				"وهذا الحل في رأي متواضع هو الأفضل."},
			""},
	})
}

func TestArabicBlamed(t *testing.T) {
	runCases(t, []attrCase{
		{"حمّل … المسؤولية blames: the speaker, the one blamed, then the responsibility",
			[]string{"وحمّل النائب سالم الدوسري الوزارة مسؤولية تأخر المشروع."},
			"وحمّل|النائب سالم الدوسري|سالم-الدوسري"},
		{"with no one blamed it is bearing the responsibility, or carrying",
			[]string{"وحمل القائد المسؤولية وحده بعد الهزيمة.",
				"وحمل على عاتقه مسؤولية إعادة البناء.",
				"وحمل اللاعب شارة القيادة."},
			""},
	})
}

func TestArabicIndefiniteOrdinalEndsTheSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"after an indefinite noun and its ordinal a definite noun is the one addressed",
			[]string{"وحملت فئة ثانية المدرب المسؤولية عن الخسارة."},
			"وحملت|فئة ثانية|فءه-ثانيه"},
		{"but not after a title and its body, nor a noun in ي of the chain",
			[]string{"وطالب رئيس نادي الساحل كامل العيسى الجماهير بالهدوء.",
				"وتهيب رابطة دوري المحترفين بالأندية سرعة تسجيل اللاعبين."},
			"وطالب|رئيس نادي الساحل كامل العيسى|رءيس-نادي-الساحل-كامل-العيسي ; وتهيب|رابطة دوري المحترفين|رابطه-دوري-المحترفين"},
	})
}
