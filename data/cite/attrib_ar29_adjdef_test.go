package cite_test

import "testing"

// A definite description points back to the person met before only by
// definite adjectives ("المسؤول اليمني"); words without the article after
// it are a new man's name, even ending in ي as a relative adjective does.
// Sentences and names invented.
func TestArabicDescriptionAdjectivesAreDefinite(t *testing.T) {
	runCases(t, []attrCase{
		{"a title and a new name is a new person",
			[]string{"وقال الوزير سامر الفلاحي إن الحزب سيشارك.", "وأكد المسؤول رامي الكبيسي أن الوضع مستقر."},
			"وقال|الوزير سامر الفلاحي|سامر-الفلاحي ; وأكد|المسؤول رامي الكبيسي|رامي-الكبيسي"},
		{"a definite description still points back",
			[]string{"وقال الوزير سامر الفلاحي إن الحزب سيشارك.", "وأكد المسؤول اليمني أن الوضع مستقر."},
			"وقال|الوزير سامر الفلاحي|سامر-الفلاحي ; وأكد|المسؤول اليمني|سامر-الفلاحي|res"},
	})
}
