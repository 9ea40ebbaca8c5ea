package cite_test

import "testing"

// Verbal nouns and nominal cues of ordinary news Arabic (thirtieth
// session, helper vnoun). Sentences and names invented.

func TestArabicAnnouncementNoun(t *testing.T) {
	runCases(t, []attrCase{
		{"إعلان with a source in construct and أن after it: the source announced it",
			[]string{"وجاء إعلان الوزارة أن الامتحانات ستؤجل أسبوعا."},
			"إعلان|الوزارة|الوزاره"},
		{"after ب, with أن",
			[]string{"ورحب المجلس بإعلان الحكومة أنها ستدعم المزارعين."},
			"بإعلان|الحكومة|الحكومه"},
		{"with its particle عن",
			[]string{"وأثار إعلان الشركة عن خسائرها قلق المستثمرين."},
			"إعلان|الشركة|الشركه"},
		{"nothing said after the source: the act named, no event",
			[]string{"ويأتي إعلان الوزارة بعد اجتماع اللجنة."},
			""},
		{"what was announced in construct is no source",
			[]string{"ويأتي إعلان وفاة الفنان بعد صراع مع المرض."},
			""},
		{"with the article after a verb that does the act, nothing said right after it: no event",
			[]string{"وقامت الوزارة بالإعلان الرسمي عن تشكيل لجنة."},
			""},
		{"an announcement as the subject of a verb of saying stays the verb's speaker",
			[]string{"ويقول إعلان الشركة إن المنتج آمن."},
			"ويقول|إعلان الشركة|اعلان-الشركه"},
		{"an announcement after a nominal cue is a document, its source",
			[]string{"وسيعلن الاتحاد النتائج غدا بحسب إعلان الاتحاد."},
			"بحسب|إعلان الاتحاد|اعلان-الاتحاد"},
	})
}

func TestArabicInTheWordsOf(t *testing.T) {
	runCases(t, []attrCase{
		{"على حد قول with a name after it: the whole phrase is the cue",
			[]string{"وتضاعفت إيجارات الشقق في الحي خلال عامين على حد قول سامي الدوسري، مدير شركة العقار الذهبي."},
			"على حد قول|سامي الدوسري|سامي-الدوسري"},
		{"على حد تعبير with a title and name",
			[]string{"ولن يصمد الجسر القديم شتاء آخر، على حد تعبير المهندس المدني صالح العمري."},
			"على حد تعبير|المهندس المدني صالح العمري|صالح-العمري"},
		{"على حد زعم with an outlet",
			[]string{"وسيرحل المدرب عن النادي في الصيف، على حد زعم الصحيفة."},
			"على حد زعم|الصحيفة|الصحيفه"},
		{"with a pronoun after a verb of saying: the same speaker's words, no second event",
			[]string{"وقال الوزير إن الأسعار سترتفع، على حد قوله."},
			"وقال|الوزير|الوزير"},
	})
}
