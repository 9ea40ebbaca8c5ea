package cite_test

import "testing"

// Constructions of the twenty-ninth session (a speaker followed by what the
// verb does to something other than what was said: a medium as its object,
// an occasion). Sentences and names invented.

func TestArabicMediumObjectEndsSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"a bare medium noun after a definite subject or a name is the verb's object, not the speaker's",
			[]string{"ووجه مدير الشرطة العام رسالة إلى أعداء الوطن قائلاً: لن تنالوا منا.",
				"وألقى السفير فادي حمدان كلمة في الحفل قال فيها إن العلاقات متينة."},
			"قائلاً|مدير الشرطة العام|مدير-الشرطه-العام ; قال|السفير فادي حمدان|حمدان"},
		{"after a title without the article the medium noun is in construct: the title's",
			[]string{"وقال مدير برنامج الإغاثة إن المساعدات وصلت."},
			"وقال|مدير برنامج الإغاثة|مدير-برنامج-الاغاثه"},
	})
}

func TestArabicOccasionAfterNisbaName(t *testing.T) {
	runCases(t, []attrCase{
		{"an occasion after في ends a name whose last word looks like an adjective",
			[]string{"وقال الوزير كريم السعدي في الحفل إن المشروع يمثل انطلاقة جديدة."},
			"وقال|الوزير كريم السعدي|كريم-السعدي"},
	})
}
