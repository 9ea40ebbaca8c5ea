package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// This file is the explorer's side of export: y copies one claim with what
// backs it as plain text (Cite), e writes the report of the view on screen
// to a new file (Report).

// Corpus is what a report reads; data.Library is one.
type Corpus interface {
	Article(id string) (*model.Article, error)
	Sourcing(id string) (*model.Sourcing, error)
}

// Reports writes the explorer's findings from a corpus.
type Reports struct {
	Corpus Corpus
	// Dir is the folder reports go to ("": the current folder).
	Dir string
	// Format is md (the default), csv or jsonl.
	Format string
	// Now dates the reports' file names (nil: time.Now).
	Now func() time.Time
}

// Cite is a claim (or any sentence, by its id) with its article and what
// backs it, as plain text: the text, then where it is from, then one line
// per source, then one per note of notes that sits on it (anchored notes;
// the others are left out). Control characters in the corpus and the notes
// come out as visible symbols, so that pasting the text into a terminal
// drives nothing.
func (r Reports) Cite(id string, notes []model.Note) (string, error) {
	ref, err := model.ParseRef(id)
	if err != nil {
		return "", err
	}
	a, err := r.Corpus.Article(ref.Article)
	if err != nil {
		return "", err
	}
	sen := a.Sentence(id)
	if sen == nil {
		return "", fmt.Errorf("no sentence %s", id)
	}
	rec := model.ReportClaim{Claim: id, Article: a.ID, Title: a.Meta.Title, Outlet: a.Meta.Outlet,
		Date: a.Meta.Date, URL: a.Meta.URL, Text: sen.Text}
	for _, n := range notes {
		if n.Sentence == id && n.Anchor != model.AnchorOrphaned {
			rec.Notes = append(rec.Notes, n)
		}
	}
	if s, err := r.Corpus.Sourcing(ref.Article); err == nil {
		for _, c := range Claims(a, s, rec.Notes, Filter{}) {
			if c.Claim == id {
				rec = c
				break
			}
		}
	}
	return CiteText(rec), nil
}

// CiteText is one record as Cite gives it.
func CiteText(c model.ReportClaim) string {
	line := func(s string) string { return text.Sanitize(strings.Join(strings.Fields(s), " ")) }
	var b strings.Builder
	b.WriteString(line(c.Text) + "\n")
	status := string(c.Status)
	if status == "" {
		status = "not a claim"
	}
	from := []string{line(c.Title)}
	for _, s := range []string{c.Outlet, c.Date, c.URL} {
		if s != "" {
			from = append(from, line(s))
		}
	}
	fmt.Fprintf(&b, "— %s [%s, %s]\n", strings.Join(from, " · "), c.Claim, status)
	switch {
	case c.Status == "":
	case len(c.Sources) == 0:
		b.WriteString("sources: none; the article states this on its own authority\n")
	default:
		b.WriteString("sources:\n")
		for _, s := range c.Sources {
			b.WriteString("- " + line(sourceLine(s)) + "\n")
		}
	}
	for _, n := range c.Notes {
		b.WriteString("note: " + line(noteLine(n)) + "\n")
	}
	return b.String()
}

// Report writes the report rq asks for to a new file in Dir, named after
// rq.Name and the day ("isnad-000-2025-01-31.md"; "-2", "-3"… when that
// exists), and returns its path. An existing file is never overwritten;
// a report that fails half way is removed.
func (r Reports) Report(rq model.ReportRequest) (path string, err error) {
	format := r.Format
	if format == "" {
		format = "md"
	}
	if !slices.Contains(Formats, format) {
		return "", fmt.Errorf("report format %q: want md, csv or jsonl", format)
	}
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	f, err := create(r.Dir, "isnad-"+fileName(rq.Name)+"-"+now().Format("2006-01-02"), "."+format)
	if err != nil {
		return "", err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
			path = ""
		}
	}()
	w, err := NewWriter(f, format, Options{Title: rq.Title, Notes: rq.Notes != nil})
	if err != nil {
		return "", err
	}
	keep := map[string]bool{}
	for _, id := range rq.Claims {
		keep[id] = true
	}
	byArticle := map[string][]model.Note{}
	for _, n := range rq.Notes {
		byArticle[n.Article] = append(byArticle[n.Article], n)
	}
	var orphans []model.Note
	for _, id := range articlesOf(rq) {
		for _, n := range byArticle[id] {
			if rq.Noted && n.Anchor == model.AnchorOrphaned {
				orphans = append(orphans, n)
			}
		}
		a, err := r.Corpus.Article(id)
		if err != nil {
			return "", err
		}
		s, err := r.Corpus.Sourcing(id)
		if err != nil {
			return "", err
		}
		recs := Claims(a, s, byArticle[id], Filter{Noted: rq.Noted})
		recs = slices.DeleteFunc(recs, func(c model.ReportClaim) bool {
			return len(keep) > 0 && !keep[c.Claim] || rq.Noted && len(c.Notes) == 0
		})
		if err := w.Article(recs); err != nil {
			return "", err
		}
	}
	if err := w.Close(orphans); err != nil {
		return "", err
	}
	return f.Name(), nil
}

// articlesOf is the articles a request covers: its own, else those of its
// claims in order.
func articlesOf(rq model.ReportRequest) []string {
	if len(rq.Articles) > 0 {
		return rq.Articles
	}
	var ids []string
	for _, c := range rq.Claims {
		if ref, err := model.ParseRef(c); err == nil && !slices.Contains(ids, ref.Article) {
			ids = append(ids, ref.Article)
		}
	}
	return ids
}

// fileName keeps a name to letters, digits, '-' and '_' (an article id
// from a file name may hold anything), 40 bytes at most.
func fileName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
	if len(s) > 40 {
		s = s[:40]
	}
	if s == "" {
		s = "report"
	}
	return s
}

// create makes a new file dir/base+ext, or dir/base-N+ext for the first N
// free: O_EXCL, so that no existing file is ever truncated, even one made
// between the check and the write.
func create(dir, base, ext string) (*os.File, error) {
	for n := 1; n < 1000; n++ {
		name := base + ext
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("%s: too many reports of that name", filepath.Join(dir, base+ext))
}
