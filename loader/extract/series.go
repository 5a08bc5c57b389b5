package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
)

// A series announced in the plural with its towns ("МИР организира
// информационни дни на 10 юни в Пловдив и на 12 юни във Варна", "...
// информационни дни. Събитията ще се проведат на 10 юни в Пловдив, ...",
// "regional workshops in Ruse and Vidin") is one event per town under the
// settled convention, each named with its town ("информационен ден във
// Варна"), held there, on its own day, organised by whoever organises the
// series. splitTownEvents reads series whose events the text names one by
// one ("денят в Пловдив"); pluralSeries reads those it only lists.

// seriesTown is one town of a listed series: the preposition at p, the
// town's mention, the day written in its list item.
type seriesTown struct {
	p     int
	town  *cand
	date  dateSpan
	dated bool
}

// pluralSeries adds the events of every series a document lists by town.
func (r *run) pluralSeries() {
	for _, dc := range r.docs {
		for si, s := range dc.sents {
			if si == dc.title {
				continue // a headline names what the text tells
			}
			// most sentences name no town after a preposition, here or in
			// the next sentence: they cannot list a series, and are not read
			if !townAfterPrep(dc, s) && !(si+1 < len(dc.sents) && townAfterPrep(dc, dc.sents[si+1])) {
				continue
			}
			for k := s.a; k < s.b; k++ {
				kind := seriesKind(dc, k)
				if kind == "" {
					continue
				}
				r.listedSeries(dc, si, k, kind)
				break
			}
		}
	}
}

// townAfterPrep reports a town right after "в", "във" or "in" in s.
func townAfterPrep(dc *docCtx, s sentence) bool {
	for i := s.a; i+1 < s.b; i++ {
		if w := dc.toks[i].low; (w == "в" || w == "във" || w == "in") && dc.claimed[i+1] != nil && dc.claimed[i+1].typ == kg.Place {
			return true
		}
	}
	return false
}

// seriesKind is the singular of the plural event noun at k that no reading
// has claimed ("дни" → "ден", "срещите" → "среща", "workshops" →
// "workshop"), or "".
func seriesKind(dc *docCtx, k int) string {
	t := &dc.toks[k]
	if !t.isWord() || t.cap || t.digit || dc.claimed[k] != nil {
		return ""
	}
	if t.low == "дни" || t.low == "дните" {
		return "ден"
	}
	if t.latin && (t.low == "days") {
		return "day"
	}
	plural := t.latin && strings.HasSuffix(t.low, "s") ||
		!t.latin && (strings.HasSuffix(t.low, "и") || strings.HasSuffix(t.low, "ите") || strings.HasSuffix(t.low, "ия") && !strings.HasSuffix(t.low, "ция"))
	if !plural {
		return ""
	}
	kind := eventKindAnyNumber(t)
	if kind == t.low || kind == "събитие" || kind == "event" {
		return "" // "събития" names no kind of event
	}
	return kind
}

// listedSeries reads the towns of the plural event noun at k of sentence
// si, in its sentence or, when that lists none, in the next one if it
// speaks of the series ("Събитията ще се проведат ..."), and adds their
// events.
func (r *run) listedSeries(dc *docCtx, si, k int, kind string) {
	s := dc.sents[si]
	if k+1 < s.b && (dc.toks[k+1].cap || dc.toks[k+1].allCaps || opensQuote(dc, k+1)) {
		return // "бизнес срещи Beauty Match 2025": a series with a name of its own
	}
	towns := seriesTowns(dc, k+1, s.b)
	evidence := []sentence{s}
	if len(towns) == 0 && si+1 < len(dc.sents) {
		n := dc.sents[si+1]
		if seriesSubject(dc, n, kind) {
			towns = seriesTowns(dc, n.a, n.b)
			evidence = append(evidence, n)
		}
	}
	if len(towns) < 2 || !seriesHappens(dc, s, k, evidence) {
		return
	}
	seen := map[*group]bool{}
	for _, st := range towns {
		g := st.town.group.final()
		if seen[g] {
			return // one town twice is no list of towns
		}
		seen[g] = true
	}
	org := seriesOrganiser(dc, s, k)
	base := seriesBase(dc, s, k, kind)
	for n, st := range towns {
		written := clean(dc.text(st.town.a, st.town.b))
		name := base + " " + townPrep(dc.toks[st.p].latin, written) + " " + written
		a := st.p
		if n > 0 && towns[n-1].p == st.p {
			a = st.town.a // "в Пловдив, Варна": Варна's own mention
		}
		c := &cand{doc: dc.idx, a: a, b: st.town.b, typ: kg.Event, name: name, prio: 4, evHead: kind}
		g := r.newGroup(c, nameKey(name))
		g.addCand(c)
		g.scope = dc.doc.ID
		g.props["descrName"] = name
		if st.dated {
			g.props["start"], g.props["end"] = st.date.start, st.date.end
		}
		where := evidence[len(evidence)-1]
		r.addRel(dc, where, kg.HeldIn, g, st.town.group, "", "")
		if org != nil {
			r.addRel(dc, s, kg.Organized, org, g, "role", "organizer")
		}
	}
}

// townPrep is "in" or the Bulgarian "в", "във" before a word in в or ф.
func townPrep(latin bool, town string) string {
	if latin {
		return "in"
	}
	if l := resolve.Lower(town); strings.HasPrefix(l, "в") || strings.HasPrefix(l, "ф") {
		return "във"
	}
	return "в"
}

// seriesTowns lists the towns of a list of places from token a to b: each
// after "в"/"във"/"in" ("на 10 юни в Пловдив, на 12 юни във Варна"), or
// joined to the one before by a comma or "и"/"and" ("в Пловдив, Варна и
// София"), each with the day written in its item. A town after an event
// noun ("денят в Пловдив") belongs to an event named with it, and ends
// the reading.
func seriesTowns(dc *docCtx, a, b int) []seriesTown {
	var out []seriesTown
	for i := a; i+1 < b; i++ {
		w := dc.toks[i].low
		if w != "в" && w != "във" && w != "in" {
			continue
		}
		if i > a && dc.toks[i-1].head != nil && dc.toks[i-1].head.typ == kg.Event {
			return nil
		}
		tc := townAt(dc, i+1)
		if tc == nil || tc.group == nil || tc.b > b || !isTown(tc) {
			continue
		}
		out = append(out, seriesTown{p: i, town: tc})
		// "в Пловдив, Варна и София": the towns joined to it
		j := tc.b
		for j+1 < b && (dc.toks[j].is(",") || dc.toks[j].low == "и" || dc.toks[j].low == "and") {
			n := j + 1
			if n < b && (dc.toks[n].low == "в" || dc.toks[n].low == "във" || dc.toks[n].low == "in") {
				break // an item of its own, read by the outer loop
			}
			nc := townAt(dc, n)
			if nc == nil || nc.group == nil || nc.b > b {
				break
			}
			j = nc.b
			if !isTown(nc) {
				continue // "в Болоня, Италия": the town's country
			}
			out = append(out, seriesTown{p: i, town: nc})
		}
		i = j - 1
	}
	// each item's day: written before its town ("на 10 юни в Пловдив")
	// or after it ("в Пловдив на 10 юни"), the same way in every item of
	// the list, as the first item shows
	before := false
	for n := range out {
		lo, hi := itemBounds(dc, out, n, a, b)
		ds := datesIn(dc, lo, hi)
		if n == 0 {
			for _, d := range ds {
				if d.e <= dc.toks[out[0].town.a].s {
					before = true
				}
			}
		}
		for _, d := range ds {
			if (d.e <= dc.toks[out[n].town.a].s) == before {
				out[n].date, out[n].dated = d, true
				if !before {
					break // the first after the town
				}
			}
		}
	}
	return out
}

// isTown reports a place mention that is a town (the gazetteer gives its
// country), not a country.
func isTown(c *cand) bool {
	gz := c.gaz
	if c.group != nil && c.group.final().gaz != nil {
		gz = c.group.final().gaz
	}
	return gz != nil && gz.props["country"] != nil
}

// itemBounds is the token range of list item n: from the end of the item
// before (or a) to the start of the next one (or b).
func itemBounds(dc *docCtx, out []seriesTown, n, a, b int) (int, int) {
	lo, hi := a, b
	if n > 0 {
		lo = out[n-1].town.b
	}
	if n+1 < len(out) {
		hi = out[n+1].p
		if out[n+1].p == out[n].p {
			hi = out[n+1].town.a
		}
	}
	return lo, hi
}

// datesIn are the days written within tokens [lo, hi), in order.
func datesIn(dc *docCtx, lo, hi int) []dateSpan {
	if lo >= hi {
		return nil
	}
	var ds []dateSpan
	for _, d := range dc.dates {
		if !d.weak && d.s >= dc.toks[lo].s && d.e <= dc.toks[hi-1].e {
			ds = append(ds, d)
		}
	}
	return ds
}

// seriesSubject reports a sentence that opens by speaking of the series
// ("Събитията ще се проведат", "Срещите ще бъдат", "They will take place").
func seriesSubject(dc *docCtx, n sentence, kind string) bool {
	for i := n.a; i < n.b && i < n.a+2; i++ {
		t := &dc.toks[i]
		switch t.low {
		case "събитията", "те", "they", "events", "първият", "първата", "първото", "first":
			return true
		}
		if eventKindAnyNumber(t) == kind {
			return true
		}
	}
	return false
}

// seriesHappens reports a series the text says is organised or held: an
// organising verb before the noun, or a verb of taking place in the
// sentences read.
func seriesHappens(dc *docCtx, s sentence, k int, read []sentence) bool {
	for i := max(s.a, k-6); i < k; i++ {
		if seriesVerb(&dc.toks[i]) {
			return true
		}
	}
	for _, x := range read {
		for i := x.a; i < x.b; i++ {
			if hasPrefix(&dc.toks[i], "провед", "състо", "held", "take", "took") {
				return true
			}
		}
	}
	return false
}

// seriesVerb reports a verb of organising or holding ("организира", "ще
// проведе", "will hold", "organises").
func seriesVerb(t *token) bool {
	return heldVerbs[t.low] || hasPrefix(t, "организира", "организират", "провежда", "organis", "organiz", "hold", "host")
}

// seriesOrganiser is the body whose organising verb governs the plural
// noun at k: the nearest organisation before such a verb, with no other
// verb between.
func seriesOrganiser(dc *docCtx, s sentence, k int) *group {
	v := -1
	for i := k - 1; i >= s.a && k-i <= 6; i-- {
		if seriesVerb(&dc.toks[i]) {
			v = i
			break
		}
	}
	if v < 0 {
		return nil
	}
	for i := v - 1; i >= s.a; i-- {
		c := dc.claimed[i]
		if c == nil || c.group == nil {
			if dc.toks[i].is(",") || looksVerbStrict(dc.toks[i].low) {
				return nil
			}
			continue
		}
		g := c.group.final()
		if orgLike(g.typ) {
			return g
		}
		if g.typ != kg.Place {
			return nil
		}
	}
	return nil
}

// seriesBase names one event of the series: the modifiers before the
// plural noun, in the singular that agrees with the kind, and the kind
// ("информационни дни" → "информационен ден", "регионални срещи" →
// "регионална среща", "regional workshops" → "regional workshop").
func seriesBase(dc *docCtx, s sentence, k int, kind string) string {
	a := k
	for a-1 >= s.a && k-a < 2 && seriesModifier(dc, a-1, k) {
		a--
	}
	var words []string
	for i := a; i < k; i++ {
		w := resolve.Lower(dc.toks[i].text)
		if !dc.toks[i].latin {
			w = singularAdjective(w, kind)
		}
		words = append(words, w)
	}
	return strings.Join(append(words, kind), " ")
}

// seriesModifier reports a word at i that describes the plural noun at k:
// a lower-case Bulgarian adjective agreeing in the plural ("информационни",
// "регионалните"), or a lower-case English word that is no verb or
// function word ("regional", "information").
func seriesModifier(dc *docCtx, i, k int) bool {
	t := &dc.toks[i]
	if !t.isWord() || t.cap || t.allCaps || t.digit || t.stop || dc.claimed[i] != nil || t.latin != dc.toks[k].latin || durationWord(t.low) {
		return false
	}
	if seriesVerb(t) {
		return false
	}
	if t.latin {
		return !enFinite[t.low] && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "s")
	}
	return (strings.HasSuffix(t.low, "ни") || strings.HasSuffix(t.low, "ски") || strings.HasSuffix(t.low, "ните") || strings.HasSuffix(t.low, "ските")) && !looksVerbStrict(t.low)
}

// singularAdjective is the singular of a plural Bulgarian adjective that
// agrees with the noun kind ("информационни" → "информационен" for "ден",
// "регионални" → "регионална" for "среща"); other words as they are.
func singularAdjective(w, kind string) string {
	gender := "m"
	switch {
	case strings.HasSuffix(kind, "а"), strings.HasSuffix(kind, "я"):
		gender = "f"
	case strings.HasSuffix(kind, "е"), strings.HasSuffix(kind, "о"):
		gender = "n"
	}
	w = strings.TrimSuffix(w, "те") // "информационните" → "информационни"
	if !strings.HasSuffix(w, "и") || len([]rune(w)) < 4 {
		return w
	}
	stem := strings.TrimSuffix(w, "и")
	switch gender {
	case "f":
		return stem + "а"
	case "n":
		return stem + "о"
	}
	if strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк") {
		return w // "партньорски"
	}
	rs := []rune(stem)
	// "информационн" → "информационен", "регионалн" → "регионален": a
	// consonant before the final "н" takes an "е" in the masculine
	if n := len(rs); n >= 2 && rs[n-1] == 'н' && !strings.ContainsRune("аеиоуъюяѝ", rs[n-2]) {
		return string(rs[:n-1]) + "ен"
	}
	return stem
}
