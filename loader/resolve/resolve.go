// Package resolve turns surface names into comparison keys and stable ids, so
// that variants of one name (definite article, case, quotes, dashes, script)
// meet, while names that differ in a real word stay apart.
package resolve

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/translit"
)

// quoteRunes are the quotation marks Bulgarian text uses around names.
const quoteRunes = "„“”\"«»‘’‚'`"

// IsQuote reports whether r is one of the quotation marks names are wrapped
// in (quoteRunes). A switch, not a search of quoteRunes: the extractor asks
// it of every rune of the names it strips of quotes.
func IsQuote(r rune) bool {
	switch r {
	case '„', '“', '”', '"', '«', '»', '‘', '’', '‚', '\'', '`':
		return true
	}
	return false
}

// Lower is strings.ToLower, faster on the Cyrillic and ASCII letters the
// texts are written in: their cases are looked up by range instead of in
// Unicode's case tables, which the extractor's names and words pay for at
// every rune. Other runes, and invalid UTF-8, go as in strings.ToLower.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Map(lowerRune, s)
		}
	}
	return strings.ToLower(s) // ASCII: its own fast path
}

// lowerRune is unicode.ToLower.
func lowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case 0x430 <= r && r <= 0x45f: // Cyrillic lower case
		return r
	case 0x410 <= r && r <= 0x42f: // А–Я
		return r + 0x20
	case 0x400 <= r && r <= 0x40f: // Ѐ–Џ
		return r + 0x50
	}
	return unicode.ToLower(r)
}

// IsDash reports whether r is a hyphen or dash.
func IsDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‒', '−', '‐', '‑':
		return true
	}
	return false
}

// Clean is the display form of a surface name: spaces collapsed, surrounding
// quotes and punctuation trimmed, a dash between numbers written as "-"
// ("2014 – 2020" → "2014-2020").
func Clean(s string) string {
	f := strings.Fields(s)
	s = strings.Join(f, " ")
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if IsDash(r) {
			// a dash between digits, spaced or not, becomes a plain hyphen
			j := len(out) - 1
			for j >= 0 && out[j] == ' ' {
				j--
			}
			k := i + 1
			for k < len(rs) && rs[k] == ' ' {
				k++
			}
			if j >= 0 && k < len(rs) && unicode.IsDigit(out[j]) && unicode.IsDigit(rs[k]) {
				out = append(out[:j+1], '-')
				i = k - 1
				continue
			}
		}
		out = append(out, r)
	}
	s = string(out)
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || IsQuote(r) || strings.ContainsRune(",;:–—-.()", r)
	})
}

// Key is the comparison key of a name: lower case, without quotes and
// punctuation, every word stripped of its definite article, transliterated to
// Latin so that a name written in either script meets the other.
func Key(name string) string {
	name = Clean(name)
	var words []string
	for _, w := range strings.FieldsFunc(Lower(name), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '&' || r == '+')
	}) {
		w = strings.Trim(w, "-")
		if w == "" {
			continue
		}
		words = append(words, Stem(w))
	}
	return translit.Key(strings.Join(words, " "))
}

// Stem strips the endings that Bulgarian inflection and the definite article
// add to a word (клъстерите → клъстери, асоциацията → асоциация, Европейския →
// Европейски, клъстерът/клъстера → клъстер). It is used for keys only, and is
// applied to every variant alike, so an over-eager cut costs nothing but a
// rare false match.
func Stem(w string) string {
	rs := []rune(Lower(w))
	if len(rs) < 4 || !isCyr(rs[len(rs)-1]) {
		return string(rs)
	}
	// first the article, then the short-article or feminine ending left under it
	if len(rs) >= 5 {
		rs = cutArticle(rs)
	}
	return string(dropYer(cutEnding(rs)))
}

// dropYer drops the "ъ" of a final syllable that loses it when an ending
// follows (механизъм/механизма, театър/театра, център/центрове), so every
// form of the word has one stem.
func dropYer(rs []rune) []rune {
	n := len(rs)
	if n >= 5 && rs[n-2] == 'ъ' && !isVowel(rs[n-1]) && isCyr(rs[n-1]) && !isVowel(rs[n-3]) && rs[n-1] != 'й' {
		return append(rs[:n-2:n-2], rs[n-1])
	}
	return rs
}

func cutArticle(rs []rune) []rune {
	n := len(rs)
	last2 := string(rs[n-2:])
	switch last2 {
	case "ът", "ят":
		return rs[:n-2]
	case "та":
		// feminine "-ата/-ята" and "-стта"; not "университета", where the
		// "-а" is the short article of a noun in "-т"
		if rs[n-3] == 'а' || rs[n-3] == 'я' || rs[n-3] == 'т' {
			return rs[:n-2]
		}
	case "то":
		if isVowel(rs[n-3]) {
			return rs[:n-2]
		}
	case "те":
		if rs[n-3] == 'и' || rs[n-3] == 'е' {
			return rs[:n-2]
		}
	}
	return rs
}

func cutEnding(rs []rune) []rune {
	n := len(rs)
	if n < 4 {
		return rs
	}
	if string(rs[n-2:]) == "ия" {
		return rs[:n-1]
	}
	if (rs[n-1] == 'а' || rs[n-1] == 'я') && !isVowel(rs[n-2]) {
		return rs[:n-1]
	}
	return rs
}

func isCyr(r rune) bool { return r >= 'а' && r <= 'я' }

func isVowel(r rune) bool { return strings.ContainsRune("аеиоуъюяaeiouy", r) }

// ID is the stable id of an entity of type t with key k: the same type and
// key give the same id in every run and document.
func ID(t kg.EntityType, k string) string {
	h := sha256.Sum256([]byte(string(t) + "\x00" + k))
	return strings.ToLower(string(t)) + "-" + hex.EncodeToString(h[:8])
}

// Similar reports whether two keys name the same thing up to a spelling slip:
// the same words but one, and that one long (≥ 6 letters), starting with the
// same two letters and within two edits ("зелен синерги" / "зелен сингери").
// Names that differ in a whole word ("енерги" / "синерги") stay apart.
func Similar(a, b string) bool {
	if a == b {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	x, y := []rune(wa[diff]), []rune(wb[diff])
	if len(x) < 6 || len(y) < 6 || x[0] != y[0] || x[1] != y[1] {
		return false
	}
	if d := len(x) - len(y); d > 1 || d < -1 {
		return false
	}
	if hasDigit(x) || hasDigit(y) {
		return false // years and codes must match exactly
	}
	return levenshtein.ComputeDistance(wa[diff], wb[diff]) <= 2
}

func hasDigit(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
