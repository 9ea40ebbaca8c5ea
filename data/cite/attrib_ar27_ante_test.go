package cite_test

import "testing"

// Constructions of the twenty-seventh session's antecedent audit: the
// speaker's entity named by the words that only describe him, which every
// dropped subject after it then followed. Sentences and names invented.

func TestArabicQuotedNameAfterPerson(t *testing.T) {
	runCases(t, []attrCase{
		{"a name in marks after a person's name is his paper's or his unit's, not his",
			[]string{"وقال سالم العتيبي رئيس تحرير صحيفة «الفجر» إن المطبعة توقفت.", "وأضاف العتيبي أن العمال عادوا."},
			"وقال|سالم العتيبي رئيس تحرير صحيفة «الفجر»|سالم-العتيبي ; وأضاف|العتيبي|سالم-العتيبي"},
		{"so the dropped subject after him is his",
			[]string{"وأوضح رامي الحداد مدير «بيت الحرف» أن المعرض افتتح.", "وأشار إلى أن الزوار كثر."},
			"وأوضح|رامي الحداد مدير «بيت الحرف»|رامي-الحداد ; وأشار||رامي-الحداد|res"},
		{"a number in marks names no one",
			[]string{"وقال العميد عبد الكريم الراشد قائد اللواء «33» إن القوة وصلت.", "وأضاف أن الجرحى نقلوا."},
			"وقال|العميد عبد الكريم الراشد قائد اللواء «33»|العميد-عبد-الكريم-الراشد-قاءد-اللواء-33 ; وأضاف||العميد-عبد-الكريم-الراشد-قاءد-اللواء-33|res"},
		{"a body's or a title's name in marks is still its name",
			[]string{"وقالت شركة «النخيل» إن الأرباح ارتفعت.", "وأكد العقيد «الشمراني» أن الطريق آمن."},
			"وقالت|شركة «النخيل»|النخيل ; وأكد|العقيد «الشمراني»|الشمراني"},
	})
}

func TestArabicBroadcasterAfterL(t *testing.T) {
	runCases(t, []attrCase{
		{"ل with a broadcasting corporation is whom the speaker spoke to, a channel",
			[]string{"وقال المدرب فادي نصار لهيئة الإذاعة البريطانية إن الفريق سيفوز.", "وتابع: «نحن جاهزون»."},
			"وقال|المدرب فادي نصار|فادي-نصار|ch=هيءه-الاذاعه-البريطانيه ; وتابع||فادي-نصار|res"},
		{"with its short name in brackets too",
			[]string{"وقال مدرب الحراس لهيئة الإذاعة الكندية (سي بي سي) أمس إن اللقاء صعب."},
			"وقال|مدرب الحراس|مدرب-الحراس|ch=هيءه-الاذاعه-الكنديه"},
	})
}

func TestArabicPlatformInBrackets(t *testing.T) {
	runCases(t, []attrCase{
		{"a network named in brackets after the site it is is where the words were posted",
			[]string{"وقال بيان صادر عن وزارة النقل على موقع التواصل الاجتماعي (فيس بوك) إن الطرق مفتوحة.", "ولفت إلى أن الصيانة مستمرة."},
			"وقال|بيان صادر عن وزارة النقل|وزاره-النقل|ch=فيس-بوك ; ولفت||وزاره-النقل|res"},
		{"so is a network with the day of posting between it and what was said",
			[]string{"وقال المهندس كامل العبيدي على تويتر صباح الخميس إن الجسر افتتح."},
			"وقال|المهندس كامل العبيدي|كامل-العبيدي|ch=تويتر"},
	})
}

func TestArabicDocumentNamingItsIssuer(t *testing.T) {
	runCases(t, []attrCase{
		{"a definite statement that names its issuer is the issuer's, not the statement the last speaker gave",
			[]string{"وأضافت الرابطة في بيان على موقعها إن الإضراب انتهى.", "وفي سياق آخر، شدد البيان الصادر عن ديوان المحافظ على أن الطرق مغلقة."},
			"وأضافت|الرابطة|الرابطه ; شدد|البيان الصادر عن ديوان المحافظ|ديوان-المحافظ"},
		{"a bare definite statement is still the last speaker's",
			[]string{"وأضافت الرابطة في بيان على موقعها إن الإضراب انتهى.", "وأكد البيان أن المصانع عادت للعمل."},
			"وأضافت|الرابطة|الرابطه ; وأكد|البيان|الرابطه|res"},
	})
}

func TestArabicParticipleOverNominal(t *testing.T) {
	runCases(t, []attrCase{
		{"after a verb that reports nothing, a participle is its subject's, not the source of a nominal cue between",
			[]string{"ونشرت صحيفة «المساء» صورا للكوكب، نقلا عن وكالة الفضاء الأوروبية، مشيرة إلى أن حرارته مرتفعة."},
			"نقلا عن|وكالة الفضاء الأوروبية|الفضاء-الاوروبيه ; مشيرة|صحيفة «المساء»|المساء"},
		{"a nominal cue opening the sentence keeps it",
			[]string{"وبحسب الوزارة، فإن المدارس جاهزة، مشيرة إلى أن الكتب وزعت."},
			"وبحسب|الوزارة|الوزاره ; مشيرة||الوزاره"},
	})
}
