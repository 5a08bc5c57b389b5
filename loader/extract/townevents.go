package extract

import (
	"slices"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
)

// Events of one kind held in several towns (settled convention): "Информационният
// ден във Варна се проведе на 20 май ..., а информационният ден в Бургас – на
// 21 май" tells of two events, each named with its town ("информационен ден
// във Варна", "информационен ден в Бургас"), each with its own day, places and
// people. The rules read the first mention as the event and the later ones
// as references to it; splitTownEvents undoes that once the relations are
// read: what a sentence says of one town's event goes to that event, what a
// sentence says of them all ("На срещите ще говорят ...", "организира
// информационни дни") to each.

// townMention is one mention of a town's event: the head noun at h, the
// town's place mention ending at b.
type townMention struct {
	h, a, b int
	prep    string
	town    *group
	written string // the town as the text writes it
	plain   bool   // a generic noun ("събитието в Бургас")
}

// townInstance is one town's event.
type townInstance struct {
	town  *group
	ms    []townMention
	g     *group
	date  dateSpan
	dated bool
}

// splitTownEvents splits each described event of a document that the text
// places in two or more towns by its head noun ("денят в Пловдив", "денят
// във Варна") into one event per town.
func (r *run) splitTownEvents() {
	for _, dc := range r.docs {
		if len(dc.sents) == 0 {
			continue
		}
		var evs []*group
		seen := map[*group]bool{}
		for _, c := range dc.cands {
			if c.typ != kg.Event || c.group == nil {
				continue
			}
			g := c.group.final()
			if seen[g] || g.typ != kg.Event || g.scope != dc.doc.ID || len(g.cands) == 0 {
				continue
			}
			seen[g] = true
			evs = append(evs, g)
		}
		for _, g := range evs {
			if len(g.cands) > 0 {
				r.splitTownEvent(dc, g, evs)
			}
		}
	}
}

// eventHeadOf is the head noun of a group's own mentions.
func eventHeadOf(g *group) string {
	for _, c := range g.cands {
		if c.ref == nil && c.evHead != "" {
			return c.evHead
		}
	}
	return ""
}

// isHeadToken reports a token that is the event head noun head (whose stem
// is hs) in any form. Only head nouns are looked at, so the scan of a
// document costs no stemming.
func isHeadToken(t *token, head, hs string) bool {
	if !t.isWord() || t.head == nil {
		return false
	}
	return t.stem == hs || t.head.base == head
}

// townAt is the town or country mention that starts at token i, if any.
func townAt(dc *docCtx, i int) *cand {
	if i >= len(dc.toks) {
		return nil
	}
	c := dc.claimed[i]
	if c == nil || c.a != i || c.typ != kg.Place {
		return nil
	}
	gz := c.gaz
	if c.group != nil {
		if g := c.group.final(); g.typ != kg.Place {
			return nil
		} else if g.gaz != nil {
			gz = g.gaz
		}
	}
	if gz == nil || gz.kind != "" {
		return nil // a venue or region is where one event is held, no town of a series
	}
	return c
}

// plainHead reports a generic event noun that may name one town's event
// once the text has named the series ("събитието в Бургас").
func plainHead(t *token) bool {
	return t.isWord() && t.head != nil && (t.stem == eventStem || t.low == "event")
}

var eventStem = resolve.Stem("събитие")

func (r *run) splitTownEvent(dc *docCtx, g *group, evs []*group) {
	head := eventHeadOf(g)
	if head == "" {
		return
	}
	hs := resolve.Stem(head)
	var insts []*townInstance
	byTown := map[*group]*townInstance{}
	var extra []townMention // generic nouns with a town, resolved once the towns are known
	for i := 0; i+2 < len(dc.toks); i++ {
		t := &dc.toks[i]
		same := isHeadToken(t, head, hs)
		if !same && !plainHead(t) {
			continue
		}
		p := dc.toks[i+1].low
		if p != "в" && p != "във" && p != "in" {
			continue
		}
		if c := dc.claimed[i]; c != nil && c.typ == kg.Event && c.group != nil && c.group.final() != g {
			continue // the head of another event's own name
		}
		tc := townAt(dc, i+2)
		if tc == nil || tc.group == nil || dc.sentOf[i] != dc.sentOf[i+2] {
			continue
		}
		a := i
		if c := dc.claimed[i]; c != nil && c.typ == kg.Event && c.a < i {
			a = c.a
		}
		m := townMention{h: i, a: a, b: tc.b, prep: p, town: tc.group.final(), written: clean(dc.text(tc.a, tc.b))}
		if !same {
			m.plain = true
			extra = append(extra, m)
			continue
		}
		in := byTown[m.town]
		if in == nil {
			in = &townInstance{town: m.town}
			byTown[m.town] = in
			insts = append(insts, in)
		}
		in.ms = append(in.ms, m)
	}
	if len(insts) < 2 {
		return
	}
	for _, m := range extra {
		if in := byTown[m.town]; in != nil {
			in.ms = append(in.ms, m)
		}
	}
	// a town's event the text dates is one held or planned; one it only
	// announces ("Следва посещение в Испания") is no event of the series,
	// and what its sentence says goes nowhere
	var dated []*townInstance
	coming := map[int]bool{}
	for _, in := range insts {
		slices.SortFunc(in.ms, func(x, y townMention) int { return x.h - y.h })
		for _, m := range in.ms {
			if d, ok := instanceDate(dc, m, insts); ok {
				in.date, in.dated = d, true
				break
			}
		}
		if in.dated {
			dated = append(dated, in)
			continue
		}
		for _, m := range in.ms {
			coming[dc.sentOf[m.h]] = true
		}
	}
	if len(dated) < 2 {
		return
	}
	insts = dated
	base := instanceBase(dc, insts)
	if base == "" {
		base = r.displayName(g)
	}
	// the events of a series named together ("информационни дни",
	// "срещите") are the series: what is said of them is said of each
	var series []*group
	for _, o := range evs {
		if o == g || len(o.cands) == 0 {
			continue
		}
		if h := eventHeadOf(o); h != "" && pluralHead(h, head) && !namedOwn(dc, o) {
			series = append(series, o)
		}
	}
	all := map[int][]townMention{} // sentence → instance mentions in it
	inOf := map[int]*townInstance{}
	for _, in := range insts {
		first := in.ms[0]
		name := base + " " + first.prep + " " + first.written
		c := &cand{doc: dc.idx, a: first.a, b: first.b, typ: kg.Event, name: name, prio: 4, evHead: head}
		ng := r.newGroup(c, nameKey(name))
		ng.addCand(c)
		for _, m := range in.ms[1:] {
			ng.addCand(&cand{doc: dc.idx, a: m.a, b: m.b, typ: kg.Event, name: name, prio: 4, evHead: head, ref: c})
		}
		ng.scope = dc.doc.ID
		ng.props["descrName"] = name
		ng.props["start"], ng.props["end"] = in.date.start, in.date.end
		in.g = ng
		for _, m := range in.ms {
			s := dc.sentOf[m.h]
			all[s] = append(all[s], m)
			inOf[m.h] = in
		}
	}
	// what the written forms of the series' mentions were stays readable
	for _, c := range g.cands {
		if c.ref != nil {
			continue
		}
		for _, in := range insts {
			for _, m := range in.ms {
				if c.a <= m.h && m.h < c.b {
					for _, w := range c.aliases {
						if w != base {
							in.g.aliases[w+" "+m.prep+" "+m.written] = true
						}
					}
				}
			}
		}
	}
	sentAt := map[int]int{}
	for si, s := range dc.sents {
		sentAt[dc.toks[s.a].s] = si
	}
	olds := append([]*group{g}, series...)
	for _, k := range slices.Clone(r.relOrder) {
		rel := r.rels[k]
		if rel == nil || !slices.Contains(olds, k.from) && !slices.Contains(olds, k.to) {
			continue
		}
		other := k.to
		if slices.Contains(olds, k.to) {
			other = k.from
		}
		for _, sp := range rel.Evidence {
			si, ok := sentAt[sp.Start]
			if sp.Document != dc.doc.ID || !ok {
				for _, in := range insts {
					r.moveRel(k, rel, olds, in.g, sp)
				}
				continue
			}
			if coming[si] && len(all[si]) == 0 {
				continue
			}
			for _, in := range r.instancesFor(dc, si, other, insts, all[si], inOf) {
				r.moveRel(k, rel, olds, in.g, sp)
			}
		}
		delete(r.rels, k)
	}
	// a town's event is held in its town
	for _, in := range insts {
		m := in.ms[0]
		r.addSpan(kg.HeldIn, in.g, in.town, dc.sentSpan(dc.sents[dc.sentOf[m.h]]))
	}
	for _, o := range olds {
		for _, c := range o.cands {
			c.group = insts[0].g
		}
		o.cands = nil
		o.merged = insts[0].g
	}
	r.relOrder = slices.DeleteFunc(r.relOrder, func(k relKey) bool { return r.rels[k] == nil })
}

// moveRel adds the relation k with one evidence span, its old event ends
// replaced by the town's event to.
func (r *run) moveRel(k relKey, rel *kg.Relation, olds []*group, to *group, sp kg.Span) {
	from, dst := k.from, k.to
	if slices.Contains(olds, from) {
		from = to
	}
	if slices.Contains(olds, dst) {
		dst = to
	}
	from, dst = from.final(), dst.final()
	if from == dst || !relTypesOK(k.typ, from.typ, dst.typ) {
		return
	}
	nk := relKey{typ: k.typ, from: from, to: dst, prop: k.prop}
	nr := r.rels[nk]
	if nr == nil {
		nr = &kg.Relation{Type: k.typ, Properties: map[string]any{}, Evidence: []kg.Span{}}
		for p, v := range rel.Properties {
			nr.Properties[p] = v
		}
		r.rels[nk] = nr
		r.relOrder = append(r.relOrder, nk)
	}
	nr.Evidence = append(nr.Evidence, sp)
	from.used, dst.used = true, true
}

// instancesFor is which towns' events a sentence speaks of for a relation
// with other: the one whose mention stands before other's in the sentence,
// the one it names, or, when it names none, all of them.
func (r *run) instancesFor(dc *docCtx, si int, other *group, insts []*townInstance, ms []townMention, inOf map[int]*townInstance) []*townInstance {
	s := dc.sents[si]
	if len(ms) == 0 {
		// no event named with its town: a town alone ("В Пловдив X ще
		// сподели") picks its event, else the sentence speaks of all
		var named []*townInstance
		for i := s.a; i < s.b; i++ {
			c := dc.claimed[i]
			if c == nil || c.a != i || c.group == nil {
				continue
			}
			for _, in := range insts {
				if c.group.final() == in.town && !slices.Contains(named, in) {
					named = append(named, in)
				}
			}
		}
		if len(named) == 1 {
			return named
		}
		return insts
	}
	var own []*townInstance
	for _, m := range ms {
		if !slices.Contains(own, inOf[m.h]) {
			own = append(own, inOf[m.h])
		}
	}
	if len(own) == 1 {
		return own
	}
	// several: the clause of each town's event runs to the next one's
	var picked []*townInstance
	for i := s.a; i < s.b; i++ {
		c := dc.claimed[i]
		if c == nil || c.group == nil || c.group.final() != other {
			continue
		}
		var at *townInstance
		for _, m := range ms {
			if m.h <= i {
				at = inOf[m.h]
			}
		}
		if at != nil && !slices.Contains(picked, at) {
			picked = append(picked, at)
		}
	}
	if len(picked) > 0 {
		return picked
	}
	return own
}

// instanceDate is the day written in the clause of a town's event mention:
// after it up to the next event's mention in the sentence, else before it.
func instanceDate(dc *docCtx, m townMention, insts []*townInstance) (dateSpan, bool) {
	s := dc.sents[dc.sentOf[m.h]]
	lo, hi := s.a, s.b
	for _, in := range insts {
		for _, o := range in.ms {
			if dc.sentOf[o.h] != dc.sentOf[m.h] {
				continue
			}
			if o.h > m.h && o.a < hi {
				hi = o.a
			}
			if o.h < m.h && o.b > lo {
				lo = o.b
			}
		}
	}
	var before *dateSpan
	for k := range dc.dates {
		d := &dc.dates[k]
		if d.s < dc.toks[lo].s || d.e > dc.toks[hi-1].e {
			continue
		}
		if d.s >= dc.toks[m.b-1].e {
			return *d, true
		}
		before = d
	}
	if before != nil {
		return *before, true
	}
	return dateSpan{}, false
}

// pluralHead reports an event head that is the plural of head ("дни" of
// "ден", "срещи" of "среща", "days" of "day").
func pluralHead(h, head string) bool {
	switch {
	case h == head:
		return false
	case h == "дни" && head == "ден", h == "days" && head == "day":
		return true
	}
	return sameForm(h, head) && len(h) != len(head)
}

// namedOwn reports an event with a name of its own in the document.
func namedOwn(dc *docCtx, g *group) bool {
	for _, c := range g.cands {
		if c.ref == nil && c.doc == dc.idx && properCand(dc, c) {
			return true
		}
	}
	return false
}

// instanceBase names the events of a series by the fullest description one
// of their mentions gives before the head, in dictionary form
// ("Информационният ден" → "информационен ден"), without what they were
// about: the town then tells each apart.
func instanceBase(dc *docCtx, insts []*townInstance) string {
	best, bestN := "", 0
	for _, in := range insts {
		for _, m := range in.ms {
			h := m.h
			if m.plain {
				continue
			}
			s := dc.sents[dc.sentOf[h]]
			a := h
			for a-1 >= s.a && h-a < 3 && eventModifier(&dc.toks[a-1]) && !durationWord(dc.toks[a-1].low) && dc.toks[a-1].latin == dc.toks[h].latin {
				if c := dc.claimed[a-1]; c != nil && c.typ != kg.Event {
					break
				}
				a--
			}
			if n := h - a + 1; n > bestN {
				best, bestN = eventName(dc, s, a, h, h+1), n
			}
		}
	}
	return best
}
