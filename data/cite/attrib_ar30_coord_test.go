package cite_test

import "testing"

// Named people coordinated on one verb, each its own attribution
// (GUIDELINES, adjudicated case 10), with and without "كل من", the second
// set off by commas or not, a counterpart ("ونظيره"). Sentences and names
// invented.

func TestArabicCoordinatedNamedPeople(t *testing.T) {
	runCases(t, []attrCase{
		{"two ministers, each with title and name, with no كل من: two speakers",
			[]string{"وأعلن وزير النقل سامي الخطيب ووزير الإسكان ماجد العنزي أن الطريق الجديد يفتتح الشهر المقبل."},
			"وأعلن|وزير النقل سامي الخطيب|سامي-الخطيب ; وأعلن|وزير الإسكان ماجد العنزي|ماجد-العنزي"},
		{"the participle after them is each one's",
			[]string{"وأعلن وزير النقل سامي الخطيب ووزير الإسكان ماجد العنزي أن الطريق الجديد يفتتح الشهر المقبل، مشيرين إلى أن العمل اكتمل."},
			"وأعلن|وزير النقل سامي الخطيب|سامي-الخطيب ; وأعلن|وزير الإسكان ماجد العنزي|ماجد-العنزي ; مشيرين||سامي-الخطيب ; مشيرين||ماجد-العنزي"},
		{"a counterpart joined by و is a second speaker, known by his name",
			[]string{"وأكد وزير الخارجية الأردني فهد الرواشدة ونظيره التونسي كمال بن عمر أن المحادثات كانت مثمرة."},
			"وأكد|وزير الخارجية الأردني فهد الرواشدة|فهد-الرواشده ; وأكد|نظيره التونسي كمال بن عمر|كمال-بن-عمر"},
		{"the second set off by commas is a speaker too, not an apposition",
			[]string{"وقال وزير الزراعة خالد المطيري، ونظيره العماني سالم البلوشي، إن الاتفاقية تشمل تبادل الخبرات."},
			"وقال|وزير الزراعة خالد المطيري|خالد-المطيري ; وقال|نظيره العماني سالم البلوشي|سالم-البلوشي"},
		{"after كل من with commas, and a later description is the second",
			[]string{"وشدد كل من وزير المالية يوسف الشهري، ووزير الاقتصاد منصور القحطاني، على أن الإنفاق سيستمر.",
				"أما وزير الاقتصاد، فقد أكد أن النمو سيتسارع."},
			"وشدد|وزير المالية يوسف الشهري|يوسف-الشهري ; وشدد|وزير الاقتصاد منصور القحطاني|منصور-القحطاني ; أكد|وزير الاقتصاد|منصور-القحطاني|res"},
	})
}

func TestArabicCoordinatedTitlesOnePerson(t *testing.T) {
	runCases(t, []attrCase{
		{"two titles before one name are one person",
			[]string{"وقال نائب رئيس الوزراء ووزير الدفاع اللواء ناصر العمري إن الحدود آمنة."},
			"وقال|نائب رئيس الوزراء ووزير الدفاع اللواء ناصر العمري|ناصر-العمري"},
		{"a name, then two titles of his, is one person",
			[]string{"وقال سعود الدوسري مدير الإدارة ورئيس اللجنة الفنية إن التقرير جاهز."},
			"وقال|سعود الدوسري مدير الإدارة ورئيس اللجنة الفنية|سعود-الدوسري"},
	})
}
