package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/data/compare"
	"github.com/isnad/isnad/model"
)

// The analysis layers read their tables from data files next to the corpus,
// so a user's folder brings its own: the alias table of sources, an optional
// replacement for the reporting-verb lexicon, and the frames file.
const (
	SourcesFile  = "sources.yaml"
	SourcingFile = "sourcing.yaml"
)

// layers are the analyses a library runs over its articles.
type layers struct {
	cite   *cite.Analyzer
	frames *compare.Frames
}

// loadLayers reads the layers' data files; a missing file means defaults, a
// broken one is a problem (and defaults), never a reason not to open. Files
// named in o replace the corpus's own, and must exist.
func loadLayers(fsys fs.FS, o Options) (layers, []model.Problem) {
	var probs []model.Problem
	bad := func(path string, err error) {
		probs = append(probs, model.Problem{Path: path, Kind: model.ProblemMeta, Detail: errText(err) + "; using defaults"})
	}
	srcFS, srcPath := fsys, SourcesFile
	if o.SourcesFile != "" {
		srcFS, srcPath = os.DirFS(filepath.Dir(o.SourcesFile)), filepath.Base(o.SourcesFile)
		if _, err := fs.Stat(srcFS, srcPath); err != nil {
			bad(o.SourcesFile, err)
		}
	}
	aliases, err := cite.LoadAliases(srcFS, srcPath)
	if err != nil {
		bad(srcPath, err)
		aliases = &cite.Aliases{}
	}
	lex, err := cite.LoadLexicon(fsys, SourcingFile)
	if err != nil {
		bad(SourcingFile, err)
		lex = cite.DefaultLexicon()
	}
	frFS, frPath := fsys, compare.FramesFile
	if o.FramesFile != "" {
		frFS, frPath = os.DirFS(filepath.Dir(o.FramesFile)), filepath.Base(o.FramesFile)
	}
	frames, err := compare.LoadFrames(frFS, frPath)
	switch {
	case err == nil:
	case errors.Is(err, fs.ErrNotExist) && o.FramesFile == "":
		frames = compare.Empty()
	default:
		bad(compare.FramesFile, err)
		frames = compare.Empty()
	}
	return layers{cite: cite.New(aliases, lex), frames: frames}, probs
}

// claimRefs keeps what corpus-wide lists need of an article's claims, in
// as little memory as a large corpus allows: the previews in one string per
// article, the source ids interned (intern), the ids as the analysis made
// them (small strings of their own, not pieces of the text).
func claimRefs(s *model.Sourcing, intern func(string) string) []model.ClaimRef {
	out := make([]model.ClaimRef, len(s.Claims))
	ends := make([]int, len(s.Claims))
	total := 0
	for i, c := range s.Claims {
		total += len(previewOf(c.Text)) + len(ellipsisIf(c.Text))
		ends[i] = total
	}
	var arena strings.Builder
	arena.Grow(total)
	for _, c := range s.Claims {
		arena.WriteString(previewOf(c.Text))
		arena.WriteString(ellipsisIf(c.Text))
	}
	texts := arena.String()
	for i, c := range s.Claims {
		var srcs []string
		add := func(id string) {
			if id == "" {
				return
			}
			for _, s := range srcs {
				if s == id {
					return
				}
			}
			srcs = append(srcs, id)
		}
		for _, ct := range c.Citations {
			add(ct.Source)
		}
		for _, at := range c.Attributions {
			add(at.Source)
			add(at.Channel)
		}
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		var ids []string
		if len(srcs) > 0 {
			ids = make([]string, len(srcs))
			for k, id := range srcs {
				ids[k] = intern(id)
			}
		}
		out[i] = model.ClaimRef{ID: c.ID, Article: c.Article, Status: c.Status, Text: texts[start:ends[i]], Sources: ids}
	}
	return out
}

// previewOf is the start of s a claim row keeps: at most
// model.PreviewBytes, cut between characters; ellipsisIf marks the cut.
func previewOf(s string) string {
	if len(s) <= model.PreviewBytes {
		return s
	}
	cut := model.PreviewBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

func ellipsisIf(s string) string {
	if len(s) > model.PreviewBytes {
		return "…"
	}
	return ""
}

// diagnostics keeps an article's citation problems. Its strings are copies,
// for the same reason as preview's. An article without citations or
// references (most news) has none: nil, not an empty record per article.
func diagnostics(s *model.Sourcing) *model.Diagnostics {
	if len(s.Citations) == 0 && len(s.References) == 0 {
		return nil
	}
	d := &model.Diagnostics{Article: s.Article, Groups: s.Groups, Citations: len(s.Citations), References: len(s.References)}
	for _, c := range s.Citations {
		switch c.Resolution {
		case model.Unresolved:
			d.Unresolved = append(d.Unresolved, cloneCitation(c))
		case model.Ambiguous:
			d.Ambiguous = append(d.Ambiguous, cloneCitation(c))
		}
	}
	for _, id := range s.Unused {
		if r := s.Reference(id); r != nil {
			d.Unused = append(d.Unused, model.Reference{
				ID: r.ID, Raw: strings.Clone(r.Raw), Author: strings.Clone(r.Author),
				Year: r.Year, Date: r.Date, Title: strings.Clone(r.Title), URL: strings.Clone(r.URL),
			})
		}
	}
	return d
}

// cloneCitation keeps what the diagnostics show of a citation.
func cloneCitation(c model.Citation) model.Citation {
	return model.Citation{
		ID: c.ID, Sentence: c.Sentence, Raw: strings.Clone(c.Raw), Author: strings.Clone(c.Author),
		Year: strings.Clone(c.Year), Resolution: c.Resolution, Candidates: cloneAll(c.Candidates),
		Note: strings.Clone(c.Note),
	}
}

func cloneAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}
