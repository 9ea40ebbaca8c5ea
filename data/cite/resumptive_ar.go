package cite

// resumesSaid reports whether the pronoun right after the verb at toks[i]
// points back to what was said, so that the clause before is the content:
// "وهو ما اعترف به المدرب", "ما يؤكد عليه الوزير", "صرح بذلك المتحدث".
// A pronoun of place or medium (فيه، فيها) points back to a place, a
// document or an occasion, never to the words: "زارت الجمعية القرى ووجدت
// فيها بقايا حرائق" (found remains there), "في بيان أكد فيه" (what he said
// must still follow). A verb whose object may be what was said keeps the
// reading: "كلمة أكد فيها دعم المبادرة" reports with its object.
func (f *finder) resumesSaid(toks []token, i int, fam *family) bool {
	if i+1 >= len(toks) {
		return false
	}
	t := &toks[i+1]
	return f.lex.resumptives.has(t.norm) && (fam.objectContent || !f.lex.mediumPointers.has(t.norm))
}
