package arabic

import (
	"math"
	"strconv"
	"strings"
)

// Quantity is a number written in digits, scaled by the word after it when
// that word is a multiplier: "11 ألف" is 11000, "4 ملايين" is 4000000,
// "١٢٫٥ مليار" is 12500000000.
type Quantity struct {
	Value float64
	// From and To are token indexes: the number, and the multiplier when
	// there is one, are toks[From:To]. toks[To], when it exists, is the word
	// the quantity counts ("جندي", "قذيفة").
	From, To int
}

// String prints the value without exponent or trailing zeros: "11000", "2.5".
func (q Quantity) String() string { return FormatNumber(q.Value) }

// FormatNumber prints v the way facts print numbers.
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// multipliers maps the normalised multiplier words, singular, plural and
// dual-less forms, Arabic and English.
var multipliers = map[string]float64{
	"الف": 1e3, "الاف": 1e3, "الوف": 1e3, "thousand": 1e3, "thousands": 1e3,
	"مليون": 1e6, "ملايين": 1e6, "million": 1e6, "millions": 1e6,
	"مليار": 1e9, "مليارات": 1e9, "بليون": 1e9, "billion": 1e9, "bn": 1e9,
}

// Multiplier returns the factor of a normalised multiplier word, or 0.
func Multiplier(norm string) float64 { return multipliers[norm] }

// ParseNumber reads a normalised number token: ASCII digits with "," as the
// thousands separator (only when every group after it has three digits) and
// "." as the decimal point. A comma followed by anything else is a decimal
// comma ("2,5"). It reports false for anything that is not such a number.
func ParseNumber(norm string) (float64, bool) {
	if norm == "" || norm[0] < '0' || norm[0] > '9' {
		return 0, false
	}
	s := norm
	if strings.Contains(s, ",") {
		if thousandsGroups(s) {
			s = strings.ReplaceAll(s, ",", "")
		} else if !strings.Contains(s, ".") && strings.Count(s, ",") == 1 {
			s = strings.Replace(s, ",", ".", 1)
		} else {
			return 0, false
		}
	}
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// thousandsGroups reports whether every comma of s starts a group of
// exactly three digits (the part after a decimal point excepted).
func thousandsGroups(s string) bool {
	intPart, _, _ := strings.Cut(s, ".")
	groups := strings.Split(intPart, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// Quantities finds the numbers of a token list with their multipliers.
// Every number token that parses is reported, years and day numbers
// included: deciding what a number counts is the caller's job, done by
// looking at toks[q.To].
func Quantities(toks []Token) []Quantity {
	var out []Quantity
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != Number {
			continue
		}
		v, ok := ParseNumber(toks[i].Norm)
		if !ok {
			continue
		}
		q := Quantity{Value: v, From: i, To: i + 1}
		if i+1 < len(toks) {
			if m := multipliers[toks[i+1].Norm]; m != 0 {
				q.Value = v * m
				q.To = i + 2
			}
		}
		out = append(out, q)
		i = q.To - 1
	}
	return out
}
