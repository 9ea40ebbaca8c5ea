package cite_test

import "testing"

// Spellings that tell a reporting verb from another word, fifteenth
// session. Sentences and names invented.

func TestArabicImperfectWithMaqsuraIsPassive(t *testing.T) {
	runCases(t, []attrCase{
		{"an imperfect whose active ends in ي, written with ى, is the passive: is called, is narrated",
			[]string{"ونقلت الشاحنات البضائع إلى مخازن رجل يدعى «سامر» قرب الحدود.",
				"أما القاعة الثانية فتدعى «الواحة»، وتتسع لمئة ضيف.",
				"وأوقفت الشرطة مسؤول الخلية، ويدعى سامر الخطيب، في منزله."},
			""},
		{"but spelt with ي it is still claims, narrates",
			[]string{"ويدعي التاجر سامر الخطيب أن البضاعة وصلت تالفة.",
				"ويروي الشيخ نايف العمري أن القلعة بنيت في ليلة واحدة."},
			"ويدعي|التاجر سامر الخطيب|سامر-الخطيب ; ويروي|الشيخ نايف العمري|نايف-العمري"},
	})
}

func TestArabicHonorificsOfAddress(t *testing.T) {
	runCases(t, []attrCase{
		{"an honorific of address (فضيلة، سماحة) says nothing of sex: a dropped subject after it is the man named",
			[]string{"ونصح خطيب الجامع فضيلة الشيخ نايف بن سالم العمري المصلين بالصبر.",
				"وقال في الخطبة إن العاقل يتغافل عن الزلات."},
			"ونصح|خطيب الجامع فضيلة الشيخ نايف بن سالم العمري|نايف-بن-سالم-العمري ; وقال||نايف-بن-سالم-العمري|res"},
		{"an honorific pronoun is the whole subject; its object follows",
			[]string{"وقال الأمير نايف العمري إن الجهود مستمرة.",
				"ووصف سموه الافتتاح بأنه يوم تاريخي للمنطقة."},
			"وقال|الأمير نايف العمري|نايف-العمري ; ووصف|سموه|نايف-العمري|res"},
	})
}

func TestArabicMainSubjectAfterPrepPronoun(t *testing.T) {
	runCases(t, []attrCase{
		{"the one agreed with, a preposition with its pronoun, stands before the main verb's subject",
			[]string{"وقال الحكم إن المباراة كانت نظيفة.",
				"واتفق معه المدرب سامي الهاشمي، قائلا إن الفريق لعب بروح عالية."},
			"وقال|الحكم|الحكم ; قائلا|المدرب سامي الهاشمي|سامي-الهاشمي"},
	})
}

func TestArabicColonClosingItsParagraph(t *testing.T) {
	runCases(t, []attrCase{
		{"a report whose paragraph ends with a colon: the next paragraph is what was said, one event",
			[]string{"أكد وزير الصحة سالم الفهد أن الخدمات ستتحسن في جميع المناطق.",
				"وقال الوزير سالم الفهد:",
				"«إن العمل مستمر في جميع المستشفيات، ولن نتوقف حتى تكتمل الخطة»."},
			"أكد|وزير الصحة سالم الفهد|سالم-الفهد ; وقال|الوزير سالم الفهد|سالم-الفهد"},
	})
}

func TestArabicUnknownNameBeforeOwnedObject(t *testing.T) {
	runCases(t, []attrCase{
		{"a name the lexicon does not know, then an object head with the verb's pronoun: the name is the subject",
			[]string{"وأعلن بافلوفسكي دعمه للخطة الجديدة."},
			"وأعلن|بافلوفسكي|بافلوفسكي"},
	})
}

func TestArabicStateAnnouncesAnAct(t *testing.T) {
	runCases(t, []attrCase{
		{"a state's name is its government, which announces with an object as a ministry does",
			[]string{"وأعلنت الجزائر أمس إعادة فتح المعبر الحدودي أمام المسافرين."},
			"وأعلنت|الجزائر|الجزاءر"},
		{"but a state found or reached is no one speaking",
			[]string{"وقد وجدت الجزائر في المعبر فرصة للتجارة."},
			""},
	})
}

func TestEnglishNameSpeltAsModal(t *testing.T) {
	runCases(t, []attrCase{
		{"a capitalised modal right before the reporting verb is a name; lower case it is the modal",
			[]string{`"The tour starts in April," May wrote on his website.`,
				"Critics may argue that the tour is too long."},
			"wrote|May|may"},
		{"cautioned that reports; with caution does not",
			[]string{"The regulator cautioned that no approval was final.",
				"Investors should proceed with caution."},
			"cautioned|The regulator|regulator"},
	})
}

func TestEnglishPronounAndIrregularPast(t *testing.T) {
	runCases(t, []attrCase{
		{"a pronoun and an irregular past after a reporting verb are what was said, its that dropped",
			[]string{"Northwind has claimed it sought help abroad because the courts at home were closed to it.",
				"The club claimed it in the last minute."},
			"claimed|Northwind|northwind"},
	})
}

func TestEnglishPluralNounAfterAccordingTo(t *testing.T) {
	runCases(t, []attrCase{
		{"after according to, a verb's plural-noun form closing the phrase is its head, not a verb",
			[]string{"The merger will be signed on Friday, according to newspaper reports, despite a rival bid."},
			"according to|newspaper reports|anon-reports"},
	})
}

func TestEnglishOfSomeonesIsWhatWasSpokenOf(t *testing.T) {
	runCases(t, []attrCase{
		{"a full name, then of and someone's noun: what the speaker spoke of, no part of the speaker",
			[]string{`"I am disappointed," said Rovers manager Alex Kerr of Novo's ban.`,
				`"The data are clear," said the Bank of Rivia's figures.`},
			"said|Rovers manager Alex Kerr|alex-kerr ; said|the Bank of Rivia's figures|anon-assessments"},
	})
}

func TestEnglishNameOpeningItsSentence(t *testing.T) {
	runCases(t, []attrCase{
		{"a surname alone opening its sentence before an auxiliary is the person met before, whom he after it means",
			[]string{`"We played well," said manager Harry Redwood.`,
				"Midfielder Dan Pruett was sent off in the second half.",
				`Pruett has apologised to the club. "I let the lads down," he said.`},
			"said|manager Harry Redwood|harry-redwood ; said|he|dan-pruett"},
	})
}

func TestEnglishAgeAfterANameMetOnly(t *testing.T) {
	runCases(t, []attrCase{
		{"the N-year-old after a full name met only as a subject is that person, when no person spoke",
			[]string{"Wing Jason Corrie scored twice for Wales on Saturday.",
				`"It was a great day for the team," the 25-year-old said.`},
			"said|the 25-year-old|wing-jason-corrie"},
	})
}
