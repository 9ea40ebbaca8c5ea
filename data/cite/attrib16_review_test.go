package cite_test

import "testing"

// Faults a review helper found in the fifteenth session's rules by running
// invented sentences through them; each is now held. Sentences and names
// invented.

func TestArabicReviewedSixteen(t *testing.T) {
	runCases(t, []attrCase{
		{"a verbal noun after a given name is the family name, and after a title's construct its complement, for a verb of saying",
			[]string{"وقال اللاعب محمد نجاح إن الفريق جاهز.",
				"وقال الدكتور أحمد الزهراني رئيس قسم الاستقبال بالمستشفى إن الحالات مستقرة."},
			"وقال|اللاعب محمد نجاح|محمد-نجاح ; وقال|الدكتور أحمد الزهراني رئيس قسم الاستقبال بالمستشفى|احمد-الزهراني"},
		{"ours with a name, a title or a place is the speaker, not the first word said",
			[]string{"وقال الوزير سامي العتيبي إن الخطة جاهزة.",
				"وأضاف زميلنا محمد العلي أن الطريق مغلق."},
			"وقال|الوزير سامي العتيبي|سامي-العتيبي ; وأضاف|زميلنا محمد العلي|محمد-العلي"},
		{"يشترط with no subject is required, no one speaking; اعتذر عن التعليق is declining",
			[]string{"وأوضح المتحدث سامي العتيبي أن التسجيل مفتوح. ويشترط أن يكون المتقدم حاصلا على الشهادة.",
				"واعتذر المتحدث باسم النادي عن التعليق على الخبر."},
			"وأوضح|المتحدث سامي العتيبي|سامي-العتيبي"},
		{"كان, a name and a circumstance before the verb: the circumstance is no part of the subject",
			[]string{"وكان وزير الخارجية سامي العتيبي في زيارة رسمية إلى لندن أكد فيها أن العلاقات متينة."},
			"أكد|وزير الخارجية سامي العتيبي|سامي-العتيبي"},
		{"an adverb in يا before an owned object is no name",
			[]string{"وأكد شخصيا دعمه للمبادرة."},
			""},
	})
}

func TestEnglishMonthIsNoModalName(t *testing.T) {
	runCases(t, []attrCase{
		{"a month alone before the verb is a time, no speaker, though it is spelt as a modal or a name",
			[]string{"The report published last May warned that prices would rise."},
			""},
	})
}

func TestArabicHonorificOfAddressIsNoName(t *testing.T) {
	runCases(t, []attrCase{
		{"سماحة and فخامة are honorifics: with a title alone the source is the title, with a name the name",
			[]string{"وأكد سماحة مفتي المنطقة أن الصيام عبادة.",
				"وقال فخامة الرئيس سامي العتيبي إن البلاد آمنة."},
			"وأكد|سماحة مفتي المنطقة|سماحه-مفتي-المنطقه ; وقال|فخامة الرئيس سامي العتيبي|سامي-العتيبي"},
	})
}

func TestArabicViewTakenIsNoAttribution(t *testing.T) {
	runCases(t, []attrCase{
		{"برأي opening a clause attributes; after a verb or a verbal noun it is the view taken",
			[]string{"وقرر المدرب الأخذ برأي الطبيب في إراحة اللاعب.",
				"واستأنس القاضي برأي المفتي قبل الحكم.",
				"والتضخم، برأي الخبراء، سيتراجع العام المقبل."},
			"برأي|الخبراء|anon-experts"},
	})
}
