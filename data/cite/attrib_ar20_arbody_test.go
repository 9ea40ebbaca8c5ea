package cite_test

import "testing"

// Entities of descriptions and entity keys (twentieth session, bodies and
// keys). Sentences and names invented.

func TestArabicHonorificNameThenTitleKey(t *testing.T) {
	runCases(t, []attrCase{
		{"an honorific, a given name the lexicon lacks, a family name, then a title: the key is the name alone",
			[]string{"وأوضح المهندس غنيم الزهراني المتحدث الرسمي باسم المهرجان أن الحضور كبير.",
				"وقال اللواء مفرح الشمراني وزير النقل اليمني إن الطريق مغلق."},
			"وأوضح|المهندس غنيم الزهراني المتحدث الرسمي باسم المهرجان|غنيم-الزهراني ; " +
				"وقال|اللواء مفرح الشمراني وزير النقل اليمني|مفرح-الشمراني"},
	})
}
