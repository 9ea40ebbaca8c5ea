package cite_test

import "testing"

// Definite descriptions as speakers, twenty-second session. Sentences and
// names invented.

func TestArabicInstitutionNotItsPeople(t *testing.T) {
	runCases(t, []attrCase{
		{"an institution's head word is not the people a plural heads, though their phrase names a body",
			[]string{"قال وزراء الخارجية الأوروبيون إن خطة الموانئ جيدة.", "وقالت المفوضية إن أعداد الوافدين تضاعفت."},
			"قال|وزراء الخارجية الأوروبيون|وزراء-الخارجيه-الاوروبيون ; وقالت|المفوضية|المفوضيه"},
	})
}
