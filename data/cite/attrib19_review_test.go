package cite_test

import "testing"

// Faults a review helper found in the nineteenth session's rules by
// running invented sentences through them; each is now held. Sentences and
// names invented.

func TestReviewedNineteen(t *testing.T) {
	runCases(t, []attrCase{
		{"an opening body in construct is only the topic when its verb points back to it, a title follows the verb, or the verb disagrees",
			[]string{"بيان اللجنة قال فيه المتحدث إن القرار نهائي.",
				"مجلس الجامعة قال عنه العميد إنه متعاون.",
				"وزارة الزراعة أعلن وزيرها أن المحصول وفير."},
			"قال|المتحدث|المتحدث ; قال|العميد|العميد ; أعلن|وزيرها|وزيرها"},
		{"a round or a match after an adjective says which one, no occasion he spoke at",
			[]string{"وقال المرشح الفائز في الجولة الأولى إن النتيجة متوقعة."},
			"وقال|المرشح الفائز في الجولة الأولى|المرشح-الفاءز-في-الجوله-الاولي"},
		{"a body's own name before the possessive of a ranking is another party, not the body",
			[]string{"Profits rose, the Carrow Building Society has said. \"We are pleased,\" Carrow's biggest shareholder said."},
			"said|the Carrow Building Society|carrow-building-society ; said|Carrow's biggest shareholder|carrow-s-biggest-shareholder"},
	})
}
