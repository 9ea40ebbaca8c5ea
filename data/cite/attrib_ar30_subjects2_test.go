package cite_test

import "testing"

// Subjects of known reporting forms that were not read (the thirtieth
// session, "subjects2"). Sentences and names invented.

func TestArabicRelativeParticipleSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a participle closing a relative clause is the head's, the pronoun the clause's subject",
			[]string{"وكان الجمهور يهتف ضد وزيرة الصحة التي صعدت إلى المنصة وخطبت قائلة إن «المستشفيات الجديدة ستفتح قريباً»."},
			"قائلة|وزيرة الصحة|وزيره-الصحه"},
		{"with كان and a name with its title",
			[]string{"وفي الملعب ظهر المدرب ماركو روسي، الذي كان لا يزال يوجه حديثه للحكم قائلاً: «الموسم طويل»."},
			"قائلاً|المدرب ماركو روسي|ماركو-روسي"},
		{"a word before the given name opening the sentence is its verb, no part of the name",
			[]string{"وبعد دقائق خرج سامر الذي لا يتجاوز عمره عشر سنوات قائلاً: «أبي في السوق»."},
			"قائلاً|سامر|سامر"},
		{"not when the clause's verb points back to the head: its subject is someone else",
			[]string{"وصل الوفد إلى المدرسة التي زارها الوزير قائلاً إن «التعليم أولوية»."},
			""},
	})
}
