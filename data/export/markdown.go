package export

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// markdown writes a report for a forge: a section per article, a heading
// per claim with its status, the claim's text in a <div dir="rtl"> when the
// article reads right to left (forges lay Markdown out left to right), then
// its sources and notes as a list. Text from the corpus is escaped: it can
// neither inject HTML nor turn into Markdown markup.
type markdown struct {
	w             *bufio.Writer
	o             Options
	claims, noted int
	articles      int
	started       bool
	statuses      map[model.ClaimStatus]int
}

func (m *markdown) start() {
	if m.started {
		return
	}
	m.started = true
	m.statuses = map[model.ClaimStatus]int{}
	title := m.o.Title
	if title == "" {
		title = "Cited report"
	}
	fmt.Fprintf(m.w, "# %s\n\n", escape(title))
}

func (m *markdown) Article(claims []model.ReportClaim) error {
	m.start()
	if len(claims) == 0 {
		return nil
	}
	m.articles++
	a := claims[0]
	rtl := a.Dir == model.DirRTL
	fmt.Fprintf(m.w, "## %s · %s\n\n", a.Article, escape(a.Title))
	var about []string
	for _, s := range []string{a.Outlet, a.Date} {
		if s != "" {
			about = append(about, escape(s))
		}
	}
	if a.URL != "" {
		about = append(about, "<"+escapeURL(a.URL)+">")
	}
	if len(about) > 0 {
		m.open(rtl)
		fmt.Fprintf(m.w, "%s\n\n", strings.Join(about, " · "))
		m.close(rtl)
	}
	for _, c := range claims {
		status := string(c.Status)
		if status == "" {
			status = "not a claim"
		} else {
			m.claims++
			m.statuses[c.Status]++
		}
		fmt.Fprintf(m.w, "### %s · %s\n\n", c.Claim, status)
		m.open(rtl)
		fmt.Fprintf(m.w, "%s\n\n", escape(c.Text))
		for _, s := range c.Sources {
			fmt.Fprintf(m.w, "- %s\n", sourceMD(s))
		}
		if m.o.Notes {
			for _, n := range c.Notes {
				m.noted++
				fmt.Fprintf(m.w, "- **Note:** %s\n", escape(noteLine(n)))
			}
		}
		if len(c.Sources) > 0 || (m.o.Notes && len(c.Notes) > 0) {
			fmt.Fprintln(m.w)
		}
		m.close(rtl)
	}
	return nil
}

func (m *markdown) open(rtl bool) {
	if rtl {
		fmt.Fprint(m.w, "<div dir=\"rtl\">\n\n")
	}
}

func (m *markdown) close(rtl bool) {
	if rtl {
		fmt.Fprint(m.w, "</div>\n\n")
	}
}

func (m *markdown) Close(orphans []model.Note) error {
	m.start()
	if m.o.Notes && len(orphans) > 0 {
		fmt.Fprint(m.w, "## Notes whose sentence is gone\n\n")
		fmt.Fprint(m.w, "The article changed and the sentence these notes were written on is no longer in it.\n\n")
		for _, n := range orphans {
			fmt.Fprintf(m.w, "- **%s** %s\n\n  > %s\n", n.Target, escape(noteLine(n)), escape(n.Quote))
		}
		fmt.Fprintln(m.w)
	}
	fmt.Fprint(m.w, "---\n\n")
	var parts []string
	for _, st := range model.ClaimStatuses {
		if n := m.statuses[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, st))
		}
	}
	fmt.Fprintf(m.w, "%d claims in %d articles", m.claims, m.articles)
	if len(parts) > 0 {
		fmt.Fprintf(m.w, ": %s", strings.Join(parts, ", "))
	}
	if m.o.Notes {
		fmt.Fprintf(m.w, "; %d notes", m.noted+len(orphans))
	}
	fmt.Fprint(m.w, ".\n")
	return m.w.Flush()
}

// sourceMD is one source as a list item.
func sourceMD(s model.ReportSource) string {
	if s.Kind == "citation" {
		line := "**Citation** (" + escape(s.Cited) + ")"
		switch {
		case len(s.References) == 1 && s.Resolution == model.Resolved:
			line += ": " + escape(s.References[0])
		case len(s.References) > 0:
			line += ", " + string(s.Resolution) + ": " + escape(strings.Join(s.References, " / "))
		default:
			line += ", " + string(s.Resolution) + ": no entry of the reference list fits"
		}
		return line
	}
	kind := "named"
	if s.Named == model.Anonymous {
		kind = "anonymous"
	}
	line := "**Attribution** (" + kind + "): " + escape(s.Speaker)
	if s.Role != "" && !strings.Contains(s.Speaker, s.Role) {
		line += ", " + escape(s.Role)
	}
	if s.Channel != "" {
		line += ", via " + escape(s.Channel)
	}
	return line
}

// mdEscaper turns what could be markup into entities or escaped
// punctuation.
var mdEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"#", `\#`, "|", `\|`, "~", `\~`, "!", `\!`,
)

// escape makes corpus text inert in Markdown: one line, no control
// characters, no markup; a leading "-", "+" or "1." cannot start a list.
func escape(s string) string {
	s = mdEscaper.Replace(text.Sanitize(strings.Join(strings.Fields(s), " ")))
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = `\` + s
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (s[i] == '.' || s[i] == ')') {
		s = s[:i] + `\` + s[i:]
	}
	return s
}

// escapeURL keeps a URL inside <…> as one autolink.
func escapeURL(u string) string {
	return strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(text.Sanitize(u))
}
