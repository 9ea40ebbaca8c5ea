package cite_test

import "testing"

// Constructions of the twenty-eighth session (a word that cannot be the
// subject read as the speaker when the subject is dropped). Sentences and
// names invented.

func TestArabicToldThenCircumstance(t *testing.T) {
	runCases(t, []attrCase{
		{"after لي, a clause of how he was or a manner phrase is no speaker: the one named before goes on",
			[]string{"قال الطبيب سامر الخياط إن العيادة مزدحمة.",
				"ثم قال لي وهو يضحك: هذه أيامنا.",
				"فقال لي بنبرة هادئة: لا تقلقي."},
			"قال|الطبيب سامر الخياط|سامر-الخياط ; قال||سامر-الخياط|res ; فقال||سامر-الخياط|res"},
		{"after لي, an Arabic given name is the subject, not Lee's name",
			[]string{"وقال لي يوسف الحداد إن المعرض يفتح غداً."},
			"وقال|يوسف الحداد|يوسف-الحداد"},
		{"Lee with a foreign name stays the speaker",
			[]string{"وصرح لي ولوسكي بأن المصنع مغلق."},
			"وصرح|لي ولوسكي|لي-ولوسكي"},
	})
}

func TestArabicMannerNotSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"a noun of manner joined to ب right after the verb is how it was said: the one named before goes on",
			[]string{"قال المدرب نبيل الساعدي إن الفريق جاهز.",
				"فقال بسخرية: «الملعب صغير».",
				"ودعا بلهجة هادئة إلى التريث."},
			"قال|المدرب نبيل الساعدي|نبيل-الساعدي ; فقال||نبيل-الساعدي|res ; ودعا||نبيل-الساعدي|res"},
		{"with a title between the manner and what was said, that is the subject",
			[]string{"وقال بحزن رئيس البلدية سامي الحداد إن التحقيق بطيء."},
			"وقال|رئيس البلدية سامي الحداد|سامي-الحداد"},
	})
}

func TestArabicCircumstanceAfterVerb(t *testing.T) {
	runCases(t, []attrCase{
		{"a clause opened by وهو right after the verb tells how the speaker was: the one named before goes on",
			[]string{"قال الطبيب سامر الخياط إن العيادة مزدحمة.",
				"ثم أضاف وهو يغادر الغرفة: «سأعود غداً»."},
			"قال|الطبيب سامر الخياط|سامر-الخياط ; أضاف||سامر-الخياط|res"},
	})
}

func TestArabicFeminineObjectAfterMasculineVerb(t *testing.T) {
	runCases(t, []attrCase{
		{"a body ending in ة or a woman's title after a masculine verb joined by و is its object: the one named before goes on",
			[]string{"قال النائب سالم الدهان إن المشروع متأخر.",
				"وطالب الحكومة المحلية بالتدخل العاجل.",
				"ووصف الفنانة سلمى رشيد بأنها الأفضل."},
			"قال|النائب سالم الدهان|سالم-الدهان ; وطالب||سالم-الدهان|res ; ووصف||سالم-الدهان|res"},
		{"with the verb in the feminine, or a man's name ending in ة, the noun is the subject",
			[]string{"وقال العطية إن الاجتماع مثمر.", "وطالبت الحكومة بالتدخل."},
			"وقال|العطية|العطيه ; وطالبت|الحكومة|الحكومه"},
	})
}

func TestArabicObliquePluralObject(t *testing.T) {
	runCases(t, []attrCase{
		{"a people's plural in the oblique before the verb's preposition is whom it addressed: the one named before goes on",
			[]string{"قال مدير المعهد كامل السبيعي إن الدورة ناجحة.",
				"كما حث المتدربين على الالتزام بالمواعيد.",
				"ودعا الصحافيين الأجانب إلى الحذر."},
			"قال|مدير المعهد كامل السبيعي|كامل-السبيعي ; حث||كامل-السبيعي|res ; ودعا||كامل-السبيعي|res"},
		{"with what was said right after it, the plural is the subject, written in the oblique",
			[]string{"وأفاد المزارعين بأنهم متضررون."},
			"وأفاد|المزارعين|المزارعين"},
	})
}
