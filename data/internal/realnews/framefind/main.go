// Command framefind lists candidate sentences for the frame-scope test set
// (data/compare/testdata/frame_sentences.yaml): sentences of the real news
// collections that hold a cue of the embedded corpus's alliance frame, in
// three groups picked by plain patterns, not by the rules under test:
// "neg" (a negation word up to seven words before the cue), "name" (a
// document or body word just before it, a quotation around it, or a
// capitalised English name), and "plain" (the rest). It prints
// ref, rune start, rune end, group and the sentence, tab-separated, for a
// person to read and label; nothing it prints goes into the repository but
// the references and offsets.
//
//	go run ./data/internal/realnews/framefind -lang ar -n 30 > /tmp/cands.tsv
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/isnad/isnad/data/arabic"
	"github.com/isnad/isnad/data/internal/realnews"
)

const cues = `(تحالف|حلف|حليف|حلفاء|حلفائ|حلفاؤ|محور|محاور|ائتلاف|معسكر|شراكة استراتيجية|شراكة أمنية|دفاع مشترك|الدفاع المشترك|\balliances?\b|\ballies\b|\bally\b|\baxis\b|strategic partnership|mutual defen[cs]e)`

var (
	cueRe    = regexp.MustCompile(`(?i)` + cues)
	quotedRe = regexp.MustCompile(`(?i)[«“"][^»”"]{0,80}` + cues + `[^»”"]{0,80}[»”"]`)
	negs     = set("ليس", "ليست", "لا", "ولا", "فلا", "لم", "ولم", "لن", "ولن", "عدم", "دون", "بدون", "نفى", "نفت", "ينفي", "تنفي", "وليس", "غير", "not", "no", "never", "t", "without", "deny", "denied", "denies")
	heads    = set("معاهده", "اتفاقيه", "اتفاق", "ميثاق", "منظمه", "مجلس", "treaty", "agreement", "pact", "accord", "charter", "organisation", "organization")
	sentRe   = regexp.MustCompile(`[.!?؟]+["”»']?(\s+|$)`)
)

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[arabic.Normalize(w)] = true
	}
	return m
}

type cand struct {
	ref        string
	start, end int
	group      string
	text       string
}

func main() {
	lang := flag.String("lang", "ar", "ar or en")
	n := flag.Int("n", 30, "sentences per group")
	seed := flag.Uint64("seed", 9, "sampling seed")
	skip := flag.String("skip", "", "a file of refs to leave out (one a line, first field)")
	manyPerDoc := flag.Bool("many", false, "allow several sentences of one article")
	flag.Parse()
	dir, err := realnews.Dir()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	left := map[string]bool{}
	if *skip != "" {
		b, _ := os.ReadFile(*skip)
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) > 0 {
				left[f[0]] = true
			}
		}
	}
	var docs []realnews.Doc
	if *lang == "ar" {
		zips, _ := filepath.Glob(filepath.Join(dir, "saudinewsnet", "*.zip"))
		for _, z := range zips {
			ds, err := realnews.SaudiDay(dir, filepath.Base(z))
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				continue
			}
			docs = append(docs, ds...)
		}
	} else {
		files, _ := filepath.Glob(filepath.Join(dir, "bbc-news", "*", "*.txt"))
		sort.Strings(files)
		for _, f := range files {
			rel, _ := filepath.Rel(dir, f)
			d, err := realnews.Load(dir, filepath.ToSlash(rel))
			if err == nil {
				docs = append(docs, d)
			}
		}
	}
	groups := map[string][]cand{}
	for _, d := range docs {
		if left[d.Ref] {
			continue
		}
		for _, p := range realnews.Paras(d.Text) {
			for _, s := range sentences(p) {
				if !cueRe.MatchString(s.text) || len([]rune(s.text)) > 400 {
					continue
				}
				s.ref = d.Ref
				s.group = group(s.text)
				groups[s.group] = append(groups[s.group], s)
			}
		}
	}
	r := rand.New(rand.NewPCG(*seed, 1))
	for _, g := range []string{"neg", "name", "plain"} {
		cs := groups[g]
		r.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		perDoc := map[string]bool{}
		k := 0
		for _, c := range cs {
			if k == *n || perDoc[c.ref] && !*manyPerDoc {
				continue
			}
			perDoc[c.ref] = true
			k++
			fmt.Printf("%s\t%d\t%d\t%s\t%s\n", c.ref, c.start, c.end, g, strings.ReplaceAll(c.text, "\t", " "))
		}
		fmt.Fprintf(os.Stderr, "%s: %d candidates, %d printed\n", g, len(cs), k)
	}
}

// sentences splits a paragraph at sentence-final punctuation; offsets are
// runes in the document.
func sentences(p realnews.Para) []cand {
	var out []cand
	text := p.Text
	from := 0
	add := func(a, b int) {
		s := text[a:b]
		trim := strings.TrimSpace(s)
		if trim == "" {
			return
		}
		lead := len([]rune(s[:strings.Index(s, trim)]))
		start := p.Start + len([]rune(text[:a])) + lead
		out = append(out, cand{start: start, end: start + len([]rune(trim)), text: trim})
	}
	for _, m := range sentRe.FindAllStringIndex(text, -1) {
		end := m[1]
		for end > m[0] && (text[end-1] == ' ' || text[end-1] == '\t') {
			end--
		}
		add(from, end)
		from = m[1]
	}
	if from < len(text) {
		add(from, len(text))
	}
	return out
}

func group(s string) string {
	toks := arabic.Tokenize(s)
	for i, t := range toks {
		if !cueRe.MatchString(t.Text) && !(i+1 < len(toks) && cueRe.MatchString(t.Text+" "+toks[i+1].Text)) {
			continue
		}
		for k := max(0, i-7); k < i; k++ {
			if negs[toks[k].Norm] {
				return "neg"
			}
		}
		for k := max(0, i-3); k < i; k++ {
			if heads[toks[k].Stem] || heads[toks[k].Norm] || heads[strings.TrimPrefix(toks[k].Norm, "ال")] {
				return "name"
			}
		}
		if i > 0 && t.Text != strings.ToLower(t.Text) && !arabic.IsArabic([]rune(t.Text)[0]) {
			return "name"
		}
	}
	if quotedRe.MatchString(s) {
		return "name"
	}
	return "plain"
}
