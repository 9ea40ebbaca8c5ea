package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

// The alias table of the embedded corpus, given explicitly because the
// embedded file system does not carry it (yet).
const testSources = "--sources=../../data/corpus/sources.yaml"

func runCmd(t *testing.T, name string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{name}, args...), stdio{in: strings.NewReader(""), out: &out, err: &errb})
	return out.String(), errb.String(), code
}

func TestClaimsJSON(t *testing.T) {
	out, errs, code := runCmd(t, "claims", "--json", testSources, "000")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var claims []model.Claim
	if err := json.Unmarshal([]byte(out), &claims); err != nil {
		t.Fatal(err)
	}
	cited, ambiguous := 0, 0
	for _, c := range claims {
		if c.Article != "000" || !strings.HasPrefix(c.ID, "000#s") || c.Text == "" {
			t.Errorf("claim %+v", c)
		}
		if c.Status == model.StatusCited {
			cited++
		}
		for _, ci := range c.Citations {
			if ci.Resolution == model.Ambiguous {
				ambiguous++
				if len(ci.Candidates) < 2 {
					t.Errorf("%s: ambiguous with %v", ci.Raw, ci.Candidates)
				}
			}
		}
	}
	if cited != 28 || ambiguous != 6 {
		t.Errorf("%d cited claims and %d ambiguous citations, want 28 and 6", cited, ambiguous)
	}
	// the JSON names the issue asks for
	for _, key := range []string{`"id"`, `"article"`, `"text"`, `"status"`, `"citations"`, `"raw"`, `"author"`,
		`"year"`, `"resolution"`, `"candidates"`, `"attributions"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestClaimsStatusFilter(t *testing.T) {
	out, errs, code := runCmd(t, "claims", "--json", "--status", "anonymous", testSources, "004")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var claims []model.Claim
	if err := json.Unmarshal([]byte(out), &claims); err != nil {
		t.Fatal(err)
	}
	if len(claims) == 0 {
		t.Fatal("no anonymous claims in 004")
	}
	for _, c := range claims {
		if c.Status != model.StatusAnonymous {
			t.Errorf("%s is %s", c.ID, c.Status)
		}
	}
	if _, _, code := runCmd(t, "claims", "--status", "sure"); code != 2 {
		t.Errorf("bad status: exit %d, want 2", code)
	}
	if _, _, code := runCmd(t, "claims", testSources, "999"); code != 2 {
		t.Errorf("unknown article: exit %d, want 2", code)
	}
}

func TestRefsJSON(t *testing.T) {
	out, errs, code := runCmd(t, "refs", "--json", testSources, "000")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var reps []refsReport
	if err := json.Unmarshal([]byte(out), &reps); err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 || len(reps[0].References) != 15 || len(reps[0].Unresolved) != 1 ||
		len(reps[0].Ambiguous) != 6 || strings.Join(reps[0].Unused, ",") != "000#r7" {
		t.Fatalf("refs: %+v", reps)
	}
	r := reps[0].References[0]
	if r.ID != "000#r1" || r.Date != "2024-12-05" || r.URL != "https://www.reuters.com" || len(r.CitedBy) == 0 {
		t.Errorf("first reference %+v", r)
	}
	for _, key := range []string{`"cited_by"`, `"url"`, `"date"`, `"title"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestRefsPlain(t *testing.T) {
	out, errs, code := runCmd(t, "refs", testSources)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"000: 15 references, 1 unresolved, 6 ambiguous, 1 unused", "unresolved 000#c", "NK News", "unused     000#r7", "004: 0 references"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestSources(t *testing.T) {
	out, errs, code := runCmd(t, "sources", "--json", testSources)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var srcs []model.Source
	if err := json.Unmarshal([]byte(out), &srcs); err != nil {
		t.Fatal(err)
	}
	byID := map[string]model.Source{}
	for _, s := range srcs {
		byID[s.ID] = s
	}
	reuters := byID["reuters"]
	if reuters.Kind != model.SourceOutlet || len(reuters.Articles) != 2 {
		t.Errorf("reuters: %+v (want an outlet cited in 000 and the channel of 004)", reuters)
	}
	if !containsString(reuters.Aliases, "رويترز") || !containsString(reuters.Aliases, "Reuters") {
		t.Errorf("reuters aliases %v", reuters.Aliases)
	}
	if byID["putin"].Kind != model.SourcePerson || len(byID["putin"].Articles) < 2 {
		t.Errorf("putin: %+v", byID["putin"])
	}
	plain, _, code := runCmd(t, "sources", testSources)
	if code != 0 || !strings.Contains(plain, "reuters") || !strings.Contains(plain, "anon-diplomats") {
		t.Errorf("plain sources:\n%s", plain)
	}
	if _, _, code := runCmd(t, "sources", "extra"); code != 2 {
		t.Errorf("extra argument: exit %d, want 2", code)
	}
}
