// Command recallprobe lists, in real articles, paragraphs where a common
// Arabic reporting verb opens a clause ("وقال", "وأضاف", "وأكدت", …) and the
// analysis found no attribution on it: a probe of recall on text nobody
// annotated, to be read by a developer. It prints one line per such verb.
//
//	recallprobe [-n N] [-seed S]          N random SaudiNewsNet articles
//	recallprobe -en [-n N] [-seed S]      N random BBC articles ("said", "told" …)
//	recallprobe -anywhere -day 2015-07-27 every article of a day with no gold
//	                                      file, every position, a wider verb list
//
// With -anywhere the probe looks at every word, not only clause edges, for
// the verbs of GUIDELINES "What is an event" and its adjudicated speech acts,
// in the past (he, she, they) and the imperfect (he, she, they), with و or ف.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/data/internal/realnews"
	"github.com/isnad/isnad/model"
)

// The verbs looked for, with و and the feminine ت: the commonest of news.
var stems = []string{"قال", "أضاف", "أكد", "أوضح", "أشار", "لفت", "ذكر", "أفاد", "تابع", "كشف", "نفى", "شدد",
	"حذر", "أعلن", "اعتبر", "طالب", "دعا", "أردف", "بين", "رأى", "توقع", "نقل"}

func main() {
	n := flag.Int("n", 200, "articles")
	seed := flag.Uint64("seed", 1, "random seed")
	en := flag.Bool("en", false, "English: BBC articles")
	anywhere := flag.Bool("anywhere", false, "every position, the wider verb list")
	day := flag.String("day", "", "only SaudiNewsNet days whose file name contains this (comma-separated); every article with no gold file, not a random n")
	flag.Parse()
	dir, err := realnews.Dir()
	if err != nil {
		fmt.Fprintln(os.Stderr, "recallprobe:", err)
		os.Exit(1)
	}
	var docs []realnews.Doc
	forms := map[string]bool{}
	if *en {
		files, _ := filepath.Glob(filepath.Join(dir, "bbc-news", "*", "*.txt"))
		for _, f := range files {
			rel, _ := filepath.Rel(dir, f)
			if d, err := realnews.Load(dir, filepath.ToSlash(rel)); err == nil {
				docs = append(docs, d)
			}
		}
		for _, w := range []string{"said", "says", "told", "added", "explained", "warned", "argued", "insisted"} {
			forms[w] = true
		}
	} else {
		days, _ := filepath.Glob(filepath.Join(dir, "saudinewsnet", "*.zip"))
		for _, zip := range days {
			if *day != "" && !dayWanted(filepath.Base(zip), *day) {
				continue
			}
			ds, err := realnews.SaudiDay(dir, filepath.Base(zip))
			if err != nil {
				fmt.Fprintln(os.Stderr, "recallprobe:", err)
				os.Exit(1)
			}
			docs = append(docs, ds...)
		}
		if *anywhere {
			forms = wideForms()
		} else {
			for _, s := range stems {
				for _, p := range []string{"", "و", "ف"} {
					forms[cite.Fold(p+s)] = true
					forms[cite.Fold(p+strings.TrimSuffix(s, "ى")+"ت")] = true
				}
			}
		}
	}
	if *day != "" {
		docs = withoutGold(docs)
		*n = len(docs)
	}
	if len(docs) == 0 {
		fmt.Fprintln(os.Stderr, "recallprobe: no articles")
		os.Exit(1)
	}
	r := rand.New(rand.NewPCG(*seed, 0))
	z := cite.New(nil, nil)
	total, missed := 0, 0
	for i := range *n {
		d := docs[i%max(len(docs), 1)]
		if *day == "" {
			d = docs[r.IntN(len(docs))]
		}
		ref := d.Ref
		a := data.ParseArticle("x", "x.txt", []byte(d.Text), model.Meta{Lang: d.Lang, Title: d.Title})
		s := z.Analyze(a)
		for _, p := range a.Paragraphs {
			off := 0
			for _, w := range strings.Fields(p.Text) {
				at := strings.Index(p.Text[off:], w) + off
				off = at + len(w)
				bare := strings.Trim(w, "«»\"“”:،,.()")
				if !forms[cite.Fold(bare)] || !*en && !*anywhere && at > 0 && !clauseEdge(p.Text[:at]) {
					continue
				}
				total++
				found := false
				for _, x := range s.Attributions {
					if x.Para == p.N && x.CueStart < off && at < x.CueEnd {
						found = true
					}
				}
				if !found {
					missed++
					fmt.Printf("%s p%d %s | %s\n", ref, p.N, bare, excerpt(p.Text, at))
				}
			}
		}
	}
	fmt.Fprintf(os.Stderr, "%d reporting verbs, %d with no attribution (%.1f%%)\n", total, missed, 100*float64(missed)/float64(max(total, 1)))
}

// clauseEdge reports whether text before a word ends a clause: a pause or
// nothing but spaces after one.
func clauseEdge(before string) bool {
	t := strings.TrimRight(before, " ")
	if t == "" {
		return true
	}
	return strings.HasSuffix(t, "،") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") ||
		strings.HasSuffix(t, "؛")
}

// excerpt is the text around byte at: some words before, more after.
func excerpt(s string, at int) string {
	before := []rune(s[:at])
	if len(before) > 70 {
		before = before[len(before)-70:]
	}
	after := []rune(s[at:])
	if len(after) > 90 {
		after = after[:90]
	}
	return string(before) + "⟦" + string(after)
}
