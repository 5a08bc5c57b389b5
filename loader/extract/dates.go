package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// dateSpan is a date or date range found in the text; s and e are rune
// offsets. start/end are ISO dates (YYYY-MM-DD, or YYYY-MM for a month).
type dateSpan struct {
	s, e       int
	start, end string
}

const monthRe = `(януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|january|february|march|april|may|june|july|august|september|october|november|december)`

// dateRes are tried in order; the first match at a position wins. Groups:
// d1 m1 y1 d2 m2 y2 as named groups.
var dateRes = []*regexp.Regexp{
	// 31.05-01.06.2018
	regexp.MustCompile(`(?i)(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\s*[-–—]\s*(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})`),
	// 28-29.09.2020
	regexp.MustCompile(`(?i)(?P<d1>\d{1,2})\s*[-–—]\s*(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})`),
	// 11.05.2018, 11/05/2018
	regexp.MustCompile(`(?i)(?P<d1>\d{1,2})[./](?P<m1>\d{1,2})[./](?P<y1>\d{4})`),
	// 2018-05-11
	regexp.MustCompile(`(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2})`),
	// 30 май – 1 юни 2018
	regexp.MustCompile(`(?i)(?P<d1>\d{1,2})\s+` + monthNamed("m1") + `\s*(?:[-–—]|до)\s*(?P<d2>\d{1,2})\s+` + monthNamed("m2") + `(?:,?\s*(?P<y2>\d{4}))?`),
	// 28 и 29 септември 2020, 13-14 декември
	regexp.MustCompile(`(?i)(?P<d1>\d{1,2})\s*(?:[-–—]|и|до)\s*(?P<d2>\d{1,2})\s+` + monthNamed("m2") + `(?:,?\s*(?P<y2>\d{4}))?`),
	// 11 май, 2018; 5 юли; 30th September 2020
	regexp.MustCompile(`(?i)(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+` + monthNamed("m1") + `(?:,?\s*(?P<y1>\d{4}))?`),
	// ноември 2017
	regexp.MustCompile(`(?i)` + monthNamed("m1") + `,?\s+(?P<y1>\d{4})`),
}

func monthNamed(g string) string {
	return `(?P<` + g + `>` + monthRe[1:len(monthRe)-1] + `)`
}

// findDates finds the dates of a document. A date without a year takes the
// year of publication; without one it is left out.
func findDates(dc *docCtx) []dateSpan {
	text := dc.doc.Text
	if len(text) == 0 {
		return nil
	}
	// byte offset → rune offset (matches start and end on rune boundaries)
	runeAt := make([]int, len(text)+1)
	ri := 0
	for bi := range text {
		runeAt[bi] = ri
		ri++
	}
	runeAt[len(text)] = ri
	var out []dateSpan
	taken := make([]bool, len(text)+1)
	for _, re := range dateRes {
		names := re.SubexpNames()
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := m[0], m[1]
			if taken[s] || taken[e-1] || !boundary(text, s, e) {
				continue
			}
			g := map[string]string{}
			for k, n := range names {
				if n != "" && m[2*k] >= 0 {
					g[n] = text[m[2*k]:m[2*k+1]]
				}
			}
			ds, ok := dc.dateFrom(g)
			if !ok {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			ds.s, ds.e = runeAt[s], runeAt[e]
			out = append(out, ds)
		}
	}
	// keep them in text order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].s < out[j-1].s; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// boundary reports whether text[s:e] is not glued to letters or digits.
func boundary(text string, s, e int) bool {
	if s > 0 {
		r := lastRune(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r := []rune(text[e:min(e+4, len(text))])
		if len(r) > 0 && (unicode.IsDigit(r[0]) || unicode.IsLetter(r[0]) && !strings.HasPrefix(text[e:], "г")) {
			return false
		}
	}
	return true
}

func lastRune(s string) rune {
	rs := []rune(s[max(0, len(s)-4):])
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

func monthNum(s string) int {
	if m, ok := months[strings.ToLower(s)]; ok {
		return m
	}
	if strings.EqualFold(s, "may") {
		return 5
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// dateFrom builds a date span from the named groups of a match.
func (dc *docCtx) dateFrom(g map[string]string) (dateSpan, bool) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	d1, d2 := atoi(g["d1"]), atoi(g["d2"])
	m1, m2 := monthNum(g["m1"]), monthNum(g["m2"])
	y1, y2 := atoi(g["y1"]), atoi(g["y2"])
	if m1 == 0 {
		m1 = m2
	}
	if m2 == 0 {
		m2 = m1
	}
	if y1 == 0 {
		y1 = y2
	}
	if y2 == 0 {
		y2 = y1
	}
	if y1 == 0 {
		if dc.pubYear == 0 {
			return dateSpan{}, false
		}
		y1, y2 = dc.pubYear, dc.pubYear
	}
	if g["d1"] == "" && g["d2"] == "" {
		if !validDate(y1, m1, 1) {
			return dateSpan{}, false
		}
		iso := fmt.Sprintf("%04d-%02d", y1, m1)
		return dateSpan{start: iso, end: iso}, true
	}
	if d2 == 0 {
		d2 = d1
	}
	if m2 < m1 && y1 == y2 && g["y1"] == "" {
		y1-- // 30.12-02.01.2020
	}
	if !validDate(y1, m1, d1) || !validDate(y2, m2, d2) {
		return dateSpan{}, false
	}
	return dateSpan{start: fmt.Sprintf("%04d-%02d-%02d", y1, m1, d1), end: fmt.Sprintf("%04d-%02d-%02d", y2, m2, d2)}, true
}

func validDate(y, m, d int) bool {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	dim := []int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	return d <= dim[m-1]
}

// codeSpan is a contract or project code in the text, with its token range.
type codeSpan struct {
	s, e   int // rune offsets
	ta, tb int // token range
	code   string
}

// codeRe matches Bulgarian EU-funds contract codes: BG16RFOP002-2.052-0001,
// BG 161 PO 003 – 2.4.02 – 0075 – C0001, BG05M9OP001-1.003-0001.
var codeRe = regexp.MustCompile(`BG\s?\d{2,3}\s?(?:[A-Z0-9]{1,6}\s?){1,2}\d{3}(?:\s?[-–—]\s?[A-Z]?[\d.]*\d[A-Z]?\d*)+`)

// findCodes finds contract codes and maps them onto tokens.
func findCodes(dc *docCtx) []codeSpan {
	text := dc.doc.Text
	var out []codeSpan
	for _, m := range codeRe.FindAllStringIndex(text, -1) {
		raw := strings.TrimRight(text[m[0]:m[1]], ".")
		s := len([]rune(text[:m[0]]))
		e := s + len([]rune(raw))
		code := normCode(raw)
		cs := codeSpan{s: s, e: e, code: code, ta: -1, tb: -1}
		for i := range dc.toks {
			t := &dc.toks[i]
			if cs.ta < 0 && t.e > s {
				cs.ta = i
			}
			if t.s < e {
				cs.tb = i + 1
			}
		}
		if cs.ta >= 0 && cs.tb > cs.ta {
			out = append(out, cs)
		}
	}
	return out
}

// normCode writes a code without spaces and with plain hyphens.
func normCode(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case r == '–' || r == '—':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
