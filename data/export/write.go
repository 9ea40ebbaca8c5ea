package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// Writer writes a report one article at a time, so that a corpus of any
// size streams.
type Writer interface {
	// Article writes the records of one article (none: nothing is written).
	Article(claims []model.ReportClaim) error
	// Close writes what ends the report (the orphaned notes, a summary)
	// and flushes.
	Close(orphans []model.Note) error
}

// Formats names the formats NewWriter knows.
var Formats = []string{"md", "csv", "jsonl"}

// Options shape a report.
type Options struct {
	Title string // the report's title (Markdown)
	Notes bool   // the notes column (CSV) or lists (Markdown)
	BOM   bool   // CSV starts with a byte order mark, for Excel
}

// NewWriter returns the writer of a format.
func NewWriter(w io.Writer, format string, o Options) (Writer, error) {
	switch format {
	case "md":
		return &markdown{w: bufio.NewWriter(w), o: o}, nil
	case "csv":
		return newCSV(w, o)
	case "jsonl":
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &jsonl{w: bw, enc: enc}, nil
	}
	return nil, fmt.Errorf("format %q: want md, csv or jsonl", format)
}

// jsonl writes one record per line; ReadJSONL reads them back.
type jsonl struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (j *jsonl) Article(claims []model.ReportClaim) error {
	for i := range claims {
		if err := j.enc.Encode(&claims[i]); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonl) Close([]model.Note) error { return j.w.Flush() }

// ReadJSONL reads a JSON Lines report back.
func ReadJSONL(r io.Reader) ([]model.ReportClaim, error) {
	var out []model.ReportClaim
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c model.ReportClaim
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// csvWriter writes one row per record: its sources in one cell.
type csvWriter struct {
	w *csv.Writer
	o Options
}

func newCSV(w io.Writer, o Options) (*csvWriter, error) {
	if o.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, err
		}
	}
	c := &csvWriter{w: csv.NewWriter(w), o: o}
	head := []string{"claim", "article", "title", "outlet", "date", "status", "text", "sources"}
	if o.Notes {
		head = append(head, "notes")
	}
	return c, c.w.Write(head)
}

func (c *csvWriter) Article(claims []model.ReportClaim) error {
	for _, r := range claims {
		var srcs []string
		for _, s := range r.Sources {
			srcs = append(srcs, sourceLine(s))
		}
		row := []string{r.Claim, r.Article, r.Title, r.Outlet, r.Date, string(r.Status), r.Text, strings.Join(srcs, " | ")}
		if c.o.Notes {
			var ns []string
			for _, n := range r.Notes {
				ns = append(ns, noteLine(n))
			}
			row = append(row, strings.Join(ns, " | "))
		}
		for i := range row {
			row[i] = cell(row[i])
		}
		if err := c.w.Write(row); err != nil {
			return err
		}
	}
	return nil
}

func (c *csvWriter) Close([]model.Note) error {
	c.w.Flush()
	return c.w.Error()
}

// cell makes a value safe for a spreadsheet: one line, no control
// characters, and no leading character a spreadsheet would read as a
// formula (= + - @), which gets a quote before it.
func cell(s string) string {
	s = text.Sanitize(strings.Join(strings.Fields(s), " "))
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		s = "'" + s
	}
	return s
}

// sourceLine is one source on one line: "(Reuters, 2024b) → Reuters.
// (2024b, December 5). Title. https://…" or "دبلوماسي غربي (anonymous) via
// رويترز".
func sourceLine(s model.ReportSource) string {
	if s.Kind == "citation" {
		line := "(" + s.Cited + ")"
		switch {
		case len(s.References) == 1 && s.Resolution == model.Resolved:
			line += " → " + s.References[0]
		case len(s.References) > 0:
			line += " " + string(s.Resolution) + ": " + strings.Join(s.References, " / ")
		default:
			line += " " + string(s.Resolution)
		}
		return line
	}
	line := s.Speaker
	if s.Role != "" && !strings.Contains(s.Speaker, s.Role) {
		line += ", " + s.Role
	}
	if s.Named == model.Anonymous {
		line += " (anonymous)"
	}
	if s.Channel != "" {
		line += " via " + s.Channel
	}
	return line
}

// noteLine is a note on one line: "disputed (amal, 2026-11-03): text".
func noteLine(n model.Note) string {
	line := string(n.Verdict) + " (" + n.Analyst
	if n.EditedBy != "" && n.EditedBy != n.Analyst {
		line += ", edited by " + n.EditedBy
	}
	line += ", " + n.Updated.UTC().Format("2006-01-02 15:04") + " UTC)"
	if n.Text != "" {
		line += ": " + n.Text
	}
	return line
}
