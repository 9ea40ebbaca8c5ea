package cite_test

import "testing"

// Verbal nouns of accusing with their agent. Sentences and names invented.

func TestArabicAccusationAgentThenObjectL(t *testing.T) {
	runCases(t, []attrCase{
		{"اتهام X لـY بـ…: the noun in construct accuses, the one after ل is accused",
			[]string{"وتعثرت المفاوضات بسبب اتهام المحكمة العليا للوزير السابق بتلقي رشى.",
				"وأثار اتهام الفتاة لوالدها بضربها غضبا واسعا."},
			"اتهام|المحكمة العليا|المحكمه-العليا ; اتهام|الفتاة|الفتاه"},
		{"without the ل object, or without the charge after it, the noun in construct may be the accused",
			[]string{"ويأتي اتهام الوزير لأسباب سياسية.",
				"وتزايد اتهام المدير بالإهمال.",
				"وجاء ذلك بعد تحذير المبعوث الخاص للبلقان -سالم ناجي- من أن الوضع خطير."},
			""},
	})
}
