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

func TestEnglishBodyNotItsOfficer(t *testing.T) {
	runCases(t, []attrCase{
		{"a body described again is not the person whose title it qualified",
			[]string{"The Harbour Board said that mooring fees would rise.",
				"\"The quays are full,\" said the board chairman, Councillor Ruth Amblin.",
				"The board found that two berths were unsafe."},
			"said|The Harbour Board|harbour-board ; said|the board chairman, Councillor Ruth Amblin|councillor-ruth-amblin ; " +
				"found|The board|harbour-board|res"},
		{"the central bank after its governor spoke is the bank",
			[]string{"Growth will pick up this year, Norland's central bank says.",
				"\"The worst is behind us,\" said central bank governor Ivo Marek.",
				"Exports rose in May, with the central bank predicting 3% growth."},
			"says|Norland's central bank|norland-s-central-bank ; said|central bank governor Ivo Marek|ivo-marek ; " +
				"predicting|the central bank|norland-s-central-bank|res"},
	})
}

func TestEnglishOurCorrespondent(t *testing.T) {
	runCases(t, []attrCase{
		{"our correspondent is the outlet's reporter named before, not the last speaker",
			[]string{"The Daily Lantern's Ana Lind in Lima says the strike has closed the port.",
				"Union leader Pablo Ortega said the workers would not back down.",
				"Our correspondent says the talks are due to resume on Monday."},
			"says|The Daily Lantern's Ana Lind|ana-lind ; said|Union leader Pablo Ortega|pablo-ortega ; " +
				"says|Our correspondent|ana-lind|res"},
	})
}

func TestEnglishDemonymSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"the Ukrainian is the last person described by that nationality",
			[]string{"Ukraine's Irina Kovalenko said she was tired after the match.",
				"Coach Tom Reyes said the draw had been kind to his side.",
				"The Ukrainian said she would rest before the final."},
			"said|Ukraine's Irina Kovalenko|irina-kovalenko ; said|Coach Tom Reyes|tom-reyes ; said|The Ukrainian|irina-kovalenko|res"},
		{"else the person who spoke last, named by a surname alone",
			[]string{"Sports minister Paul Devos says the player must explain the test.",
				"Kovalenko says the pill was a cold remedy.",
				"The Ukrainian said she had done nothing wrong."},
			"says|Sports minister Paul Devos|paul-devos ; says|Kovalenko|kovalenko ; said|The Ukrainian|kovalenko|res"},
	})
}

func TestEnglishPronounPastCitedName(t *testing.T) {
	runCases(t, []attrCase{
		{"he after a name only cited with according to is the man who spoke before",
			[]string{"Mr Hale said the new printers were faster.",
				"According to Print Monthly, a large print costs £2 at home.",
				"\"Printing at home is cheaper,\" he said."},
			"said|Mr Hale|hale ; According to|Print Monthly|print-monthly ; said|he|hale|res"},
	})
}

func TestEnglishClauseAfterSubjectPronoun(t *testing.T) {
	runCases(t, []attrCase{
		{"a subject pronoun after the verb opens what was said, its that dropped",
			[]string{"The Rovers winger signed Dalton to his small label and claims he spent a fortune on the record.",
				"Club owner Ada Rusk claims she cannot afford a new coach."},
			"claims|The Rovers winger|rovers-winger ; claims|Club owner Ada Rusk|ada-rusk"},
	})
}

func TestEnglishProgressiveReport(t *testing.T) {
	runCases(t, []attrCase{
		{"be and an -ing form are a finite verb of saying, its subject before it",
			[]string{"The Norland government is reiterating a 3% growth target for next year.",
				"The Harbour Trust is warning that the old pier could close.",
				"Some fans have been saying the coach should go."},
			"reiterating|The Norland government|norland ; warning|The Harbour Trust|harbour-trust ; " +
				"saying|Some fans|anon-witnesses"},
		{"not what someone is writing, nor a first person's",
			[]string{"Dorn liked what he was writing so much that he signed every page.",
				"Next spring I hope we are all saying the team did well."},
			""},
	})
}

func TestEnglishUnclosedAppositionTitle(t *testing.T) {
	runCases(t, []attrCase{
		{"a name, then a title with a word before it and its preposition, the comma left unclosed",
			[]string{"Ana Lowe, sales manager at Kestrel Tools believes the market will recover.",
				"At a fair held last week in Oslo, famed director Per Lund revealed that he is making a game."},
			"believes|Ana Lowe|ana-lowe ; revealed|famed director Per Lund|per-lund"},
	})
}

func TestEnglishParticipleSubjectBeforeItsVerb(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle's subject ends before the main verb that reports nothing",
			[]string{"The chain closed the shop, saying that flour costs had doubled.",
				"Captain Olsen initially backed the referee, saying the tackle was fair."},
			"saying|The chain|chain ; saying|Captain Olsen|olsen"},
	})
}

func TestEnglishPronounOwnSentenceSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a pronoun no speaker before agrees with is the subject of its own sentence",
			[]string{"Actor Tom Varga is suing Lumen Studios for a burn he said he got on set.",
				"Although the Town Hall still backs the plan, it has indicated that it would accept a delay."},
			"said|he|tom-varga ; indicated|it|town-hall"},
	})
}
