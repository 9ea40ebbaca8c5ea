package cite_test

import "testing"

// Constructions of the thirty-first session (events whose cue the lexicon
// knows but the rules rejected). Sentences and names invented.

func TestArabicObjectSaidBeforeAdding(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle of going on after the object: the verb said it, though its subject is an unknown name",
			[]string{"وأكد ماركوس هيلر مساعد المحافظ هذه الأرقام، مضيفاً أن عشرة أشخاص أصيبوا."},
			"وأكد|ماركوس هيلر مساعد المحافظ|ماركوس-هيلر ; مضيفاً||ماركوس-هيلر"},
		{"so with the subject shared with a verb before it",
			[]string{"ونفت شركة الألبان مسؤوليتها عن التلوث وأكدت سلامة جميع المنتجات، مضيفة أن المصنع يخضع للرقابة."},
			"ونفت|شركة الألبان|الالبان ; وأكدت||الالبان|res ; مضيفة||الالبان|res"},
		{"so with a participle of saying",
			[]string{"وأكد ماركوس هيلر مساعد المحافظ هذه الأرقام، قائلاً: «الوضع تحت السيطرة»."},
			"وأكد|ماركوس هيلر مساعد المحافظ|ماركوس-هيلر ; قائلاً||ماركوس-هيلر"},
		{"not with another participle: the main verb then reports nothing itself",
			[]string{"وأكد ماركوس هيلر مساعد المحافظ هذه الأرقام، مشيراً إلى أن الوضع تحت السيطرة."},
			"مشيراً|ماركوس هيلر مساعد المحافظ|ماركوس-هيلر"},
		{"no participle of going on: an unknown name's object is no statement",
			[]string{"وأكد ماركوس هيلر مساعد المحافظ هذه الأرقام."},
			""},
	})
}

func TestArabicAsHeSaidAtTheEnd(t *testing.T) {
	runCases(t, []attrCase{
		{"\"كما قال\" ending a sentence: what the clause before says is the last speaker's",
			[]string{"وقال رئيس البلدية سامي الوادعي إن المشروع تأخر. ولم يتسلم المقاول المخططات بعد، كما قال."},
			"وقال|رئيس البلدية سامي الوادعي|سامي-الوادعي ; قال||سامي-الوادعي|res"},
		{"so after حسبما",
			[]string{"وقال رئيس البلدية سامي الوادعي إن المشروع تأخر. ولم يتسلم المقاول المخططات بعد، حسبما أضاف."},
			"وقال|رئيس البلدية سامي الوادعي|سامي-الوادعي ; أضاف||سامي-الوادعي|res"},
		{"not a verb whose passive is spelt alike: \"كما ذُكر\" may be the writer's",
			[]string{"وقال رئيس البلدية سامي الوادعي إن المشروع تأخر. ولم يتسلم المقاول المخططات بعد، كما ذكر."},
			"وقال|رئيس البلدية سامي الوادعي|سامي-الوادعي"},
	})
}

func TestArabicRelativeHeadAfterPreposition(t *testing.T) {
	runCases(t, []attrCase{
		{"a word of cause or time before the head of a relative clause is no part of its name",
			[]string{"وتأخرت الصفقة بسبب إدارة النادي التي نفت وجود مفاوضات مع اللاعب."},
			"نفت|إدارة النادي|اداره-النادي"},
	})
}

func TestArabicAccusedAfterRelativeIsNoSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"after a relative pronoun the verb agrees with, the one accused is its object, never its speaker",
			[]string{"وهاجم المذيع محطة «الأخبار» التي اتهمت الحكومة بأنها منحازة."},
			""},
	})
}

func TestArabicRelativeWithPastAuxiliary(t *testing.T) {
	runCases(t, []attrCase{
		{"كان between the relative pronoun and an imperfect: the head is who used to say it",
			[]string{"وغادر المدرب سعد الشمري الذي كان يؤكد أن الفريق جاهز."},
			"يؤكد|المدرب سعد الشمري|سعد-الشمري"},
	})
}
