package cite_test

import "testing"

// Resolution of the thirty-first session (ante): who a dropped subject
// is. Sentences and names invented.

func TestArabicFrontedSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a sentence that opens with a title and a name fronts its subject: the verb after the comma is his",
			[]string{"قال الكاتب سالم العتيبي إن الأمر محسوم.", "الروائي اليمني خالد المطيري، سخر من قرار اللجنة، وعلق عليه بالقول إن الوضع صعب."},
			"قال|الكاتب سالم العتيبي|سالم-العتيبي ; وعلق|الروائي اليمني خالد المطيري|خالد-المطيري"},
		{"the fronted subject of a sentence that reports nothing is the next dropped subject, not the last speaker",
			[]string{"قال الكاتب سالم العتيبي إن الأمر محسوم.", "الروائي اليمني خالد المطيري سخر من قرار اللجنة.", "وعلق عليه بالقول إن الوضع صعب."},
			"قال|الكاتب سالم العتيبي|سالم-العتيبي ; وعلق||خالد-المطيري"},
		{"a participle after a fronted subject's verb that reports nothing is his",
			[]string{"قال الكاتب سالم العتيبي إن الأمر محسوم.", "الوزير خالد المطيري افتتح المعرض، مؤكداً أن الوضع جيد."},
			"قال|الكاتب سالم العتيبي|سالم-العتيبي ; مؤكداً|الوزير خالد المطيري|خالد-المطيري"},
		{"agreement follows: a woman fronted is the one a feminine verb goes on with",
			[]string{"قال الكاتب سالم العتيبي إن الأمر محسوم.", "الوزيرة سارة المطيري زارت جدة أمس.", "وقالت إن الوضع جيد."},
			"قال|الكاتب سالم العتيبي|سالم-العتيبي ; وقالت||ساره-المطيري"},
	})
}

func TestArabicFrontedSubjectGuards(t *testing.T) {
	runCases(t, []attrCase{
		{"a title and name with no verb after (a nominal sentence) fronts no one",
			[]string{"قال الكاتب سالم العتيبي إن الأمر محسوم.", "الوزير خالد المطيري في زيارة إلى جدة.", "وقال إن الوضع جيد."},
			"قال|الكاتب سالم العتيبي|سالم-العتيبي ; وقال||سالم-العتيبي|res"},
		{"nor one followed by a circumstantial participle, as in a caption: the name after the verb is the one met",
			[]string{"الأمير خالد المطيري مقلداً العقيد سالم العتيبي رتبته الجديدة.", "وأعرب العقيد العتيبي عن شكره، مؤكداً أن ذلك دافع للعطاء."},
			"مؤكداً|العقيد العتيبي|سالم-العتيبي"},
	})
}
