package cite_test

import "testing"

// English causes left by the last audit of BBC attributions. Sentences
// and names invented for these tests; each keeps the construction met.

// A name after "said" that a finite verb follows is the subject of what
// was said, not an inverted speaker: the speaker is the subject before
// the apposition or relative clause that ends at the comma.
func TestEnglishSaidThenFiniteVerbIsNoInversion(t *testing.T) {
	runCases(t, []attrCase{
		{"a relative clause inside the apposition",
			[]string{"Dr Ana Velez, a soil chemist at the Orvane Institute of Technology who studies salt-to-sand erosion, said Terrix was the best sealant on sale."},
			"said|Dr Ana Velez|ana-velez"},
		{"a relative clause after a name opened by and",
			[]string{"And Brodin, who was more than outplayed for speed by his rival's left-handed serve, said Kallas was the better player."},
			"said|Brodin|brodin"},
		{"a sentence-initial noun read as a verb",
			[]string{"Reports suggest Harbury will raise their offer to £4m before the window shuts."},
			"suggest|Reports|anon-reports"},
	})
}
