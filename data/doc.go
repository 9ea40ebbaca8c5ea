// Package data opens isnad's corpora — the five articles embedded in the
// binary, or any folder of .txt and .md files — and parses them into model
// values with stable ids.
//
// Parsing (ParseArticle) recovers what scraping and PDF export flattened:
// text decoded and normalised (UTF-8, NFC, line ends, control characters);
// paragraphs, with those cut by a page break joined again; headings with
// levels, list items, and web chrome or publisher furniture (breadcrumbs,
// bylines, follow-us prompts, contact footers) marked as boilerplate; then
// sections and sentences. The rules are generic: their word lists live in
// lexicon.yaml, never in the text of one article.
//
// Loading comes in two speeds. LoadDir and LoadEmbedded parse everything
// before returning, for tests and small corpora. Open and OpenEmbedded return
// a Library as soon as every article's metadata is known (from a catalog,
// front matter, or the first lines of the file) and count the articles in
// the background; the Library re-parses an article when it is asked for it,
// keeping only a few parsed articles in memory.
package data
