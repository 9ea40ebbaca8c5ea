package cite_test

import "testing"

// Constructions of the twenty-eighth session (one source under one entity:
// what a title's words name). Sentences and names invented.

func TestArabicBodysNameInTitle(t *testing.T) {
	runCases(t, []attrCase{
		{"after a body's kind word joined to ل, its name is the body's: the title alone later is the person named with it",
			[]string{"وقال المدير العام لشركة مدار نجران المهندس فارس القحطاني إن المصنع سيعمل قريباً.",
				"وأشار المدير العام لشركة مدار نجران إلى أن الإنتاج يبدأ غداً.",
				"وتتوقع شركة مدار نجران أن ترتفع المبيعات."},
			"وقال|المدير العام لشركة مدار نجران المهندس فارس القحطاني|فارس-القحطاني ; " +
				"وأشار|المدير العام لشركة مدار نجران|فارس-القحطاني|res ; وتتوقع|شركة مدار نجران|مدار-نجران"},
		{"so a title ending in the company's name takes the name set off by commas after it",
			[]string{"أعلن الرئيس التنفيذي لشركة كوراتا، ميتسو هاراده، أن الأرباح تراجعت.", "وأضاف هاراده أن السوق ضعيفة."},
			"أعلن|الرئيس التنفيذي لشركة كوراتا، ميتسو هاراده|ميتسو-هاراده ; وأضاف|هاراده|ميتسو-هاراده"},
		{"a run of three names after the body's word keeps the person's name in it",
			[]string{"وكشف المدير الرياضي لنادي بارما تيتو ريتسانو أن الصفقة اكتملت.", "وقال ريتسانو إن اللاعب وقع."},
			"وكشف|المدير الرياضي لنادي بارما تيتو ريتسانو|تيتو-ريتسانو ; وقال|ريتسانو|تيتو-ريتسانو"},
	})
}
