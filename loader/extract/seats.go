package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Seats written before the organisation's name, which the readers in
// places() (organisation first, place after) do not see:
//
//	"базираното в Горна Оряховица дружество „X“", "the Sofia-based
//	diagnostics company X", "the Plovdiv medical device maker X", "the Varna
//	company X".

// prenominalSeat is an articled participle of a seat word: it stands
// before the noun it describes ("базираната в София фирма X"), so the
// organisation follows the place.
func prenominalSeat(t *token) bool {
	for _, stem := range []string{"базиран", "регистриран", "намиращ"} {
		if !strings.HasPrefix(t.low, stem) {
			continue
		}
		switch strings.TrimPrefix(t.low, stem) {
		case "ото", "ата", "ият", "ия", "ите":
			return true
		}
	}
	return false
}

// companyNouns describe an organisation between a town and its name in
// English ("the Plovdiv medical device maker X").
var companyNouns = setOf("company", "firm", "maker", "manufacturer", "producer", "start-up", "startup", "operator",
	"developer", "supplier", "provider", "group", "studio", "agency", "distributor", "exporter", "integrator")

// seatsBefore reads the seats written before an organisation.
func (r *run) seatsBefore(sc *sentCtx) {
	for k := range sc.items {
		p := &sc.items[k]
		if !isPlace(p.g) || p.a == sc.s.a {
			continue
		}
		prev := sc.tok(p.a - 1)
		j := p.b
		switch {
		case (prev.low == "в" || prev.low == "във") && p.a-2 >= sc.s.a && prenominalSeat(sc.tok(p.a-2)):
			// "базираното в Y дружество X"
		case j+1 < sc.s.b && sc.tok(j).dash() && sc.tok(j+1).low == "based" || j < sc.s.b && sc.tok(j).low == "based":
			// "the Sofia-based company X"
			for j < sc.s.b && (sc.tok(j).dash() || sc.tok(j).low == "based") {
				j++
			}
		case prev.low == "the" && !isCountry(p.g):
			// "the Varna company X": only with a company noun between
			n := 0
			for q := j; q < sc.s.b && q < j+4 && sc.itemAt(q) == nil; q++ {
				if companyNouns[sc.tok(q).low] {
					n++
				}
			}
			if n == 0 {
				continue
			}
		default:
			continue
		}
		// up to four lower-case words, then the organisation
		q := j
		for q < sc.s.b && q < j+4 && sc.itemAt(q) == nil && sc.tok(q).isWord() && !sc.tok(q).cap && !sc.tok(q).digit && !listBreakers[sc.tok(q).low] {
			q++
		}
		if o := sc.orgItemAt(q); o != nil && !o.anaphor {
			r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
		} else if o := appositionOwner(sc, p.a); o != nil {
			// "The Balkan Space Cluster (BSC), a Sofia-based association"
			r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
		}
	}
}

// appositionOwner is the organisation an English apposition starting
// before token a describes: "X (ACR), a Sofia-based ...", "X, the
// Plovdiv-based ...".
func appositionOwner(sc *sentCtx, a int) *item {
	k := a - 1
	if k <= sc.s.a || !(sc.tok(k).low == "a" || sc.tok(k).low == "an" || sc.tok(k).low == "the") || !sc.tok(k-1).is(",") {
		return nil
	}
	k--
	if k-3 >= sc.s.a && sc.tok(k-1).is(")") && sc.tok(k-2).allCaps && sc.tok(k-3).is("(") {
		k -= 3 // "(BSC)"
	}
	if o := sc.nearestBefore(k, isOrg); o != nil && o.b == k && !o.anaphor {
		return o
	}
	return nil
}

// originLists reads "две фирми от Бургас – A и B", "companies from Varna:
// A and B": each organisation listed is based in the place.
func (r *run) originLists(sc *sentCtx) {
	for k := range sc.items {
		p := &sc.items[k]
		if !isPlace(p.g) || p.a-2 < sc.s.a || p.b+1 >= sc.s.b {
			continue
		}
		if w := sc.tok(p.a - 1).low; w != "от" && w != "from" || !pluralOrgNouns[sc.tok(p.a-2).low] {
			continue
		}
		if !(sc.tok(p.b).dash() || sc.tok(p.b).is(":")) {
			continue
		}
		for _, o := range sc.listAfter(p.b+1, 3, isOrg) {
			r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
		}
	}
}

// lineSeats reads the seat at the end of a list line: "- „X“ ЕООД –
// софтуер за логистични компании, Русе;", "• Професионална гимназия „Y“ –
// Разград". A line of a list names one body first, then what it does, then
// its town; the town closes the line after a comma or a dash.
func (r *run) lineSeats(sc *sentCtx) {
	start := sc.s.a
	if !sc.tok(start).lineBeg {
		return
	}
	if t := sc.tok(start); t.dash() || t.is("•") || t.is("*") || t.is("·") {
		start++
	}
	o := sc.itemAt(start)
	if o == nil || !isOrg(o.g) || o.anaphor || !vouched(o) {
		return
	}
	// the town: the last item of the line, closing it
	end := sc.s.b
	for end > o.b && (sc.tok(end-1).is(";") || sc.tok(end-1).is(".") || sc.tok(end-1).is(",")) {
		end--
	}
	var p *item
	for k := range sc.items {
		if it := &sc.items[k]; it.b == end {
			p = it
		}
	}
	if p == nil || !isPlace(p.g) || p.a <= o.b+1 || !(sc.tok(p.a-1).is(",") || sc.tok(p.a-1).dash()) {
		return
	}
	// one body per line, and a line that ends where the sentence does
	for k := range sc.items {
		if it := &sc.items[k]; it != o && it.a > o.a && it.b < p.a && !isPlace(it.g) {
			return
		}
	}
	if end < sc.s.b && !sc.tok(end-1).nlAfter && !sc.tok(end).nlAfter && sc.s.b < len(sc.dc.toks) {
		return
	}
	r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
}

// townCountry reads a town written with its country: "в Букурещ, Румъния",
// "(Cluj-Napoca, Romania)", "Xanthi, Greece;", "Ruse, Bulgaria, 10 October",
// "в Гливице (Полша)". Every writer locates a foreign (and often a home) town
// this way, whatever comes before it, so the town is part of the country. A
// list of countries after it ("от Варна, Румъния и Гърция") is a list of
// origins, not a location, and gives nothing.
func (r *run) townCountry(sc *sentCtx) {
	for k := 0; k+1 < len(sc.items); k++ {
		p, c := &sc.items[k], &sc.items[k+1]
		// "Eindhoven, the Netherlands": the article before the country
		the := c.a == p.b+2 && sc.tok(p.b).is(",") && sc.tok(p.b+1).low == "the"
		if !isPlace(p.g) || !isCountry(c.g) || isCountry(p.g) || p.g.gaz == nil && !vouched(p) || c.a != p.b+1 && !the || p.g == c.g {
			continue
		}
		paren := sc.tok(p.b).is("(")
		if !paren && !sc.tok(p.b).is(",") {
			continue
		}
		if paren && (c.b >= sc.s.b || !sc.tok(c.b).is(")")) {
			continue
		}
		// "Сдружението на пекарите от Гюргево (Румъния)": the older rule in
		// places() gives the body the country as a second seat, as the dev
		// gold has it (dev3's gold has the town part of the country instead:
		// a convention question, left as it was)
		if paren && p.a > sc.s.a && (sc.tok(p.a-1).low == "от" || sc.tok(p.a-1).low == "from") && sc.nearestBefore(p.a, isOrg) != nil {
			continue
		}
		// a list of places: "София, Румъния и Гърция", "Sofia, Romania, Greece"
		if k > 0 && isPlace(sc.items[k-1].g) && sc.items[k-1].b+1 == p.a && (sc.tok(p.a-1).is(",") || sc.tok(p.a-1).low == "и" || sc.tok(p.a-1).low == "and") {
			continue
		}
		if !paren && countryListAt(sc, c) {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.PartOf, p.g, c.g, "", "")
	}
}

// countryListAt reports a country followed by another in a list ("Румъния и
// Гърция", "Romania, Greece"): the place before it is one more origin.
func countryListAt(sc *sentCtx, c *item) bool {
	if c.b+1 >= sc.s.b {
		return false
	}
	if w := sc.tok(c.b); !(w.is(",") || w.low == "и" || w.low == "and" || w.low == "or" || w.low == "или") {
		return false
	}
	n := sc.itemAt(c.b + 1)
	return n != nil && isCountry(n.g)
}

// placeListAt reports a place followed by more in an enumeration that a
// conjunction closes ("в Хисаря, Велинград и Сандански", "in Ruse, Lom and
// Vidin"): the places before it are items of the list, not a venue or town
// it contains ("хотел „X“, к.к. Y, Z" is a chain, no list).
func placeListAt(sc *sentCtx, p *item) bool {
	if isCountry(p.g) {
		return false
	}
	for cur := p; cur.b+1 < sc.s.b; {
		w := sc.tok(cur.b)
		conj := w.low == "и" || w.low == "and" || w.low == "or" || w.low == "или"
		if !w.is(",") && !conj {
			return false
		}
		n := sc.itemAt(cur.b + 1)
		if n == nil || !isPlace(n.g) || isCountry(n.g) {
			return false
		}
		if conj {
			return true
		}
		cur = n
	}
	return false
}
