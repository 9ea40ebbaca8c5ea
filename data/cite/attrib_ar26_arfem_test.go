package cite_test

import "testing"

// Constructions of the twenty-sixth session (feminine light-verb subjects,
// fronted clauses). Sentences and names invented.

func TestArabicLightVerbOwnReport(t *testing.T) {
	runCases(t, []attrCase{
		{"after a light verb, a definite subject whose pronoun the verbal noun carries is its speaker",
			[]string{"وواصلت الممرضة اتهامها للمستشفى بالتقصير.",
				"وجدد المزارع مطالبته بتعويض عادل."},
			"اتهامها|الممرضة|الممرضه ; مطالبته|المزارع|المزارع"},
		{"a kinship noun in construct after the subject stays in its phrase, as ابن does",
			[]string{"وواصلت الشابة ابنة المهندسة المتوفاة اتهامها للشركة بالإهمال.",
				"وكرر الرجل شقيق الضحية مطالبته بمحاسبة المقاول."},
			"اتهامها|الشابة ابنة المهندسة المتوفاة|الشابه-ابنه-المهندسه-المتوفاه ; مطالبته|الرجل شقيق الضحية|شقيق-الضحيه"},
		{"a noun without the agreeing pronoun, or a light verb's subject that is no one, gives nothing",
			[]string{"وواصلت الأسهم ارتفاعها في السوق."},
			""},
	})
}

func TestArabicMainClauseAfterFronted(t *testing.T) {
	runCases(t, []attrCase{
		{"a verb with its subject and أن after a fronted فيما clause opens the main clause, comma or not",
			[]string{"وفيما تطالب البلدية بغرامات لم تحددها تقول المذكرة إن المصنع ملوث."},
			"تطالب|البلدية|البلديه ; تقول|المذكرة|المذكره"},
		{"joined by و, or in a relative clause, it stays inside",
			[]string{"فيما أكد المصرف أن أكثر من نصف العملاء الذين يقدر عددهم بنحو مليون يستخدمون التطبيق."},
			"أكد|المصرف|المصرف"},
	})
}
