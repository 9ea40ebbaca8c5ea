package cite_test

import "testing"

// Verbal nouns of saying (the twenty-eighth session). Sentences and names
// invented.

func TestArabicLightVerbDroppedSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a light verb with no subject written, then its verbal noun with the agreeing pronoun: the one who spoke before",
			[]string{"وقال مدير الجمعية سامر الخطيب إن الموسم ناجح.",
				"وكرر مطالبته للبلدية بأن تفتح الحدائق ليلاً."},
			"وقال|مدير الجمعية سامر الخطيب|سامر-الخطيب ; مطالبته||سامر-الخطيب|res"},
		{"a feminine light verb and ها",
			[]string{"وقالت الوزيرة ليلى العمري إن الموسم ناجح.",
				"وجددت تأكيدها على أهمية دعم المتطوعين."},
			"وقالت|الوزيرة ليلى العمري|ليلي-العمري ; تأكيدها||ليلي-العمري|res"},
		{"a pronoun that does not agree with the light verb, or a noun without one, names no one's report",
			[]string{"وقال مدير الجمعية سامر الخطيب إن الموسم ناجح.",
				"وجددت تأكيده على أهمية دعم المتطوعين.",
				"وجدد تأكيد الموقف الثابت من القضية."},
			"وقال|مدير الجمعية سامر الخطيب|سامر-الخطيب"},
	})
}
