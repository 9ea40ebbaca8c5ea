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

func TestEnglishRankedDescriptionIsTheBodyJustNamed(t *testing.T) {
	runCases(t, []attrCase{
		{"a place's possessive and a ranking: the body that spoke just before",
			[]string{"Flat prices in Norland rose by 2% in May, the Carrow Building Society has said.",
				"Norland's second-biggest mortgage lender said prices rose 9% over the year."},
			"said|the Carrow Building Society|carrow-building-society ; " +
				"said|Norland's second-biggest mortgage lender|carrow-building-society|res"},
		{"a plural head is many bodies, not the one named",
			[]string{"Flat prices in Norland rose by 2% in May, the Carrow Building Society has said.",
				"The world's richest countries said aid would rise."},
			"said|the Carrow Building Society|carrow-building-society ; said|The world's richest countries|world-s-richest-countries"},
	})
}

func TestEnglishNameBeforeWhoOrHimselfIsAPersonMet(t *testing.T) {
	runCases(t, []attrCase{
		{"a surname opening its sentence before \", who\" is someone met, whom the next he is",
			[]string{"\"We played well,\" said coach Ian Pole.",
				"Varga, who lost the final to Dent, will meet him again in May.", "\"It is a chance for revenge,\" he told reporters."},
			"said|coach Ian Pole|ian-pole ; told|he|varga|ch=press"},
		{"a surname before himself opening its sentence",
			[]string{"\"We lost our shape,\" said coach Ian Pole.", "Tarn himself, at least outwardly, looked calm after the defeat.",
				"\"I want more of that,\" he said."},
			"said|coach Ian Pole|ian-pole ; said|he|tarn"},
	})
}
