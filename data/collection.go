package data

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Collections: a file that holds many articles — a JSON array of objects,
// JSON Lines, or CSV with a header row — each record an article. Their
// fields are recognised by common names (fields.yaml), or mapped by the
// corpus's catalog.yaml and the --fields option. A collection is read as a
// stream, one record at a time: its records' metadata at open time, their
// texts in the background pass and again when an article is opened, by
// reading the collection up to the record's offset. Nothing is unpacked to
// disk, and no more than one record is held at a time.

// field is a piece of an article a collection may give.
type field int

const (
	fTitle field = iota
	fContent
	fAuthor
	fDate
	fOutlet
	fURL
	fLang
	fDir
	fGenre
	nFields
)

var fieldNames = [nFields]string{"title", "content", "author", "date", "outlet", "url", "lang", "dir", "genre"}

// fieldAliases are names the --fields option and catalogs accept for a field.
var fieldAliases = map[string]field{"source": fOutlet, "text": fContent, "body": fContent, "headline": fTitle}

func fieldOf(name string) (field, bool) {
	name = fieldName(name)
	for f, n := range fieldNames {
		if n == name {
			return field(f), true
		}
	}
	f, ok := fieldAliases[name]
	return f, ok
}

//go:embed fields.yaml
var fieldsYAML []byte

// defaultFieldNames are fields.yaml's names, per field.
var defaultFieldNames = sync.OnceValue(func() [nFields][]string {
	var m map[string][]string
	if err := yaml.Unmarshal(fieldsYAML, &m); err != nil {
		panic("data/fields.yaml: " + err.Error()) // part of the binary: every test reads it
	}
	var out [nFields][]string
	for name, names := range m {
		f, ok := fieldOf(name)
		if !ok {
			panic("data/fields.yaml: unknown field " + name)
		}
		for _, n := range names {
			out[f] = append(out[f], fieldName(n))
		}
	}
	return out
})

// ParseFields reads the --fields option: "title=headline,content=body"
// maps each field (title, content, author, date, outlet or source, url,
// lang, dir, genre) to the name a collection gives it.
func ParseFields(s string) (map[string]string, error) {
	out := map[string]string{}
	for _, kv := range strings.Split(s, ",") {
		if strings.TrimSpace(kv) == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(v) == "" {
			return nil, fmt.Errorf("--fields: %q: want FIELD=NAME", kv)
		}
		if _, ok := fieldOf(k); !ok {
			return nil, fmt.Errorf("--fields: unknown field %q (title, content, author, date, outlet, url, lang, dir, genre)", k)
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out, nil
}

// fieldMap says which field a record's member or column name gives, and
// how preferred that name is (0 best).
type fieldMap map[string]fieldSlot

type fieldSlot struct {
	f    field
	prio int
}

// newFieldMap starts from fields.yaml; each mapping given replaces the
// names of the fields it maps, later ones winning. Unknown fields in a
// mapping are reported.
func newFieldMap(maps ...map[string]string) (fieldMap, []string) {
	names := defaultFieldNames()
	var bad []string
	for _, m := range maps {
		for k, v := range m {
			f, ok := fieldOf(k)
			if !ok {
				bad = append(bad, k)
				continue
			}
			names[f] = []string{fieldName(v)}
		}
	}
	fm := fieldMap{}
	for f, ns := range names {
		for p, n := range ns {
			if _, taken := fm[n]; !taken || len(ns) == 1 {
				fm[n] = fieldSlot{field(f), p}
			}
		}
	}
	sort.Strings(bad)
	return fm, bad
}

// collection is one collection file of a corpus.
type collection struct {
	org      origin
	format   string // "json", "csv" or "tsv"
	fields   fieldMap
	defaults metaFields // its catalog entry, for what records leave out
	cols     [nFields]int
	columns  int    // CSV: columns in the header
	stem     string // names it in the ids of its records
}

// collectionFormat is the format of a collection file name (".gz" already
// taken off), or "".
func collectionFormat(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".json", ".jsonl", ".ndjson", ".jsonlines":
		return "json"
	case ".csv":
		return "csv"
	case ".tsv":
		return "tsv"
	}
	return ""
}

// record is one record of a collection as read.
type record struct {
	n       int   // 0-based
	off     int64 // offset of the record in the (decompressed) stream
	line    int
	vals    [nFields]*string // metadata, as written; content not here
	content []byte
	size    int    // of the text as written (escaped), even when content is cut
	bad     string // why the record is no article, "" when it is one
}

// metaSlack is what a record may hold besides its text.
const metaSlack = 1 << 20

// readRecords reads a collection's records in order and hands each to fn,
// which returns false to stop. Of each text at most textMax bytes are kept
// (-1: all); a record larger than limit is reported, not kept.
func (c *collection) readRecords(r io.Reader, textMax int, limit int64, fn func(*record) bool) error {
	if c.format == "json" {
		sp := newJSONSplitter(r, int(limit)+metaSlack)
		for {
			v, ok := sp.next()
			if !ok {
				break
			}
			rec := c.jsonRecord(v, textMax)
			if !fn(&rec) {
				return nil
			}
		}
		if sp.err != nil && sp.err != io.EOF {
			return sp.err
		}
		return nil
	}
	lr := &limitedRecords{r: r, max: limit + metaSlack}
	cr := c.csvReader(lr)
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil
		}
		return fmt.Errorf("no header row: %s", oneLine(err.Error()))
	}
	c.mapColumns(header)
	for n := 0; ; n++ {
		off := cr.InputOffset()
		lr.mark()
		row, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		rec := record{n: n, off: off}
		var pe *csv.ParseError
		switch {
		case errors.Is(err, errRecordTooLarge):
			return fmt.Errorf("record %d is larger than the article size limit; the rest of the file is not read", n+1)
		case errors.As(err, &pe):
			rec.line = pe.StartLine
			rec.bad = "not well-formed CSV: " + pe.Err.Error()
		case err != nil:
			return err
		default:
			rec.line, _ = cr.FieldPos(0)
			c.csvRecord(&rec, row, textMax)
		}
		if !fn(&rec) {
			return nil
		}
	}
}

// jsonRecord reads the fields of one JSON value.
func (c *collection) jsonRecord(v rawValue, textMax int) record {
	rec := record{n: v.n, off: v.off, line: v.line, bad: v.bad}
	if rec.bad != "" {
		return rec
	}
	var raw [nFields][]byte
	prio := [nFields]int{}
	err := objectFields(v.data, func(key, val []byte) {
		s, ok := c.fields.lookup(key)
		if ok && (raw[s.f] == nil || s.prio < prio[s.f]) {
			raw[s.f], prio[s.f] = val, s.prio
		}
	})
	if err != nil {
		rec.bad = err.Error()
		return rec
	}
	for f, val := range raw {
		if val == nil {
			continue
		}
		if field(f) == fContent {
			rec.size = len(val)
			if text, ok := jsonText(nil, val, "\n", textMax); ok {
				rec.content = text
			}
			continue
		}
		if text, ok := jsonText(nil, val, ", ", maxValueBytes+4); ok {
			s := string(text)
			rec.vals[f] = &s
		}
	}
	return rec
}

func (c *collection) csvReader(r io.Reader) *csv.Reader {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if c.format == "tsv" {
		cr.Comma = '\t'
		cr.LazyQuotes = true
	}
	return cr
}

// mapColumns finds the column of each field in a header row.
func (c *collection) mapColumns(header []string) {
	prio := [nFields]int{}
	for f := range c.cols {
		c.cols[f] = -1
	}
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\uFEFF")
		}
		s, ok := c.fields[fieldName(h)]
		if ok && (c.cols[s.f] < 0 || s.prio < prio[s.f]) {
			c.cols[s.f], prio[s.f] = i, s.prio
		}
	}
	c.columns = len(header)
}

func (c *collection) csvRecord(rec *record, row []string, textMax int) {
	for f, col := range c.cols {
		if col < 0 || col >= len(row) {
			continue
		}
		v := row[col]
		if field(f) == fContent {
			rec.size = len(v)
			if textMax >= 0 && len(v) > textMax {
				v = v[:textMax]
			}
			rec.content = []byte(v)
			continue
		}
		if len(v) > maxValueBytes+4 {
			v = v[:maxValueBytes+4]
		}
		v = strings.Clone(v)
		rec.vals[f] = &v
	}
}

// errRecordTooLarge stops a CSV collection at a record larger than the
// article size limit: a CSV reader cannot skip it.
var errRecordTooLarge = errors.New("record too large")

// limitedRecords fails a read once more than max bytes were read since the
// last mark, so a CSV field without end cannot fill memory.
type limitedRecords struct {
	r      io.Reader
	n, max int64
}

func (l *limitedRecords) mark() { l.n = 0 }

func (l *limitedRecords) Read(p []byte) (int, error) {
	if l.n > l.max {
		return 0, errRecordTooLarge
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// written is a record's metadata as metaFields: its values, and for what
// it leaves out (or leaves empty) its collection's catalog entry.
func (rec *record) written(c *collection) metaFields {
	m := c.defaults
	m.File = ""
	set := func(dst **string, f field) {
		if v := rec.vals[f]; v != nil && strings.TrimSpace(*v) != "" {
			*dst = v
		}
	}
	set(&m.Title, fTitle)
	set(&m.Author, fAuthor)
	set(&m.Date, fDate)
	set(&m.Outlet, fOutlet)
	set(&m.URL, fURL)
	set(&m.Lang, fLang)
	set(&m.Dir, fDir)
	set(&m.Genre, fGenre)
	return m
}

// recordPath is the path of a collection's record n: "news.json#18".
func recordPath(c *collection, n int) string {
	return c.org.String() + "#" + strconv.Itoa(n+1)
}

// collectionStem names a collection in the ids of its records: the file
// name without its extensions ("2015-07-21" for 2015-07-21.json.gz).
func collectionStem(o origin) string {
	name := o.file
	if o.member != "" {
		name = o.member
	}
	name, _ = isCompressedName(path.Base(name))
	return articleID(name)
}
