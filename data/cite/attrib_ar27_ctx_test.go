package cite_test

import "testing"

// Context of the twenty-seventh session: sentences read right alone and
// missed in their article. Sentences and names invented.

func TestArabicLineBrokenInsideQuotation(t *testing.T) {
	runCases(t, []attrCase{
		{"a short line that opens a quotation and leaves it open is a sentence broken across lines, no headline",
			[]string{"وقال سالم الحربي، رئيس مجلس إدارة النخيل «إن الأداء الجيد لـ",
				"(النخيل) يمثل ثمرة عمل فريقنا.",
				"وتابع: «والنجاح مستمر في كل الفروع»."},
			"وقال|سالم الحربي|سالم-الحربي ; وتابع||سالم-الحربي|res"},
		{"a headline that closes what it quotes stays a headline",
			[]string{"«النخيل» تسجل نموًا في الأرباح",
				"أعلنت شركة النخيل أن أرباحها ارتفعت."},
			"أعلنت|شركة النخيل|النخيل"},
	})
}

func TestArabicSourceAdjunctAfterDroppedSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"between a verb with its subject dropped and أن, a nominal cue with ما and a verb is a source of its own",
			[]string{"أدانت جمهورية فالدونيا الهجوم على الميناء.",
				"وشددت وفقاً لما نقلته وكالة الأنباء الفالدونية، على أن هذه الجريمة مرفوضة."},
			"أدانت|جمهورية فالدونيا|جمهوريه-فالدونيا ; وشددت||جمهوريه-فالدونيا|res ; وفقاً لما نقلته|وكالة الأنباء الفالدونية|الانباء-الفالدونيه"},
		{"the same with بحسب ما and a verb, before أن",
			[]string{"وأكدت الهيئة بحسب ما ذكرته الإذاعة أن التحقيق مستمر.",
				"وأضافت بحسب ما ذكره مصدر مطلع أن النتائج ستعلن قريبا."},
			"وأكدت|الهيئة|الهيءه ; بحسب ما ذكرته|الإذاعة|الاذاعه ; وأضافت||الهيءه|res ; بحسب ما ذكره|مصدر مطلع|anon-sources"},
	})
}

func TestArabicProphetByBlessing(t *testing.T) {
	runCases(t, []attrCase{
		{"a blessing of the Prophet right after a verb of saying, with no name, is the Prophet speaking",
			[]string{"والرفق بالجار واجب، يقول صلى الله عليه وسلم: «خير الجيران من أمنه جاره».",
				"وقد قال عليه الصلاة والسلام (من كان يرجو الخير فليحسن إلى أهله).",
				"فقال صلى الله عليه وسلم ” الكلمة الطيبة صدقة لمن قالها “."},
			"يقول|صلى الله عليه وسلم|النبي ; قال|عليه الصلاة والسلام|النبي ; فقال|صلى الله عليه وسلم|النبي"},
		{"the one who cites him goes on: a participle and a later dropped subject stay his",
			[]string{"ألقى الشيخ سالم الدوسري خطبة الجمعة.",
				"وبين الدوسري أن الصدق طريق النجاة، قال صلى الله عليه وسلم: «عليكم بالصدق»، مشيراً إلى أن الكذب يهدي إلى الفجور.",
				"وقال إن المجتمع يحتاج إلى القدوة."},
			"وبين|الدوسري|سالم-الدوسري ; قال|صلى الله عليه وسلم|النبي ; مشيراً||سالم-الدوسري ; وقال||سالم-الدوسري|res"},
	})
}
