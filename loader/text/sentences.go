package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a cleaned text. Start and End are code point
// (rune) offsets into the text, End exclusive, as kg.Span wants them.
type Sentence struct {
	Start, End int
	Text       string
}

// nameAbbrevs stand before a name or a number and so never end a sentence,
// even when a capital follows: "гр. Пловдив", "д-р Андрей Кехайов",
// "инж. Тодор Тонев", "к.к. „Св. Св. Константин и Елена“". "г." (година)
// is not here: "през 2018 г. Сред…" does end a sentence.
var nameAbbrevs = set("гр", "с", "ул", "бул", "пл", "обл", "общ", "кв", "ж.к", "жк", "к.к", "кк",
	"к-с", "д-р", "инж", "проф", "доц", "акад", "г-н", "г-жа", "г-ца", "арх", "адв", "св", "ген",
	"полк", "чл", "ал", "т", "стр", "бр", "№", "т.е", "напр", "вкл", "т.нар", "р", "oп", "гл", "ст",
	"mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "e.g", "i.e", "mt", "sr", "jr", "eng")

// Sentences splits a cleaned text into sentences: every line break ends
// one (titles, list items and paragraphs are lines), and inside a line a
// ".", "!", "?" or "…" followed by a space and a capital, a digit or an
// opening quote ends one, unless the word before the dot is an initial
// ("А. Кехайов") or an abbreviation that stands before names ("гр.",
// "инж.", "д-р"). Empty lines yield nothing.
func Sentences(text string) []Sentence {
	var out []Sentence
	runeAt := 0 // rune offset of byte offset pos
	pos := 0
	for pos <= len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		out = splitLine(out, line, runeAt)
		runeAt += utf8.RuneCountInString(line) + 1
		pos = end + 1
	}
	return out
}

// splitLine appends the sentences of one line, whose first rune is at rune
// offset base of the whole text.
func splitLine(out []Sentence, line string, base int) []Sentence {
	start := 0 // byte offset of the current sentence in line
	emit := func(endByte int) {
		seg := line[start:endByte]
		trimmed := strings.TrimLeftFunc(seg, unicode.IsSpace)
		lead := len(seg) - len(trimmed)
		trimmed = strings.TrimRightFunc(trimmed, unicode.IsSpace)
		if trimmed != "" {
			s := base + utf8.RuneCountInString(line[:start+lead])
			out = append(out, Sentence{Start: s, End: s + utf8.RuneCountInString(trimmed), Text: trimmed})
		}
		start = endByte
	}
	depth := 0 // open Bulgarian „…“ or «…» quotes
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch r {
		case '„', '«':
			depth++
		case '“', '”', '»':
			if depth > 0 {
				depth--
			}
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		// Take the whole run of closing punctuation: "?!", "…", ".“", ".)".
		j := i + n
		for j < len(line) {
			r2, n2 := utf8.DecodeRuneInString(line[j:])
			if !strings.ContainsRune(".!?…“”\"»’)", r2) {
				break
			}
			j += n2
		}
		for _, c := range line[i+n : j] {
			if (c == '“' || c == '”' || c == '»') && depth > 0 {
				depth--
			}
		}
		if j < len(line) && line[j] == ' ' && opensSentence(line[j:]) &&
			!(r == '.' && abbrevBefore(line[:i])) &&
			!(depth > 0 && strings.ContainsAny(line[j:], "“”»")) && // inside a quoted name that closes later
			!(r == '.' && dateOpener(line[start:i])) {
			emit(j)
		}
		i = j
	}
	emit(len(line))
	return out
}

// dateOpeners begin a sentence with a date adverbial: "На 28 и 29
// септември 2020 г. Агенцията проведе…" does not end at "г.".
var dateOpeners = set("на", "в", "във", "през", "от", "до", "към", "след", "преди", "около", "между", "on", "in")

// dateOpener reports whether the sentence so far is only a date phrase
// ending in "г": a preposition, at most seven words, the last "г".
func dateOpener(sofar string) bool {
	f := strings.Fields(sofar)
	if len(f) < 3 || len(f) > 7 || f[len(f)-1] != "г" && f[len(f)-1] != "год" {
		return false
	}
	return dateOpeners[strings.ToLower(f[0])]
}

// opensSentence reports whether s (starting with spaces) continues with
// what can begin a sentence.
func opensSentence(s string) bool {
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("„“\"«(–—•", r)
}

// abbrevBefore reports whether the text before a dot ends in an initial or
// in an abbreviation from nameAbbrevs.
func abbrevBefore(before string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("(„“\"«", r)
	})
	w := before
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		w = before[i+n:]
	}
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || nameAbbrevs[strings.ToLower(w)]
	}
	return nameAbbrevs[strings.ToLower(w)]
}
