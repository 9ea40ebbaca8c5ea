package cite_test

import "testing"

// Participles and joined verbs whose subject is the main clause's, of the
// sixteenth session. Sentences and names invented.

func TestArabicMainSubjectEndsAtItsVerbsParticle(t *testing.T) {
	runCases(t, []attrCase{
		{"the subject of a verb that reports nothing ends where the verb's own particle starts",
			[]string{"وأعرب مدير النادي سالم العتيبي عن شكره للجماهير، مؤكداً أن الفريق جاهز للموسم.",
				"وأعرب العقيد الراشد عن شكره للقيادة مؤكداً أن الثقة دافع للعمل."},
			"مؤكداً|مدير النادي سالم العتيبي|سالم-العتيبي ; مؤكداً|العقيد الراشد|العقيد-الراشد"},
	})
}

func TestArabicPluralParticipleOfAGroup(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle in ين hangs on a group of people, named by a sound plural, a broken plural of the lexicon or a vague group",
			[]string{"واعتصم المزارعون أمام مبنى البلدية، مطالبين بتعويضهم عن الخسائر.",
				"وتجمهر عدد من الهواة الغاضبين معترضين على نتيجة السباق.",
				"وشكا سكان الحي كثرة الحفر، مناشدين البلدية التدخل العاجل.",
				"وتجول الزوار في أجنحة المعرض، مثمنين جهود المنظمين."},
			"مطالبين|المزارعون|المزارعون ; معترضين|عدد من الهواة الغاضبين|عدد-من-الهواه-الغاضبين ; " +
				"مناشدين|سكان الحي|anon-witnesses ; مثمنين|الزوار|الزوار"},
		{"an unknown verb's complement with ب ends the group",
			[]string{"ورحب المتطوعون بالقرار الجديد، واصفين الخطوة بالمهمة."},
			"واصفين|المتطوعون|المتطوعون"},
		{"not after one person or a body, nor with a verb that needs what was said",
			[]string{"وأفرجت الشرطة عن ثلاثة أشخاص، متهمين بسرقة المحلات.",
				"وتابع العميد فهد السالم أنه تم ضبط أربعة أشخاص، متهمين بالتزوير.",
				"وعاد المهاجرون إلى قراهم، مثبتين حضورهم فيها."},
			"وتابع|العميد فهد السالم|فهد-السالم"},
	})
}
