package cite_test

import "testing"

// English constructions met in the fourth session, reading the verbs of
// saying that a random sample of BBC articles left unattributed
// (recallprobe -en) and diffing claims on all 1,698 BBC articles. Sentences
// and names invented for these tests; each keeps the construction met.
func TestEnglishThirdReading(t *testing.T) {
	runCases(t, []attrCase{
		{"an age after a named speaker is that person; one met only is not",
			[]string{"\"I stumbled out of the blocks,\" admitted Gardener.", "\"I feel there is more to come,\" said the 22-year-old."},
			"admitted|Gardener|gardener ; said|the 22-year-old|gardener|res"},
		{"a person's titles joined by and, after the verb",
			[]string{"\"The quarter went better than we planned,\" said founder and chief executive officer Tom Baxter."},
			"said|founder and chief executive officer Tom Baxter|tom-baxter"},
		{"members of a body speak",
			[]string{"Cartel members said on Friday that output would stay at its current level."},
			"said|Cartel members|cartel"},
		{"a description of the speaker between the quotation and the verb",
			[]string{"\"I can hardly take it in,\" a beaming Petrova told BBC Sport."},
			"told|Petrova|petrova|ch=bbc-sport"},
		{"told someone to do something",
			[]string{"Former Australian wing David Holmes has told England to keep calm before the final."},
			"told|Former Australian wing David Holmes|david-holmes|ch=england"},
		{"a second verb of the same subject after and or but",
			[]string{"Marlow insisted the bridge is on schedule, but added the budget may need a review.",
				"The chef described her critics as \"honest guests\" and said she would keep the menu."},
			"insisted|Marlow|marlow ; added||marlow ; described|The chef|chef ; said||chef"},
		{"after a comma, although opens the writer's clause: its verb is a report of its own",
			[]string{"The team's coach stressed that the defeat was a one-off, although Hartley admitted he was worried."},
			"stressed|The team's coach|team-s-coach ; admitted|Hartley|hartley"},
		{"a participle after the comma is no name of the speaker",
			[]string{"\"We kept going,\" said Dean Harrow.", "\"It knocked our confidence,\" added the 28-year-old, referring to a late goal for Rovers."},
			"said|Dean Harrow|dean-harrow ; added|the 28-year-old|dean-harrow|res"},
		{"a second verb after a subject that reported nothing is that subject's",
			[]string{"Brakmor is weighing a new factory in Chile, but said it had not picked a site.",
				"The festival's organisers backed the presenter and confirmed that she would host the final night.",
				"Tourism had carried the region in 2009, but demand for rooms was then hurt as the pound fell."},
			"said|Brakmor|brakmor ; confirmed|The festival's organisers|festival-s-organisers"},
		{"a description of a body before its name is one speaker",
			[]string{"Dutch software firm Kestrel issued a patch but said that the flaw had not been exploited."},
			"said|Dutch software firm Kestrel|kestrel"},
		{"the report after the verb, a woman, a trader",
			[]string{"Shoppers prefer podcasts to radio, says a report.", "\"Be patient,\" said one woman who answered the questionnaire.",
				"\"It keeps slipping,\" said one trader."},
			"says|a report|a-report ; said|one woman|anon-witnesses ; said|one trader|anon-analysts"},
		{"a reflexive between the subject and the verb",
			[]string{"Dalby himself says he is enjoying the challenge."},
			"says|Dalby|dalby"},
		{"initials are the body named in full before",
			[]string{"The Financial Times said the talks had stalled.", "According to the FT, the deal is off."},
			"said|The Financial Times|financial-times ; According to|the FT|financial-times"},
		{"a title that is also a surname ends the name, not a title before it",
			[]string{"Bank of Norland governor Ellis King has recently warned that shops were holding too much stock.",
				"Judge Kleinberg said that the lease was binding on both firms.", "The Judge wrote: \"The terms were plain to all.\""},
			"warned|Bank of Norland governor Ellis King|ellis-king ; said|Judge Kleinberg|kleinberg ; wrote|The Judge|kleinberg|res"},
		{"figures show; hinted and reiterating report; an English phrase's head is its last word",
			[]string{"Official figures show that the economy grew by 0.5% in the final quarter.",
				"Souness has hinted that he will leave the club.", "The bank kept rates on hold, reiterating that inflation was under control."},
			"show|Official figures|anon-assessments ; hinted|Souness|souness ; reiterating|The bank|bank"},
		{"a quotation after a quoted sentence goes on for its speaker, though a new report follows it in the paragraph",
			[]string{"Dunmore boss Frank Dowling said he wanted Reyes. \"Luis would lift the crowd,\" he told BBC Newcastle. " +
				"\"He is quick, clever and only 23.\" Dowling has also hinted he thinks Moran may stay another year.",
				"\"It was a fine night,\" said Kim Lowe. \"The fans were brilliant.\" Lowe said."},
			"said|Dunmore boss Frank Dowling|frank-dowling ; told|he|frank-dowling|res|ch=bbc-newcastle ; " +
				"||frank-dowling|res ; hinted|Dowling|frank-dowling ; said|Kim Lowe|kim-lowe ; said|Lowe|kim-lowe"},
		{"a time phrase and a comma before the subject a participle hangs on",
			[]string{"The LSE said talks will continue. Last week, the group turned down a merger plan, claiming that it ignored small members."},
			"said|The LSE|lse ; claiming|the group|lse|res"},
		{"a survey named by who conducted it is that body's when it speaks again",
			[]string{"Britons are turning into keen podcast listeners, according to new research.",
				"The survey, conducted by the Carrow Media Institute, showed that listening has doubled. " +
					"More than half have never tried an audiobook, the survey found."},
			"according to|new research|new-research ; showed|The survey|carrow-media-institute ; " +
				"found|the survey|carrow-media-institute|res"},
		{"voicing concern, promising, refuting",
			[]string{"European Central Bank president Jean-Claude Trichet voiced his concern about the dollar.",
				"The comic has already promised that the show will be short.", "He refuted suggestions that he would resign."},
			"voiced|European Central Bank president Jean-Claude Trichet|jean-claude-trichet ; " +
				"promised|The comic|comic ; refuted|He|comic|res"},
	})
}

func TestEnglishPronounsAfterNamesMetWithoutSpeaking(t *testing.T) {
	runCases(t, []attrCase{
		{"a capitalised determiner is no name: \"The\" of \"The move came …\" speaks for no participle",
			[]string{"The move came after the council lifted a ban on street stalls in the summer, saying traders had suffered."},
			""},
		{"a lower-case title, then the name, opens the story: \"he said\" is that person",
			[]string{"Top seed Roger Fennel needed three sets to get past a qualifier.",
				"The world number one was on court for almost three hours.", "\"I had a slow start,\" he said."},
			"said|he|roger-fennel"},
		{"a club's player: the person, not the club",
			[]string{"Dunmore City's Paul Boswell is waiting to hear if his contract will be extended.",
				"\"I have made it clear I want to remain here,\" he said.", "Boswell joined City in 2006."},
			"said|he|paul-boswell"},
		{"\"he added\" after a body spoke and no person was met: the body, through whoever spoke for it",
			[]string{"The first tranche of the loan was $250m, the central bank told Reuters.",
				"However, the delay did not signal a change of policy, he added."},
			"told|the central bank|central-bank|ch=reuters ; added|he|central-bank|res"},
	})
}

func TestEnglishPredictingAndAgreeing(t *testing.T) {
	runCases(t, []attrCase{
		{"predict with a noun object is a forecast someone made",
			[]string{"In a speech to lawmakers, Mr Hamid Karzan predicted a budget surplus of 2.3% next year."},
			"predicted|Mr Hamid Karzan|hamid-karzan"},
		{"agree that is a view stated; agree to and agreeing a contract are deals",
			[]string{"But analysts agree that the recovery owes much to cheaper fuel.",
				"Tarnbridge agreed to replace its old turbines.", "Hollis ended the uncertainty by agreeing a three-year deal."},
			"agree|analysts|anon-analysts"},
	})
}

func TestEnglishNominalAfterTheSpeakerIsTheChannel(t *testing.T) {
	runCases(t, []attrCase{
		{"\"said X, as reported by Y\", \"said X quoted by Y\": Y carried X's words",
			[]string{"\"Prices will rise,\" said one dealer quoted by the Baltica Press news agency.",
				"\"The plant will close,\" said union leader Marco Rossi, as reported by the Norland Wire news agency."},
			"said|one dealer|anon-analysts|ch=baltica-press ; said|union leader Marco Rossi|marco-rossi|ch=norland-wire"},
	})
}

func TestEnglishAppositionWithNoClosingComma(t *testing.T) {
	runCases(t, []attrCase{
		{"\"Name, a description said\": the name speaks; not a time or a place before the comma",
			[]string{"Matt Wills, a portfolio manager at Larkin Capital said the deal was good.",
				"On Thursday, a court in Texas said the case could go on."},
			"said|Matt Wills|matt-wills ; said|a court in Texas|a-court-in-texas"},
	})
}

func TestEnglishGenderOfAGivenNameOrTitle(t *testing.T) {
	runCases(t, []attrCase{
		{"\"she said\" skips a man named by a common given name",
			[]string{"The film's director Peter Chelham said the première would go ahead.",
				"Jennifer Lorenzo could not attend.", "\"I had hoped to see it open in Paris,\" she said."},
			"said|The film's director Peter Chelham|peter-chelham ; said|she|jennifer-lorenzo"},
		{"a title tells the gender before a given name inside a body's name",
			[]string{"James Hardie chairwoman, Meredith Hellman, said the fund was short.", "Robert Banks said he was angry.",
				"\"We cannot yet say how big the gap is,\" she said."},
			"said|James Hardie chairwoman, Meredith Hellman|meredith-hellman ; said|Robert Banks|robert-banks ; said|she|meredith-hellman|res"},
	})
}

func TestEnglishJusticeIsATitleAndASpokesmanAHe(t *testing.T) {
	runCases(t, []attrCase{
		{"\"Justice\" is a title: the name after it is the person, whom \"he\" later is",
			[]string{"Supreme Court Justice Stephen Brand said the case was hard.", "Mr Shapley said the rules were clear.",
				"Justice Brand asked about the rules. He said that firms had a duty."},
			"said|Supreme Court Justice Stephen Brand|stephen-brand ; said|Mr Shapley|shapley ; said|He|stephen-brand|res"},
	})
}

func TestEnglishSaidAVagueSource(t *testing.T) {
	runCases(t, []attrCase{
		{"\"…, said analysts\": a vague source after the verb, with no determiner",
			[]string{`"Sales will rise in 2005," said analysts.`, "Smart watches could help lift sales of fitness apps, say experts."},
			"said|analysts|anon-analysts ; say|experts|anon-experts"},
	})
}

func TestEnglishReiterateTakesItsObject(t *testing.T) {
	runCases(t, []attrCase{
		{"\"has reiterated his wish to remain\": what is reiterated is what was said",
			[]string{"Club captain Tom Wells has reiterated his wish to remain with the team.", `He said: "My contract runs until 2027."`},
			"reiterated|Club captain Tom Wells|tom-wells ; said|He|tom-wells|res"},
	})
}

func TestTheGovernmentOfAStateThatSpoke(t *testing.T) {
	runCases(t, []attrCase{
		{"\"the government\" after a state spoke is that state's",
			[]string{"Indonesia said the cost would be high. The government said it would rebuild the coast."},
			"said|Indonesia|indonesia ; said|The government|indonesia|res"},
		{"in Arabic too",
			[]string{"وقالت البحرين إن الوضع خطير. وأكدت الحكومة أنها ستتخذ الإجراءات."},
			"وقالت|البحرين|البحرين ; وأكدت|الحكومة|البحرين|res"},
		{"a state's name inside a company's is no state that spoke",
			[]string{"UK advertising giant WPP said profits rose. The government said taxes would fall."},
			"said|UK advertising giant WPP|wpp ; said|The government|government"},
	})
}
