package cite_test

import "testing"

// English generic heads ("the firm", "the company") after a body named
// only as an object or an owner in the same sentence. Sentences and names
// invented for these tests.
func TestEnglishFirmNamedBefore(t *testing.T) {
	runCases(t, []attrCase{
		{"the firm after shares in a body of two words",
			[]string{"Shares in Corvex Mining have fallen 8% after the firm warned that output would drop."},
			"warned|the firm|corvex-mining"},
		{"the company after a body's possessive",
			[]string{"Pellino's new tablet will go on sale in May, the company has announced."},
			"announced|the company|pellino"},
		{"the firm after a body's possessive in the sentence before, not a pronoun's",
			[]string{"Norvale's snack range is aimed at children.", "But the firm said it would keep its ads."},
			"said|the firm|norvale"},
		{"no owner in a pronoun with its verb",
			[]string{"It's a fine result, said one analyst.", "The company said profits rose."},
			"said|one analyst|anon-analysts ; said|The company|company"},
		{"no body when the name before is a person or a state",
			[]string{"Mr Olsen has stepped down and Norway's fund sold its stake, the company said."},
			"said|the company|company"},
	})
}
