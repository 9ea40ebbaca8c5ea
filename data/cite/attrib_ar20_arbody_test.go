package cite_test

import "testing"

// Entities of descriptions and entity keys (twentieth session, bodies and
// keys). Sentences and names invented.

func TestArabicHonorificNameThenTitleKey(t *testing.T) {
	runCases(t, []attrCase{
		{"an honorific, a given name the lexicon lacks, a family name, then a title: the key is the name alone",
			[]string{"وأوضح المهندس غنيم الزهراني المتحدث الرسمي باسم المهرجان أن الحضور كبير.",
				"وقال اللواء مفرح الشمراني وزير النقل اليمني إن الطريق مغلق."},
			"وأوضح|المهندس غنيم الزهراني المتحدث الرسمي باسم المهرجان|غنيم-الزهراني ; " +
				"وقال|اللواء مفرح الشمراني وزير النقل اليمني|مفرح-الشمراني"},
	})
}

func TestArabicCompanyMetThenDescribed(t *testing.T) {
	runCases(t, []attrCase{
		{"الشركة right after a company written with that word was the subject of another verb is that company",
			[]string{"انخفضت أرباح شركة «نوران» إلى مليار ريال في النصف الأول.", "وأرجعت الشركة الانخفاض إلى تراجع الأسعار."},
			"وأرجعت|الشركة|نوران"},
		{"the same with the company's name after its kind word",
			[]string{"وقعت شركة الوادي للإنشاءات عقدا جديدا مع البلدية.", "وقالت الشركة إن المشروع يكتمل العام المقبل."},
			"وقالت|الشركة|الوادي-للانشاءات"},
	})
}
