package tui

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/isnad/isnad/tui/internal/screentest"
)

func embeddedLib(t testing.TB) Library { return screentest.Lib(t) }

// screenAfter runs the app in teatest at w×h with an ASCII colour profile,
// types keys (waiting for waitFor to appear in the output after each key,
// when given), quits and returns the final screen as plain text.
func screenAfter(t *testing.T, w, h int, steps ...step) string {
	t.Helper()
	return screenWith(t, embeddedLib(t), DefaultOptions(), w, h, steps...)
}

// screenWith is screenAfter on lib with opts.
func screenWith(t *testing.T, lib Library, opts Options, w, h int, steps ...step) string {
	t.Helper()
	app, err := NewApp(lib, opts)
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, app,
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("isnad")) },
		teatest.WithDuration(5*time.Second))
	for _, s := range steps {
		tm.Send(screentest.Press(s.key))
		if s.waitFor != "" {
			want := []byte(s.waitFor)
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, want) },
				teatest.WithDuration(5*time.Second))
		}
	}
	// Let the last key's effect render before quitting.
	time.Sleep(50 * time.Millisecond)
	_ = tm.Quit()
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	return plainScreen(final.View().Content)
}

type step struct{ key, waitFor string }

// plainScreen drops styling: the golden files show what the user reads.
func plainScreen(s string) string { return screentest.Plain(s) }

func TestGoldenScreens(t *testing.T) {
	sizes := []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}}
	flows := []struct {
		name  string
		steps []step
	}{
		{"library", nil},
		{"reader", []step{{"enter", "%"}}},
		{"reader-scrolled", []step{{"enter", "%"}, {"space", ""}, {"j", ""}}},
		{"outline", []step{{"enter", "%"}, {"o", "outline"}}},
		{"help", []step{{"enter", "%"}, {"?", "keys"}}},
		{"library-filtered", []step{{"/", ""}, {"ح", ""}, {"م", ""}, {"و", ""}, {"ر", ""}, {"enter", ""}}},
		{"reader-claim", []step{{"enter", "%"}, {"]", ""}, {"]", ""}}},
		{"claim-sources", []step{{"enter", "%"}, {"]", ""}, {"]", ""}, {"enter", "sources of"}}},
		{"backlinks", []step{{"enter", "%"}, {"]", ""}, {"]", ""}, {"enter", "sources of"}, {"G", ""}, {"enter", "relying on"}}},
		{"claims", []step{{"C", "claims:"}}},
		{"claims-anonymous", []step{{"C", "claims:"}, {"s", ""}, {"s", ""}, {"s", ""}}},
		{"sources", []step{{"S", "sources:"}}},
		{"diagnostics", []step{{"S", "sources:"}, {"l", "diagnostics"}}},
		{"library-marked", []step{{"m", ""}, {"j", ""}, {"m", ""}}},
		{"help-scrolled", []step{{"enter", "%"}, {"?", "keys"}, {"pgdown", ""}}},
		{"problems", []step{{"!", "problems ("}}},
		{"problems-help", []step{{"!", "problems ("}, {"?", "keys"}}},
	}
	small := map[string]bool{"library": true, "reader": true, "help-scrolled": true, "library-filtered": true, "claims": true}
	sizes = append(sizes, struct {
		name string
		w, h int
	}{"40x10", 40, 10})
	for _, sz := range sizes {
		for _, f := range flows {
			if sz.w == 40 && !small[f.name] {
				continue
			}
			t.Run(f.name+"-"+sz.name, func(t *testing.T) {
				got := screenAfter(t, sz.w, sz.h, f.steps...)
				if n := strings.Count(got, "\n"); n != sz.h {
					t.Errorf("screen has %d rows, want %d", n, sz.h)
				}
				for i, row := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
					if w := ansi.StringWidth(row); w > sz.w {
						t.Errorf("row %d is %d cells wide, terminal is %d", i, w, sz.w)
					}
				}
				golden.RequireEqual(t, []byte(got))
			})
		}
	}
}

// TestGoldenReaderSearch: the reader searching its article, at the second
// match. The query is pasted, so that one search runs and the first count
// drawn is its own.
func TestGoldenReaderSearch(t *testing.T) {
	counted := regexp.MustCompile(`1/[0-9]+ ·`)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			app, err := NewApp(embeddedLib(t), DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			tm := program(t, app, sz[0], sz[1])
			tm.Send(press("enter"))
			waitOut(t, tm, "%")
			tm.Send(press("/"))
			tm.Send(tea.PasteMsg{Content: "كوريا"})
			teatest.WaitFor(t, tm.Output(), counted.Match, teatest.WithDuration(10*time.Second))
			tm.Send(press("enter"))
			waitOut(t, tm, "n/N matches")
			tm.Send(press("n"))
			_ = tm.Quit()
			view := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App).View().Content
			screentest.CheckFits(t, view, sz[0], sz[1])
			if !strings.Contains(plainScreen(view), " 2/") {
				t.Errorf("n did not go to the second match:\n%s", plainScreen(view))
			}
			golden.RequireEqual(t, []byte(plainScreen(view)))
		})
	}
}

func TestCompareScreens(t *testing.T) {
	sizes := [][2]int{{120, 40}, {200, 50}}
	flows := []struct {
		name string
		keys []string
	}{
		{"frames", []string{"j", "l"}},
		{"columns", []string{"j", "2"}},
		{"naming", []string{"3", "j"}},
		{"vocabulary", []string{"4", "l", "j"}},
		{"facts", []string{"5"}},
		{"columns-fact", []string{"5", "2"}},
	}
	for _, sz := range sizes {
		for _, f := range flows {
			t.Run(fmt.Sprintf("%s-%dx%d", f.name, sz[0], sz[1]), func(t *testing.T) {
				steps := []step{{"c", "compare 5 sources"}}
				for _, k := range f.keys {
					steps = append(steps, step{key: k})
				}
				got := screenAfter(t, sz[0], sz[1], steps...)
				if n := strings.Count(got, "\n"); n != sz[1] {
					t.Errorf("screen has %d rows, want %d", n, sz[1])
				}
				for i, row := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
					if w := ansi.StringWidth(row); w > sz[0] {
						t.Errorf("row %d is %d cells wide, terminal is %d", i, w, sz[0])
					}
				}
				golden.RequireEqual(t, []byte(got))
			})
		}
	}
}

func TestTooSmall(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {39, 24}, {80, 9}, {10, 3}} {
		app, err := NewApp(embeddedLib(t), DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		got := tooSmallView(app.ctx, sz[0], sz[1])
		rows := strings.Split(got, "\n")
		if len(rows) > sz[1] {
			t.Errorf("%dx%d: %d rows", sz[0], sz[1], len(rows))
		}
		for _, r := range rows {
			if ansi.StringWidth(r) > sz[0] {
				t.Errorf("%dx%d: row %q too wide", sz[0], sz[1], r)
			}
		}
	}
	got := screenAfter(t, 30, 8)
	if !strings.Contains(got, "too small") {
		t.Errorf("30x8 screen:\n%s", got)
	}
}
