package cite_test

import "testing"

// Speaker spans that ran on past the speaker (twentieth session).
// Sentences and names invented.

func TestArabicConstructAfterIndefiniteAdjective(t *testing.T) {
	runCases(t, []attrCase{
		{"after an indefinite noun and its adjective, a construct is the verb's object",
			[]string{"وانتقدت جماعة حقوقية حكومة البلاد لتقصيرها في حماية المهاجرين.",
				"وانتقدت قوى نقابية مستقلة تجاهل الإدارة لمطالب العمال."},
			"وانتقدت|جماعة حقوقية|جماعه-حقوقيه ; وانتقدت|قوى نقابية مستقلة|قوي-نقابيه-مستقله"},
		{"but the adjective's own construct, a title or a given name after it stays the speaker's",
			[]string{"وقال مسؤول أمني رفيع المستوى إن الطريق فتح.",
				"وقال خبير اقتصادي مستشار الغرفة التجارية إن الأسعار سترتفع."},
			"وقال|مسؤول أمني رفيع المستوى|anon-officials ; وقال|خبير اقتصادي مستشار الغرفة التجارية|anon-experts"},
	})
}
