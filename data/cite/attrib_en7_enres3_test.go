package cite_test

import "testing"

// English resolution met auditing a random sample of BBC attributions
// whose speaker is a description or a pronoun. Sentences and names
// invented for these tests; each keeps the construction met.

// "wing" is a position on the field, as "winger" is: "the Harbury wing"
// describes the player just named, whose club qualifies it.
func TestEnglishWingIsThePlayerJustNamed(t *testing.T) {
	runCases(t, []attrCase{
		{"a club before the position, after the player claimed something",
			[]string{"Norland's Piet Vosberg has claimed he was tripped in the box.",
				"The Harbury wing insisted the referee had missed it."},
			"claimed|Norland's Piet Vosberg|piet-vosberg ; insisted|The Harbury wing|piet-vosberg|res"},
	})
}
