package cite_test

import "testing"

// English reporting verbs missed on BBC articles (an audit of the recall
// probe). Sentences and names invented for these tests.
func TestEnglishRecallShares(t *testing.T) {
	runCases(t, []attrCase{
		{"a share with its sign is those polled",
			[]string{"However, only 31% said they trusted the Kelbrook banks."},
			"said|31%|anon-respondents"},
		{"a share of those questioned",
			[]string{"Nearly 65% of those questioned said they would pay more for greener fuel."},
			"said|65% of those questioned|anon-respondents"},
		{"no share after a preposition",
			[]string{"Sales at Marlowe rose by 4% over the quarter, ahead of the 3.5% forecast by economists."},
			""},
	})
}
