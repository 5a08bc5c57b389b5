package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name comparison rules (documented because the scores depend on them):
//
//   - case is folded;
//   - every quote character („ “ ” " « » ‘ ’ ‚ ' ` ′ ″) is dropped, so
//     Клъстер „X“ and Клъстер "X" compare equal;
//   - every dash (‐ ‑ ‒ – — ― −) becomes "-" and spaces around a dash go, so
//     "2014 – 2020" equals "2014-2020";
//   - white space (including no-break space) is collapsed, and trailing
//     . , ; : are dropped ("DARE." equals "DARE");
//   - leading head nouns are dropped while something follows them:
//     клъстер, сдружение, проект, асоциация, фондация (with their
//     definite forms) and English cluster, project, association. So
//     "Клъстер Зелена синергия" equals "Зелена синергия", and
//     Сдружение „Клъстер на здравните региони“ equals "Клъстер на здравните
//     региони" (both become "на здравните региони"). Other head nouns
//     (програма, конференция, ...) are part of the name and must be given
//     as aliases in the gold.

var quoteChars = "„“”\"«»‘’‚'`′″‹›"

var dashChars = "‐‑‒–—―−"

var headNouns = map[string]bool{
	"клъстер": true, "клъстерът": true, "клъстера": true,
	"сдружение": true, "сдружението": true,
	"проект": true, "проектът": true, "проекта": true,
	"асоциация": true, "асоциацията": true,
	"фондация": true, "фондацията": true,
	"cluster": true, "project": true, "association": true,
}

// NormalizeText folds case, drops quotes, unifies dashes and collapses
// white space; it keeps every word.
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case strings.ContainsRune(quoteChars, r):
			continue
		case strings.ContainsRune(dashChars, r):
			r = '-'
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	out := strings.ReplaceAll(b.String(), " - ", "-")
	out = strings.ReplaceAll(out, " -", "-")
	out = strings.ReplaceAll(out, "- ", "-")
	return strings.TrimRight(out, ".,;: ")
}

// NormalizeName is NormalizeText plus dropping leading head nouns
// (see the rules above). Two names denote the same entity when their
// normalised forms are equal.
func NormalizeName(s string) string {
	n := NormalizeText(s)
	for {
		i := strings.IndexByte(n, ' ')
		if i <= 0 || !headNouns[n[:i]] {
			return n
		}
		n = n[i+1:]
	}
}

// stopWords are left out of the lenient comparison of event names.
var stopWords = map[string]bool{
	"на": true, "в": true, "във": true, "и": true, "за": true, "с": true, "със": true,
	"по": true, "от": true, "до": true, "към": true, "при": true, "през": true, "чрез": true,
	"г": true, "гр": true, "the": true, "of": true, "in": true, "and": true, "for": true,
	"on": true, "at": true, "to": true, "a": true, "an": true,
}

// contentWords splits a name into lower-case words of letters and digits,
// without stop words and pure numbers (dates and years vary in how event
// names are written).
func contentWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if stopWords[w] || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// sameWord reports whether two lower-case words are the same up to a short
// inflectional ending: equal, or sharing a prefix of at least 4 letters
// that leaves at most 2 letters of the shorter word (събрание/събранието,
// клъстерна/клъстерите, среща/срещи).
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	short := min(la, lb)
	p := 0
	ra, rb := []rune(a), []rune(b)
	for p < short && ra[p] == rb[p] {
		p++
	}
	return p >= 4 && p >= short-2
}

// EventThreshold is the least Dice overlap of content words at which two
// event names match leniently.
const EventThreshold = 0.6

// wordOverlap is the Dice coefficient 2|A∩B|/(|A|+|B|) of the content words
// of a and b, each word of a used for at most one word of b.
func wordOverlap(a, b string) float64 {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	used := make([]bool, len(wb))
	common := 0
	for _, x := range wa {
		for j, y := range wb {
			if !used[j] && sameWord(x, y) {
				used[j] = true
				common++
				break
			}
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}
