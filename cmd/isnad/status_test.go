package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitStatusOfProblems: a command whose corpus has a file that cannot
// be read lists the rest and exits 1, naming the file on stderr, as the
// README says; problems of the data itself (a binary file, a link out of
// the folder not followed) are reported and leave the status at 0.
func TestExitStatusOfProblems(t *testing.T) {
	article := "عنوان الخبر\n\nقال المتحدث إن الاجتماع انتهى.\n"
	dataOnly := t.TempDir()
	if err := os.WriteFile(filepath.Join(dataOnly, "good.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dataOnly, "blob.txt"), []byte("\x00\x01\x02binary\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/hostname", filepath.Join(dataOnly, "out.txt")); err != nil {
		t.Fatal(err)
	}
	unreadable := t.TempDir()
	if err := os.WriteFile(filepath.Join(unreadable, "good.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	// A link to a file that is gone: listed by the walk, not readable.
	if err := os.Symlink("gone.txt", filepath.Join(unreadable, "lost.txt")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args  []string
		want  int
		names string // on stderr
	}{
		{[]string{"list", dataOnly}, exitOK, "blob.txt"},
		{[]string{"list", "--json", dataOnly}, exitOK, "out.txt"},
		{[]string{"list", unreadable}, exitInput, "lost.txt"},
		{[]string{"list", "--json", unreadable}, exitInput, "lost.txt"},
		{[]string{"claims", "--corpus", unreadable}, exitInput, "lost.txt"},
		{[]string{"sources", "--corpus", unreadable}, exitInput, "lost.txt"},
	} {
		code, out, errOut := cli(c.args...)
		if code != c.want {
			t.Errorf("isnad %v: exit %d, want %d (stderr %q)", c.args, code, c.want, errOut)
		}
		if !strings.Contains(errOut, c.names) {
			t.Errorf("isnad %v: stderr does not name %s: %q", c.args, c.names, errOut)
		}
		if c.args[0] == "list" && !strings.Contains(out, "good") {
			t.Errorf("isnad %v: the readable article is not listed:\n%s", c.args, out)
		}
	}
}
