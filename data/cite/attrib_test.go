package cite_test

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
)

// The constructions of attribution, one at a time, in sentences written for
// these tests. Each attribution is rendered "cue|speaker as written|source"
// with "|res" when the source was resolved (a pronoun, a dropped subject, a
// description pointing back, a quotation continuing a speaker) and "|ch=…"
// for a channel.

const crossLanguage = `
sources:
  - {id: reuters, name: Reuters, kind: outlet, aliases: [رويترز]}
  - {id: sputnik, name: Sputnik, kind: outlet, aliases: [سبوتنيك]}
`

func render(t *testing.T, paragraphs ...string) string {
	t.Helper()
	al, err := cite.ParseAliases([]byte(crossLanguage))
	if err != nil {
		t.Fatal(err)
	}
	text := "# t\n\n" + strings.Join(paragraphs, "\n\n") + "\n"
	a := data.ParseArticle("t", "t.txt", []byte(text), model.Meta{})
	s := cite.New(al, nil).Analyze(a)
	var out []string
	for _, at := range s.Attributions {
		p := a.Paragraphs[at.Para].Text
		if at.CueStart < 0 || at.CueEnd > len(p) || at.SpeakerStart > at.SpeakerEnd || at.SpeakerEnd > len(p) {
			t.Fatalf("%s: spans out of the paragraph: %+v", at.ID, at)
		}
		line := at.Cue + "|" + p[at.SpeakerStart:at.SpeakerEnd] + "|" + at.Source
		if at.Resolved {
			line += "|res"
		}
		if at.Channel != "" {
			line += "|ch=" + at.Channel
		}
		out = append(out, line)
	}
	return strings.Join(out, " ; ")
}

type attrCase struct {
	name  string
	paras []string
	want  string
}

func runCases(t *testing.T, cases []attrCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := render(t, c.paras...); got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestArabicAttributions(t *testing.T) {
	runCases(t, []attrCase{
		{"verb first, title and name up to what was said",
			[]string{"وأوضح مدير إدارة المرور بمنطقة الرياض العقيد سالم الدوسري أن الحركة انتظمت صباحاً."},
			"وأوضح|مدير إدارة المرور بمنطقة الرياض العقيد سالم الدوسري|سالم-الدوسري"},
		{"dropped subject, next paragraph",
			[]string{"قال مدير المستشفى خالد الحربي إن الحالة مستقرة.", "وأضاف أن الفريق الطبي يتابعها."},
			"قال|مدير المستشفى خالد الحربي|خالد-الحربي ; وأضاف||خالد-الحربي|res"},
		{"surname alone is the same person",
			[]string{"قال مدير المستشفى خالد الحربي إن الحالة مستقرة.", "وأكد الحربي أن العلاج مجاني."},
			"قال|مدير المستشفى خالد الحربي|خالد-الحربي ; وأكد|الحربي|خالد-الحربي"},
		{"participle hangs on the main verb",
			[]string{"وأكد الوزير سعد الشمري أن المشروع اكتمل، مشيراً إلى أن التشغيل يبدأ غداً."},
			"وأكد|الوزير سعد الشمري|سعد-الشمري ; مشيراً||سعد-الشمري"},
		{"a channel quoting a speaker: speaker and channel kept",
			[]string{"ونقلت وكالة رويترز عن المتحدث باسم الشركة قوله إن الإنتاج توقف."},
			"ونقلت|المتحدث باسم الشركة|المتحدث-باسم-الشركه|ch=reuters"},
		{"a quoted name is the outlet of the alias table",
			[]string{"وذكرت وكالة «سبوتنيك» أن الاجتماع تأجل."},
			"وذكرت|وكالة «سبوتنيك»|sputnik"},
		{"a channel after the speaker",
			[]string{"وقال رئيس النادي فهد العتيبي لـ«الصحيفة» إن التعاقد تم."},
			"وقال|رئيس النادي فهد العتيبي|فهد-العتيبي|ch=الصحيفه"},
		{"nominal cue with its source",
			[]string{"وبحسب بيان الوزارة فإن المدارس تفتح الأحد."},
			"وبحسب|بيان الوزارة|الوزاره"},
		{"nominal cue with no source",
			[]string{"ووفقاً للخطة الموضوعة تبدأ الأعمال في الربيع."},
			""},
		{"other senses: estimates, between, it is mentioned",
			[]string{"وتقدر قيمة المشروع بمليون ريال، ويقع بين المدينتين.", "يذكر أن المشروع بدأ قبل عامين."},
			""},
		{"negated verb: nothing was said",
			[]string{"ولم يقل الوزير إن الموعد تغير."},
			""},
		{"a dropped subject agrees with its verb",
			[]string{"قال الطبيب ناصر القحطاني إن اللقاح آمن.", "وقالت وزارة الصحة إن الحملة تبدأ غداً.",
				"وأضافت أن المراكز جاهزة.", "وأضاف أن الجرعة الثانية بعد شهر."},
			"قال|الطبيب ناصر القحطاني|ناصر-القحطاني ; وقالت|وزارة الصحة|وزاره-الصحه ; وأضافت||وزاره-الصحه|res ; وأضاف||ناصر-القحطاني|res"},
		{"a dropped subject with no one to point back to: listed, its speaker not found",
			[]string{"وشهد الملعب حضوراً كبيراً في المباراة الافتتاحية.", "وأكد أن الموسم سيكون صعباً على الجميع."},
			"وأكد||speaker-not-found"},
		{"English: a pronoun with no one before it is listed, its speaker unfound, as in Arabic",
			[]string{"The match drew a large crowd.", "He said the season would be hard."},
			"said|He|speaker-not-found"},
		{"a description points back to a body named before",
			[]string{"وأعلنت وزارة التعليم أن الاختبارات تأجلت.", "وأكدت الوزارة أن القرار نهائي."},
			"وأعلنت|وزارة التعليم|وزاره-التعليم ; وأكدت|الوزارة|وزاره-التعليم|res"},
		{"a quotation in its own paragraph continues the speaker",
			[]string{"وقال المدرب سامي الجابر: «الفريق جاهز».", "«سنلعب للفوز في كل المباريات المقبلة»."},
			"وقال|المدرب سامي الجابر|سامي-الجابر ; ||سامي-الجابر|res"},
		{"reported speech inside reported speech is not counted",
			[]string{"وقال المتحدث ماجد العنزي إن المدير أكد أن العمل مستمر."},
			"وقال|المتحدث ماجد العنزي|ماجد-العنزي"},
		{"subject before the verb: أما … ف، and a relative clause",
			[]string{"أما المهندس طلال الغامدي فأوضح أن الطريق مغلق.", "وأيد الخطة الخبير الذي قال إن التكلفة معقولة."},
			"فأوضح|المهندس طلال الغامدي|طلال-الغامدي ; قال|الخبير|anon-experts"},
		{"spelling variants of one name",
			[]string{"قال رئيس الوزراء دميتري مدفيديف إن الاقتصاد ينمو.", "وأكد ميدفيديف أن التضخم تراجع."},
			"قال|رئيس الوزراء دميتري مدفيديف|دميتري-مدفيديف ; وأكد|ميدفيديف|دميتري-مدفيديف"},
		{"coordinated speakers, one attribution each",
			[]string{"وأكدت الصحيفة الفرنسية والقناة الألمانية أن الوثائق صحيحة."},
			"وأكدت|الصحيفة الفرنسية|الصحيفه-الفرنسيه ; وأكدت|القناة الألمانية|القناه-الالمانيه"},
		{"title, comma, name is one speaker",
			[]string{"وأوضح المتحدث الرسمي باسم الهيئة، العقيد فارس القرني، أن البلاغ وصل ليلاً."},
			"وأوضح|المتحدث الرسمي باسم الهيئة، العقيد فارس القرني|فارس-القرني"},
		{"vague sources are one anonymous source each",
			[]string{"وكشفت مصادر مطلعة أن الصفقة اكتملت.", "وقال أربعة دبلوماسيين إن المفاوضات تعثرت."},
			"وكشفت|مصادر مطلعة|anon-sources ; وقال|أربعة دبلوماسيين|anon-diplomats"},
		{"a passive of speech withholds the speaker",
			[]string{"وقيل إن الاجتماع انتهى دون اتفاق."},
			"وقيل||anon-unnamed"},
	})
}

func TestEnglishAttributions(t *testing.T) {
	runCases(t, []attrCase{
		{"subject before the verb, apposition left out",
			[]string{"Jane Doe, a spokeswoman for the council, said the road would reopen."},
			"said|Jane Doe|jane-doe"},
		{"the whole subject, owner and title included",
			[]string{"Acme's chief executive Tom Brown said profits rose."},
			"said|Acme's chief executive Tom Brown|tom-brown"},
		{"inverted after a quotation; title, comma, name",
			[]string{`"We are ready," said the club chairman, Peter Black.`},
			"said|the club chairman, Peter Black|peter-black"},
		{"a pronoun is the last person who agrees",
			[]string{"Mrs Ann White said the plan was sound.", "Mr Tom Grey said it was too costly.", "She added that work would start in May."},
			"said|Mrs Ann White|ann-white ; said|Mr Tom Grey|tom-grey ; added|She|ann-white|res"},
		{"a description points back",
			[]string{"Acme Corp said sales fell.", "The company said it would cut costs."},
			"said|Acme Corp|acme-corp ; said|The company|acme-corp|res"},
		{"surname alone after the full name",
			[]string{"Analyst Ray Stone said demand was weak.", "Mr Stone told the BBC that prices would fall."},
			"said|Analyst Ray Stone|ray-stone ; told|Mr Stone|ray-stone|ch=bbc"},
		{"Kim is Kim Jong Un",
			[]string{"Kim Jong Un said the talks were over.", "Kim said the army was ready."},
			"said|Kim Jong Un|kim-jong-un ; said|Kim|kim-jong-un"},
		{"according to a vague source",
			[]string{"According to analysts, the merger is likely."},
			"According to|analysts|anon-analysts"},
		{"other senses and no source: nothing",
			[]string{"The said agreement was signed.", "The firm declined to comment.", "More than 100 people are believed to have died."},
			""},
		{"time words are no part of the speaker",
			[]string{"Last month the regulator said the deal could go ahead."},
			"said|the regulator|regulator"},
		{"a quotation with no cue continues the speaker",
			[]string{`Coach Sam Reed said: "We played well."`, `"The second half was our best this season."`},
			"said|Coach Sam Reed|sam-reed ; ||sam-reed|res"},
		{"an object is no report, a clause is",
			[]string{"Leeds claimed the title on Sunday.", "Mr Lee claims the referee was wrong."},
			"claims|Mr Lee|lee"},
		{"title, comma and name are one speaker; an apposition after a name is not",
			[]string{"The head of the club, Dana Whitby, said the stadium would open.", "Mr Cole, a director of the firm, said sales rose."},
			"said|The head of the club, Dana Whitby|dana-whitby ; said|Mr Cole|cole"},
		{"the company is the firm met before, however it was described",
			[]string{"Retail giant Brightmart said sales fell.", "The company also cited the weather."},
			"said|Retail giant Brightmart|brightmart ; cited|The company|brightmart|res"},
	})
}
