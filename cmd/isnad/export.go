package main

import (
	"context"
	"fmt"
	goio "io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/isnad/isnad/data/export"
	"github.com/isnad/isnad/model"
)

// isnad export writes a cited report: each claim with its status, its
// sources and, with --notes, the analysts' notes on it (data/export).

func newExportCmd(io stdio) *cobra.Command {
	var (
		format, article, status, out string
		withNotes, bom               bool
		store                        storeFlags
	)
	cmd := &cobra.Command{
		Use:   "export --format md|csv|jsonl [flags]",
		Short: "Write a cited report: claims, their sources and notes",
		Long: `Writes a cited report of the corpus: each claim with its status and what
backs it — the full reference entry behind a citation, or the speaker and
channel of an attribution — and, with --notes, the notes analysts wrote on it.

  md     Markdown for a forge; right-to-left text in <div dir="rtl">
  csv    one row per claim, its sources in one cell (--bom for Excel)
  jsonl  one JSON object per claim, which reads back`,
		Args: maxArgs(0, "argument"),
		RunE: func(*cobra.Command, []string) (err error) {
			if !slices.Contains(export.Formats, format) {
				return usageErrorf("--format %q: want md, csv or jsonl", format)
			}
			if status != "" && !validStatus(status) {
				return usageErrorf("status %q: want cited, attributed, anonymous or unsourced", status)
			}
			if article != "" {
				r, err := model.ParseRef(article)
				if err != nil {
					return usageErrorf("--article: %v", err)
				}
				article = r.Article
			}
			lib, err := openCorpus(store.corpus, corpusOptions{}, io)
			if err != nil {
				return err
			}
			defer lib.Close()
			defer func() { err = problemsStatus(io, lib.Problems(), err) }()
			ids, err := articleIDs(lib, article)
			if err != nil {
				return err
			}
			byArticle := map[string][]model.Note{}
			var orphans []model.Note
			if withNotes {
				s, err := store.open()
				if err != nil {
					return err
				}
				ns, err := s.List(context.Background(), model.NoteFilter{Article: article})
				s.Close()
				if err != nil {
					return inputError(err)
				}
				anchorNotes(lib, ns)
				for _, n := range ns {
					if n.Anchor == model.AnchorOrphaned {
						if slices.Contains(ids, n.Article) {
							orphans = append(orphans, n)
						}
						continue
					}
					byArticle[n.Article] = append(byArticle[n.Article], n)
				}
			}
			w, commit, err := output(io, out)
			if err != nil {
				return err
			}
			title := "Cited report: " + lib.Name()
			if status != "" {
				title += ", " + status + " claims"
			}
			rep, err := export.NewWriter(w, format, export.Options{Title: title, Notes: withNotes, BOM: bom})
			if err != nil {
				commit(false)
				return inputError(err)
			}
			f := export.Filter{Status: model.ClaimStatus(status), Noted: withNotes}
			err = eachSourcing(lib, ids, func(s *model.Sourcing) error {
				a, err := lib.Article(s.Article)
				if err != nil {
					return err
				}
				return rep.Article(export.Claims(a, s, byArticle[s.Article], f))
			})
			if err == nil {
				err = rep.Close(orphans)
			}
			if err := commit(err == nil); err != nil {
				return inputError(err)
			}
			if err != nil {
				return inputError(err)
			}
			if out != "" {
				fmt.Fprintf(io.err, "isnad: report written to %s\n", quote(out))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "md", "md, csv or jsonl")
	cmd.Flags().StringVar(&article, "article", "", "only article A")
	cmd.Flags().StringVar(&status, "status", "", "only claims of status S (cited, attributed, anonymous, unsourced)")
	cmd.Flags().BoolVar(&withNotes, "notes", false, "add the analysts' notes (from --store)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&bom, "bom", false, "start CSV with a byte order mark (for Excel)")
	store.register(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(export.Formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("status", cobra.FixedCompletions(
		[]string{"cited", "attributed", "anonymous", "unsourced"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("article", completeArticles)
	return cmd
}

// output is standard output, or a temporary file next to --out that
// commit(true) renames into place: a failed export never leaves half a
// report where a whole one was.
func output(io stdio, path string) (goio.Writer, func(ok bool) error, error) {
	if path == "" {
		return io.out, func(bool) error { return nil }, nil
	}
	if strings.HasSuffix(path, string(filepath.Separator)) {
		return nil, nil, usageErrorf("--out %s: a file, not a folder", quote(path))
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return nil, nil, inputError(err)
	}
	return f, func(ok bool) error {
		err := f.Close()
		if !ok || err != nil {
			os.Remove(f.Name())
			return err
		}
		if err := os.Chmod(f.Name(), 0o644); err != nil {
			os.Remove(f.Name())
			return err
		}
		return os.Rename(f.Name(), path)
	}, nil
}
