package cite_test

import "testing"

// Speaker spans of the thirty-first session. Sentences and names invented.

func TestArabicPostHeldAt(t *testing.T) {
	runCases(t, []attrCase{
		{"a title goes on past لدى to the body or state where the post is held, the name before or after it",
			[]string{"وقال مندوب روسيا الدائم لدى الأمم المتحدة فلاديم سوركين إن المشروع مرفوض.",
				"وأكد سامر الخطيب سفير المملكة لدى اليمن أن العلاقات قوية.",
				"وقال المحلل لدى بنك الأفق سعد العلي إن الطلب يرتفع."},
			"وقال|مندوب روسيا الدائم لدى الأمم المتحدة فلاديم سوركين|فلاديم-سوركين ; " +
				"وأكد|سامر الخطيب سفير المملكة لدى اليمن|سامر-الخطيب ; " +
				"وقال|المحلل لدى بنك الأفق سعد العلي|سعد-العلي"},
		{"the person is the name after the post's place, a body with the article",
			[]string{"وقالت سفيرة المملكة لدى الأمم المتحدة كارلا بيرنز إن الاتفاق جيد."},
			"وقالت|سفيرة المملكة لدى الأمم المتحدة كارلا بيرنز|كارلا-بيرنز"},
		{"لدى after a name, or before a time, is no post",
			[]string{"وقال سعد العلي لدى وصوله إلى المطار إن الطلب يرتفع.",
				"وقال الوزير خالد الفهد لدى افتتاح المعرض إن الطلب يرتفع."},
			"وقال|سعد العلي|سعد-العلي ; وقال|الوزير خالد الفهد|خالد-الفهد"},
	})
}

func TestArabicHyphenatedName(t *testing.T) {
	runCases(t, []attrCase{
		{"a hyphen glued between two words joins one name",
			[]string{"وقالت ماري-كلير دوفال المديرة في الشركة إن الأرباح زادت."},
			"وقالت|ماري-كلير دوفال المديرة في الشركة|ماري-كلير-دوفال"},
		{"a dash with spaces around it is an aside, not the name",
			[]string{"وقال سعد العلي - وهو من سكان الحي - إن المياه انقطعت."},
			"وقال|سعد العلي|سعد-العلي"},
	})
}

func TestArabicTitleAfterBIsWhom(t *testing.T) {
	runCases(t, []attrCase{
		{"ب before a title or an honorific after the speaker is the one the verb takes",
			[]string{"واجتمع الوزير سامي الفهد بوزير الخارجية الفرنسي مؤكداً أن العلاقات قوية.",
				"ورحب الرئيس بالسفير الجديد مشيداً بدور بلاده."},
			"مؤكداً|الوزير سامي الفهد|سامي-الفهد ; مشيداً|الرئيس|الرءيس"},
		{"ب before a body or a place is where the speaker belongs",
			[]string{"وقال مدير الشرطة بمحافظة الطائف إن الحادث وقع فجراً."},
			"وقال|مدير الشرطة بمحافظة الطائف|مدير-الشرطه-بمحافظه-الطاءف"},
	})
}

func TestArabicClauseOpenerAfterComma(t *testing.T) {
	runCases(t, []attrCase{
		{"a comma before في حين or بينما starts a clause of its own, not an insertion before what was said",
			[]string{"كما كشف التقرير التعاقد مع أحد الخبراء براتب كبير، في حين لوحظ أنه مكلف بأعمال أخرى."},
			"كشف|التقرير|التقرير"},
		{"an insertion between commas still leads to what was said",
			[]string{"وقال سامي الفهد، رئيس اللجنة، إن العمل مستمر."},
			"وقال|سامي الفهد|سامي-الفهد"},
	})
}

func TestArabicMasdarAfterNameIsObject(t *testing.T) {
	runCases(t, []attrCase{
		{"a derived verbal noun with the article after a full name is the object, not a family name",
			[]string{"وترأس محافظ المدينة سالم بن فهد بن ناصر الاجتماع الثالث للجنة.",
				"وأكد بن ناصر أن العمل مستمر."},
			"وأكد|بن ناصر|سالم-بن-فهد-بن-ناصر"},
		{"a family name with the article after بن still closes the name",
			[]string{"وقال سالم بن محمد الشهري إن العمل مستمر."},
			"وقال|سالم بن محمد الشهري|سالم-بن-محمد-الشهري"},
	})
}
