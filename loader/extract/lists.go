package extract

import "github.com/clustergraph/clustergraph/loader/kg"

// Enumerations are how the genre names members and partners: "A, B и C",
// "„A“ ООД от Лом, спедиторската фирма „B“ ЕАД и C", "A (Italy), the B
// (Slovakia) and C", "A – Плевен, както и D". The helpers here read them.

// itemAt is the item starting at token i, or nil.
func (sc *sentCtx) itemAt(i int) *item {
	for k := range sc.items {
		if it := &sc.items[k]; it.a == i {
			return it
		} else if it.a > i {
			break
		}
	}
	return nil
}

// listBreakers end an enumeration: a relative clause, a finite verb, the
// next clause.
var listBreakers = setOf("който", "която", "което", "които", "чийто", "чиято", "чиито", "където", "е", "са", "бе",
	"беше", "бяха", "ще", "се", "who", "which", "that", "is", "are", "was", "were", "will", "has", "have", "а", "но",
	"but", "докато", "while", "за", "for", "с", "със", "with", "по", "under", "към", "при")

// listFrom reads an enumeration that starts with item first and returns its
// items satisfying f, in order. Between two items it accepts a separator
// ("," "и" "and" "както и" "as well as" ";"), a place attached to the item
// before ("от Лом", "(Италия)", "– Плевен", "в Йена, Германия"), an acronym in
// parentheses and up to four lower-case words describing the next item
// ("пристанищният оператор", "the").
func (sc *sentCtx) listFrom(first *item, f func(*group) bool) []*item {
	out := []*item{first}
	cur := first
	for {
		j := cur.b
		sep, words, described := false, 0, false
		var next *item
	gap:
		for j < sc.s.b {
			t := sc.tok(j)
			if it := sc.itemAt(j); it != nil {
				if isPlace(it.g) && !f(it.g) {
					j = it.b
					continue
				}
				if j == cur.b && !sep && it.b == j+1 && t.allCaps {
					j = it.b // "Институтът ... INSAIT": the name's own acronym
					continue
				}
				next = it
				break
			}
			// a relative clause set off by commas after an item ("X от
			// Тетевен, която произвежда столове, и Y"): the list goes on
			// after it
			if t.is(",") && j+1 < sc.s.b && relPronouns[sc.tok(j+1).low] {
				if c := relativeClauseEnd(sc, j+1); c > j {
					j = c
					continue
				}
			}
			// a remark in brackets after an item ("X („Най-добро
			// сътрудничество“), Y"): no item of the list inside
			if t.is("(") {
				if c := closingBracket(sc, j, f); c > j {
					j = c + 1
					continue
				}
			}
			switch {
			case t.is(",") || t.is(";") || t.low == "и" || t.low == "and" || t.low == "както" || t.low == "as" || t.low == "well":
				// the words before a separator described the item before
				// ("от гр. X"); those after it describe the next one
				sep, words = true, 0
			case t.is("(") || t.is(")") || t.dash() || t.low == "от" || t.low == "from" || t.low == "в" || t.low == "във" || t.low == "in" || t.low == "the" || t.low == "based" || t.low == "базиран" || t.low == "базирана" ||
				t.is(".") && j > sc.s.a && (sc.tok(j-1).low == "гр" || sc.tok(j-1).low == "с") || // "(гр. Брацигово)"
				t.is(".") && j == cur.b && j+1 < sc.s.b && (sc.tok(j+1).is("(") || sc.tok(j+1).is(",")): // "X S.p.A. (Italy)": the abbreviation's dot
			case t.isWord() && (!t.cap || t.latin && demonym(t.low) && sc.itemAt(j+1) == nil) && !t.digit && !listBreakers[t.low] && words < 4:
				words++ // also "the Romanian cluster X"
				if h, ok := headAt(sc.dc, j); ok && orgLike(h.typ) && !t.latin {
					described = true
				}
			case described && sep && t.isWord() && !t.cap && !t.digit && words < 8 && (t.low == "за" || t.low == "по" || !listBreakers[t.low] && !looksVerbStrict(t.low)):
				// "испанската асоциация на производителите на опаковки X":
				// a body's noun with a complement of its own describes the
				// next item
				words++
			case t.allCaps && j > sc.s.a && (sc.tok(j-1).is("(") || j == cur.b && !sep):
				// an acronym the recogniser did not claim: "(ДЛК)", or
				// written right after the name: "Институтът ... INSAIT"
			case t.cap && t.latin && demonym(t.low) && words < 4:
				// "the Spanish technology company X": a nationality before
				// the describing words
				words++
			case t.is(".") && j == cur.b && legalAbbrevEnd(sc.tok(j-1)):
				// the full stop of "S.A.", "Ltd.", "S.L." ending the name
			default:
				break gap
			}
			j++
		}
		if next == nil || !sep || !f(next.g) || next.g.weak && !next.g.used {
			// a weak reading (a capitalised phrase without a head noun or
			// legal form) is a name only when something else vouches for it
			return out
		}
		out = append(out, next)
		cur = next
	}
}

// listAfter finds the first item satisfying f within window tokens after
// token i (places and lower-case words may come first: "и две фирми от
// Бургас – A и B") and reads the enumeration starting there.
func (sc *sentCtx) listAfter(i, window int, f func(*group) bool) []*item {
	for j := i; j < sc.s.b && j < i+window; j++ {
		t := sc.tok(j)
		if t.is(".") || t.is(";") || t.isWord() && listBreakers[t.low] && t.low != "с" && t.low != "за" {
			return nil
		}
		it := sc.itemAt(j)
		if it == nil {
			continue
		}
		if f(it.g) {
			if it.g.weak && !it.g.used && j > i {
				return nil // a weak reading only right after the introducer
			}
			return sc.listFrom(it, f)
		}
		if !isPlace(it.g) {
			return nil
		}
		j = it.b - 1
	}
	return nil
}

// docOrg is the cluster (else association) a pronoun or bare noun at token i
// refers to: "към него се присъедини", "сред членовете му", "It is a member
// of".
func (sc *sentCtx) docOrg(i int) *group {
	if g := sc.dc.orgAt(kg.Cluster, i); g != nil {
		return g
	}
	return sc.dc.orgAt(kg.Association, i)
}

// orgRefAt is the organisation named at token i ("на клъстера", "of the
// cluster", "към него", "института Fraunhofer IOF", "клъстерът Ruhr
// Circular"), skipping an English article.
func (sc *sentCtx) orgRefAt(i int) *group {
	if it := sc.orgItemAt(i); it != nil {
		return it.g
	}
	if i < sc.s.b && sc.tok(i).low == "the" {
		i++
	}
	if i >= sc.s.b || sc.itemAt(i) != nil {
		return nil
	}
	switch sc.tok(i).low {
	case "него", "нея", "нас", "му", "ѝ", "й", "it", "its", "us":
		return sc.docOrg(i)
	case "cluster", "клъстер":
		return sc.dc.orgAt(kg.Cluster, i)
	case "network", "association", "мрежата", "асоциацията":
		return sc.dc.orgAt(kg.Association, i)
	}
	if institutionNouns[sc.tok(i).low] {
		return sc.dc.orgByHead(sc.tok(i).stem, i)
	}
	return nil
}

// orgItemAt is the organisation item at token i, after an English article
// or a lower-case head noun the recogniser left out ("агенцията
// CzechInvest"); a bare noun followed by the name ("клъстерът Ruhr
// Circular") gives the name.
func (sc *sentCtx) orgItemAt(i int) *item {
	if i < sc.s.b && sc.tok(i).low == "the" {
		i++
	}
	if i+1 < sc.s.b && sc.tok(i).quote() && sc.itemAt(i) == nil {
		i++ // "в „Хани Фуудс“": a mention may start after the quote
	}
	if i >= sc.s.b {
		return nil
	}
	it := sc.itemAt(i)
	if it == nil {
		if t := sc.tok(i); t.isWord() && !t.cap && !t.stop && i+1 < sc.s.b {
			if nx := sc.itemAt(i + 1); nx != nil && isOrg(nx.g) && !nx.anaphor {
				return nx
			}
			return sc.quotedAfterDescription(i)
		}
		return nil
	}
	if !isOrg(it.g) || !vouched(it) {
		return nil
	}
	if it.anaphor {
		if nx := sc.itemAt(it.b); nx != nil && isOrg(nx.g) && !nx.anaphor {
			return nx
		}
	}
	return it
}

// quotedAfterDescription is the quoted organisation after a lower-case
// description that starts at token i and may hold complements of its own
// ("хотелската верига „X“", "онлайн магазина за детско облекло „Y“"), or
// nil: a verb, a capital or a comma ends the description.
func (sc *sentCtx) quotedAfterDescription(i int) *item {
	for k := i; k < sc.s.b && k-i <= 6; k++ {
		t := sc.tok(k)
		if t.quote() {
			if k == i || k+1 >= sc.s.b {
				return nil
			}
			if it := sc.itemAt(k); it == nil || it.a == k {
				if it == nil {
					it = sc.itemAt(k + 1)
				}
				if it != nil && isOrg(it.g) && !it.anaphor {
					return it
				}
			}
			return nil
		}
		if !t.isWord() || t.cap || t.allCaps || t.digit || sc.itemAt(k) != nil || looksVerbStrict(t.low) {
			return nil
		}
		if t.stop && t.low != "за" && t.low != "на" && t.low != "по" {
			return nil
		}
	}
	return nil
}

// legalAbbrevEnd reports the last word of an abbreviated legal form
// ("S.A", "S.L", "Ltd", "Inc", "Co"), whose full stop is no sentence end.
func legalAbbrevEnd(t *token) bool {
	n := len([]rune(t.text))
	return t.cap && n >= 1 && n <= 3 && t.isWord() && !t.digit
}

// closingBracket is the ")" closing the "(" at token j within 15 tokens,
// when no item satisfying f stands between them; else -1.
func closingBracket(sc *sentCtx, j int, f func(*group) bool) int {
	for k := j + 1; k < sc.s.b && k <= j+15; k++ {
		if it := sc.itemAt(k); it != nil && f(it.g) {
			return -1
		}
		if sc.tok(k).is("(") {
			return -1
		}
		if sc.tok(k).is(")") {
			return k
		}
	}
	return -1
}

// pluralPronouns stand for an enumeration as a subject: "Те", "Всички те",
// "И петте фирми", "They", "All of them", "Both companies".
var pluralPronouns = setOf("те", "всички", "всичките", "тези", "they", "all", "these", "those", "them", "of")

// pluralCounts are articled numbers and their English forms that count
// the antecedents ("двете", "петте", "all five").
var pluralCounts = map[string]int{"двете": 2, "двата": 2, "трите": 3, "четирите": 4, "петте": 5, "шестте": 6, "седемте": 7, "осемте": 8,
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "both": 2}

// pluralAntecedents reads a sentence whose subject is a plural pronoun,
// optionally with a count and a plural noun of bodies ("Всички те", "И
// трите фирми", "All five companies", "They"), followed by the verb "to
// be" in any tense and up to two adverbs ("и", "also", "all", "вече")
// before the predicate at token i ("членове", "partners"). It returns the
// bodies the sentence before enumerated (two or more, the longest
// enumeration, all satisfying f), which the pronoun stands for: "На щанда
// бяха A, B и C. Всички те са членове на клъстера". A count that differs
// from the enumeration's length, or no enumeration, gives nil.
func (sc *sentCtx) pluralAntecedents(i int, f func(*group) bool) []*item {
	if sc.prev == nil || i-sc.s.a < 2 || i-sc.s.a > 8 {
		return nil
	}
	j, count, pron := sc.s.a, 0, false
	if sc.tok(j).low == "и" {
		j++ // "И трите фирми"
	}
subject:
	for ; j < i; j++ {
		t := sc.tok(j)
		switch {
		case pluralCounts[t.low] > 0:
			count, pron = pluralCounts[t.low], true
		case pluralPronouns[t.low]:
			pron = pron || t.low != "of"
		case pron && (pluralOrgNouns[t.low] || companyListNouns[t.low] || memberFirmNouns[t.low]):
		default:
			break subject
		}
	}
	if !pron || j >= i {
		return nil
	}
	e := copulaAt(sc, j)
	if e < 0 {
		return nil
	}
	if l := sc.tok(j).low; l == "е" || l == "is" || l == "бе" || l == "беше" || l == "was" {
		return nil // a singular verb: not the enumeration
	}
	for ; e < i; e++ {
		switch sc.tok(e).low {
		case "и", "also", "all", "both", "вече", "already", "now", "сега":
		default:
			return nil
		}
	}
	var best []*item
	p := sc.prev
	for k := range p.items {
		it := &p.items[k]
		if !f(it.g) || it.anaphor || !vouched(it) {
			continue
		}
		if len(best) > 0 && it.a < best[len(best)-1].b {
			continue // inside the enumeration already read
		}
		if l := p.listFrom(it, func(g *group) bool { return f(g) && !isPlace(g) }); len(l) > len(best) {
			best = l
		}
	}
	if len(best) < 2 || count > 0 && count != len(best) {
		return nil
	}
	return best
}

// memberNounOpens reports a plural member noun at token i that opens its
// clause, after only words that describe the members ("новоприетите",
// "новите", "its new", "current"), and names no body after it: "Сред
// новоприетите членове са", "като сред новите членове са", "Its new
// members include".
func memberNounOpens(sc *sentCtx, i int) bool {
	if i+1 < sc.s.b && (sc.tok(i+1).low == "на" || sc.tok(i+1).low == "of") {
		return false
	}
	j := i - 1
	for ; j >= sc.s.a && j >= i-3; j-- {
		t := sc.tok(j)
		if !t.isWord() || !hasPrefix(t, "нов", "последн", "настоящ", "сегашн", "редовн", "асоциир", "new", "latest", "current", "recent", "associate") &&
			t.low != "its" && t.low != "the" && t.low != "му" && t.low != "ѝ" && t.low != "й" {
			break
		}
	}
	if j == i-1 && j >= sc.s.a && sc.tok(j).low != "сред" && sc.tok(j).low != "among" {
		return false // nothing describes the members: "27 членове", "членове"
	}
	if j < sc.s.a {
		return true
	}
	switch t := sc.tok(j); {
	case t.low == "сред" || t.low == "among":
		return j == sc.s.a || sc.tok(j-1).is(",") || sc.tok(j-1).low == "като" || sc.tok(j-1).low == "и" || sc.tok(j-1).low == "and"
	case t.is(",") || t.low == "като":
		return true
	}
	return false
}

// relativeClauseEnd is the comma that closes the relative clause opening at
// token k, when a separator and a capitalised or quoted name follow it
// (", и Y", ", Y"), within 15 tokens; else -1.
func relativeClauseEnd(sc *sentCtx, k int) int {
	for j := k + 1; j < sc.s.b && j <= k+15; j++ {
		t := sc.tok(j)
		if t.is(";") || t.is(":") || t.is("(") || relPronouns[t.low] {
			return -1
		}
		if !t.is(",") {
			continue
		}
		n := j + 1
		if n < sc.s.b && (sc.tok(n).low == "и" || sc.tok(n).low == "and") {
			n++
		}
		for n < sc.s.b && n <= j+4 && sc.itemAt(n) == nil && sc.tok(n).isWord() && !sc.tok(n).cap {
			n++ // "и дърводелница „Y“": a describing word
		}
		if n < sc.s.b && sc.itemAt(n) != nil {
			return j
		}
		return -1
	}
	return -1
}
