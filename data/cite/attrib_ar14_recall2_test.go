package cite_test

import "testing"

// Missed events of the fourteenth session (recall). Sentences and names
// invented.

func TestArabicSecondUnnamedSource(t *testing.T) {
	runCases(t, []attrCase{
		{"a second unnamed source joined by و to the first is a speaker of its own on the same cue",
			[]string{"ويرى محللون وخبراء أن أسعار الحبوب ستتراجع.",
				"وقال مسعفون ومسؤولون محليون إن ثلاثة أشخاص أصيبوا في الحريق.",
				"وذكرت البلدية ومصادر في الدفاع المدني أن الطريق أغلق."},
			"ويرى|محللون|anon-analysts ; ويرى|خبراء|anon-experts ; " +
				"وقال|مسعفون|anon-people ; وقال|مسؤولون محليون|anon-officials ; " +
				"وذكرت|البلدية|البلديه ; وذكرت|مصادر في الدفاع المدني|anon-sources"},
		{"not a second description of the one person named after it",
			[]string{"وأكد عضو غرفة التجارة ورجل الأعمال المعروف الدكتور فهد الجابري أن السوق مستقرة."},
			"وأكد|عضو غرفة التجارة ورجل الأعمال المعروف الدكتور فهد الجابري|فهد-الجابري"},
	})
}

func TestArabicKanaQuotedSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a name in quotation marks between كان and قد is the subject of the verb after قد",
			[]string{"وكانت «النهار» قد ذكرت أن المفاوضات توقفت.",
				"وكانت منظمة «الغد» الخيرية قد أعلنت أنها ستوزع المساعدات."},
			"ذكرت|«النهار»|النهار ; أعلنت|منظمة «الغد» الخيرية|الغد"},
	})
}

func TestArabicOutletReportedThat(t *testing.T) {
	runCases(t, []attrCase{
		{"نقل with an outlet's name alone and أن after it: the outlet reports",
			[]string{"ونقلت وكالة «بيرنا» أن المحادثات انتهت دون اتفاق.",
				"ونقلت صحيفة الفجر الجديد أن الميناء أغلق."},
			"ونقلت|وكالة «بيرنا»|بيرنا ; ونقلت|صحيفة الفجر الجديد|الفجر-الجديد"},
		{"not a broadcast, nor an announcement carried (the minister's own, not the channel's), nor أن with no outlet named before it",
			[]string{"ونقل تلفزيون «كاب» المباراة مباشرة على الهواء.",
				"ونقل تلفزيون «كاب» إعلان الوزير سالم العمري أنه سيستقيل.",
				"ونقلت الشاحنات أن تصل الحمولة قبل الظهر."},
			"إعلان|الوزير سالم العمري|سالم-العمري"},
		{"an unnamed medium's عن is not searched for past what was said",
			[]string{"في حين نقلت مواقع إخبارية مقربة من الحركة أن الاتفاق كان عبارة عن هدنة قصيرة."},
			"نقلت|مواقع إخبارية مقربة من الحركة|anon-media"},
	})
}
