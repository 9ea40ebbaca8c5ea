package cite_test

import "testing"

// Speaker spans that ran on into the verb's object (the twenty-seventh
// session, spans and objects). Sentences and names invented.

func TestArabicSpanStopsBeforeObject(t *testing.T) {
	runCases(t, []attrCase{
		{"after a vague source of two words and its adjectives, a bare noun opens the object",
			[]string{"وأعلنت وسائل إعلام محلية وعربية نبأ وفاة الشاعر الكبير نزار فهمي."},
			"وأعلنت|وسائل إعلام محلية وعربية|anon-media"},
		{"after a full name, a noun with his pronoun is the object, not the name's",
			[]string{"وأكد الرئيس التنفيذي للشركة ماجد الراشد قدرته على سداد الديون."},
			"وأكد|الرئيس التنفيذي للشركة ماجد الراشد|ماجد-الراشد"},
	})
}
