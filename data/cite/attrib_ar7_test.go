package cite_test

import "testing"

func TestArabicDocumentsAndWhoIssuedThem(t *testing.T) {
	runCases(t, []attrCase{
		{"a document someone published, prepared or sent is its issuer's",
			[]string{"وفقا لرسالة بعثها الوزير سالم الكندي إلى المجلس، سيقوم الصندوق بإعداد الدليل.",
				"وقال تقرير نشرته مجلة «نوردا» إن الحرارة سترتفع."},
			"وفقا|رسالة بعثها الوزير سالم الكندي|سالم-الكندي ; وقال|تقرير نشرته مجلة «نوردا»|نوردا"},
		{"a letter or a memorandum of a body is that body's",
			[]string{"ووفقا لخطاب الوزارة، سيقوم الصندوق بإعداد الدليل.",
				"وأوضحت مذكرة الهيئة العامة أن الفحص سليم."},
			"ووفقا|خطاب الوزارة|الوزاره ; وأوضحت|مذكرة الهيئة العامة|الهيءه-العامه"},
	})
}
