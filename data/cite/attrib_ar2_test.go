package cite_test

import "testing"

// Arabic constructions met reading unannotated news after the first rules:
// what may stand around a channel, openings with the subject, objects that
// are what was said, spellings of the same letters. Sentences written for
// these tests.
func TestArabicChannelsAndOpenings(t *testing.T) {
	runCases(t, []attrCase{
		{"an abbreviation in parentheses after the channel",
			[]string{"وقالت مصادر لوكالة الأنباء الألمانية (د. ب. أ) إن القصف استمر."},
			"وقالت|مصادر|anon-sources|ch=الانباء-الالمانيه"},
		{"أعلن reports its object after a source",
			[]string{"أعلنت وزارة الصحة تسجيل حالات جديدة.", "وأعلن هذا التراجع نهاية مرحلة."},
			"أعلنت|وزارة الصحة|وزاره-الصحه"},
		{"an honorific phrase heads a speaker whose object is what was said",
			[]string{"وأكد صاحب السمو الملكي الأمير فيصل بن سعد، أهمية التعليم."},
			"وأكد|صاحب السمو الملكي الأمير فيصل بن سعد|فيصل-بن-سعد"},
		{"as a medium carried it: the channel",
			[]string{"وقال المدرب سالم الدوسري فيما نقلته صحيفة «الرياض»: «الفريق جاهز»."},
			"وقال|المدرب سالم الدوسري|سالم-الدوسري|ch=الرياض"},
		{"a verb in a clause of its own after a nominal cue is no channel",
			[]string{"وجاء القرار بحسب قناة العربية في وقت أعلنت الحكومة أن الهدنة بدأت."},
			"بحسب|قناة العربية|العربيه ; أعلنت|الحكومة|الحكومه"},
		{"presentation forms are the letters they draw",
			[]string{"قالت ﻣﺼﺎﺩﺭ إن الاجتماع انتهى."},
			"قالت|ﻣﺼﺎﺩﺭ|anon-sources"},
		{"what was said opens with a feminine plural pronoun",
			[]string{"وأوضحت المعلمات أنهن بدأن الاستعداد."},
			"وأوضحت|المعلمات|المعلمات"},
		{"a sentence opening with its subject, an apposition left out",
			[]string{"التقرير الأخير ذكر أن الأسعار ارتفعت.", "الناقد سامي العلي، رئيس تحرير المجلة، يرى أن الرواية تغيرت."},
			"ذكر|التقرير الأخير|التقرير-الاخير ; يرى|الناقد سامي العلي|سامي-العلي"},
		{"an apposition holding a quoted title before what was said",
			[]string{"ويرى الكاتب فهد الزهراني، مؤلف «أيام البحر»، أن القراءة عادة."},
			"ويرى|الكاتب فهد الزهراني|فهد-الزهراني"},
		{"a medium in the plural with a pronoun is no part of the speaker",
			[]string{"وقال اللاعب ماجد العنزي في تغريداته إن الموسم صعب."},
			"وقال|اللاعب ماجد العنزي|ماجد-العنزي"},
		{"عبر inside a clause is through, not expressed; needs are no source",
			[]string{"وتحدث المدير في مداخلة عبر إذاعة محلية عن خطته.", "وتوزع الكتب وفق احتياج كل مدرسة."},
			"وتحدث|المدير|المدير"},
		{"an engineer's abbreviation is no date",
			[]string{"وأوضح م. خالد السالم أن العمل مستمر."},
			"وأوضح|م. خالد السالم|خالد-السالم"},
		{"a relative clause describing the speaker before what was said",
			[]string{"وأشار التقرير الذي أصدرته شركة «الأفق» إلى أن الطلب ارتفع.", "وأكد الوزير الذي قال إن الوضع جيد."},
			"وأشار|التقرير|التقرير ; وأكد|الوزير|الوزير ; قال|الوزير|الوزير|res"},
		{"أفاد reports its object after a source, or with عن",
			[]string{"وأفاد مصدر أمني إصابة شخصين بانفجار.", "كما أفاد مصدر طبي عن وفاة رجل."},
			"وأفاد|مصدر أمني|anon-sources ; أفاد|مصدر طبي|anon-sources"},
		{"after a preposition a word ending in alef is no object; a newspaper after لل is the channel",
			[]string{"وفي مؤتمر عقد في فيينا قال الوزير إنه واثق.", "الدكتور سعد الحربي قال للصحيفة: «الأمر انتهى»."},
			"قال|الوزير|الوزير ; قال|الدكتور سعد الحربي|سعد-الحربي"},
		{"a name opening the sentence, its title between commas",
			[]string{"جون سميث، رئيسها التنفيذي، يقول إن الشركة تنمو."},
			"يقول|جون سميث|جون-سميث"},
		{"a dropped subject after a titled name met in a later clause",
			[]string{"وتواصل البرنامج، وقد حرص المدرب خالد العلي على قياس اللياقة.", "وأكد أن التمارين مفيدة."},
			"وأكد||خالد-العلي"},
	})
}
