// Command syscan prints what the analysis finds in real articles, paragraph
// by paragraph, for reading the rules' output on text they were not tuned
// to. It is for developers; annotators never run it.
//
//	syscan REF...         every paragraph and what was found in it
//	syscan REF@OFFSET...  only the paragraph holding that rune offset
//
// With SYSCAN_WINDOW=N, a paragraph asked for by offset shows only the N
// characters on either side of the offset (the findings stay whole).
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/data/internal/realnews"
	"github.com/isnad/isnad/model"
)

func main() {
	dir, err := realnews.Dir()
	if err != nil {
		fmt.Fprintln(os.Stderr, "syscan:", err)
		os.Exit(1)
	}
	z := cite.New(nil, nil)
	for _, arg := range os.Args[1:] {
		ref, at, only := strings.Cut(arg, "@")
		off, _ := strconv.Atoi(at)
		d, err := realnews.Load(dir, ref)
		if err != nil {
			fmt.Fprintln(os.Stderr, "syscan:", err)
			continue
		}
		a := data.ParseArticle("x", "x.txt", []byte(d.Text), model.Meta{Lang: d.Lang, Title: d.Title})
		s := z.Analyze(a)
		fmt.Printf("== %s %s\n", ref, d.Source)
		paras := realnews.Paras(d.Text)
		for _, p := range a.Paragraphs {
			if only && !(p.N < len(paras) && paras[p.N].Start <= off && (p.N+1 >= len(paras) || off < paras[p.N+1].Start)) {
				continue
			}
			text := p.Text
			if w, _ := strconv.Atoi(os.Getenv("SYSCAN_WINDOW")); only && w > 0 {
				text = window(d.Text, off, w)
			}
			fmt.Printf("[p%d] %s\n", p.N, text)
			for _, at := range s.Attributions {
				if at.Para != p.N {
					continue
				}
				r := ""
				if at.Resolved {
					r = " R←" + at.Antecedent
				}
				if at.Channel != "" {
					r += " ch=" + at.Channel
				}
				fmt.Printf("    » %s cue=%q speaker=%q src=%s kind=%s%s\n", at.ID, at.Cue, at.Speaker, at.Source, at.Kind, r)
			}
		}
		fmt.Println()
	}
}

// window is the text from w runes before off to w runes after it, with the
// rune at off marked.
func window(text string, off, w int) string {
	rs := []rune(text)
	off = min(max(off, 0), len(rs))
	from, to := max(off-w, 0), min(off+w, len(rs))
	return "…" + string(rs[from:off]) + "⟦" + string(rs[off:to]) + "…"
}
