package cite_test

import "testing"

// Constructions of the twenty-ninth session (the verb's object or its
// particle run into the speaker). Sentences and names invented.

func TestArabicVerbalNounAfterBEndsSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"a verbal noun with ب after the subject opens what the subject did or said, not where it belongs",
			[]string{"ودعا آل ناجم بزيادة الحصص المخصصة للقرية.",
				"وأفادت مصادر بسقوط أمطار غزيرة على الوادي."},
			"ودعا|آل ناجم|ال-ناجم ; وأفادت|مصادر|anon-sources"},
		{"a participle's own ب stays in the phrase",
			[]string{"وقال أحد المشاركين بالاجتماع إن الموعد ثابت."},
			"وقال|أحد المشاركين بالاجتماع|احد-المشاركين-بالاجتماع"},
	})
}

func TestArabicObjectAfterUnnamedSource(t *testing.T) {
	runCases(t, []attrCase{
		{"after an unnamed source, an object head or a verbal noun in the accusative is the object",
			[]string{"وأكد خبراء أهمية الخطة الزراعية.",
				"وتوقع محللون ارتفاعا في أسعار القمح."},
			"وأكد|خبراء|anon-experts ; وتوقع|محللون|anon-analysts"},
	})
}
