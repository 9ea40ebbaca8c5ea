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
