package cite_test

import "testing"

// Speaker spans of the thirty-first session (npcut): where a speaker's
// name ends before what the verb is about. Sentences and names invented.

func TestArabicAboutAfterName(t *testing.T) {
	runCases(t, []attrCase{
		{"عن after a sure name is what the verb is about, not the speaker's body",
			[]string{"وقال الوزير سعد الحربي عن المشروع إنه سيكتمل قريبا.",
				"وأكد اللاعب ماجد فهد العنزي عن سعادته بالانضمام إلى الفريق.",
				"وأوضح مدير الدفاع المدني سعد الغامدي عن تلقي بلاغ بالحريق."},
			"وقال|الوزير سعد الحربي|سعد-الحربي ; وأكد|اللاعب ماجد فهد العنزي|ماجد-فهد-العنزي ; وأوضح|مدير الدفاع المدني سعد الغامدي|سعد-الغامدي"},
		{"after a given name, a titled name after عن is the one spoken about",
			[]string{"وأكد اللاعب ماجد العنزي عن رغبته في اللعب تحت قيادة الفريق سعد الحربي."},
			"وأكد|اللاعب ماجد العنزي|ماجد-العنزي"},
		{"عن after a name and the title that follows it is what was spoken about",
			[]string{"وقال سالم الحربي سفير المملكة لدى الجمهورية التونسية عن السياحة إنها تنمو."},
			"وقال|سالم الحربي سفير المملكة لدى الجمهورية التونسية|سالم-الحربي"},
		{"a noun that takes عن itself keeps it",
			[]string{"وصرح سالم الحربي أحد محامي الدفاع عن الضحايا بأن القضية مستمرة."},
			"وصرح|سالم الحربي أحد محامي الدفاع عن الضحايا|سالم-الحربي"},
		{"a title that takes عن itself keeps it",
			[]string{"وقالت سارة الحربي المسؤولة عن العلاقات العامة في المتحف إن الزوار كثر."},
			"وقالت|سارة الحربي المسؤولة عن العلاقات العامة في المتحف|ساره-الحربي"},
		{"one who sits for a seat keeps it after عن",
			[]string{"وقال النائب محمد سالم عن دائرة الشمال إن القانون جيد."},
			"وقال|النائب محمد سالم عن دائرة الشمال|محمد-سالم"},
		{"عن after a title with no name yet is still the title's",
			[]string{"وقال المتحدث عن الوزارة إن القرار نهائي."},
			"وقال|المتحدث عن الوزارة|المتحدث-عن-الوزاره"},
	})
}

func TestArabicNameAfterTitleComma(t *testing.T) {
	runCases(t, []attrCase{
		{"a title, its comma and a name in marks, as Saudi papers write names",
			[]string{"وأكد مدير مركز التنمية الاجتماعية بجدة، \"خالد العمري\"؛ أن البرنامج مستمر.",
				"وقال مدير المركز، «الدكتور فهد المطلق»، إن البرنامج مستمر."},
			"وأكد|مدير مركز التنمية الاجتماعية بجدة، \"خالد العمري\"|خالد-العمري ; وقال|مدير المركز، «الدكتور فهد المطلق»|فهد-المطلق"},
		{"a title, its comma and a sure name that ends the sentence",
			[]string{"«العمل مستمر»، أفاد بذلك مساعد وزير الدفاع، اللواء سالم العمري."},
			"أفاد|مساعد وزير الدفاع، اللواء سالم العمري|سالم-العمري"},
		{"words in marks after the comma that are no name stay out",
			[]string{"وأكد مدير المركز، \"العمل مستمر\"."},
			"وأكد|مدير المركز|مدير-المركز"},
		{"the last of a list joined by و is no name of the one before",
			[]string{"وشارك فيها الدكتور خالد الفرم، والأستاذ عبد الله كدسة، والدكتور يوسف الرميح. وبين عبد الله كدسة أن المشهد تغير."},
			"وبين|عبد الله كدسة|عبد-الله-كدسه"},
	})
}

func TestArabicPossessedObjectAfterBareName(t *testing.T) {
	runCases(t, []attrCase{
		{"a feminine noun with the speaker's pronoun after a name with no article is the object",
			[]string{"وأبدى اللاعب فهد سالم سعادته بالفوز على المنافس.",
				"وأكد المدرب مجرشي زيارته للنادي الأسبوع المقبل."},
			"وأبدى|اللاعب فهد سالم|فهد-سالم ; وأكد|المدرب مجرشي|مجرشي"},
		{"a noun the lexicon holds as an object head, its ة turned to ت before the pronoun",
			[]string{"أبدى خوان دي مارتينو المدير الفني في نادي الشمال ثقته الكبيرة بأن ينال اللاعب لقب الهداف."},
			"أبدى|خوان دي مارتينو المدير الفني في نادي الشمال|خوان-دي-مارتينو"},
		{"a name spelt so before what was said stays the name",
			[]string{"وقال الكابتن حسن شحاته إن الفريق جاهز للمباراة."},
			"وقال|الكابتن حسن شحاته|حسن-شحاته"},
	})
}

func TestArabicDerivedMasdarAfterFamilyName(t *testing.T) {
	runCases(t, []attrCase{
		{"a derived verbal noun heading a construct after a given and a family name is the object, though a particle follows",
			[]string{"وأكد وزير الداخلية سالم الحذيفي تمكن الأجهزة الأمنية من السيطرة على المدينة، لافتا إلى أن الوضع مستقر."},
			"وأكد|وزير الداخلية سالم الحذيفي|سالم-الحذيفي ; لافتا||سالم-الحذيفي"},
		{"an apposition after the name stays the speaker's",
			[]string{"وأوضح المواطن أحمد العتيبي أحد المتعاملين في السوق أن الأسعار ارتفعت."},
			"وأوضح|المواطن أحمد العتيبي أحد المتعاملين في السوق|احمد-العتيبي"},
	})
}

func TestArabicCompoundGivenNameWithTitle(t *testing.T) {
	runCases(t, []attrCase{
		{"a title after عبد is the given name's, so the name after a title's comma is read",
			[]string{"أعلن نائب قائد الفرقة الثالثة، العميد عبد الأمير الخالدي، عن سيطرة قواته على المنطقة."},
			"أعلن|نائب قائد الفرقة الثالثة، العميد عبد الأمير الخالدي|عبد-الامير-الخالدي"},
	})
}
