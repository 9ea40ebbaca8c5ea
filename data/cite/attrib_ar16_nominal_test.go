package cite_test

import "testing"

// Nominal cues (بحسب، وفقاً لـ، طبقاً لـ …) of the sixteenth session.
// Sentences and names invented.

func TestArabicNominalOpeningReportedWords(t *testing.T) {
	runCases(t, []attrCase{
		{"a nominal cue right after the complement or colon of a verb of saying is cited inside the speaker's words",
			[]string{"وأوضح المدير فادي النمر أنه بحسب لائحة المصنع الموحدة فقد تم الاتفاق على رسوم بواقع 5 في المئة.",
				"وأشارت المديرة سلمى الكرخي إلى أنه وفقا للنتائج الأولية، فإن شركات النسيج دفعت رشاوى.",
				"وقال وزير الزراعة هاني الدباغ إنه طبقاً لإحصاءات الوزارة فقد ارتفع إنتاج القمح.",
				"ونقلت الصحيفة عن رامي الحداد مدير شركة النسيم قوله: حسب بيانات التصنيع فالطائرة تتطلب ممرا طوله 900 متر."},
			"وأوضح|المدير فادي النمر|فادي-النمر ; وأشارت|المديرة سلمى الكرخي|سلمي-الكرخي ; " +
				"وقال|وزير الزراعة هاني الدباغ|هاني-الدباغ ; ونقلت|رامي الحداد مدير شركة النسيم|رامي-الحداد"},
		{"once the speaker's words have started, it stays the writer's credit",
			[]string{"وقال المدير فادي النمر إن الإنتاج ارتفع بحسب بيانات المصنع."},
			"وقال|المدير فادي النمر|فادي-النمر ; بحسب|بيانات المصنع|anon-assessments"},
	})
}

func TestArabicOutletCreditAtSentenceEnd(t *testing.T) {
	runCases(t, []attrCase{
		{"an outlet credited at the end of a sentence carried the words of the sentence's cue: its channel, no event of its own",
			[]string{"قالت وزارة السياحة في بيان إن اللوحة تحمل اسم ملك قديم، حسب «رويترز».",
				"وقال المدير سامي الفارس إن الحقل يحتوي على احتياطي كبير، بحسب وكالة الصحافة الفرنسية.",
				"وأكد الوزير نبيل الساعدي أن الجسر سيفتتح قريبا، وفقا لصحيفة الوادي."},
			"قالت|وزارة السياحة|وزاره-السياحه|ch=reuters ; وقال|المدير سامي الفارس|سامي-الفارس|ch=الصحافه-الفرنسيه ; " +
				"وأكد|الوزير نبيل الساعدي|نبيل-الساعدي|ch=الوادي"},
		{"a document the outlet made, a cue whose words are not reported after it, or an outlet after unnamed sources stays a source",
			[]string{"وقتل أكثر من 80 شخصا منذ أن توعد الحاكم كمال النوري بسحق التمرد، بحسب تعداد لوكالة الصحافة الفرنسية.",
				"وقتل أكثر من 80 شخصا منذ أن توعد الحاكم كمال النوري بسحق التمرد، بحسب وكالة الصحافة الفرنسية.",
				"وقالت مصادر مطلعة إن الاجتماع تأجل، طبقا لصحيفة الوادي."},
			"توعد|الحاكم كمال النوري|كمال-النوري ; بحسب|تعداد لوكالة الصحافة الفرنسية|الصحافه-الفرنسيه ; " +
				"توعد|الحاكم كمال النوري|كمال-النوري ; بحسب|وكالة الصحافة الفرنسية|الصحافه-الفرنسيه ; " +
				"وقالت|مصادر مطلعة|anon-sources|ch=الوادي ; طبقا|صحيفة الوادي|الوادي"},
	})
}

func TestArabicInsidersAsVagueSource(t *testing.T) {
	runCases(t, []attrCase{
		{"people in the know (العارفين، المطلعين، المقربين) are an unnamed source after a nominal cue or a verb",
			[]string{"وبحسب بعض العارفين بكواليس النادي، فإن المدرب باق حتى نهاية الموسم.",
				"ويقول مقربون من الأمير فيصل الزامل إنه يفضل الهدوء."},
			"وبحسب|بعض العارفين بكواليس النادي|anon-insiders ; ويقول|مقربون من الأمير فيصل الزامل|anon-insiders"},
	})
}

func TestArabicRulesThatStateWhatFollows(t *testing.T) {
	runCases(t, []attrCase{
		{"a text of rules that opens the sentence with فإن after it states what follows",
			[]string{"وبحسب اللوائح، فإن آخر موعد لتسجيل الأندية سيكون في العاشر من مارس.",
				"ووفقا للقانون فإن الهيئة تتألف من تسعة أعضاء."},
			"وبحسب|اللوائح|اللواءح ; ووفقا|لقانون|القانون"},
		{"but the rule an act followed, or a plan, is no source",
			[]string{"وتم التعامل مع المخالف حسب النظام بمخاطبة الشرطة.",
				"ويعاقب المخالف وفقا للقانون، فإن تكررت المخالفة تضاعفت الغرامة.",
				"وبحسب الخطة، فإن المشروع ينتهي في 2030."},
			""},
	})
}

func TestArabicPossessedMeasureIsNoSource(t *testing.T) {
	runCases(t, []attrCase{
		{"a noun with a possessive pronoun after a nominal cue gives what a thing varies by, not who says it",
			[]string{"ويوزع المدرب حامد الشريف اللاعبين حسب أعمارهم.",
				"وتختلف أسعار الشاليهات بحسب قربها من الشاطئ.",
				"وستصرف مكافأة للمتطوعين، كل بحسب عمله.",
				"ويتصرف بعض المشجعين وفق أهوائهم."},
			""},
		{"but not a report, a source or one of a group with a pronoun",
			[]string{"وبحسب بيانها، أوقفت الشرطة 40 شخصا.",
				"وبحسب أحدهم من سكان الحي: «كانت ليلة الأمطار طويلة»."},
			"وبحسب|بيانها|بيانها ; وبحسب|أحدهم|احدهم"},
	})
}

func TestArabicRelativesAsUnnamedPeople(t *testing.T) {
	runCases(t, []attrCase{
		{"ذوو (the relatives of) someone are unnamed people, not the person named after them",
			[]string{"وناشد ذوو المريض سامي العتيبي وزارة الصحة علاجه في الخارج.", "وأكدوا أن حالته تسوء."},
			"وناشد|ذوو المريض سامي العتيبي|anon-people ; وأكدوا||anon-people|res"},
	})
}
