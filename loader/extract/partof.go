package extract

import "github.com/clustergraph/clustergraph/loader/kg"

// seriesWord is a word that makes a predicate one of a project's events:
// an ordinal ("второто", "third", "заключителният"), "one of", or a noun of
// events and activities ("събитие", "activities").
func seriesWord(t *token) bool {
	return hasPrefix(t, "първ", "втор", "трет", "четвърт", "пет", "шест", "последн", "заключител", "поредн", "начал",
		"first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "latest", "opening", "closing",
		"дейност", "activit", "събити", "event", "мероприят", "инициатив", "initiative") ||
		t.low == "one" || t.low == "едно" || t.low == "една" || t.low == "един" || t.low == "едното" || t.low == "едната"
}

// seriesAt reports a word of the predicate at j that makes it one of a
// project's events: a series word or an event's head noun ("webinar").
func seriesAt(sc *sentCtx, j int) bool {
	if seriesWord(sc.tok(j)) {
		return true
	}
	h, ok := headAt(sc.dc, j)
	return ok && h.typ == kg.Event
}

// eventOfProject reads an event said to be one of a project's events by a
// copula (`TestEventOfProject`): "Това е второто събитие по проекта",
// "Събитието е второто по проекта X", "Форумът е едно от събитията по
// проекта", "It was the project's second forum", "The forum is one of the
// activities of the X project". The subject is the event the sentence
// names before the copula, a bare event noun, or a demonstrative or
// personal pronoun for the event in play; the project is the first name
// after the copula, with only describing words between.
func (r *run) eventOfProject(sc *sentCtx) {
	c := -1
	for j := sc.s.a; j < sc.s.b && j <= sc.s.a+4; j++ {
		if w := sc.tok(j).low; copulaWord(w) && w != "ще" {
			c = j
			break
		}
	}
	if c < 0 || c+2 >= sc.s.b {
		return
	}
	var from *group
	if ev := sc.nearestBefore(c, isEvent); ev != nil {
		from = ev.g
	} else if w := sc.tok(sc.s.a).low; c == sc.s.a+1 && (w == "това" || w == "то" || w == "той" || w == "тя" || w == "it" || w == "this") {
		from = sc.implicitEvent()
	} else if sc.nearestBefore(c, func(*group) bool { return true }) == nil {
		from = sc.bareEventSubject()
	}
	if from == nil {
		return
	}
	// the first name after the copula past the event nouns of the
	// predicate ("второто събитие", "the second webinar")
	series := false
	var p *item
	for k := range sc.items {
		it := &sc.items[k]
		if it.a <= c {
			continue
		}
		if isEvent(it.g) && it.anaphor && it.a-c <= 4 {
			series = true
			continue
		}
		p = it
		break
	}
	if p == nil || !isProject(p.g) || p.a-c > 9 {
		// "It was the project's second forum": the text's one project by
		// its bare noun
		j := sc.findTok(c+1, min(sc.s.b, c+4), func(t *token) bool { return t.low == "project's" || t.low == "project’s" })
		if j < 0 || sc.tok(j-1).low != "the" {
			return
		}
		g := sc.dc.onlyProject()
		if g == nil {
			return
		}
		p = &item{a: j, b: j + 1, g: g, anaphor: true}
	}
	if p.g == from {
		return
	}
	for j := c + 1; j < p.a; j++ {
		t := sc.tok(j)
		if it := sc.itemAt(j); it != nil && isEvent(it.g) && it.anaphor {
			j = it.b - 1
			continue
		}
		if !t.isWord() || t.cap && !(j == p.a-1 && headWordAt(sc, j)) {
			return // another name, a clause: not a predicate of the event
		}
		if seriesAt(sc, j) {
			series = true
		}
	}
	if before := sc.tok(p.a - 1).low; p.a-1 > c && before != "по" && before != "на" && before != "of" && before != "from" && before != "the" && before != "проект" && before != "project" && !headWordAt(sc, p.a-1) {
		return
	}
	// "the project's second forum": the describing words after the possessive
	if k := p.b; !series && k < sc.s.b && (p.anaphor || sc.tok(k-1).low == "project's" || sc.tok(k-1).low == "project’s") {
		for j := k; j < sc.s.b && j <= k+3; j++ {
			t := sc.tok(j)
			if !t.isWord() {
				break
			}
			if seriesAt(sc, j) {
				series = true
			}
		}
	}
	if series {
		r.addRel(sc.dc, sc.s, kg.PartOf, from, p.g, "", "")
	}
}
