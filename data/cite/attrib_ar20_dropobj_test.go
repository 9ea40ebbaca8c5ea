package cite_test

import "testing"

// Constructions of the twentieth session (verbs whose spelling is sure only
// with their marks). Sentences and names invented.

func TestArabicDeemedWithShadda(t *testing.T) {
	runCases(t, []attrCase{
		{"عدّ with its shadda, or its participle with tanween, reports its object as a judgement",
			[]string{"وعدّت أمانة الرابطة الزراعية البيان غير مسؤول.",
				"عدَّ الباحث ماهر القحطاني القرار خطوة متأخرة.",
				"وأشاد المدير فهد العمري بالمعرض، عاداً اختيار البلدة تكريماً لأهلها."},
			"وعدّت|أمانة الرابطة الزراعية|امانه-الرابطه-الزراعيه ; عدَّ|الباحث ماهر القحطاني|ماهر-القحطاني ; " +
				"وأشاد|المدير فهد العمري|فهد-العمري ; عاداً||فهد-العمري"},
		{"without its marks it is another word (returned, usually), and its imperfect is the passive",
			[]string{"ثم عادا إلى المدينة بعد الظهر مع الوفد.",
				"وعادةً ما يصل القطار الليلي متأخراً.",
				"ويعدّ السوق الشعبي من أكبر أسواق المنطقة."},
			""},
	})
}
