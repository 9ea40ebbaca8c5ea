package arabic

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date read from text, as precise as the text was: a
// zero Day means the text gave a month, a zero Month a year.
type Date struct {
	Year, Month, Day int
	// From and To are the token span the date was read from.
	From, To int
	// Relative is set when the date was worked out against the reference
	// date: "يونيو الماضي", "العام الماضي", "يوم الخميس الماضي", or a day and
	// month without a year.
	Relative bool
	// Unresolved is set when the text is relative but there was no
	// reference date to resolve it against; Year, Month and Day are then
	// zero and Expr says what was written.
	Unresolved bool
	// Expr is the normalised text of the span.
	Expr string
}

// Precision of a date.
const (
	PrecYear  = 1
	PrecMonth = 2
	PrecDay   = 3
)

// Precision says how much the date gives: PrecYear, PrecMonth or PrecDay
// (0 for an unresolved date).
func (d Date) Precision() int {
	switch {
	case d.Unresolved || d.Year == 0:
		return 0
	case d.Month == 0:
		return PrecYear
	case d.Day == 0:
		return PrecMonth
	}
	return PrecDay
}

// Truncate drops what is finer than precision p.
func (d Date) Truncate(p int) Date {
	if p < PrecDay {
		d.Day = 0
	}
	if p < PrecMonth {
		d.Month = 0
	}
	return d
}

// String is the ISO form at the date's precision: "2024-06-19", "2024-06",
// "2024"; an unresolved date prints as "".
func (d Date) String() string {
	switch d.Precision() {
	case PrecYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// ParseISODate reads "2024", "2024-06" or "2024-06-19" (an article's
// Meta.Date); it reports false for anything else, the empty string included.
func ParseISODate(s string) (Date, bool) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v <= 0 {
			return Date{}, false
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if !valid(d) {
		return Date{}, false
	}
	return d, true
}

// valid checks month and day ranges, the length of the month included.
func valid(d Date) bool {
	if d.Year < 1000 || d.Year > 2999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Day > 0 {
		if d.Month == 0 {
			return false
		}
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Day
	}
	return true
}

func (d Date) time() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time, p int) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}.Truncate(p)
}
