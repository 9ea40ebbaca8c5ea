package cite_test

import "testing"

// Constructions of the twenty-seventh session (reporting verbs the lexicon
// knows, rejected where they stood). Sentences and names invented.

func TestArabicKanaNameSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a bare name between كان and a past reporting verb is its subject, not a dropped one",
			[]string{"قال المخرج سامي البدري إن العرض تأجل.",
				"وكانت لوريتا قالت في حديث إذاعي إن الفرقة لن تعود."},
			"قال|المخرج سامي البدري|سامي-البدري ; قالت|لوريتا|لوريتا"},
		{"the pluperfect with a name never met before opens its own event",
			[]string{"وكان فيرنوف أعلن في مايو الماضي أن الفرقة ستزيد عروضها."},
			"أعلن|فيرنوف|فيرنوف"},
		{"كان with an imperfect tells what someone meant; قد is no name",
			[]string{"وكان فيرنوف يشير إلى قرار اللجنة."},
			""},
	})
}
