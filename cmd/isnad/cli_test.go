package main

import (
	"bytes"
	"strings"
	"testing"
)

// The command line behaves the same in every command: -h/--help exit 0 and
// print the command's usage, a bad flag or argument and nothing to open
// exit 2, --version prints the version.

var subcommands = []string{"list", "cat", "claims", "refs", "sources", "compare", "search", "notes", "export"}

func cli(args ...string) (code int, out, errOut string) {
	var o, e bytes.Buffer
	code = run(args, stdio{in: strings.NewReader(""), out: &o, err: &e})
	return code, o.String(), e.String()
}

func TestHelpExitsZero(t *testing.T) {
	for _, name := range append([]string{""}, subcommands...) {
		for _, flag := range []string{"-h", "--help"} {
			args := []string{flag}
			if name != "" {
				args = []string{name, flag}
			}
			code, out, errOut := cli(args...)
			if code != 0 {
				t.Errorf("isnad %v: exit %d, stderr %q", args, code, errOut)
			}
			if !strings.Contains(out, "isnad "+name) || !strings.Contains(out, "--help") {
				t.Errorf("isnad %v: the usage is missing:\n%s", args, out)
			}
		}
	}
	// Flags may come after arguments (interspersed).
	if code, _, errOut := cli("claims", "000", "-h"); code != 0 {
		t.Errorf("isnad claims 000 -h: exit %d, %q", code, errOut)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := cli("--version")
	if code != 0 || !strings.HasPrefix(out, "isnad version ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestExitCodesAgree(t *testing.T) {
	missing := t.TempDir() + "/nowhere"
	empty := t.TempDir()
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"list", missing}, exitUsage},
		{[]string{"list", "--corpus", missing}, exitUsage},
		{[]string{"claims", "--corpus", missing}, exitUsage},
		{[]string{"refs", "--corpus", missing}, exitUsage},
		{[]string{"sources", "--corpus", missing}, exitUsage},
		{[]string{"compare", "--corpus", missing}, exitUsage},
		{[]string{"list", empty}, exitUsage},
		{[]string{"claims", "--corpus", empty}, exitUsage},
		{[]string{"list", "--bogus"}, exitUsage},
		{[]string{"claims", "--bogus"}, exitUsage},
		{[]string{"cat", "--width"}, exitUsage},
		{[]string{"claims", "000", "001"}, exitUsage},
		{[]string{"claims", "999"}, exitUsage},
		{[]string{"compare", "999"}, exitUsage},
		{[]string{"sources", "extra"}, exitUsage},
		{[]string{"--bidi=sideways"}, exitUsage},
		{[]string{"cat", missing}, exitInput},
		{[]string{"claims", "--sources", missing}, exitInput},
		{[]string{"--keys", missing}, exitInput}, // named, so not the optional default
		{[]string{"list", "--json"}, exitOK},
	} {
		code, _, errOut := cli(c.args...)
		if code != c.want {
			t.Errorf("isnad %v: exit %d, want %d (stderr %q)", c.args, code, c.want, errOut)
		}
		if code != 0 && errOut == "" {
			t.Errorf("isnad %v: exit %d with nothing said on stderr", c.args, code)
		}
	}
}

// TestErrorMessagesSanitised: a file name with an escape sequence does not
// reach stderr raw.
func TestErrorMessagesSanitised(t *testing.T) {
	_, _, errOut := cli("list", t.TempDir()+"/\x1b]0;pwned\x07")
	if strings.ContainsAny(errOut, "\x1b\x07") {
		t.Errorf("raw control characters on stderr: %q", errOut)
	}
	if !strings.Contains(errOut, "pwned") {
		t.Errorf("the message does not name the folder: %q", errOut)
	}
}

func TestCompletion(t *testing.T) {
	code, out, _ := cli("completion", "bash")
	if code != 0 || !strings.Contains(out, "isnad") {
		t.Fatalf("completion bash: exit %d", code)
	}
	// Article ids complete from the corpus.
	code, out, _ = cli("__complete", "claims", "")
	if code != 0 || !strings.Contains(out, "000\t") || !strings.Contains(out, "004\t") {
		t.Errorf("article completion: exit %d:\n%s", code, out)
	}
}
