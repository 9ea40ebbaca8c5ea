package cite_test

import "testing"

// Constructions of the twenty-first session (speaker spans that ran on).
// Sentences and names invented.

func TestArabicSurnameBeforeConstructObject(t *testing.T) {
	runCases(t, []attrCase{
		{"a one-word name met before as a family name is whole: the bare noun after it opens the object",
			[]string{"وقال المدرب يورغن كلاوس إن الفريق جاهز. وطالب كلاوس إدارة ناديه بصرف الرواتب.",
				"وقال وزير الخارجية جيمس كيري إن الوضع سيئ. ونفى كيري اغتيال النائب العام."},
			"وقال|المدرب يورغن كلاوس|يورغن-كلاوس ; وطالب|كلاوس|يورغن-كلاوس ; " +
				"وقال|وزير الخارجية جيمس كيري|جيمس-كيري ; ونفى|كيري|جيمس-كيري"},
	})
}
