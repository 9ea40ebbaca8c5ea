package cite_test

import "testing"

// A reporting verb whose content is its noun object, the subject written.
// Sentences and names invented.

func TestArabicExaminationsReport(t *testing.T) {
	runCases(t, []attrCase{
		{"medical examinations are a document whose findings the verb's object states",
			[]string{"وأظهرت الفحوصات الطبية التي خضع لها المدافع رامي الشهري وجود كسر في الساعد.",
				"وأكدت التحاليل سلامة الحارس نواف من الفيروس.",
				"وأثبتت الكشوفات الطبية معاناة اللاعب من التهاب في الكاحل."},
			"وأظهرت|الفحوصات الطبية|الفحوصات-الطبيه ; وأكدت|التحاليل|التحاليل ; وأثبتت|الكشوفات الطبية|الكشوفات-الطبيه"},
		{"أثبت with an object reports only after a document: a person proving his worth, or a group establishing a presence, says nothing",
			[]string{"وأثبت المهاجم ثامر العنزي جدارته في المباراة الأخيرة.",
				"انتقل المزارعون إلى الوادي، مثبتين حضورهم بين سكانه."},
			""},
	})
}
