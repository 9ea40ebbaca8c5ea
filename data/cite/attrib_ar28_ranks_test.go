package cite_test

import "testing"

// Ranks, clergy and peers as wire copy transliterates them stand before a
// name as العقيد and الشيخ do. Sentences and names invented.
func TestArabicTransliteratedRanks(t *testing.T) {
	runCases(t, []attrCase{
		{"a colonel after a spokesman's office, the name with him",
			[]string{"وقتل عشرة مسلحين في الهجوم، طبقا للمتحدث باسم الجيش الكولونيل سامي عطوان."},
			"طبقا|لمتحدث باسم الجيش الكولونيل سامي عطوان|سامي-عطوان"},
		{"a two-word rank",
			[]string{"وقال المتحدث باسم البحرية اللفتنانت كولونيل راجيف مالهوترا إن السفينة وصلت."},
			"وقال|المتحدث باسم البحرية اللفتنانت كولونيل راجيف مالهوترا|راجيف-مالهوترا"},
		{"an admiral and a patriarch",
			[]string{"قال الأدميرال توماس هيرن إن الأسطول جاهز.", "وتوقع البطريرك يوحنا كسباريان أن يعود المهجرون."},
			"قال|الأدميرال توماس هيرن|توماس-هيرن ; وتوقع|البطريرك يوحنا كسباريان|يوحنا-كسباريان"},
	})
}
