package extract

import (
	"slices"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Attendees named before their verb, each with an apposition
// (`attendees_test.go`): "X, управител на Y, и Z също участваха във
// форума", "X of Y and Z attended the forum", "X, director of Y, also took
// part". The nearest name before the verb is then the body of an
// apposition, not the subject; the people are.

// subjectAdverbs stand between a subject and its verb without ending it.
var subjectAdverbs = setOf("също", "още", "и", "вече", "лично", "also", "too", "both", "all", "personally", "ще", "will", "have", "has", "had")

// apposedSubjects reads the people who are the subject of the verb at token
// v when the sentence opens with them, each perhaps followed by an
// apposition: "X, управител на Y, и Z", "Dr X of Y and Z", "X, director
// of Y,". The stretch before the verb is cut into segments at commas and
// conjunctions (brackets kept whole); each segment is a person (after
// titles, with "от/of/from" a body at most) or an apposition of the person
// before it (a role and its body, a body alone). Anything else (a verb, a
// relative clause, a name of another kind, an object's preposition) means
// the stretch is no list of subjects, and nil is returned.
func (sc *sentCtx) apposedSubjects(v int) []*item {
	end := v
	for end-1 > sc.s.a && sc.tok(end-1).isWord() && subjectAdverbs[sc.tok(end-1).low] {
		end--
	}
	// the first person opens the sentence, past a short fronted phrase
	// without names of actors ("Вчера", "На форума")
	var first *item
	for k := range sc.items {
		it := &sc.items[k]
		if it.a >= end {
			break
		}
		if isActor(it.g) {
			if isPerson(it.g) && !it.anaphor {
				first = it
			}
			break
		}
	}
	if first == nil || first.a-sc.s.a > 6 {
		return nil
	}
	if j := titlesStart(sc, first.a); j > sc.s.a && objectPreps[sc.tok(j-1).low] {
		return nil // "с X, ...": an object
	}
	var out []*item
	prevPerson := false
	a := titlesStart(sc, first.a)
	for a < end {
		// the segment [a, b): up to a comma or a conjunction outside brackets
		b, depth := a, 0
		for b < end {
			t := sc.tok(b)
			if it := sc.itemAt(b); it != nil && it.b > b {
				b = it.b // a name holds its own "и": "Министерство на земеделието и храните"
				continue
			}
			if t.is("(") {
				depth++
			} else if t.is(")") && depth > 0 {
				depth--
			} else if depth == 0 && (t.is(",") || t.low == "и" || t.low == "and") {
				break
			}
			b++
		}
		if b > a {
			p, ok := sc.subjectSegment(a, b)
			switch {
			case !ok:
				return nil
			case p != nil:
				out = append(out, p)
				prevPerson = true
			case !prevPerson:
				return nil // an apposition of no one
			}
		}
		// past the separators: ", и", ", and", "както и"
		for b < end && (sc.tok(b).is(",") || sc.tok(b).low == "и" || sc.tok(b).low == "and" || sc.tok(b).low == "както") {
			b++
		}
		a = b
	}
	return out
}

// titlesStart is where the titles and ranks written before the name at
// token i begin ("доц. д-р X", "Prof. Y").
func titlesStart(sc *sentCtx, i int) int {
	j := i
	for j-1 >= sc.s.a {
		t := sc.tok(j - 1)
		if personTitles[t.low] || t.is(".") && j-2 >= sc.s.a && (personTitles[sc.tok(j-2).low] || len([]rune(sc.tok(j-2).low)) <= 3 && !sc.tok(j-2).cap) {
			j--
			continue
		}
		if t.isWord() && !t.cap && len([]rune(t.low)) <= 3 && j < i && sc.tok(j).is(".") {
			j-- // "гл." of "гл. ас."
			continue
		}
		break
	}
	return j
}

// subjectSegment reads one segment [a, b) of a list of subjects: a person
// (returned) or an apposition (nil, true); ok is false for anything else.
func (sc *sentCtx) subjectSegment(a, b int) (p *item, ok bool) {
	// leading titles and ranks
	for a < b {
		t := sc.tok(a)
		if personTitles[t.low] || t.is(".") || t.isWord() && !t.cap && len([]rune(t.low)) <= 3 && a+1 < b && sc.tok(a+1).is(".") {
			a++
			continue
		}
		break
	}
	for j := a; j < b; j++ {
		t := sc.tok(j)
		if !t.isWord() {
			continue
		}
		if reportVerbs[t.low] || clauseVerbs[t.low] || !t.latin && !t.cap && looksVerbStrict(t.low) && roleForms[t.low] == "" {
			return nil, false
		}
		switch t.low {
		case "че", "който", "която", "които", "което", "чийто", "чиято", "who", "which", "that", "whose", "said", "told":
			return nil, false
		}
	}
	if it := sc.itemAt(a); it != nil && isPerson(it.g) && !it.anaphor {
		// "X", "X от Y", "X of the Y (Z)"
		k := it.b
		if k == b {
			return it, true
		}
		if w := sc.tok(k).low; w == "от" || w == "of" || w == "from" || w == "at" {
			k++
			if k < b && sc.tok(k).low == "the" {
				k++
			}
			if o := sc.firstAfter(k, func(*group) bool { return true }); o != nil && o.a <= k+3 && isOrg(o.g) && o.b <= b {
				return it, true
			}
		}
		return nil, false
	}
	// an apposition: a role and its body ("управител на Y", "director of
	// the Y", "кмет на Община Z"), or a body alone; only bodies and places
	// are named in it
	n := 0
	for k := range sc.items {
		it := &sc.items[k]
		if it.a < a || it.a >= b {
			continue
		}
		if !isOrg(it.g) && !isPlace(it.g) {
			return nil, false
		}
		n++
	}
	if b-a > 14 {
		return nil, false
	}
	if end, _ := roleAfter(sc, a); end > a {
		return nil, true
	}
	if j := a; j < b && (sc.tok(j).low == "the" || sc.tok(j).low == "a" || sc.tok(j).low == "an") {
		if end, _ := roleAfter(sc, j+1); end > j+1 {
			return nil, true
		}
	}
	if _, role := roleForms[sc.tok(a).low]; role {
		return nil, true
	}
	if it := sc.itemAt(a); it != nil && n == 1 && (it.b == b || sc.tok(it.b).is("(")) {
		return nil, true // a body alone: "X, Y АД, и Z"
	}
	return nil, false
}

// attendVerbNoun reports a noun or participle a trigger of taking part
// also begins ("participants", "присъстващите"): no verb with a subject.
func attendVerbNoun(t *token) bool {
	return hasPrefix(t, "participant", "participation", "attendee", "attendance", "участник", "присъстващ", "присъствие", "участието")
}

// apposedAttendees reads "X, управител на Y, и Z също участваха във форума",
// "X, director of Y, also took part" for the trigger of taking part at
// token i (v is its verb: "взе" of "взе участие", "took" of "took part"):
// the people before the verb take part in the event named right after it,
// else the one named before them in the sentence, else the one in play
// when nothing else follows the verb (not in a sentence about a project).
// It reports whether it read the sentence so.
func (r *run) apposedAttendees(sc *sentCtx, i, v int, ev *item) bool {
	if attendVerbNoun(sc.tok(i)) {
		return false
	}
	ps := sc.apposedSubjects(v)
	if len(ps) == 0 {
		return false
	}
	var event *group
	switch {
	case ev != nil && ev.a > i:
		event = ev.g
	case ev != nil && ev.b <= ps[0].a:
		event = ev.g
	default:
		if pre := sc.nearestBefore(ps[0].a, isEvent); pre != nil {
			event = pre.g
			break
		}
		if projectLocus(sc, sc.s.a, sc.s.b) || sc.firstAfter(sc.s.a, isProject) != nil || sc.firstAfter(i+1, func(*group) bool { return true }) != nil {
			return false
		}
		if k := i + 1; k < sc.s.b && (sc.tok(k).low == "като" || sc.tok(k).low == "as") {
			return false
		}
		event = sc.implicitEvent()
	}
	if event == nil {
		return false
	}
	for _, p := range ps {
		r.addRel(sc.dc, sc.s, kg.ParticipatedIn, p.g, event, "", "")
	}
	return true
}

// pronounEvent is the event a sentence that opens with a preposition and a
// pronoun refers to ("На него говориха още X", "В нея участваха Y", "At it,
// Z spoke"), when the sentence before named several: the last one named
// whose head noun agrees with the pronoun ("него": masculine or neuter,
// "нея": feminine). nil when the sentence opens otherwise or the sentence
// before named fewer than two events (the topic then stands).
func pronounEvent(sc *sentCtx) *group {
	a := sc.s.a
	if sc.prev == nil || a+2 >= sc.s.b {
		return nil
	}
	switch sc.tok(a).low {
	case "на", "в", "във", "at", "in", "during":
	default:
		return nil
	}
	var ok func(gender) bool
	switch sc.tok(a + 1).low {
	case "него":
		ok = func(g gender) bool { return g != gFem }
	case "нея":
		ok = func(g gender) bool { return g == gFem || g == gAny }
	case "it":
		ok = func(gender) bool { return true }
	default:
		return nil
	}
	var evs []*group
	for k := range sc.prev.items {
		it := &sc.prev.items[k]
		if isEvent(it.g) && !slices.Contains(evs, it.g) && !nextEvent(sc.dc, it.a) {
			evs = append(evs, it.g)
		}
	}
	if len(evs) < 2 {
		return nil
	}
	var last *group
	for k := range sc.prev.items {
		it := &sc.prev.items[k]
		if isEvent(it.g) && !nextEvent(sc.dc, it.a) && ok(eventGender(sc.dc, it.g)) {
			last = it.g
		}
	}
	return last
}

// standNoun reports a stand or pavilion at a fair, in any form.
func standNoun(t *token) bool {
	return hasPrefix(t, "щанд", "павилион", "stand", "pavilion", "booth")
}

// standOwners reads the body whose stand is at a fair: "на (националния)
// щанд на X на изложението Y", "on the joint stand of X at Y": X takes
// part in Y (`TestStandOwner`). Not when X organised Y.
func (r *run) standOwners(sc *sentCtx) {
	for i := sc.s.a; i+3 < sc.s.b; i++ {
		if !standNoun(sc.tok(i)) {
			continue
		}
		o := sc.ofItemAfter(i)
		if o == nil || !isOrg(o.g) || o.anaphor && sc.itemAt(o.b) != nil {
			continue
		}
		k := o.b
		if k+2 < sc.s.b && sc.tok(k).is("(") && sc.tok(k+2).is(")") {
			k += 3 // "(КМИТ)"
		}
		if k >= sc.s.b {
			continue
		}
		if w := sc.tok(k).low; w != "на" && w != "в" && w != "във" && w != "at" {
			continue
		}
		ev := sc.eventRefAfter(k + 1)
		if ev == nil || ev.a > k+5 || !fairLike(ev.g) || r.organised(o.g, ev.g) {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, ev.g, "", "")
	}
}
