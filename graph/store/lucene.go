package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds on what a search query may expand to, so any input stays cheap.
const (
	maxTerms   = 8
	maxTermLen = 40
)

// luceneSpecial are the characters with a meaning in Lucene query syntax.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// EscapeLucene backslash-escapes every Lucene special character in s.
func EscapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(luceneSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Terms splits free text into lower-case words of letters and digits, at
// most maxTerms of them, each cut to maxTermLen runes; everything else
// (punctuation, Lucene operators, quotes) separates words.
func Terms(input string) []string {
	words := strings.FieldsFunc(strings.ToLower(input), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if utf8.RuneCountInString(w) > maxTermLen {
			w = string([]rune(w)[:maxTermLen])
		}
		if seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
		if len(out) == maxTerms {
			break
		}
	}
	return out
}

// LuceneQuery turns free text into a safe Lucene query: each word matches
// exactly (boosted), as a prefix (search as you type) or, for longer words,
// with one edit; several words also match as a phrase (boosted most).
// Words are escaped, so the result parses whatever the input; "" means the
// input had no words.
func LuceneQuery(input string) string {
	terms := Terms(input)
	if len(terms) == 0 {
		return ""
	}
	var clauses []string
	for _, t := range terms {
		e := EscapeLucene(t)
		c := e + "^3 OR " + e + "*"
		if utf8.RuneCountInString(t) >= 5 {
			c += " OR " + e + "~1"
		}
		clauses = append(clauses, "("+c+")")
	}
	if len(terms) > 1 {
		var esc []string
		for _, t := range terms {
			esc = append(esc, EscapeLucene(t))
		}
		clauses = append(clauses, `"`+strings.Join(esc, " ")+`"^5`)
	}
	return strings.Join(clauses, " OR ")
}
