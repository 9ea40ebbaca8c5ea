package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// compareJSON is the shape `isnad compare --json` promises.
type compareJSON struct {
	Sources []string `json:"sources"`
	Frames  []struct {
		Name     string              `json:"name"`
		Scores   map[string]float64  `json:"scores"`
		Evidence map[string][]string `json:"evidence"`
	} `json:"frames"`
	Naming     map[string]map[string]int `json:"naming"`
	Vocabulary map[string][]struct {
		Term string  `json:"term"`
		Z    float64 `json:"z"`
	} `json:"vocabulary"`
	Facts []struct {
		Event  string `json:"event"`
		Values []struct {
			Article, Value, Sentence string
		} `json:"values"`
		Conflict bool `json:"conflict"`
	} `json:"facts"`
}

func TestCompareJSON(t *testing.T) {
	out, errs, code := runCmd(t, "compare", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var c compareJSON
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.Sources, " ") != "000 001 002 003 004" {
		t.Errorf("sources = %v", c.Sources)
	}
	if len(c.Frames) < 8 {
		t.Errorf("%d frames, want ≥ 8", len(c.Frames))
	}
	for _, f := range c.Frames {
		for _, s := range c.Sources {
			if f.Scores[s] > 0 && len(f.Evidence[s]) == 0 {
				t.Errorf("frame %q, %s: score without evidence", f.Name, s)
			}
			for _, id := range f.Evidence[s] {
				if !strings.HasPrefix(id, s+"#s") {
					t.Errorf("frame %q: evidence %q is not a sentence of %s", f.Name, id, s)
				}
			}
		}
	}
	for _, s := range c.Sources {
		if len(c.Vocabulary[s]) == 0 {
			t.Errorf("no vocabulary for %s", s)
		}
	}
	if len(c.Naming) == 0 {
		t.Error("no naming")
	}
	signed := false
	for _, f := range c.Facts {
		if f.Event != "treaty_signed" || !f.Conflict {
			continue
		}
		vals := map[string]bool{}
		for _, v := range f.Values {
			vals[v.Article+" "+v.Value] = true
		}
		signed = vals["000 2024-06-19"] && vals["004 2024-06-19"] && vals["002 2024-10-19"]
	}
	if !signed {
		t.Error("the signing-date conflict (000, 004: 2024-06-19; 002: 2024-10-19) is missing")
	}
}

func TestComparePlainAndSelection(t *testing.T) {
	out, errs, code := runCmd(t, "compare", "002", "000")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"FRAMES", "NAMING", "DISTINCTIVE VOCABULARY", "Treaty signed  [CONFLICT]", "2024-10-19 !"} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q", want)
		}
	}
	if first := strings.SplitN(out, "\n", 2)[0]; !strings.Contains(first, "002") || strings.Contains(first, "001") || strings.Index(first, "002") > strings.Index(first, "000") {
		t.Errorf("header %q: want the selected sources 002 then 000 only", first)
	}
	if _, _, code := runCmd(t, "compare", "nope"); code != 2 {
		t.Errorf("unknown article: exit %d, want 2", code)
	}
}

func TestCompareFolderWithoutFrames(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "التحالف بين روسيا وكوريا تحالف قوي. التحالف يتعمق.\n",
		"b.txt": "الشراكة بين البلدين شراكة مصلحية. الشراكة تتعمق.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := runCmd(t, "compare", "--json", "--corpus", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var c compareJSON
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Frames) != 0 || len(c.Naming) != 0 || len(c.Sources) != 2 {
		t.Errorf("no frames file: want 2 sources, no frames or names; got %v %d %d", c.Sources, len(c.Frames), len(c.Naming))
	}
	for _, s := range c.Sources {
		if len(c.Vocabulary[s]) == 0 {
			t.Errorf("vocabulary of %s missing without a frames file", s)
		}
	}
	if _, _, code := runCmd(t, "compare", "--corpus", dir, "--frames", filepath.Join(dir, "none.yaml")); code != 1 {
		t.Errorf("a named frames file that does not exist: exit %d, want 1", code)
	}
}

// A folder with more articles than a default comparison takes: every one
// compared up to the limit, and stderr names those left out and why.
func TestCompareSaysWhatIsLeftOut(t *testing.T) {
	dir := t.TempDir()
	n := maxDefaultSelection + 3
	for i := range n {
		body := "The minister said the agreement was signed on Wednesday by both governments.\n"
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := runCmd(t, "compare", "--json", "--corpus", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var c compareJSON
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) != maxDefaultSelection {
		t.Errorf("%d sources compared, want %d", len(c.Sources), maxDefaultSelection)
	}
	if !strings.Contains(errs, fmt.Sprintf("left out 3 (%s)", strings.Join([]string{
		fmt.Sprintf("a%03d", n-3), fmt.Sprintf("a%03d", n-2), fmt.Sprintf("a%03d", n-1)}, ", "))) {
		t.Errorf("stderr does not name the articles left out:\n%s", errs)
	}
}
