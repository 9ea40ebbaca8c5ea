package cite_test

import "testing"

// Known reporting forms the rules rejected though the Arabic reports
// (thirtieth session, helper rejected). Sentences and names invented.

func TestArabicParticipleRightAfterSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle of saying right after the subject of a verb that reports nothing: that subject speaks",
			[]string{"ووقفت شقيقته قائلةً: لن نترك الحي."},
			"قائلةً|شقيقته|شقيقته"},
		{"a group named by a vague noun, its participle right after it",
			[]string{"وارتفعت أصوات المزارعين مطالبةً الوزارة بتعويضهم عن الخسائر."},
			"مطالبةً|أصوات المزارعين|اصوات-المزارعين"},
		{"a possessed noun after a verb whose subject is dropped is its object, no speaker",
			[]string{"وعرضت خطتها قائلةً: سنبدأ غدا."},
			""},
		{"a circumstance and a second verb after the first are no subject",
			[]string{"همست بحزن وأخذت تنظر إليه معلقةً: لقد تأخرنا."},
			""},
	})
}

func TestArabicIndirectQuestion(t *testing.T) {
	runCases(t, []attrCase{
		{"تساءل with an interrogative and no colon: the question asked is what was said",
			[]string{"وتساءل المهندس سالم العتيبي لماذا تأخر المشروع عامين."},
			"وتساءل|المهندس سالم العتيبي|سالم-العتيبي"},
		{"استغرب with كيف: what was found strange, asked",
			[]string{"واستغرب الأهالي كيف بقي الطريق مغلقا طوال الصيف."},
			"واستغرب|الأهالي|الاهالي"},
	})
}

func TestArabicContrastAfterReport(t *testing.T) {
	runCases(t, []attrCase{
		{"after a verb's report, إلا أن opens the writer's clause again: its source reports, as after لكن",
			[]string{"وقال المدرب سامي الحربي إن اللاعب سيعود قريبا إلا أن الفحوصات الطبية أكدت غيابه شهرا."},
			"وقال|المدرب سامي الحربي|سامي-الحربي ; أكدت|الفحوصات الطبية|الفحوصات-الطبيه"},
		{"غير أن the same",
			[]string{"وأعلنت الشركة أن الإنتاج سيرتفع غير أن محللين يقولون إن السوق لن تتأثر."},
			"وأعلنت|الشركة|الشركه ; يقولون|محللين|anon-analysts"},
		{"after a participle's chain the contrast runs on in the speaker's words",
			[]string{"وقال الطبيب خالد السبيعي إن المريض تحسن، لافتا إلى أن العلاج طويل، بيد أن التقارير تؤكد تجاوزه الخطر."},
			"وقال|الطبيب خالد السبيعي|خالد-السبيعي ; لافتا||خالد-السبيعي"},
	})
}
