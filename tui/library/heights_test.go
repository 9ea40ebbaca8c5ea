package library

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// TestOneLineAgreesWithLayout: the quick test the table uses to give a
// title one row never says so of a title the engine lays out on more: on
// the embedded corpus, SaudiNewsNet's 25,020 titles when it is on this
// machine, and titles made to trip it (wide, control and format
// characters, combining marks, long words).
func TestOneLineAgreesWithLayout(t *testing.T) {
	titles := []string{
		"", "short", "a title of exactly twenty", "كلمة", "بريطانيا: أربعة محاور لاستراتيجية جديدة",
		"وَقَالَ الْمُتَحَدِّثُ إِنَّ الِاجْتِمَاعَ انْتَهَى", // combining marks: zero width
		"日本語のタイトル", "emoji 🙂 title", "tab\there", "esc\x1b[31m red", "c1 \u009b2J",
		"rlo \u202e evil", "alm \u061c mark", "soft\u00adhyphen", "zwj\u200djoin", "nbsp\u00a0space",
		"averyveryveryverylongwordwithoutanyspaceatallthatmustbreaksomewhere",
	}
	lib, err := data.OpenEmbeddedWith(data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range lib.Articles() {
		titles = append(titles, a.Meta.Title)
	}
	lib.Close()
	snn := filepath.Join("..", "..", "..", "shared", "datasets", "saudinewsnet")
	if d := os.Getenv("ISNAD_DATASETS"); d != "" {
		snn = filepath.Join(d, "saudinewsnet")
	}
	if _, err := os.Stat(snn); err == nil {
		lib, err := data.OpenWith(snn, data.Options{NoPass: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range lib.Articles() {
			titles = append(titles, a.Meta.Title)
		}
		lib.Close()
	} else {
		t.Logf("SaudiNewsNet is not on this machine (%v): its titles are not tried", err)
	}
	for _, opts := range []common.Options{common.DefaultOptions(), {Bidi: common.BidiTerminal, ShowControls: true}} {
		eng := common.NewEngine(opts)
		said := 0
		for _, w := range []int{8, 20, 35, 60, 68} {
			for _, s := range titles {
				if !oneLine(s, w) {
					continue
				}
				said++
				if n := len(eng.Layout(s, w, text.AutoRTL)); n != 1 {
					t.Errorf("width %d: %q takes %d lines, oneLine says one", w, s, n)
				}
			}
		}
		if said == 0 {
			t.Error("oneLine said one line of no title")
		}
	}
}
