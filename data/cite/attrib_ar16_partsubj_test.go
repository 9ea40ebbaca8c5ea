package cite_test

import "testing"

// Participles and joined verbs whose subject is the main clause's, of the
// sixteenth session. Sentences and names invented.

func TestArabicMainSubjectEndsAtItsVerbsParticle(t *testing.T) {
	runCases(t, []attrCase{
		{"the subject of a verb that reports nothing ends where the verb's own particle starts",
			[]string{"وأعرب مدير النادي سالم العتيبي عن شكره للجماهير، مؤكداً أن الفريق جاهز للموسم.",
				"وأعرب العقيد الراشد عن شكره للقيادة مؤكداً أن الثقة دافع للعمل."},
			"مؤكداً|مدير النادي سالم العتيبي|سالم-العتيبي ; مؤكداً|العقيد الراشد|العقيد-الراشد"},
	})
}
