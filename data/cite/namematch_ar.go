package cite

import (
	"strings"
	"unicode/utf8"
)

// bareFamily is a family name without its article, when what is left is a
// name of three letters or more: "اليماني" → "يماني".
func bareFamily(w string) string {
	if s, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(s) >= 3 {
		return s
	}
	return w
}

// sameGivenAndFamily reports whether two Arabic names of a person, of two
// words or more, share the given name and the family name, the article of
// the family name apart: Arabic news writes a family name with or without
// it ("فيصل اليماني", then "فيصل يماني"; "سامي الغامدي", "سامي غامدي"). A
// lineage between them may be left out ("محمد بن عبدالله المخرج").
func sameGivenAndFamily(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 || a[0] != b[0] {
		return false
	}
	return bareFamily(a[len(a)-1]) == bareFamily(b[len(b)-1])
}
