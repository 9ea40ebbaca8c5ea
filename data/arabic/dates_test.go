package arabic

import (
	"strings"
	"testing"
)

func dateStrings(text, ref string) string {
	r, _ := ParseISODate(ref)
	var out []string
	for _, d := range Dates(text, Tokenize(text), r) {
		s := d.String()
		if d.Unresolved {
			s = "?" + d.Expr
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestDates(t *testing.T) {
	tests := []struct{ text, ref, want string }{
		// Latin-derived month names (Egypt, the Gulf)
		{"في 19 يونيو 2024 وقع", "", "2024-06-19"},
		{"يوم الأربعاء الموافق 19 يونيو 2024", "", "2024-06-19"},
		{"في أكتوبر 2024", "", "2024-10"},
		{"5 ديسمبر 2024", "", "2024-12-05"},
		{"في يناير ٢٠٢٥", "", "2025-01"},
		{"أغسطس 2023 وإبريل 2022", "", "2023-08 2022-04"},
		// Syriac names (the Levant, Iraq), one and two words
		{"31 تشرين الاول 2024", "", "2024-10-31"},
		{"19 تشرين الأول 2024", "", "2024-10-19"},
		{"تشرين الثاني 2023", "", "2023-11"},
		{"كانون الثاني 2024 وكانون الأول 2024", "", "2024-01 2024-12"},
		{"حزيران 2024 وآذار 2022 وآب 2021 وأيلول 2020", "", "2024-06 2022-03 2021-08 2020-09"},
		// the Maghreb's names, and Syriac ones without the article: the
		// shared calendar (data/calendar) gives every reader all of them
		{"5 جانفي 2024 و3 جويلية 2024", "", "2024-01-05 2024-07-03"},
		{"تشرين أول 2023", "", "2023-10"},
		// both traditions side by side count once
		{"ففي 19 يونيو/حزيران 2024،", "", "2024-06-19"},
		{"ففي شباط/فبراير 2024 أضاف", "", "2024-02"},
		{"تشرين الأول (أكتوبر) 2024", "", "2024-10"},
		// Arabic-Indic and Extended Arabic-Indic digits
		{"١٩ يونيو ٢٠٢٤", "", "2024-06-19"},
		{"۱۹ حزيران ۲۰۲۴", "", "2024-06-19"},
		// English
		{"5 December 2024", "", "2024-12-05"},
		{"December 5, 2024", "", "2024-12-05"},
		{"June 2024", "", "2024-06"},
		// bare years, ranges, numeric dates
		{"منذ عام 2022", "", "2022"},
		{"الحرب الكورية (1950-1953)", "", "1950 1953"},
		{"في 25-4-2012 بمدينة", "", "2012-04-25"},
		{"2024-06-19", "", "2024-06-19"},
		{"19/6/2024", "", "2024-06-19"},
		// not dates
		{"12 مليون قذيفة و 2000 ألف", "", ""},
		{"منذ 24 عاما", "", ""},
		// an impossible day keeps the month it names
		{"31 فبراير 2024", "", "2024-02"},
		{"he may come", "", ""},
		{"آب العائلة", "", ""},
		// relative to the article's date
		{"في يونيو الماضي", "2024-11-12", "2024-06"},
		{"في نوفمبر الماضي", "2024-11-12", "2023-11"},
		{"في مارس الماضي", "2024-11-12", "2024-03"},
		{"العام الماضي", "2024-11-12", "2023"},
		{"السنة الماضية", "2024-11-12", "2023"},
		{"العام المقبل", "2024-11-12", "2025"},
		{"الشهر الماضي", "2024-01-10", "2023-12"},
		{"يوم الخميس الماضي", "2024-11-12", "2024-11-07"},
		{"يوم الخميس الماضي", "2024-11-07", "2024-10-31"},
		{"أمس", "2024-03-01", "2024-02-29"},
		{"في أبريل", "2024-06-20", "2024-04"},
		{"في أبريل", "2024-03-20", "2023-04"},
		{"في 19 يونيو", "2024-11-12", "2024-06-19"},
		// today, tomorrow, a weekday alone (the latest on or before the
		// article's date: 2024-06-20 is a Thursday)
		{"وقع الرئيس اليوم", "2024-06-20", "2024-06-20"},
		{"يصل غداً", "2024-06-20", "2024-06-21"},
		{"وقع يوم الأربعاء المعاهدة", "2024-06-20", "2024-06-19"},
		{"وقع الخميس المعاهدة", "2024-06-20", "2024-06-20"},
		{"يلتقيان الأحد المقبل", "2024-06-20", "2024-06-23"},
		{"وقع يوم الأربعاء المعاهدة", "", "?يوم الاربعاء"},
		// English: relative words before the noun, dates without a year
		{"The treaty was signed on Wednesday", "2024-06-20", "2024-06-19"},
		{"He arrived yesterday and leaves today", "2024-06-20", "2024-06-19 2024-06-20"},
		{"It was ratified last year", "2024-11-12", "2023"},
		{"talks began last month", "2024-01-10", "2023-12"},
		{"signed last June", "2024-11-12", "2024-06"},
		{"to meet next Thursday", "2024-06-20", "2024-06-27"},
		{"met last Thursday", "2024-06-20", "2024-06-13"},
		{"signed on June 19 in Pyongyang", "2024-11-12", "2024-06-19"},
		{"signed in June", "2024-11-12", "2024-06"},
		{"June Carter sang", "2024-11-12", ""},
		{"over the last year", "2024-11-12", ""},
		{"a wednesday meeting", "2024-06-20", ""},
		{"On Wednesday, 19 June 2024, they signed", "", "2024-06-19"},
		// the explicit date after الموافق wins over the relative weekday
		{"يوم الخميس الماضي الموافق 7 نوفمبر 2024", "2024-11-20", "2024-11-07"},
		// a duration is not a date
		{"على مدى العام الماضي", "2024-11-12", ""},
		// no article date: said so
		{"في يونيو الماضي", "", "?يونيو الماضي"},
		{"العام الماضي", "", "?العام الماضي"},
		{"يوم الخميس الماضي", "2024-11", "?يوم الخميس الماضي"},
		{"في أبريل", "", "?ابريل"},
	}
	for _, tt := range tests {
		if got := dateStrings(tt.text, tt.ref); got != tt.want {
			t.Errorf("Dates(%q, ref %q) = %q, want %q", tt.text, tt.ref, got, tt.want)
		}
	}
}

func TestParseISODate(t *testing.T) {
	for _, s := range []string{"2024", "2024-06", "2024-06-19", "2024-02-29"} {
		d, ok := ParseISODate(s)
		if !ok || d.String() != s {
			t.Errorf("ParseISODate(%q) = %v %v", s, d, ok)
		}
	}
	for _, s := range []string{"", "24", "2024-13", "2023-02-29", "2024-06-19-1", "abcd", "2024--01"} {
		if _, ok := ParseISODate(s); ok {
			t.Errorf("ParseISODate(%q) should fail", s)
		}
	}
}

func TestDatePrecision(t *testing.T) {
	a, _ := ParseISODate("2024-06-19")
	b, _ := ParseISODate("2024-06")
	if p := min(a.Precision(), b.Precision()); a.Truncate(p).String() != b.Truncate(p).String() {
		t.Error("June 2024 and 2024-06-19 should agree at month precision")
	}
	c, _ := ParseISODate("2024-10")
	if p := min(a.Precision(), c.Precision()); a.Truncate(p).String() == c.Truncate(p).String() {
		t.Error("2024-06-19 and 2024-10 should differ")
	}
}

func TestQuantities(t *testing.T) {
	tests := []struct{ text, want string }{
		{"أرسلت 11 ألف جندي", "11000"},
		{"نحو 4 ملايين قذيفة", "4000000"},
		{"12 مليون قذيفة من عيار 152 ملم", "12000000 152"},
		{"٣ آلاف و١٢٫٥ مليار", "3000 12500000000"},
		{"۲ مليون", "2000000"},
		{"10,000 troops and 1.5 million shells", "10000 1500000"},
		{"2,5 مليون", "2500000"},
		{"١٠٬٠٠٠ جندي", "10000"},
		{"آلاف القوات", ""},
		{"1,2,3", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Quantities(Tokenize(tt.text)) {
			got = append(got, q.String())
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Quantities(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

func TestQuantityUnit(t *testing.T) {
	toks := Tokenize("أرسلت كوريا الشمالية 11 ألف جندي إلى روسيا")
	qs := Quantities(toks)
	if len(qs) != 1 || toks[qs[0].To].Norm != "جندي" {
		t.Fatalf("want one quantity counting جندي, got %+v", qs)
	}
}
