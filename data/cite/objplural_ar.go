package cite

import "strings"

// obliquePluralObject reports whether the noun right after a perfect
// whose complement follows a preposition (طالب بـ، دعا إلى، حث على) is the
// one addressed: a people's sound plural in the oblique, which as the
// subject would end in ون — "حث المتدربين على الحضور", "دعا الصحافيين
// الأجانب إلى الحذر", "وطالب اللاعبين بالالتزام" (the subject dropped).
// Not when what was said opens right after it ("وأفاد الجزارين بأنهم",
// "ويرى المؤيدين أن": a subject written in the oblique), nor for a name
// met before ("البابطين").
func (f *finder) obliquePluralObject(toks []token, sp [2]int, vf verbForm, fam *family) bool {
	t := &toks[sp[0]]
	if vf.kind != formPast || vf.object || !fam.objectPrep || sp[1] >= len(toks) || !obliquePeople(t) ||
		f.metBefore(toks[sp[0]:sp[0]+1]) || f.opensContent(toks, sp[1]) {
		return false
	}
	return f.opensPrep(fam, toks, sp[1])
}

// obliquePeople reports whether t is a definite sound masculine plural in
// the oblique of a participle or a relative adjective, people: "المواطنين",
// "المتدربين", "الصحافيين", "اللاعبين".
func obliquePeople(t *token) bool {
	stem, ok := strings.CutPrefix(t.norm, "ال")
	if !ok || !strings.HasSuffix(stem, "ين") {
		return false
	}
	stem = strings.TrimSuffix(stem, "ين")
	r := []rune(stem)
	switch {
	case strings.HasSuffix(stem, "ي") && len(r) >= 4:
		return true // الصحافيين، الفلسطينيين
	case strings.HasPrefix(stem, "م") && len(r) >= 4:
		return true // المواطنين، المتدربين
	}
	return len(r) == 4 && r[1] == 'ا' // فاعلين: اللاعبين، العاملين
}
