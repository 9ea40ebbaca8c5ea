package cite_test

import "testing"

// Resolution audit on two unannotated days (helper arres2): an antecedent
// whose own entity was misread. Sentences and names invented.

func TestArabicKunyaIsItsOwnEntity(t *testing.T) {
	runCases(t, []attrCase{
		{"a by-name (أبو + given name) is the father, not a man of that given name",
			[]string{"قال أبو خالد، صاحب مخبز في الحي، إن الطحين نفد منذ يومين.",
				"وأضاف أن الزبائن ينتظرون منذ الفجر."},
			"قال|أبو خالد|ابو-خالد ; وأضاف||ابو-خالد|res"},
		{"أم + given name: the mother by her by-name",
			[]string{"قالت أم سعيد إن المدرسة أغلقت أبوابها."},
			"قالت|أم سعيد|ام-سعيد"},
		{"أبي in the genitive and أبو later are one man",
			[]string{"نقلت الإذاعة عن القائد الميداني أبي حمزة التلعفري قوله إن الجسر سقط.",
				"وقال أبو حمزة إن رجاله انسحبوا."},
			"نقلت|القائد الميداني أبي حمزة التلعفري|ابي-حمزه-التلعفري ; وقال|أبو حمزة|ابي-حمزه-التلعفري"},
	})
}
