package reader

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// bigLib is a library of one article, "big": article 000 repeated to about
// size bytes. The background pass is off: nothing is parsed but what the
// reader asks for.
func bigLib(t testing.TB, size int) *data.Library {
	t.Helper()
	return repeatedLib(t, "big", size, "")
}

// repeatedLib is a library of one article, name: 000's paragraphs repeated
// to about size bytes, then last. The background pass is off.
func repeatedLib(t testing.TB, name string, size int, last string) *data.Library {
	t.Helper()
	src, err := os.ReadFile("../../data/corpus/000_d495414d1009f6e2.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for b.Len() < size {
		b.Write(src)
		b.WriteString("\n\n")
	}
	b.WriteString(last)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := data.OpenWith(dir, data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// onScreen counts the blocks the screen shows.
func onScreen(r *Reader) int {
	seen := map[int]bool{}
	r.each(func(_ int, p pos) bool {
		seen[p.b] = true
		return true
	})
	return len(seen)
}

// TestLazyLayout: opening a long article, going to its end and to a claim
// in its middle lay out what the screen shows (and the block next to it),
// never the whole article.
func TestLazyLayout(t *testing.T) {
	h, r := host(t, bigLib(t, 2<<20), 100, 30)
	h.HoldBackground = true
	h.Send(goTo("big"))
	if r.Article() == nil || r.whole {
		t.Fatalf("the start of the article is not shown (whole %v)", r.whole)
	}
	if n, most := r.flow.layouts, onScreen(r)+1; n > most {
		t.Errorf("the first screen laid out %d blocks, %d on screen", n, most-1)
	}
	if !strings.Contains(ansi.Strip(r.View()), "reading the article") {
		t.Errorf("the status bar does not say the article is being read:\n%s", ansi.Strip(r.View()))
	}

	h.RunHeld() // the whole article
	if !r.whole || r.phase != findingClaims {
		t.Fatalf("after the rest: whole %v, phase %d", r.whole, r.phase)
	}
	blocks := len(r.flow.blocks)
	if blocks < 1000 {
		t.Fatalf("only %d blocks", blocks)
	}
	r.flow.layouts = 0
	h.Keys("G")
	if n, most := r.flow.layouts, onScreen(r)+1; n > most {
		t.Errorf("G laid out %d blocks of %d, %d on screen", n, blocks, most-1)
	}
	if p := r.percent(); p != 100 {
		t.Errorf("G: %d%%", p)
	}
	if d, ok := r.distance(r.flow.back(r.flow.end(), 1)); !ok || d != r.height-1 {
		t.Errorf("G: the last row of the article is on row %d of %d (%v)", d, r.height, ok)
	}

	h.RunHeld() // the claims
	mid := r.marks.order[len(r.marks.order)/2]
	r.flow.layouts = 0
	h.Send(common.GoToMsg{To: common.Location{Article: "big", Claim: mid.id, Para: -1}})
	if c := r.marks.current(); c == nil || c.id != mid.id {
		t.Fatalf("the jump selected %v", c)
	}
	if _, ok := r.distance(r.claimRow(&mid)); !ok {
		t.Error("the claim jumped to is not on screen")
	}
	if n, most := r.flow.layouts, onScreen(r)+2; n > most {
		t.Errorf("a jump to the middle laid out %d blocks, %d on screen", n, most-2)
	}
	// Paging through keeps a bounded number of rows laid out.
	for range 400 {
		h.Keys("pgdown")
	}
	if r.flow.rows > maxLaidRows {
		t.Errorf("%d rows kept laid out", r.flow.rows)
	}
}

// TestMarksArriveLater: the start of a long article shows without claims;
// the claims come with the analysis, after the whole text, and the screen
// then marks them; ] says they are coming meanwhile; G pressed before the
// whole is read goes to its end when it is.
func TestMarksArriveLater(t *testing.T) {
	h, r := host(t, bigLib(t, 1<<20), 100, 30)
	h.HoldBackground = true
	h.Send(goTo("big"))
	if first := ansi.Strip(r.View()); gutterMarks(r) != 0 || claimCount.MatchString(first) {
		t.Errorf("claims marked before the analysis:\n%s", first)
	}
	h.Keys("]")
	if s, _ := screentest.Last[common.StatusMsg](h); s.Text != "the claims are still being found" {
		t.Errorf("] before the claims: %q", s.Text)
	}
	h.Keys("G")
	if s, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(s.Text, "as soon as it is read") {
		t.Errorf("G before the whole: %q", s.Text)
	}

	h.RunHeld() // the whole article: G is done
	if p := r.percent(); p != 100 {
		t.Errorf("G waited for the whole article, then went to %d%%", p)
	}
	if strings.Contains(h.Ctx.Note, "as soon as it is read") {
		t.Errorf("G is done and the status bar still says it waits: %q", h.Ctx.Note)
	}
	if !strings.Contains(ansi.Strip(r.View()), "finding claims") {
		t.Errorf("the status bar does not say the claims are being found:\n%s", ansi.Strip(r.View()))
	}
	if gutterMarks(r) != 0 {
		t.Error("claims marked before the analysis")
	}

	h.RunHeld() // the claims
	h.Keys("home")
	view := ansi.Strip(r.View())
	if n := len(r.marks.order); n == 0 || !claimCount.MatchString(view) || strings.Contains(view, "finding claims") {
		t.Fatalf("%d claims; status bar:\n%s", n, view[strings.LastIndex(view, "\n"):])
	}
	if gutterMarks(r) == 0 {
		t.Errorf("no claim marked on the first screen once the claims came:\n%s", view)
	}
	h.Keys("]")
	if c := r.marks.current(); c == nil || c.id != r.marks.order[0].id {
		t.Errorf("] at the top selected %v", c)
	}
}

// claimCount is the count of claims in the status bar.
var claimCount = regexp.MustCompile(`[0-9]+ claims? `)

// gutterMarks counts the rows on screen drawn with a claim mark beside
// them: the last cell of a right-to-left row, the cell before the text of
// a left-to-right one.
func gutterMarks(r *Reader) int {
	n := 0
	r.each(func(_ int, p pos) bool {
		_, i := r.flow.line(p)
		if i < 0 {
			return true
		}
		row := []rune(ansi.Strip(r.row(p)))
		cell := row[len(row)-1]
		if !r.flow.get(p.b).lines[i].RTL {
			cell = row[max(r.margin-2, 0)]
		}
		if cell != ' ' {
			n++
		}
		return true
	})
	return n
}

// restFails is a library whose articles' rest cannot be read (a .gz
// article found over the size limit once read, a file gone meanwhile).
type restFails struct{ common.Library }

func (restFails) Article(string) (*model.Article, error) {
	return nil, errors.New("too large for an article")
}

// TestRestFails: when the rest of a long article cannot be read, the
// status bar says so, and G goes to the end of what is shown rather than
// promising to go further once the rest is read, which it never will be.
func TestRestFails(t *testing.T) {
	h, r := host(t, restFails{bigLib(t, 1<<20)}, 100, 30)
	h.HoldBackground = true
	h.Send(goTo("big"))
	h.RunHeld() // the rest: an error
	if !strings.Contains(h.Ctx.Note, "cannot read the rest") {
		t.Fatalf("the failed read is not said: %q", h.Ctx.Note)
	}
	h.Keys("G")
	if strings.Contains(h.Ctx.Note, "as soon as it is read") {
		t.Errorf("G after the rest failed waits for it: %q", h.Ctx.Note)
	}
	if p := r.percent(); p != 100 {
		t.Errorf("G after the rest failed: %d%%", p)
	}
	if r.toBottom {
		t.Error("G after the rest failed is kept pending")
	}
}
