package cite_test

import "testing"

// Verbal nouns of speech acts with their subject in construct. Sentences
// and names invented.

func TestArabicVerbalNounSubjects(t *testing.T) {
	runCases(t, []attrCase{
		{"a protest, a praise and statements with their subject after them; an accusation after a light verb",
			[]string{"وقبلت اللجنة احتجاج نادي الشروق على مشاركة اللاعب.",
				"وجاءت إشادة المحافظ سالم العتيبي بالمبادرة بعد الزيارة.",
				"وصمتت الإدارة حيال تصريحات رئيس نادي الشروق أن اللاعب لم يوقع.",
				"وواصلت الوزارة اتهامها للشركة بتغيير العقود."},
			"احتجاج|نادي الشروق|نادي-الشروق ; إشادة|المحافظ سالم العتيبي|سالم-العتيبي ; " +
				"تصريحات|رئيس نادي الشروق|رءيس-نادي-الشروق ; اتهامها|الوزارة|الوزاره"},
		{"no subject: the one accused, whom it was told to, a clause, what was denied; not after دون; بالإشادة with nothing said",
			[]string{"وتم اتهام الوزير بالفساد.",
				"وأذيعت تصريحات لصحيفة الأنباء أمس.",
				"وأثارت تصريحات أذيعت على الهواء جدلا واسعا.",
				"وبعد نفي الخبر عاد اللاعب إلى التدريب.",
				"وانتهى الاجتماع دون تأكيد الوزير موعد الانتخابات.",
				"وجاءت البيانات المقرونة بالإشادة والإعجاب بالقائد."},
			""},
		{"statements whose speaker says it in a relative clause after them are that clause's event",
			[]string{"وتداولت المواقع تصريحات المدرب سالم الكندي، الذي أكد أن الفريق جاهز."},
			"أكد|المدرب سالم الكندي|سالم-الكندي"},
	})
}
