package cite_test

import "testing"

// Participles of saying that hang on a main verb that reports nothing
// itself, whose subject must be read up to its object (twenty-eighth
// session, helper mainsubj). Sentences and names invented.

func TestArabicMainSubjectBeforeFeminineObject(t *testing.T) {
	runCases(t, []attrCase{
		{"after a titled name, a noun in ة with its adjective or a joined ل is the main verb's object",
			[]string{"وأطلق الرئيس الكيني دانيال موروا مبادرة واسعة لمكافحة التصحر، قائلا إنها تحمي المزارعين.",
				"ابتكر المهندس سامر قطيشات طريقة لتحلية المياه، مؤكدا أن كلفتها منخفضة."},
			"قائلا|الرئيس الكيني دانيال موروا|دانيال-موروا ; مؤكدا|المهندس سامر قطيشات|سامر-قطيشات"},
	})
}
