package synth

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// name is an entity name in parts, so each document can quote it in its own style:
// pre „inner“ post.
type name struct {
	pre, inner, post string
	quoted           bool
}

// quotes is one pair of quotation marks.
type quotes struct{ open, close string }

var quoteStyles = []quotes{{"„", "“"}, {"„", "“"}, {"„", "“"}, {"„", "”"}, {"“", "”"}, {"\"", "\""}, {"«", "»"}}

func (q quotes) wrap(s string) string { return q.open + s + q.close }

// render writes the name with quotes (bare=false) or without them.
func (n name) render(q quotes, bare bool) string {
	var b strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	add(n.pre)
	if n.inner != "" {
		if n.quoted && !bare {
			add(q.wrap(n.inner))
		} else {
			add(n.inner)
		}
	}
	add(n.post)
	return b.String()
}

// acronym builds upper-case initials of the words of s.
func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// capFirst upper-cases the first letter of s.
func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases the first letter of s.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// inCity gives the locative "в"/"във" phrase for a Bulgarian place name,
// optionally with the "гр." abbreviation.
func inCity(city string, gr bool) string {
	if gr {
		return "в гр. " + city
	}
	r, _ := utf8.DecodeRuneInString(city)
	if r == 'В' || r == 'Ф' || r == 'в' || r == 'ф' {
		return "във " + city
	}
	return "в " + city
}

// agree picks the masculine, feminine or neuter form by gender.
func agree(g int, m, f, n string) string {
	switch g {
	case fem:
		return f
	case neut:
		return n
	default:
		return m
	}
}

// Date formats, all seen in Bulgarian news sites.
func dateNumeric(t time.Time, g bool) string {
	s := fmt.Sprintf("%02d.%02d.%d", t.Day(), int(t.Month()), t.Year())
	if g {
		s += " г."
	}
	return s
}

func dateLong(t time.Time) string {
	return fmt.Sprintf("%d %s %d г.", t.Day(), months[t.Month()-1], t.Year())
}

func dateLongComma(t time.Time) string {
	return fmt.Sprintf("%d %s, %d г", t.Day(), months[t.Month()-1], t.Year())
}

func dateDayMonth(t time.Time) string {
	return fmt.Sprintf("%d %s", t.Day(), months[t.Month()-1])
}

func dateWeekday(t time.Time) string {
	return fmt.Sprintf("%d %s, %s,", t.Day(), months[t.Month()-1], weekdays[t.Weekday()])
}

// dateRange formats a multi-day span in one of three styles.
func dateRange(a, b time.Time, style int) string {
	if a.Month() != b.Month() {
		return fmt.Sprintf("%d %s – %d %s %d г.", a.Day(), months[a.Month()-1], b.Day(), months[b.Month()-1], b.Year())
	}
	switch style % 3 {
	case 0:
		return fmt.Sprintf("%d-%d.%02d.%d г.", a.Day(), b.Day(), int(a.Month()), a.Year())
	case 1:
		if b.Day()-a.Day() == 1 {
			return fmt.Sprintf("%d и %d %s %d г.", a.Day(), b.Day(), months[a.Month()-1], a.Year())
		}
		fallthrough
	default:
		return fmt.Sprintf("%d–%d %s %d г.", a.Day(), b.Day(), months[a.Month()-1], a.Year())
	}
}

// countWords counts whitespace-separated words, as strings.Fields would,
// without allocating.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= 0x80 && unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
