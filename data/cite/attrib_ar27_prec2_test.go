package cite_test

import "testing"

// Constructions of the twenty-seventh session (precision: a pronoun of place
// after the verb). Sentences and names invented.

func TestArabicPlacePronounAfterVerb(t *testing.T) {
	runCases(t, []attrCase{
		{"فيه/فيها after a verb that needs what was said points to a place, not to the words: nothing reported",
			[]string{"وزارت الجمعية ثلاث قرى ووجدت فيها بقايا حرائق كبيرة.",
				"وافتتح النادي متجرا يجد فيه المشجعون كل ما يريدون.",
				"وأقيمت أمسية تحدث فيها عدد من الشعراء الشباب."},
			""},
		{"a pronoun that points back to the words still makes the clause before what was said",
			[]string{"وهو ما أكد عليه المهندس راشد الفلاحي أمس."},
			"أكد|المهندس راشد الفلاحي|راشد-الفلاحي"},
		{"after the pronoun of a medium, what was said that follows is reported",
			[]string{"وألقى المهندس راشد الفلاحي كلمة وجد فيها أن المشروع متأخر."},
			"وجد|المهندس راشد الفلاحي|راشد-الفلاحي"},
	})
}

func TestArabicPriceNotPraise(t *testing.T) {
	runCases(t, []attrCase{
		{"ثمنه/ثمنها is its price: ثمّن (praised) with an object pronoun needs a subject that holds a view",
			[]string{"واشترى المعلم حاسوبا ثمنه ألفا ريال لمدرسته.",
				"وعرضت الدار لوحة قديمة كان ثمنها مليون درهم."},
			""},
		{"the verb with its subject and object still reports",
			[]string{"وثمّن المهندس راشد الفلاحي جهود فريق الصيانة."},
			"وثمّن|المهندس راشد الفلاحي|راشد-الفلاحي"},
	})
}

func TestArabicPraisedInRelative(t *testing.T) {
	runCases(t, []attrCase{
		{"in a relative clause the object pronoun is the thing praised, with a person as subject",
			[]string{"وهو الموقف الذي ثمنه المهندس راشد الفلاحي."},
			"ثمنه|المهندس راشد الفلاحي|راشد-الفلاحي"},
	})
}
