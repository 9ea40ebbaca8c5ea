package cite_test

import "testing"

// Constructions of the twenty-seventh session (nominal cues: nouns of
// saying with their owner). Sentences and names invented.

func TestArabicNominalSayingNounWithOwner(t *testing.T) {
	runCases(t, []attrCase{
		{"a noun of saying with no pronoun wraps the source in construct after it",
			[]string{"ويعد الجسر، حسب رأي الخبراء، الأطول في الإقليم.",
				"وتأجلت المباراة إلى الأسبوع المقبل بحسب تأكيدات المدرب."},
			"حسب|رأي الخبراء|anon-experts ; بحسب|تأكيدات المدرب|المدرب"},
		{"a rule, a plan or a wish in its place is no one's words",
			[]string{"ويعمل المصنع وفق معايير الجودة.", "وانتقل اللاعب إلى النادي حسب رغبة المدرب."},
			""},
	})
}

func TestArabicNominalWrapperAdjectiveOwner(t *testing.T) {
	runCases(t, []attrCase{
		{"an indefinite report with its adjectives, then its owner with ل: the owner is the source",
			[]string{"وقتل سبعة مدنيين بحسب حصيلة جديدة للمرصد.",
				"وتراجع صيد الأسماك وفق تقرير سنوي للهيئة."},
			"بحسب|حصيلة جديدة للمرصد|المرصد ; وفق|تقرير سنوي للهيئة|الهيءه"},
		{"a timetable with its adjective is no one's words",
			[]string{"ويعمل المصنع وفق جدول زمني للهيئة."},
			""},
	})
}
