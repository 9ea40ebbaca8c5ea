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

func TestArabicMainSubjectBeforePluralObject(t *testing.T) {
	runCases(t, []attrCase{
		{"after a titled name of two words, a plural in ات with a joined ل is the main verb's object",
			[]string{"وقدم وزير الزراعة الكيني موسى كاروري تطمينات لشعبي كينيا بقوله إن الموسم جيد.",
				"واتخذ الرئيس الغاني كوفي منساه خطوات لحماية العملة، مؤكدا أنها ستنجح."},
			"بقوله|وزير الزراعة الكيني موسى كاروري|موسي-كاروري ; مؤكدا|الرئيس الغاني كوفي منساه|كوفي-منساه"},
		{"a family name in ات second after a given name stays in the name",
			[]string{"وابتكر المهندس ماجد حرازات طريقة لتنقية المياه، مؤكدا أن كلفتها منخفضة."},
			"مؤكدا|المهندس ماجد حرازات|ماجد-حرازات"},
	})
}
