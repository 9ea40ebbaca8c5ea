package cite_test

import "testing"

func TestArabicParticipleAfterChannel(t *testing.T) {
	runCases(t, []attrCase{
		{"a saying participle after an outlet is no part of its name, and the verb that only says someone spoke yields to it",
			[]string{"وتحدث سالم العتيبي مدير المشاريع لصحيفة سبق قائلاً: إن البرنامج يهدف إلى تأهيل اللاعب."},
			"قائلاً|سالم العتيبي مدير المشاريع|سالم-العتيبي|ch=سبق"},
		{"after a channel in marks too",
			[]string{"وتحدث سالم العتيبي لـ«الوطن» قائلاً: إن البرنامج يهدف إلى تأهيل اللاعب."},
			"قائلاً|سالم العتيبي|سالم-العتيبي|ch=الوطن"},
	})
}
