package cite_test

import "testing"

// Resolution of the twenty-seventh session (helper res3): whose subject a
// verb with none of its own takes. Sentences and names invented.

func TestArabicJoinedVerbSkipsAgentlessPassive(t *testing.T) {
	runCases(t, []attrCase{
		{"a verb joined after an agentless passive takes the subject of the verb before it",
			[]string{"وقال مدير الميناء هشام القاضي إن الحركة انتظمت.",
				"ونفى القاضي ما يقال من أن الرصيف أغلق، وقال إن الخبر لا أساس له."},
			"وقال|مدير الميناء هشام القاضي|هشام-القاضي ; ونفى|القاضي|هشام-القاضي|res ; يقال||anon-unnamed ; وقال||هشام-القاضي|res"},
		{"and so does a participle",
			[]string{"ونفت المهندسة سلمى الراشد ما يقال من أن الجسر متصدع، مؤكدة أن الفحص سليم."},
			"ونفت|المهندسة سلمى الراشد|سلمي-الراشد ; يقال||anon-unnamed ; مؤكدة||سلمي-الراشد"},
	})
}
