package cite_test

import "testing"

// Resolution of the thirty-first session (relobj): a plural verb whose
// subject is dropped goes on with a group of people that spoke before.
// Sentences and names invented.

func TestArabicPeoplePluralGoesOn(t *testing.T) {
	runCases(t, []attrCase{
		{"a definite plural of people that spoke is the subject of the plural verb after it",
			[]string{"وقال الطلاب المتضررون إن الاختبارات تأجلت.", "وأشاروا إلى أنهم قدموا شكوى."},
			"وقال|الطلاب المتضررون|الطلاب-المتضررون ; وأشاروا||الطلاب-المتضررون|res"},
		{"so is a broken plural the lexicon lists as people",
			[]string{"وقال الأهالي إن المحول معطل منذ يومين.", "وأضافوا أن الشركة لم ترد."},
			"وقال|الأهالي|الاهالي ; وأضافوا||الاهالي|res"},
		{"and an indefinite participle plural standing alone",
			[]string{"أكد مختصون أن الأسرة خط الدفاع الأول.", "ولفتوا إلى أن الفراغ خطر على الشباب."},
			"أكد|مختصون|مختصون ; ولفتوا||مختصون|res"},
	})
}

func TestArabicPeoplePluralGuards(t *testing.T) {
	runCases(t, []attrCase{
		{"one of a group is one man: the singular after him is his",
			[]string{"وقال أحد المشاركين إن الحوار مفيد.", "وأضاف أن اللقاء القادم في الربيع."},
			"وقال|أحد المشاركين|احد-المشاركين ; وأضاف||احد-المشاركين|res"},
		{"a name that ends as a plural does (ين) is one man, no group",
			[]string{"ساهم ياسين، وهو مهندس، في تصميم الجسر.", "ويقول في حديث نقلته مجلة «الجسور»: «إنه يختصر الطريق»."},
			"ويقول||ياسين|ch=الجسور"},
		{"a people word followed by a bare name is that person's name",
			[]string{"قال مرضى الحمداني إنه عثر على قطع قديمة.", "وأشار إلى أن القطع تعود لقرون."},
			"قال|مرضى الحمداني|مرضي-الحمداني ; وأشار||مرضي-الحمداني|res"},
		{"a plural verb after الذين speaks for the group the clause describes, not for another group met before",
			[]string{"وقال أصحاب المحلات إن الإقبال ضعيف.", "والتقينا عدداً من العمال في السوق والذين أكدوا أن الموسم جيد."},
			"وقال|أصحاب المحلات|اصحاب-المحلات ; أكدوا||speaker-not-found"},
	})
}

// A verb of considering with its object in a pronoun and a definite noun
// after it ("اعتبرها الوزير تاريخية") reports that noun's view, in a
// relative clause too; the passive reading is for an object written out.
func TestArabicConsideredByPronoun(t *testing.T) {
	runCases(t, []attrCase{
		{"the pronoun is the object, the definite noun after the verb the one who judged",
			[]string{"واعتبرها الوزير سعد العلي تاريخية."},
			"واعتبرها|الوزير سعد العلي|سعد-العلي"},
		{"inside a relative clause the subject after the verb is the speaker, not the head",
			[]string{"وهي الخطوة التي اعتبرها الوزير سعد العلي تاريخية."},
			"اعتبرها|الوزير سعد العلي|سعد-العلي"},
		{"a relative clause opening the sentence",
			[]string{"الخطة التي اعتبرها رئيس اللجنة خالد المري ضرورية تبدأ غداً."},
			"اعتبرها|رئيس اللجنة خالد المري|خالد-المري"},
	})
}

func TestArabicConsideredByPronounGuards(t *testing.T) {
	runCases(t, []attrCase{
		{"with no article the noun after the pronoun is the predicate: no one's view",
			[]string{"والفنان الراحل يعتبره سفير الأغنية الشعبية في الخارج."},
			""},
		{"an object written out with a predicate right after the name stays the passive",
			[]string{"واعتبر خالد المري أفضل لاعب في الموسم."},
			""},
	})
}
