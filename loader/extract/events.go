package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// events dates the events, names the descriptive ones ("общо събрание на
// АБК") now that their organisations are resolved, and picks each
// document's main event for anaphora ("Събитието", "конференцията").
func (r *run) events() {
	for _, dc := range r.docs {
		for _, c := range dc.cands {
			if c.typ != kg.Event || c.ref != nil {
				continue
			}
			if d, ok := dc.dateNear(c.a); ok {
				if c.props == nil {
					c.props = map[string]any{}
				}
				d = yearFromName(d, c.name, dc)
				c.props["start"], c.props["end"] = d.start, d.end
			}
		}
		// descriptive events: name them and key them with their date
		for _, c := range dc.cands {
			if !c.descr || c.group != nil {
				continue
			}
			var of *group
			if c.descrOrg != nil && c.descrOrg.group != nil {
				of = c.descrOrg.group.final()
			} else if c.props["projectRef"] == true {
				of = dc.projectAt(c.a)
			}
			if of == nil {
				if c.props["projectRef"] != true || dc.eventBefore(c) {
					c.descr = false // nothing to name it by; the noun stays an anaphor
					continue
				}
				// "Заключителната конференция по проекта се проведе ..." in a
				// text that names no project: the event is told of all the
				// same, named by its description
				if end := c.b + 2; end <= len(dc.toks) {
					if w := clean(dc.text(c.a, end)); w != "" && w != c.name {
						c.aliases = append(c.aliases, w)
					}
				}
				continue
			}
			short := r.displayName(of)
			if of.acronym != "" {
				short = of.acronym
			} else if of.gaz != nil {
				if a, ok := of.gaz.props["acronym"].(string); ok {
					short = a
				}
			}
			prep := "на"
			if strings.HasSuffix(c.descrPre, " по") {
				prep = "по"
			}
			// the description as written ("Стартовата среща по проекта",
			// "Общото събрание на АБК") stays as an alias: it is how readers
			// and annotators name the event
			end := c.b + 2
			if c.descrOrg != nil {
				end = c.descrOrg.b
			}
			if end <= len(dc.toks) && end > c.b {
				if w := clean(dc.text(c.a, end)); w != "" {
					c.aliases = append(c.aliases, w)
				}
			}
			pre := c.name
			if prep == "по" && of.typ == kg.Project {
				c.name = pre + " по проект " + short
			} else {
				c.name = pre + " " + prep + " " + short
			}
		}
		// undated descriptive events take the date of a same-named one
		dated := map[string]map[string]any{}
		for _, c := range dc.cands {
			if c.descr && c.props["start"] != nil {
				if _, ok := dated[c.name]; !ok {
					dated[c.name] = c.props
				}
			}
		}
		for _, c := range dc.cands {
			if c.descr && c.props["start"] == nil {
				if p, ok := dated[c.name]; ok {
					if c.props == nil {
						c.props = map[string]any{}
					}
					c.props["start"], c.props["end"] = p["start"], p["end"]
				}
			}
		}
	}
	// group the descriptive events by name and date
	for _, dc := range r.docs {
		for _, c := range dc.cands {
			if !c.descr || c.group != nil {
				continue
			}
			k := nameKey(c.name)
			if s, ok := c.props["start"].(string); ok {
				k += "@" + s
			}
			g := r.byKey["event:"+k]
			if g == nil {
				g = r.newGroup(c, nameKey(c.name))
				r.byKey["event:"+k] = g
				g.props["descrName"] = c.name
			}
			g.addCand(c)
		}
	}
	r.mergeHeadlineDescribed()
	r.mergeAppositiveEvents()
	r.mergeSameEvents()
	// dates of named events go to their groups (first in document order)
	for _, dc := range r.docs {
		for _, c := range dc.cands {
			if c.typ != kg.Event || c.group == nil || c.props["start"] == nil {
				continue
			}
			g := c.group.final()
			if g.props["start"] == nil {
				g.props["start"], g.props["end"] = c.props["start"], c.props["end"]
			}
		}
	}
	r.scopeDescribedEvents()
	for _, dc := range r.docs {
		dc.main = r.mainEvent(dc)
		r.foldPanels(dc)
	}
}

// foldPanels folds an unnamed panel of a document ("A panel discussion on
// access to finance was moderated by X", "The first panel", "в панелната
// дискусия") into the document's event: by the settled convention it is no
// event of its own, and its moderator and panellists present at the larger
// event. A named (quoted) panel stays an event, and so does a panel a
// programme only lists with nobody on it ("will feature a ministerial
// panel"): dev8's gold, written before the convention, keeps that one.
func (r *run) foldPanels(dc *docCtx) {
	main := dc.main
	if main == nil || panelGroup(dc, main) {
		return
	}
	for _, c := range dc.cands {
		if c.typ != kg.Event || c.group == nil {
			continue
		}
		g := c.group.final()
		if g == main || g.typ != kg.Event || g.scope != dc.doc.ID || !panelGroup(dc, g) || !personInSentence(dc, c) {
			continue
		}
		g.cands = nil
		g.merged = main
	}
}

// panelGroup reports an event named as a panel ("panel", "panel discussion",
// "панелна дискусия").
func panelGroup(dc *docCtx, g *group) bool {
	for _, c := range g.cands {
		if c.doc != dc.idx {
			continue
		}
		for i := c.a; i < c.b && i < len(dc.toks); i++ {
			if l := dc.toks[i].low; l == "panel" || l == "panels" || strings.HasPrefix(l, "панел") {
				return true
			}
		}
	}
	return false
}

// mergeHeadlineDescribed folds an event the headline describes by its kind
// and its organisation or project ("международна среща по проект X") into
// the one event of that kind and body the text describes further on
// ("втората партньорска среща по проекта X"): the headline names the
// news's event in short.
func (r *run) mergeHeadlineDescribed() {
	type kindOf struct {
		head string
		of   *group
	}
	for _, dc := range r.docs {
		if len(dc.sents) == 0 {
			continue
		}
		title := dc.sents[dc.title]
		of := func(c *cand) *group {
			if c.descrOrg != nil && c.descrOrg.group != nil {
				return c.descrOrg.group.final()
			}
			if c.props["projectRef"] == true {
				return dc.projectAt(c.a)
			}
			return nil
		}
		inTitle := map[*group]kindOf{}
		outside := map[*group]bool{}
		body := map[kindOf][]*group{}
		for _, c := range dc.cands {
			if !c.descr || c.group == nil || nextEvent(dc, c.a) {
				continue
			}
			g, o := c.group.final(), of(c)
			if o == nil {
				continue
			}
			k := kindOf{c.evHead, o}
			if c.a >= title.a && c.b <= title.b {
				inTitle[g] = k
				continue
			}
			outside[g] = true
			seen := false
			for _, x := range body[k] {
				seen = seen || x == g
			}
			if !seen {
				body[k] = append(body[k], g)
			}
		}
		for g, k := range inTitle {
			if outside[g] || g.merged != nil {
				continue
			}
			if into := body[k]; len(into) == 1 && into[0] != g {
				r.foldNamed(g, into[0])
			}
		}
	}
}

// yearFromName corrects a date whose year came from the publication date
// when the event's name carries its own year ("ХИ-ТЕК 2019").
func yearFromName(d dateSpan, name string, dc *docCtx) dateSpan {
	if !d.guessedYear {
		return d
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r < '0' || r > '9' }) {
		if isYear(w) && w != d.start[:4] {
			d.start = w + d.start[4:]
			d.end = w + d.end[4:]
			return d
		}
	}
	return d
}

// eventBefore reports an event of the same kind as c mentioned before it:
// c may then refer to that one.
func (dc *docCtx) eventBefore(c *cand) bool {
	for _, o := range dc.cands {
		if o != c && o.typ == kg.Event && o.a < c.a && o.evHead == c.evHead {
			return true
		}
	}
	return false
}

// dateNear returns the date in the sentence of token i nearest after it,
// else the nearest before it.
func (dc *docCtx) dateNear(i int) (dateSpan, bool) {
	s := dc.sents[dc.sentOf[i]]
	at := dc.toks[i].s
	var before, after *dateSpan
	for k := range dc.dates {
		d := &dc.dates[k]
		if d.s < s.s || d.e > s.e {
			continue
		}
		if d.s >= at && after == nil {
			after = d
		}
		if d.s < at {
			before = d
		}
	}
	if after != nil {
		return *after, true
	}
	if before != nil {
		return *before, true
	}
	return dateSpan{}, false
}

// projectAt is the project a bare "проекта" at token i refers to: the last
// project named before it, else the one named most in the document.
func (dc *docCtx) projectAt(i int) *group {
	var last *group
	lastAt := -1
	count := map[*group]int{}
	var order []*group
	for _, c := range dc.cands {
		if c.group == nil || c.group.final().typ != kg.Project {
			continue
		}
		g := c.group.final()
		if c.a < i && c.a >= lastAt { // cands are not in text order
			last, lastAt = g, c.a
		}
		if count[g] == 0 {
			order = append(order, g)
		}
		count[g]++
	}
	if last != nil {
		return last
	}
	var best *group
	for _, g := range order {
		if best == nil || count[g] > count[best] {
			best = g
		}
	}
	return best
}

// programmeAt is the programme a bare "Програмата" at token i refers to:
// the last one named before it that is not a fund; for "процедурата",
// "поканата", "the call" the last call named, when there is one.
func (dc *docCtx) programmeAt(i int) *group {
	var last, lastCall *group
	lastAt, callAt := -1, -1
	for _, c := range dc.cands { // not in text order
		if c.a >= i || c.group == nil {
			continue
		}
		g := c.group.final()
		if g.typ != kg.Programme || isFund(g) {
			continue
		}
		if c.a > lastAt {
			last, lastAt = g, c.a
		}
		if g.props["call"] == true && c.a > callAt {
			lastCall, callAt = g, c.a
		}
	}
	if l := dc.toks[i].low; lastCall != nil && (strings.HasPrefix(l, "процедур") || strings.HasPrefix(l, "покан") || l == "call") {
		return lastCall
	}
	return last
}

// orgAt is the cluster or association a bare "клъстерът" / "сдружението" at
// token i refers to: one named in the title, else the one named most in the
// document before i (ties: the latest).
func (dc *docCtx) orgAt(typ kg.EntityType, i int) *group {
	count := map[*group]int{}
	var order []*group
	var last *group
	for _, c := range dc.cands {
		if c.group == nil || c.a >= i {
			continue
		}
		g := c.group.final()
		if g.typ != typ {
			continue
		}
		if len(dc.sents) > 0 && c.a >= dc.sents[dc.title].a && c.b <= dc.sents[dc.title].b {
			return g
		}
		if count[g] == 0 {
			order = append(order, g)
		}
		count[g]++
		last = g
	}
	best := last
	for _, g := range order {
		if count[g] > count[best] {
			best = g
		}
	}
	return best
}

// mainEvent is the event a document is about: one named in its first
// sentence (or referred to there by its noun, "Конференцията се проведе"),
// else the only event of the document.
func (r *run) mainEvent(dc *docCtx) *group {
	m := r.namedMainEvent(dc)
	if m != nil && dc.mainInTitle {
		return m
	}
	// the happening the headline or lead reports by its verb and the text
	// refers back to by its noun ("X посети Y ... Посещението беше
	// организирано от Z") is the news's, not an event named further on
	if dc.deverbal != nil && dc.deverbal.group != nil {
		return dc.deverbal.group.final()
	}
	return m
}

// namedMainEvent is the event the headline, the lead or the whole text names.
func (r *run) namedMainEvent(dc *docCtx) *group {
	if len(dc.sents) == 0 {
		return nil
	}
	s0 := dc.sents[dc.title]
	var inTitle []*group
	for i := s0.a; i < s0.b; i++ {
		if c := dc.claimed[i]; c != nil && c.group != nil && c.group.final().typ == kg.Event {
			if g := c.group.final(); (len(inTitle) == 0 || inTitle[len(inTitle)-1] != g) && !framedAt(dc, s0, c.a) {
				inTitle = append(inTitle, g)
			}
		}
	}
	if len(inTitle) > 0 {
		dc.mainInTitle = true
		// a headline that names two events ("Over 300 B2B meetings at
		// „X 2026“") is about the one its lead names again
		if len(inTitle) > 1 {
			if g := leadNamesOneOf(dc, inTitle); g != nil {
				return g
			}
		}
		return inTitle[0]
	}
	for i := s0.a; i < s0.b; i++ {
		if dc.claimed[i] == nil {
			if h, ok := headAt(dc, i); ok && h.typ == kg.Event && !dc.toks[i].latin {
				if g := dc.eventFor(h.base, i); g != nil {
					dc.mainInTitle = true
					return g
				}
			}
		}
	}
	var only *group
	several := false
	for _, c := range dc.cands {
		if c.group == nil || c.group.final().typ != kg.Event || comingCand(dc, c) {
			continue // (the next meeting the text ends with is not its news)
		}
		if dc.deverbal != nil && dc.deverbal.group != nil && c.group.final() == dc.deverbal.group.final() {
			continue // the lead's happening is the news's only when nothing named is
		}
		if only != nil && only != c.group.final() {
			several = true
			break
		}
		only = c.group.final()
	}
	if !several {
		return only
	}
	// the lead — the first body sentence — names the news's event ("... на
	// Първия национален форум на рибарството"), unless it is a coming one
	body := 0
	for si := dc.title + 1; si < len(dc.sents) && body < 2; si++ {
		s := dc.sents[si]
		if !headlineLike(dc, s) {
			continue // a dateline or a byline
		}
		body++
		// the lead, or the sentence right after it ("Клъстерът откри
		// лаборатория. Церемонията по откриването събра ...")
		for i := s.a; i < s.b; i++ {
			if c := dc.claimed[i]; c != nil && c.group != nil && c.group.final().typ == kg.Event && !nextEvent(dc, c.a) && !scheduledCue(dc, s) {
				return c.group.final()
			}
		}
	}
	return nil
}

// leadNamesOneOf is the one of the headline's events that the lead (the
// first body sentence past a dateline) names too, or nil when it names none
// or several.
func leadNamesOneOf(dc *docCtx, evs []*group) *group {
	for si := dc.title + 1; si < len(dc.sents); si++ {
		s := dc.sents[si]
		if !headlineLike(dc, s) {
			continue
		}
		var found *group
		for i := s.a; i < s.b; i++ {
			c := dc.claimed[i]
			if c == nil || c.group == nil {
				continue
			}
			g := c.group.final()
			for _, e := range evs {
				if e == g && found != g {
					if found != nil {
						return nil
					}
					found = g
				}
			}
		}
		return found
	}
	return nil
}

// comingCand reports an event named as the next or a coming one ("the next
// meeting of the consortium", "Следващата партньорска среща").
func comingCand(dc *docCtx, c *cand) bool {
	t := &dc.toks[c.a]
	return nextEvent(dc, c.a) || t.low == "next" || t.low == "upcoming" || hasPrefix(t, "следващ", "предстоящ")
}

// eventFor resolves an event noun without a name at token i (base form
// head) to an event of the document with the same head noun, nearest
// before, else after it in the same sentence (or the headline's, which
// tells of what the body reports); "събитие" and the like fall
// back to the main event, a noun of a kind ("конференцията", "the
// seminar") only when the main event is of that kind or of none known. A
// definite noun refers back: never to an event of another kind, nor to one
// the text brings in only later.
func (dc *docCtx) eventFor(head string, i int) *group {
	var before, after *group
	beforeAt := -1
	si := -1
	if i >= 0 && i < len(dc.sentOf) {
		si = dc.sentOf[i]
	}
	for _, c := range dc.cands {
		if c.group == nil || c.typ != kg.Event {
			continue
		}
		g := c.group.final()
		if g.typ != kg.Event || c.evHead != head {
			continue
		}
		if c.a < i {
			if c.a > beforeAt { // cands are not in text order
				before, beforeAt = g, c.a
			}
		} else if after == nil && !comingCand(dc, c) && (si == dc.title || c.a < len(dc.sentOf) && dc.sentOf[c.a] == si) {
			after = g // (not "the next meeting" the text ends with)
		}
	}
	if before != nil {
		return before
	}
	if after != nil {
		return after
	}
	switch head {
	case "събитие", "event",
		// "В дискусията се включиха X", "На откриването присъстваха X": a
		// part of the event the text reports; "participated in the
		// sessions": the sessions of the event
		"дискусия", "discussion", "откриване", "opening", "сесия", "session",
		// a meeting is any gathering ("Кръглата маса ... Срещата се
		// състоя", "the General Assembly ... attended the meeting")
		"среща", "meeting":
		return dc.main
	case "форум", "конференция", "събрание", "семинар",
		// the English nouns as the Bulgarian ones: "the forum brought together"
		"forum", "conference", "seminar", "summit", "congress", "symposium", "workshop",
		"изложение", "изложба", "панаир", "fair", "exhibition", "expo":
		if k := eventKind(dc.main); k == "" || eventClass(k) == eventClass(head) {
			return dc.main
		}
	}
	return nil
}

// eventClass sorts event nouns into what a text may call one event by:
// gatherings (a forum may be called the conference, a round table the
// meeting, a fair's conference is told of with the fair) and visits and
// trips. "Конференцията" is never the study visit the text is about.
func eventClass(head string) int {
	switch head {
	case "посещение", "визита", "мисия", "обиколка", "visit", "mission", "tour", "trip":
		return 1
	}
	return 0
}

// eventKind is the head noun an event is known by ("конференция" for the
// conference „X“), or "" when none is known or only a generic one.
func eventKind(g *group) string {
	if g == nil {
		return ""
	}
	for _, c := range g.cands {
		switch c.evHead {
		case "", "събитие", "event":
			continue
		}
		return c.evHead
	}
	return ""
}

// personInSentence reports a person named in the sentence of c.
func personInSentence(dc *docCtx, c *cand) bool {
	s := dc.sents[dc.sentOf[c.a]]
	for i := s.a; i < s.b; i++ {
		if o := dc.claimed[i]; o != nil && o.typ == kg.Person {
			return true
		}
	}
	return false
}
