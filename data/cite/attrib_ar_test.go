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
		{"relative ما is no negation: what the coach admitted",
			[]string{"تراجع أداء الفريق، وهو ما اعترف به المدرب خالد العطوي في المؤتمر."},
			"اعترف|المدرب خالد العطوي|خالد-العطوي"},
		{"بيّن written without its shadda after من جانبه",
			[]string{"من جانبه بين المهندس فهد السالم، أن الأعمال تسير وفق الجدول."},
			"بين|المهندس فهد السالم|فهد-السالم"},
		{"a feminine imperfect with no subject is she, not impersonal",
			[]string{"وتنصح الطبيبة منى العتيبي بالراحة، وتقول: «النوم علاج»."},
			"وتنصح|الطبيبة منى العتيبي|مني-العتيبي ; وتقول||مني-العتيبي|res"},
		{"a family name after an honorific names a person; alone it is that person again",
			[]string{"وعبر الدكتور الحربي عن سعادته بالنتائج.", "وقدم الحربي شكره للاعبين، متمنياً أن يواصلوا التقدم."},
			"وعبر|الدكتور الحربي|الحربي ; متمنياً|الحربي|الحربي"},
		{"another title is another person",
			[]string{"قال النائب سامي العتيبي إن اللجنة اجتمعت.", "وقال الوزير إن القرار صدر."},
			"قال|النائب سامي العتيبي|سامي-العتيبي ; وقال|الوزير|الوزير"},
		{"بقوله after the verb is the same act; a ritual wish is none",
			[]string{"وأكد المدير ماجد الشهري في كلمته بقوله: «العمل مستمر».", "وهنأ المدير الموظفين بالعيد، متمنياً لهم التوفيق."},
			"وأكد|المدير ماجد الشهري|ماجد-الشهري"},
		{"a relative ما needs a source after it",
			[]string{"وتسعى الدول إلى مواجهة ما تراه تهديداً مباشراً."},
			""},
	})
}
