package cite_test

import "testing"

// Nominal cues of the twenty-eighth session (بحسب، وفقاً لـ، طبقاً لـ and
// what stands after them). Sentences and names invented.

func TestArabicNominalFramesSentence(t *testing.T) {
	runCases(t, []attrCase{
		{"a nominal phrase opening the sentence and framing it with فإن is its source, whatever its head",
			[]string{"وبحسب القضاء البلجيكي، فإن المقاول دفع رشاوى لموظفين في البلدية.",
				"ووفقاً لتحليل وحدة البحوث الزراعية، فإن محصول القمح تراجع هذا الموسم."},
			"وبحسب|القضاء البلجيكي|القضاء-البلجيكي ; ووفقاً|تحليل وحدة البحوث الزراعية|تحليل-وحده-البحوث-الزراعيه"},
		{"customs and the state of things frame nothing; nor does a phrase that does not open the sentence",
			[]string{"وطبقاً للعادات المحلية، فإن العروس تزور أهلها بعد أسبوع.",
				"حسب الوضع الراهن، فإن المشروع متأخر.",
				"وتختلف الأسعار بحسب الموسم الزراعي، فإن الطلب يرتفع في الشتاء."},
			""},
	})
}

func TestArabicNominalVerbDroppedSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"after بحسب ما and a verb with no subject, the subject is dropped and resolved by the verb's agreement",
			[]string{"وأعلنت شركة الواحة للبرمجيات عن تطبيق جديد. وتعتزم الشركة، وفق ما أعلنت الأسبوع الماضي، إطلاق نسخة تجريبية في الخريف.",
				"وقال المهندس رافع الحسيني إن الورشة تصلح المحركات القديمة. وتعمل الورشة ليلا ونهارا، حسب ما أفاد."},
			"وأعلنت|شركة الواحة للبرمجيات|الواحه-للبرمجيات ; وفق ما أعلنت||الواحه-للبرمجيات|res ; وقال|المهندس رافع الحسيني|رافع-الحسيني ; حسب ما أفاد||رافع-الحسيني|res"},
	})
}
