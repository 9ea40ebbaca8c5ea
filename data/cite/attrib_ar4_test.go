package cite_test

import "testing"

// Arabic constructions met in the fourth session on real news: resolution
// of titles and dropped subjects, and speakers set off by clauses. Sentences
// and names invented for these tests; each keeps the construction met.
func TestArabicFourthReading(t *testing.T) {
	runCases(t, []attrCase{
		{"the title alone right after the titled name is that person",
			[]string{"قال وزير الخارجية سعد الشمري إن العمل مستمر.", "وأضاف الوزير أن المشروع اكتمل.",
				"وأشار الوزير الكويتي إلى أن الطرق مغلقة."},
			"قال|وزير الخارجية سعد الشمري|سعد-الشمري ; وأضاف|الوزير|سعد-الشمري|res ; وأشار|الوزير الكويتي|سعد-الشمري|res"},
		{"a parenthesis between commas before what was said: the day, an acronym",
			[]string{"قال سامر الخليل رئيس بلدية المدينة، أمس (الثلاثاء)، إنّ الوباء انحسر.",
				"وقال ماجد الطويل، السفير لدى حلف شمال الأطلسي (ناتو)، إن الوقت حان."},
			"قال|سامر الخليل رئيس بلدية المدينة|سامر-الخليل ; وقال|ماجد الطويل|ماجد-الطويل"},
		{"a relative clause on the speaker, with a comma or after an age",
			[]string{"وقال أحمد الناصر الذي يرأس اللجنة منذ عامين، إن الأرباح زادت.",
				"وقال كوفالسكي (48 عاما) الذي يعمل في قطاع النفط إنه لن يترشح.",
				"وقالت الدوسري التي كانت تتحدث للطالبات خلال برنامج \"مهارتي\" بأن التدريب مستمر."},
			"وقال|أحمد الناصر|احمد-الناصر ; وقال|كوفالسكي|كوفالسكي ; وقالت|الدوسري|الدوسري"},
		{"a relative clause whose own verb reports: what follows is its words",
			[]string{"وقال الوزير الذي كان قد أكد أمس أن العمل مستمر إنه راض."},
			"أكد|الوزير|الوزير"},
		{"a vague source with its nationality is no one named تركي",
			[]string{"قال مسؤول تركي كبير، اليوم (الخميس)، إن جنديا قتل.", "وصرح مسؤول تركي بأن التحقيق جار."},
			"قال|مسؤول تركي كبير|anon-officials ; وصرح|مسؤول تركي|anon-officials"},
		{"a title after a full name begins its apposition: the surname alone is the same person",
			[]string{"قال ستيف كارلتون المتحدث باسم وزارة الدفاع إن الجهود مستمرة.", "وأشار كارلتون إلى أن التدريب انتهى."},
			"قال|ستيف كارلتون المتحدث باسم وزارة الدفاع|ستيف-كارلتون ; وأشار|كارلتون|ستيف-كارلتون"},
		{"a long circumstance after a source, or before إن, then what was said",
			[]string{"وقال الأمير سلطان بن فهد خلال رعايته لحفل افتتاح المهرجان الذي أقيم مساء أمس في مدينة أبها بحضور عدد كبير من المسؤولين إن المدينة جميلة.",
				"وقال خلال زيارته للمرضى بمناسبة العيد والاستماع لملاحظاتهم صباح يوم أمس الأحد إن الخدمات تحسنت.",
				"وقال وزير النفط خالد الحربي في تصريحات أذيعت يوم الأحد إن الإنتاج يزيد."},
			"وقال|الأمير سلطان بن فهد|سلطان-بن-فهد ; وقال||سلطان-بن-فهد|res ; وقال|وزير النفط خالد الحربي|خالد-الحربي"},
		{"a long circumstance with no source before it, and no إن, is no way to a complement",
			[]string{"فالعاصمة التي التزمت الحذر تقليديا، وجدت في المعاهدة الدفاعية بين البلدين مسوغا لإعادة النظر في سياساتها، باعتبار أن الجار خرق خطوطا حمراء."},
			""},
		{"after a channel, the participle after what was said hangs on the verb",
			[]string{"وقال الوزير سعد الشمري في حديثه لقناة «الأفق» إن البواخر تتجه إلى الميناء، مضيفا أن الوقود يصل غدا."},
			"وقال|الوزير سعد الشمري|سعد-الشمري|ch=الافق ; مضيفا||سعد-الشمري|ch=الافق"},
		{"after a comma, \"while\" opens the writer's clause: its verb is an attribution of its own",
			[]string{"وطالب عدد من المشجعين عبر موقع \"تويتر\" الإدارة بضرورة توضيح موقفها، في الوقت الذي أشارت فيه مصادر مطلعة أن الإدارة فضلت الصمت."},
			"وطالب|عدد من المشجعين|عدد-من-المشجعين ; أشارت|مصادر مطلعة|anon-sources"},
	})
}
