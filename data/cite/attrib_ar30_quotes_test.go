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

func TestArabicNisbaInBAfterSource(t *testing.T) {
	runCases(t, []attrCase{
		{"a relative adjective in ب describes the unnamed source before it",
			[]string{"أبلغ \"الصحيفة\" مسؤول بحريني، أن الأسعار سترتفع."},
			"أبلغ|مسؤول بحريني|anon-officials|ch=الصحيفه"},
		{"after a verb that takes its object with ب",
			[]string{"ونوه مسؤول بريطاني بجهود الشرطة في الحي."},
			"ونوه|مسؤول بريطاني|anon-officials"},
		{"after a verb with no content, and after an adjective of the source",
			[]string{"وأشاد دبلوماسي باكستاني بالاتفاق الجديد.", "وأشاد مسؤول أمني بريطاني بالخطة الجديدة."},
			"وأشاد|دبلوماسي باكستاني|anon-diplomats ; وأشاد|مسؤول أمني بريطاني|anon-officials"},
		{"a word in ب before a definite noun is what the verb governs",
			[]string{"وأشاد مسؤول بدوري المحترفين."},
			"وأشاد|مسؤول|anon-officials"},
	})
}

func TestArabicForwardQuoteRelativeSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a quotation alone, then its speaker described by a relative clause before the verb",
			[]string{"وقال الوزير سامي الحسن إن الخطة جاهزة.",
				"«لن نقبل بأي تسوية لا تحفظ حقوقنا في الأرض».",
				"النائب الكندي جون مارتن الذي يرأس لجنة الدفاع في البرلمان يدعو إلى تشديد العقوبات."},
			"وقال|الوزير سامي الحسن|سامي-الحسن ; ||جون-مارتن|res ; يدعو|النائب الكندي جون مارتن|جون-مارتن"},
	})
}
