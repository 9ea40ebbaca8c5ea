package cite_test

import "testing"

func TestStraightMarksThatOnlyClose(t *testing.T) {
	runCases(t, []attrCase{
		{"a closing mark with no opening one opens nothing: what follows is the writer's",
			[]string{`وأكد الوزير سالم الكندي أن الجسر سيفتتح قبل الصيف وأن الأعمال متقدمة". وتأخر وصول الرافعات بحسب المصدر. وأوضح المصدر "يمكنني القول إن الشحنة علقت في الميناء".`},
			"وأكد|الوزير سالم الكندي|سالم-الكندي ; بحسب|المصدر|anon-sources ; وأوضح|المصدر|anon-sources|res"},
		{"an inner quotation in straight marks keeps the outer one open: its cue is the quoted speaker's",
			[]string{`وقال الكاتب: "ستقرأ في الصحف جملا من قبيل "قال الوزير إن القطارات تصل في موعدها"، لكن الركاب يعرفون غير ذلك".`},
			"وقال|الكاتب|الكاتب"},
		{"a saying to come inside a quotation is still the quoted speaker's",
			[]string{`The winger trained for four days with the squad in Portugal last month. "I am after a settled contract," said Jim Barker. "The longer I stay in one dressing room, the calmer I play. "Loan spells only unsettle me. The fans will ask: 'Why is he packing his bags again?'" The club's chief executive, Tom Wells, added: "We love the spirit he has brought to training and the staff tell us they would welcome him for years."`},
			"said|Jim Barker|jim-barker ; ||jim-barker|res ; added|The club's chief executive, Tom Wells|tom-wells"},
	})
}

func TestArabicVerbAfterARelativeItAgreesWith(t *testing.T) {
	runCases(t, []attrCase{
		{"\"التي تحدث\" is تَحدُث (happen), whose subject is the head noun: no one speaks",
			[]string{"وقال الوزير سالم الكندي إن الوضع صعب. وهذه هي الأعطال التي تحدث عن غير عمد في شبكات الري."},
			"وقال|الوزير سالم الكندي|سالم-الكندي"},
		{"a subject after أن never ends with a relative pronoun",
			[]string{"وقال الوزير سالم الكندي إن الوضع صعب. وهذا دليل على أن الرئيس يوسف الخالدي لا يكترث بالأعطال التي تحدث عن غير عمد في شبكات الري."},
			"وقال|الوزير سالم الكندي|سالم-الكندي"},
	})
}

func TestArabicVerbWrittenTwice(t *testing.T) {
	runCases(t, []attrCase{
		{"\"وقال X قال:\": the subject between the two verbs is the second's",
			[]string{"وطمأن اللاعب سالم الكندي الجميع على إصابته.", `وقال الحكم المشارك في البطولة يوسف الخالدي قال: "نحن نحرص على تطور مستوياتنا".`},
			"قال|الحكم المشارك في البطولة يوسف الخالدي|يوسف-الخالدي"},
	})
}

func TestEnglishPronounRightBeforeTheVerb(t *testing.T) {
	runCases(t, []attrCase{
		{"\"whether he feared a relegation battle he replied\": the pronoun is the subject, not the phrase before it",
			[]string{`Jim Barker set up both goals. "The wind helped us," said Barker. But when Barker was asked whether he feared a relegation battle he replied: "Not for a minute." "My knee is fine," he added.`},
			"said|Barker|jim-barker ; replied|he|jim-barker|res ; added|he|jim-barker|res"},
	})
}

func TestArabicAgencyNamedByItsNation(t *testing.T) {
	runCases(t, []attrCase{
		{"\"وفقاً للألمانية\" credits the agency, which no later masculine verb points back to",
			[]string{"وتوقع المدرب سالم الكندي فوز الفريق باللقب. وفقا للالمانية.", "وأضاف أن الموسم طويل."},
			"وتوقع|المدرب سالم الكندي|سالم-الكندي ; وفقا|لالمانية|الالمانيه ; وأضاف||سالم-الكندي|res"},
		{"the agency is not a body named before with the same adjective",
			[]string{"وقالت الخارجية الفرنسية إن الاتفاق مهم، بحسب الفرنسية."},
			"وقالت|الخارجية الفرنسية|الخارجيه-الفرنسيه ; بحسب|الفرنسية|الفرنسيه"},
		{"the adjective alone elsewhere is no agency",
			[]string{"وقالت الصحافة الفرنسية إن الاتفاق مهم."},
			"وقالت|الصحافة الفرنسية|الصحافه-الفرنسيه"},
	})
}

func TestArabicBracesQuote(t *testing.T) {
	runCases(t, []attrCase{
		{"{ } quote as « » do: a name in them is the channel's",
			[]string{"وأكد الوزير سالم الكندي لـ {الشرق الأوسط} أن الصادرات الزراعية سترتفع في الموسم المقبل."},
			"وأكد|الوزير سالم الكندي|سالم-الكندي|ch=الشرق-الاوسط"},
		{"a verse in its own paragraph continues no one, and is no part of a speaker's name",
			[]string{"وقال الشيخ سالم الكندي إن الفقيد كان محبوباً.", "{إِنَّا لِلّهِ وَإِنَّا إِلَيْهِ رَاجِعونَ}.",
				"قال الله تعالى {وَالتِّينِ وَالزَّيْتُونِ وَطُورِ سِينِينَ}."},
			"وقال|الشيخ سالم الكندي|سالم-الكندي ; قال|الله تعالى|الله"},
	})
}

func TestArabicProfessorIsATitle(t *testing.T) {
	runCases(t, []attrCase{
		{"البروفيسور is a title: the name after it is the person, whom the title and surname later are",
			[]string{"ويقول البروفيسور ديفيد توماس إن النتائج مشجعة.", "ويضيف البروفيسور توماس أن الدراسة مستمرة.",
				"واعتبر البروفسور كوليندا أن عددا من الطلاب يؤجلون التسجيل."},
			"ويقول|البروفيسور ديفيد توماس|ديفيد-توماس ; ويضيف|البروفيسور توماس|ديفيد-توماس ; واعتبر|البروفسور كوليندا|كوليندا"},
	})
}

func TestArabicSentenceInMarksRightAfterTheVerb(t *testing.T) {
	runCases(t, []attrCase{
		{"\"وأضاف \"…\" مشيرا\": a sentence in marks is what was said, not a quoted name of the speaker",
			[]string{`قال الوزير سالم الكندي إن الحريق كارثة. وأضاف "فرق الإطفاء تعمل منذ الفجر والخسائر كبيرة" مشيرا إلى إجلاء نحو 300 أسرة.`},
			"قال|الوزير سالم الكندي|سالم-الكندي ; وأضاف||سالم-الكندي|res ; مشيرا||سالم-الكندي|res"},
	})
}

func TestArabicWhomTheyToldAndHow(t *testing.T) {
	runCases(t, []attrCase{
		{"\"لي\", \"لنا\" after the verb are whom he told: the subject is dropped",
			[]string{"وقال الوزير سالم الكندي إن الوضع صعب. ويضيف لنا: «نعمل ليلاً ونهاراً».", "فقال لي مبتسماً: ربما بعد العيد."},
			"وقال|الوزير سالم الكندي|سالم-الكندي ; ويضيف||سالم-الكندي|res ; فقال||سالم-الكندي|res"},
		{"\"لي\" before a possessed noun or a title is whom she told",
			[]string{"وقالت لي زوجته إن الوضع صعب.", "قال لي المسؤول عن المعرض إن الحجز متاح حتى الخميس."},
			"وقالت|زوجته|زوجته ; قال|المسؤول عن المعرض|anon-officials"},
		{"but \"لي\" before a name is the name Lee",
			[]string{"وصرح لي ولوسكي أن المحادثات مستمرة."},
			"وصرح|لي ولوسكي|لي-ولوسكي"},
		{"a manner adverb after the verb or the speaker is neither",
			[]string{"وقال الوزير سالم الكندي بصراحة إن الوضع صعب. وقال بحزن إن الضحايا كثر."},
			"وقال|الوزير سالم الكندي|سالم-الكندي ; وقال||سالم-الكندي|res"},
		{"\"فحسب بل\" is \"only… but\", no nominal cue",
			[]string{"الحل ليس في المال فحسب بل في الإدارة."},
			""},
	})
}

func TestArabicConsideredWithAPredicate(t *testing.T) {
	runCases(t, []attrCase{
		{"\"اعتبرته X «Y»\": the subject after the verb, then the predicate in marks",
			[]string{"وبلغ عدد الحالات 694، فيما اعتبرته منظمة الرقابة الدولية «ارتفاعا غير مسبوق»."},
			"اعتبرته|منظمة الرقابة الدولية|الرقابه-الدوليه"},
		{"an accusative right after the verb is the predicate: the subject is dropped",
			[]string{"وقال الوزير سالم الكندي إن المدير أخطأ. ويعتبره مسؤولا مسؤولية شخصية عن الخسارة."},
			"وقال|الوزير سالم الكندي|سالم-الكندي ; ويعتبره||سالم-الكندي|res"},
		{"\"الغرب، الذي يعتبرهما\": the pronoun is others', the relative's head the subject, and no source",
			[]string{"وقال الوزير سالم الكندي إن الزعيمين معزولان. ويعاني الزعيمان من نبذ الغرب، الذي يعتبرهما تهديداً لأمنه."},
			"وقال|الوزير سالم الكندي|سالم-الكندي"},
	})
}

func TestQuotationBeforeItsSpeakersParagraph(t *testing.T) {
	runCases(t, []attrCase{
		{"a quotation alone, then a paragraph that opens with its speaker before the verb: that speaker's",
			[]string{"«الموسم صعب، لكن لدينا لاعبون لن يتركوا الفرصة تفلت منا».",
				"وزير الرياضة الشيخ سالم الكندي قال أمس إن المنتخب سيقاتل حتى النهاية.",
				"«آن الأوان لفتح المعابر أمام قوافل الدواء».",
				"المبعوثة الأممية سارة الخالدي تدعو الطرفين لفتح المعابر."},
			"||سالم-الكندي|res ; قال|وزير الرياضة الشيخ سالم الكندي|سالم-الكندي ; ||ساره-الخالدي|res ; تدعو|المبعوثة الأممية سارة الخالدي|ساره-الخالدي"},
		{"after a speaker, a quotation alone then \"وقال\" with another: the first speaker goes on",
			[]string{"وقال الوزير سالم الكندي إن الوضع صعب.", "«نعمل ليلاً ونهاراً من أجل الحل».", "وقال الرئيس يوسف الخالدي إن الحل قريب."},
			"وقال|الوزير سالم الكندي|سالم-الكندي ; ||سالم-الكندي|res ; وقال|الرئيس يوسف الخالدي|يوسف-الخالدي"},
		{"English, no speaker before: the one the next paragraph opens with",
			[]string{`"We will not let this chance slip away from us."`, "The sports minister, Salem Kandi, said on Tuesday that the squad would fight to the last whistle."},
			"||salem-kandi|res ; said|The sports minister, Salem Kandi|salem-kandi"},
	})
}

func TestArabicConsideredWithADroppedSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"what follows \"واعتبره\" is no source: its predicate, the subject dropped",
			[]string{"وقال الوزير سالم الكندي إن الخطة فشلت. واعتبره أضغاث أحلام."},
			"وقال|الوزير سالم الكندي|سالم-الكندي ; واعتبره||سالم-الكندي|res"},
	})
}

func TestArabicVowedTo(t *testing.T) {
	runCases(t, []attrCase{
		{"توعّد بـ is a report of what the speaker vows, subject before or after it",
			[]string{"وتوعد الوزير سالم الكندي بملاحقة المتورطين.", "الرئيس يوسف الخالدي يتوعد بتشديد القوانين."},
			"وتوعد|الوزير سالم الكندي|سالم-الكندي ; يتوعد|الرئيس يوسف الخالدي|يوسف-الخالدي"},
	})
}

func TestArabicWhatADocumentSays(t *testing.T) {
	runCases(t, []attrCase{
		{"\"وجاء في بيان لـX أن\": the statement, its issuer the source; \"وأضاف البيان\" the same",
			[]string{"وجاء في بيان لوزارة السياحة الماليزية أن الموسم واعد. وأضاف البيان أن الحجوزات تضاعفت."},
			"وجاء|بيان لوزارة السياحة الماليزية|وزاره-السياحه-الماليزيه ; وأضاف|البيان|وزاره-السياحه-الماليزيه|res"},
		{"\"ورد في رسالة\"",
			[]string{"وورد في رسالة الوزير أن القرار نهائي."},
			"وورد|رسالة الوزير|رساله-الوزير"},
		{"\"جاء في التقرير:\"",
			[]string{"وجاء في التقرير: «الأرقام مقلقة»."},
			"وجاء|التقرير|التقرير"},
		{"a ranking is no document",
			[]string{"وجاء الفريق في المركز الثاني. وجاء في المركز الثالث فريق النصر."},
			""},
	})
}

func TestArabicSomeoneMetBeforeAfterBut(t *testing.T) {
	runCases(t, []attrCase{
		{"\"ولكن X أكد\": X, a person or a body met before, is the subject",
			[]string{"وقال الوزير سالم الكندي إن الوضع صعب. ورد المعارض يوسف الخالدي بأن الخطة فاشلة. ولكن الكندي أكد أنه متمسك بالخطة.",
				"وقالت منظمة الرقابة الدولية إن الإعدامات زادت. وقالت السلطات إنها أعدمت 289 شخصا، ولكن الرقابة الدولية تقول إن العدد أكبر."},
			"وقال|الوزير سالم الكندي|سالم-الكندي ; ورد|المعارض يوسف الخالدي|يوسف-الخالدي ; أكد|الكندي|سالم-الكندي ; " +
				"وقالت|منظمة الرقابة الدولية|الرقابه-الدوليه ; وقالت|السلطات|السلطات ; تقول|الرقابة الدولية|الرقابه-الدوليه|res"},
	})
}

func TestArabicTheWeatherAuthority(t *testing.T) {
	runCases(t, []attrCase{
		{"الأرصاد is the weather authority, the one named in full before",
			[]string{"وتوقعت الرئاسة العامة للأرصاد انخفاضا في درجات الحرارة ليلا.", "كما توقعت الأرصاد هبوب رياح نشطة على سواحل جازان."},
			"وتوقعت|الرئاسة العامة للأرصاد|الرءاسه-العامه-للارصاد ; توقعت|الأرصاد|الرءاسه-العامه-للارصاد|res"},
	})
}
