package cite_test

import "testing"

// Spellings that tell a reporting verb from another word, fifteenth
// session. Sentences and names invented.

func TestArabicImperfectWithMaqsuraIsPassive(t *testing.T) {
	runCases(t, []attrCase{
		{"an imperfect whose active ends in ي, written with ى, is the passive: is called, is narrated",
			[]string{"ونقلت الشاحنات البضائع إلى مخازن رجل يدعى «سامر» قرب الحدود.",
				"أما القاعة الثانية فتدعى «الواحة»، وتتسع لمئة ضيف.",
				"وأوقفت الشرطة مسؤول الخلية، ويدعى سامر الخطيب، في منزله."},
			""},
		{"but spelt with ي it is still claims, narrates",
			[]string{"ويدعي التاجر سامر الخطيب أن البضاعة وصلت تالفة.",
				"ويروي الشيخ نايف العمري أن القلعة بنيت في ليلة واحدة."},
			"ويدعي|التاجر سامر الخطيب|سامر-الخطيب ; ويروي|الشيخ نايف العمري|نايف-العمري"},
	})
}
