package search

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// BenchmarkHits lays out a page of hits (100, keyword in context, at
// 120 columns) as an answer arrives, and draws the screen: the work on the
// event loop per answer.
func BenchmarkHits(b *testing.B) {
	lib := screentest.Lib(b)
	ctx := screentest.Context(b, lib, 120, 40)
	var hits []model.Hit
	for _, id := range []string{"000", "001", "002", "003", "004"} {
		a, err := lib.Article(id)
		if err != nil {
			b.Fatal(err)
		}
		for _, sen := range a.Sentences[:20] {
			end := strings.IndexByte(sen.Text, ' ')
			if end < 0 {
				end = len(sen.Text)
			}
			hits = append(hits, model.Hit{Article: id, Sentence: sen.ID, Text: sen.Text,
				Matches: []model.Span{{Start: 0, End: end}}})
		}
	}
	ctx.Opts.Search = func() (common.Searcher, error) { return stub{}, nil }
	s := New(ctx)
	s.input.Handle(common.ActionMsg{Action: common.ActFilter})
	s.input.Paste(tea.PasteMsg{Content: "x"})
	s.idx = stub{}
	// cached: the same hits again (the engine keeps their layouts); fresh:
	// hits never laid out before, as a new query brings.
	for _, fresh := range []bool{false, true} {
		name := map[bool]string{false: "cached", true: "fresh"}[fresh]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fresh {
					b.StopTimer()
					ctx.Engine = common.NewEngine(ctx.Opts)
					b.StartTimer()
				}
				s.res = &model.SearchResult{Hits: hits}
				s.rebuild()
				_ = s.View()
			}
			if len(s.list.Items()) != len(hits) {
				b.Fatalf("%d rows for %d hits", len(s.list.Items()), len(hits))
			}
		})
	}
}

type stub struct{ common.Searcher }

func (stub) Search(context.Context, string, model.SearchOptions) (*model.SearchResult, error) {
	return nil, nil
}
