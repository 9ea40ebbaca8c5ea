package cite_test

import "testing"

// Quotations and speaker spans of the thirtieth session. Sentences and
// names invented.

func TestArabicOrdinalAfterDefiniteSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"a definite ordinal is its noun's adjective, not the one addressed",
			[]string{"وطالبت الهيئة الثالثة بتوسيع شبكة الطرق في الجنوب."},
			"وطالبت|الهيئة الثالثة|الهيءه-الثالثه"},
		{"after a construct chain too",
			[]string{"وطالبت خطة التنمية التاسعة بإعداد استراتيجية للنقل."},
			"وطالبت|خطة التنمية التاسعة|خطه-التنميه"},
		{"the one addressed still follows the ordinal",
			[]string{"وطالبت اللجنة العاشرة الوزارة بزيادة الرواتب."},
			"وطالبت|اللجنة العاشرة|اللجنه-العاشره"},
	})
}
