// Package text turns files on disk into clean kg.Document values, before
// any entity recognition: all offsets the extractor produces are code point
// offsets into Document.Text, so decoding and clean-up happen here first.
//
// Entry points:
//
//   - Read walks files and directories and returns one Document per text
//     (per line for JSON Lines), with every failing file reported and
//     skipped.
//   - Decode turns bytes into NFC text with \n line endings.
//   - Analyze (and its shorthands Clean and Meta) removes page chrome and
//     finds the title, the publication date and a date hint.
//   - ParseDate, FindDates, Month and ResolvePartial are the date parser,
//     with the one table of Bulgarian and English month names.
//
// Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and
// BOM-less 8-bit Cyrillic. Invalid UTF-8 counts as Cyrillic only when its
// high bytes are mostly letters standing in runs (words), which rules out
// Latin-1 and damaged UTF-8. windows-1251 and KOI8-R put the same letters
// in swapped cases, so the reading with more lower-case letters wins; on
// natural text that tells them apart reliably (a tie goes to windows-1251,
// the common one for Bulgarian).
//
// Clean-up works on lines and only on patterns of page furniture, never on
// a site's strings: lone counters and times, buttons and menus ("Покажи
// всички", "Оставете коментар", "Read more"), last-modified stamps, image
// file names, logo alt texts, language switchers, share and pager rows,
// breadcrumbs, tracker and copyright footers, author credits, bylines
// (reduced to their date), and listings of other articles: the page title
// printed twice around a listing, a run of headline+date pairs ending in
// "Покажи всички", or a "Свързани статии" heading with the items under it.
// Running text (more than 30 words on a line) is never dropped.
//
// Document IDs come from the path, not the content (see Read), so an edited
// text keeps its id while its Hash (sha256 of Text) changes.
package text
