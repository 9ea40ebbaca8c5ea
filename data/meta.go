package data

import (
	"fmt"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"go.yaml.in/yaml/v3"
)

// metaFields is one article's metadata as a catalog entry or a front matter
// block writes it. A nil field was not written (and may be inferred); an
// empty one was written empty on purpose ("unknown") and is left so.
type metaFields struct {
	File   string  `yaml:"file"`
	Title  *string `yaml:"title"`
	Author *string `yaml:"author"`
	Outlet *string `yaml:"outlet"`
	Date   *string `yaml:"date"`
	Lang   *string `yaml:"lang"`
	Dir    *string `yaml:"dir"`
	Genre  *string `yaml:"genre"`
	URL    *string `yaml:"url"`
	// Fields, in the entry of a collection, maps fields to the names its
	// records give them (title: headline).
	Fields map[string]string `yaml:"fields"`
}

// catalogFile is the format of catalog.yaml.
type catalogFile struct {
	// Fields maps fields to the names the corpus's collections give them.
	Fields   map[string]string `yaml:"fields"`
	Articles []metaFields      `yaml:"articles"`
}

// catalogNames are the file names a folder's catalog may have.
var catalogNames = []string{"catalog.yaml", "catalog.yml"}

// parseCatalog reads a catalog; src names it in problems.
func parseCatalog(src string, raw []byte) ([]metaFields, map[string]string, []model.Problem) {
	var c catalogFile
	if err := yaml.Unmarshal(raw, &c); err != nil {
		return nil, nil, []model.Problem{{Path: src, Kind: model.ProblemMeta, Fatal: true,
			Detail: "catalog ignored, it is not valid YAML: " + oneLine(err.Error())}}
	}
	var probs []model.Problem
	out := c.Articles[:0]
	for i, e := range c.Articles {
		if strings.TrimSpace(e.File) == "" {
			probs = append(probs, model.Problem{Path: src, Kind: model.ProblemMeta,
				Detail: fmt.Sprintf("entry %d has no file: ignored", i+1)})
			continue
		}
		e.File = path.Clean(strings.TrimPrefix(strings.ReplaceAll(e.File, "\\", "/"), "./"))
		out = append(out, e)
	}
	return out, c.Fields, probs
}

// toMeta turns written fields into a model.Meta, reporting values it cannot
// use (a date that is not YYYY-MM-DD, an unknown direction).
func (m metaFields) toMeta(src string) (model.Meta, []model.Problem) {
	var meta model.Meta
	var probs []model.Problem
	field := "title"
	get := func(p *string) string {
		if p == nil {
			return ""
		}
		v := strings.TrimSpace(*p)
		if len(v) > maxValueBytes {
			v = cutBytes(v, maxValueBytes)
			probs = append(probs, model.Problem{Path: src, Kind: model.ProblemTooLarge,
				Detail: fmt.Sprintf("%s longer than %d KB: cut", field, maxValueBytes>>10)})
		}
		if text.HasBidiOverride(v) {
			v = text.MarkBidiOverrides(v)
			probs = append(probs, model.Problem{Path: src, Kind: model.ProblemBidi,
				Detail: fmt.Sprintf("%s holds bidi override or isolate controls, which reorder what follows (Trojan Source): shown as marks", field)})
		}
		return v
	}
	named := func(name string, p *string) string { field = name; return get(p) }
	meta.Title, meta.Author, meta.Outlet = named("title", m.Title), named("author", m.Author), named("outlet", m.Outlet)
	meta.Lang, meta.Genre, meta.URL = named("lang", m.Lang), model.Genre(named("genre", m.Genre)), named("url", m.URL)
	if d := named("date", m.Date); d != "" {
		if iso, ok := normaliseDate(d); ok {
			meta.Date = iso
		} else {
			probs = append(probs, model.Problem{Path: src, Kind: model.ProblemMeta,
				Detail: fmt.Sprintf("date %q is not YYYY-MM-DD: left empty", d)})
		}
	}
	if dir, err := model.ParseDir(named("dir", m.Dir)); err != nil {
		probs = append(probs, model.Problem{Path: src, Kind: model.ProblemMeta, Detail: err.Error()})
	} else {
		meta.Dir = dir
	}
	return meta, probs
}

// normaliseDate accepts YYYY-MM-DD, a timestamp starting with it
// ("2015-07-21 02:51:32", RFC 3339), and the dates of web feeds (RFC 1123,
// "Tue, 21 Jul 2015 10:00:00 GMT").
func normaliseDate(s string) (string, bool) {
	if len(s) >= 10 {
		iso, ok := parseDateLine(s[:10])
		if ok && iso != "" && iso == s[:10] && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
			return iso, true
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// cutBytes cuts s to at most n bytes, between characters, ending in "…".
func cutBytes(s string, n int) string {
	n -= len("…")
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// readFrontMatter reads the YAML front matter at the top of an article, if
// any. ok is false when there is none.
func readFrontMatter(file string, text string) (metaFields, []model.Problem, bool) {
	yml, _, _, found := cutFrontMatter(text)
	if !found {
		return metaFields{}, nil, false
	}
	var m metaFields
	if err := yaml.Unmarshal([]byte(yml), &m); err != nil {
		return metaFields{}, []model.Problem{{Path: file, Kind: model.ProblemMeta, Line: 1,
			Detail: "front matter ignored, it is not valid YAML: " + oneLine(err.Error())}}, true
	}
	return m, nil, true
}

// inferMeta fills what the written fields left out from the article's text:
// the title (first heading, else a short first paragraph, else the file
// name), the language and direction from the script, the author from a
// byline and the date from a dateline. Each guessed field is named in
// Meta.Inferred.
func inferMeta(meta model.Meta, written metaFields, file string, ps []para) model.Meta {
	if written.Title == nil {
		meta.Title = inferTitle(file, ps)
		meta.Inferred = append(meta.Inferred, "title")
	}
	if written.Author == nil {
		if a := inferAuthor(ps); a != "" {
			meta.Author = a
			meta.Inferred = append(meta.Inferred, "author")
		}
	}
	if written.Date == nil {
		for _, p := range ps {
			if p.rule == "dateline" {
				if iso, _ := parseDateLine(fold(p.text)); iso != "" {
					meta.Date = iso
					meta.Inferred = append(meta.Inferred, "date")
					break
				}
			}
		}
	}
	return inferScript(meta, written, ps)
}

// inferScript fills the language and direction, when not written, from the
// letters of the text.
func inferScript(meta model.Meta, written metaFields, ps []para) model.Meta {
	if written.Lang == nil || written.Dir == nil {
		lang, dir := guessScript(ps)
		if written.Lang == nil && lang != "" {
			meta.Lang = lang
			meta.Inferred = append(meta.Inferred, "lang")
		}
		if written.Dir == nil {
			meta.Dir = dir
			meta.Inferred = append(meta.Inferred, "dir")
		}
	}
	return meta
}

const maxTitleRunes = 100

func inferTitle(file string, ps []para) string {
	for _, p := range ps {
		if p.kind == model.Heading {
			return clip(p.text, maxTitleRunes)
		}
	}
	for _, p := range ps {
		if p.kind == model.Body || p.kind == model.ListItem {
			sp := splitSentences(p.text, false)
			if p.words <= headingMaxWords && len(sp) == 1 {
				return clip(p.text, maxTitleRunes)
			}
			if len(sp) > 0 {
				return clip(p.text[sp[0][0]:sp[0][1]], maxTitleRunes)
			}
		}
	}
	base := path.Base(file)
	return strings.TrimSuffix(base, path.Ext(base))
}

// inferAuthor reads the name out of a byline: "إعداد: د. فلان- خبير …" gives
// "د. فلان"; "By Jane Doe, Reuters" gives "Jane Doe".
func inferAuthor(ps []para) string {
	for _, p := range ps {
		if p.rule != "byline" {
			continue
		}
		t := p.text
		if i := strings.IndexAny(t, ":："); i >= 0 {
			t = t[i+len(":"):]
		} else {
			for _, c := range rules().Bylines.Cues {
				c = strings.TrimSuffix(c, ":")
				if len(t) > len(c) && strings.EqualFold(t[:len(c)], c) {
					t = t[len(c):]
					break
				}
			}
		}
		if i := strings.IndexAny(t, "-–—,،|(\n"); i >= 0 {
			t = t[:i]
		}
		if t = strings.TrimSpace(t); t != "" && countWords(t) <= 6 {
			return t
		}
	}
	return ""
}

// guessScript counts strong letters in the first paragraphs: Arabic script
// (Persian and Urdu told by their own letters), Hebrew, Cyrillic, Latin (the
// language then told by its common words, languages.yaml).
func guessScript(ps []para) (lang string, dir model.Dir) {
	var arabic, persian, urdu, hebrew, cyrillic, latin int
	seen := 0
	for _, p := range ps {
		if p.kind == model.Boilerplate {
			continue
		}
		for _, r := range p.text {
			switch {
			case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7:
				latin++
			case r >= 0x0620 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC:
				// The common letters without the Unicode tables, which cost
				// more than the rest of reading a collection's records.
				if !(r >= 0x0620 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3) && !unicode.IsLetter(r) {
					continue
				}
				arabic++
				switch r {
				case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
					persian++
				case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ہ', 'ے':
					urdu++
				}
			case r >= 0x05D0 && r <= 0x05EA || r >= 0xFB1D && r <= 0xFB4F:
				hebrew++
			case r >= 0x0400 && r <= 0x04FF:
				cyrillic++
			default:
				continue
			}
			seen++
		}
		if seen > 4000 {
			break
		}
	}
	best := max(arabic, hebrew, cyrillic, latin)
	switch {
	case best == 0:
		return "", model.DirAuto
	case best == arabic:
		switch {
		case urdu*50 > arabic:
			return "ur", model.DirRTL
		case persian*50 > arabic:
			return "fa", model.DirRTL
		}
		return "ar", model.DirRTL
	case best == hebrew:
		return "he", model.DirRTL
	case best == cyrillic:
		return "ru", model.DirLTR
	}
	// Latin script: the words tell (Italian, French, Spanish, German are
	// not English); too little text to tell is English, as before.
	if lang := latinLanguage(ps, 2000); lang != "" {
		return lang, model.DirLTR
	}
	return "en", model.DirLTR
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
