package cite_test

import "testing"

// A perfect right after an indefinite report or document describes it, and
// the report is its subject (a clause after an indefinite noun is its
// adjective): before, the verb was listed speaker-not-found, or given to
// the subject of the clause before (the ministry below). A statement
// its issuer speaks in ("بياناً أكدت فيه"), one the verb does not agree
// with, or a place before the verb keeps its old reading. Sentences and
// names invented.

func TestArabicReportBeforeVerb(t *testing.T) {
	runCases(t, []attrCase{
		{"reports no one signed, after بعد",
			[]string{"وأطلقت الوزارة حملة تفتيش بعد تقارير تحدثت عن نقص في الأدوية."},
			"تحدثت|تقارير|anon-reports"},
		{"a report with its adjective, after a preposition",
			[]string{"وفتحت اللجنة تحقيقا في تقرير إخباري أشار إلى أن الأموال اختفت."},
			"أشار|تقرير إخباري|تقرير-اخباري"},
		{"the issuer speaks in the statement: the pronoun after the verb",
			[]string{"وأصدرت الوزارة بيانا أمس أكدت فيه أن المدارس تفتح الأحد."},
			"أكدت|الوزارة|الوزاره"},
		{"a place before the verb is no subject",
			[]string{"في فيينا قال الوزير إن المحادثات مستمرة."},
			"قال|الوزير|الوزير"},
	})
}
