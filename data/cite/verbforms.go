package cite

import "strings"

// The surface forms generated from a verb family's principal parts: the
// Arabic third persons with their clitics, the English inflections.

// spellings gives a folded word and its spellings without hamza seats,
// which writers often drop: يؤكد (folded يءكد) is also written يوكد, قائلاً
// قايلاً. Fold has already made ؤ and ئ one ء; a final ء keeps its place.
func spellings(w string) []string {
	out := []string{w}
	if i := strings.Index(w, "ء"); i >= 0 && i+len("ء") < len(w) {
		out = append(out, strings.ReplaceAll(w, "ء", "و"), strings.ReplaceAll(w, "ء", "ي"))
	}
	return out
}

// arabicForms generates the third person forms of an Arabic family.
func arabicForms(s familySpec, put func(string, formKind, agreement, bool)) {
	if strings.HasSuffix(s.Noun, "ة") && Fold(s.Noun) != Fold(s.Participle)+"ه" {
		// "إشادة" folds as أشاده (praised him), which is never written
		// with ة: the verbal noun comes first (but "مطالبة" stays the
		// participle, مطالبةً).
		for _, noun := range spellings(Fold(s.Noun)) {
			put(noun, formMasdar, anyAgreement, false)
		}
	}
	for _, past := range spellings(Fold(s.Past)) {
		if past == "" {
			break
		}
		stem, last := cutLast(past)
		switch last {
		case "ي", "ا": // defective: نفى → نفت، نفوا; دعا → دعت، دعوا
			put(past, formPast, masculine, false)
			put(stem+"ت", formPast, feminine, false)
			put(stem+"وا", formPast, plural, false)
			put(stem+"تا", formPast, feminine, false)
			for _, o := range arObjects {
				put(stem+"ا"+o, formPast, masculine, true) // رآه، عزاه
				put(stem+"ت"+o, formPast, feminine, true)  // رأته، عزته
			}
		default:
			put(past, formPast, masculine, false)
			put(past+"ت", formPast, feminine, false)
			put(past+"وا", formPast, plural, false)
			if dualOK(s) {
				put(past+"ا", formPast, plural, false) // "وقالا", "وأضافا": two of them
			}
			put(past+"تا", formPast, feminine, false)
			for _, o := range arObjects {
				put(past+o, formPast, masculine, true)
				put(past+"ت"+o, formPast, feminine, true)
				put(past+"و"+o, formPast, plural, true)
			}
		}
	}
	for _, pres := range spellings(Fold(s.Present)) {
		if len(pres) < 2 || !strings.HasPrefix(pres, "ي") {
			break
		}
		rest := strings.TrimPrefix(pres, "ي")
		stem, last := cutLast(pres)
		put(pres, formPresent, masculine, false)
		put("ت"+rest, formPresent, feminine, false)
		put(pres+"ان", formPresent, plural, false)
		put("ت"+rest+"ان", formPresent, feminine, false)
		if last == "ي" || last == "و" { // ينفي، يدعو، يرى → ينفون، يدعون، يرون
			put(stem+"ون", formPresent, plural, false)
		} else {
			put(pres+"ون", formPresent, plural, false)
		}
		for _, o := range arObjects {
			put(pres+o, formPresent, masculine, true)
			put("ت"+rest+o, formPresent, feminine, true)
			if last == "ي" { // يرى → يراه، تراه
				put(stem+"ا"+o, formPresent, masculine, true)
				put("ت"+strings.TrimPrefix(stem, "ي")+"ا"+o, formPresent, feminine, true)
			}
		}
	}
	for _, part := range spellings(Fold(s.Participle)) {
		if part == "" {
			break
		}
		// Only the accusative of circumstance: مضيفاً، مضيفةً، قائلين. The
		// bare masculine (مؤكد "certain") is an adjective far more often.
		put(part+"ا", formParticiple, masculine, false)
		put(part+"ه", formParticiple, feminine, false)
		put(part+"ين", formParticiple, plural, false)
		put(part+"تين", formParticiple, feminine, false)
	}
	for _, pl := range spellings(Fold(s.PluralParticiple)) {
		if pl == "" {
			break
		}
		put(pl, formParticiple, plural, false) // "داعين": the ي of a defective root drops
	}
	for _, noun := range spellings(Fold(s.Noun)) {
		if noun == "" {
			break
		}
		put(noun, formMasdar, anyAgreement, false)
		if s.NounContent {
			continue // "إعلانها" is as often its advertisement: no owner to test as a source
		}
		stem := strings.TrimSuffix(noun, "ه") // إضافة → إضافته
		if stem != noun {
			stem += "ت"
		}
		put(stem+"ه", formNoun, masculine, false)
		put(stem+"ها", formNoun, feminine, false)
		put(stem+"هم", formNoun, plural, false)
		put(stem+"هما", formNoun, plural, false)
	}
}

// dualOK reports whether a family's masculine dual perfect (past + ا) is
// only the verb: not for a perfect of three letters (bar a hollow one,
// قال), whose letters spell a noun in the accusative too ("ذكرا", "نقلا
// عن", "ثمنا", "بينا"), nor a doubled one ("ردا على"), nor one of the form
// تفعّل, whose verbal noun it spells ("توقعا"), nor one marked no_dual; a
// family marked dual has it.
func dualOK(s familySpec) bool {
	if s.NoDual || strings.HasSuffix(s.Past, "ّ") {
		return false
	}
	if s.Dual {
		return true
	}
	f := []rune(Fold(s.Past))
	if len(f) <= 3 && !(len(f) == 3 && f[1] == 'ا') {
		return false // "ذكرا", "نقلا عن"; "بينا", "ثمنا" (بيّن، ثمّن); not the hollow قال
	}
	return !(f[0] == 'ت' && strings.ContainsRune(s.Past, 'ّ')) // "توقعا", "تعهدا": the verbal noun
}

// cutLast splits the last letter off a folded word.
func cutLast(w string) (stem, last string) {
	if w == "" {
		return "", ""
	}
	r := []rune(w)
	return string(r[:len(r)-1]), string(r[len(r)-1])
}

// englishForms generates says/said/saying from "say", unless given.
func englishForms(s familySpec, put func(string, formKind, agreement, bool)) {
	b := strings.ToLower(s.Base)
	third, past, ing := s.Third, s.Past, s.Ing
	consonantY := strings.HasSuffix(b, "y") && len(b) > 1 && !strings.ContainsAny(b[len(b)-2:len(b)-1], "aeiou")
	if third == "" {
		switch {
		case consonantY:
			third = b[:len(b)-1] + "ies"
		case strings.HasSuffix(b, "s"), strings.HasSuffix(b, "x"), strings.HasSuffix(b, "z"),
			strings.HasSuffix(b, "ch"), strings.HasSuffix(b, "sh"), strings.HasSuffix(b, "o"):
			third = b + "es"
		default:
			third = b + "s"
		}
	}
	if past == "" {
		switch {
		case strings.HasSuffix(b, "e"):
			past = b + "d"
		case consonantY:
			past = b[:len(b)-1] + "ied"
		default:
			past = b + "ed"
		}
	}
	if ing == "" {
		switch {
		case strings.HasSuffix(b, "ie"):
			ing = b[:len(b)-2] + "ying"
		case strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "ee"):
			ing = b[:len(b)-1] + "ing"
		default:
			ing = b + "ing"
		}
	}
	put(past, formPast, anyAgreement, false)
	put(third, formPresent, anyAgreement, false)
	put(b, formPresent, plural, false) // "analysts say"
	put(ing, formParticiple, anyAgreement, false)
}
