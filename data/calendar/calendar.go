// Package calendar holds the names of months and weekdays every date
// reader of isnad uses, from one data file (calendar.yaml): Arabic in both
// traditions (Gregorian transliterations, Levantine/Syriac names, the
// Maghreb's), and English. Names come as written in the file; each reader
// folds them the way it folds text.
package calendar

import (
	_ "embed"
	"fmt"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed calendar.yaml
var calendarYAML []byte

// Name is a month or weekday name: Value is the month (1–12) or the weekday
// (0 Sunday – 6 Saturday); Ambiguous says the name is also a common word and
// names a month only next to a number.
type Name struct {
	Text      string
	Value     int
	Ambiguous bool
}

type file struct {
	Months map[int]struct {
		Names     []string `yaml:"names"`
		Ambiguous []string `yaml:"ambiguous"`
	} `yaml:"months"`
	Weekdays map[int][]string `yaml:"weekdays"`
	Relative Relative         `yaml:"relative"`
}

// Relative holds the words of relative dates; see calendar.yaml.
type Relative struct {
	Past      []string `yaml:"past"`
	Next      []string `yaml:"next"`
	Year      []string `yaml:"year"`
	Month     []string `yaml:"month"`
	Week      []string `yaml:"week"`
	Today     []string `yaml:"today"`
	Yesterday []string `yaml:"yesterday"`
	Tomorrow  []string `yaml:"tomorrow"`
	Day       []string `yaml:"day"`
	Duration  []string `yaml:"duration"`
	MonthLead []string `yaml:"month_lead"`
}

type parsedFile struct {
	names    [2][]Name
	relative Relative
}

var parsed = sync.OnceValues(func() (*parsedFile, error) { return parse(calendarYAML) })

func parse(b []byte) (*parsedFile, error) {
	var f file
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	var out [2][]Name
	for m := 1; m <= 12; m++ {
		e, ok := f.Months[m]
		if !ok || len(e.Names) == 0 {
			return nil, fmt.Errorf("month %d: no names", m)
		}
		amb := map[string]bool{}
		for _, a := range e.Ambiguous {
			amb[a] = true
		}
		for _, n := range e.Names {
			out[0] = append(out[0], Name{n, m, amb[n]})
			delete(amb, n)
		}
		for a := range amb {
			return nil, fmt.Errorf("month %d: ambiguous %q is not one of its names", m, a)
		}
	}
	if len(f.Months) != 12 {
		return nil, fmt.Errorf("%d months, want 12", len(f.Months))
	}
	for d := 0; d <= 6; d++ {
		ns := f.Weekdays[d]
		if len(ns) == 0 {
			return nil, fmt.Errorf("weekday %d: no names", d)
		}
		for _, n := range ns {
			out[1] = append(out[1], Name{Text: n, Value: d})
		}
	}
	if len(f.Weekdays) != 7 {
		return nil, fmt.Errorf("%d weekdays, want 7", len(f.Weekdays))
	}
	if len(f.Relative.Past) == 0 || len(f.Relative.Next) == 0 || len(f.Relative.Year) == 0 {
		return nil, fmt.Errorf("relative: past, next and year words are required")
	}
	return &parsedFile{out, f.Relative}, nil
}

func mustParsed() *parsedFile {
	p, err := parsed()
	if err != nil {
		panic("calendar: embedded calendar.yaml: " + err.Error()) // caught by every test
	}
	return p
}

func names(k int) []Name { return mustParsed().names[k] }

// RelativeWords returns the words of relative dates, as written in the file.
func RelativeWords() Relative { return mustParsed().relative }

// Months returns every month name, file order. The slice is shared: do not
// modify it.
func Months() []Name { return names(0) }

// Weekdays returns every weekday name, file order. The slice is shared: do
// not modify it.
func Weekdays() []Name { return names(1) }
