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
			"insisted|Baxter|baxter ; added||baxter|res ; described|The singer|singer ; said||singer|res"},
		{"after a comma, although opens the writer's clause: its verb is a report of its own",
			[]string{"The band's manager stressed that the split was amicable, although Bourne admitted he was devastated."},
			"stressed|The band's manager|band-s-manager ; admitted|Bourne|bourne"},
		{"a participle after the comma is no name of the speaker",
			[]string{"\"We fought,\" said Sol Campbell.", "\"It had a psychological impact on us,\" added the 30-year-old, referring to a penalty award for United."},
			"said|Sol Campbell|sol-campbell ; added|the 30-year-old|sol-campbell|res"},
	})
}
