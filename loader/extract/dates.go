package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// dateSpan is a date or date range found in the text; s and e are rune
// offsets. start/end are ISO dates (YYYY-MM-DD, or YYYY-MM for a month).
type dateSpan struct {
	s, e        int
	start, end  string
	guessedYear bool // the year was taken from the publication date
	// weak marks "днес"/"today": it dates an event the sentence tells of,
	// but is no sign of one ("Днес 60 стопанства продават ...")
	weak bool
}

// numericDate matches one token holding a numeric date or range:
// 11.05.2018, 28-29.09.2020, 31.05-01.06.2018, 2018-05-11, 11/05/2018.
var numericDate = regexp.MustCompile(`^(?:(\d{1,2})\.(\d{1,2})-(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})-(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:г)?$`)

// findDates finds the dates of a document by reading tokens: numeric dates,
// "28 и 29 септември 2020", "30 май – 1 юни 2018", "11 май, 2018", "5 юли"
// (the year of publication), "ноември 2017" (a month). A date without a
// year and without a publication date is left out.
func findDates(dc *docCtx) []dateSpan {
	var out []dateSpan
	toks := dc.toks
	n := len(toks)
	word := func(i int) string {
		if i < n && toks[i].isWord() {
			return toks[i].low
		}
		return ""
	}
	isDash := func(i int) bool {
		return i < n && (toks[i].dash() || toks[i].low == "до" || toks[i].low == "и" || toks[i].low == "to" || toks[i].low == "and" || toks[i].low == "until")
	}
	day := func(i int) int {
		w := word(i)
		if a, suf, ok := strings.Cut(w, "-"); ok && (suf == "ти" || suf == "ви" || suf == "ри" || suf == "ми") {
			w = a // "5-ти ноември"
		}
		return day2(strings.TrimRight(w, "stndrh"))
	}
	// month reads a month name at token i, also abbreviated with a dot
	// ("ноем.", "Dec."), and returns it with the tokens it takes
	month := func(i int) (int, int) {
		if m, ok := months[word(i)]; ok {
			return m, 1
		}
		if m, ok := monthAbbr[word(i)]; ok && i+1 < n && toks[i+1].is(".") {
			return m, 2
		}
		return 0, 0
	}
	year := func(i int) (int, int) { // year and tokens used, skipping a comma
		j := i
		if j < n && toks[j].is(",") {
			j++
		}
		w := strings.TrimSuffix(word(j), "г")
		if isYear(w) {
			y, _ := strconv.Atoi(w)
			return y, j - i + 1
		}
		return 0, 0
	}
	// a date without a year takes the year of a date written with one
	// shortly before it (the same passage), else the year of publication
	lastYear, lastAt := 0, -1000
	for i := 0; i < n; i++ {
		t := &toks[i]
		if !t.isWord() {
			continue
		}
		if t.digit && strings.ContainsAny(t.text, "./") || t.digit && strings.Count(t.text, "-") == 2 {
			if m := numericDate.FindStringSubmatch(t.low); m != nil {
				if ds, ok := numericDateSpan(m); ok {
					ds.s, ds.e = t.s, t.e
					// "3–5.12.2026": a day and a dash before a full date
					if i >= 2 && toks[i-1].dash() && ds.start == ds.end && len(ds.start) == 10 {
						if d := day2(word(i - 2)); d > 0 && validDate(atoi(ds.start[:4]), atoi(ds.start[5:7]), d) && fmt.Sprintf("%02d", d) < ds.start[8:] {
							ds.start = ds.start[:8] + fmt.Sprintf("%02d", d)
							ds.s = toks[i-2].s
						}
					}
					out = append(out, ds)
					lastYear, _ = strconv.Atoi(ds.end[:4])
					lastAt = i
				}
				continue
			}
		}
		d1, d2, m1, m2 := 0, 0, 0, 0
		j := i
		if d := day(i); d > 0 {
			d1, d2 = d, d
			j = i + 1
			if m, used := month(j); m > 0 {
				m1, m2 = m, m
				j += used
				if isDash(j) && day(j+1) > 0 { // "30 май – 1 юни"
					if m, ok := months[word(j+2)]; ok {
						d2, m2 = day(j+1), m
						j += 3
					}
				}
			} else if isDash(j) && day(j+1) > 0 { // "28 и 29 септември"
				if m, ok := months[word(j+2)]; ok {
					d2, m1, m2 = day(j+1), m, m
					j += 3
				}
			}
		} else if a, b, ok := strings.Cut(t.low, "-"); ok && day2(a) > 0 && day2(b) > 0 { // "13-14 декември"
			if m, ok := months[word(i+1)]; ok {
				d1, d2, m1, m2 = day2(a), day2(b), m, m
				j = i + 2
			}
		} else if m, ok := months[t.low]; ok && t.latin && day(i+1) > 0 && (i == 0 || day(i-1) == 0) { // "March 17, 2026", "March 17-18"
			d1, d2, m1, m2 = day(i+1), day(i+1), m, m
			j = i + 2
			if isDash(j) && day(j+1) > 0 {
				d2 = day(j + 1)
				j += 2
			}
		} else if m, ok := months[t.low]; ok && t.latin && i+1 < n && strings.Contains(toks[i+1].low, "-") { // "March 17-18"
			if a, b, ok := strings.Cut(toks[i+1].low, "-"); ok && day2(a) > 0 && day2(b) > 0 {
				d1, d2, m1, m2 = day2(a), day2(b), m, m
				j = i + 2
			}
		} else if m, ok := months[t.low]; ok && (i == 0 || day(i-1) == 0) { // "ноември 2017"
			if y, used := year(i + 1); y > 0 {
				lastYear, lastAt = y, i
				iso := fmt.Sprintf("%04d-%02d", y, m)
				out = append(out, dateSpan{s: t.s, e: toks[i+used].e, start: iso, end: iso})
				i += used
			}
			continue
		}
		if m1 == 0 {
			continue
		}
		y, used := year(j)
		end := j - 1 + used
		y1, y2 := y, y
		if y == 0 {
			guess := dc.pubYear
			if lastYear != 0 && i-lastAt <= 80 || guess == 0 {
				guess = lastYear
			}
			if guess == 0 {
				i = j - 1
				continue
			}
			y1, y2 = guess, guess
		} else {
			lastYear, lastAt = y, i
		}
		if m2 < m1 {
			y1-- // "30 декември – 2 януари 2020"
		}
		if validDate(y1, m1, d1) && validDate(y2, m2, d2) {
			out = append(out, dateSpan{s: t.s, e: toks[end].e, guessedYear: y == 0,
				start: fmt.Sprintf("%04d-%02d-%02d", y1, m1, d1), end: fmt.Sprintf("%04d-%02d-%02d", y2, m2, d2)})
		}
		i = end
	}
	if rel := relativeDates(dc, datelineDay(dc, out)); len(rel) > 0 {
		out = append(out, rel...)
		sort.SliceStable(out, func(a, b int) bool { return out[a].s < out[b].s })
	}
	return out
}

// relDays are days named by their distance from the dateline.
var relDays = map[string]int{"вчера": -1, "завчера": -2, "снощи": -1, "днес": 0, "утре": 1, "вдругиден": 2,
	"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

// weekdays are the names of the days of the week.
var weekdays = map[string]time.Weekday{"понеделник": time.Monday, "вторник": time.Tuesday, "сряда": time.Wednesday,
	"четвъртък": time.Thursday, "петък": time.Friday, "събота": time.Saturday, "неделя": time.Sunday,
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday}

// relativeDates dates the days the text gives relative to its dateline
// ("вчера", "утре", "в четвъртък", "yesterday", "on Thursday"), as the
// annotation conventions ask. Without a dateline (or published date) they
// stay undated: a guessed date of writing is no ground for a day.
func relativeDates(dc *docCtx, ref time.Time) []dateSpan {
	if ref.IsZero() {
		return nil
	}
	toks := dc.toks
	n := len(toks)
	prev := func(i int) string {
		if i > 0 && toks[i-1].isWord() {
			return toks[i-1].low
		}
		return ""
	}
	var out []dateSpan
	for i := 0; i < n; i++ {
		t := &toks[i]
		if !t.isWord() || t.digit {
			continue
		}
		p := prev(i)
		switch p {
		case "до", "от", "и", "until", "since", "from", "till", "to", "as", "of":
			continue // "до днес", "и днес", "since yesterday": a span or a state, no day
		}
		if dateSoonAfter(dc, i) {
			continue // "днес, 28 юни", "в четвъртък (27 юни)": the written date dates it
		}
		low := t.low
		var day time.Time
		weak := false
		if off, ok := relDays[low]; ok {
			if off == 0 {
				if dc.inQuote[i] {
					continue // "днес" in someone's words is their day, not the dateline's
				}
				weak = true
			}
			day = ref.AddDate(0, 0, off)
		} else if strings.HasPrefix(low, "вчерашн") {
			day = ref.AddDate(0, 0, -1)
		} else if strings.HasPrefix(low, "утрешн") {
			day = ref.AddDate(0, 0, 1)
		} else if wd, ok := weekdays[low]; ok {
			future := false
			switch p {
			case "в", "във", "on", "this", "този", "тази":
				future = futureSentence(dc, i)
			case "миналия", "миналата", "last", "past":
			case "следващия", "следващата", "идния", "идната", "next", "coming":
				future = true
			default:
				continue // a weekday alone ("(четвъртък)") is no day named by it
			}
			back := (int(ref.Weekday()) - int(wd) + 7) % 7
			if future {
				fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
				if fwd == 0 {
					fwd = 7 // on the dateline's own day a text says "днес"
				}
				day = ref.AddDate(0, 0, fwd)
			} else {
				day = ref.AddDate(0, 0, -back)
			}
			if p == "миналия" || p == "миналата" || p == "last" || p == "past" {
				if back == 0 {
					day = ref.AddDate(0, 0, -7)
				}
			}
		} else {
			continue
		}
		iso := day.Format("2006-01-02")
		out = append(out, dateSpan{s: t.s, e: t.e, start: iso, end: iso, weak: weak})
	}
	return out
}

// datelineDay is the day the text is dated: its published date, else a
// dateline at its head ("Русе, 28 юни 2024 г.", "ROUSSE, March 4, 2026 –"):
// a full date among the first lines with only a capitalised place and
// punctuation before it. It is zero when the text has neither.
func datelineDay(dc *docCtx, dates []dateSpan) time.Time {
	if p := dc.doc.Published; p != nil && len(*p) >= 10 {
		if t, err := time.Parse("2006-01-02", (*p)[:10]); err == nil {
			return t
		}
	}
	for _, d := range dates {
		if len(d.start) != len("2006-01-02") || d.start != d.end {
			continue
		}
		a := 0
		for a < len(dc.toks) && dc.toks[a].s < d.s {
			a++
		}
		if a >= len(dc.toks) {
			break
		}
		si := dc.sentOf[a]
		if si > dc.title+3 || si > 5 {
			break // the head of the text is past
		}
		s := dc.sents[si]
		words, ok := 0, true
		for k := s.a; k < a && ok; k++ {
			t := &dc.toks[k]
			switch {
			case t.isWord() && (t.cap || t.allCaps) && !t.digit:
				words++
			case t.is(",") || t.dash() || t.is("(") || t.is(")") || t.is("/"):
			default:
				ok = false
			}
		}
		if ok && words <= 4 {
			if t, err := time.Parse("2006-01-02", d.start); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// dateSoonAfter reports a written day or month within three tokens after
// token i ("днес, 28 юни"; "on Thursday, 4 June").
func dateSoonAfter(dc *docCtx, i int) bool {
	for j := i + 1; j < len(dc.toks) && j <= i+3; j++ {
		t := &dc.toks[j]
		if t.digit {
			return true
		}
		if _, ok := months[t.low]; ok {
			return true
		}
	}
	return false
}

// futureSentence reports a sentence whose verb is set in the future or in
// the present of a programme ("ще се проведе", "will take place", "се
// провежда", "започва"): a weekday in it is the next one.
func futureSentence(dc *docCtx, i int) bool {
	s := dc.sents[dc.sentOf[i]]
	for k := s.a; k < s.b; k++ {
		w := dc.toks[k].low
		switch w {
		case "ще", "will", "shall", "провежда", "провеждат", "започва", "започват", "открива", "закрива", "състои",
			"takes", "take", "starts", "begins", "opens", "kicks", "upcoming", "предстои":
			return true
		}
		if strings.HasPrefix(w, "предстоящ") {
			return true
		}
	}
	return false
}

// day2 reads a day of the month ("5", "05").
func day2(s string) int {
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0
	}
	d, _ := strconv.Atoi(s)
	return d
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// numericDateSpan builds a date span from a numericDate match.
func numericDateSpan(m []string) (dateSpan, bool) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	var d1, m1, y1, d2, m2, y2 int
	switch {
	case m[1] != "":
		d1, m1, d2, m2, y2 = atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5])
		y1 = y2
		if m2 < m1 {
			y1--
		}
	case m[6] != "":
		d1, d2, m1, y1 = atoi(m[6]), atoi(m[7]), atoi(m[8]), atoi(m[9])
		m2, y2 = m1, y1
	case m[10] != "":
		d1, m1, y1 = atoi(m[10]), atoi(m[11]), atoi(m[12])
		d2, m2, y2 = d1, m1, y1
	default:
		y1, m1, d1 = atoi(m[13]), atoi(m[14]), atoi(m[15])
		d2, m2, y2 = d1, m1, y1
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
// BG 161 PO 003 – 2.4.02 – 0075 – C0001, BG05M9OP001-1.003-0001, and the
// Recovery and Resilience Plan's procedures, BG-RRP-2.017.
var codeRe = regexp.MustCompile(`BG\s?\d{2,3}\s?(?:[A-Z0-9]{1,6}\s?){1,2}\d{3}(?:\s?[-–—]\s?[A-Z]?[\d.]*\d[A-Z]?\d*)+|BG-RRP-\d{1,2}\.\d{3}(?:-\d{3,4})?`)

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

// monthAbbr are abbreviated month names, written with a dot.
var monthAbbr = map[string]int{"ян": 1, "яну": 1, "фев": 2, "февр": 2, "апр": 4, "авг": 8, "сеп": 9, "септ": 9, "окт": 10,
	"ное": 11, "ноем": 11, "дек": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
