package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// Shape limits of a heading: a short standalone line, not a sentence.
const (
	headingMaxWords    = 15
	headingMaxRunes    = 160
	questionMaxWords   = 10 // "لماذا حدث هذا التحول الآن؟" is a heading, a long question is not
	chromeMaxWords     = 12
	copyrightMaxWords  = 60
	followMaxWords     = 30
	bylineMaxWords     = 20
	mastheadMaxWords   = 6
	breadcrumbMaxWords = 8
	maxShortBytes      = 4096 // past this, a "short" paragraph is one huge token
)

// Heading levels given to headings found without Markdown: the title is 1,
// named and numbered sections 2, other short lines 2, and short lines ending
// in ":" or "?" (which introduce a point inside a section) 3.
const (
	levelTitle   = 1
	levelSection = 2
	levelSub     = 3
)

// classify decides what a paragraph is from its own text, before its
// neighbours are looked at: web chrome, list item, Markdown heading, a named
// section heading, a short line that may be a heading, or body text.
func classify(p *para) {
	// Only short paragraphs can be chrome or headings, so long ones (a 10 MB
	// line included) are not folded at all.
	f := ""
	if p.words <= copyrightMaxWords && len(p.text) <= maxShortBytes {
		f = fold(p.text)
		if rule := chromeRule(p, f); rule != "" {
			p.kind, p.rule = model.Boilerplate, rule
			return
		}
	}
	switch {
	case p.item:
		p.kind, p.rule = model.ListItem, "item"
	case p.md > 0:
		p.kind, p.level, p.rule = model.Heading, p.md, "markdown"
	case sectionHeading(p, f) != "":
		p.kind, p.level, p.rule = model.Heading, levelSection, sectionHeading(p, f)
	case headingShape(p):
		p.kind, p.level, p.rule = model.Heading, levelSection, "short-line"
		if last := lastRune(p.text); last == ':' || last == '?' || last == '؟' {
			p.level = levelSub
		}
	default:
		p.kind, p.rule = model.Body, "body"
	}
}

// chromeRule names the boilerplate rule that matches paragraph p (f is its
// folded text), or returns "".
func chromeRule(p *para, f string) string {
	lx := rules()
	if f == "" {
		return "decoration" // only punctuation or symbols: "* * *", "—"
	}
	if lx.chromeLines[f] {
		return "chrome"
	}
	if p.words <= chromeMaxWords {
		for _, w := range lx.Boilerplate.Prefixes {
			if hasPrefixWord(f, w) {
				return "chrome"
			}
		}
	}
	if p.words <= copyrightMaxWords {
		if strings.Contains(p.text, "©") && p.words <= followMaxWords {
			return "copyright"
		}
		if lx.contains.any(f) {
			return "copyright"
		}
	}
	if p.words <= followMaxWords && isFollowPrompt(f) {
		return "follow"
	}
	if p.words <= breadcrumbMaxWords && isBreadcrumb(f) {
		return "breadcrumb"
	}
	if p.item {
		return "" // a reference list item may be a bare URL or a date
	}
	if p.words <= 8 && isDateline(f) {
		return "dateline"
	}
	if isContactLine(p) {
		return "contact"
	}
	return ""
}

// isBreadcrumb: "Home » Politics", "الرئيسية/دراسات" and, as scraped from a
// menu, the items glued together: "الرئيسيةدراساتسياسية".
func isBreadcrumb(f string) bool {
	lx := rules()
	for h := range lx.home {
		if !strings.HasPrefix(f, h) {
			continue
		}
		rest := f[len(h):]
		if rest == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune("»›>/|\\-–—·:", r) || strings.HasPrefix(rest, " ") && strings.ContainsAny(rest, "»›>/|") {
			return true
		}
		// Glued menu items: only for scripts without case, where a Latin
		// "Homeland" would otherwise look the same.
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	seps := 0
	for _, r := range f {
		if strings.ContainsRune("»›>|", r) {
			seps++
		}
	}
	return seps >= 2
}

func isFollowPrompt(f string) bool {
	lx := rules()
	networks := 0
	lx.socials.each(f, func(string) bool {
		networks++
		return networks < 2
	})
	if networks >= 2 {
		return true
	}
	if networks == 0 {
		return false
	}
	return lx.follow.any(f)
}

// isContactLine: a line made only of links, URLs, e-mail addresses, phone
// numbers and @handles (with labels such as "هاتف:"), as contact footers are.
func isContactLine(p *para) bool {
	if p.words > 20 {
		return false
	}
	lx := rules()
	covered := make([]bool, len(p.text))
	for _, l := range p.links {
		for i := l.Start; i < l.End && i < len(covered); i++ {
			covered[i] = true
		}
	}
	var rest strings.Builder
	for i := 0; i < len(p.text); i++ {
		if covered[i] {
			rest.WriteByte(' ')
		} else {
			rest.WriteByte(p.text[i])
		}
	}
	s := rest.String()
	fs := fold(s)
	for _, lbl := range lx.Boilerplate.ContactLbls {
		if strings.HasPrefix(fs, lbl) {
			s = strings.TrimSpace(s)
			if i := strings.IndexAny(s, ":："); i >= 0 && i < 60 {
				s = s[i+1:]
			}
			break
		}
	}
	digits, tokens := 0, 0
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|·•,،;؛/", r)
	}) {
		tokens++
		switch {
		case isURLish(tok), isEmail(tok), strings.HasPrefix(tok, "@") && len(tok) > 1:
		case isPhonePart(tok):
			for _, r := range tok {
				if isDigit(r) {
					digits++
				}
			}
		case tok == "-" || tok == "–":
		default:
			return false
		}
	}
	if digits > 0 && digits < 7 {
		return false
	}
	return tokens > 0 || len(p.links) > 0
}

func isURLish(s string) bool {
	s = strings.TrimRight(s, ".,)")
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return true
	}
	host, _, _ := strings.Cut(s, "/")
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || dot == len(host)-1 {
		return false
	}
	for _, r := range host {
		if !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-')) {
			return false
		}
	}
	return unicode.IsLetter(rune(host[dot+1]))
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at:], '.') > 1 && !strings.ContainsAny(s, " ")
}

func isPhonePart(s string) bool {
	d := 0
	for _, r := range s {
		switch {
		case isDigit(r):
			d++
		case strings.ContainsRune("+-()–.", r):
		default:
			return false
		}
	}
	return d > 0
}

// isDateline: a line holding only a date ("31 تشرين الاول 2024",
// "2024-10-31", "Published: May 3, 2024").
func isDateline(f string) bool {
	_, ok := parseDateLine(f)
	return ok
}

// sectionHeading names the lexicon rule that makes p a section heading
// ("المقدمة:", "المحور الأول: …", "أولاً: …", "References"), or "".
func sectionHeading(p *para, f string) string {
	if p.words > headingMaxWords || endsWithPeriod(p.text) || hasInnerSentenceEnd(p.text) {
		return ""
	}
	lx := rules()
	head := f
	if i := strings.IndexAny(f, ":：-–"); i > 0 {
		head = strings.TrimSpace(f[:i])
	}
	if lx.sections[head] || lx.sections[f] {
		return "section"
	}
	words := strings.Fields(head)
	if len(words) >= 2 {
		for _, d := range lx.Headings.Divisions {
			if words[0] == d && (lx.ordinalWords[strings.Trim(words[1], ":.")] || isNumber(strings.Trim(words[1], ":."))) {
				return "division"
			}
		}
	}
	for _, o := range lx.Headings.Ordinals {
		if hasPrefixWord(f, o) && len(f) > len(o) {
			return "ordinal"
		}
	}
	return ""
}

// isReferencesHeading reports whether a heading opens a bibliography.
func isReferencesHeading(title string) bool {
	return rules().references[fold(title)]
}

// IsReferencesHeading reports whether a section title names a reference
// list (المراجع, المصادر, References, Bibliography, …), by the same lexicon
// the parser uses to keep each entry of such a section one sentence.
func IsReferencesHeading(title string) bool { return isReferencesHeading(title) }

// headingShape: a short standalone line that is not a sentence — no final
// period, no sentence ending inside, and if a question, a short one without
// a comma.
func headingShape(p *para) bool {
	if p.words == 0 || p.words > headingMaxWords || utf8.RuneCountInString(p.text) > headingMaxRunes {
		return false
	}
	if endsWithPeriod(p.text) || hasInnerSentenceEnd(p.text) || opensQuotation(p.text) {
		return false
	}
	switch lastRune(p.text) {
	case ':':
		for _, w := range strings.Fields(fold(p.text)) {
			if rules().clauses[w] {
				return false // "وأكد أن … الشروط التالية:": a sentence before a list
			}
			if rules().speech[w] || rules().speech[conjunctionless(w)] {
				return false // "وقال الوزير سالم الفهد:": what he said follows
			}
		}
	case '?', '؟':
		if p.words > questionMaxWords || strings.ContainsAny(p.text, ",،") {
			return false
		}
	case ',', '،', ';', '؛':
		return false
	}
	return true
}

// conjunctionless is an Arabic word without its و or ف conjunction.
func conjunctionless(w string) string {
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return w
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

// closers may follow a sentence's final punctuation: quotes and brackets.
const closers = "”’»\"')]}›"

func lastRune(s string) rune {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// trimClosers drops the quotes and brackets at the end of s.
func trimClosers(s string) string {
	return strings.TrimRight(strings.TrimRightFunc(s, unicode.IsSpace), closers)
}

// opensQuotation: the last guillemet of s opens a quotation that s leaves
// open, as a sentence broken across lines does ("وقال سالم الحربي «إن
// الأداء الجيد لـ" and the rest below it). A headline closes what it
// quotes ("«النخيل» تسجل نموًا"); a reversed "بـ»الحكومة»" ends on ».
func opensQuotation(s string) bool {
	return strings.LastIndex(s, "«") > strings.LastIndex(s, "»")
}

// endsWithPeriod: the text ends as a declarative sentence does.
func endsWithPeriod(s string) bool {
	switch lastRune(trimClosers(s)) {
	case '.', '!', '…', '۔':
		return true
	}
	return false
}

// endsSentence: the text ends with punctuation that closes a sentence or
// announces what follows (":"), so a page break after it is a real break.
func endsSentence(s string) bool {
	switch lastRune(trimClosers(s)) {
	case '.', '!', '?', '؟', '…', '۔', ':':
		return true
	}
	return false
}

// hasInnerSentenceEnd: a sentence ends inside the text (". " or "؟ "
// followed by more), so it is not a heading.
func hasInnerSentenceEnd(s string) bool {
	return len(splitSentences(s, false)) > 1
}
