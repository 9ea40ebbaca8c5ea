package compare

import (
	"testing"

	"github.com/isnad/isnad/model"
)

const scopeFrames = `
frames:
  - id: alliance
    name: Alliance
    cues: [تحالف, حلف, حليف, محور, شراكة استراتيجية, الشراكة الاستراتيجية الشاملة, دفاع مشترك,
           alliance, axis, strategic partnership, mutual defence]
naming:
  - term: تحالف
  - term: شراكة استراتيجية
    variants: [شراكة استراتيجية, الشراكة الاستراتيجية الشاملة]
  - term: alliance
official_names: [حلف الناتو]
`

// TestFrameScope: names and negation decide whether a sentence with a cue
// is evidence, negated, or neither (naming only). The sentences are written
// for the test, after the patterns of the issue.
func TestFrameScope(t *testing.T) {
	f := mustFrames(t, scopeFrames)
	tests := []struct {
		text string
		want string // "evidence", "negated" or "" (naming only)
	}{
		// the cue as frame evidence, tanween written or not
		{"وصف الوزير العلاقة بأنها تحالف استراتيجي.", "evidence"},
		{"يعد الاتفاق تحالفاً عسكرياً بين البلدين.", "evidence"},
		{"يعد الاتفاق تحالفا عسكريا بين البلدين.", "evidence"},
		{"The pact amounts to a military alliance, analysts said.", "evidence"},
		// official names and quoted titles are naming
		{"وقّع الزعيمان معاهدة الشراكة الاستراتيجية الشاملة في بيونغ يانغ.", ""},
		{"وقّع الزعيمان «الشراكة الاستراتيجية الشاملة» في بيونغ يانغ.", ""},
		{"وصف بوتين العلاقة بأنها «تحالف استراتيجي» حقيقي.", "evidence"},
		{"وأطلق التحالف عملية «عاصفة الحزم».", "evidence"},
		{"وتضم الجبهة «ائتلاف الأحزاب الوطنية» وغيره.", ""},
		{"وقّع الزعيمان معاهدة «الشراكة الاستراتيجية الشاملة» في بيونغ يانغ.", ""},
		{"جرى توقيع اتفاقية بعنوان «شراكة استراتيجية للمستقبل» أمس.", ""},
		{"The leaders signed the Treaty on Comprehensive Strategic Partnership on Wednesday.", ""},
		{"Shares in Alliance Unichem rose.", ""},
		{"Two groups, the Radio Forum and the Wideband Chip alliance, have merged.", ""},
		{"The Alliance is strong, and an alliance of the two countries was formed.", "evidence"},
		{"They signed a \"strategic partnership\" treaty in Pyongyang.", ""},
		{"Analysts called it a \"strategic partnership\" in all but name.", "evidence"},
		{"وانتقد البيان توسع حلف الناتو شرقاً.", ""},
		// a treaty described, not named: evidence
		{"وقع البلدان معاهدة دفاع مشترك تلزم كلاً منهما بنجدة الآخر.", "evidence"},
		// negation removes the evidence
		{"قال المتحدث إن الاتفاق ليس تحالفاً موجهاً ضد أحد.", "negated"},
		{"وأكد أن التعاون لا يهدف إلى إنشاء تحالف عسكري.", "negated"},
		{"The agreement is not an alliance, the ministry said.", "negated"},
		{"Moscow said the treaty was not intended to create a military alliance.", "negated"},
		{"Beijing has no intention to form an alliance with either side.", "negated"},
		{"The Kremlin denied that the treaty amounted to an alliance.", "negated"},
		{"ونفى المتحدث أن يكون الاتفاق تحالفاً عسكرياً.", "negated"},
		{"The minister did not say that an alliance was planned.", "evidence"},
		// … unless it is cancelled, broken off, or the cue is taken as given
		{"وأضاف أن روسيا لن يمنعها شيء من مؤازرة حليفها.", "evidence"},
		{"لم تتخذ واشنطن خطوات لعرقلة هذا التحالف.", "evidence"},
		{"ليس مجرد تعاون بل تحالف كامل.", "evidence"},
		{"ليست صفقة عابرة بل تحالف استراتيجي.", "evidence"},
		{"It is not only trade but an alliance.", "evidence"},
		{"Officials did not rule out an alliance.", "evidence"},
		{"It is not clear whether the alliance will hold.", "evidence"},
		{"لا سيما أن التحالف يتوسع.", "evidence"},
		{"وتبقى الشركات غير المشمولة بأي تحالف خارج السوق.", "negated"},
		{"وتأثرت الجبهة بشكل غير مباشر بالتحالف.", "evidence"},
		{"لم تعد الكتابة حلفا بين الأصابع.", "negated"},
		{"من دون أن يصبح التعاون حلفا، فالتنسيق محدود.", "negated"},
		// a noun in construct with a definite one is definite too ("حلفاء
		// بريطانيا" cannot be told: a name carries no article)
		{"لم يقنع حليف الولايات المتحدة بعد.", "evidence"},
		// a negation in another clause does not reach the cue
		{"لم يعلق الكرملين، لكن التحالف قائم.", "evidence"},
	}
	for _, tt := range tests {
		a := mkArticle("A", "", body(tt.text))
		c := Build([]*model.Article{a}, f)
		r := c.Frames[0]
		got := ""
		switch {
		case len(r.Evidence["A"]) > 0:
			got = "evidence"
		case len(r.Negated["A"]) > 0:
			got = "negated"
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
		if (r.Scores["A"] > 0) != (got == "evidence") {
			t.Errorf("%q: score %v with %q", tt.text, r.Scores["A"], got)
		}
	}
}

// A cue inside a name still counts as naming; naming is also given per
// 1,000 words.
func TestNamingOfficialNames(t *testing.T) {
	f := mustFrames(t, scopeFrames)
	a := mkArticle("A", "", body(
		"وقّع الزعيمان معاهدة الشراكة الاستراتيجية الشاملة.",
		"ووصف محللون العلاقة بأنها تحالف.",
	))
	c := Build([]*model.Article{a}, f)
	if c.Naming["شراكة استراتيجية"]["A"] != 1 || c.Naming["تحالف"]["A"] != 1 {
		t.Errorf("naming %v: the name and the cue both count", c.Naming)
	}
	if ev := c.Frames[0].Evidence["A"]; len(ev) != 1 || ev[0] != "A#s2" {
		t.Errorf("evidence %v: only the second sentence", ev)
	}
	for _, r := range c.NamingRows {
		// 6 + 5 words: one occurrence is 90.91 per 1,000
		want := map[int]float64{0: 0, 1: 90.91}[r.Counts["A"]]
		if r.PerThousand["A"] != want {
			t.Errorf("%s: %d occurrences, per 1000 = %v, want %v", r.Term, r.Counts["A"], r.PerThousand["A"], want)
		}
	}
}
