package cite_test

import "testing"

// English descriptions of the person the story is about, met auditing a
// random sample of BBC attributions whose speaker is a description, a
// pronoun or not found. Sentences and names invented for these tests;
// each keeps the construction met.
func TestEnglishEpithetIsThePersonJustNamed(t *testing.T) {
	runCases(t, []attrCase{
		{"a title saying what someone is, after a name met as a subject",
			[]string{"Tomas Brelin thinks the derby will be tight.", "\"Both sides need the points,\" said the lock."},
			"said|the lock|tomas-brelin"},
		{"an epithet not among the titles: the world champion",
			[]string{"Kim Osei is ready for the final.", "The world champion says she is fit."},
			"says|The world champion|kim-osei"},
		{"an epithet right after that person spoke",
			[]string{"Rafe Dunmore says the club must keep its best players.", "\"We cannot sell again,\" said the defender."},
			"says|Rafe Dunmore|rafe-dunmore ; said|the defender|rafe-dunmore|res"},
		{"an office is no epithet: the referee is someone else",
			[]string{"Dale Cobb was sent off late on.", "\"It was a clear foul,\" said the referee."},
			"said|the referee|referee"},
		{"a name met last that is no person's: the striker is unnamed",
			[]string{"Dunmore City Council closed the ground on Sunday.", "\"We deserved better,\" said the striker."},
			"said|the striker|striker"},
	})
}
