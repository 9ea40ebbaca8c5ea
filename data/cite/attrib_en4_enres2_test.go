package cite_test

import "testing"

// English descriptions tied to the entity named just before, met auditing
// a random sample of BBC attributions whose speaker is a description or a
// pronoun. Sentences and names invented for these tests; each keeps the
// construction met.
func TestEnglishDescriptionOfBodyMet(t *testing.T) {
	runCases(t, []attrCase{
		{"a generic head after a body named as the subject of the sentence before",
			[]string{"Telecoms firm Corvex has posted a rise in profits.",
				"Shares fell, however, as the company reported a lower margin."},
			"reported|the company|corvex"},
		{"a body met after someone else spoke is not the company that spoke",
			[]string{"Stavco said profits fell by a third.", "Oil firm Brelline has cut its board.",
				"\"It was overdue,\" said Ann Vole, an analyst at Marrow.", "The company said the changes would speed decisions."},
			"said|Stavco|stavco ; said|Ann Vole|ann-vole ; said|The company|stavco|res"},
		{"a preposition opening the sentence is no part of the name met",
			[]string{"For Nora Quill, head of design at Lumet, the change is welcome.",
				"\"We waited years for it,\" she said."},
			"said|she|nora-quill"},
	})
}
