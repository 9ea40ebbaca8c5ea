package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/notes"
	"github.com/isnad/isnad/model"
)

// isnad notes lists, adds, edits and removes analysts' notes on claims, in
// the store --store names (data/notes): an SQLite file, by default in the
// user's data folder, or a PostgreSQL database.

// storeFlags are the flags of every command that reads or writes notes.
type storeFlags struct {
	store, mode, verdicts, analyst, corpus string
}

func (f *storeFlags) register(cmd *cobra.Command) {
	fl := cmd.PersistentFlags()
	f.registerStore(cmd, fl)
	fl.StringVar(&f.analyst, "analyst", "", "who writes (default: the login name)")
	fl.StringVar(&f.corpus, "corpus", "", "the articles of DIR instead of the embedded corpus")
	_ = cmd.MarkPersistentFlagDirname("corpus")
}

// registerStore registers the flags naming the store and the verdicts
// (the explorer and isnad serve have their own --corpus).
func (f *storeFlags) registerStore(cmd *cobra.Command, fl *pflag.FlagSet) {
	fl.StringVar(&f.store, "store", "", "the note store: an SQLite FILE or a postgres:// URL (default: $XDG_DATA_HOME/isnad/notes.db)")
	fl.StringVar(&f.mode, "store-mode", "private", "who may use a store file created now: private (0600) or group (0660)")
	fl.StringVar(&f.verdicts, "verdicts", "", "the team's verdicts FILE (default: $XDG_CONFIG_HOME/isnad/verdicts.yaml)")
	_ = cmd.RegisterFlagCompletionFunc("store-mode", cobra.FixedCompletions([]string{"private", "group"}, cobra.ShellCompDirectiveNoFileComp))
}

// open opens the store the flags name.
func (f *storeFlags) open() (*notes.Store, error) { return f.openCtx(context.Background()) }

// openCtx opens the store the flags name, giving up when ctx ends.
func (f *storeFlags) openCtx(ctx context.Context) (*notes.Store, error) {
	var mode notes.Mode
	switch f.mode {
	case "private":
	case "group":
		mode = notes.Group
	default:
		return nil, usageErrorf("--store-mode %q: want private or group", f.mode)
	}
	target := f.store
	if target == "" {
		var err error
		if target, err = notes.DefaultPath(); err != nil {
			return nil, inputError(err)
		}
	}
	s, err := notes.Open(ctx, target, notes.Options{Mode: mode})
	if err != nil {
		return nil, inputError(err)
	}
	return s, nil
}

// who is the analyst: --analyst, else the login name.
func (f *storeFlags) who() (string, error) {
	if name := strings.TrimSpace(f.analyst); name != "" {
		if strings.ContainsFunc(name, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return "", usageErrorf("--analyst: control characters in %q", name)
		}
		return name, nil
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username, nil
	}
	if name := os.Getenv("USER"); name != "" {
		return name, nil
	}
	return "", usageErrorf("no login name: give --analyst NAME")
}

func newNotesCmd(io stdio) *cobra.Command {
	var f storeFlags
	cmd := &cobra.Command{
		Use:   "notes",
		Short: "List, add, edit and remove analysts' notes on claims",
		Long: `Notes are verdicts (verified, disputed, needs source, misleading, or a
team's own in verdicts.yaml) and free text on a claim or sentence, with the
analyst's name and the time. Edits keep every revision (isnad notes history).

The store is an SQLite file — $XDG_DATA_HOME/isnad/notes.db unless --store
names another, created 0600 (--store-mode group: 0660) — or, for a team past
one box, a PostgreSQL database: --store postgres://user@host/db.

A note keeps the sentence's text: when the article's file changes, the note
follows the sentence (moved) or says it lost it (orphaned).`,
	}
	f.register(cmd)
	cmd.AddCommand(newNotesListCmd(io, &f), newNotesAddCmd(io, &f), newNotesEditCmd(io, &f),
		newNotesRmCmd(io, &f), newNotesHistoryCmd(io, &f))
	return cmd
}

func newNotesListCmd(io stdio, f *storeFlags) *cobra.Command {
	var (
		asJSON  bool
		filter  model.NoteFilter
		verdict string
	)
	cmd := &cobra.Command{
		Use:   "list [ARTICLE]",
		Short: "List the notes, each with where it sits now",
		Args:  maxArgs(1, "ARTICLE"),
		RunE: func(_ *cobra.Command, args []string) error {
			id, err := articleArg(args)
			if err != nil {
				return err
			}
			filter.Article, filter.Verdict = id, model.Verdict(verdict)
			s, err := f.open()
			if err != nil {
				return err
			}
			defer s.Close()
			ns, err := s.List(context.Background(), filter)
			if err != nil {
				return inputError(err)
			}
			lib, err := openCorpus(f.corpus, corpusOptions{}, io)
			if err != nil {
				return err
			}
			defer lib.Close()
			anchorNotes(lib, ns)
			if asJSON {
				return printJSON(io, ns)
			}
			return printNotes(io, ns)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&verdict, "verdict", "", "only notes with verdict V")
	cmd.Flags().StringVar(&filter.Analyst, "by", "", "only notes written by NAME")
	return cmd
}

// anchorNotes works out where each note sits in the corpus as it reads now.
func anchorNotes(lib *data.Library, ns []model.Note) {
	notes.AnchorAll(ns, func(id string) *model.Article {
		a, err := lib.Article(id)
		if err != nil {
			return nil // the article is gone: its notes are orphaned
		}
		return a
	})
}

func printNotes(io stdio, ns []model.Note) error {
	vis := display(io.out)
	tw := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCLAIM\tVERDICT\tANALYST\tUPDATED\tTEXT")
	for _, n := range ns {
		where := n.Target
		switch n.Anchor {
		case model.AnchorMoved:
			where = n.Sentence + " (moved from " + n.Target + ")"
		case model.AnchorOrphaned:
			where = n.Target + " (orphaned)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", n.ID, vis(where), vis(string(n.Verdict)), vis(n.Analyst),
			n.Updated.Local().Format("2006-01-02 15:04"), vis(clipRunes(n.Text, 60)))
	}
	return tw.Flush()
}

// sentenceArg checks that --claim names a sentence of the corpus and
// returns its text, the note's anchor.
func sentenceArg(lib *data.Library, id string) (string, error) {
	r, err := model.ParseRef(id)
	if err != nil {
		return "", usageErrorf("--claim: %v", err)
	}
	if r.Kind != 's' {
		return "", usageErrorf("--claim %s: want a claim or sentence id such as 000#s40", quote(id))
	}
	a, err := lib.Article(r.Article)
	if err != nil {
		return "", usageErrorf("--claim %s: no article %s", quote(id), quote(r.Article))
	}
	s := a.Sentence(id)
	if s == nil {
		return "", usageErrorf("--claim %s: article %s has %d sentences", quote(id), r.Article, len(a.Sentences))
	}
	return s.Text, nil
}

func newNotesAddCmd(io stdio, f *storeFlags) *cobra.Command {
	var claim, verdict, text string
	cmd := &cobra.Command{
		Use:   "add --claim ID --verdict V [--text T]",
		Short: "Add a note on a claim or sentence",
		Args:  maxArgs(0, "argument"),
		RunE: func(*cobra.Command, []string) error {
			who, err := f.who()
			if err != nil {
				return err
			}
			vs, err := loadVerdicts(f.verdicts)
			if err != nil {
				return err
			}
			if err := vs.Check(model.Verdict(verdict)); err != nil {
				return usageErrorf("%v", err)
			}
			lib, err := openCorpus(f.corpus, corpusOptions{}, io)
			if err != nil {
				return err
			}
			defer lib.Close()
			quoteText, err := sentenceArg(lib, claim)
			if err != nil {
				return err
			}
			s, err := f.open()
			if err != nil {
				return err
			}
			defer s.Close()
			n, err := s.Add(context.Background(), model.NoteDraft{Target: claim, Quote: quoteText,
				Verdict: model.Verdict(verdict), Text: text, Analyst: who})
			if err != nil {
				return inputError(err)
			}
			fmt.Fprintf(io.out, "note %d on %s: %s\n", n.ID, n.Target, display(io.out)(string(n.Verdict)))
			return nil
		},
	}
	cmd.Flags().StringVar(&claim, "claim", "", "the claim or sentence, e.g. 000#s40")
	cmd.Flags().StringVar(&verdict, "verdict", "", "verified, disputed, needs source, misleading, or the team's")
	cmd.Flags().StringVar(&text, "text", "", "what the analyst has to say")
	_ = cmd.MarkFlagRequired("claim")
	_ = cmd.MarkFlagRequired("verdict")
	return cmd
}

func newNotesEditCmd(io stdio, f *storeFlags) *cobra.Command {
	var verdict, text string
	cmd := &cobra.Command{
		Use:   "edit ID [--verdict V] [--text T]",
		Short: "Change a note's verdict or text (the old ones stay in its history)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := noteID(args[0])
			if err != nil {
				return err
			}
			who, err := f.who()
			if err != nil {
				return err
			}
			s, err := f.open()
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := context.Background()
			old, err := s.Get(ctx, id)
			if err != nil {
				return noteErr(err)
			}
			e := model.NoteEdit{Verdict: old.Verdict, Text: old.Text, Analyst: who}
			if cmd.Flags().Changed("verdict") {
				vs, err := loadVerdicts(f.verdicts)
				if err != nil {
					return err
				}
				if err := vs.Check(model.Verdict(verdict)); err != nil {
					return usageErrorf("%v", err)
				}
				e.Verdict = model.Verdict(verdict)
			}
			if cmd.Flags().Changed("text") {
				e.Text = text
			}
			n, err := s.Edit(ctx, id, e)
			if err != nil {
				return noteErr(err)
			}
			fmt.Fprintf(io.out, "note %d, revision %d\n", n.ID, n.Rev)
			return nil
		},
	}
	cmd.Flags().StringVar(&verdict, "verdict", "", "the new verdict")
	cmd.Flags().StringVar(&text, "text", "", "the new text")
	return cmd
}

func newNotesRmCmd(io stdio, f *storeFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "rm ID",
		Short: "Remove a note (its history keeps it)",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			id, err := noteID(args[0])
			if err != nil {
				return err
			}
			who, err := f.who()
			if err != nil {
				return err
			}
			s, err := f.open()
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.Remove(context.Background(), id, who); err != nil {
				return noteErr(err)
			}
			fmt.Fprintf(io.out, "note %d removed\n", id)
			return nil
		},
	}
}

func newNotesHistoryCmd(io stdio, f *storeFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "history ID",
		Short: "Every revision of a note: who changed what, when",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			id, err := noteID(args[0])
			if err != nil {
				return err
			}
			s, err := f.open()
			if err != nil {
				return err
			}
			defer s.Close()
			h, err := s.History(context.Background(), id)
			if err != nil {
				return noteErr(err)
			}
			if asJSON {
				return printJSON(io, h)
			}
			vis := display(io.out)
			tw := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "REV\tAT\tANALYST\tVERDICT\tTEXT")
			for _, r := range h {
				v := string(r.Verdict)
				if r.Deleted {
					v = "(removed)"
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", r.Rev, r.At.Local().Format("2006-01-02 15:04:05"), vis(r.Analyst), vis(v), vis(clipRunes(r.Text, 60)))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func noteID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id < 1 {
		return 0, usageErrorf("note id %s: want a number", quote(s))
	}
	return id, nil
}

// noteErr: a note that does not exist is a usage error, anything else an
// input failure.
func noteErr(err error) error {
	if errors.Is(err, notes.ErrNotFound) {
		return usageErrorf("%v", err)
	}
	return inputError(err)
}

func loadVerdicts(path string) (notes.Verdicts, error) {
	vs, err := notes.LoadVerdicts(path)
	if err != nil {
		return nil, inputError(err)
	}
	return vs, nil
}
