package export

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

var noon = time.Date(2026, 11, 3, 12, 0, 0, 0, time.UTC)

// fixture is the report of articles 000 and 004 of the embedded corpus
// with two notes on their sentences and one orphaned note.
func fixture(t *testing.T) ([][]model.ReportClaim, []model.Note) {
	t.Helper()
	lib, err := data.OpenEmbeddedWith(data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	ns := map[string][]model.Note{
		"000": {{ID: 1, Target: "000#s5", Article: "000", Verdict: model.VerdictVerified, Text: "التقرير متاح ومطابق.",
			Analyst: "amal", EditedBy: "amal", Created: noon, Updated: noon, Rev: 1, Anchor: model.AnchorAttached, Sentence: "000#s5"}},
		"004": {{ID: 2, Target: "004#s1", Article: "004", Verdict: "satire", Text: "<b>not bold</b> *nor this*",
			Analyst: "omar", EditedBy: "amal", Created: noon, Updated: noon.Add(time.Hour), Rev: 2, Anchor: model.AnchorMoved, Sentence: "004#s2"}},
	}
	var out [][]model.ReportClaim
	for _, id := range []string{"000", "004"} {
		a, err := lib.Article(id)
		if err != nil {
			t.Fatal(err)
		}
		s, err := lib.Sourcing(id)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Claims(a, s, ns[id], Filter{Noted: true}))
	}
	orphan := []model.Note{{ID: 3, Target: "004#s90", Article: "004", Quote: "جملة حذفت من المقال.", Verdict: model.VerdictDisputed,
		Analyst: "amal", EditedBy: "amal", Created: noon, Updated: noon, Rev: 1, Anchor: model.AnchorOrphaned}}
	return out, orphan
}

func write(t *testing.T, format string, o Options, arts [][]model.ReportClaim, orphans []model.Note) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, format, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, cs := range arts {
		if err := w.Article(cs); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(orphans); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestMarkdownGolden(t *testing.T) {
	arts, orphans := fixture(t)
	golden.RequireEqual(t, write(t, "md", Options{Title: "Cited report: embedded", Notes: true}, arts, orphans))
}

func TestCSVGolden(t *testing.T) {
	arts, orphans := fixture(t)
	out := write(t, "csv", Options{Notes: true, BOM: true}, arts, orphans)
	golden.RequireEqual(t, out)
	if !bytes.HasPrefix(out, []byte("\uFEFF")) {
		t.Error("no BOM")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, cs := range arts {
		n += len(cs)
	}
	if len(rows) != n+1 {
		t.Errorf("%d rows for %d records", len(rows)-1, n)
	}
	// One row per claim: a row's sources are the claim's.
	for i, cs := range arts[0] {
		if got := rows[i+1][7]; len(cs.Sources) > 0 && !strings.Contains(got, sourceLine(cs.Sources[0])) {
			t.Errorf("row %d: sources %q", i+1, got)
		}
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	arts, orphans := fixture(t)
	out := write(t, "jsonl", Options{}, arts, orphans)
	golden.RequireEqual(t, out)
	back, err := ReadJSONL(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var want []model.ReportClaim
	for _, cs := range arts {
		want = append(want, cs...)
	}
	if !reflect.DeepEqual(back, want) {
		t.Errorf("read back differs:\n got %+v\nwant %+v", back[0], want[0])
	}
	if _, err := ReadJSONL(strings.NewReader("{\"claim\":\"000#s1\"}\n{oops\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad line: %v", err)
	}
}

func TestHostileText(t *testing.T) {
	c := model.ReportClaim{Claim: "000#s1", Article: "000", Title: "# title", Status: model.StatusCited,
		Text:    "1. <script>alert(1)</script> **bold** [link](http://x) \x1b[2J",
		Sources: []model.ReportSource{{Kind: "attribution", Speaker: "=HYPERLINK(\"http://x\")", Named: model.Named}}}
	md := string(write(t, "md", Options{}, [][]model.ReportClaim{{c}}, nil))
	for _, bad := range []string{"<script", "**bold**", " [link]", "\x1b", "\n1. "} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown holds %q:\n%s", bad, md)
		}
	}
	out := write(t, "csv", Options{}, [][]model.ReportClaim{{c}}, nil)
	if bytes.Contains(out, []byte("\x1b")) || bytes.Contains(out, []byte(",=HYPERLINK")) || bytes.Contains(out, []byte(",\"=HYPERLINK")) {
		t.Errorf("csv: %q", out)
	}
	if out := write(t, "jsonl", Options{}, [][]model.ReportClaim{{c}}, nil); bytes.Contains(out, []byte("\x1b")) {
		t.Errorf("jsonl holds a raw escape: %q", out)
	}
	if _, err := NewWriter(&bytes.Buffer{}, "pdf", Options{}); err == nil {
		t.Error("pdf: no error")
	}
}

func TestFilter(t *testing.T) {
	lib, err := data.OpenEmbeddedWith(data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	a, _ := lib.Article("000")
	s, _ := lib.Sourcing("000")
	all := Claims(a, s, nil, Filter{})
	if len(all) != len(s.Claims) {
		t.Errorf("%d records for %d claims", len(all), len(s.Claims))
	}
	for _, c := range Claims(a, s, nil, Filter{Status: model.StatusAnonymous}) {
		if c.Status != model.StatusAnonymous {
			t.Errorf("%s: %s", c.Claim, c.Status)
		}
	}
	// A note on a sentence that is no claim brings the sentence in.
	var plain string
	for _, sen := range a.Sentences {
		if s.Claim(sen.ID) == nil {
			plain = sen.ID
			break
		}
	}
	n := model.Note{ID: 9, Target: plain, Article: "000", Verdict: "verified", Anchor: model.AnchorAttached, Sentence: plain}
	if got := Claims(a, s, []model.Note{n}, Filter{Noted: true}); len(got) != len(all)+1 {
		t.Errorf("noted sentence: %d records, want %d", len(got), len(all)+1)
	}
}
