package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Places written in a name (the convention of loader/testdata/README.md).
// A town or country that closes the name of an organisation, cluster or
// association states its seat: after a dash ("Технически университет –
// Габрово"), after "в"/"in"/"на"/"of" ("Университетът в Пирея", "University
// of Ruse"), or as its last word ("Cluster Plovdiv", "Клъстер Аутомотив
// България"). A venue so named is part of the town ("Интер Експо Център –
// София"). The town is a place mention of its own although the name's
// reading took its words.
//
// Not read as seats: an adjective ("Русенски университет" names no town);
// regions, mountains and venues of the reference list ("Медена Добруджа",
// "Зелен водород – Тракия"); a word that is no known place ("Дунав Турс",
// "Петров – Зърно"); the territory a government body is named for ("Община
// Видин", "Областна администрация – Хасково", "Municipality of Sliven"); two
// places joined by a dash ("Несебър – Поморие", a group of both); a
// branch's town ("филиал Пловдив"); a compass part ("Южна Централна
// България"); a quoted name that is the place alone ("Клъстер „Мизия“":
// the quotes hold only the place, so nothing is left of the name); and a
// hotel or hall named by a town ("хотел Рига").

// territoryWords are the heads of bodies that govern the place after them.
var territoryWords = setOf("община", "общината", "municipality", "администрация", "администрацията",
	"administration", "регион", "регионът", "региона", "region", "област", "областта", "district", "province",
	"county", "град", "града", "градът", "city", "town", "съвет", "council", // "Общински съвет – Шумен"
	// an embassy is named for the country it represents ("Embassy of Bulgaria")
	"embassy", "consulate", "посолство", "посолството", "консулство", "консулството")

// namePrepositions join a name to the town that closes it.
var namePrepositions = setOf("в", "във", "in", "на", "of", "от", "from")

// nameSeat finds the town or country that closes the name c covers: its
// token range and reference entry, or ok false.
func (x *Rules) nameSeat(dc *docCtx, c *cand) (a, b int, e *gazEntry, ok bool) {
	end := c.b
	for end > c.a && !dc.toks[end-1].isWord() {
		end-- // a closing quote: "Клъстер „Дърво и мебел – Ямбол“"
	}
	// "„Пристанище Лом“ АД", "„Златно зърно – Генерал Тошево“ ООД": the
	// town closes the name before its legal form
	if end-1 > c.a && legalForms[strings.TrimSuffix(dc.toks[end-1].low, ".")] && dc.toks[end-2].quote() {
		end--
		for end > c.a && !dc.toks[end-1].isWord() {
			end--
		}
	}
	for k := max(c.a+1, end-3); k < end; k++ {
		if !dc.toks[k].isWord() || !dc.toks[k].cap {
			continue
		}
		e2, g := x.gaz.match(dc.toks, k, end)
		if e2 != end || g == nil || g.typ != kg.Place || g.kind != "" {
			continue
		}
		a, b, e = k, end, g
		break
	}
	if e == nil || a-1 < c.a || a-1 == c.a && !venueCompound(dc.toks[c.a].low) {
		return 0, 0, nil, false // the name must hold more than the town
	}
	prev := &dc.toks[a-1]
	before := a - 1 // the last word of the name before the town and its connector
	switch {
	case prev.dash() && !prev.is("-"):
		before = a - 2
		for before > c.a && dc.toks[before].quote() {
			before-- // "Гимназия „Джон Атанасов“ – Разград"
		}
		if before < c.a {
			return 0, 0, nil, false
		}
		if p, g := x.gaz.match(dc.toks, wordStart(dc, c.a, before), a-1); p == a-1 && g != nil && g.typ == kg.Place && g.kind != "venue" {
			return 0, 0, nil, false // "Несебър – Поморие": two places, neither a seat
		}
	case prev.isWord() && namePrepositions[prev.low]:
		before = a - 2
	case prev.isWord():
		if e.gen {
			return 0, 0, nil, false // "Lomska Mandra": a generated town seats no name it only closes
		}
		if branchWords[prev.low] || compassWord(prev.low) {
			return 0, 0, nil, false // "филиал Пловдив", "Южна Централна България"
		}
		if c.typ == kg.Place && a-1 == c.a && !venueCompound(dc.toks[c.a].low) {
			return 0, 0, nil, false // "хотел Рига": the venue's own name ("Експоцентър Бургас" is in Бургас)
		}
	default:
		return 0, 0, nil, false // "Клъстер „Мизия“": the quotes hold the place alone
	}
	if before < c.a || !dc.toks[before].isWord() || territoryWords[dc.toks[before].low] {
		return 0, 0, nil, false
	}
	if c.typ == kg.Place && !prev.dash() && before == c.a && !venueCompound(dc.toks[c.a].low) {
		return 0, 0, nil, false // "зала на Средец"
	}
	return a, b, e, true
}

// wordStart is the first of the (at most three) capitalised words that end
// at token i, within the name starting at a: "Несебър" in "Несебър – Поморие".
func wordStart(dc *docCtx, a, i int) int {
	k := i
	for k-1 >= a && dc.toks[k-1].isWord() && dc.toks[k-1].cap && i-k < 2 {
		k--
	}
	return k
}

// placesInNames adds the town a name closes with as a place mention of its
// own, tied to the name it closes.
func (x *Rules) placesInNames(dc *docCtx) {
	n := len(dc.cands)
	for k := 0; k < n; k++ {
		c := dc.cands[k]
		if c.weak || c.ref != nil || c.nameOf != nil || !(orgLike(c.typ) || c.typ == kg.Place && (c.gaz == nil || c.gaz.kind == "venue")) {
			continue
		}
		a, b, e, ok := x.nameSeat(dc, c)
		if !ok {
			continue
		}
		p := &cand{doc: dc.idx, a: a, b: b, typ: kg.Place, name: e.name, gaz: e, prio: 7, nameOf: c}
		if w := clean(dc.text(a, b)); w != e.name && dc.toks[a].latin {
			p.aliases = []string{w}
		}
		// not claimed: the name keeps its words for the sentence's readers
		dc.cands = append(dc.cands, p)
	}
}

// nameSeats relates each name to the town it closes with, in the sentence
// of the mention.
func (r *run) nameSeats(dc *docCtx) {
	for _, p := range dc.cands {
		o := p.nameOf
		if o == nil || p.group == nil || o.group == nil {
			continue
		}
		og := o.group.final()
		if og.weak && !og.used {
			continue
		}
		t := kg.BasedIn
		if og.typ == kg.Place {
			t = kg.PartOf
		}
		r.addRel(dc, dc.sents[dc.sentOf[p.a]], t, og, p.group, "", "")
	}
}
