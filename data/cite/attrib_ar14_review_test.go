package cite_test

import (
	"strings"
	"testing"
)

// Problems a review of the fourteenth session's rules found, each now a
// case. Sentences and names invented.

func TestArabicReviewedSpans(t *testing.T) {
	runCases(t, []attrCase{
		{"غير مرة (more than once) negates no adjective",
			[]string{"وقال مسؤول غير مرة إن الخدمة عادت.", "وحذر خبراء غير مرة من ارتفاع الأسعار."},
			"وقال|مسؤول|anon-officials ; وحذر|خبراء|anon-experts"},
		{"after في a network is a medium only with a page on it; else where the speaker works",
			[]string{"وقال مسؤول في شركة تويتر إن الخدمة عادت.", "وكتب الوزير في حسابه على تويتر أن الاجتماع ناجح."},
			"وقال|مسؤول في شركة تويتر|anon-officials ; وكتب|الوزير|الوزير|ch=تويتر"},
		{"an office's place after the body's name in marks is its own",
			[]string{"وقال مكتب «يونيسف» في اليمن إن الأطفال بحاجة للمساعدة.", "وقال معهد «الرواد» في مسقط إن الأطفال بحاجة للمساعدة."},
			"وقال|مكتب «يونيسف» في اليمن|يونيسف ; وقال|معهد «الرواد»|الرواد"},
		{"a by-name in marks before a post is the speaker, not the paper told",
			[]string{"وقال «أبو فهد» مسؤول الإعلام في الجمعية إن المساعدات وصلت.", "وأبلغ «الوادي» مصدر مطلع أن المساعدات وصلت."},
			"وقال|«أبو فهد» مسؤول الإعلام في الجمعية|ابو-فهد ; وأبلغ|مصدر مطلع|anon-sources|ch=الوادي"},
		{"اعتبر with a predicate and no definite object is the passive: no one's opinion",
			[]string{"واعتبر سالم الكعبي أفضل لاعب في الدوري.", "واعتبرت الحكومة مسؤولة عن الأزمة.", "وتعتبر المدينة قريبة من الحدود."},
			""},
		{"a study issued by a body, in the feminine, is the body's",
			[]string{"وأظهرت دراسة أصدرتها جامعة الوادي أن الأسعار ارتفعت.", "وأظهرت إحصائية أعدتها الوزارة أن الأسعار ارتفعت."},
			"وأظهرت|دراسة أصدرتها جامعة الوادي|جامعه-الوادي ; وأظهرت|إحصائية أعدتها الوزارة|الوزاره"},
	})
}

// A plural in ين after the name in marks is whom it told: the one in marks
// is the source, whatever the span.
func TestArabicToldPluralNoSubject(t *testing.T) {
	got := render(t, "وأبلغ «الوادي» مسؤولين في الشرطة أن الطفل مفقود.")
	if !strings.Contains(got, "|الوادي") || strings.Contains(got, "ch=الوادي") {
		t.Errorf("got %s, want the one in marks as the source", got)
	}
}
