package cite_test

import "testing"

// Constructions found by auditing the output on unannotated days.
// Sentences and names invented.

func TestArabicObjectHeadAfterDefinite(t *testing.T) {
	runCases(t, []attrCase{
		{"a bare verbal noun after a definite word that is no title is the verb's object, even when what was said follows",
			[]string{"وأكد المنسق الإقليمي أهمية الخطة التي أعدتها اللجنة، مشيرا إلى أنها ستنفذ قريبا.",
				"وأكد الأمين العام ضرورة التعاون بين الدول، مشيرا إلى أن الوضع صعب.",
				"وأكد الدكتور السالمي أهمية إحضار الوثائق، موضحا أن التسجيل يبدأ غدا."},
			"وأكد|المنسق الإقليمي|المنسق-الاقليمي ; مشيرا||المنسق-الاقليمي ; " +
				"وأكد|الأمين العام|الامين-العام ; مشيرا||الامين-العام ; " +
				"وأكد|الدكتور السالمي|الدكتور-السالمي ; موضحا||الدكتور-السالمي"},
		{"not after a title, which takes a name, nor inside a construct chain",
			[]string{"وقال الوزير نجاح العطار إن الخطة جاهزة.",
				"وقال مدير إدارة دعم القرار إن الخطة جاهزة."},
			"وقال|الوزير نجاح العطار|نجاح-العطار ; وقال|مدير إدارة دعم القرار|مدير-اداره-دعم-القرار"},
		{"استغرب with a source takes its object as what it objects to",
			[]string{"واستغربت إدارة نادي الساحل موقف نظيرتها في الوادي وتراجعها بشأن انتقال لاعبها، مشيرة إلى أن الصفقة اكتملت."},
			"واستغربت|إدارة نادي الساحل|اداره-نادي-الساحل ; مشيرة||اداره-نادي-الساحل"},
	})
}
