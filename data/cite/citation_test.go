package cite_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
)

// brief renders citations as "group:raw|author|year|suffix|locator|number".
func brief(cs []model.Citation) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%d:%s|%s|%s|%s|%s|%d", c.Group, c.Raw, c.Author, c.Year, c.Suffix, c.Locator, c.Number)
	}
	return strings.Join(parts, " ; ")
}

func TestParseCitations(t *testing.T) {
	tests := []struct{ in, want string }{
		{"نص (Chatham House, 2024).", "0:Chatham House, 2024|Chatham House|2024|||0"},
		{"(Reuters, 2024d؛ Al Jazeera, 2024)", "0:Reuters, 2024d|Reuters|2024|d||0 ; 0:Al Jazeera, 2024|Al Jazeera|2024|||0"},
		{"(Smith, 2020; Jones & Lee, 2019a)", "0:Smith, 2020|Smith|2020|||0 ; 0:Jones & Lee, 2019a|Jones & Lee|2019|a||0"},
		{"(ويلسون، 2024) و(الجزيرة، ٢٠٢٣ب)", "0:ويلسون، 2024|ويلسون|2024|||0 ; 1:الجزيرة، ٢٠٢٣ب|الجزيرة|2023|ب||0"},
		{"(Smith et al., 2021, p. 12)", "0:Smith et al., 2021, p. 12|Smith et al.|2021||p. 12|0"},
		{"(Smith, 2021, pp. 3–5)", "0:Smith, 2021, pp. 3–5|Smith|2021||pp. 3–5|0"},
		{"(الأحمد، 2019، ص 44)", "0:الأحمد، 2019، ص 44|الأحمد|2019||ص 44|0"},
		{"(Smith, n.d.) (الجزيرة، د.ت)", "0:Smith, n.d.|Smith|n.d.|||0 ; 1:الجزيرة، د.ت|الجزيرة|n.d.|||0"},
		{"(Smith 2020)", "0:Smith 2020|Smith|2020|||0"},
		{"(see Smith, 2020)", "0:Smith, 2020|Smith|2020|||0"},
		{"(Smith, 2019, 2020)", "0:Smith, 2019|Smith|2019|||0 ; 0:2020|Smith|2020|||0"},
		{"as shown [1] and [2, 3] and [4–6].", "0:1|||||1 ; 1:2|||||2 ; 1:3|||||3 ; 2:4–6|||||4 ; 2:4–6|||||5 ; 2:4–6|||||6"},
		{"a claim[^7] and another²³", "0:7|||||7 ; 1:²³|||||23"},
		// not citations
		{"(122 و152 ملم)", ""},
		{"خلال الحرب الكورية (1950-1953).", ""},
		{"(منذ عام 2022)", ""},
		{"(شبه الجزيرة الكورية)", ""},
		{"(المادة 51 الخاصة بحق الدفاع عن النفس)", ""},
		{"Reuters. (2024, June 20). Title", ""},
		{"(https://example.org/2024)", ""},
		{"(www.example.org, 2024)", ""},
		{"[reuters.com](https://www.reuters.com)", ""},
		{"(1)", ""},
		{"(smith 2020)", ""},
		{"(2024)", ""},
		{"[ ]", ""},
		{"(", ""},
		{"(Smith, 2020", ""},
		{"[^1-3]", ""},
	}
	for _, tt := range tests {
		if got := brief(cite.ParseCitations(tt.in)); got != tt.want {
			t.Errorf("ParseCitations(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestCitationOffsets checks that Raw is the input at Start:End.
func TestCitationOffsets(t *testing.T) {
	s := "قال (Reuters, 2024b؛ East Asia Forum, 2024, p. 3) ثم [2, 5]."
	for _, c := range cite.ParseCitations(s) {
		if s[c.Start:c.End] != c.Raw {
			t.Errorf("%q at %d:%d is %q", c.Raw, c.Start, c.End, s[c.Start:c.End])
		}
		if !strings.Contains(s, c.GroupRaw) || !strings.Contains(c.GroupRaw, c.Raw) {
			t.Errorf("group %q does not hold %q", c.GroupRaw, c.Raw)
		}
	}
}

func TestParseReference(t *testing.T) {
	tests := []struct {
		in                                             string
		author, year, suffix, date, title, outlet, url string
		number                                         int
	}{
		{in: "- Reuters. (2024, December 5). North Korea-Russia treaty comes into force, KCNA says [reuters.com](https://www.reuters.com) [reuters.com](https://www.reuters.com).",
			author: "Reuters", year: "2024", date: "2024-12-05", title: "North Korea-Russia treaty comes into force, KCNA says", outlet: "reuters.com", url: "https://www.reuters.com"},
		{in: "Smith, J. A., & Jones, K. (2019a, March). Title of the work. Journal of Things. https://doi.org/10.1/x",
			author: "Smith, J. A., & Jones, K.", year: "2019", suffix: "a", date: "2019-03", title: "Title of the work", outlet: "Journal of Things", url: "https://doi.org/10.1/x"},
		{in: "The Kyiv Independent. (2025, July 13). N. Korea supplied Russia ~12 million artillery shells, says S. Korean intel.",
			author: "The Kyiv Independent", year: "2025", date: "2025-07-13", title: "N. Korea supplied Russia ~12 million artillery shells, says S. Korean intel"},
		{in: "رويترز. (2024، 5 ديسمبر). كوريا الشمالية وروسيا. رويترز.",
			author: "رويترز", year: "2024", date: "2024-12-05", title: "كوريا الشمالية وروسيا", outlet: "رويترز"},
		{in: "الجزيرة. (د.ت). عنوان المقال.", author: "الجزيرة", year: "n.d.", title: "عنوان المقال"},
		{in: "Wilson Center. 2024. Putin and Kim. Washington.", author: "Wilson Center", year: "2024", date: "2024", title: "Putin and Kim", outlet: "Washington"},
		{in: "[3] A. Smith, “On alliances,” Foreign Affairs, 2020.", number: 3, author: "A. Smith", year: "2020", date: "2020", title: "On alliances", outlet: "Foreign Affairs"},
		{in: "12. Jones, K. (2018, 1 كانون الثاني). عنوان.", number: 12, author: "Jones, K.", year: "2018", date: "2018-01-01", title: "عنوان"},
		{in: "just some text without a date", title: "just some text without a date"},
		{in: ""},
	}
	for _, tt := range tests {
		r := cite.ParseReference(tt.in)
		got := []string{r.Author, r.Year, r.Suffix, r.Date, r.Title, r.Outlet, r.URL, fmt.Sprint(r.Number)}
		want := []string{tt.author, tt.year, tt.suffix, tt.date, tt.title, tt.outlet, tt.url, fmt.Sprint(tt.number)}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("ParseReference(%q)\n got %q\nwant %q", tt.in, got, want)
		}
		if r.Raw != tt.in {
			t.Errorf("Raw %q, want the input", r.Raw)
		}
	}
}
