package cite_test

import "testing"

// English speakers met reading unannotated BBC articles after the first
// rules. Sentences written for these tests.
func TestEnglishAppositionsAndObjects(t *testing.T) {
	runCases(t, []attrCase{
		{"a name before two appositions",
			[]string{"But Anne Dupont, head of the jury, the Society of Film Critics, said the rules changed."},
			"said|Anne Dupont|anne-dupont"},
		{"the object of a relative clause is no part of the speaker",
			[]string{"The bank cut its rates, something Mr Jones denies.", "The club was fined, a charge Ms Grant denies."},
			"denies|Mr Jones|jones ; denies|Ms Grant|grant"},
		{"a gerund after as well as reports nothing",
			[]string{"As well as writing songs, Tom Hale also paints."},
			""},
		{"a gerund after than, a participle with there and no verb after it",
			[]string{"Reading books is more common than writing them.", "Many actors also have films showing there."},
			""},
		{"a phrase of time before the name of a clause's subject",
			[]string{"During his talk Mr Brown thanked the staff and said sales would rise."},
			"said|Mr Brown|brown"},
		{"an apposition its writer did not close, a web address in it",
			[]string{`"Sales are up," Jane Roe, editor of Gamesworld.com told the BBC.`},
			"told|Jane Roe|jane-roe|ch=bbc"},
	})
}
