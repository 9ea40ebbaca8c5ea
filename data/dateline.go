package data

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseDateLine reads a line that holds nothing but a date, as datelines and
// article headers do: "31 تشرين الاول 2024", "الخميس 7 نوفمبر 2024",
// "2024-10-31", "31/10/2024", "May 3, 2024". ok says the line is a date line;
// iso is its YYYY-MM-DD when day, month and year are all there and valid.
// f is folded text (see fold).
func parseDateLine(f string) (iso string, ok bool) {
	lx := rules()
	toks := strings.FieldsFunc(f, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("/-.,،:–", r)
	})
	if len(toks) == 0 || len(toks) > 8 {
		return "", false
	}
	var nums []int
	var numLens []int
	month := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) {
			if m := lx.months[t+" "+toks[i+1]]; m > 0 && (month == 0 || m == month) {
				month = m
				i++
				continue
			}
		}
		if m := lx.months[t]; m > 0 && (month == 0 || m == month) {
			month = m // "يونيو/حزيران": the same month in both traditions
			continue
		}
		if n, ok := atoiAnyDigits(t); ok && utf8.RuneCountInString(t) <= 4 {
			nums = append(nums, n)
			numLens = append(numLens, len([]rune(t)))
			continue
		}
		if lx.fillers[t] {
			continue
		}
		return "", false
	}
	var y, m, d int
	switch {
	case month > 0 && len(nums) == 2:
		// "31 تشرين الاول 2024" or "May 3 2024"
		m = month
		if numLens[0] == 4 {
			y, d = nums[0], nums[1]
		} else {
			d, y = nums[0], nums[1]
		}
	case month > 0 && len(nums) == 1 && numLens[0] == 4:
		return "", true // month and year only
	case month == 0 && len(nums) == 3:
		if numLens[0] == 4 {
			y, m, d = nums[0], nums[1], nums[2]
		} else {
			d, m, y = nums[0], nums[1], nums[2]
		}
	default:
		return "", false
	}
	if y < 1000 || y > 2999 {
		return "", false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return "", month > 0
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// atoiAnyDigits reads a number written in ASCII, Arabic-Indic or Eastern
// Arabic-Indic digits.
func atoiAnyDigits(s string) (int, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		default:
			return 0, false
		}
	}
	n, err := strconv.Atoi(b.String())
	return n, err == nil
}
