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

// What the person the story is about is (lexicon epithets: champion,
// winner, seed, youngster …) heads a speaker as a title does, after the
// verb as before it.
func TestEnglishRecallEpithets(t *testing.T) {
	runCases(t, []attrCase{
		{"said the champion after a quotation",
			[]string{"Dana Morrow will run in Oslo next month.", "\"I feel ready for the race,\" said the two-time champion."},
			"said|the two-time champion|dana-morrow"},
		{"said the top seed",
			[]string{"Ilse Varga beat Mina Hart in the final.", "\"I am happy with my serve,\" said the top seed."},
			"said|the top seed|ilse-varga"},
	})
}

// The plural of a kind of body (groups, firms, unions, governments,
// watchdogs) heads a speaker, two demonyms joined by "and" before it
// included.
func TestEnglishRecallPluralBodies(t *testing.T) {
	runCases(t, []attrCase{
		{"a plural body after what it said",
			[]string{"Output at the Dunmore mill will be cut by half, unions said."},
			"said|unions|unions"},
		{"a plural body before the verb",
			[]string{"Relief groups say the new maps helped keep food flowing to Tarvel."},
			"say|Relief groups|relief"},
		{"two demonyms joined by and",
			[]string{"The Finnish and Estonian governments argue that the name belongs to no single region."},
			"argue|The Finnish and Estonian governments|finnish-and-estonian"},
	})
}
