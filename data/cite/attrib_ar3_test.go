package cite_test

import (
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
)

// Arabic constructions met reading a third sample of unannotated
// SaudiNewsNet articles (syscan, data/internal/realnews): a verbal noun
// after the channel's speaker, a medium described at length, "by saying"
// after a verb that reports nothing. Sentences and names invented for these
// tests; each keeps the construction that was met.
func TestArabicThirdReading(t *testing.T) {
	runCases(t, []attrCase{
		{"the verbal noun ends the speaker a channel quotes, with or without a comma",
			[]string{"ونقلت واس عن الوزير قوله إن العمل مستمر.", "ونقلت وكالة رويترز عن مسؤول محلي، قوله إن الطريق أغلق."},
			"ونقلت|الوزير|الوزير ; ونقلت|مسؤول محلي|anon-officials|ch=reuters"},
		{"a medium described at length before what was said",
			[]string{"ذكر المرصد الوطني في تقرير موسع حول أعداد الزوار، إن العدد ارتفع."},
			"ذكر|المرصد الوطني|المرصد-الوطني"},
		{"by saying after a verb that reports nothing: its subject speaks",
			[]string{"ومضت المصادر بالقول إن القوات تقدمت.", "واختتم الوزير سعد الشمري كلمته بالقول: إن العمل مستمر."},
			"بالقول|المصادر|anon-sources ; بالقول|الوزير سعد الشمري|سعد-الشمري"},
		{"by saying with the subject dropped: the speaker before",
			[]string{"وقال الوزير سعد الشمري إن العمل مستمر.", "واكتفى بالقول إن التحقيق جار."},
			"وقال|الوزير سعد الشمري|سعد-الشمري ; بالقول||سعد-الشمري|res"},
		{"speech acts of news: condemn, threaten, pledge, ascribe, express",
			[]string{"نددت الجالية العمانية بالتصريحات المسيئة.", "الرئيس التشادي عبد الكريم صالح يتوعد بتشديد العقوبات.",
				"وتعهد المدير سعد الشمري بأن تنتهي الأعمال قريبا.", "وعزا الخبير فهد العلي ذلك إلى ارتفاع الأسعار.",
				"وأبدى الوزير خالد الحربي استعداده للتعاون."},
			"نددت|الجالية العمانية|الجاليه-العمانيه ; يتوعد|الرئيس التشادي عبد الكريم صالح|عبد-الكريم-صالح ; " +
				"وتعهد|المدير سعد الشمري|سعد-الشمري ; وعزا|الخبير فهد العلي|فهد-العلي ; وأبدى|الوزير خالد الحربي|خالد-الحربي"},
		{"the same words as nouns or with no content report nothing",
			[]string{"وقدمت الشركة تعهدا بالالتزام.", "وتعهد المقاول المشروع منذ عامين."},
			""},
		{"the day before yesterday between a survey, its channel and what it showed",
			[]string{"وأظهر مسح لـ«سبوتنيك» أول من أمس أن مبيعات السيارات تراجعت."},
			"وأظهر|مسح لـ«سبوتنيك»|sputnik"},
		{"the one addressed between the speaker and the particle is no part of the speaker",
			[]string{"كما طالب البيان المجتمع الدولي بإرسال مراقبين إلى الوادي.", "ودعا وزير الخارجية فيصل المالكي المجتمع الدولي إلى التحرك."},
			"طالب|البيان|البيان ; ودعا|وزير الخارجية فيصل المالكي|فيصل-المالكي"},
		{"a statement or report is its issuer's, once the issuer spoke in one",
			[]string{"وأوضحت الجمعية الخيرية في بيان لها أن التبرعات زادت.", "وتابع البيان أن المشاريع اكتملت.",
				"وتوقعت هيئة الأرصاد في تقريرها أن تهب رياح.", "وأورد التقرير أن الحرارة ترتفع.", "وأشار البيان إلى أن العمل مستمر."},
			"وأوضحت|الجمعية الخيرية|الجمعيه-الخيريه ; وتابع|البيان|الجمعيه-الخيريه|res ; " +
				"وتوقعت|هيئة الأرصاد|هيءه-الارصاد ; وأورد|التقرير|هيءه-الارصاد|res ; وأشار|البيان|الجمعيه-الخيريه|res"},
		{"a statement no one was said to speak in is its own source",
			[]string{"وقال الوزير سعد الشمري إن العمل مستمر.", "وأشار البيان إلى أن الطرق مغلقة."},
			"وقال|الوزير سعد الشمري|سعد-الشمري ; وأشار|البيان|البيان"},
		{"directorates, commissions, exchanges are bodies that speak",
			[]string{"وأكدت المديرية في بيان لها تسليم المضبوطات إلى الجمارك.", "بحسب المفوضية فإن عدد اللاجئين ارتفع.",
				"أعلنت بورصة الكويت إدراج سندات جديدة."},
			"وأكدت|المديرية|المديريه ; بحسب|المفوضية|المفوضيه ; أعلنت|بورصة الكويت|بورصه-الكويت"},
		{"an honorific with its pronoun is the person named before; with none, the speaker is not found",
			[]string{"وقال الأمير سعود الناصر إن المنطقة آمنة.", "وعبر سموه عن سعادته بالإنجاز."},
			"وقال|الأمير سعود الناصر|سعود-الناصر ; وعبر|سموه|سعود-الناصر|res"},
		{"promise and claim; the noun of wondering and an initiative as a plan are no cue",
			[]string{"ووعد المرشح خالد الدوسري بتوفير الدعم.", "وادعى المتهم سعد العلي أنه بريء.",
				"بات تساؤل يتردد في أذهان كثيرين.", "وتسير الأعمال وفق المبادرة الخليجية."},
			"ووعد|المرشح خالد الدوسري|خالد-الدوسري ; وادعى|المتهم سعد العلي|سعد-العلي"},
		{"a verb with its subject in it: the noun after it is the one addressed",
			[]string{"وقال المواطن سالم الحارثي إن الحفر خطيرة.", "وطالبوا البلدية بمعالجة الحفر."},
			"وقال|المواطن سالم الحارثي|سالم-الحارثي ; وطالبوا||speaker-not-found"},
		{"a demand opens before any noun",
			[]string{"وطالبت السلطات بضرورة الحذر.", "ونوه الوزير خالد العلي بجهود العاملين.", "وطالبت بمساواتهم بالمواطنين."},
			"وطالبت|السلطات|السلطات ; ونوه|الوزير خالد العلي|خالد-العلي ; وطالبت||السلطات|res"},
		{"is considered is no promise; an object with its pronoun ends the speaker",
			[]string{"وتعد رياضة التجديف من الرياضات البارزة.", "وأبدت الوزارة استياءها الشديد من القرار.",
				"وعزت الإدارة الانخفاض إلى هبوط الأسعار."},
			"وأبدت|الوزارة|الوزاره ; وعزت|الإدارة|الاداره"},
		{"complained of",
			[]string{"واشتكى المواطن سعد العلي من انقطاع المياه."},
			"واشتكى|المواطن سعد العلي|سعد-العلي"},
		{"the one addressed may be long; a title's name before it is the speaker's",
			[]string{"وطالبت الوزارة الشركات كافة خاصة العاملة في قطاع البناء بتوفير مظلات للعمال.",
				"دعا وزير الشؤون الاجتماعية ناصر البدري مفوض الأمم المتحدة السامي إلى زيارة المخيمات.",
				"طالب البابا مرقص منظمة الصحة العالمية أمس بأن ترسل أطباء."},
			"وطالبت|الوزارة|الوزاره ; دعا|وزير الشؤون الاجتماعية ناصر البدري|ناصر-البدري ; طالب|البابا مرقص|مرقص"},
		{"a particle before the speaker's own words is no part of the speaker; a clause's verb with its pronoun is",
			[]string{"وقالت صحيفة «نوردا» في عنوانها الرئيسي: «الشتاء طويل».", "وقال تقرير مشترك أصدرته منظمتان دوليتان إنه زاد."},
			"وقالت|صحيفة «نوردا»|نوردا ; وقال|تقرير مشترك أصدرته منظمتان دوليتان|منظمتان-دوليتان"},
		{"saying after a verb is its manner; both are events, the participle hanging on the verb",
			[]string{"وأردف معاليه قائلا: نشجع كل مبادرة للحوار.", "وتابع الوزير خالد العلي قائلا: \"لا نريد ضعفا\"."},
			"وأردف|معاليه|speaker-not-found ; قائلا||speaker-not-found ; وتابع|الوزير خالد العلي|خالد-العلي ; قائلا||خالد-العلي"},
		{"an apposition running to what was said; a medium running to عن; an affiliation to the verbal noun",
			[]string{"قال اللواء سامي الهاشمي، الخبير العسكري ورئيس مركز الدراسات الأمنية إن الطائرات جيدة.",
				"ونقلت وكالة الأنباء الليبية التابعة للحكومة، عن نقابة المعلمين قولها في بيان \"إن الرواتب متأخرة\".",
				"ونقلت كيودو عن مسؤول في الاتحاد الآسيوي قوله إن الملاعب جاهزة.",
				"وقالت الوزارة في بيان صدر ظهر الخميس ” إنه لا تأجيل”."},
			"قال|اللواء سامي الهاشمي|سامي-الهاشمي ; ونقلت|نقابة المعلمين|نقابه-المعلمين|ch=الانباء-الليبيه ; ونقلت|مسؤول في الاتحاد الآسيوي|anon-officials|ch=كيودو ; وقالت|الوزارة|الوزاره"},
		{"by her saying, with ب and a pronoun; the same sources",
			[]string{"وقالت الوزيرة سعاد العلي إن العمل مستمر.", "وأضافت بقولها إن القانون في الدرج.",
				"وأكد الوزير خالد الحربي بقوله: \"العمل مستمر\".", "وأضافت المصادر ذاتها أن المشكلات كبيرة."},
			"وقالت|الوزيرة سعاد العلي|سعاد-العلي ; وأضافت||سعاد-العلي|res ; وأكد|الوزير خالد الحربي|خالد-الحربي ; وأضافت|المصادر ذاتها|anon-sources"},
		{"an outlet described by its kind and nationality is the outlet that spoke",
			[]string{"وذكرت صنداي تايمز أن التحقيق مستمر.", "وأضافت الصحيفة البريطانية أن المدير استقال."},
			"وذكرت|صنداي تايمز|صنداي-تايمز ; وأضافت|الصحيفة البريطانية|صنداي-تايمز|res"},
		{"a verb pointing back to a call speaks for the one who called",
			[]string{"تلقى الأمير سعود الناصر اتصالا هاتفيا من وزير الخارجية العماني، أعرب فيه عن قلقه من التصعيد."},
			"أعرب|وزير الخارجية العماني|وزير-الخارجيه-العماني"},
		{"after a medium quoting a speaker, the verbal noun opens what was said, object or not",
			[]string{"نقلت صحيفة الوطن عن وزير المالية سالم الكندي، توقّعه انخفاض العجز.",
				"ونقلت وسائل إعلام أردنية عن مصادر حكومية، تأكيدها وصول الوفد إلى العاصمة."},
			"نقلت|وزير المالية سالم الكندي|سالم-الكندي|ch=الوطن ; ونقلت|مصادر حكومية|anon-sources"},
		{"a channel with its initials and adjective; a medium's tail up to a colon or a quotation",
			[]string{"وقال يانيس كوستا لقناة (اي.ار.تي) اليونانية في مقابلة بثت مساء “لا نملك بديلا”.",
				"قال مسؤول أوروبي في بيان حصلت «لوموند» عليه أمس: «نرفض الشروط»."},
			"وقال|يانيس كوستا|يانيس-كوستا|ch=قناه ; قال|مسؤول أوروبي|anon-officials"},
		{"an age in parentheses follows a name; initials in parentheses are the name's",
			[]string{"وقال براون (52 عاما) في بيان إن الأحوال عادية.", "وقالت شركة الخليج (جو) إن الأرباح ارتفعت."},
			"وقال|براون|براون ; وقالت|شركة الخليج (جو)|الخليج-جو"},
		{"resistance movements, coalitions and muftis speak",
			[]string{"أعلنت المقاومة الشعبية السيطرة على التلال.", "وأشار مفتي الأردن خلال خطبة الجمعة في المسجد الكبير في عمان إلى أن التسامح مهم."},
			"أعلنت|المقاومة الشعبية|المقاومه-الشعبيه ; وأشار|مفتي الأردن|مفتي-الاردن"},
		{"a dash insertion closed by another kind of dash, or by nothing before what was said",
			[]string{"ورأى ماجد السبيعي -مستشار مالي في القطاع العقاري– إنّ السوق في نمو.",
				"وأضاف هشام يوسف - المدير التنفيذي للعمليات وعضو مجلس الإدارة أن العمل مستمر."},
			"ورأى|ماجد السبيعي|ماجد-السبيعي ; وأضاف|هشام يوسف|هشام-يوسف"},
		{"to say is not said; the writer's own voice; a plan's vision is no source",
			[]string{"فهي تضمن أن تضيف لمسة على أي غرفة.", "كنت قد اقترحت على زميلي أن نتشارك في تأسيس نادي.",
				"وجرى ذلك وفقًا لرؤية أميرها الشيخ حمد.", "وقال الوزير سعد العلي إنه يريد أن يقول إن العمل مستمر."},
			"وقال|الوزير سعد العلي|سعد-العلي"},
		{"a title with its pronoun stays in the speaker",
			[]string{"وأكد رئيسها التنفيذي خالد العلي أن الأرباح زادت.", "وأعلن متحدثها الرسمي علي الزهراني أن العمل مستمر."},
			"وأكد|رئيسها التنفيذي خالد العلي|خالد-العلي ; وأعلن|متحدثها الرسمي علي الزهراني|علي-الزهراني"},
		{"the preposition على is never the name علي",
			[]string{"وأوضح المتحدث الأمني اللواء فهد الغامدي أن الشحنة ضبطت.", "ومع تأكيد المتحدث الأمني على أهمية البلاغات فإنه دعا إلى الحذر."},
			"وأوضح|المتحدث الأمني اللواء فهد الغامدي|فهد-الغامدي ; تأكيد|المتحدث الأمني|فهد-الغامدي|res"},
		{"the subject after لكن or إلا أن, before its verb",
			[]string{"ولكن متحدثاً باسم قوات الدفاع المدني قال إن الإخلاء مستمر.", "إلا أن البيت الأبيض أكد أن الاتفاق جيد."},
			"قال|متحدثاً باسم قوات الدفاع المدني|متحدثا-باسم-قوات-الدفاع-المدني ; أكد|البيت الأبيض|البيت-الابيض"},
		{"may confirm, a prayer, and some people",
			[]string{"وقد يؤكد فحص العينات أن المرض انتشر.", "وقال الوزير خالد العلي إن المشروع اكتمل، داعياً الله أن يحفظ البلاد.",
				"وأكد البعض أن القرار صائب."},
			"وقال|الوزير خالد العلي|خالد-العلي ; وأكد|البعض|anon-unnamed"},
		{"a perfect the writer marked passive with a damma; imperfects with a damma are active",
			[]string{"خطوة وُصِفت بالجريئة أنهت الأزمة.", "يُؤكد الوزير خالد العلي أن العمل مستمر.", "ويُشير التقرير إلى أن الأسعار ارتفعت."},
			"يُؤكد|الوزير خالد العلي|خالد-العلي ; ويُشير|التقرير|التقرير"},
		{"the subject among insertions between commas; after فإن; a web portal",
			[]string{"وقال لـ\"المدينة\"، أمس، مصدر قريب من اللجنة، إن العقد وقع.",
				"فإن ممثلين لدول أفريقية في الاتحاد يقولون إن التجارة ستنمو.",
				"بحسب البوابة الخليجية للأخبار العلمية فإن المسبار سيطلق قريبا."},
			"وقال|مصدر قريب من اللجنة|anon-sources|ch=المدينه ; يقولون|ممثلين لدول أفريقية في الاتحاد|ممثلين-لدول-افريقيه-في-الاتحاد ; بحسب|البوابة الخليجية للأخبار العلمية|البوابه-الخليجيه-للاخبار-العلميه"},
		{"told, ascribed, justified; any reporting participle right after its speaker; a city condemns nothing",
			[]string{"واستطرد جان دوبوا موضحا أن أوروبا تغيرت.", "وأرجعت الشركة نتائجها إلى انخفاض الأسعار.",
				"عندما أخبره وزير المالية فيكتور ستيبانوف بأن الميزانية لا تكفي.", "فيما عدا مدينة \"الزرقاء\" هدأت الأوضاع."},
			"واستطرد|جان دوبوا|جان-دوبوا ; موضحا||جان-دوبوا ; وأرجعت|الشركة|الشركه ; أخبره|وزير المالية فيكتور ستيبانوف|فيكتور-ستيبانوف"},
		{"the story goes on in the present after its speaker; \"it is noted\" is no one's",
			[]string{"وقال الوزير خالد العلي إن العمل مستمر.", "ويضيف أن المشروع سيكتمل قريبا.", "ويذكر أن المشروع بدأ قبل عامين."},
			"وقال|الوزير خالد العلي|خالد-العلي ; ويضيف||خالد-العلي|res"},
		{"what is ascribed is no speaker; a foreign name between commas is",
			[]string{"وقال المدير خالد العلي إن الودائع زادت.", "وأرجع السبب في ارتفاع الودائع إلى ثقة العملاء.",
				"وقالت، ماري آن كولنز، وهي كندية انتقلت إلى فيينا، إنها قررت البقاء."},
			"وقال|المدير خالد العلي|خالد-العلي ; وأرجع||خالد-العلي|res ; وقالت|ماري آن كولنز|ماري-ان-كولنز"},
		{"a quoted name, then the object of a verb whose object is what was said",
			[]string{"أكدت \"صحة تبوك\" توفير كل الأدوية اللازمة.", "ذكر “توماس هيل” المتحدث باسم الوزارة أن العمل مستمر."},
			"أكدت|\"صحة تبوك\"|صحه-تبوك ; ذكر|“توماس هيل” المتحدث باسم الوزارة|توماس-هيل"},
		{"a study a body carried out: the clause describing it is no part of the speaker (its verb no object); a medium before its verb after لكن",
			[]string{"إذ أظهرت دراسة علمية أجرتها الجامعة الكندية أن النوم يؤثر.",
				"لكن صحيفة واشنطن بوست نقلت عن مارك ابن الرسام قوله إن الرسام توفي."},
			"أظهرت|دراسة علمية|دراسه-علميه ; نقلت|مارك ابن الرسام|مارك-ابن-الرسام|ch=واشنطن-بوست"},
		{"a chain of participles opening a sentence, after a verb that reports nothing",
			[]string{"بحث الدكتور صالح العلي مع الوفد كيفية التعاون. منوها بما تحقق من إنجازات، مشيرًا إلى أن العمل مستمر."},
			"منوها||صالح-العلي ; مشيرًا||صالح-العلي"},
		{"the subject after أن before قد and its verb",
			[]string{"رغم أن المدرب خالد العلي قد طالب بتعزيز الفريق."},
			"طالب|المدرب خالد العلي|خالد-العلي"},
		{"after a comma, a time conjunction is no what-was-said",
			[]string{"وقال الوزير خالد العلي، بعد أن زار المستشفى، إن الخدمات جيدة."},
			"وقال|الوزير خالد العلي|خالد-العلي"},
		{"by saying after a reporting verb is its manner, no second event",
			[]string{"وشدد الوزير سعد الشمري بالقول إن العمل مستمر."},
			"وشدد|الوزير سعد الشمري|سعد-الشمري"},
	})
}

// A definite speaker of no known kind is a name written with the article
// (a country, a family name, a body); an office in a construct chain
// ("وزير الصحة") is one person. Indefinite ones stay unnamed.
func TestArabicDefiniteSpeakersAreNamed(t *testing.T) {
	for _, c := range []struct {
		sentence string
		named    bool
	}{
		{"أكدت الكويت أن الخلاف عابر.", true},
		{"وقال الكندي إن الخلاف بسيط.", true},
		{"ونقلت واس عن وزير الصحة قوله إن العمل مستمر.", true},
		{"وأعرب رئيس حزب الوسط عن تأييده لقرار المملكة.", true},
		{"وقال مسؤول في الوزارة إن العمل مستمر.", false},
		{"وقال مسؤول أمريكي إن العمل مستمر.", false},
	} {
		a := data.ParseArticle("t", "t.txt", []byte("# t\n\n"+c.sentence+"\n"), model.Meta{})
		s := cite.New(nil, nil).Analyze(a)
		if len(s.Attributions) != 1 {
			t.Errorf("%s: %d attributions, want 1", c.sentence, len(s.Attributions))
			continue
		}
		if got := s.Attributions[0].Kind == model.Named; got != c.named {
			t.Errorf("%s: named %v, want %v (%s)", c.sentence, got, c.named, s.Attributions[0].Speaker)
		}
	}
}

// A sentence repeating the article's headline ("رابط الخبر بصحيفة …: TITLE"
// under the story) reports nothing, though the headline has a verb.
func TestHeadlineRepeatedReportsNothing(t *testing.T) {
	title := "المواطنون في المدينة يستنكرون التصريحات العدائية"
	text := "# t\n\nوقال الوزير سعد الشمري إن العمل مستمر.\n\nرابط الخبر بصحيفة المدينة: " + title + "\n"
	a := data.ParseArticle("t", "t.txt", []byte(text), model.Meta{Title: title})
	s := cite.New(nil, nil).Analyze(a)
	if len(s.Attributions) != 1 || s.Attributions[0].Cue != "وقال" {
		t.Errorf("attributions %+v, want only وقال", s.Attributions)
	}
	// Without the title known, the same line is read like any other.
	s = cite.New(nil, nil).Analyze(data.ParseArticle("t", "t.txt", []byte(text), model.Meta{}))
	if len(s.Attributions) != 2 {
		t.Errorf("%d attributions without the title, want 2", len(s.Attributions))
	}
}

// A lead that reports the headline's words is the story, not the headline
// again: "أعلن فلان أن <headline>" keeps its attribution.
func TestLeadReportingHeadlineReports(t *testing.T) {
	title := "الجامعة تفتح باب القبول للطلاب المستجدين"
	text := "# t\n\nوأعلن المتحدث باسم الجامعة سامر الحربي أن الجامعة تفتح باب القبول للطلاب المستجدين.\n\n" +
		"المصدر - " + title + "\n"
	s := cite.New(nil, nil).Analyze(data.ParseArticle("t", "t.txt", []byte(text), model.Meta{Title: title}))
	if len(s.Attributions) != 1 || s.Attributions[0].Speaker != "المتحدث باسم الجامعة سامر الحربي" {
		t.Errorf("attributions %+v, want وأعلن by the spokesman only", s.Attributions)
	}
	// So does one quoting it after a colon or a dash, or a dateline lead.
	for _, lead := range []string{
		"وقال مدير الجامعة في مؤتمر صحفي: «" + title + "».",
		"الرياض - " + title + "، وقال مدير الجامعة إن التسجيل يبدأ غداً.",
	} {
		s := cite.New(nil, nil).Analyze(data.ParseArticle("t", "t.txt", []byte("# t\n\n"+lead+"\n"), model.Meta{Title: title}))
		if len(s.Attributions) != 1 || s.Attributions[0].Speaker != "مدير الجامعة" {
			t.Errorf("%s: attributions %+v, want وقال by the director", lead, s.Attributions)
		}
	}
}
