package cite_test

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
)

// Faults a review of the twenty-seventh session's rules found with invented
// sentences, each now mended. Sentences and names invented.

func TestArabicSessionReview27(t *testing.T) {
	runCases(t, []attrCase{
		{"a woman's name of the shape افتعال is her name, not the verb's object (sureMasdar)",
			[]string{"وأكدت ابتسام الحربي أن المعرض سيفتتح غداً.",
				"وقالت انتصار السعدي إن الرحلة تأجلت."},
			"وأكدت|ابتسام الحربي|ابتسام-الحربي ; وقالت|انتصار السعدي|انتصار-السعدي"},
		{"a poll and a meeting speak; they are no verbal noun of what was said",
			[]string{"وقال المدير إن المعرض جاهز.", "وأظهر استفتاء أجري الأسبوع الماضي أن الزوار راضون.",
				"وأكد اجتماع وزراء النقل العرب على ضرورة التعاون."},
			"وقال|المدير|المدير ; وأظهر|استفتاء|استفتاء ; وأكد|اجتماع وزراء النقل العرب|اجتماع-وزراء-النقل"},
		{"a title opening a man's name ends the construct his office is in: المهندس is he (constructTail)",
			[]string{"وقال رئيس بلدية تبوك المهندس ماهر العنزي إن العمل مستمر.", "وأوضح المهندس أن الطرق ستفتح قريباً."},
			"وقال|رئيس بلدية تبوك المهندس ماهر العنزي|ماهر-العنزي ; وأوضح|المهندس|ماهر-العنزي|res"},
		{"an inch sign inside a quotation that closes later is a measure (closesWithPrime)",
			[]string{"وقال سالم: “اشتريت تلفازاً بشاشة 55″ الأسبوع الماضي، وأكد لي البائع أنه الأفضل”."},
			"وقال|سالم|سالم"},
		{"a view stated with فإن after it is no discretion (seesFit)",
			[]string{"وبحسب ما يراه خبراء اقتصاديون، فإن الأسعار ستواصل الارتفاع."},
			"وبحسب ما يراه|خبراء اقتصاديون|anon-experts"},
		{"تصريح with a body after it is a permit; with a person, his statement",
			[]string{"ويتم البناء وفق تصريح البلدية الصادر العام الماضي.",
				"وارتفعت الأسعار، وحسب تصريح الوزير فإن الأزمة مؤقتة."},
			"وحسب|تصريح الوزير|الوزير"},
	})
}

// "…، كما أكد أن": كما is "also", his next statement, not a source cited
// for the statement before it (sourceAfterComma): no speaker runs over it.
func TestArabicAlsoIsNoSourceAfterComma(t *testing.T) {
	text := "# t\n\nوأكد الوزير أن الحكومة ملتزمة بالإصلاح، كما أكد أن الميزانية ستعلن قريباً.\n"
	s := cite.New(nil, nil).Analyze(data.ParseArticle("t", "t.txt", []byte(text), model.Meta{}))
	for _, a := range s.Attributions {
		if strings.Contains(a.Speaker, "كما") || strings.Contains(a.Speaker, "أن") {
			t.Errorf("speaker %q runs over what was said", a.Speaker)
		}
	}
	if len(s.Attributions) == 0 || s.Attributions[0].Speaker != "الوزير" {
		t.Errorf("attributions %+v, want the minister's first", s.Attributions)
	}
}
