package cite_test

import "testing"

// English resolution, fourteenth session (helper english2): whom "he
// said", "our correspondent" and "the Russian" point back to. Sentences
// and names invented; each keeps the construction met in BBC news.

func TestEnglishQuotedSubjectNoMention(t *testing.T) {
	runCases(t, []attrCase{
		{"the subject of a quoted sentence is not the he that closes it",
			[]string{"Halvex Networks has announced that it will test a faster service.",
				"Rivals are in a better position, according to a Tarnby spokesman.",
				"\"Halvex's cables are old. Will that be enough for viewers?\" he asked."},
			"announced|Halvex Networks|halvex-networks ; according to|a Tarnby spokesman|a-tarnby-spokesman ; " +
				"asked|he|a-tarnby-spokesman|res"},
	})
}
