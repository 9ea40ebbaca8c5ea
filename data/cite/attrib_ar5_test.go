package cite_test

import "testing"

// Arabic constructions met in the fifth session, from reviews of the
// finder's output on unannotated SaudiNewsNet articles. Sentences and names
// invented for these tests; each keeps the construction met.
func TestArabicFifthReading(t *testing.T) {
	runCases(t, []attrCase{
		{"an adverbial opening the clause, with no comma, before an imperfect",
			[]string{"ومن جانبه يقول ماجد الناصر، المتخصص في التقنيات الحديثة: إن الأجهزة تتطور.",
				"ومن جهتها تؤكد الوزيرة سلمى الحربي أن العمل مستمر."},
			"يقول|ماجد الناصر|ماجد-الناصر ; تؤكد|الوزيرة سلمى الحربي|سلمي-الحربي"},
		{"the writer's formula \"it is worth mentioning\" reports no one",
			[]string{"الجدير ذكره أن المشروع بدأ قبل عامين.", "والجدير بالذكر أن المشروع بدأ قبل عامين.",
				"ومما يذكر أن المشروع بدأ قبل عامين."},
			""},
		{"\"as the agency carried\", with no عن: the agency is the source of the clause before",
			[]string{"ارتفعت الأسعار، حسبما نقلت وكالة الأنباء الرسمية.",
				"وقتل ثلاثة جنود، حسبما نقلت وكالة رويترز عن مصدر أمني."},
			"نقلت|وكالة الأنباء الرسمية|الانباء-الرسميه ; نقلت|مصدر أمني|anon-sources|ch=reuters"},
		{"قد before a perfect that must open its clause, and the participles after it",
			[]string{"وقد عبر المدير العام للتعليم الدكتور سامي الحربي عن بالغ سعادته بالفوز، مؤكدًا أن ذلك ثمرة الجهود.",
				"وقد عبر الوفد الحدود أمس."},
			"عبر|المدير العام للتعليم الدكتور سامي الحربي|سامي-الحربي ; مؤكدًا||سامي-الحربي"},
		{"the verb's own particle before a quotation is what was said, not a channel",
			[]string{"دعا الرئيس سامي الحربي إلى «تعاون أكبر» بين البلدين.",
				"وأشار الوزير خالد الفهد إلى «رويترز» إلى أن العمل مستمر."},
			"دعا|الرئيس سامي الحربي|سامي-الحربي ; وأشار|الوزير خالد الفهد|خالد-الفهد|ch=reuters"},
		{"where a named person spoke is no part of the speaker; a body is",
			[]string{"وقال الرئيس الأمريكي جون هاربر في افتتاح مؤتمر دولي عن الزراعة الحديثة إن المياه تنفد.",
				"وقال الرئيس سامي الحربي في افتتاح المؤتمر إن المياه تنفد.",
				"وقال الباحث سامي الحربي في جامعة الملك سعود إن الدراسة اكتملت.",
				"وتوقع الوزير انخفاض أسعار الوقود في الأسواق عن مستوياتها الحالية."},
			"وقال|الرئيس الأمريكي جون هاربر|جون-هاربر ; وقال|الرئيس سامي الحربي|سامي-الحربي ; " +
				"وقال|الباحث سامي الحربي في جامعة الملك سعود|سامي-الحربي ; " +
				"وتوقع|الوزير|الوزير"},
		{"a participle after a nominal cue between commas is the verb's speaker's, unless it agrees only with the document",
			[]string{"وقال الرئيس سامي الحربي، بحسب وكالة «إيرنا»، إن التعاون مستمر، محذرا من أن الإرهاب يهدد المنطقة.",
				"ووفقا للوثيقة التي حصلت عليها الصحيفة فإن التغطية يبلغ حدها مئة ألف ريال، مطالبة الشركات بالالتزام."},
			"وقال|الرئيس سامي الحربي|سامي-الحربي ; بحسب|وكالة «إيرنا»|ايرنا ; محذرا||سامي-الحربي ; " +
				"ووفقا|لوثيقة|الوثيقه ; مطالبة||الوثيقه"},
		{"after إن or لكن, the subject ends at its first verb, which the second shares",
			[]string{"فإن هيئة الشباب والرياضة عبرت عن صدمتها وقالت إن القرار ظالم."},
			"وقالت|هيئة الشباب والرياضة|هيءه-الشباب-والرياضه"},
		{"a title whose body holds a given name, a comma, then the speaker's name with an honorific",
			[]string{"وقال المشرف العام على مركز الملك خالد للتطوع، الدكتور ناصر الدوسري إن المتطوعين جاهزون.",
				"وأشار الدوسري إلى أن التدريب يبدأ غدا."},
			"وقال|المشرف العام على مركز الملك خالد للتطوع، الدكتور ناصر الدوسري|ناصر-الدوسري ; " +
				"وأشار|الدوسري|ناصر-الدوسري"},
		{"the one it was said to, after the speaker's name",
			[]string{"وقال الرئيس سامي الفارس لنظيره التركي إن العلاقات متينة.", "وقال روحاني لإردوغان إن العلاقات متينة.",
				"وقال ليون إن العلاقات متينة."},
			"وقال|الرئيس سامي الفارس|سامي-الفارس ; وقال|روحاني|روحاني ; وقال|ليون|ليون"},
	})
}

// Names after the place of a post, and the same person by surname.
func TestArabicEnvoyNames(t *testing.T) {
	runCases(t, []attrCase{
		{"the envoy to a country, then the name: one person with the surname after",
			[]string{"وقال المبعوث الأممي إلى سورية ستيفان دي كارلو إن الغارات تسببت بدمار.", "وأضاف دي كارلو أن الوضع صعب."},
			"وقال|المبعوث الأممي إلى سورية ستيفان دي كارلو|ستيفان-دي-كارلو ; وأضاف|دي كارلو|ستيفان-دي-كارلو"},
		{"an official in a place is no one named after the place",
			[]string{"وذكر مسؤول في مطار صلالة الدولي أن الطائرات تأخرت ساعتين."},
			"وذكر|مسؤول في مطار صلالة الدولي|anon-officials"},
		{"the envoy is a title: the name after it is the person",
			[]string{"وقال مبعوث الأمم المتحدة إلى سورية سامي الحربي إن الغارات تسببت بدمار."},
			"وقال|مبعوث الأمم المتحدة إلى سورية سامي الحربي|سامي-الحربي"},
	})
}

// A rank written in full, and the spokesman's title again after his name.
func TestArabicRankAndTitleAgain(t *testing.T) {
	runCases(t, []attrCase{
		{"a rank of several words before the name; \"any\" starts the object; the same title later is the same man",
			[]string{"نفى الناطق الرسمي لقوات التحالف العميد ركن طيار سامي الحربي أي عملية إنزال بري.",
				"وقال الحربي إن العمليات معلنة.", "وشدد المتحدث باسم قوات التحالف على أن الإعلان سيتم."},
			"نفى|الناطق الرسمي لقوات التحالف العميد ركن طيار سامي الحربي|سامي-الحربي ; وقال|الحربي|سامي-الحربي ; " +
				"وشدد|المتحدث باسم قوات التحالف|سامي-الحربي|res"},
		{"إي, the letter, and آية fold as أي and are names' words",
			[]string{"وقال المرجع الديني آية الله السيد كاظم الموسوي إن الفتوى واضحة.",
				"وذكر سامي الحربي المدير الإقليمي لشركة بي أيه إي سيستمز أن المصنع توسع."},
			"وقال|المرجع الديني آية الله السيد كاظم الموسوي|كاظم-الموسوي ; " +
				"وذكر|سامي الحربي المدير الإقليمي لشركة بي أيه إي سيستمز|سامي-الحربي"},
	})
}

// Verbs that report only before a colon, blessings after a name, and
// "أبلغ" with what was told after ب.
func TestArabicColonVerbsAndBlessings(t *testing.T) {
	runCases(t, []attrCase{
		{"\"وزاد:\" and \"وختم:\" go on for the speaker; \"زاد\" before a noun is \"increased\", and \"زاده\" stays a name's",
			[]string{"وقال المدير سامي الحربي إن العمل مستمر.", "وزاد: خطتنا في المديرية ثابتة.", "وختم: \"سننشر تقريرا مماثلا\".",
				"وزاد عدد الزوار هذا العام.", "واكد محاميه حسن تقي زاده ان الحكم سيستأنف."},
			"وقال|المدير سامي الحربي|سامي-الحربي ; وزاد||سامي-الحربي|res ; وختم||سامي-الحربي|res ; " +
				"واكد|محاميه حسن تقي زاده|حسن-تقي-زاده"},
		{"a blessing after a name is no part of it; right after the verb it stands for the Prophet (ar27 ctx)",
			[]string{"كما قال عليه الصلاة والسلام: (تبسمك في وجه أخيك صدقة).",
				"وقال الشيخ سامي الحربي رحمه الله إن العلم نور."},
			"قال|عليه الصلاة والسلام|النبي ; وقال|الشيخ سامي الحربي|سامي-الحربي"},
		{"one told of something with ب; \"يبلغ\" is \"amounts to\"",
			[]string{"حيث أبلغ أحد حراس المزرعة بعثوره على حقيبة مفقودة.", "وتبلغ قيمة العقد مليون ريال بشكل تقريبي."},
			"أبلغ|أحد حراس المزرعة|احد-حراس-المزرعه"},
	})
}

// Names of places and bodies after a royal title, an adverbial after a
// title's comma, and "it turned out".
func TestArabicPlacesNamedAfterRoyals(t *testing.T) {
	runCases(t, []attrCase{
		{"a given name after a royal title names the centre or the airport, not the speaker",
			[]string{"وقال المتحدث باسم مستشفى الملك خالد التخصصي ماهر الشمري إن المريض تعافى.", "وأبان الشمري أن العملية نجحت.",
				"وقال الأستاذ حمد العمري مدير عام جمرك مطار الملك خالد الدولي إن المسافرين ازدادوا.", "وأضاف العمري أن الإجراءات سريعة."},
			"وقال|المتحدث باسم مستشفى الملك خالد التخصصي ماهر الشمري|ماهر-الشمري ; وأبان|الشمري|ماهر-الشمري ; " +
				"وقال|الأستاذ حمد العمري مدير عام جمرك مطار الملك خالد الدولي|حمد-العمري ; وأضاف|العمري|حمد-العمري"},
		{"a commander of the forces, with the article, is the prince himself",
			[]string{"وقال قائد القوات الأمير فهد بن تركي إن العمليات مستمرة."},
			"وقال|قائد القوات الأمير فهد بن تركي|فهد-بن-تركي"},
		{"after the title's comma, \"earlier\", then what was said",
			[]string{"وقال هشام الخطيب وزير الزراعة الأردني، في وقت سابق إن الموسم وفير."},
			"وقال|هشام الخطيب وزير الزراعة الأردني|هشام-الخطيب"},
		{"\"وتبين أن\" with no subject is \"it turned out\"; with one, she shows",
			[]string{"وقال مدير الشرطة سامي الحربي إن الجاني اعتقل.", "وتبين أن الجاني سبق القبض عليه.",
				"وتبين الدراسة أن الخدمات تحسنت."},
			"وقال|مدير الشرطة سامي الحربي|سامي-الحربي ; وتبين|الدراسة|الدراسه"},
	})
}

// A body's name in marks inside a person's title; a demonstrative object
// before a titled name.
func TestArabicQuotedBodyInTitle(t *testing.T) {
	runCases(t, []attrCase{
		{"the body in marks, then the person's name: the person",
			[]string{"وقال رئيس الشركة الأهلية للخدمات الزراعية «زراعية» سالم الدهمشي إن المحصول جيد.", "ونوه الدهمشي بجهود المزارعين.",
				"وقالت وكالة «سبوتنيك» إن الوفد وصل."},
			"وقال|رئيس الشركة الأهلية للخدمات الزراعية «زراعية» سالم الدهمشي|سالم-الدهمشي ; ونوه|الدهمشي|سالم-الدهمشي ; وقالت|وكالة «سبوتنيك»|sputnik"},
		{"\"أوضح ذلك\" then an honorific and a name: the demonstrative is what was said",
			[]string{"وقال المدير إن المنفذ أغلق مؤقتا.", "أوضح ذلك الأستاذ حمد العمري مدير المنفذ."},
			"وقال|المدير|المدير ; أوضح|الأستاذ حمد العمري مدير المنفذ|حمد-العمري"},
	})
}

// The paper learned it from its sources; an agency in marks carrying words.
func TestArabicLearnedFromSources(t *testing.T) {
	runCases(t, []attrCase{
		{"\"علمت «الصحيفة» من مصادر أن\": the sources speak, the paper is the channel; the writer's \"علمت أن\" is none",
			[]string{"علمت «الشرق الأوسط» من مصادر دبلوماسية مطلعة، أن اللقاء تأجل أسبوعا.",
				"وعلمت «عكاظ» من مصادرها أن القرار صدر.", "علمت أن القرار صدر.",
				"وقال أستاذ علم الأوبئة سامي الحربي إن النوم مفيد."},
			"علمت|مصادر دبلوماسية مطلعة|anon-sources|ch=الشرق-الاوسط ; وعلمت|مصادرها|anon-sources|ch=عكاظ ; " +
				"وقال|أستاذ علم الأوبئة سامي الحربي|سامي-الحربي"},
		{"an agency in marks, then عن and the speaker",
			[]string{"ونقلت «رويترز» عن رئيس البورصة سامي الحربي قوله إن القيد تم."},
			"ونقلت|رئيس البورصة سامي الحربي|سامي-الحربي|ch=reuters"},
	})
}

// Quantities of people, a body's genitive after ل, praise with an object,
// and a subject set off by an apposition after a particle.
func TestArabicGroupsAndObjects(t *testing.T) {
	runCases(t, []attrCase{
		{"\"كثير من\" is a quantity of the people who speak",
			[]string{"ويطالب كثير من المقاومين بإقامة كيان مستقل.", "توقع كثير من النقاد أن يتألق اللاعب."},
			"ويطالب|كثير من المقاومين|كثير-من-المقاومين ; توقع|كثير من النقاد|كثير-من-النقاد"},
		{"a body's name goes on after ل and a construct; the one addressed comes after it",
			[]string{"وأوصت الأمانة العامة لهيئة كبار المهندسين سكان القرى بترشيد المياه."},
			"وأوصت|الأمانة العامة لهيئة كبار المهندسين|الامانه-العامه-لهيءه-كبار-المهندسين"},
		{"praise with its object: the second titled name is the one praised",
			[]string{"امتدح المدرب سامي الحربي اللاعب خالد الزيلعي.",
				"ونفى مدير جامعة الملك فيصل الدكتور عبدالعزيز الساعاتي فقدان الوثائق."},
			"امتدح|المدرب سامي الحربي|سامي-الحربي ; ونفى|مدير جامعة الملك فيصل الدكتور عبدالعزيز الساعاتي|عبدالعزيز-الساعاتي"},
		{"after غير أن, the subject, an apposition between commas, then the verb",
			[]string{"غير أن سامي فريدمان، الكاتب البريطاني الذي زار المخيم، قال إن الوضع مأساوي."},
			"قال|سامي فريدمان|سامي-فريدمان"},
	})
}

// What was said, denied, right after the speaker's name.
func TestArabicDeniedAfterName(t *testing.T) {
	runCases(t, []attrCase{
		{"a negation after a full name opens what was said; a name that is also a word does not",
			[]string{"وبين سعود القحطاني لا توجد أي خطة لرفع رسوم التسجيل، مؤكدا بأن الرسوم ثابتة.",
				"قال السفر متعب ولا طاقة لي به."},
			"وبين|سعود القحطاني|سعود-القحطاني ; مؤكدا||سعود-القحطاني"},
	})
}

// What was said in marks right after the speaker, with no colon.
func TestArabicQuoteAfterSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"after a title, someone met before, or a circumstance, words in marks are what was said",
			[]string{"وقال الوزير «العمل مستمر في كل المواقع».", "وقال وزير الدفاع آشتون كارتر إن الزيارة مهمة.",
				"وقال كارتر «التعاون مع الحلفاء يزداد كل عام».",
				"وقال الوزير كيري حول ذلك «سنبقى على الطاولة ما دام الحوار ممكنا».",
				"وقال دبلوماسي أوروبي كبير في الآونة الأخيرة «المحادثات متعثرة»."},
			"وقال|الوزير|الوزير ; وقال|وزير الدفاع آشتون كارتر|اشتون-كارتر ; وقال|كارتر|اشتون-كارتر ; " +
				"وقال|الوزير كيري|كيري ; وقال|دبلوماسي أوروبي كبير|anon-diplomats"},
		{"a name in marks after a title, a body's after its kind word, stay in the speaker",
			[]string{"قال نائب المتحدث الإعلامي باسم تعليم حائل \"خالد السبيعي\": \"الجدول معتمد\".",
				"وأشارت مصادر \"العربية\" إلى أن الوفد غادر مبكرا.",
				"وقال مدير عام مكتب التربية بالمديرية \"ناصر بلعيد\" إن المدارس مغلقة."},
			"قال|نائب المتحدث الإعلامي باسم تعليم حائل \"خالد السبيعي\"|خالد-السبيعي ; " +
				"وأشارت|مصادر \"العربية\"|anon-sources ; وقال|مدير عام مكتب التربية بالمديرية \"ناصر بلعيد\"|ناصر-بلعيد"},
	})
}

// Homographs of reporting verbs, told apart by the word before or after.
func TestArabicHomographs(t *testing.T) {
	runCases(t, []attrCase{
		{"an individual, a price, what came in a text, competences, \"if there is\", \"as if\": no report",
			[]string{"كل فرد في المجتمع مسؤول.", "يصل ثمن الحاسوب المحمول إلى ألفي ريال.",
				"وتعمل الهيئة وفق اختصاصاتها المحددة.", "كما ورد في الخطة أن المشروع يكتمل.",
				"ولا توجد إحصاءات دقيقة، وإن وجد فإنها قديمة.", "تحدث إليه وكأنه أمامك."},
			""},
		{"the same words as verbs",
			[]string{"وثمن الوزير سامي الحربي جهود العاملين.", "وردّ الوزير خالد الفهد على المنتقدين بأن العمل مستمر."},
			"وثمن|الوزير سامي الحربي|سامي-الحربي ; وردّ|الوزير خالد الفهد|خالد-الفهد"},
	})
}

// One person's two titles, a topic before the verb, praise and promises.
func TestArabicTitlesTopicsPraise(t *testing.T) {
	runCases(t, []attrCase{
		{"a name, then two titles joined by و, is one person",
			[]string{"وقال الدكتور فيصل الرشيدي مدير إدارة العلاقات العامة والمتحدث الرسمي للجامعة إن القبول يبدأ الأحد."},
			"وقال|الدكتور فيصل الرشيدي مدير إدارة العلاقات العامة والمتحدث الرسمي للجامعة|فيصل-الرشيدي"},
		{"two titles, then one name: one person",
			[]string{"وقالت الكاتبة والناقدة المسرحية هند المالكي إن العرض جريء."},
			"وقالت|الكاتبة والناقدة المسرحية هند المالكي|هند-المالكي"},
		{"a topic fronted with حول before an imperfect with no subject",
			[]string{"وقال الفنان سامي العتيبي إن المنحوتة ضخمة.", "وحول فكرة أكبر منحوتة خشبية يقول إنه بدأها مصادفة."},
			"وقال|الفنان سامي العتيبي|سامي-العتيبي ; يقول||سامي-العتيبي|res"},
		{"praise with على, a promise in a participle; the imperfect يثني also bends",
			[]string{"من جانبه أثنى أمين عام الجمعية الأستاذ مشعل الحمدان على المتطوعين.",
				"وأكدت السفيرة أن المنحة مفيدة، واعدة بأن بلادها ستزيد عدد المقاعد.",
				"إذا كان الطفل يقعد على الكرسي ويثني ركبته طويلا فإن ظهره يتعب."},
			"أثنى|أمين عام الجمعية الأستاذ مشعل الحمدان|مشعل-الحمدان ; وأكدت|السفيرة|السفيره ; واعدة||السفيره"},
	})
}

// Declining to comment says nothing; the participle after it does.
func TestArabicDeclinesToComment(t *testing.T) {
	runCases(t, []attrCase{
		{"\"رفض التعليق\" is no report; \"قائلاً\" after it is, by the same subject",
			[]string{"ورفضت الشرطة التعليق، قائلة: «لا نعلق على الشائعات».",
				"ورفض المتحدث باسم الشركة سامي الحربي التعليق، قائلا إن التحقيق جار.",
				"ورفض الوزير خالد الفهد الاتهامات، مؤكدا أنها باطلة."},
			"قائلة|الشرطة|الشرطه ; قائلا|المتحدث باسم الشركة سامي الحربي|سامي-الحربي ; مؤكدا|الوزير خالد الفهد|خالد-الفهد"},
	})
}

// Rituals, a report going on after حيث, condemnation, a lineage cut short.
func TestArabicRitualsAndLineage(t *testing.T) {
	runCases(t, []attrCase{
		{"congratulations, condolences and thanks expressed are rituals; a prayer to المولى too",
			[]string{"وأعرب خادم الحرمين الشريفين عن أصدق التهاني وأطيب التمنيات لفخامته.",
				"وعبر أقارب العريس عن شكرهم وتقديرهم للمهنئين.", "ورفع الوزير التعازي لخادم الحرمين، داعياً المولى أن يحفظ المملكة.",
				"وعبر الوزير سامي الحربي عن قلقه من التصعيد."},
			"وعبر|الوزير سامي الحربي|سامي-الحربي"},
		{"after a comma, حيث and a verb with no subject go on with the report",
			[]string{"ذكرت صحيفة جي إس بي أن اللاعب انتقل، حيث قالت إنه الراتب الأعلى."},
			"ذكرت|صحيفة جي إس بي|جي-اس-بي ; قالت||جي-اس-بي|res"},
		{"شجب condemns; a modal is no speaker",
			[]string{"شجب معالي وزير العدل الدكتور وليد الصمعاني العمل الإرهابي.", "وقال يجب ان نعمل معا."},
			"شجب|معالي وزير العدل الدكتور وليد الصمعاني|وليد-الصمعاني ; وقال||وليد-الصمعاني|res"},
		{"a name with its lineage cut short is the same person",
			[]string{"وقال الأمير عبدالله بن مساعد بن عبدالعزيز إن الفريق جاهز.", "وأكد الأمير عبدالله بن مساعد أن الدعم مستمر."},
			"وقال|الأمير عبدالله بن مساعد بن عبدالعزيز|عبدالله-بن-مساعد-بن-عبدالعزيز ; " +
				"وأكد|الأمير عبدالله بن مساعد|عبدالله-بن-مساعد-بن-عبدالعزيز"},
	})
}

// People described and not named are anonymous; the definite noun later
// points back to them.
func TestArabicPeopleDescribed(t *testing.T) {
	runCases(t, []attrCase{
		{"a citizen, traders, a driver: unnamed people; a name before the trade is the person",
			[]string{"ويقول مواطن حضرمي في مدينة سيئون إن الكهرباء تنقطع ليلا.", "وأعرب تجار من مدينة تعز عن قلقهم من الركود.",
				"وقال ياسر حمود تاجر أقمشة إن الطلب تراجع."},
			"ويقول|مواطن حضرمي في مدينة سيئون|anon-people ; وأعرب|تجار من مدينة تعز|anon-people ; " +
				"وقال|ياسر حمود تاجر أقمشة|ياسر-حمود"},
		{"the people again, with the article",
			[]string{"وقال أهالي القرية في شكوى رفعوها للمحافظ إن الطريق متهالك.", "وأردف الأهالي أن البلدية لم ترد."},
			"وقال|أهالي القرية|anon-people ; وأردف|الأهالي|anon-people|res"},
	})
}

// The one addressed in the oblique plural, and the subject in the nominative.
func TestArabicObliquePluralAddressed(t *testing.T) {
	runCases(t, []attrCase{
		{"\"لاعبي المنتخب\" are asked; \"مسؤولو الاتحاد\" ask",
			[]string{"وقال رئيس البعثة سامي الحربي إن الفريق جاهز.", "وطالب لاعبي المنتخب بالتركيز في المباريات.",
				"وطالب مسؤولو الاتحاد بالتركيز."},
			"وقال|رئيس البعثة سامي الحربي|سامي-الحربي ; وطالب||سامي-الحربي|res ; وطالب|مسؤولو الاتحاد|anon-officials"},
	})
}

// A name alone in marks right after the verb, before a comma or a colon;
// a body described, then its short name in parentheses.
func TestArabicQuotedNamesAndShortNames(t *testing.T) {
	runCases(t, []attrCase{
		{"a company's name in marks, then a comma; a surname in marks, then a colon",
			[]string{"أعلنت «ستاروود العالمية للفنادق»، المسجلة في بورصة نيويورك، أنها ستفتح فندقا.",
				"وقال المدير سامي الحربي إن العمل مستمر.", "وتابع \"الكبيسي\": نحن مستعدون."},
			"أعلنت|«ستاروود العالمية للفنادق»|ستاروود-العالميه-للفنادق ; وقال|المدير سامي الحربي|سامي-الحربي ; " +
				"وتابع|\"الكبيسي\"|الكبيسي"},
		{"the short name in parentheses is the body's, written again alone",
			[]string{"وقالت هيئة تنظيم الاتصالات البريطانية (اوفكوم) إن الاستخدام زاد.", "وأضافت اوفكوم أن الهواتف منتشرة."},
			"وقالت|هيئة تنظيم الاتصالات البريطانية (اوفكوم)|اوفكوم ; وأضافت|اوفكوم|اوفكوم"},
	})
}

// A verb that must open its clause, after a clause opener.
func TestArabicVerbAfterClauseOpener(t *testing.T) {
	runCases(t, []attrCase{
		{"\"في حين بين\" reports; \"فيما بين\" is between",
			[]string{"وقال العمودي إن التحضيرات مستمرة، في حين بين عبد الرحمن باقيس أن الميزانية محدودة.",
				"وتقسم الجوائز بالتساوي فيما بين الفرق الفائزة والحكام."},
			"وقال|العمودي|العمودي ; بين|عبد الرحمن باقيس|عبد-الرحمن-باقيس"},
	})
}

// كان before or after a subject is no part of it (the past_aux list was
// read from ar.yaml but never filled).
func TestArabicPastAuxiliary(t *testing.T) {
	runCases(t, []attrCase{
		{"\"فإن كان X قد أكد\", \"لكن بعض المحللين كانوا توقعوا\"",
			[]string{"فإن كان البنك الدولي قد أكد أن التضخم سينخفض.", "لكن بعض المحللين كانوا توقعوا أرباحا أقل للمصارف."},
			"أكد|البنك الدولي|البنك-الدولي ; توقعوا|بعض المحللين|anon-analysts"},
	})
}

// A specialist's title; "considered X as" with بمثابة.
func TestArabicSpecialistAndConsidered(t *testing.T) {
	runCases(t, []attrCase{
		{"the specialist is a title; \"اعتبر X بمثابة\" states a view",
			[]string{"وتؤكد الأخصائية الاجتماعية منى الزهراني أهمية الحوار.", "واعتبرت الوزارة تطبيق الدليل بمثابة بنية تحتية."},
			"وتؤكد|الأخصائية الاجتماعية منى الزهراني|مني-الزهراني ; واعتبرت|الوزارة|الوزاره"},
	})
}

// A relative clause whose verb comes after an adverbial.
func TestArabicRelativeThenAdverbial(t *testing.T) {
	runCases(t, []attrCase{
		{"\"الذي بدوره ثمّن\": the head before the pronoun speaks",
			[]string{"وحضر اللقاء المهندس زياد بن حمد الشثري الذي بدوره ثمّن دعم الجامعة للمبادرة، مؤكداً أهمية الشراكة."},
			"ثمّن|المهندس زياد بن حمد الشثري|زياد-بن-حمد-الشثري ; مؤكداً||زياد-بن-حمد-الشثري"},
	})
}

// A title, its body's genitive, then the person's name.
func TestArabicNameAfterBodyGenitive(t *testing.T) {
	runCases(t, []attrCase{
		{"the name comes after the body the title belongs to",
			[]string{"وأوضح الناطق الإعلامي لبلدية محافظة الخرج، بندر الخالدي أن الحدائق تفتح مساء.",
				"وقال المتحدث باسم حديقة الحيوان ماتس هولم إن الدببة استيقظت مبكرا.",
				"وأوضح الرئيس التنفيذي لشركة نوفا السعودية للبرمجيات توماس غرين أن الفريق يتوسع."},
			"وأوضح|الناطق الإعلامي لبلدية محافظة الخرج، بندر الخالدي|بندر-الخالدي ; " +
				"وقال|المتحدث باسم حديقة الحيوان ماتس هولم|ماتس-هولم ; " +
				"وأوضح|الرئيس التنفيذي لشركة نوفا السعودية للبرمجيات توماس غرين|توماس-غرين"},
	})
}

// Figures owned by a body; "وتدارك:".
func TestArabicOwnedFiguresAndCaughtHimself(t *testing.T) {
	runCases(t, []attrCase{
		{"estimates or data of a body are the body's; sources in it stay unnamed",
			[]string{"وتراجع العجز إلى 12 مليار ريال، وفقًا لتقديرات البنك الدولي.",
				"وكشفت بيانات مصلحة الإحصاءات العامة أن الواردات تراجعت.", "وقالت مصادر داخل نادي الوحدة إن الإدارة تدرس العروض."},
			"وفقًا|تقديرات البنك الدولي|البنك-الدولي ; وكشفت|بيانات مصلحة الإحصاءات العامة|مصلحه-الاحصاءات-العامه ; " +
				"وقالت|مصادر داخل نادي الوحدة|anon-sources"},
		{"\"وتدارك:\" goes on for the speaker",
			[]string{"وقال الرئيس أردوغان إن تركيا مستعدة.", "وتدارك: «ولكن تركيا لن تتراجع»."},
			"وقال|الرئيس أردوغان|اردوغان ; وتدارك||اردوغان|res"},
	})
}

// A body's affiliation with ل before the one addressed and إلى.
func TestArabicAffiliationBeforeIla(t *testing.T) {
	runCases(t, []attrCase{
		{"\"للجوازات\" is the directorate's, إلى comes later",
			[]string{"ودعت المديرية العامة للجوازات المواطنين إلى سرعة مراجعة المراكز."},
			"ودعت|المديرية العامة للجوازات|المديريه-العامه-للجوازات"},
	})
}
