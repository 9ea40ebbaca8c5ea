// Package cite is isnad's sourcing layer: it answers "says who?" for every
// claim of an article. From a parsed model.Article it finds the in-text
// citations, the reference list, the attributions in running text and the
// claims they back, and returns them as a model.Sourcing; an Index gathers
// the sources of a whole corpus, one article at a time, with their
// backlinks. It imports only model (never data, which calls it), and all its
// word lists live in data files: lexicon.yaml (embedded, replaceable per
// corpus) and the corpus's sources.yaml alias table.
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
// Cues are reporting verbs (with و/ف, feminine and plural forms), phrases
// (بحسب، وفقاً لـ، according to) and passives (قيل، تُتهم). The speaker is read
// after the verb (Arabic's verb–subject order), or right before it when a
// known name or vague noun stands there; titles, an appositive role after a
// comma, a quoted name and a channel ("تحدثوا إلى رويترز", "في “الغارديان”",
// "للصحفيين") are recognised. Verbs marked in the lexicon as needing content
// attribute only when "إن/أن", a colon or a quotation follows. Vague nouns
// (دبلوماسيون، تقارير، مصادر…) make an anonymous attribution whose source is
// the lexicon group ("anon-diplomats"). A cue without a speaker ("وقال:",
// "لكنهم قالوا") continues the paragraph's previous speaker, and so does a
// sentence inside a quotation opened after a cue (Carried, without a cue).
//
// # Claims
//
// A claim is a body or list sentence with a citation, an attribution, a
// number, a written-out quantity or a date; questions without a source are
// not claims. Its status is the strongest sourcing it has: cited, attributed
// (a named speaker), anonymous, or unsourced.
package cite
