package cite_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
	"go.yaml.in/yaml/v3"
)

// gold is one testdata/gold file, written by reading the article.
type gold struct {
	Article   string `yaml:"article"`
	Groups    int    `yaml:"groups"`
	Citations []struct {
		Group      int      `yaml:"group"`
		Raw        string   `yaml:"raw"`
		In         string   `yaml:"in"`
		Class      string   `yaml:"class"`
		Candidates []string `yaml:"candidates"`
	} `yaml:"citations"`
	References []struct {
		Author, Date, Title, Outlet, URL string
	} `yaml:"references"`
	Unused       []string `yaml:"unused"`
	Attributions []struct {
		In, Kind, Source, Speaker, Channel string
	} `yaml:"attributions"`
	Claims []struct {
		In, Status string
	} `yaml:"claims"`
}

func readGold(t *testing.T, id string) gold {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "gold", id+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := yaml.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// refID turns the gold's "r5" into "000#r5".
func refIDs(article string, rs []string) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = article + "#" + r
	}
	return out
}

// floors are the least precision and recall the extractors must keep on
// each article; the figures reached are logged. 002 has one attribution and
// few claims, so one miss costs a lot there.
var floors = map[string]struct{ attrP, attrR, claimP, claimR float64 }{
	"000": {0.90, 0.90, 0.90, 0.90},
	"001": {0.99, 0.99, 0.25, 0.99},
	"002": {0.99, 0.99, 0.90, 0.65},
	"003": {0.85, 0.85, 0.90, 0.70},
	"004": {0.95, 0.90, 0.90, 0.75},
}

func TestGold(t *testing.T) {
	al := aliases(t)
	z := cite.New(al, nil)
	for _, a := range articles(t) {
		t.Run(a.ID, func(t *testing.T) {
			g := readGold(t, a.ID)
			s := z.Analyze(a)
			checkCitations(t, a, g, s)
			checkReferences(t, g, s)
			ap, ar := checkAttributions(t, a, g, s)
			cp, cr := checkClaims(t, a, g, s)
			f := floors[a.ID]
			if ap < f.attrP || ar < f.attrR {
				t.Errorf("attributions: precision %.2f recall %.2f, want ≥ %.2f and ≥ %.2f", ap, ar, f.attrP, f.attrR)
			}
			if cp < f.claimP || cr < f.claimR {
				t.Errorf("claims: precision %.2f recall %.2f, want ≥ %.2f and ≥ %.2f", cp, cr, f.claimP, f.claimR)
			}
		})
	}
}

func checkCitations(t *testing.T, a *model.Article, g gold, s *model.Sourcing) {
	t.Helper()
	if s.Groups != g.Groups || len(s.Citations) != len(g.Citations) {
		t.Errorf("%d groups and %d citations, want %d and %d", s.Groups, len(s.Citations), g.Groups, len(g.Citations))
	}
	for i := 0; i < len(g.Citations) && i < len(s.Citations); i++ {
		w, c := g.Citations[i], s.Citations[i]
		sen := sentenceWith(a, w.In)
		if sen == "" {
			t.Fatalf("gold citation %d: no sentence holds %q", i, w.In)
		}
		if c.Raw != w.Raw || c.Group != w.Group || c.Sentence != sen || string(c.Resolution) != w.Class ||
			!slices.Equal(c.Candidates, refIDs(a.ID, w.Candidates)) && len(c.Candidates)+len(w.Candidates) > 0 {
			t.Errorf("citation %d: got %q group %d in %s %s %v; want %q group %d in %s %s %v",
				i, c.Raw, c.Group, c.Sentence, c.Resolution, c.Candidates, w.Raw, w.Group, sen, w.Class, refIDs(a.ID, w.Candidates))
		}
		if c.Resolution == model.Ambiguous && len(c.Readings) == 0 && c.Suffix != "" {
			t.Errorf("citation %d (%s): ambiguous suffix without readings", i, c.Raw)
		}
	}
	if !slices.Equal(s.Unused, refIDs(a.ID, g.Unused)) {
		t.Errorf("unused %v, want %v", s.Unused, refIDs(a.ID, g.Unused))
	}
}

func checkReferences(t *testing.T, g gold, s *model.Sourcing) {
	t.Helper()
	if len(s.References) != len(g.References) {
		t.Errorf("%d references, want %d", len(s.References), len(g.References))
	}
	for i := 0; i < len(g.References) && i < len(s.References); i++ {
		w, r := g.References[i], s.References[i]
		got := []string{r.Author, r.Date, r.Title, r.Outlet, r.URL}
		want := []string{w.Author, w.Date, w.Title, w.Outlet, w.URL}
		if !slices.Equal(got, want) {
			t.Errorf("reference %d:\n got %q\nwant %q", i+1, got, want)
		}
	}
}

// checkAttributions matches found attributions that carry a cue (quotation
// run-ons have none and are not in the gold) to the gold one to one, and
// returns precision and recall.
func checkAttributions(t *testing.T, a *model.Article, g gold, s *model.Sourcing) (p, r float64) {
	t.Helper()
	var found []model.Attribution
	for _, at := range s.Attributions {
		if at.Cue != "" {
			found = append(found, at)
		}
	}
	used := make([]bool, len(found))
	hits := 0
	for _, w := range g.Attributions {
		sen := sentenceWith(a, w.In)
		if sen == "" {
			t.Fatalf("gold attribution: no sentence holds %q", w.In)
		}
		ok := false
		for i, f := range found {
			if used[i] || f.Sentence != sen || string(f.Kind) != w.Kind || w.Channel != "" && f.Channel != w.Channel {
				continue
			}
			if w.Source != "" && f.Source != w.Source ||
				w.Source == "" && !strings.Contains(cite.Fold(f.Speaker+" "+f.Role), cite.Fold(w.Speaker)) {
				continue
			}
			used[i], ok = true, true
			hits++
			break
		}
		if !ok {
			t.Logf("missed attribution in %s: %q %s %s%s", sen, w.In, w.Kind, w.Source, w.Speaker)
		}
	}
	for i, f := range found {
		if !used[i] {
			t.Logf("extra attribution %s: %q → %s (%s) cue %q", f.Sentence, f.Speaker, f.Source, f.Kind, f.Cue)
		}
	}
	p, r = ratio(hits, len(found)), ratio(hits, len(g.Attributions))
	t.Logf("attributions: %d found, %d gold, %d match: precision %.2f recall %.2f", len(found), len(g.Attributions), hits, p, r)
	return p, r
}

// checkClaims compares claim sentences with the gold's, and the status of
// those found in both.
func checkClaims(t *testing.T, a *model.Article, g gold, s *model.Sourcing) (p, r float64) {
	t.Helper()
	want := map[string]string{}
	for _, w := range g.Claims {
		sen := sentenceWith(a, w.In)
		if sen == "" {
			t.Fatalf("gold claim: no sentence holds %q", w.In)
		}
		want[sen] = w.Status
	}
	hits, statusOK := 0, 0
	for _, c := range s.Claims {
		st, ok := want[c.ID]
		if !ok {
			t.Logf("extra claim %s (%s %v): %.60s", c.ID, c.Status, c.Reasons, c.Text)
			continue
		}
		hits++
		if string(c.Status) == st {
			statusOK++
		} else {
			t.Errorf("claim %s: status %s, want %s", c.ID, c.Status, st)
		}
		delete(want, c.ID)
	}
	for id, st := range want {
		t.Logf("missed claim %s (%s)", id, st)
	}
	p, r = ratio(hits, len(s.Claims)), ratio(hits, len(g.Claims))
	t.Logf("claims: %d found, %d gold, %d match (%d with the right status): precision %.2f recall %.2f",
		len(s.Claims), len(g.Claims), hits, statusOK, p, r)
	return p, r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
