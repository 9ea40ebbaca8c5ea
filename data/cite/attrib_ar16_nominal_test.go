package cite_test

import "testing"

// Nominal cues (بحسب، وفقاً لـ، طبقاً لـ …) of the sixteenth session.
// Sentences and names invented.

func TestArabicNominalOpeningReportedWords(t *testing.T) {
	runCases(t, []attrCase{
		{"a nominal cue right after the complement or colon of a verb of saying is cited inside the speaker's words",
			[]string{"وأوضح المدير فادي النمر أنه بحسب لائحة المصنع الموحدة فقد تم الاتفاق على رسوم بواقع 5 في المئة.",
				"وأشارت المديرة سلمى الكرخي إلى أنه وفقا للنتائج الأولية، فإن شركات النسيج دفعت رشاوى.",
				"وقال وزير الزراعة هاني الدباغ إنه طبقاً لإحصاءات الوزارة فقد ارتفع إنتاج القمح.",
				"ونقلت الصحيفة عن رامي الحداد مدير شركة النسيم قوله: حسب بيانات التصنيع فالطائرة تتطلب ممرا طوله 900 متر."},
			"وأوضح|المدير فادي النمر|فادي-النمر ; وأشارت|المديرة سلمى الكرخي|سلمي-الكرخي ; " +
				"وقال|وزير الزراعة هاني الدباغ|هاني-الدباغ ; ونقلت|رامي الحداد مدير شركة النسيم|رامي-الحداد"},
		{"once the speaker's words have started, it stays the writer's credit",
			[]string{"وقال المدير فادي النمر إن الإنتاج ارتفع بحسب بيانات المصنع."},
			"وقال|المدير فادي النمر|فادي-النمر ; بحسب|بيانات المصنع|anon-assessments"},
	})
}
