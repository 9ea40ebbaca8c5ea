package arabic

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary text to the tokeniser and the date and number
// readers: nothing may panic, offsets stay inside the text, every resolved
// date prints as a valid ISO date, every quantity is a finite non-negative
// number, and normalising twice changes nothing.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"في 19 يونيو/حزيران 2024، وقع بوتين",
		"يوم الخميس الماضي الموافق 7 نوفمبر 2024 أرسلت 11 ألف جندي",
		"31 تشرين الاول 2024 و١٢٫٥ مليار و۱۲ مليون",
		"في يونيو الماضي والعام المقبل وأمس",
		"25-4-2012 2024-06-19 19/6/2024 (1950-1953)",
		"December 5, 2024 — 10,000 troops",
		"\xff\xfe\x00ـــًا٬٫",
		"تحالفاً ٱلتحالف على مدى العام الماضي",
	} {
		f.Add(s)
	}
	ref, _ := ParseISODate("2024-11-12")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent on %q: %q then %q", s, n, Normalize(n))
		}
		toks := Tokenize(s)
		for _, tk := range toks {
			if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			if tk.Norm == "" || !utf8.ValidString(tk.Norm) {
				t.Fatalf("bad normal form %q of %q", tk.Norm, tk.Text)
			}
		}
		for _, r := range []Date{ref, {}} {
			for _, d := range Dates(s, toks, r) {
				if d.From < 0 || d.To > len(toks) || d.From >= d.To {
					t.Fatalf("date span %d:%d of %d tokens", d.From, d.To, len(toks))
				}
				if d.Unresolved {
					if d.String() != "" {
						t.Fatalf("unresolved date prints %q", d.String())
					}
					continue
				}
				if back, ok := ParseISODate(d.String()); !ok || back.String() != d.String() {
					t.Fatalf("date %q of %q is not valid ISO", d.String(), d.Expr)
				}
			}
		}
		for _, q := range Quantities(toks) {
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || q.Value < 0 || q.From >= q.To || q.To > len(toks) {
				t.Fatalf("bad quantity %+v", q)
			}
			if strings.ContainsAny(q.String(), "eE") {
				t.Fatalf("quantity prints with an exponent: %s", q.String())
			}
		}
	})
}
