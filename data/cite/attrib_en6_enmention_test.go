package cite_test

import "testing"

// English entities the mention step and the descriptions after it must
// know, met auditing a random sample of BBC attributions whose speaker is
// a description, a pronoun or not found. Sentences and names invented for
// these tests; each keeps the construction met.
func TestEnglishIrregularDemonymIsThePersonJustHeard(t *testing.T) {
	runCases(t, []attrCase{
		{"a nationality no ending tells, right after that person spoke",
			[]string{"Harbury manager Ewan Tulloch said his side were tired.",
				"\"We need a rest,\" Tulloch said. His captain is back in training, and the Scot conceded that a place was open."},
			"said|Harbury manager Ewan Tulloch|ewan-tulloch ; said|Tulloch|ewan-tulloch ; conceded|the Scot|ewan-tulloch|res"},
		{"a state is no person of its nationality",
			[]string{"New Zealand said the tour would go ahead.", "\"We will travel in May,\" said the Kiwi."},
			"said|New Zealand|new-zealand ; said|the Kiwi|kiwi"},
		{"a person described by another nationality is not the demonym's",
			[]string{"German Lena Falk says the court was slow.", "\"I could not move at all,\" said the Spaniard."},
			"says|German Lena Falk|german-lena-falk ; said|the Spaniard|spaniard"},
	})
}

func TestEnglishNameMetOutsideTheSubjectIsKnown(t *testing.T) {
	runCases(t, []attrCase{
		{"a surname opening a sentence, met before only as an object, is the next she",
			[]string{"Ana Ruiz lost to Lena Falk in the final on Sunday.", "Falk has now beaten Ruiz in all three of their meetings.",
				"\"I served better than ever,\" she said."},
			"said|she|lena-falk"},
		{"a surname speaking is the full name met as an object",
			[]string{"Dunmore Rovers signed Piet Vos on Monday.", "\"It is a big step for my family,\" said Vos."},
			"said|Vos|piet-vos"},
		{"a name met in a sentence that spoke is known too",
			[]string{"\"We were lucky,\" said Ana Ruiz, who beat Lena Falk in the final.", "Falk has now lost to Ruiz three times.",
				"\"I was tired,\" she said."},
			"said|Ana Ruiz|ana-ruiz ; said|she|lena-falk"},
		{"a subject after a lower-case title ends with its name, not at the name of the man beaten",
			[]string{"Home favourite Lars Berg came through a long battle with Argentine Tomas Ruiz to reach the final.",
				"The Argentine had stoked the row by saying the crowd was unfair."},
			"saying|The Argentine|argentine"},
	})
}

func TestEnglishCapitalisedModifierIsNoName(t *testing.T) {
	runCases(t, []attrCase{
		{"an award before an epithet: a person described, the one just named",
			[]string{"Kate Lorne is to star in a new film about a sailor.", "The Oscar winner said the script was the best she had read."},
			"said|The Oscar winner|kate-lorne"},
		{"a team's country before an epithet",
			[]string{"Ola Brandt has signed a new deal with Dunmore.", "The former Norland international said he was happy to stay."},
			"said|The former Norland international|ola-brandt"},
		{"a nationality before a generic head: the firm that spoke",
			[]string{"Tarvik is weighing a new plant in Norland, but said no decision had been made.", "The German firm said it was studying the costs."},
			"said|Tarvik|tarvik ; said|The German firm|tarvik|res"},
	})
}

func TestEnglishSurnameWithAgeIsAPersonMet(t *testing.T) {
	runCases(t, []attrCase{
		{"a surname opening its sentence, then an age set off by commas, is the next she",
			[]string{"\"This win means a lot,\" said Ida Brenner after the final.", "Sorel, 24, was unhappy with her serve.",
				"\"I gave away too many points,\" she said."},
			"said|Ida Brenner|ida-brenner ; said|she|sorel"},
	})
}
