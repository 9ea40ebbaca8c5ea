package arabic

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/isnad/isnad/data/calendar"
)

// monthName is a month name from data/calendar, normalised and split into
// words: "تشرين الاول" is two.
type monthName struct {
	words     []string
	month     int
	ambiguous bool
}

// calendarNames indexes the month names of data/calendar by their first
// normalised word, and the weekdays by theirs.
var calendarNames = sync.OnceValues(func() (map[string][]monthName, map[string]time.Weekday) {
	months := map[string][]monthName{}
	for _, n := range calendar.Months() {
		ws := strings.Fields(Normalize(n.Text))
		if len(ws) == 0 {
			continue
		}
		months[ws[0]] = append(months[ws[0]], monthName{ws, n.Value, n.Ambiguous})
	}
	days := map[string]time.Weekday{}
	for _, n := range calendar.Weekdays() {
		days[Normalize(n.Text)] = time.Weekday(n.Value)
	}
	return months, days
})

// relWords are the relative-date words of data/calendar, normalised.
type relWords struct {
	past, next, year, month, week, today, yesterday, tomorrow, day, duration, monthLead map[string]bool
}

var relative = sync.OnceValue(func() *relWords {
	r := calendar.RelativeWords()
	norm := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[Normalize(w)] = true
		}
		return m
	}
	return &relWords{
		past: norm(r.Past), next: norm(r.Next), year: norm(r.Year), month: norm(r.Month),
		week: norm(r.Week), today: norm(r.Today), yesterday: norm(r.Yesterday),
		tomorrow: norm(r.Tomorrow), day: norm(r.Day), duration: norm(r.Duration),
		monthLead: norm(r.MonthLead),
	}
})

// month reads a month name at toks[i], one word or two ("تشرين الأول",
// "كانون ثاني"), maybe with a conjunction or preposition written on it
// ("وإبريل", "بيونيو"). It returns the month, the index after the name and
// whether the name is also a common word, or 0.
func month(toks []Token, i int) (m, next int, ambiguous bool) {
	months, _ := calendarNames()
	w := toks[i].Norm
	for _, cand := range [2]string{w, stripClitic(w)} {
		best := monthName{}
		for _, n := range months[cand] {
			if len(n.words) > len(best.words) && i+len(n.words) <= len(toks) && wordsAt(toks, i+1, n.words[1:]) {
				best = n
			}
		}
		if best.month != 0 {
			return best.month, i + len(best.words), best.ambiguous
		}
	}
	return 0, i, false
}

// stripClitic is w without a leading و ف ب or ل, or "".
func stripClitic(w string) string {
	if r, size := utf8.DecodeRuneInString(w); strings.ContainsRune("وفبل", r) && len(w) > size {
		return w[size:]
	}
	return ""
}

func wordsAt(toks []Token, i int, ws []string) bool {
	for k, w := range ws {
		if toks[i+k].Norm != w {
			return false
		}
	}
	return true
}

// weekday reads a weekday name.
func weekday(w string) (time.Weekday, bool) {
	_, days := calendarNames()
	d, ok := days[w]
	return d, ok
}

// monthAt is month() followed by an optional second name of the same
// month in the other tradition ("يونيو/حزيران", "شباط/فبراير").
func monthAt(toks []Token, i int) (m, next int, ambiguous bool) {
	m, j, amb := month(toks, i)
	if m == 0 {
		return 0, i, false
	}
	if j < len(toks) {
		if m2, k, _ := month(toks, j); m2 == m {
			j = k
		}
	}
	return m, j, amb
}

func intToken(t Token, maxDigits int) (int, bool) {
	if t.Kind != Number || len(t.Norm) > maxDigits {
		return 0, false
	}
	v, err := strconv.Atoi(t.Norm)
	return v, err == nil
}

func year(toks []Token, i int) (int, bool) {
	if i >= len(toks) || len(toks[i].Norm) != 4 {
		return 0, false
	}
	y, ok := intToken(toks[i], 4)
	return y, ok && y >= 1000 && y <= 2999
}

// Dates reads the dates of a token list (tokens of text). ref is the
// reference date for relative expressions, normally the article's date; a
// zero ref leaves them Unresolved. Recognised:
//
//	19 يونيو 2024, 19 يونيو/حزيران 2024, 31 تشرين الاول 2024, 5 December 2024
//	يونيو 2024, شباط/فبراير 2024, December 2024
//	2024 (a four-digit number from 1900 to 2100 not followed by a multiplier)
//	25-4-2012, 2024-06-19, 19/6/2024 (numbers joined by - / or . in text)
//	يونيو الماضي, الشهر الماضي, العام الماضي, العام المقبل, يوم الخميس الماضي
//	19 يونيو, في أبريل (no year: the latest such date not after ref)
//
// A weekday followed by "الموافق" and a full date gives just that date. In-text
// citations are the caller's to skip.
func Dates(text string, toks []Token, ref Date) []Date {
	var out []Date
	for i := 0; i < len(toks); {
		d, ok := dateAt(text, toks, i, ref)
		if !ok {
			i++
			continue
		}
		d.Expr = joinNorm(toks[d.From:d.To])
		out = append(out, d)
		i = d.To
	}
	return out
}

func dateAt(text string, toks []Token, i int, ref Date) (Date, bool) {
	t := toks[i]
	if t.Kind == Number {
		return numericDate(text, toks, i, ref)
	}
	rw := relative()
	if m, j, amb := monthAt(toks, i); m != 0 {
		if j < len(toks) {
			if day, ok := intToken(toks[j], 2); ok {
				if y, ok := year(toks, j+1); ok { // "December 5, 2024"
					return checked(Date{Year: y, Month: m, Day: day, From: i, To: j + 2})
				}
				if day >= 1 && day <= 31 && !amb && (j+1 >= len(toks) || toks[j+1].Kind != Number) {
					return yearless(Date{Month: m, Day: day}, ref, i, j+1), true // "June 19"
				}
			}
		}
		if y, ok := year(toks, j); ok {
			return checked(Date{Year: y, Month: m, From: i, To: j + 1})
		}
		if j < len(toks) && (rw.past[toks[j].Norm] || rw.next[toks[j].Norm]) {
			return relMonth(m, rw.past[toks[j].Norm], ref, i, j+1), true
		}
		if amb || !isArabicWord(t) && (i == 0 || !rw.monthLead[toks[i-1].Norm]) {
			return Date{}, false
		}
		return yearless(Date{Month: m}, ref, i, j), true
	}
	switch {
	case rw.yesterday[t.Norm]:
		return shift(ref, PrecDay, -1, i, i+1), true
	case rw.tomorrow[t.Norm]:
		return shift(ref, PrecDay, 1, i, i+1), true
	case rw.today[t.Norm]:
		return shift(ref, PrecDay, 0, i, i+1), true
	}
	if wd, ok := weekday(t.Norm); ok {
		return weekdayDate(toks, i, wd, ref)
	}
	if i+1 >= len(toks) {
		return Date{}, false
	}
	next := toks[i+1].Norm
	// "على مدى العام الماضي", "over the last year": a duration.
	duration := i > 0 && rw.duration[toks[i-1].Norm] || i > 1 && toks[i-1].Norm == "the" && rw.duration[toks[i-2].Norm]
	// Arabic order: the noun, then the relative word ("العام الماضي").
	if past, future := rw.past[next], rw.next[next]; (past || future) && !duration {
		step := 1
		if past {
			step = -1
		}
		switch {
		case rw.year[t.Norm]:
			return shift(ref, PrecYear, step, i, i+2), true
		case rw.month[t.Norm]:
			return shift(ref, PrecMonth, step, i, i+2), true
		}
	}
	// English order: the relative word, then the noun ("last year", "next
	// June", "last Thursday").
	if past, future := rw.past[t.Norm], rw.next[t.Norm]; (past || future) && !duration {
		step := 1
		if past {
			step = -1
		}
		switch {
		case rw.year[next]:
			return shift(ref, PrecYear, step, i, i+2), true
		case rw.month[next]:
			return shift(ref, PrecMonth, step, i, i+2), true
		}
		if m, j, _ := monthAt(toks, i+1); m != 0 {
			return relMonth(m, past, ref, i, j), true
		}
		if wd, ok := weekday(next); ok {
			if past {
				return lastWeekday(wd, ref, i, i+2), true
			}
			return nextWeekday(wd, ref, i, i+2), true
		}
	}
	return Date{}, false
}

// weekdayDate reads a weekday at toks[i]: "يوم الخميس الماضي", "الأربعاء",
// "on Wednesday", "Friday". A weekday followed by an explicit date ("الأربعاء
// الموافق 19 يونيو", "Wednesday, 19 June") gives nothing: the date is read on
// its own. A weekday alone is the latest such day on or before ref, a news
// story's usual meaning.
func weekdayDate(toks []Token, i int, wd time.Weekday, ref Date) (Date, bool) {
	rw := relative()
	from, to := i, i+1
	if i > 0 && rw.day[toks[i-1].Norm] {
		from = i - 1
	}
	if to < len(toks) && toks[to].Norm == "الموافق" || to < len(toks) && toks[to].Kind == Number {
		return Date{}, false
	}
	past, future := false, false
	if to < len(toks) {
		past, future = rw.past[toks[to].Norm], rw.next[toks[to].Norm]
	}
	if past || future {
		to++
		if to < len(toks) && toks[to].Norm == "الموافق" {
			return Date{}, false
		}
	}
	// An English weekday counts when capitalised or after "on".
	if !isArabicWord(toks[i]) && from == i && !capitalised(toks[i].Text) {
		return Date{}, false
	}
	switch {
	case past:
		return lastWeekday(wd, ref, from, to), true
	case future:
		return nextWeekday(wd, ref, from, to), true
	}
	return recentWeekday(wd, ref, from, to), true
}

func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// numericDate reads a date that starts with a number: a day and a month
// name, a numeric date, or a bare year.
func numericDate(text string, toks []Token, i int, ref Date) (Date, bool) {
	if d, ok := joinedDate(text, toks, i); ok {
		return d, true
	}
	if day, ok := intToken(toks[i], 2); ok && i+1 < len(toks) {
		if m, j, _ := monthAt(toks, i+1); m != 0 {
			if y, ok := year(toks, j); ok {
				return checked(Date{Year: y, Month: m, Day: day, From: i, To: j + 1})
			}
			if day >= 1 && day <= 31 {
				return yearless(Date{Month: m, Day: day}, ref, i, j), true
			}
		}
	}
	if y, ok := year(toks, i); ok && y >= 1900 && y <= 2100 {
		if i+1 < len(toks) && Multiplier(toks[i+1].Norm) != 0 {
			return Date{}, false
		}
		return Date{Year: y, From: i, To: i + 1}, true
	}
	return Date{}, false
}

// joinedDate reads D-M-YYYY, D/M/YYYY, D.M.YYYY and YYYY-MM-DD: three
// numbers joined in the text by one separator each.
func joinedDate(text string, toks []Token, i int) (Date, bool) {
	if i+2 >= len(toks) || toks[i+1].Kind != Number || toks[i+2].Kind != Number {
		return Date{}, false
	}
	sep := between(text, toks[i], toks[i+1])
	if (sep != "-" && sep != "/" && sep != ".") || between(text, toks[i+1], toks[i+2]) != sep {
		return Date{}, false
	}
	a, ok1 := intToken(toks[i], 4)
	b, ok2 := intToken(toks[i+1], 2)
	c, ok3 := intToken(toks[i+2], 4)
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false
	}
	var d Date
	switch {
	case len(toks[i].Norm) == 4:
		d = Date{Year: a, Month: b, Day: c}
	case len(toks[i+2].Norm) == 4:
		d = Date{Year: c, Month: b, Day: a}
	default:
		return Date{}, false
	}
	d.From, d.To = i, i+3
	return checked(d)
}

func between(text string, a, b Token) string {
	if a.End > b.Start || b.Start > len(text) {
		return ""
	}
	return text[a.End:b.Start]
}

func checked(d Date) (Date, bool) { return d, valid(d) }

func isArabicWord(t Token) bool { return hasArabic(t.Norm) }

// yearless resolves a month (and day) written without a year to the latest
// such date not after ref.
func yearless(d Date, ref Date, from, to int) Date {
	d.From, d.To, d.Relative = from, to, true
	if ref.Year == 0 {
		return unresolved(from, to)
	}
	d.Year = ref.Year
	if d.Month > ref.Month || (d.Month == ref.Month && d.Day > 0 && ref.Day > 0 && d.Day > ref.Day) {
		d.Year--
	}
	if !valid(d) {
		return unresolved(from, to)
	}
	return d
}

// relMonth resolves "يونيو الماضي" (the last June strictly before ref's
// month) and "يونيو المقبل".
func relMonth(m int, past bool, ref Date, from, to int) Date {
	if ref.Year == 0 || ref.Month == 0 {
		return unresolved(from, to)
	}
	y := ref.Year
	if past && m >= ref.Month {
		y--
	}
	if !past && m <= ref.Month {
		y++
	}
	return Date{Year: y, Month: m, From: from, To: to, Relative: true}
}

// shift resolves "العام الماضي", "الشهر المقبل", "أمس", "اليوم": ref moved
// by step units at precision p.
func shift(ref Date, p int, step int, from, to int) Date {
	if ref.Precision() < p {
		return unresolved(from, to)
	}
	t := ref.time()
	switch p {
	case PrecYear:
		t = t.AddDate(step, 0, 0)
	case PrecMonth:
		t = time.Date(t.Year(), t.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
	default:
		t = t.AddDate(0, 0, step)
	}
	d := fromTime(t, p)
	d.From, d.To, d.Relative = from, to, true
	return d
}

// lastWeekday resolves "يوم الخميس الماضي", "last Thursday": the latest
// such weekday strictly before ref.
func lastWeekday(wd time.Weekday, ref Date, from, to int) Date {
	return weekdayFrom(wd, ref, -1, -1, from, to)
}

// recentWeekday resolves "يوم الأربعاء", "on Wednesday": the latest such
// weekday on or before ref.
func recentWeekday(wd time.Weekday, ref Date, from, to int) Date {
	return weekdayFrom(wd, ref, 0, -1, from, to)
}

// nextWeekday resolves "الخميس المقبل", "next Thursday": the first such
// weekday after ref.
func nextWeekday(wd time.Weekday, ref Date, from, to int) Date {
	return weekdayFrom(wd, ref, 1, 1, from, to)
}

// weekdayFrom walks from ref+start by step days to the first day wd.
func weekdayFrom(wd time.Weekday, ref Date, start, step int, from, to int) Date {
	if ref.Precision() < PrecDay {
		return unresolved(from, to)
	}
	t := ref.time().AddDate(0, 0, start)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, step)
	}
	d := fromTime(t, PrecDay)
	d.From, d.To, d.Relative = from, to, true
	return d
}

func unresolved(from, to int) Date {
	return Date{From: from, To: to, Relative: true, Unresolved: true}
}

func joinNorm(toks []Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}
