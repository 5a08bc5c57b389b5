// Package translit romanises Bulgarian text with the official system of the
// 2009 Transliteration Act (Закон за транслитерацията), so that names written
// in Cyrillic can be searched in Latin script.
package translit

import (
	"strings"
	"unicode"
)

// table maps lower-case Cyrillic letters to their Latin form. The Bulgarian
// letters follow the 2009 Act; a few letters of neighbouring alphabets are
// added so that foreign names in the text still get a readable key.
var table = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n",
	'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f",
	'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y",
	'ю': "yu", 'я': "ya",
	// not Bulgarian: Russian, Ukrainian, Serbian, Macedonian letters
	'ё': "yo", 'ы': "y", 'э': "e", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz",
}

// Latin transliterates s, keeping the case of each letter: a capital whose
// Latin form has several letters is written "Zh" before a lower-case letter
// and "ZH" inside an all-capital word. The ending "ия" of a word becomes "ia"
// (София → Sofia), as the Act prescribes. Other characters are kept.
func Latin(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		lr := unicode.ToLower(r)
		lat, ok := table[lr]
		if !ok {
			b.WriteRune(r)
			continue
		}
		upper := r != lr
		// The Act writes the country's own name as "Bulgaria", not "Balgaria".
		if lr == 'б' && (i == 0 || !isLetter(rs[i-1])) && hasWordAt(rs, i, "българия") {
			b.WriteString(caseAs("bulgaria", upper, allCapsContext(rs, i)))
			i += len("българия")/2 - 1
			continue
		}
		// end-of-word "ия" → "ia"
		if lr == 'и' && i+1 < len(rs) && unicode.ToLower(rs[i+1]) == 'я' && (i+2 == len(rs) || !isLetter(rs[i+2])) {
			nextUpper := unicode.IsUpper(rs[i+1])
			b.WriteString(caseAs("i", upper, false))
			b.WriteString(caseAs("a", nextUpper, false))
			i++
			continue
		}
		if upper {
			b.WriteString(caseAs(lat, true, allCapsContext(rs, i)))
		} else {
			b.WriteString(lat)
		}
	}
	return b.String()
}

// Key is the lower-case transliteration of s, the form stored as an entity's
// "latin" property and compared in searches.
func Key(s string) string {
	return strings.ToLower(Latin(s))
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// hasWordAt reports whether the whole word at rs[i:] is w (lower-case, Cyrillic).
func hasWordAt(rs []rune, i int, w string) bool {
	wr := []rune(w)
	if i+len(wr) > len(rs) || (i+len(wr) < len(rs) && isLetter(rs[i+len(wr)])) {
		return false
	}
	for k, r := range wr {
		if unicode.ToLower(rs[i+k]) != r {
			return false
		}
	}
	return true
}

// caseAs writes lat capitalised ("Zh") or, when all is set, fully upper-case.
func caseAs(lat string, upper, all bool) string {
	if !upper {
		return lat
	}
	if all {
		return strings.ToUpper(lat)
	}
	return strings.ToUpper(lat[:1]) + lat[1:]
}

// allCapsContext reports whether the capital at i stands in an all-capital
// word, judged by its neighbouring letters.
func allCapsContext(rs []rune, i int) bool {
	if i+1 < len(rs) && isLetter(rs[i+1]) {
		return unicode.IsUpper(rs[i+1])
	}
	if i > 0 && isLetter(rs[i-1]) {
		return unicode.IsUpper(rs[i-1])
	}
	return false
}
