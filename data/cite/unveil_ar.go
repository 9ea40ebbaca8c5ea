package cite

// unveiledObject reports whether toks[j] is the object of the idiom of
// revealing, with its article and عن right after it: "الستار عن",
// "النقاب عن" (unveiled_objects).
func (f *finder) unveiledObject(toks []token, j int) bool {
	return j+1 < len(toks) && hasAl(&toks[j]) && toks[j+1].norm == "عن" && f.lex.unveiledObjects.has(toks[j].norm)
}
