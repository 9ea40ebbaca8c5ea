// Package cite is isnad's sourcing layer: it answers "says who?" for every
// claim of an article. From a parsed model.Article it finds the in-text
// citations, the reference list, the attributions in running text and the
// claims they back, and returns them as a model.Sourcing; an Index gathers
// the sources of a whole corpus, one article at a time, with their
// backlinks. It imports only model (never data, which calls it), and all its
// word lists live in data files: lexicon/ar.yaml and lexicon/en.yaml
// (embedded; a corpus's sourcing.yaml replaces them) and the corpus's
// sources.yaml alias table, kept for what no rule can know (Reuters =
// رويترز).
//
// # Citations
//
// Author–year groups "(Reuters, 2024d؛ Al Jazeera, 2024)" with Latin or
// Arabic authors, separated by ";" or "؛", years 1500–2100 in ASCII or
// Arabic-Indic digits, suffixes a–z or أ ب ج د, "n.d."/"د.ت", page locators
// ("p. 12", "pp. 3–5", "ص 12"); numeric brackets "[2, 3]", "[4–6]"; footnote
// markers "[^4]" and superscript digits. A parenthesis is a citation group
// only if one of its parts is "Author, Year" (Arabic parts need the comma;
// "Smith 2020" passes without one because it is capitalised): "(1950-1953)",
// "(122 و152 ملم)", "(منذ عام 2022)", a URL, or the "(2024, June 20)" of a
// reference entry are not.
//
// # Resolution
//
// Authors match on their folded form (case, a leading "The", punctuation and
// Arabic letter variants do not count) but exactly: "Reuters" never matches
// "Reuters Graphics". For people, "Smith & Jones" and "Smith et al." match
// entries by surname. Then, with "same" the entries of the cited author and
// year:
//
//   - none: unresolved (the note says which years the author has, if any).
//   - the list carries its own suffixes ("2024a"): the entry with the
//     citation's suffix; none or several is unresolved or ambiguous.
//   - exactly one: resolved, whatever the suffix. A suffix past "a" then gets
//     a note, since the list seems to have lost the suffix's sibling; the
//     citation still leads to the only entry it can mean.
//   - several and no suffix: ambiguous, all of them candidates.
//   - several, a suffix, and the whole list is in APA order (author, year,
//     title): the suffix is the position among them; resolved.
//   - several, a suffix, and the list is in no APA order: ambiguous. Neither
//     list order nor APA's title order ties the suffix to one entry for
//     certain, so every same-author same-year entry is a candidate and
//     Readings record what each rule would pick (list order, APA title
//     order, date order) — never picked silently. In 000 this matters: the
//     text of "(Reuters, 2023a)" (Putin's satellite promise) fits the entry
//     both orders rank second.
//
// A reference is unused when no citation resolves to it and no ambiguous
// citation lists it as a candidate.
//
// # Attributions
//
// An attribution is one event of the adjudicated annotation rules
// (data/internal/realnews/GUIDELINES.md): a cue that puts content in a
// source's mouth, with the speaker exactly as written. Cues are reporting
// verbs in all their forms, generated from the families the lexicon lists
// (قال → قالت، يقولون، قائلاً، قوله; say → says, said, saying), verbal nouns
// with their subject (تأكيد الوزير), nominal phrases (بحسب، وفقاً لـ،
// according to), passives of speech (قيل، يُتهم) and quotations with no cue
// of their own continuing a speaker. A verb in another sense is none: after
// a determiner ("the said agreement"), before its object when it needs
// content ("AMR reported a loss", "تقدر قيمة المشروع"), negated, impersonal
// ("يذكر أن"), a homograph ("بين البلدين"). A cue inside a quotation or
// inside what an earlier cue of the sentence reports is nested speech and
// not counted. Arabic reads the speaker after the verb up to what was said,
// or to the end of its noun phrase; English before the verb back to its
// clause's start, or after it once a quotation is closed. Titles and names
// joined by a comma are one speaker; an apposition after a name is left
// out. The channel is kept beside the speaker ("نقلت وكالة X عن Y", "told
// the BBC", "لـ«سبق»"). See attrib.go, speaker_ar.go, speaker_en.go.
//
// # Sources
//
// Every speaker is an entity of the article, however written: with or
// without its titles, by surname alone, in another spelling of a
// transliterated name, inside quotation marks, or as a description pointing
// back ("the company", "الصحيفة البريطانية"). Pronouns and dropped subjects
// resolve to the last speaker they agree with, across paragraphs, and are
// marked Resolved with the attribution that named it. Kinds (person,
// government, organisation, outlet, document, anonymous) come from the
// lexicon's kind words. See entity.go and names.go.
//
// # Claims
//
// A claim is a body or list sentence with a citation, an attribution, a
// number, a written-out quantity or a date; questions without a source are
// not claims. Its status is the strongest sourcing it has: cited, attributed
// (a named speaker), anonymous, or unsourced.
package cite
