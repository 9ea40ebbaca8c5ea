package cite_test

import "testing"

// Resolution audit on unannotated days (helper arres). Sentences and names
// invented.

func TestArabicGroupQuantifierPlural(t *testing.T) {
	runCases(t, []attrCase{
		{"a speaker opened by عدد من or بعض is a group: a later plural verb with no subject is theirs",
			[]string{"قال عدد من المزارعين إن الأمطار تأخرت هذا الموسم.",
				"وأضافوا أن المحصول تراجع إلى النصف."},
			"قال|عدد من المزارعين|عدد-من-المزارعين ; وأضافوا||عدد-من-المزارعين|res"},
	})
}
