package cite_test

import "testing"

// "By his saying" and participles after a main verb that reports nothing
// itself, whose subject is the speaker (twenty-ninth session, helper
// bequl). Sentences and names invented.

func TestArabicBySayingAfterVerbOfNothing(t *testing.T) {
	runCases(t, []attrCase{
		{"بقوله after a verb that reports nothing: the first verb's subject speaks, even after a speaker before",
			[]string{"قال المدرب فؤاد السالمي إن الفريق جاهز.",
				"وختمت الوزيرة سعاد الحمدان كلمتها بقولها: إن الطريق طويل."},
			"قال|المدرب فؤاد السالمي|فءاد-السالمي ; بقولها|الوزيرة سعاد الحمدان|سعاد-الحمدان"},
		{"a subject that does not agree with the pronoun is not it: the pronoun points back",
			[]string{"قال المدرب فؤاد السالمي إن الفريق جاهز.",
				"وختمت الوزيرة سعاد الحمدان كلمتها بقوله: إن الطريق طويل."},
			"قال|المدرب فؤاد السالمي|فءاد-السالمي ; بقوله||فءاد-السالمي|res"},
	})
}
