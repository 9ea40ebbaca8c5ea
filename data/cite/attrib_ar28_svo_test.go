package cite_test

import "testing"

// Constructions of the twenty-eighth session's audit of speakers written
// before their verb. Sentences and names invented.

func TestArabicJoinedRelative(t *testing.T) {
	runCases(t, []attrCase{
		{"a relative pronoun joined by و ends the speaker after the verb, as the bare one does",
			[]string{"وقالت سلمى الراشد عضو مجلس الحي والتي شاركت في الحملة إن المياه عادت."},
			"وقالت|سلمى الراشد عضو مجلس الحي|سلمي-الراشد"},
		{"the name before والذي is the speaker of the verb after it",
			[]string{"قال الوزير سالم الفهد إن المشروع تأخر.",
				"وتواصلنا مع مدير مستشفى الأمل الدكتور هاني الشمري والذي أوضح أن المرضى بخير."},
			"قال|الوزير سالم الفهد|سالم-الفهد ; أوضح|الدكتور هاني الشمري|هاني-الشمري"},
		{"a relative whose verb has a source of its own after it, the head no source: what was said about",
			[]string{"ونفى الاتحاد صحة فحوص الدم لـ600 عداء والتي قالت الإذاعة إنها «مريبة»."},
			"ونفى|الاتحاد|الاتحاد ; قالت|الإذاعة|الاذاعه"},
	})
}

func TestArabicContrastName(t *testing.T) {
	runCases(t, []attrCase{
		{"after لكن or إلا أن, an unknown bare name before a singular verb of saying is its subject",
			[]string{"قال الوزير سالم الفهد إن المشروع تأخر.",
				"وارتفعت الأسعار أمس، إلا أن دالتون أكد أن الشحنة وصلت.",
				"وطالبت اللجنة بمحاكمة المتهمين، لكن بوليفيا وصفت هذا الإجراء بأنه متسرع."},
			"قال|الوزير سالم الفهد|سالم-الفهد ; أكد|دالتون|دالتون ; وطالبت|اللجنة|اللجنه ; وصفت|بوليفيا|بوليفيا"},
		{"a noun with its pronoun, or a particle, is no name",
			[]string{"قال الوزير سالم الفهد إن المشروع تأخر.",
				"وتفاوتت التقديرات، إلا أن أدناها يشير إلى نحو مئة.",
				"وارتفعت الأسعار أمس، لكن سرعان ما أكد الطرفان أن الشحنة وصلت."},
			"قال|الوزير سالم الفهد|سالم-الفهد"},
	})
}

func TestArabicPronounOpensSentence(t *testing.T) {
	runCases(t, []attrCase{
		{"a pronoun that opens the sentence, agreeing with the verb after it, is its subject, resolved",
			[]string{"وتقول المهندسة ريم السعدي من شركة «بيت الرمال» إن الطلب تراجع.",
				"وهي تؤكد أن أرخص شقة في الحي تجاوزت مليون ريال."},
			"وتقول|المهندسة ريم السعدي من شركة «بيت الرمال»|ريم-السعدي ; تؤكد|وهي|ريم-السعدي|res"},
		{"inside a sentence, وهو يقول is a circumstance of the story, no new report",
			[]string{"وقال المدرب كمال الهاشمي إن الفريق جاهز.",
				"ثم صافحني الحارس العجوز وهو يقول إن الطقس بارد."},
			"وقال|المدرب كمال الهاشمي|كمال-الهاشمي"},
	})
}

func TestArabicSubjectBeforeRelative(t *testing.T) {
	runCases(t, []attrCase{
		{"a subject with a relative clause of its own before the verb: the head is the speaker",
			[]string{"قال الوزير سالم الفهد إن المشروع تأخر.",
				"وزارة النقل التي بدت أكثر حذرا في بيانها أكدت أن الجسر آمن.",
				"وكان كارتر الذي بلغ التسعين في مايو قد قال إنه مريض."},
			"قال|الوزير سالم الفهد|سالم-الفهد ; أكدت|وزارة النقل|وزاره-النقل ; قال|كارتر|كارتر"},
		{"after a preposition the phrase with its relative clause is a topic, no subject",
			[]string{"قال الوزير سالم الفهد إن المشروع تأخر.",
				"وعن ألبومه الذي يسجله في القاهرة أجاب: «سيصدر قريبا»."},
			"قال|الوزير سالم الفهد|سالم-الفهد ; أجاب||سالم-الفهد|res"},
	})
}
