package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	code, out, errOut := cli("claims", "--json")
	if code != 0 {
		t.Fatal(errOut)
	}
	var claims []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	if err := json.Unmarshal([]byte(out), &claims); err != nil {
		t.Fatal(err)
	}

	code, out, errOut = cli("export", "--format", "csv")
	if code != 0 {
		t.Fatalf("csv: exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(claims)+1 || rows[0][0] != "claim" || rows[0][7] != "sources" {
		t.Fatalf("csv: %d rows for %d claims, header %v", len(rows)-1, len(claims), rows[0])
	}
	for i, c := range claims {
		if rows[i+1][0] != c.ID || rows[i+1][5] != c.Status {
			t.Errorf("row %d: %v, claim %+v", i+1, rows[i+1][:6], c)
		}
		if c.Status != "unsourced" && rows[i+1][7] == "" {
			t.Errorf("%s (%s): no sources", c.ID, c.Status)
		}
	}

	if code, _, _ := cli("notes", "add", "--claim", claims[0].ID, "--verdict", "disputed", "--text", "ملاحظة للتقرير", "--analyst", "amal"); code != 0 {
		t.Fatal("notes add")
	}
	file := filepath.Join(t.TempDir(), "report.md")
	code, _, errOut = cli("export", "--format", "md", "--notes", "--out", file)
	if code != 0 || !strings.Contains(errOut, "report.md") {
		t.Fatalf("md: exit %d: %s", code, errOut)
	}
	md, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Cited report: embedded", "## 000 · ", "### " + claims[0].ID + " · ", `<div dir="rtl">`,
		"**Citation**", "**Attribution**", "ملاحظة للتقرير", "claims in 5 articles"} {
		if !bytes.Contains(md, []byte(want)) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".report.md.*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}

	code, out, _ = cli("export", "--format", "jsonl", "--status", "anonymous", "--article", "004")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) == 0 {
		t.Fatalf("jsonl: exit %d", code)
	}
	for _, l := range lines {
		var r struct{ Claim, Status string }
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.Status != "anonymous" || !strings.HasPrefix(r.Claim, "004#") {
			t.Errorf("jsonl line %q: %v", l, err)
		}
	}
	if code, out, _ := cli("export", "--format", "csv", "--bom"); code != 0 || !strings.HasPrefix(out, "\uFEFFclaim,") {
		t.Errorf("--bom: %q", out[:min(20, len(out))])
	}
	for _, bad := range [][]string{{"export", "--format", "pdf"}, {"export", "--status", "maybe"}, {"export", "--article", "999"}} {
		if code, _, _ := cli(bad...); code != exitUsage {
			t.Errorf("%v: exit %d", bad, code)
		}
	}
}
