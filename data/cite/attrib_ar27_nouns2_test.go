package cite_test

import "testing"

// Nominal cues of the twenty-seventh session, second pass (a speaker's own
// words after a nominal cue). Sentences and names invented.

func TestArabicNominalOwnWords(t *testing.T) {
	runCases(t, []attrCase{
		{"قوله after a nominal cue is someone's words, though it is also the verbal noun of قال",
			[]string{"قال الوزير سالم العتيبي إن المشروع تأخر.", "وسيبدأ التشغيل في الربيع، حسب قوله."},
			"قال|الوزير سالم العتيبي|سالم-العتيبي ; حسب||سالم-العتيبي|res"},
		{"plural and other nouns of saying with a pronoun: أقوال، إفادة",
			[]string{"قالت المهندسة ريم الخطيب إن الجسر آمن.", "وسيفتح الجسر للسيارات الشهر المقبل، وفق إفادتها.",
				"وقال المدرب كمال الراشد إن الفريق جاهز.", "واللاعبون في أفضل حالاتهم، بحسب أقواله."},
			"قالت|المهندسة ريم الخطيب|ريم-الخطيب ; وفق||ريم-الخطيب|res ; وقال|المدرب كمال الراشد|كمال-الراشد ; بحسب||كمال-الراشد|res"},
		{"after another event of its sentence, the pronoun restates that report: no event of its own",
			[]string{"وأكدت المديرة هند السالم أن الموسم ناجح، حسب قولها."},
			"وأكدت|المديرة هند السالم|هند-السالم"},
		{"a noun ending in ة carries no pronoun: a recipe is no one's words",
			[]string{"حسب وصفة الطاهي، يجب نقع العدس ساعة."},
			""},
	})
}
