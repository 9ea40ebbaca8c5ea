package cite_test

import "testing"

// Constructions of the twenty-seventh session (verbal nouns and nominal
// cues). Sentences and names invented.

func TestArabicNominalCueTollAndTalk(t *testing.T) {
	runCases(t, []attrCase{
		{"a toll or a talk after a nominal cue wraps its source, in ل or in construct",
			[]string{"وأصيب ثلاثون شخصا في الفيضانات، بحسب حصيلة لوزارة الصحة.",
				"وانتهت الرحلة بسلام وفق حديث المدرب فهد العنزي مدير المنتخب."},
			"بحسب|حصيلة لوزارة الصحة|وزاره-الصحه ; وفق|حديث المدرب فهد العنزي مدير المنتخب|فهد-العنزي"},
		{"the same nouns with no source after them give nothing",
			[]string{"وتوزع الجوائز حسب حصيلة النقاط في نهاية الموسم."},
			""},
	})
}
