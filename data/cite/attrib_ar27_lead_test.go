package cite_test

import "testing"

// A source cited after a comma at the end of a statement, with a verb
// after its lead. Sentences and names invented.

func TestArabicLeadSourceAfterStatement(t *testing.T) {
	runCases(t, []attrCase{
		{"a verb after بحسب ما / وفق ما / حسبما after a comma is the source of the whole statement, not inside it",
			[]string{"وقال المدير إن المصنع سيغلق أبوابه، بحسب ما ذكرت الوكالة.",
				"وكان المدرب أعرب أمس عن قلقه من الإصابات، وفق ما قال مسؤول في النادي."},
			"وقال|المدير|المدير ; بحسب ما ذكرت|الوكالة|الوكاله ; أعرب|المدرب|المدرب ; وفق ما قال|مسؤول في النادي|anon-officials"},
	})
}
