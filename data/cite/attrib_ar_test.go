package cite_test

import "testing"

// Arabic names and objects: long names, verbs whose object is what was
// said, and what may stand between a speaker and what was said. Sentences
// written for these tests.
func TestArabicNamesAndObjects(t *testing.T) {
	runCases(t, []attrCase{
		{"a name with بنت, بن and عبد",
			[]string{"وأكدت الأميرة نورة بنت خالد بن عبد الرحمن، أهمية التطوع."},
			"وأكدت|الأميرة نورة بنت خالد بن عبد الرحمن|نوره-بنت-خالد-بن-عبد-الرحمن"},
		{"after آل, a word that is also a verb belongs to the name",
			[]string{"وثمّن العقيد سعد آل طالب جهود الفرق الميدانية."},
			"وثمّن|العقيد سعد آل طالب|سعد-ال-طالب"},
		{"a compound given name before the family name",
			[]string{"وأشاد الوزير عز الدين المالكي بجهود اللجنة."},
			"وأشاد|الوزير عز الدين المالكي|عز-الدين-المالكي"},
		{"an object is what was said after a source, not after an abstract noun",
			[]string{"وأكدت وزارة النقل أهمية الصيانة الدورية.", "وكشف هذا التراجع حدود الخطة."},
			"وأكدت|وزارة النقل|وزاره-النقل"},
		{"a time phrase between the speaker and what was said",
			[]string{"وقالت الشركة هذا الأسبوع إن أرباحها ارتفعت."},
			"وقالت|الشركة|الشركه"},
		{"a long circumstance closed by a comma before what was said",
			[]string{"وأكد المحافظ خلال لقائه أمس في مكتبه بمقر الإمارة، مع وفد من رجال الأعمال، أن المشروع يبدأ قريباً."},
			"وأكد|المحافظ|المحافظ"},
	})
}
