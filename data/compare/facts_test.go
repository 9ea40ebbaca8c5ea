package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

type fv struct{ art, value, sent string }

func factRows(c *model.Comparison) map[string][]fv {
	out := map[string][]fv{}
	for _, r := range c.Facts {
		k := r.Event + "/" + string(r.Kind)
		for _, v := range r.Values {
			out[k] = append(out[k], fv{v.Article, v.Value, v.Sentence})
		}
	}
	return out
}

func row(c *model.Comparison, event string, kind model.FactKind) *model.FactRow {
	for i := range c.Facts {
		if c.Facts[i].Event == event && c.Facts[i].Kind == kind {
			return &c.Facts[i]
		}
	}
	return nil
}

func TestFactsAlignment(t *testing.T) {
	f := mustFrames(t, testFrames)
	a := mkArticle("A", "", body(
		"ففي 19 يونيو/حزيران 2024، قام بوتين بزيارة إلى بيونغ يانغ، جرى خلالها توقيع معاهدة الشراكة.",
		"وأرسلت كوريا قوات بحلول أواخر 2024 (Reuters, 2025).",
	))
	b := mkArticle("B", "2024-10-31", body(
		"معاهدة الشراكة الموقعة في تشرين الاول 2024 مهمة.",
		"في 19 تشرين الأول 2024، وقعت روسيا وكوريا معاهدة.",
	))
	c := mkArticle("C", "", body(
		"وقع بوتين على اتفاقية دفاعية في يونيو الماضي، وسط تقارير بأن بيونج يانج أرسلت آلاف القوات.",
		"قال زيلينسكي يوم الخميس الماضي الموافق 7 نوفمبر 2024 إن كوريا أرسلت 11 ألف جندي إلى روسيا.",
	))
	got := factRows(Build([]*model.Article{a, b, c}, f))
	want := map[string][]fv{
		// the date before the visit clause goes to both events the sentence describes
		"signed/date": {{"A", "2024-06-19", "A#s1"}, {"B", "2024-10", "B#s1"}, {"C", "", "C#s1"}},
		"visit/date":  {{"A", "2024-06-19", "A#s1"}},
		// the citation's 2025 is not a fact
		"troops/date":   {{"A", "2024", "A#s2"}, {"C", "2024-11-07", "C#s2"}},
		"troops/number": {{"C", "11000", "C#s2"}},
	}
	// B's second sentence: the date's clause has no trigger, so it goes to
	// the one event described.
	want["signed/date"] = append(want["signed/date"][:2], fv{"B", "2024-10-19", "B#s2"}, want["signed/date"][2])
	if !reflect.DeepEqual(got, want) {
		t.Errorf("facts:\n got %v\nwant %v", got, want)
	}
	cc := Build([]*model.Article{a, b, c}, f)
	if r := row(cc, "signed", model.FactDate); r == nil || !r.Conflict {
		t.Error("signing dates 2024-06-19 (A) and 2024-10 (B) should conflict")
	}
	if r := row(cc, "troops", model.FactDate); r == nil || r.Conflict {
		t.Error("2024 and 2024-11-07 agree at year precision: no conflict")
	}
	// C's relative date is unresolved (no article date) and takes no part.
	for _, v := range row(cc, "signed", model.FactDate).Values {
		if v.Article == "C" && (!v.Unresolved || v.Conflicts) {
			t.Errorf("C's value %+v: want unresolved, not in conflict", v)
		}
	}
}

func TestConflictRule(t *testing.T) {
	f := mustFrames(t, testFrames)
	// A gives two visits; B one of them: they share a value, no conflict.
	a := mkArticle("A", "", body("زيارة في سبتمبر 2023.", "زيارة في 19 يونيو 2024."))
	b := mkArticle("B", "", body("زيارة في يونيو 2024."))
	c := Build([]*model.Article{a, b}, f)
	if r := row(c, "visit", model.FactDate); r == nil || r.Conflict {
		t.Errorf("visit row %+v: sources share 2024-06, want no conflict", r)
	}
	// With C giving only 2022, C conflicts with both.
	cArt := mkArticle("C", "", body("زيارة عام 2022."))
	c = Build([]*model.Article{a, b, cArt}, f)
	r := row(c, "visit", model.FactDate)
	if r == nil || !r.Conflict {
		t.Fatalf("visit row %+v: want a conflict", r)
	}
	for _, v := range r.Values {
		if !v.Conflicts {
			t.Errorf("value %+v should be marked: every source is in a disagreeing pair", v)
		}
	}
	// One source alone never conflicts with itself.
	c = Build([]*model.Article{mkArticle("D", "", body("زيارة في 2020.", "زيارة في 2021."))}, f)
	if r := row(c, "visit", model.FactDate); r == nil || r.Conflict {
		t.Errorf("single source row %+v: want no conflict", r)
	}
}

func TestRelativeDateResolved(t *testing.T) {
	f := mustFrames(t, testFrames)
	a := mkArticle("A", "2024-11-12", body("وقع بوتين على اتفاقية دفاعية في يونيو الماضي."))
	r := row(Build([]*model.Article{a}, f), "signed", model.FactDate)
	if r == nil || len(r.Values) != 1 || r.Values[0].Value != "2024-06" || !r.Values[0].Relative || r.Values[0].Text != "يونيو الماضي" {
		t.Errorf("row %+v: want 2024-06 read from «يونيو الماضي» against 2024-11-12", r)
	}
}

// TestOutliers: a value is an outlier only when no other source agrees with
// it and another source gives a different value.
func TestOutliers(t *testing.T) {
	f := mustFrames(t, testFrames)
	a := mkArticle("A", "", body("زيارة في 19 يونيو 2024."))
	b := mkArticle("B", "", body("زيارة في يونيو 2024."))
	c := mkArticle("C", "", body("زيارة في أكتوبر 2024."))
	d := mkArticle("D", "", body("زيارة في يونيو الماضي."))
	want := map[string]struct {
		outlier bool
		agrees  string
	}{
		"A": {false, "B"}, "B": {false, "A"}, "C": {true, ""}, "D": {false, ""},
	}
	r := row(Build([]*model.Article{a, b, c, d}, f), "visit", model.FactDate)
	if r == nil || len(r.Values) != 4 {
		t.Fatalf("visit row %+v", r)
	}
	for _, v := range r.Values {
		w := want[v.Article]
		if v.Outlier != w.outlier || strings.Join(v.AgreesWith, ",") != w.agrees {
			t.Errorf("%s %q: outlier %v agrees %v, want %v %q", v.Article, v.Value, v.Outlier, v.AgreesWith, w.outlier, w.agrees)
		}
	}
	// Two sources that disagree: each is an outlier. One source alone:
	// nobody disagrees, no outlier.
	r = row(Build([]*model.Article{a, c}, f), "visit", model.FactDate)
	for _, v := range r.Values {
		if !v.Outlier {
			t.Errorf("%s: two sources disagreeing, want both outliers", v.Article)
		}
	}
	r = row(Build([]*model.Article{c}, f), "visit", model.FactDate)
	if r.Values[0].Outlier || r.Values[0].AgreesWith == nil {
		t.Errorf("a single source: %+v, want no outlier and an empty agrees_with", r.Values[0])
	}
}

const factFrames = `
frames:
  - id: alliance
    cues: [تحالف, alliance]
events:
  - id: signed
    triggers: [وقع*, توقيع, =الموقعه, signed, signing]
    objects: [معاهدة, اتفاقية, treaty, pact]
  - id: in_force
    triggers: [حيز التنفيذ, صادق*, ratif*, into force]
    objects: [معاهدة, قانون, treaty]
  - id: summit
    triggers: [قمة, زيارة, summit, visit]
`

// TestFactsClauseAndDocuments: a date goes to the event its own clause
// speaks of, the nearest trigger before it first; a year that names or
// dates another document is no value of the event; English dates and
// relative dates are read against the article's date.
func TestFactsClauseAndDocuments(t *testing.T) {
	f := mustFrames(t, factFrames)
	tests := []struct {
		text, date string
		want       string // event=value pairs, sorted by event then reading order
	}{
		// two events, one clause each or one clause for both
		{"وقعت روسيا وكوريا المعاهدة في 19 يونيو 2024 ودخلت حيز التنفيذ في 4 ديسمبر 2024.", "",
			"signed=2024-06-19 in_force=2024-12-04"},
		{"The treaty, signed in June 2024, entered into force on 4 December 2024.", "",
			"signed=2024-06 in_force=2024-12-04"},
		{"The treaty Putin signed in June 2024 entered into force on 4 December 2024.", "",
			"signed=2024-06 in_force=2024-12-04"},
		// a date that opens the sentence goes to every event it describes
		{"ففي 19 يونيو 2024، قام بوتين بزيارة جرى خلالها توقيع المعاهدة.", "",
			"signed=2024-06-19 summit=2024-06-19"},
		// years of other documents
		{"وقعت روسيا وكوريا معاهدة جديدة تحل محل معاهدة الصداقة لعام 1961.", "", ""},
		{"وقع البلدان معاهدة تحل محل معاهدة عام 2000 في 19 يونيو 2024.", "", "signed=2024-06-19"},
		{"The new treaty signed on 19 June 2024 replaces a 1961 treaty and the 2000 treaty of friendship.", "",
			"signed=2024-06-19"},
		{"وقعت روسيا المعاهدة عام 2024.", "", "signed=2024"},
		{"The pact, replacing a treaty signed in 2000, was signed on Wednesday.", "2024-06-20",
			"signed=2024-06-19"},
		{"وقع الزعيمان في 19 يونيو 2024 معاهدة تحل محل معاهدات سابقة موقعة في 1961 و2000.", "",
			"signed=2024-06-19"},
		{"The new pact, signed on 19 June 2024, replaces treaties signed in 1961 and 2000.", "",
			"signed=2024-06-19"},
		{"ووقع البلدان المعاهدة الجديدة في 19 يونيو 2024 لتحل محل معاهدة الصداقة التي وقعها البلدان عام 1961.", "",
			"signed=2024-06-19"},
		// relative dates, resolved or not
		{"وقع الزعيمان المعاهدة أمس.", "2024-06-20", "signed=2024-06-19"},
		{"وقع الزعيمان المعاهدة يوم الأربعاء.", "", "signed="},
		{"Russia ratified the treaty last month.", "2024-12-05", "in_force=2024-11"},
	}
	for _, tt := range tests {
		a := mkArticle("A", tt.date, body(tt.text))
		c := Build([]*model.Article{a}, f)
		var got []string
		for _, r := range c.Facts {
			for _, v := range r.Values {
				got = append(got, r.Event+"="+v.Value)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q (date %q):\n got %q\nwant %q", tt.text, tt.date, g, tt.want)
		}
	}
}
