package cite_test

import "testing"

// Precision of the fourteenth session: words read as reporting verbs that
// report nothing. Sentences and names invented.

func TestArabicFoundAndFollowedWithObject(t *testing.T) {
	runCases(t, []attrCase{
		{"وجد and تابع with an object pronoun are finding and following up, never a report",
			[]string{"وحين عاد المدرب إلى النادي وجدته اللجنة يراجع أوراق اللاعبين.",
				"وقبل السفر تجدهم قد جهزوا الحقائب والطعام.",
				"وأنشأت البلدية ثلاث حدائق جديدة وستتابعها الإدارة حتى تفتتح للزوار."},
			""},
		{"but found that, and went on, still report",
			[]string{"ووجد الباحثون في جامعة الريف أن النوم المبكر يقوي الذاكرة.",
				"وقال المدير سامي الهاشمي إن الخطة جاهزة. وتابع أن التنفيذ يبدأ قريبا."},
			"ووجد|الباحثون في جامعة الريف|anon-researchers ; وقال|المدير سامي الهاشمي|سامي-الهاشمي ; وتابع||سامي-الهاشمي|res"},
	})
}

func TestArabicConvictAndImpose(t *testing.T) {
	runCases(t, []attrCase{
		{"أدان the accused is convicting; توقع على is imposing a penalty",
			[]string{"كما أدانت المحكمة الجزائية المتهم الثالث بحيازة أسلحة غير مرخصة.",
				"وأدانت الدائرة المدعى عليه الأول بالتزوير.",
				"ولا تقتطع من راتبه الغرامات التي توقع عليه أكثر من أجر يومين.",
				"وهي الاتفاقية التي توقع عليها الدول الأعضاء كل عام."},
			""},
		{"but condemning an act and expecting still report",
			[]string{"وأدانت الرابطة الهجوم على القرية.",
				"وتوقع الخبير سامي الهاشمي أن ترتفع الأسعار."},
			"وأدانت|الرابطة|الرابطه ; وتوقع|الخبير سامي الهاشمي|سامي-الهاشمي"},
	})
}

func TestArabicPredicateParticiple(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle after a pronoun or كان and its sisters is a predicate, a state, not someone speaking",
			[]string{"أما البلدية فهي – أي إدارة المدينة – مطالبة بوضع لائحة للأسواق الشعبية.",
				"وقال الخبير سامي الهاشمي إن المصارف أصبحت مطالبة بخفض الرسوم.",
				"وكانت الجائزة مبلغا كبيرا من المال."},
			"وقال|الخبير سامي الهاشمي|سامي-الهاشمي"},
		{"but after a clause it is a circumstance of the speaker",
			[]string{"وانتقد المواطن خالد السالم تأخر المشروع، مطالبا بمحاسبة المقاول."},
			"وانتقد|المواطن خالد السالم|خالد-السالم ; مطالبا||خالد-السالم"},
	})
}

func TestArabicPassiveSayingPassesNothingOn(t *testing.T) {
	runCases(t, []attrCase{
		{"قيل and يقال with nothing said after them pass nothing on",
			[]string{"ولم نجد ما يثبت ما يُقال في المجالس عن المشروع.",
				"لقد قيل الكثير عن الطريق الجديد قبل افتتاحه.",
				"قيل قديما الوقت كالسيف."},
			""},
		{"but with what was said after them, or after كما, they are hearsay",
			[]string{"وقيل لنا من قبل سكان الحي يومها إن الجسر سيغلق.",
				"وعمق البحيرة كما يقال تسعة أمتار."},
			"وقيل||anon-unnamed ; يقال||anon-unnamed"},
	})
}

func TestArabicReachedAnAgreement(t *testing.T) {
	runCases(t, []attrCase{
		{"توصل إلى with an agreement or a solution after the particle is an act",
			[]string{"وتوصلت النقابة والشركة أمس إلى اتفاق ينهي الإضراب.",
				"وتوصل المجلس البلدي في القرية إلى حل لمشكلة المياه."},
			""},
		{"but a finding after it is reported",
			[]string{"وتوصلت دراسة لجامعة الريف إلى أن النوم يقوي الذاكرة."},
			"وتوصلت|دراسة لجامعة الريف|جامعه-الريف"},
	})
}
