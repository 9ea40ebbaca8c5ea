package cite_test

import "testing"

// Constructions of the twenty-fifth session (miscellaneous Arabic causes).
// Sentences and names invented.

func TestArabicOtherSenseInCircumstance(t *testing.T) {
	runCases(t, []attrCase{
		{"a verb of the circumstance in its other sense (نقلته إلى: carried him) takes no complement from the verb of saying",
			[]string{"قال رئيس الوزراء الماليزي إن الوضع صعب.",
				"وصرح رئيس الوزراء للصحفيين بعد جولة طويلة نقلته إلى الهند وكوريا، خصوصًا أن الشركاء لم يعودوا يشاطرونه الرأي."},
			"قال|رئيس الوزراء الماليزي|رءيس-الوزراء-الماليزي ; وصرح|رئيس الوزراء|رءيس-الوزراء-الماليزي|res|ch=press"},
		{"\"ورد في\" (appeared in) inside the circumstance leaves what was said to قال",
			[]string{"وقال هاملتون كما ورد في مقاطع من كلمته نشرت مسبقًا إن الإصلاح ضروري."},
			"وقال|هاملتون|هاملتون"},
	})
}
