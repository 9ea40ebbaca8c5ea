package cite_test

import "testing"

// Constructions of the twenty-eighth session (a named speaker's reporting
// verb missed). Sentences and names invented.

func TestArabicRelativeWithOwnSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"a relative clause whose verb of saying has a source of its own before a bare أن is that source's report",
			[]string{"جاء الإعلان في الوقت الذي ذكر متحدث باسم الميناء أن نصف الشحنات تأخرت."},
			"ذكر|متحدث باسم الميناء|متحدث-باسم-الميناء"},
		{"a verb whose object is the one told keeps the relative as its subject",
			[]string{"وشارك الطبيب الذي أبلغ الممرضات أن المناوبة ستتغير."},
			""},
	})
}

func TestArabicDeemedUnmarked(t *testing.T) {
	runCases(t, []attrCase{
		{"an unmarked وعد with an object and a predicate (accusative tanween, أحد) after its subject is عدّ, deemed",
			[]string{"وعد رئيس النادي الفوز الأخير دليلاً على نضج اللاعبين.",
				"وعد وزير الثقافة المهرجان أحد أبرز فعاليات الصيف."},
			"وعد|رئيس النادي|رءيس-النادي ; وعد|وزير الثقافة|وزير-الثقافه"},
		{"a promise with أن stays one, whatever follows",
			[]string{"وكان المقاولون وعدوا بأن الطريق سيفتح قريباً."},
			""},
	})
}

func TestArabicPromisedObjectBeforePrep(t *testing.T) {
	runCases(t, []attrCase{
		{"the one promised stands between the speaker and ب, outside the speaker",
			[]string{"وعد المحافظ السكان بإصلاح الطريق قريباً.",
				"وعد فهد الزهراني، عضو شرف النادي، جماهير الفريق بإعلان صفقة كبيرة خلال أيام."},
			"وعد|المحافظ|المحافظ ; وعد|فهد الزهراني|فهد-الزهراني"},
	})
}

func TestArabicJoinedVerbOwnSource(t *testing.T) {
	runCases(t, []attrCase{
		{"a verb joined by و with no pause, a body of its own after it and then its object, is that body's",
			[]string{"اعترفت البلدية مؤخرا بتأخر مشاريع كبيرة في الأحياء الجنوبية وتوقعت وزارة الإسكان انتهاء الأزمة خلال عامين."},
			"اعترفت|البلدية|البلديه ; وتوقعت|وزارة الإسكان|وزاره-الاسكان"},
		{"a verb that addresses someone keeps the subject before it, the body its object",
			[]string{"طالبت النقابة بزيادة الأجور ودعت الحكومة إلى الحوار."},
			"طالبت|النقابة|النقابه ; ودعت||النقابه|res"},
	})
}

func TestArabicIdhAfterVerbalClause(t *testing.T) {
	runCases(t, []attrCase{
		{"a clause that opens with a verb is no topic for إذ: the verb after إذ has that clause's subject, dropped",
			[]string{"وانتقد الوزير الإدارة السابقة، إذ قال في مقابلة إذاعية إن الهدر كان كبيرا."},
			"وانتقد|الوزير|الوزير ; قال||الوزير|res"},
	})
}

func TestArabicDeclinedToBeNamed(t *testing.T) {
	runCases(t, []attrCase{
		{"رفض right before what was declined (to reveal, to name) says nothing, whoever the subject",
			[]string{"وأفاد موظف في المصنع، رفض الكشف عن اسمه، بأن الإنتاج توقف.",
				"وتحدث مسؤول محلي رفض ذكر اسمه عن الأضرار."},
			"وأفاد|موظف في المصنع|موظف-في-المصنع ; وتحدث|مسؤول محلي|anon-officials"},
	})
}

func TestArabicChannelSourceAside(t *testing.T) {
	runCases(t, []attrCase{
		{"after نقل … عن a source, an aside set off by commas or dashes, or a relative clause, then أن or the verbal noun: the source speaks",
			[]string{"ونقلت الإذاعة عن مهندس في المحطة - رفض الكشف عن اسمه - أن التوربينات توقفت.",
				"ونقل موقع المجلة عن بيرنارد الذي يزور تونس حاليا، أن المحادثات متعثرة.",
				"ونقلت الصحيفة عن مصدر في الجمارك - رفض ذكر اسمه - قوله إن الشحنة مهربة."},
			"ونقلت|مهندس في المحطة|مهندس-في-المحطه ; ونقل|بيرنارد|بيرنارد|ch=المجله ; ونقلت|مصدر في الجمارك|anon-sources"},
	})
}
