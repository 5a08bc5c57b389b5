package text

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthTable is the one place month names live. Keys are lower-case stems
// or full forms without a trailing dot; lookups lower-case the word and
// strip a final dot, so "Януари", "ЯНУАРИ", "яну." and "Jan" all resolve.
var monthTable = map[string]time.Month{
	// Bulgarian, full and common abbreviations.
	"януари": 1, "яну": 1, "ян": 1,
	"февруари": 2, "фев": 2, "февр": 2,
	"март": 3, "мар": 3,
	"април": 4, "апр": 4,
	"май":    5,
	"юни":    6,
	"юли":    7,
	"август": 8, "авг": 8,
	"септември": 9, "сеп": 9, "септ": 9,
	"октомври": 10, "окт": 10,
	"ноември": 11, "ное": 11, "ноем": 11,
	"декември": 12, "дек": 12,
	// Russian genitive forms, which turn up in mixed-language scrapes.
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	// English.
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3,
	"april": 4,
	"may":   5,
	"june":  6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// romanMonths lets "16.II.2015" (a common Bulgarian style) parse.
var romanMonths = map[string]time.Month{
	"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
	"vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
}

// weekdays are skipped when a line is tested for being a bare dateline.
var weekdays = map[string]bool{
	"понеделник": true, "вторник": true, "сряда": true, "четвъртък": true,
	"петък": true, "събота": true, "неделя": true,
	"пон": true, "вт": true, "ср": true, "чет": true, "пет": true, "съб": true, "нед": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
}

// Month returns the month a word names in Bulgarian (any case, full or
// abbreviated with or without a dot), Russian genitive or English.
func Month(word string) (time.Month, bool) {
	w := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(word), "."))
	m, ok := monthTable[w]
	return m, ok
}

// DateMatch is one full (day, month, year) date found in a text. Start and
// End are byte offsets into the searched string, End exclusive.
type DateMatch struct {
	Start, End int
	Date       time.Time
}

var (
	// d.m.yyyy, d/m/yyyy, d.II.yyyy; boundaries are checked in code since
	// RE2 has no look-around.
	reNumeric = regexp.MustCompile(`(\d{1,2})\s?[./]\s?(\d{1,2}|[IVXivx]{1,4})\s?[./]\s?(\d{4})`)
	reISO     = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})`)
	// 30 септември 2020, 30th September, 2020, 3-ти март 2021 г.
	reDayMonth = regexp.MustCompile(`(\d{1,2})(?:st|nd|rd|th|-?ти|-?ви|-?ри|-?ми)?\s+(\pL+)\.?,?\s+(\d{4})`)
	// September 30, 2020; Sept. 30th 2020.
	reMonthDay = regexp.MustCompile(`(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
)

// FindDates returns every full date in s, in order of position, without
// overlaps. Partial dates ("5 юли") are not returned: complete them with
// ResolvePartial.
func FindDates(s string) []DateMatch {
	if !hasYear(s) {
		return nil // every full date has a four-digit year; most lines have none
	}
	// Candidates from all patterns, in pattern priority order; overlaps
	// are resolved below.
	var cands []DateMatch
	add := func(start, end int, d time.Time) {
		cands = append(cands, DateMatch{Start: start, End: end, Date: d})
	}
	for _, ix := range reISO.FindAllStringSubmatchIndex(s, -1) {
		if !boundary(s, ix[0], ix[1]) {
			continue
		}
		y, m, d := atoi(s[ix[2]:ix[3]]), atoi(s[ix[4]:ix[5]]), atoi(s[ix[6]:ix[7]])
		if t, ok := mkDate(y, time.Month(m), d); ok {
			add(ix[0], ix[1], t)
		}
	}
	for _, ix := range reNumeric.FindAllStringSubmatchIndex(s, -1) {
		if !boundary(s, ix[0], ix[1]) {
			continue
		}
		ms := s[ix[4]:ix[5]]
		var m time.Month
		if n := atoi(ms); n > 0 {
			m = time.Month(n)
		} else if r, ok := romanMonths[strings.ToLower(ms)]; ok {
			m = r
		} else {
			continue
		}
		if t, ok := mkDate(atoi(s[ix[6]:ix[7]]), m, atoi(s[ix[2]:ix[3]])); ok {
			add(ix[0], ix[1], t)
		}
	}
	for _, ix := range reDayMonth.FindAllStringSubmatchIndex(s, -1) {
		if !boundary(s, ix[0], ix[1]) {
			continue
		}
		m, ok := Month(s[ix[4]:ix[5]])
		if !ok {
			continue
		}
		if t, ok := mkDate(atoi(s[ix[6]:ix[7]]), m, atoi(s[ix[2]:ix[3]])); ok {
			add(ix[0], ix[1], t)
		}
	}
	for _, ix := range reMonthDay.FindAllStringSubmatchIndex(s, -1) {
		if !boundary(s, ix[0], ix[1]) {
			continue
		}
		m, ok := Month(s[ix[2]:ix[3]])
		if !ok {
			continue
		}
		if t, ok := mkDate(atoi(s[ix[6]:ix[7]]), m, atoi(s[ix[4]:ix[5]])); ok {
			add(ix[0], ix[1], t)
		}
	}
	// By position; at equal starts the earlier pattern (stable sort) wins,
	// and a match overlapping an accepted one is dropped.
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].Start < cands[j].Start })
	var out []DateMatch
	for _, c := range cands {
		if len(out) > 0 && c.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, c)
	}
	return out
}

// hasYear reports whether s has a run of four ASCII digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// boundary reports whether s[start:end] is not glued to a neighbouring
// letter or digit (so "2015-02-16-04" inside a slug or "1.2.3.2015" do not
// count as dates).
func boundary(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' {
			return false
		}
		if r == '.' || r == '/' {
			if start > 1 {
				r2, _ := utf8.DecodeLastRuneInString(s[:start-1])
				if unicode.IsDigit(r2) {
					return false
				}
			}
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			return false
		}
		if r == '-' && end+1 < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[end+1:])
			if unicode.IsDigit(r2) || unicode.IsLetter(r2) {
				return false
			}
		}
	}
	return true
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// mkDate builds a date and rejects impossible ones (31.02) and years far
// outside news archives, which are more likely codes than dates.
func mkDate(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return time.Time{}, false
	}
	return t, true
}

// ParseDate parses s when it is a single full date and nothing else but
// date furniture: a weekday, a time of day, "г."/"год.", ordinal suffixes
// and punctuation. "Сряда, 15 Юли 2015 10:03", "16.02.2015",
// "30th септември, 2020", "2021-03-03" and "March 3, 2021" all parse.
func ParseDate(s string) (time.Time, bool) {
	if len(s) > 120 {
		return time.Time{}, false // longer than any dateline
	}
	ms := FindDates(s)
	if len(ms) != 1 {
		return time.Time{}, false
	}
	rest := s[:ms[0].Start] + " " + s[ms[0].End:]
	if !onlyDateFurniture(rest) {
		return time.Time{}, false
	}
	return ms[0].Date, true
}

var reClock = regexp.MustCompile(`\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|ч\.?|часа))?`)

// onlyDateFurniture reports whether s holds nothing but the trimmings that
// surround a date in datelines.
func onlyDateFurniture(s string) bool {
	s = reClock.ReplaceAllString(strings.ToLower(s), " ")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		switch {
		case weekdays[w]:
		case w == "г" || w == "год" || w == "година" || w == "гд" || w == "at" || w == "в" || w == "on":
		default:
			return false
		}
	}
	return true
}

// ISO formats a date as YYYY-MM-DD.
func ISO(t time.Time) string { return t.Format("2006-01-02") }

// ResolvePartial completes a day and month without a year ("5 юли") to the
// occurrence nearest to hint: news reports mostly on the recent past or the
// near future, so the nearest candidate among hint's year and the years
// either side wins (13 декември with a hint of 2017-01-07 is 2016-12-13).
// It returns false for impossible days (30 февруари).
func ResolvePartial(day int, month time.Month, hint time.Time) (time.Time, bool) {
	var best time.Time
	var bestDist time.Duration = -1
	for _, y := range []int{hint.Year() - 1, hint.Year(), hint.Year() + 1} {
		t, ok := mkDate(y, month, day)
		if !ok {
			continue
		}
		d := t.Sub(hint)
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = t, d
		}
	}
	return best, bestDist >= 0
}
