package cite_test

import "testing"

// Constructions of the fifteenth session (resolution and speaker span).
// Sentences and names invented.

func TestArabicCommaClosesSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a comma between a long subject and the verb's object closes the subject: the post and body before it are the speaker's",
			[]string{"وصف سامي الراشد النائب في المجلس البلدي، قرار الوزارة الأخير بالخطوة المهمة.",
				"ودعا المتحدث الرسمي لإدارة المرور بمنطقة جازان المقدم فهد بن سالم العواجي، السائقين إلى الحذر.",
				"دعت الإدارات العامة للصحة ممثلة في إدارة شؤون الممرضين، جميع المتقدمين إلى مراجعة الموقع."},
			"وصف|سامي الراشد النائب في المجلس البلدي|سامي-الراشد ; " +
				"ودعا|المتحدث الرسمي لإدارة المرور بمنطقة جازان المقدم فهد بن سالم العواجي|فهد-بن-سالم-العواجي ; " +
				"دعت|الإدارات العامة للصحة ممثلة في إدارة شؤون الممرضين|الادارات-العامه-للصحه-ممثله-في-اداره-شءون-الممرضين"},
		{"but not a name the speaker acts on, an apposition, or a noun it expects",
			[]string{"وانتقدت منظمة في باريس جان لوبان، الموظف السابق في البنك، بسبب تصريحاته.",
				"وذكر رئيس قسم الطباعة في دار النور المحدودة كارل هوفمان، شركة برلين التي تطبع الكتب: «الورق غال»."},
			"وانتقدت|منظمة|منظمه ; وذكر|رئيس قسم الطباعة في دار النور المحدودة كارل هوفمان|كارل-هوفمان"},
	})
}
