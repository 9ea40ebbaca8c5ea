package cite_test

import "testing"

// Resolution of pronouns, descriptions and dropped subjects, fourteenth
// session. Sentences and names invented.

func TestArabicDemonstrativeDescription(t *testing.T) {
	runCases(t, []attrCase{
		{"a demonstrative description is the speaker its noun describes, not the body a بحسب put back in front",
			[]string{"ونفت البلدية وجود مخالفات في السوق، وفق ما صرح مسؤول في البلدية بالمحافظة.",
				"كما أوضح هذا المسؤول أن الفرق الميدانية تعمل ليلاً."},
			"ونفت|البلدية|البلديه ; وفق ما صرح|مسؤول في البلدية بالمحافظة|anon-officials ; أوضح|هذا المسؤول|anon-officials|res"},
		{"with no speaker its noun describes, the last one met",
			[]string{"وقال المدرب سامر الخطيب إن الفريق جاهز.", "وأكد هذا المدرب أن الإصابات قليلة."},
			"وقال|المدرب سامر الخطيب|سامر-الخطيب ; وأكد|هذا المدرب|سامر-الخطيب|res"},
	})
}
