package cite_test

import "testing"

// Constructions of the thirteenth session. Sentences and names invented.

func TestArabicRelativeHeadName(t *testing.T) {
	runCases(t, []attrCase{
		{"the head of a relative clause is the name, not the verb, pronoun or noun before it",
			[]string{"وحضر سالم أحمد العتيبي الذي يرى أن الأسعار ارتفعت.",
				"ويخالفه في ذلك خالد الحربي الذي يؤكد أن الموسم تغير.",
				"ومنهم ماجد السالم الذي قال إن الطريق طويل.",
				"وفي قصة أنس بن مالك الذي قال إن الصبر مفتاح."},
			"يرى|سالم أحمد العتيبي|سالم-احمد-العتيبي ; يؤكد|خالد الحربي|خالد-الحربي ; " +
				"قال|ماجد السالم|ماجد-السالم ; قال|أنس بن مالك|انس-بن-مالك"},
		{"an unknown word after a title is a given name the lexicon lacks",
			[]string{"وشارك الكاتب زكي عبدالهادي الذي قال إن الرواية اكتملت."},
			"قال|الكاتب زكي عبدالهادي|عبدالهادي"},
	})
}
