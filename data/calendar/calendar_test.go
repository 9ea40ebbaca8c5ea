package calendar

import (
	"strings"
	"testing"
)

func TestEmbedded(t *testing.T) {
	months := map[int][]string{}
	for _, n := range Months() {
		if n.Value < 1 || n.Value > 12 || strings.TrimSpace(n.Text) != n.Text || n.Text == "" {
			t.Errorf("bad month name %+v", n)
		}
		months[n.Value] = append(months[n.Value], n.Text)
	}
	// Every month has an Egyptian/Gulf name, a Levantine one and an
	// English one: the three traditions the readers must all know.
	want := map[int][]string{
		1: {"يناير", "كانون الثاني", "january"}, 4: {"أبريل", "نيسان", "april"},
		10: {"أكتوبر", "تشرين الأول", "october"}, 11: {"نوفمبر", "تشرين الثاني", "november"},
		12: {"ديسمبر", "كانون الأول", "december"},
	}
	for m, ws := range want {
		for _, w := range ws {
			if !contains(months[m], w) {
				t.Errorf("month %d lacks %q: %v", m, w, months[m])
			}
		}
	}
	days := map[int]int{}
	for _, n := range Weekdays() {
		days[n.Value]++
	}
	if len(days) != 7 {
		t.Errorf("weekdays: %v", days)
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{
		"months: {1: {names: [x]}}",
		"months: {1: {names: [x], ambiguous: [y]}}",
		"months: [",
	} {
		if _, err := parse([]byte(bad)); err == nil {
			t.Errorf("parse(%q): no error", bad)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
