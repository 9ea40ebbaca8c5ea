// Package data opens isnad's corpora — the five articles embedded in the
// binary, a folder of .txt and .md files, collections of articles (JSON
// arrays, JSON Lines, CSV), gzip files and zip archives of any of these —
// and parses them into model values with stable ids.
//
// Parsing (ParseArticle) recovers what scraping and PDF export flattened:
// text decoded and normalised (UTF-8, NFC, line ends, control characters and
// escape sequences); paragraphs, with those cut by a page break joined
// again; headings with levels, list items, and web chrome or publisher
// furniture (breadcrumbs, bylines, follow-us prompts, contact footers)
// marked as boilerplate; then sections and sentences. The rules are generic:
// their word lists live in lexicon.yaml, never in the text of one article.
//
// Loading comes in two speeds. LoadDir and LoadEmbedded parse everything
// before returning, for tests and small corpora. Open and OpenEmbedded return
// a Library as soon as every article's metadata is known (from a catalog,
// front matter, a record's fields, or the first lines of the text) and count
// the articles in the background; the Library re-reads and re-parses an
// article when it is asked for it, keeping only a few parsed articles in
// memory. A collection is read as a stream, a record at a time, never
// unpacked to disk: once at open time for the metadata, once by the
// background pass, and up to a record's offset when that article is asked
// for (collection.go).
//
// Input is untrusted: every read runs under a timeout (read.go), sizes are
// judged on what was read, catalog, front matter and metadata values are
// bounded, links out of the folder are not followed unless asked, and
// problem details are sanitised for a terminal.
package data
