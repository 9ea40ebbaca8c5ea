package common_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	. "github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

func newCtx(t testing.TB, w, h int) *Context {
	t.Helper()
	return screentest.Context(t, screentest.Lib(t), w, h)
}

func TestNewContext(t *testing.T) {
	lib := screentest.Lib(t)
	path := filepath.Join(t.TempDir(), "keys.yaml")
	if err := os.WriteFile(path, []byte("nothing: [x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.KeyFile = path
	if _, err := NewContext(lib, opts); err == nil || !strings.Contains(err.Error(), "nothing") {
		t.Errorf("a bad key file: %v", err)
	}
	ctx := newCtx(t, 80, 24)
	if s := ctx.StatusLine(); s != "" {
		t.Errorf("status line of a clean corpus: %q", s)
	}
	ctx.Note = "evil\x1b]52;c;x\x07name"
	if s := ctx.StatusLine(); strings.ContainsRune(s, 0x1b) || !strings.Contains(s, "evil") {
		t.Errorf("note through the engine: %q", s)
	}
}

func TestDirOfAndLocations(t *testing.T) {
	for dir, want := range map[model.Dir]text.Direction{model.DirRTL: text.AutoRTL, model.DirLTR: text.Auto, model.DirAuto: text.Auto} {
		if got := DirOf(&model.Article{Meta: model.Meta{Dir: dir}}); got != want {
			t.Errorf("dir %v: %v", dir, got)
		}
	}
	loc, err := ClaimLocation("004#s2")
	if err != nil || loc.Article != "004" || loc.Claim != "004#s2" || loc.Para != -1 {
		t.Errorf("claim location %+v %v", loc, err)
	}
	if _, err := ClaimLocation("#s2"); err == nil {
		t.Error("a bad id has a location")
	}
	if m := JumpToClaimCmd("004#x")(); m.(StatusMsg).Text == "" {
		t.Error("a bad id jumps silently nowhere")
	}
	if m := JumpToClaimCmd("004#s2")().(GoToMsg); !m.Jump || m.To.Article != "004" {
		t.Errorf("jump %+v", m)
	}
	if got := NonEmpty("a", "", "b"); len(got) != 2 || Plural(1) != "" || Plural(2) != "s" {
		t.Errorf("helpers: %v", got)
	}
}
