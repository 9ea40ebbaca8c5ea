package cite_test

import "testing"

// Nominal cues before a noun of saying (thirty-first session, helper
// forms). Sentences and names invented.

// "وبحسب تصريحات الوزير" is one nominal event whose source phrase is the
// statements and their owner, as "بحسب بيان الوزارة" is — not a verbal noun
// of its own that leaves the nominal cue with no source; the entity is the
// owner, the one who said them.
func TestArabicNominalBeforeVerbalNoun(t *testing.T) {
	runCases(t, []attrCase{
		{"a verbal noun of saying with its owner in construct after بحسب",
			[]string{"وبحسب تصريحات الوزير فإن المدارس ستفتح الأحد."},
			"وبحسب|تصريحات الوزير|الوزير"},
		{"the owner after ل, a title and a name",
			[]string{"وبحسب تصريحات لوزير الصحة خالد الفهد فإن اللقاح آمن."},
			"وبحسب|تصريحات لوزير الصحة خالد الفهد|خالد-الفهد"},
		{"at the end of the sentence, an unnamed source",
			[]string{"وارتفع عدد الإصابات إلى عشرين، بحسب تصريحات مسؤولين في الوزارة."},
			"بحسب|تصريحات مسؤولين في الوزارة|anon-officials"},
		{"وفق with a spokesman after the statements",
			[]string{"وتأجل الافتتاح إلى الخميس، وفق تصريحات الناطق باسم البلدية."},
			"وفق|تصريحات الناطق باسم البلدية|الناطق-باسم-البلديه"},
		{"حسب before قول with a name",
			[]string{"وحسب قول المدرب سامي الزهراني فإن الفريق جاهز."},
			"وحسب|قول المدرب سامي الزهراني|سامي-الزهراني"},
		{"the owner named before: the description points back",
			[]string{"وقال وزير الطاقة فهد السالم إن الإنتاج سيرتفع.", "وحسب تأكيد الوزير فإن الحقل الجديد يبدأ الشهر المقبل."},
			"وقال|وزير الطاقة فهد السالم|فهد-السالم ; وحسب|تأكيد الوزير|فهد-السالم|res"},
	})
}

// The owner need not look like a source to the nominal's own test (a title,
// a known name): one the verbal noun alone takes as its speaker is one, so
// the event is the nominal's, not the verbal noun's after it.
func TestArabicNominalOwnerOfSaying(t *testing.T) {
	runCases(t, []attrCase{
		{"a description the lexicon does not list as a title, then a name",
			[]string{"وتعد القطع فريدة حسب قول المصممة سلمى العلي: «لا أستطيع تكرارها»."},
			"حسب|قول المصممة سلمى العلي|سلمي-العلي"},
		{"at the end of the sentence",
			[]string{"وارتفع الطلب على التمور هذا الموسم بحسب تأكيد البائع ناصر الدوسري."},
			"بحسب|تأكيد البائع ناصر الدوسري|ناصر-الدوسري"},
	})
}

// The owner is a source only as a noun: an adjective of an indefinite noun
// of saying names none ("رأي آخر", another view); a verb's subject keeps its
// own entity. (The first fails without "آخر" in the lexicon: entity "اخر".)
func TestArabicOwnedWordsGuards(t *testing.T) {
	runCases(t, []attrCase{
		{"another view after a nominal cue: no owner (آخر in the lexicon's ordinals)",
			[]string{"وبحسب رأي آخر فإن الأسعار ستواصل الارتفاع."},
			"وبحسب|رأي آخر|راي-اخر"},
		{"a verb's subject keeps its own entity",
			[]string{"ولفت رأي آخر إلى أن الأسعار مرتفعة."},
			"ولفت|رأي آخر|راي-اخر"},
		{"a plain verbal noun with its subject and أن, no nominal cue: unchanged",
			[]string{"وجاء تأكيد الوزير أن المشروع سيكتمل في موعده."},
			"تأكيد|الوزير|الوزير"},
	})
}
