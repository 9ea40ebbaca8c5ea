package cite_test

import "testing"

// The thirty-first session's lexicon work from the development misses:
// speech acts the Arabic lexicon lacked, each read on unannotated
// SaudiNewsNet sentences before it was added. Sentences and names invented.

func TestArabicQuantifiedAudienceIsSubject(t *testing.T) {
	runCases(t, []attrCase{
		{"a quantifier after the verb counts the press: they are the subject",
			[]string{"فيما انتقدت بعض وسائل الإعلام المحلية قرار اللجنة.", "وقالت معظم وسائل الإعلام إن المنتخب خسر."},
			"انتقدت|بعض وسائل الإعلام المحلية|anon-media ; وقالت|معظم وسائل الإعلام|anon-media"},
		{"the press after a speaker stays those told",
			[]string{"وقال المدير للصحفيين إن المصنع أغلق."},
			"وقال|المدير|المدير|ch=press"},
	})
}
