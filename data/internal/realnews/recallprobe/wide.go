package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/data/internal/realnews"
)

// wideVerbs pairs each reporting verb of GUIDELINES ("What is an event" and
// the adjudicated speech acts) with its imperfect, he-form. بيّن is left out:
// unvowelled it is the preposition بين.
var wideVerbs = [][2]string{
	{"قال", "يقول"}, {"أضاف", "يضيف"}, {"أكد", "يؤكد"}, {"أوضح", "يوضح"}, {"أشار", "يشير"},
	{"لفت", "يلفت"}, {"تابع", "يتابع"}, {"ذكر", "يذكر"}, {"صرح", "يصرح"}, {"أعلن", "يعلن"},
	{"نفى", "ينفي"}, {"حذر", "يحذر"}, {"شدد", "يشدد"}, {"اعتبر", "يعتبر"}, {"رأى", "يرى"},
	{"أفاد", "يفيد"}, {"كشف", "يكشف"}, {"نقل", "ينقل"}, {"روى", "يروي"}, {"طالب", "يطالب"},
	{"دعا", "يدعو"}, {"وصف", "يصف"}, {"أبلغ", "يبلغ"}, {"أردف", "يردف"}, {"توقع", "يتوقع"},
	{"اتهم", "يتهم"}, {"انتقد", "ينتقد"}, {"أدان", "يدين"}, {"ثمن", "يثمن"}, {"أشاد", "يشيد"},
	{"اعترف", "يعترف"}, {"رفض", "يرفض"}, {"عبر", "يعبر"}, {"أعرب", "يعرب"}, {"تمنى", "يتمنى"},
	{"حث", "يحث"}, {"ناشد", "يناشد"}, {"زعم", "يزعم"}, {"نوه", "ينوه"}, {"استطرد", "يستطرد"},
}

// otherSense are forms that, unvowelled, are mostly another word: "via",
// "transfer", "price", "student", "refusal", "mention", "amounts to", "it is
// worth noting". They are left out so that a sample reads real candidates.
var otherSense = []string{"عبر", "وعبر", "نقل", "ثمن", "طالب", "رفض", "ذكر", "كشف", "وصف",
	"يذكر", "ويذكر", "يبلغ", "ويبلغ", "تبلغ", "وتبلغ", "رأى"}

// wideForms is every folded form looked for with -anywhere: the past for
// he, she and they, the imperfect for he, she and they, bare or with و/ف.
func wideForms() map[string]bool {
	forms := map[string]bool{}
	for _, v := range wideVerbs {
		past, impf := v[0], v[1]
		stem := strings.TrimSuffix(strings.TrimSuffix(past, "ى"), "ا")
		pastWords := []string{past, stem + "ت", past + "وا"}
		if strings.HasSuffix(past, "ى") || strings.HasSuffix(past, "ا") {
			pastWords[2] = stem + "وا"
		}
		she := "ت" + strings.TrimPrefix(impf, "ي")
		they := impf + "ون"
		if strings.HasSuffix(impf, "ي") || strings.HasSuffix(impf, "و") || strings.HasSuffix(impf, "ى") {
			they = impf[:len(impf)-len("ي")] + "ون"
		}
		for _, w := range append(pastWords, impf, she, they) {
			for _, p := range []string{"", "و", "ف"} {
				forms[cite.Fold(p+w)] = true
			}
		}
	}
	for _, w := range otherSense {
		delete(forms, cite.Fold(w))
	}
	return forms
}

// dayWanted reports whether a day's zip name contains one of the
// comma-separated filters.
func dayWanted(name, filter string) bool {
	for _, f := range strings.Split(filter, ",") {
		if f != "" && strings.Contains(name, f) {
			return true
		}
	}
	return false
}

// withoutGold drops every article that has a gold file, of any split: the
// probe audits unannotated text only. Gold files are known by name alone
// (DAY-INDEX.yaml); none is opened.
func withoutGold(docs []realnews.Doc) []realnews.Doc {
	gold := map[string]bool{}
	if root, err := goldDir(); err == nil {
		names, _ := filepath.Glob(filepath.Join(root, "*.yaml"))
		for _, n := range names {
			stem := strings.TrimSuffix(filepath.Base(n), ".yaml")
			if i := strings.LastIndex(stem, "-"); i > 0 {
				gold["saudinewsnet/"+stem[:i]+".zip#"+stem[i+1:]] = true
			}
		}
	}
	var out []realnews.Doc
	for _, d := range docs {
		if !gold[d.Ref] {
			out = append(out, d)
		}
	}
	return out
}

// goldDir finds data/testdata/realgold/ar from the working directory up.
func goldDir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		p := filepath.Join(dir, "data", "testdata", "realgold", "ar")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, nil
		}
		if filepath.Dir(dir) == dir {
			return "", os.ErrNotExist
		}
	}
}
