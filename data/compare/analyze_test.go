package compare

import (
	"math"
	"reflect"
	"testing"

	"github.com/isnad/isnad/model"
)

const testFrames = `
frames:
  - id: convenience
    name: Marriage of convenience
    cues: [زواج مصلحة, مقابل]
    except: [في المقابل]
  - id: alliance
    name: Alliance
    cues: [تحالف, محور, شراكة استراتيجية]
    except: [المحور الأول]
  - id: china
    name: China's caution
    cues: [حذر*]
    with: [الصين, بكين]
naming:
  - term: تحالف
  - term: شراكة استراتيجية
  - term: شراكة
naming_skip: [حلف الناتو]
events:
  - id: signed
    triggers: [وقع*, توقيع, =الموقعه]
    objects: [معاهدة, اتفاقية]
  - id: troops
    triggers: [أرسل*]
    objects: [جندي, قوات]
    units: [جندي]
  - id: visit
    triggers: [زيارة]
reference_sections: [المراجع]
`

func mustFrames(t testing.TB, y string) *Frames {
	t.Helper()
	f, err := ParseFrames([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFrameScores(t *testing.T) {
	f := mustFrames(t, testFrames)
	a := mkArticle("X", "",
		heading("المحور الأول: خلفية"),                          // s1: the except phrase eats محور
		body("هذا التحالف زواج مصلحة.", "ذخائر مقابل نفط."),     // s2 alliance+convenience, s3 convenience
		body("وفي المقابل تبقى روسيا قوية.", "الصين حذرة جدا."), // s4 nothing (والتحالف absent), s5 china
		body("روسيا حذرة."),                 // s6: حذر without China: no
		chrome("تابعونا على فيسبوك تحالف"),  // boilerplate: no sentences
		heading("المراجع"),                  // s7
		item("Reuters. تحالف مقابل. 2024."), // s8: reference entry, not counted
	)
	an := Analyze(a, f)
	if an.Countable != 7 {
		t.Errorf("countable sentences = %d, want 7 (s1–s7; boilerplate and the reference entry left out)", an.Countable)
	}
	c := Build([]*model.Article{a}, f)
	want := map[string][]string{
		"convenience": {"X#s2", "X#s3"},
		"alliance":    {"X#s2"},
		"china":       {"X#s5"},
	}
	for _, r := range c.Frames {
		if got := r.Evidence["X"]; !reflect.DeepEqual(got, want[r.ID]) {
			t.Errorf("frame %s: evidence %v, want %v", r.ID, got, want[r.ID])
		}
		if ws := float64(len(want[r.ID])) / 7; math.Abs(r.Scores["X"]-ws) > 1e-12 {
			t.Errorf("frame %s: score %v, want %v", r.ID, r.Scores["X"], ws)
		}
	}
	conv := c.Frames[0].Cell("X")
	if !reflect.DeepEqual(conv.Terms, []model.TermCount{{Term: "زواج مصلحة", Count: 1}, {Term: "مقابل", Count: 1}}) {
		t.Errorf("convenience terms = %v", conv.Terms)
	}
}

func TestNamingLongestFirst(t *testing.T) {
	f := mustFrames(t, testFrames)
	a := mkArticle("N", "", body(
		"وقعا شراكة استراتيجية، وهي شراكة.",
		"التحالفات الجديدة ليست حلف الناتو، بل تحالف.",
	))
	b := mkArticle("M", "", body("لا شيء هنا."))
	c := Build([]*model.Article{a, b}, f)
	want := map[string]map[string]int{
		"تحالف":            {"N": 2, "M": 0},
		"شراكة استراتيجية": {"N": 1, "M": 0},
		"شراكة":            {"N": 1, "M": 0},
	}
	if !reflect.DeepEqual(c.Naming, want) {
		t.Errorf("naming = %v, want %v", c.Naming, want)
	}
	if c.NamingRows[0].Term != "تحالف" || !reflect.DeepEqual(c.NamingRows[0].Evidence["N"], []string{"N#s2"}) {
		t.Errorf("first naming row = %+v, want تحالف with evidence [N#s2]", c.NamingRows[0])
	}
}

func TestEmptyFramesStillGiveVocabulary(t *testing.T) {
	a := mkArticle("A", "", body("تحالف تحالف تحالف روسيا"))
	b := mkArticle("B", "", body("شراكة شراكة شراكة روسيا"))
	c := Build([]*model.Article{a, b}, nil)
	if len(c.Frames) != 0 || len(c.Naming) != 0 || len(c.Facts) != 0 {
		t.Errorf("no frames file: want no frames, names or facts, got %d %d %d", len(c.Frames), len(c.Naming), len(c.Facts))
	}
	if len(c.Vocabulary["A"]) == 0 || c.Vocabulary["A"][0].Stem != "تحالف" {
		t.Errorf("vocabulary of A = %+v, want تحالف first", c.Vocabulary["A"])
	}
}

func TestParseFramesErrors(t *testing.T) {
	for _, y := range []string{
		"frames: [{id: a, cues: []}]",
		"frames: [{id: a, cues: [x]}, {id: a, cues: [y]}]",
		"events: [{id: e}]",
		"naming: [{term: x}, {term: x}]",
		"frames: {",
	} {
		if _, err := ParseFrames([]byte(y)); err == nil {
			t.Errorf("ParseFrames(%q) should fail", y)
		}
	}
}

func TestConjunctionMerged(t *testing.T) {
	f := mustFrames(t, "vocabulary: {min_count: 1}")
	a := mkArticle("A", "", body("التقى كيم بوتين.", "ووقع كيم وبوتين.", "قال وكيم ذلك."))
	an := Analyze(a, f)
	ts := an.vocab["كيم"]
	if ts == nil || ts.count != 3 || an.vocab["وكيم"] != nil {
		t.Fatalf("كيم counted %+v, وكيم left as %+v: want «وكيم» merged into «كيم»", ts, an.vocab["وكيم"])
	}
	if !reflect.DeepEqual(ts.sents, []int{0, 1, 2}) || ts.form() != "كيم" {
		t.Errorf("merged term: sentences %v form %q", ts.sents, ts.form())
	}
	// "وقع" has no "قع" beside it: it stays a word of its own.
	if an.vocab["وقع"] == nil && an.vocab["ووقع"] == nil {
		t.Error("وقع should stay in the vocabulary")
	}
}
