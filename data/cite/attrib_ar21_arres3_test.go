package cite_test

import "testing"

// Constructions of the twenty-first session (dropped subjects). Sentences
// and names invented.

func TestArabicMediumPartnerIsNoSpeaker(t *testing.T) {
	runCases(t, []attrCase{
		{"the outlet after مع in a medium is the channel; the dropped subject is the one who spoke before",
			[]string{"قالت الممثلة نورا الصافي إنها سعيدة بالدور. وأضافت في حديث مع «المدينة»، أن العمل كان صعبا."},
			"قالت|الممثلة نورا الصافي|نورا-الصافي ; وأضافت||نورا-الصافي|res"},
	})
}
