package cite_test

import "testing"

// Constructions of the twenty-seventh session, reporting verbs (second
// helper): a derived verbal noun as the object of a verb whose subject is
// dropped. Sentences and names invented.

func TestArabicDerivedMasdarObject(t *testing.T) {
	runCases(t, []attrCase{
		{"after و, a past reporting verb followed by a verbal noun of the shapes افتعال، انفعال، استفعال has it as its object, the subject dropped",
			[]string{"قال مدير المهرجان سالم الدوسري إن التذاكر نفدت. وأعلن اكتمال التجهيزات للدورة المقبلة.",
				"وأكد الخبير نادر العمري أن الطلب قوي، وتوقع استقرار الأسعار خلال الربع المقبل."},
			"قال|مدير المهرجان سالم الدوسري|سالم-الدوسري ; وأعلن||سالم-الدوسري|res ; وأكد|الخبير نادر العمري|نادر-العمري ; وتوقع||نادر-العمري|res"},
		{"an imperfect, or a verb that takes a predicate, keeps no such object",
			[]string{"قال الناقد إن اللحن جميل. وصوت المغنية ويعلن انتصاره على الزمن."},
			"قال|الناقد|الناقد"},
	})
}
