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
			[]string{"\"We are pleased with the results,\" said chairman and chief executive officer Tom Baxter."},
			"said|chairman and chief executive officer Tom Baxter|tom-baxter"},
		{"members of a body speak",
			[]string{"Cartel members said on Tuesday that they saw no reason to cut output."},
			"said|Cartel members|cartel"},
		{"a description of the speaker between the quotation and the verb",
			[]string{"\"I'm so happy,\" a tearful Claxton told BBC Sport."},
			"told|Claxton|claxton|ch=bbc-sport"},
		{"told someone to do something",
			[]string{"Former Australian wing David Holmes has told England to stop complaining."},
			"told|Former Australian wing David Holmes|david-holmes|ch=england"},
		{"a second verb of the same subject after and or but",
			[]string{"Baxter insisted talks are ongoing, but added the door has not closed.",
				"The singer described his rivals as \"my friends\" and said he would not turn on them."},
			"insisted|Baxter|baxter ; added||baxter ; described|The singer|singer ; said||singer"},
		{"after a comma, although opens the writer's clause: its verb is a report of its own",
			[]string{"The band's manager stressed that the split was amicable, although Bourne admitted he was devastated."},
			"stressed|The band's manager|band-s-manager ; admitted|Bourne|bourne"},
		{"a participle after the comma is no name of the speaker",
			[]string{"\"We fought,\" said Sol Campbell.", "\"It had a psychological impact on us,\" added the 30-year-old, referring to a penalty award for United."},
			"said|Sol Campbell|sol-campbell ; added|the 30-year-old|sol-campbell|res"},
		{"a second verb after a subject that reported nothing is that subject's",
			[]string{"Volkswagen is considering a plant in India, but said it had yet to decide.",
				"The show's producers defended the host and confirmed that he would present the ceremony.",
				"Exports had kept things going in 2004, but demand for exports was then hit as the euro rose."},
			"said|Volkswagen|volkswagen ; confirmed|The show's producers|show-s-producers"},
		{"a description of a body before its name is one speaker",
			[]string{"Finnish security firm Kestrel issued a warning but said that the viruses do no damage."},
			"said|Finnish security firm Kestrel|kestrel"},
		{"the report after the verb, a woman, a trader",
			[]string{"Consumers want music rather than movies, says a report.", "\"Be cautious,\" said one woman who took part in the research.",
				"\"It is falling,\" said one trader."},
			"says|a report|a-report ; said|one woman|anon-witnesses ; said|one trader|anon-analysts"},
		{"a reflexive between the subject and the verb",
			[]string{"Henson himself says he is relishing the attention."},
			"says|Henson|henson"},
		{"initials are the body named in full before",
			[]string{"The Financial Times said the talks had stalled.", "According to the FT, the deal is off."},
			"said|The Financial Times|financial-times ; According to|the FT|financial-times"},
		{"a title that is also a surname ends the name, not a title before it",
			[]string{"Bank of England governor Mervyn King has recently warned that consumers were borrowing too much.",
				"Judge Kleinberg said that the laws outweighed public interest.", "The Judge wrote: \"It is not surprising.\""},
			"warned|Bank of England governor Mervyn King|mervyn-king ; said|Judge Kleinberg|kleinberg ; wrote|The Judge|kleinberg|res"},
		{"figures show; hinted and reiterating report; an English phrase's head is its last word",
			[]string{"Official figures show that the economy grew by 0.5% in the final quarter.",
				"Souness has hinted that he will leave the club.", "The bank kept rates on hold, reiterating that inflation was under control."},
			"show|Official figures|anon-assessments ; hinted|Souness|souness ; reiterating|The bank|bank"},
		{"a quotation after a quoted sentence goes on for its speaker, though a new report follows it in the paragraph",
			[]string{"Newcastle boss Graeme Souness said he wanted Owen. \"Michael would excite the fans,\" he told BBC Newcastle. " +
				"\"He is a great centre-forward and only 25.\" Souness has also hinted he thinks Shearer may carry on.",
				"\"It was a fine night,\" said Kim Lowe. \"The fans were brilliant.\" Lowe said."},
			"said|Newcastle boss Graeme Souness|graeme-souness ; told|he|graeme-souness|res|ch=bbc-newcastle ; " +
				"||graeme-souness|res ; hinted|Souness|graeme-souness ; said|Kim Lowe|kim-lowe ; said|Lowe|kim-lowe"},
		{"a time phrase and a comma before the subject a participle hangs on",
			[]string{"The LSE said talks will continue. Last week, the group rejected a takeover offer, claiming that it undervalued the business."},
			"said|The LSE|lse ; claiming|the group|lse|res"},
		{"a survey named by who conducted it is that body's when it speaks again",
			[]string{"Americans are becoming avid blog readers, according to new research.",
				"The survey, conducted by the Pew Internet and American Life Project, showed that readership has shot up. " +
					"More than 60% have never heard of blogs, the survey found."},
			"according to|new research|new-research ; showed|The survey|pew-internet-and-american-life-project ; " +
				"found|the survey|pew-internet-and-american-life-project|res"},
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
			[]string{"Top seed Roger Fennel had to save two match points before squeezing past his rival.",
				"The world number one took two hours.", "\"I had a slow start,\" he said."},
			"said|he|roger-fennel"},
		{"a club's player: the person, not the club",
			[]string{"Manchester City's Paul Boswell will find out whether he is to be offered a new deal.",
				"\"I told the club I would like to stay,\" he said.", "Boswell joined City in 2003."},
			"said|he|paul-boswell"},
		{"\"he added\" after a body spoke and no person was met: the body, through whoever spoke for it",
			[]string{"The original size of the funds was $400m, the central bank told Reuters.",
				"However, the withdrawal did not mean ties were cut, he added."},
			"told|the central bank|central-bank|ch=reuters ; added|he|central-bank|res"},
	})
}

func TestEnglishPredictingAndAgreeing(t *testing.T) {
	runCases(t, []attrCase{
		{"predict with a noun object is a forecast someone made",
			[]string{"In an address to parliament, Mr Hamid Karzan predicted economic growth of 7.1% next year."},
			"predicted|Mr Hamid Karzan|hamid-karzan"},
		{"agree that is a view stated; agree to and agreeing a contract are deals",
			[]string{"But analysts agree that the success is also down to the online store.",
				"Viacom agreed to install audio delay equipment.", "Wenger ended speculation by agreeing a long-term contract."},
			"agree|analysts|anon-analysts"},
	})
}

func TestEnglishNominalAfterTheSpeakerIsTheChannel(t *testing.T) {
	runCases(t, []attrCase{
		{"\"said X, as reported by Y\", \"said X quoted by Y\": Y carried X's words",
			[]string{"\"Prices will rise,\" said one analyst quoted by the Agence France Presse news agency.",
				"\"The plant will close,\" said union leader Marco Rossi, as reported by the Reuters news agency."},
			"said|one analyst|anon-analysts|ch=agence-france-presse ; said|union leader Marco Rossi|marco-rossi|ch=reuters"},
	})
}

func TestEnglishAppositionWithNoClosingComma(t *testing.T) {
	runCases(t, []attrCase{
		{"\"Name, a description said\": the name speaks; not a time or a place before the comma",
			[]string{"Matt Wills, a fund manager at Perpetual Trustees said the deal was good.",
				"On Thursday, a court in Texas said the case could go on."},
			"said|Matt Wills|matt-wills ; said|a court in Texas|a-court-in-texas"},
	})
}

func TestEnglishGenderOfAGivenNameOrTitle(t *testing.T) {
	runCases(t, []attrCase{
		{"\"she said\" skips a man named by a common given name",
			[]string{"The film's director Peter Chelham said the première would go ahead.",
				"Jennifer Lorenzo could not attend.", "\"I was looking forward to visiting London,\" she said."},
			"said|The film's director Peter Chelham|peter-chelham ; said|she|jennifer-lorenzo"},
		{"a title tells the gender before a given name inside a body's name",
			[]string{"James Hardie chairwoman, Meredith Hellman, said the fund was short.", "Robert Banks said he was angry.",
				"\"We don't know how many there will be,\" she said."},
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
			[]string{`"Sales will rise in 2005," said analysts.`, "Mobile phones could go some way to pushing up sales, say experts."},
			"said|analysts|anon-analysts ; say|experts|anon-experts"},
	})
}

func TestEnglishReiterateTakesItsObject(t *testing.T) {
	runCases(t, []attrCase{
		{"\"has reiterated his desire to stay\": what is reiterated is what was said",
			[]string{"Club captain Tom Wells has reiterated his desire to stay at the club.", `He said: "I'm signed here for this season."`},
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
