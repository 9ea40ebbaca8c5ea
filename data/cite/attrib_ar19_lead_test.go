package cite_test

import "testing"

// The nineteenth session's rules, written by the lead. Sentences and names
// invented.

func TestArabicJoinedSayingWithSpeakerAndAdjuncts(t *testing.T) {
	runCases(t, []attrCase{
		{"a verb of nothing but saying, joined after another verb's clause, with its own speaker, then a time or a channel before the colon",
			[]string{"أشاد المحافظ سامي العتيبي بجهود فرق الإنقاذ وقال مسؤول محلي في تصريح خاص: إن الطرق ستفتح قريبا."},
			"أشاد|المحافظ سامي العتيبي|سامي-العتيبي ; وقال|مسؤول محلي|anon-officials"},
	})
}

func TestArabicSentenceOpensWithBodyInConstruct(t *testing.T) {
	runCases(t, []attrCase{
		{"a body, an outlet or a document in construct opens the sentence, then its verb: the subject; not the writer's argument after ف",
			[]string{"منظمة الصحة الإقليمية أعلنت أمس ارتفاع عدد الإصابات إلى 300 حالة.",
				"فمجموعات الأصدقاء كشفت أسرارا كثيرة."},
			"أعلنت|منظمة الصحة الإقليمية|الصحه-الاقليميه"},
	})
}

func TestArabicSomeWhoHoldAView(t *testing.T) {
	runCases(t, []attrCase{
		{"هناك من، ثمة من، منهم من before an imperfect: من is \"who\", no preposition, and some unnamed people hold the view",
			[]string{"وتباينت الآراء حول المشروع. وهناك من يرى أن الحديقة ستغلق.",
				"ومنهم من يقول إن الموعد تأجل."},
			"يرى|وهناك من|anon-unnamed ; يقول|ومنهم من|anon-unnamed"},
		{"not a preposition's noun after من, nor من alone (whoever says)",
			[]string{"من يقول إن الحديقة ستغلق فهو مخطئ.",
				"ولا يوجد من يقول إن الموعد تأجل."},
			""},
	})
}

func TestArabicFutureSaysNothingYet(t *testing.T) {
	runCases(t, []attrCase{
		{"an imperfect with the future's س or after سوف: nothing said yet",
			[]string{"وسيعلن الاتحاد أسماء اللاعبين الأسبوع المقبل.",
				"وهناك من سيقول إن الحديقة ستغلق.",
				"وسوف يؤكد المدرب أن الفريق جاهز."},
			""},
	})
}

func TestArabicGovernorIsATitle(t *testing.T) {
	runCases(t, []attrCase{
		{"حاكم is the governor's office far more often than a given name: the deputy is not the governor, and the named governor is himself",
			[]string{"وقال مساعد حاكم الإقليم إن الطرق مغلقة.",
				"وقال سامر الدباغ حاكم الإقليم إن الجسر سيفتح."},
			"وقال|مساعد حاكم الإقليم|مساعد-حاكم-الاقليم ; وقال|سامر الدباغ حاكم الإقليم|سامر-الدباغ"},
	})
}

func TestArabicDerivedVerbalNounEndsName(t *testing.T) {
	runCases(t, []attrCase{
		{"after a person's name, an indefinite word shaped as a derived verb's noun, then a definite one: the object, not a family name",
			[]string{"وأعلن المتحدث العميد سامي نادر انتهاء العمليات في المنطقة.",
				"واقترح الباحث خالد منير توحيد المناهج الدراسية."},
			"وأعلن|المتحدث العميد سامي نادر|سامي-نادر ; واقترح|الباحث خالد منير|خالد-منير"},
	})
}

func TestArabicMannerAdverbEndsSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"a manner adverb between the speaker and the object, also joined by و after a body's name",
			[]string{"وأدانت الأمانة العامة للرابطة وبشدة الاعتداء على المزارعين.",
				"وانتقد المدير بحدة تأخير المشروع.",
				"ودانت الوزارة بأشد العبارات الهجوم على القافلة."},
			"وأدانت|الأمانة العامة للرابطة|الامانه-العامه-للرابطه ; وانتقد|المدير|المدير ; ودانت|الوزارة|الوزاره"},
	})
}

func TestArabicGodByEpithet(t *testing.T) {
	runCases(t, []attrCase{
		{"God named by an epithet alone is the speaker of the verse that follows, and so is His name with an epithet",
			[]string{"وفي الصبر فضل كبير، قال تعالى (واصبروا إن الله مع الصابرين في كل حين).",
				"قال جل وعلا (واصبروا إن الله مع الصابرين في كل حين).",
				"قال الله عز وجل (واصبروا إن الله مع الصابرين في كل حين)."},
			"قال|تعالى|الله ; قال|جل وعلا|الله ; قال|الله|الله"},
	})
}

func TestArabicOccasionEndsSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"في and an occasion after the speaker is where he spoke, not who; a body after في still describes",
			[]string{"وقال الوزير في حفل التكريم إن المشروع جاهز.",
				"وقال المدرب كارلوس فيرا في اجتماع مع اللاعبين إن الفريق جاهز.",
				"وقال مدير الشرطة في المنطقة إن الطريق مغلق."},
			"وقال|الوزير|الوزير ; وقال|المدرب كارلوس فيرا|كارلوس-فيرا ; وقال|مدير الشرطة في المنطقة|مدير-الشرطه-في-المنطقه"},
	})
}
