package reader

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// TestFoundHighlighted: a jump that brings the words a search found shows
// them highlighted in their sentence, which is on screen; going elsewhere
// drops them. Offsets that are not the sentence's are ignored.
func TestFoundHighlighted(t *testing.T) {
	lib := screentest.Lib(t)
	h, r := host(t, lib, 100, 30)
	a, err := lib.Article("004")
	if err != nil {
		t.Fatal(err)
	}
	sen := a.Sentences[len(a.Sentences)-3] // far down: the reader must scroll to it
	word := strings.Fields(sen.Text)[1]
	at := strings.Index(sen.Text, word)
	found := []model.Span{{Start: at, End: at + len(word)}, {Start: -4, End: 2}, {Start: 3, End: 1 << 20}}
	shown, _ := r.ctx.Engine.Fit(word, 100, text.RTL).Content()
	hl := r.ctx.Styles.Match.Render(shown)

	h.Send(common.GoToMsg{To: common.Location{Article: "004", Para: -1, Claim: sen.ID}, Jump: true, Found: found})
	if r.Article() == nil || r.Article().ID != "004" {
		t.Fatal("004 not opened")
	}
	if v := r.View(); !strings.Contains(v, hl) {
		t.Errorf("%q (%s) is not highlighted:\n%s", word, sen.ID, screentest.Plain(v))
	}
	// Within the article already open, and then elsewhere in it.
	h.Send(common.GoToMsg{To: common.Location{Article: "004", Para: -1, Claim: sen.ID}, Found: found[:1]})
	if !strings.Contains(r.View(), hl) {
		t.Error("the highlight went on a jump within the article")
	}
	h.Send(common.GoToMsg{To: common.Location{Article: "004"}})
	h.Keys("G")
	if strings.Contains(r.View(), hl) {
		t.Error("the highlight stays after going elsewhere")
	}
	// Found words of another article's sentence highlight nothing here.
	h.Send(common.GoToMsg{To: common.Location{Article: "004", Para: -1, Claim: "000#s5"}, Found: found[:1]})
	if r.found.para(r.art) != -1 {
		t.Error("a sentence of 000 placed in 004")
	}
}
