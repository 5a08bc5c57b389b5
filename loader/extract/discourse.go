package extract

import (
	"slices"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Discourse: what a sentence leaves unnamed because the sentences before
// named it. A subject pronoun ("Той обединява ...", "Тя е член на ...",
// "It is a member of ...") stands for the subject of the sentence before,
// so the sentence-level rules read the pronoun as that entity.

// gender of a noun or a name, as far as a pronoun must agree with it.
type gender uint8

const (
	gAny gender = iota // unknown (Latin names, acronyms): any pronoun
	gMasc
	gFem
	gNeut
)

// subjectPronouns are the nominative pronouns that can stand for an
// organisation or a person, with the gender they require. "то" and "it"
// open a sentence only (mid-sentence "то" is a conjunction, "it" an object).
var subjectPronouns = map[string]gender{"той": gMasc, "тя": gFem, "то": gNeut, "it": gAny, "he": gMasc, "she": gFem}

// nounGender is the gender of a Bulgarian base form: feminine in -а/-я,
// neuter in -о/-е, masculine otherwise.
func nounGender(base string) gender {
	switch {
	case base == "":
		return gAny
	case strings.HasSuffix(base, "а"), strings.HasSuffix(base, "я"):
		return gFem
	case strings.HasSuffix(base, "о"), strings.HasSuffix(base, "е"):
		return gNeut
	}
	if r := []rune(base); r[len(r)-1] < 0x400 {
		return gAny // a Latin word
	}
	return gMasc
}

// itemGender is the gender of a reference: the head noun of the name
// ("Асоциацията X": feminine, "Сдружение X": neuter, "Клъстер X":
// masculine) or a person's given name (feminine in -а/-я); gAny when
// the text does not say.
func itemGender(dc *docCtx, it item) gender {
	if it.g.typ == kg.Person {
		t := &dc.toks[it.a]
		if t.latin || !t.isWord() {
			return gAny
		}
		if strings.HasSuffix(t.low, "а") || strings.HasSuffix(t.low, "я") {
			return gFem
		}
		return gMasc
	}
	for j := max(it.a-1, 0); j < it.b && j < len(dc.toks); j++ {
		t := &dc.toks[j]
		if h, ok := headAt(dc, j); ok && !t.latin {
			return nounGender(h.base)
		}
	}
	return gAny
}

// agrees reports whether a pronoun of gender p can stand for a reference of
// gender g.
func agrees(p, g gender) bool { return p == gAny || g == gAny || p == g }

// subjectOf is the organisation or person a sentence opens with (its
// subject), or nil.
func subjectOf(sc *sentCtx) *item {
	it := sc.sentenceSubject()
	if it == nil || !isActor(it.g) {
		return nil
	}
	return it
}

// pronounSubjectItem adds the subject pronoun of the sentence as an anaphor
// for prev, the subject of the sentence before ("Клъстерът X е основан през
// 2019 г. Той обединява 27 фирми, сред които A и B"), when their genders
// agree and the sentence names nothing before the pronoun. It returns the
// sentence's item for the pronoun, or nil.
func pronounSubjectItem(sc *sentCtx, prev *item) *item {
	if prev == nil {
		return nil
	}
	for i := sc.s.a; i < sc.s.b && i < sc.s.a+8; i++ {
		t := sc.tok(i)
		if !t.isWord() {
			if t.quote() || t.is(",") || t.dash() {
				continue
			}
			return nil
		}
		if sc.itemAt(i) != nil {
			return nil
		}
		g, ok := subjectPronouns[t.low]
		if !ok {
			continue
		}
		if i != sc.s.a && (t.low == "то" || t.low == "it" || t.low == "he" || t.low == "she") {
			return nil
		}
		// "It" is no person, "he"/"she" no organisation
		if t.latin && (t.low == "it") == isPerson(prev.g) {
			return nil
		}
		if !agrees(g, itemGender(sc.dc, *prev)) {
			return nil
		}
		it := item{a: i, b: i + 1, g: prev.g, anaphor: true}
		k := 0
		for k < len(sc.items) && sc.items[k].a < i {
			k++
		}
		sc.items = append(sc.items, item{})
		copy(sc.items[k+1:], sc.items[k:])
		sc.items[k] = it
		return &sc.items[k]
	}
	return nil
}

// sayVerbs attribute what someone said: at an event the text reports, the
// one who speaks there presents there.
var sayVerbs = setOf("каза", "казаха", "заяви", "заявиха", "допълни", "посочи", "уточни", "коментира", "добави", "благодари", "благодариха",
	"said", "added", "noted", "stated", "commented", "thanked", "remarked")

// audienceWords name those who listen at an event.
var audienceWords = setOf("участниците", "присъстващите", "гостите", "аудиторията", "participants", "attendees", "audience", "guests")

// speechAtEvent is the event a sentence with a speaker places the speech
// at: the event it names ("каза при подписването", "at the opening"), or
// the event the text is about when the sentence speaks of a speech or of
// its audience ("in his welcome speech", "благодари на участниците"). Not
// an event the speech came after ("каза след посещението").
func speechAtEvent(sc *sentCtx) *group {
	for k := range sc.items {
		it := &sc.items[k]
		if !isEvent(it.g) || inQuotation(sc, it.a) {
			continue // what the speaker spoke of is not where
		}
		// the setting of the speech: "при откриването", "на срещата",
		// "по време на форума", "at the opening", "during the summit"
		p := it.a - 1
		if p > sc.s.a && sc.tok(p).low == "the" {
			p--
		}
		if p <= sc.s.a {
			continue
		}
		switch sc.tok(p).low {
		case "при", "на", "във", "в", "at", "during", "in":
			// the event the text reports, not one it mentions in passing
			if it.g == sc.dc.main || it.g == sc.prevEvent && !sc.prevScheduled() {
				return it.g
			}
			return nil
		case "след", "after", "преди", "before":
			return nil // not where the speech was
		}
	}
	if sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return speechNouns[t.low] || audienceWords[t.low] || t.low == "welcome" }) >= 0 {
		return sc.implicitEvent()
	}
	return nil
}

// inQuotation reports a token inside quoted speech of the sentence (a
// quotation longer than a name).
func inQuotation(sc *sentCtx, i int) bool {
	for q := sc.s.a; q < i; q++ {
		if c, ok := sc.dc.closeOf[q]; ok && c > i && c-q > 6 {
			return true
		}
	}
	return false
}

// quotedSpeakers reads the speakers of an event report: a person who
// says something ("„...“, каза г-жа X", "X благодари на ...", "said Y, manager
// of Z, at the opening") presents at the event the sentence names, else at
// the event the text is about (the sentence before names it, or the
// headline or lead did). Not in a sentence about what is to come, and not
// when the sentence names a project (a project's people speak of it, not
// at an event).
func (r *run) quotedSpeakers(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		if !sc.tok(i).in(lSayVerb) {
			continue
		}
		if scheduledCue(sc.dc, sc.s) || sc.firstAfter(sc.s.a, isProject) != nil {
			return
		}
		var sp *item
		if p := sc.personNear(i + 1); p != nil {
			sp = p // "каза г-жа X", "said X"
		} else if sub := r.subjectBefore(sc, i, isPerson); sub != nil && !(sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low]) {
			// the subject opens the sentence, or the clause after a quotation
			// (past its titles and role: "Председателят на клъстера X")
			k := sc.openerBefore(sub.a)
			for k >= sc.s.a && sub.a-k <= 8 && sc.tok(k).isWord() && sc.itemAt(k) == nil {
				k--
			}
			if k < sc.s.a || sc.tok(k).quote() || sc.tok(k).is(",") {
				sp = sub
			}
		}
		if sp == nil {
			continue
		}
		event := speechAtEvent(sc)
		if event == nil {
			return
		}
		r.addRel(sc.dc, sc.s, kg.PresentedAt, sp.g, event, "", "")
	}
}

// appositiveMembers reads membership said in an apposition or a relative
// clause of the body: "„X“ ООД – член на клъстера", "X, член на Y", "X Ltd.,
// a member of the cluster", "X, one of the members of Y", "Y, чийто член X е
// от 2018 г." — the body may be named or referred to ("клъстера", "the
// cluster", resolved to the body the text speaks of).
func (r *run) appositiveMembers(sc *sentCtx) {
	for i := sc.s.a + 1; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		switch t.low {
		case "член", "member", "members", "членове":
		case "чийто", "whose":
			r.whoseMember(sc, i)
			continue
		default:
			continue
		}
		// the separator before the noun: ", член на", "– член на", ", a
		// member of", ", one of the members of"
		j := i - 1
		for j > sc.s.a && (sc.tok(j).low == "a" || sc.tok(j).low == "the" || sc.tok(j).low == "of" || sc.tok(j).low == "one" ||
			sc.tok(j).low == "един" || sc.tok(j).low == "една" || sc.tok(j).low == "от" || sc.tok(j).low == "also" || sc.tok(j).low == "и" && (t.low == "член" || t.low == "членове")) {
			j--
		}
		if j <= sc.s.a || !(sc.tok(j).is(",") || sc.tok(j).dash() || sc.tok(j).is("(")) {
			continue
		}
		// "one of the members" names one member; "членове"/"members" only so
		if (t.low == "members" || t.low == "членове") && !(sc.tok(j+1).low == "one" || sc.tok(j+1).low == "един" || sc.tok(j+1).low == "една") {
			continue
		}
		k := i + 1
		if w := sc.tok(k).low; w != "на" && w != "of" {
			continue
		}
		body := sc.orgRefAt(k + 1)
		if body == nil {
			// "член на клъстера": the cluster the text is about
			if h, ok := headAt(sc.dc, k+1); ok && (h.typ == kg.Cluster || h.typ == kg.Association) && !sc.tok(k+1).cap {
				body = sc.dc.orgAt(h.typ, k+1)
			}
		}
		if body == nil {
			continue
		}
		// the member: the organisation that ends right before the separator
		end := j
		if sc.tok(j - 1).is(".") {
			end = j - 1 // "Kiwi Tech Ltd., a member of"
		}
		m := sc.nearestBefore(end, isOrg)
		if m == nil || m.b != end || m.anaphor || m.g == body {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, body, "", "")
	}
}

// whoseMember reads "Y, чийто член X е от 2018 г.", "Y, whose member X has
// been since": X is a member of Y, the antecedent before the comma.
func (r *run) whoseMember(sc *sentCtx, i int) {
	if i-1 <= sc.s.a || !sc.tok(i-1).is(",") && !sc.tok(i-1).is(")") {
		return
	}
	j := i + 1
	if sc.tok(j).low != "член" && sc.tok(j).low != "member" {
		return
	}
	m := sc.firstAfter(j+1, isOrg)
	if m == nil || m.a > j+2 {
		return
	}
	// the antecedent, past its acronym in brackets
	end := i - 1
	if sc.tok(end).is(")") {
		if o := sc.nearestBefore(end, func(*group) bool { return true }); o != nil && o.b == end {
			end = o.a - 1
		}
	}
	y := sc.nearestBefore(end+1, isOrg)
	if y == nil || y.b < end-1 || y.g == m.g {
		return
	}
	r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y.g, "", "")
}

// zeroSubject is the subject of a verb at token i that has none written
// (Bulgarian drops a subject the sentence before gave: "Клъстерът е
// учреден през 2022 г. Към момента обединява 23 организации"): the
// subject of the sentence before, when it satisfies f and the sentence
// names nothing before the verb. The item spans the verb, as an anaphor.
func (sc *sentCtx) zeroSubject(i int, f func(*group) bool) *item {
	if sc.prevSubj == nil || !f(sc.prevSubj) || i-sc.s.a > 6 || sc.tok(i).latin {
		return nil
	}
	if sc.nearestBefore(i, func(*group) bool { return true }) != nil {
		return nil
	}
	// a pronoun or a noun before the verb is its own subject ("Те
	// обединяват", "Проектът обединява")
	if sc.findTok(sc.s.a, i, func(t *token) bool { _, p := subjectPronouns[t.low]; return p || t.head != nil || t.low == "те" }) >= 0 {
		return nil
	}
	return &item{a: i, b: i, g: sc.prevSubj, anaphor: true}
}

// officeKinds tie an office to the kind of body that has it: a mayor to a
// municipality, a rector or dean to a university. An office named without
// its body ("заместник-кметът X", "от ректора проф. Y", "the rector, Z") is
// held in the body of that kind the sentence names before it, else in the
// only one the text names.
var officeKinds = []struct {
	title []string // words of the title
	body  []string // words of the body's names
}{
	{[]string{"кмет", "mayor"}, []string{"община", "municipality"}},
	{[]string{"ректор", "декан", "rector", "dean"}, []string{"университет", "university", "академия", "academy"}},
}

// officeBody is the body a bare office title at token a is held in, or nil.
func (r *run) officeBody(sc *sentCtx, a int, title string) *group {
	kind := -1
	// whole words of the title ("заместник-ректор"; "директор" is no "ректор")
	for _, tw := range strings.FieldsFunc(title, func(c rune) bool { return c == ' ' || c == '-' || c == '.' }) {
		for n, k := range officeKinds {
			for _, w := range k.title {
				if tw == w {
					kind = n
				}
			}
		}
	}
	if kind < 0 {
		return nil
	}
	fits := func(g *group) bool {
		if !isOrg(g) {
			return false
		}
		for name := range g.names {
			low := strings.ToLower(name)
			for _, w := range officeKinds[kind].body {
				if strings.Contains(low, w) {
					return true
				}
			}
		}
		for name := range g.aliases {
			low := strings.ToLower(name)
			for _, w := range officeKinds[kind].body {
				if strings.Contains(low, w) {
					return true
				}
			}
		}
		return false
	}
	if it := sc.nearestBefore(a, fits); it != nil {
		return it.g
	}
	var only *group
	for _, c := range sc.dc.cands {
		if c.group == nil {
			continue
		}
		if g := c.group.final(); fits(g) {
			if only != nil && only != g {
				return nil
			}
			only = g
		}
	}
	return only
}

// impliedOrganiser reads the organiser a passive leaves unsaid: "Тя беше
// организирана съвместно с X", "Обученията се организират съвместно с Y",
// "organised together with Z" name only the partners; the one who
// organised with them is the body the text speaks for — the subject of the
// sentence before, else the cluster or association the text is about.
// Not when the sentence names an organisation before the verb (its own
// subject or the thing the participle is said of).
func (r *run) impliedOrganiser(sc *sentCtx, i int, ev *group) {
	if sc.nearestBefore(i, func(g *group) bool { return isOrg(g) || isProject(g) }) != nil {
		return
	}
	o := sc.prevSubj
	if o == nil || !isOrg(o) {
		o = sc.dc.topicOrg(i)
	}
	if o == nil {
		return
	}
	r.addRel(sc.dc, sc.s, kg.Organized, o, ev, "role", "organizer")
}

// ordinalOnly reports a sentence that is only a list number ("1.", "2)"):
// the sentence splitter ends a sentence after "1." before a capital or a
// quote, so a numbered line comes as the number and then its text.
func ordinalOnly(sc *sentCtx) bool {
	return sc.s.b-sc.s.a == 2 && sc.tok(sc.s.a).digit && (sc.tok(sc.s.a+1).is(".") || sc.tok(sc.s.a+1).is(")"))
}

// numberedLine reports the text of a numbered line: "1. X ЕООД – кухни;"
// read as one sentence, or the sentence after a bare "1." on its line.
func numberedLine(sc *sentCtx) bool {
	a := sc.s.a
	if sc.tok(a).digit && a+1 < sc.s.b && (sc.tok(a+1).is(".") || sc.tok(a+1).is(")")) && len(sc.tok(a).text) <= 2 {
		return true
	}
	si := sc.dc.sentOf[a]
	if si == 0 || sc.tok(a).lineBeg {
		return false
	}
	p := sc.dc.sents[si-1]
	return p.b-p.a == 2 && sc.dc.toks[p.a].digit && len(sc.dc.toks[p.a].text) <= 2 && (sc.dc.toks[p.a+1].is(".") || sc.dc.toks[p.a+1].is(")"))
}

// verbIntroOfLines reads a line that ends with a colon after a verb of
// presenting or taking part and names nobody ("На щанда се представиха:",
// "В срещата участваха:", "Exhibiting were:"): the lines after it name the
// subjects.
func verbIntroOfLines(sc *sentCtx) (kg.RelationType, bool) {
	if !sc.tok(sc.s.b - 1).is(":") {
		return "", false
	}
	// "..., резултатите бяха представени от:", "were presented by:": a
	// passive's agents, however long the sentence before them
	passiveBy := false
	if e := sc.s.b - 2; e-1 > sc.s.a && (sc.tok(e).low == "от" || sc.tok(e).low == "by") && hasPrefix(sc.tok(e-1), "представен", "presented") && sc.s.b-sc.s.a <= 40 {
		passiveBy = true
	}
	if sc.s.b-sc.s.a > 14 && !passiveBy {
		return "", false
	}
	for _, it := range sc.items {
		if !it.anaphor || !isEvent(it.g) {
			return "", false // "В срещата участваха:" refers, names nobody
		}
	}
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		switch {
		case hasPrefix(t, "представиха", "представи", "presented", "presenting", "showcased"):
			return kg.PresentedAt, true
		case hasPrefix(t, "участваха", "участва", "присъстваха", "участие", "participated", "attended", "exhibit", "изложиха", "took"):
			return kg.ParticipatedIn, true
		}
	}
	return "", false
}

// chairVerbs say who led an event; the chair speaks there.
var chairVerbs = setOf("водено", "водена", "воден", "водени", "председателствано", "председателствана", "chaired", "led")

// chairedBy reads "Заседанието ... беше водено от председателя X", "The
// session was chaired by Dr Y": the person who led an event presents at
// it. The thing led must be the event ("Делегацията, водена от X" is a
// delegation: see delegation).
func (r *run) chairedBy(sc *sentCtx) {
	for i := sc.s.a + 1; i+1 < sc.s.b; i++ {
		if !chairVerbs[sc.tok(i).low] || sc.tok(i+1).low != "от" && sc.tok(i+1).low != "by" {
			continue
		}
		var ev *group
		led := sc.nearestBefore(i, func(*group) bool { return true })
		if led != nil && isEvent(led.g) {
			ev = led.g
		} else if led == nil || led.a > sc.s.a && (sc.tok(led.a-1).low == "в" || sc.tok(led.a-1).low == "във" || sc.tok(led.a-1).low == "at" || sc.tok(led.a-1).low == "in") {
			// "Заседанието се проведе в X и беше водено от Y": the event
			// the sentence opens with, past the venue
			ev = sc.bareEventSubject()
		}
		if ev == nil {
			continue
		}
		// the person past the role ("от председателя на Управителния
		// съвет доц. д-р X")
		for j := i + 2; j < sc.s.b && j < i+14; j++ {
			if it := sc.itemAt(j); it != nil && isPerson(it.g) {
				for _, p := range sc.listFrom(it, isPerson) {
					r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, ev, "", "")
				}
				break
			}
			if w := sc.tok(j); w.is(",") || w.is(";") || w.isWord() && listBreakers[w.low] && w.low != "за" {
				break
			}
		}
	}
}

// workVerbs say where someone works: an untitled HOLDS_ROLE, as the gold
// has employment.
var workVerbs = setOf("работи", "работил", "работила", "работят", "работеше", "works", "worked")

// employment reads "X работи в Y", "Преди това е работил девет години в
// Агенцията Y", "She worked for Z": the person (the subject, or the one the
// sentence before opens with when the verb has none) holds an untitled
// role in the organisation after "в"/"at"/"for".
func (r *run) employment(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		if !sc.tok(i).in(lWorkVerb) {
			continue
		}
		var org *item
		for j := i + 1; j+1 < sc.s.b && j <= i+5; j++ {
			w := sc.tok(j).low
			if w == "в" || w == "във" || w == "at" || w == "for" {
				k := j + 1
				if sc.tok(k).low == "the" && k+1 < sc.s.b {
					k++
				}
				if it := sc.itemAt(k); it != nil && isOrg(it.g) {
					org = it
				}
				break
			}
			if t := sc.tok(j); !t.isWord() || t.cap || sc.itemAt(j) != nil {
				break
			}
		}
		if org == nil {
			continue
		}
		p := r.subjectBefore(sc, i, isPerson)
		if p != nil && p.a > sc.s.a && objectPreps[sc.tok(p.a-1).low] {
			p = nil
		}
		if p == nil {
			p = sc.zeroSubject(i, isPerson)
		}
		if p == nil || sc.nearestBefore(i, func(g *group) bool { return !isPerson(g) && !isPlace(g) }) != nil && sc.nearestBefore(i, isActor) != p {
			continue
		}
		r.addRole(sc, p.g, org.g, "")
	}
}

// framedAt reports an event name at token i of sentence s written as the
// frame of what the sentence tells ("... по време на изложението X", "в
// рамките на X", "during X", "alongside X"): a headline so written is about
// the thing framed, not the frame.
func framedAt(dc *docCtx, s sentence, i int) bool {
	for j := i - 1; j >= s.a && j >= i-4; j-- {
		t := &dc.toks[j]
		switch t.low {
		case "рамките", "within", "during", "alongside":
			return true
		case "време":
			return j > s.a && dc.toks[j-1].low == "по"
		}
		if !t.isWord() || dc.claimed[j] != nil {
			return false
		}
	}
	return false
}

// pluralEventNouns are the articled plurals of event nouns with their base
// form: a plural the head-noun lists do not hold ("Срещите се проведоха в
// X", "Обученията се организират", "the sessions took place") refers to the
// event of that kind the text reports, as the singular does.
var pluralEventNouns = map[string]string{
	"срещите": "среща", "семинарите": "семинар", "конференциите": "конференция", "форумите": "форум", "обученията": "обучение",
	"уебинарите": "уебинар", "събитията": "събитие", "сесиите": "сесия", "посещенията": "посещение", "дискусиите": "дискусия",
	"работилниците": "работилница", "изложенията": "изложение",
	"meetings": "meeting", "sessions": "session", "workshops": "workshop", "seminars": "seminar", "webinars": "webinar",
	"events": "event", "conferences": "conference",
}

// hostOfEvent reads "Домакин на срещата беше португалският партньор X",
// "Организатор на форума е клъстерът Y", "The host of the meeting was the
// Z": the host or organiser noun, the event it is of, a copula, and the
// organisation past up to three describing words. It reports whether it
// read the sentence so.
func (r *run) hostOfEvent(sc *sentCtx, i int, role string) bool {
	k := i + 1
	if k+2 >= sc.s.b || sc.tok(k).low != "на" && sc.tok(k).low != "of" {
		return false
	}
	ev := sc.itemAt(k + 1)
	if ev == nil && sc.tok(k+1).low == "the" {
		ev = sc.itemAt(k + 2)
	}
	if ev == nil || !isEvent(ev.g) {
		return false
	}
	c := ev.b
	if c >= sc.s.b || !copulaWord(sc.tok(c).low) {
		return false
	}
	at := c + 1
	for n := 0; at < sc.s.b && n < 3; n++ {
		t := sc.tok(at)
		if sc.itemAt(at) != nil || !t.isWord() || t.cap && !(t.latin && demonym(t.low)) || t.stop && t.low != "the" || t.digit {
			break
		}
		at++
	}
	o := sc.itemAt(at)
	if o == nil || !isOrg(o.g) || o.anaphor && sc.itemAt(o.b) != nil {
		return false
	}
	orgs := sc.coordinatedAfter(o, isOrg)
	for _, s := range orgs {
		r.addRel(sc.dc, sc.s, kg.Organized, s.g, ev.g, "role", role)
	}
	// "Организатор на форума е X в партньорство със Y"
	r.coOrganizers(sc, orgs[len(orgs)-1].b, ev.g)
	return true
}

// takesPlace say that an event takes place (not who holds it).
var takesPlace = setOf("проведе", "проведоха", "проведена", "проведено", "проведен", "състоя", "състои", "провежда", "held")

// eventPronounItem reads a subject pronoun whose verb says that something
// takes place ("Той ще се проведе на 5 май в Русе", "It will take place
// in Varna") as the event the sentence before named, when their genders
// agree: only an event takes place. It reports whether it added the item.
func eventPronounItem(sc *sentCtx, prevEvent *group) bool {
	if prevEvent == nil {
		return false
	}
	t := sc.tok(sc.s.a)
	g, ok := subjectPronouns[t.low]
	if !ok || t.low == "he" || t.low == "she" || sc.itemAt(sc.s.a) != nil {
		return false
	}
	held := false
	for i := sc.s.a + 1; i < sc.s.b && i <= sc.s.a+5; i++ {
		w := sc.tok(i).low
		if takesPlace[w] || w == "place" && (sc.tok(i-1).low == "take" || sc.tok(i-1).low == "took" || sc.tok(i-1).low == "takes") ||
			openedBy(sc, i) {
			held = true
			break
		}
	}
	if !held {
		return false
	}
	eg := gAny
	for _, c := range prevEvent.cands {
		if c.doc == sc.dc.idx && c.evHead != "" {
			eg = nounGender(c.evHead)
		}
	}
	if !agrees(g, eg) {
		return false
	}
	sc.items = append([]item{{a: sc.s.a, b: sc.s.a + 1, g: prevEvent, anaphor: true}}, sc.items...)
	return true
}

// carryVerbs carry out a project, with the role they give its subject.
var carryVerbs = map[string]string{"изпълнява": "beneficiary", "реализира": "beneficiary", "implements": "beneficiary", "runs": "beneficiary",
	"координира": "coordinator", "coordinates": "coordinator", "води": "lead", "leads": "lead", "участва": "partner", "участват": "partner"}

// projectOwners reads an organisation that starts, wins or receives
// funding for its own project as its beneficiary (the convention's
// organisation carrying out its own project): "Клъстерът стартира проекта
// X", "X спечели финансиране по програма Y за проекта Z", "X received
// funding for the project Z", "X launched the project Z". A role read
// elsewhere ("водещ партньор", "coordinated by") says more and stays.
func (r *run) projectOwners(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		if !hasPrefix(t, "стартира", "спечели", "получи", "launched", "won", "received", "secured") {
			continue
		}
		x := sc.nearestBefore(i, isOrg)
		if x == nil || r.verbBetween(sc, x.b, i) {
			continue
		}
		p := sc.firstAfter(i+1, isProject)
		if p == nil || p.anaphor {
			continue
		}
		direct := p.a-i <= 3 // "стартира проекта X", "launched the project X"
		funded := false      // "спечели финансиране ... за проекта X"
		if !direct && p.a-i <= 14 {
			for j := i + 1; j < p.a; j++ {
				if w := sc.tok(j).low; hasPrefix(sc.tok(j), "финансиране", "funding", "грант", "grant", "безвъзмездн") {
					funded = true
				} else if w == "." || w == ";" {
					funded = false
					break
				}
			}
			f := p.a - 1
			for f > i && (sc.tok(f).low == "проекта" || sc.tok(f).low == "проект" || sc.tok(f).low == "project" || sc.tok(f).low == "the" || sc.tok(f).is("„")) {
				f--
			}
			funded = funded && (sc.tok(f).low == "за" || sc.tok(f).low == "for")
		}
		if !direct && !funded || r.partnerOf(x.g, p.g) {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, p.g, "role", "beneficiary")
		r.ownerKeys = append(r.ownerKeys, relKey{typ: kg.PartnerIn, from: x.g.final(), to: p.g.final(), prop: "beneficiary"})
	}
}

// celebratedWith reads the event a body marks an occasion with as one it
// organised: "Клъстерът отбеляза 10 години с тържество в ...", "С
// тържествено честване клъстерът отбеляза ...", "The cluster celebrated
// its anniversary with a gala".
func (r *run) celebratedWith(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		if !hasPrefix(sc.tok(i), "отбеляза", "отпразнува", "чества", "celebrated", "marked") {
			continue
		}
		org := sc.nearestBefore(i, isOrg)
		if org == nil || r.verbBetween(sc, org.b, i) {
			continue
		}
		var ev *item
		// the event fronted with "С"/"With" ...
		if w := sc.tok(sc.s.a).low; w == "с" || w == "със" || w == "with" {
			if e := sc.firstAfter(sc.s.a+1, isEvent); e != nil && e.b <= org.a && !e.anaphor {
				ev = e
			}
		}
		// ... or after the verb: "... с тържество", "with a gala"
		for j := i + 1; ev == nil && j+1 < sc.s.b; j++ {
			if w := sc.tok(j).low; w == "с" || w == "със" || w == "with" {
				if e := sc.firstAfter(j+1, isEvent); e != nil && e.a-j <= 4 && !e.anaphor {
					ev = e
				}
				break
			}
		}
		if ev != nil {
			r.addRel(sc.dc, sc.s, kg.Organized, org.g, ev.g, "role", "organizer")
		}
	}
}

// projectLists gives every project of a list after a plural project noun
// what the sentence's rules read for one of them ("партньор в проектите A
// и B по програма Y", "изпълнява проектите A и B, финансирани по Y",
// "partner in the projects A, B and C"): the rules tie a role or a funding
// line to the nearest name, the list shares it.
func (r *run) projectLists(sc *sentCtx, n0 int) {
	var list []*group
	noun := -1
	for i := sc.s.a; i+1 < sc.s.b && list == nil; i++ {
		w := sc.tok(i).low
		if w != "проектите" && w != "проекти" && w != "projects" {
			continue
		}
		noun = i
		first := sc.itemAt(i + 1)
		if first == nil && i+2 < sc.s.b && sc.tok(i+1).low == "the" {
			first = sc.itemAt(i + 2)
		}
		if first == nil || !isProject(first.g) {
			continue
		}
		list = []*group{first.g.final()}
		for _, it := range sc.listAfter(first.b, 6, isProject) {
			list = append(list, it.g.final())
		}
		if len(list) < 2 {
			list = nil
		}
	}
	if list == nil {
		return
	}
	// "X участва в проектите A, B и C", "X takes part in the projects A
	// and B": the subject takes part in each, as in "участва в проекта A"
	read := false
	for _, k := range r.relOrder[n0:] {
		if r.rels[k] != nil && k.typ == kg.PartnerIn && slices.Contains(list, k.to) {
			read = true
		}
	}
	if !read && noun > sc.s.a+1 && (sc.tok(noun-1).low == "в" || sc.tok(noun-1).low == "във" || sc.tok(noun-1).low == "in" || sc.tok(noun-1).low == "the") {
		v := noun - 2
		if sc.tok(noun-1).low == "the" && v > sc.s.a {
			v--
		}
		if t := sc.tok(v); hasPrefix(t, "участва", "participat") || hasPrefix(t, "включи") && v > sc.s.a && sc.tok(v-1).low == "се" || t.low == "part" && v > sc.s.a && hasPrefix(sc.tok(v-1), "take", "took") {
			if x := r.subjectBefore(sc, v, isOrg); x != nil && x.g != nil {
				for _, p := range list {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, p, "role", "partner")
				}
			}
		}
	}
	for _, k := range slices.Clone(r.relOrder[n0:]) {
		rel := r.rels[k]
		if rel == nil {
			continue
		}
		switch {
		case (k.typ == kg.PartnerIn || k.typ == kg.PartOf && k.from.typ == kg.Event) && slices.Contains(list, k.to):
			for _, p := range list {
				r.addRel(sc.dc, sc.s, k.typ, k.from, p, propName(k), k.prop)
			}
		case k.typ == kg.FundedBy && slices.Contains(list, k.from):
			for _, p := range list {
				r.addRel(sc.dc, sc.s, k.typ, p, k.to, propName(k), k.prop)
			}
		}
	}
}

// propName is the property a relation key's prop value belongs to.
func propName(k relKey) string {
	switch {
	case k.prop == "":
		return ""
	case k.typ == kg.HoldsRole:
		return "title"
	}
	return "role"
}

// settleOwners drops what projectOwners read where the document says more
// of the project: the same body's role in it, or another body leading or
// coordinating it ("X стартира изпълнението на проект Y" of a partner in a
// consortium another cluster coordinates).
func (r *run) settleOwners() {
	for _, k := range r.ownerKeys {
		for o := range r.rels {
			if o.typ != kg.PartnerIn || o == k || o.to != k.to {
				continue
			}
			if o.from == k.from || o.prop == "coordinator" || o.prop == "lead" {
				delete(r.rels, k)
				break
			}
		}
	}
	r.ownerKeys = nil
	r.relOrder = slices.DeleteFunc(r.relOrder, func(k relKey) bool { return r.rels[k] == nil })
}

// projectObjectRelative reads a relative clause whose subject is an
// organisation and whose object is the project before it: "проект „X“
// (X), който клъстерът изпълнява по програма Y", "X, който Z координира".
func (r *run) projectObjectRelative(sc *sentCtx) {
	for k := range sc.items {
		p := &sc.items[k]
		if !isProject(p.g) || p.anaphor {
			continue
		}
		j := p.b
		// past the project's acronym in brackets
		if j+2 < sc.s.b && sc.tok(j).is("(") && sc.tok(j+2).is(")") {
			j += 3
		}
		if j+3 >= sc.s.b || !sc.tok(j).is(",") || !relPronouns[sc.tok(j+1).low] {
			continue
		}
		sub := sc.itemAt(j + 2)
		if sub == nil || !isOrg(sub.g) || sub.b >= sc.s.b {
			continue
		}
		v := sub.b
		if sc.tok(v).low == "също" || sc.tok(v).low == "also" {
			v++
		}
		role, ok := carryVerbs[sc.tok(v).low]
		if !ok || r.partnerOf(sub.g, p.g) {
			continue // (a role read elsewhere says more than the verb)
		}
		r.addRel(sc.dc, sc.s, kg.PartnerIn, sub.g, p.g, "role", role)
	}
}

// moreProjects gives the projects coordinated after one the sentence's
// rules related ("партньор в проекта A ..., и в проекта B", "partner in A
// and in B") the same relation: the preposition repeated before the next
// project coordinates it with the first.
func (r *run) moreProjects(sc *sentCtx, n0 int) {
	keys := append([]relKey(nil), r.relOrder[n0:]...)
	for _, k := range keys {
		if k.typ != kg.PartnerIn {
			continue
		}
		var at *item
		for n := range sc.items {
			if it := &sc.items[n]; it.g.final() == k.to && !it.anaphor {
				at = it
				break
			}
		}
		// the partner is the subject before the first project ("Клъстерът
		// е партньор в A ..."), not an agent said of A ("координиран от Y")
		var from *item
		for n := range sc.items {
			if it := &sc.items[n]; it.g.final() == k.from {
				from = it
				break
			}
		}
		if at == nil || from == nil || from.a > at.a {
			continue
		}
		for j := at.b; j+2 < sc.s.b; j++ {
			if t := sc.tok(j); t.is(".") || t.is(";") {
				break
			}
			if w := sc.tok(j).low; w != "и" && w != "and" {
				continue
			}
			if p := sc.tok(j + 1).low; p != "в" && p != "във" && p != "in" {
				continue
			}
			m := j + 2
			for m < sc.s.b && m <= j+4 && sc.itemAt(m) == nil && (sc.tok(m).low == "the" || hasPrefix(sc.tok(m), "проект", "project")) {
				m++
			}
			if nx := sc.itemAt(m); nx != nil && isProject(nx.g) && !nx.anaphor && nx.g != k.to {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, k.from, nx.g, propName(k), k.prop)
			}
		}
	}
}

// partnerOf reports a PARTNER_IN of org in proj read already.
func (r *run) partnerOf(org, proj *group) bool {
	for k := range r.rels {
		if k.typ == kg.PartnerIn && k.from == org.final() && k.to == proj.final() {
			return true
		}
	}
	return false
}

// whereBody is the organisation a bare role after "където"/"where" at
// token a belongs to: the one the clause hangs on ("заводът на „X“ АД в
// Южна зона, където управителят инж. Y показа ...", "the plant of X, where
// the manager Y"), past places; nil when none stands right before.
func whereBody(sc *sentCtx, a int) *group {
	k := a - 1
	if k > sc.s.a && sc.tok(k).low == "the" {
		k--
	}
	if k <= sc.s.a || sc.tok(k).low != "където" && sc.tok(k).low != "where" {
		return nil
	}
	k--
	if k > sc.s.a && sc.tok(k).is(",") {
		k--
	}
	// the body right before, or before its place ("„X“ АД в Южна
	// индустриална зона, където")
	it := sc.nearestBefore(k+1, isOrg)
	if it == nil || it.anaphor {
		return nil
	}
	if it.b == k+1 {
		return it.g
	}
	if w := sc.tok(it.b).low; k+1-it.b <= 5 && (w == "в" || w == "във" || w == "in" || w == "от" || w == "from") &&
		sc.findTok(it.b, k+1, func(t *token) bool { return !t.isWord() || t.isWord() && !t.cap && listBreakers[t.low] }) < 0 {
		return it.g
	}
	return nil
}

// joinedTopic is the body a join verb at token i with no object joins:
// the cluster or association the text is about, when the sentence names
// no body to join after the verb, no project or event, and no "към"/"to".
func joinedTopic(sc *sentCtx, i int) *group {
	t := sc.tok(i)
	en := strings.HasPrefix(t.low, "join")
	if !en && !(strings.HasPrefix(t.low, "присъедини") && i > sc.s.a && sc.tok(i-1).low == "се") {
		return nil
	}
	if sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return t.low == "към" || t.low == "to" }) >= 0 ||
		sc.firstAfter(sc.s.a, func(g *group) bool { return isProject(g) || isEvent(g) || isProgramme(g) }) != nil {
		return nil
	}
	if en {
		// "X joined." / "X joined as well": nothing joined after the verb
		if n := sc.tok(min(i+1, sc.s.b-1)); !(i+1 >= sc.s.b || n.is(".") || n.low == "as" || n.low == "too" || n.low == "in" || n.low == "last" || n.low == "this") {
			return nil
		}
	}
	return sc.dc.topicOrg(i)
}

// objectIntroOfLines reads a line that ends with a colon after an
// organisation and a verb of organising ("През 2025 г. КМР организира:",
// "The cluster held:"): the lines after it name what it organised.
func objectIntroOfLines(sc *sentCtx) *group {
	if !sc.tok(sc.s.b-1).is(":") || sc.s.b-sc.s.a > 14 {
		return nil
	}
	v := sc.s.b - 2
	for v > sc.s.a && (sc.tok(v).low == "и" || sc.tok(v).low == "also" || sc.tok(v).low == "following" || sc.tok(v).low == "the") {
		v--
	}
	if v <= sc.s.a || !hasPrefix(sc.tok(v), "организира", "organised", "organized", "проведе", "held", "hosted") {
		return nil
	}
	sub := sc.nearestBefore(v, isOrg)
	if sub == nil || sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low] {
		return nil
	}
	return sub.g
}

// organisedLine reads one line under such an intro: the event the line
// names was organised by the intro's organisation, or taken part in when
// the line says so ("- участие с общ щанд в панаира X"); a partner the
// line names ("„X“, в партньорство с Y") co-organised it.
func (r *run) organisedLine(sc *sentCtx, org *group) {
	var ev *item
	for k := range sc.items {
		if it := &sc.items[k]; isEvent(it.g) && it.a-sc.s.a <= 8 {
			ev = it
			break
		}
	}
	if ev == nil {
		return
	}
	if sc.findTok(sc.s.a, ev.a, func(t *token) bool { return hasPrefix(t, "участие", "участва", "participat") }) >= 0 {
		r.addRel(sc.dc, sc.s, kg.ParticipatedIn, org, ev.g, "", "")
		return
	}
	r.addRel(sc.dc, sc.s, kg.Organized, org, ev.g, "role", "organizer")
	for j := ev.b; j+2 < sc.s.b; j++ {
		w := sc.tok(j).low
		if (w == "партньорство" || w == "съвместно" || w == "сътрудничество" || w == "partnership" || w == "cooperation" || w == "together" || w == "jointly") &&
			(sc.tok(j+1).low == "с" || sc.tok(j+1).low == "със" || sc.tok(j+1).low == "with") {
			at := j + 2
			if sc.tok(at).low == "the" && at+1 < sc.s.b {
				at++
			}
			for _, o := range sc.listAfter(at, 2, isOrg) {
				if o.g != org {
					r.addRel(sc.dc, sc.s, kg.Organized, o.g, ev.g, "role", "co-organizer")
				}
			}
			break
		}
	}
}

// repeatedPrep reads the items after "и с", "и от", "and with", "and by"
// right after item last (past its place or acronym in brackets): a list
// whose preposition is repeated before its next item ("съвместно с
// Областна дирекция X – Търговище и с Института Y").
func (sc *sentCtx) repeatedPrep(last *item, f func(*group) bool) []*item {
	var out []*item
	for {
		j := last.b
		// the place or acronym closing the item ("– Търговище", "(ОДЗ)")
		for j < sc.s.b && j < last.b+4 {
			if it := sc.itemAt(j); it != nil && isPlace(it.g) {
				j = it.b
				continue
			}
			if t := sc.tok(j); t.dash() || t.is("(") || t.is(")") || t.allCaps && j > sc.s.a && sc.tok(j-1).is("(") {
				j++
				continue
			}
			break
		}
		if j+2 >= sc.s.b {
			return out
		}
		if w := sc.tok(j).low; w != "и" && w != "and" {
			return out
		}
		switch sc.tok(j + 1).low {
		case "с", "със", "with", "от", "by":
		default:
			return out
		}
		at := j + 2
		if sc.tok(at).low == "the" && at+1 < sc.s.b {
			at++
		}
		it := sc.itemAt(at)
		if it == nil || !f(it.g) {
			return out
		}
		l := sc.listFrom(it, f)
		out = append(out, l...)
		last = l[len(l)-1]
	}
}

// mergeAppositiveEvents folds an event described in an apposition right
// after a named one ("The 7th Danube Summit, the annual meeting of
// cluster organisations from the region, took place ...", "Форумът „X“ –
// най-голямата среща на бранша – ...") into it: the two are one event, and
// what the sentence says of its subject is said of the named one.
func (r *run) mergeAppositiveEvents() {
	for _, dc := range r.docs {
		byEnd := map[int]*cand{}
		for _, c := range dc.cands {
			if c.typ == kg.Event && c.group != nil && !c.weak {
				byEnd[c.b] = c
			}
		}
		for _, c := range dc.cands {
			if c.typ != kg.Event || c.group == nil || c.a < 2 || c.b >= len(dc.toks) {
				continue
			}
			// ", the ... ," or " – ... –" around the apposition
			a := c.a - 1
			if w := dc.toks[a].low; w == "the" || w == "a" || w == "an" {
				a--
			}
			if a < 1 || !(dc.toks[a].is(",") || dc.toks[a].dash()) {
				continue
			}
			end := c.b
			// "from the Danube Region", "на Клъстер „Вода“": a complement of
			// the description
			for end < len(dc.toks) && end < c.b+10 && dc.sentOf[end] == dc.sentOf[c.a] {
				if o := dc.claimed[end]; o != nil && o.b > end {
					end = o.b
					continue
				}
				if !dc.toks[end].isWord() && !dc.toks[end].quote() {
					break
				}
				end++
			}
			if end >= len(dc.toks) || !(dc.toks[end].is(",") || dc.toks[end].dash()) {
				continue
			}
			head, ok := byEnd[a]
			if !ok && dc.toks[a-1].quote() {
				head, ok = byEnd[a-1] // "„X“, ...": the name ends inside its quotes
			}
			if !ok || dc.sentOf[head.a] != dc.sentOf[c.a] {
				continue
			}
			from, into := c.group.final(), head.group.final()
			if from == into || from.typ != kg.Event || into.typ != kg.Event || comingCand(dc, c) {
				continue
			}
			// the description is no event of its own elsewhere in the text
			own := true
			for _, o := range from.cands {
				own = own && o.doc == dc.idx
			}
			if own {
				r.foldNamed(from, into)
			}
		}
	}
}

// The event in play. A report names its event once and then tells, a
// sentence at a time, who opened it, who spoke, who came, without naming it
// again. The sentences of a paragraph keep on stage the one event its
// earlier sentences put there; a paragraph that put two there leaves no
// event in play (the sentence must name its own), and a new paragraph goes
// back to the event the whole text is about (implicitEvent).

// newParagraph reports a sentence that opens a paragraph: the first on its
// line, unless the line is an item of a list (the list goes on with the
// paragraph that introduced it).
func newParagraph(dc *docCtx, s sentence) bool {
	t := &dc.toks[s.a]
	return t.lineBeg && !(t.dash() || t.is("•") || t.is("*") || t.is("·") || t.is("▪"))
}

// stagedEvents lists, in order and once each, the events a sentence puts on
// stage: the events it names or refers to, but not one it only announces
// ("Следващата среща ще се проведе ...", "the next edition"), nor one its
// subject is asked or plans to join ("предложи фирмите да се включат в
// конференцията X", "invited them to attend Y") — those happen elsewhere
// and later. The text's own event stays on stage even when announced.
func stagedEvents(sc *sentCtx) []*group {
	var out []*group
	scheduled := -1
	for k := range sc.items {
		it := &sc.items[k]
		if !isEvent(it.g) || slices.Contains(out, it.g) {
			continue
		}
		if it.g != sc.dc.main {
			if nextEvent(sc.dc, it.a) || prospectiveAt(sc, it.a) {
				continue
			}
			if scheduled < 0 {
				scheduled = 0
				if scheduledCue(sc.dc, sc.s) {
					scheduled = 1
				}
			}
			if scheduled == 1 && sc.dc.main != nil {
				continue
			}
		}
		out = append(out, it.g)
	}
	return out
}

// prospectiveAt reports an event mention at token i that is the goal of a
// verb in the subjunctive or the infinitive ("да се включат в X", "да
// участват в Y", "to join X", "to take part in Y"): something asked for or
// planned, not where the sentence happens.
func prospectiveAt(sc *sentCtx, i int) bool { return prospective(sc.dc, sc.s.a, i) }

// prospective is prospectiveAt for token i of a sentence that starts at
// token a.
func prospective(dc *docCtx, a, i int) bool {
	for j := i - 1; j >= a && j >= i-6; j-- {
		t := &dc.toks[j]
		if !t.isWord() {
			if t.quote() {
				continue
			}
			return false
		}
		switch t.low {
		case "да":
			return true
		case "to":
			if n := &dc.toks[j+1]; j+1 < i && (n.low == "join" || n.low == "attend" || n.low == "take" || n.low == "participate" || n.low == "visit" || n.low == "present" || n.low == "exhibit") {
				return true
			}
		}
		if c := dc.claimed[j]; c != nil && c.b <= i && j < i-1 {
			return false // a name between: the verb is another's
		}
	}
	return false
}

// talkVerbs say that someone told or showed something to an audience; at
// the event in play their subject presented there.
var talkVerbs = setOf("представи", "представиха", "сподели", "споделиха", "разказа", "разказаха", "запозна", "запознаха", "демонстрира", "демонстрираха",
	"presented", "shared", "showcased", "outlined", "demonstrated")

// eventRoles reads who took which part in the event in play when the
// sentence does not name it (or names it as the setting):
//   - a body whose representatives presented presents ("Свои идеи споделиха
//     и представители на X и на Y", "... shared by representatives of X");
//   - a body represented by a person, both subject of a verb of telling
//     ("Домакините от X, представени от председателя Y, разказаха ...");
//   - a host named by the noun with its body ("Домакините от X", "домакин
//     беше германският клъстер Y") organised the event;
//   - whoever sat on a panel or joined a discussion spoke there ("В
//     панелната дискусия участваха A, B и C", "В дискусията се включиха X");
//   - who handed over an award took part ("Наградата беше връчена от X").
func (r *run) eventRoles(sc *sentCtx) {
	r.representativesTold(sc)
	r.representedBodies(sc)
	r.hostsNamed(sc)
	r.panelists(sc)
	r.handedOver(sc)
	r.premisesHost(sc)
	r.delegationOn(sc)
	r.participantsAmong(sc)
	r.lecturerBodies(sc)
	r.panelLine(sc)
	r.eventFrames(sc)
}

// panelLine reads a line of a programme that names a panel or session and
// who was on it: "- „X“, moderated by P, with speakers from A, B and C;",
// "– панел „Y“ с участието на Q и R": they presented at that panel (the
// moderator is read by talks).
func (r *run) panelLine(sc *sentCtx) {
	if !bulletLine(sc) {
		return
	}
	var ev *item
	for k := range sc.items {
		if it := &sc.items[k]; isEvent(it.g) && it.a-sc.s.a <= 4 && !it.anaphor {
			ev = it
			break
		}
	}
	if ev == nil {
		return
	}
	for j := ev.b; j+1 < sc.s.b; j++ {
		w := sc.tok(j).low
		at := -1
		switch {
		case w == "with" && j > ev.b:
			at = j + 1
			// "with speakers from", "with representatives of"
			if n := sc.tok(min(at, sc.s.b-1)).low; (n == "speakers" || n == "representatives" || n == "experts" || n == "panellists" || n == "panelists") && at+1 < sc.s.b {
				at += 2
			}
		case w == "участието" && j > ev.b && sc.tok(j-1).low == "с" && sc.tok(j+1).low == "на":
			at = j + 2
			if n := sc.tok(min(at, sc.s.b-1)); peopleNouns[n.low] && at+1 < sc.s.b {
				at += 2
			}
		}
		if at < 0 || at >= sc.s.b {
			continue
		}
		if sc.tok(at).low == "the" {
			at++
		}
		for _, p := range sc.listAfter(at, 4, isActor) {
			if !p.anaphor {
				r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, ev.g, "", "")
			}
		}
		return
	}
}

// participantsAmong reads "Участие взеха 18 инженери от девет фирми, сред
// които A, B и C", "В обучението участваха 30 души от ..., сред тях X",
// "Participants came from 12 firms, including A and B": the bodies listed
// after "сред които"/"including" took part in the event the sentence names
// after the verb, else the one in play. Not in a sentence about a project
// (its participants are partners).
func (r *run) participantsAmong(sc *sentCtx) {
	v := sc.findTok(sc.s.a, min(sc.s.b, sc.s.a+8), func(t *token) bool {
		return hasPrefix(t, "участие", "участва", "присъства", "attended", "participat") || t.low == "part"
	})
	if v < 0 || sc.firstAfter(sc.s.a, isProject) != nil || sc.nearestBefore(v, isActor) != nil || projectLocus(sc, sc.s.a, v) {
		return
	}
	// a head count of people follows the verb ("взеха 18 инженери", "над 40
	// души", "more than 60 people")
	n := v + 1
	if t := sc.tok(min(n, sc.s.b-1)); hasPrefix(t, "взе") || t.low == "in" {
		n++
	}
	for n < sc.s.b && n <= v+4 && !sc.tok(n).digit {
		if w := sc.tok(n).low; w != "над" && w != "около" && w != "more" && w != "than" && w != "over" && w != "about" && w != "by" {
			return
		}
		n++
	}
	if n >= sc.s.b || !sc.tok(n).digit {
		return
	}
	at := -1
	for j := n + 1; j < sc.s.b && at < 0; j++ {
		if k := sc.amongThemAt(j); k > 0 {
			at = k
		}
		if it := sc.itemAt(j); it != nil && !it.anaphor && !isEvent(it.g) && !isPlace(it.g) {
			return // a participant named before the list: other rules read it
		}
	}
	if at < 0 {
		return
	}
	var ev *group
	if it := sc.firstAfter(v+1, isEvent); it != nil && it.a < at && !prospectiveAt(sc, it.a) {
		ev = it.g
	} else {
		ev = sc.settingEvent()
	}
	if ev == nil {
		return
	}
	for _, o := range sc.listAfter(at, 4, isActor) {
		if !o.anaphor {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, ev, "", "")
		}
	}
}

// peopleNouns name people by their trade, "от"/"of" the bodies they come from.
var peopleNouns = setOf("специалисти", "експерти", "представители", "преподаватели", "учени", "изследователи",
	"specialists", "experts", "representatives", "lecturers", "researchers")

// lecturerBodies reads "Лектори бяха специалисти от X и от Y", "The
// trainers were experts from X and Y": the bodies whose people lectured
// presented at the event (named, else in play).
func (r *run) lecturerBodies(sc *sentCtx) {
	for i := sc.s.a; i+3 < sc.s.b; i++ {
		if !hasPrefix(sc.tok(i), "лектори", "обучители", "lecturers", "trainers", "speakers") {
			continue
		}
		c := i + 1
		if !copulaWord(sc.tok(c).low) {
			continue
		}
		n := c + 1
		if !peopleNouns[sc.tok(n).low] {
			continue
		}
		if w := sc.tok(n + 1).low; w != "от" && w != "of" && w != "from" && w != "на" {
			continue
		}
		first := sc.itemAt(n + 2)
		if first == nil || !isOrg(first.g) {
			continue
		}
		bodies := sc.listFrom(first, isOrg)
		bodies = append(bodies, sc.repeatedPrep(bodies[len(bodies)-1], isOrg)...)
		r.presentAtSetting(sc, bodies)
		return
	}
}

// presentAtSetting has the bodies present at the event the sentence
// happens at, when it has one.
func (r *run) presentAtSetting(sc *sentCtx, bodies []*item) {
	if ev := sc.settingEvent(); ev != nil {
		for _, b := range bodies {
			r.addRel(sc.dc, sc.s, kg.PresentedAt, b.g, ev, "", "")
		}
	}
}

// settingEvent is the event a sentence happens at: the one it names after a
// preposition of setting ("на срещата", "в дискусията", "at the forum") or
// as its subject, else the event in play.
func (sc *sentCtx) settingEvent() *group {
	for k := range sc.items {
		it := &sc.items[k]
		if !isEvent(it.g) || prospectiveAt(sc, it.a) || nextEvent(sc.dc, it.a) || inQuotation(sc, it.a) {
			continue
		}
		p := it.a - 1
		if p >= sc.s.a && sc.tok(p).low == "the" {
			p--
		}
		if p < sc.s.a {
			return it.g
		}
		switch sc.tok(p).low {
		case "на", "в", "във", "при", "at", "during", "in":
			return it.g
		}
	}
	if sc.firstAfter(sc.s.a, isEvent) != nil {
		return nil // the sentence names an event in another role
	}
	return sc.implicitEvent()
}

// representativesTold reads "Свои идеи споделиха и представители на X и на
// Y", "Представители на X представиха ...": the bodies whose people told or
// showed something at the event present there.
func (r *run) representativesTold(sc *sentCtx) {
	for i := sc.s.a; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		// plural or singular ("Представител на X представи ...", "A
		// representative of Y presented ...")
		if !hasPrefix(t, "представител", "representative", "експерт", "expert", "специалист", "specialist") || hasPrefix(t, "представителств") {
			continue
		}
		if w := sc.tok(i + 1).low; w != "на" && w != "от" && w != "of" && w != "from" {
			continue
		}
		// the verb of telling: before the noun with nothing between but
		// "и"/"also" and the object ("Свои идеи споделиха и представители
		// на"), or after the bodies (the sentence opens with the noun)
		v := -1
		for j := i - 1; j >= sc.s.a && j >= i-8; j-- {
			if talkVerbs[sc.tok(j).low] {
				v = j
				break
			}
			if sc.itemAt(j) != nil || sc.tok(j).is(",") {
				break
			}
		}
		bodies := sc.listAfter(i+2, 3, isOrg)
		if v < 0 && len(bodies) > 0 && (i == sc.s.a || i == sc.s.a+1 && (sc.tok(sc.s.a).low == "the" || sc.tok(sc.s.a).low == "a")) {
			end := bodies[len(bodies)-1].b
			for j := end; j < sc.s.b && j <= end+2; j++ {
				if talkVerbs[sc.tok(j).low] {
					v = j
					break
				}
			}
		}
		if v < 0 || len(bodies) == 0 {
			continue
		}
		r.presentAtSetting(sc, bodies)
		return
	}
}

// representedBodies reads "X, представени от председателя си Y, разказаха
// за ...", "X, represented by its chair Y, presented ...": the body and the
// person who spoke for it present at the event.
func (r *run) representedBodies(sc *sentCtx) {
	for i := sc.s.a + 2; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		by := sc.tok(i + 1).low
		if !(hasPrefix(t, "представен", "представлява") && by == "от" || t.low == "represented" && by == "by") || !sc.tok(i-1).is(",") {
			continue
		}
		body := sc.nearestBefore(i-1, isOrg)
		if body == nil {
			continue
		}
		// past the body's town ("X – Бургас, представени от")
		if pl := sc.nearestBefore(i-1, isPlace); pl != nil && pl.b == i-1 && pl.a > body.b && pl.a-body.b <= 1 {
			body = &item{a: body.a, b: pl.b, g: body.g}
		}
		if body.b != i-1 {
			continue
		}
		p := sc.firstAfter(i+2, isPerson)
		if p == nil || p.a-i > 10 {
			continue
		}
		// the clause closes and its verb tells
		v := -1
		for j := p.b; j < sc.s.b && j <= p.b+2; j++ {
			if talkVerbs[sc.tok(j).low] || explainVerbs[sc.tok(j).low] {
				v = j
				break
			}
			if !sc.tok(j).is(",") {
				break
			}
		}
		if v < 0 {
			continue
		}
		ev := sc.settingEvent()
		if ev == nil {
			return
		}
		r.addRel(sc.dc, sc.s, kg.PresentedAt, body.g, ev, "", "")
		r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, ev, "", "")
		return
	}
}

// hostsNamed reads a host named by the noun without the event: "Домакините
// от X ...", "Домакини бяха X и Y", "а домакин беше германският клъстер
// Z – партньор по проекта": the body hosts (organises) the event in play.
func (r *run) hostsNamed(sc *sentCtx) {
	for i := sc.s.a; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		hostEN := t.low == "host" // English: in apposition only ("The host, X,")
		if !hostEN && (!strings.HasPrefix(t.low, "домакин") || t.low == "домакинства" || hasPrefix(t, "домакинство")) {
			continue
		}
		at := i + 1
		// "Домакинът на срещата, ректорът на X проф. Y, приветства ...":
		// the host named in apposition, itself or by a role in it
		if o := hostApposed(sc, i); o != nil && sc.findTok(sc.s.a, i, func(t *token) bool { return t.isWord() && t.low != "the" }) < 0 && !scheduledCue(sc.dc, sc.s) {
			if ev := sc.implicitEvent(); ev != nil && !r.organised(o.g, ev) {
				r.addRel(sc.dc, sc.s, kg.Organized, o.g, ev, "role", "host")
			}
			return
		}
		if hostEN {
			continue
		}
		switch w := sc.tok(at).low; {
		case w == "от":
			at++
		case copulaWord(w):
			at++
			for at < sc.s.b && (sc.tok(at).low == "бъде" || sc.tok(at).low == "и") {
				at++
			}
		default:
			continue
		}
		// past up to three describing words ("германският клъстер")
		for n := 0; at < sc.s.b && n < 3 && sc.itemAt(at) == nil; n++ {
			if t := sc.tok(at); !t.isWord() || t.cap || t.digit || listBreakers[t.low] {
				break
			}
			at++
		}
		o := sc.itemAt(at)
		if o == nil || !isOrg(o.g) || o.anaphor {
			continue
		}
		if sc.findTok(sc.s.a, i, func(t *token) bool { return t.isWord() && t.low != "а" && t.low != "и" && t.low != "the" }) >= 0 && !sc.tok(i-1).is(",") && sc.tok(i-1).low != "а" {
			continue // the noun opens the sentence or its clause
		}
		if scheduledCue(sc.dc, sc.s) {
			continue // the host of a coming event
		}
		ev := sc.implicitEvent()
		if ev == nil {
			continue
		}
		for _, s := range sc.coordinatedAfter(o, isOrg) {
			if !r.organised(s.g, ev) {
				r.addRel(sc.dc, sc.s, kg.Organized, s.g, ev, "role", "host")
			}
		}
		return
	}
}

// hostApposed reads the host named in apposition to the noun at i ("Домакинът
// [на срещата], ректорът на X проф. Y,", "The host, X,", "Our host, Y's
// director Z,"): the body, itself or the one a role in the apposition names.
func hostApposed(sc *sentCtx, i int) *item {
	j := i + 1
	if j < sc.s.b && (sc.tok(j).low == "на" || sc.tok(j).low == "of") {
		// the event it hosts: a reference or a name
		j++
		if j < sc.s.b && sc.tok(j).low == "the" {
			j++
		}
		ev := sc.itemAt(j)
		if ev == nil || !isEvent(ev.g) {
			if j < sc.s.b && !sessionNouns[sc.tok(j).low] && !hasPrefix(sc.tok(j), "събитие", "среща", "форум", "event", "meeting") {
				return nil
			}
			j++
		} else {
			j = ev.b
		}
	}
	if j >= sc.s.b || !sc.tok(j).is(",") {
		return nil
	}
	for k := j + 1; k < sc.s.b && k <= j+14; k++ {
		if t := sc.tok(k); t.is(",") || t.is(".") && !(k > sc.s.a && personTitles[sc.tok(k-1).low]) {
			return nil
		}
		it := sc.itemAt(k)
		if it == nil {
			continue
		}
		if isOrg(it.g) && !it.g.weak {
			return it
		}
		if !isPerson(it.g) {
			return nil
		}
		k = it.b - 1
	}
	return nil
}

// discussionNouns name a panel or a discussion of an event: those who take
// part in it speak.
var discussionNouns = setOf("дискусия", "дискусията", "дискусии", "дискусиите", "панел", "панела", "панелът", "панелите",
	"discussion", "discussions", "panel", "panels", "debate")

// panelists reads "В панелната дискусия „X“ участваха A, B и C", "В
// дискусията се включиха X и Y", "The panel discussion featured A and B":
// they presented at the panel when it is an event of its own, else at the
// event in play.
func (r *run) panelists(sc *sentCtx) {
	a := sc.s.a
	if w := sc.tok(a).low; w != "в" && w != "във" && w != "in" && w != "on" {
		return
	}
	d := -1
	for j := a + 1; j < sc.s.b && j <= a+3; j++ {
		if discussionNouns[sc.tok(j).low] {
			d = j
			break
		}
	}
	if d < 0 {
		return
	}
	// the verb of taking part, past the panel's own name
	v := d + 1
	var named *item
	for k := range sc.items {
		if it := &sc.items[k]; isEvent(it.g) && it.a <= d+2 && it.b > d {
			named = it
			v = max(v, it.b)
			break
		}
	}
	for v < sc.s.b && (sc.tok(v).quote() || sc.tok(v).low == "се") {
		v++
	}
	if v >= sc.s.b || !hasPrefix(sc.tok(v), "участва", "включи", "took", "participat") {
		return
	}
	var event *group
	if named != nil {
		event = named.g
	} else {
		event = sc.implicitEvent()
	}
	if event == nil {
		return
	}
	for _, p := range sc.personsAfter(v + 1) {
		r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, event, "", "")
	}
}

// handedOver reads "Наградата беше връчена от X", "The award was presented
// by Y": who handed over an award took part in the event in play.
func (r *run) handedOver(sc *sentCtx) {
	for i := sc.s.a + 1; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		if !(hasPrefix(t, "връчен") && sc.tok(i+1).low == "от" || (t.low == "handed" || t.low == "presented") && sc.tok(i+1).low == "by") {
			continue
		}
		if t.latin && sc.findTok(sc.s.a, i, func(t *token) bool { return awardWord(t) }) < 0 {
			continue // "presented by" is an award's only after one
		}
		// an award is handed over at the text's award ceremony, if it
		// reports one, not at the competition
		ev := sc.dc.onlyEventOf("церемония", "ceremony", "връчване")
		if ev == nil {
			ev = sc.settingEvent()
		}
		if ev == nil {
			return
		}
		for _, p := range sc.personsAfter(i + 2) {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, p.g, ev, "", "")
		}
		return
	}
}

// organised reports an ORGANIZED of org for ev read already, in any role.
func (r *run) organised(org, ev *group) bool {
	// a few map look-ups, not a scan of every relation of the run
	for _, role := range []string{"organizer", "co-organizer", "host", ""} {
		if _, ok := r.rels[relKey{typ: kg.Organized, from: org.final(), to: ev.final(), prop: role}]; ok {
			return true
		}
	}
	return false
}

// onlyEventOf is the one event of the document whose head noun is one of
// heads ("церемония"), or nil when there is none or several.
func (dc *docCtx) onlyEventOf(heads ...string) *group {
	var only *group
	for _, c := range dc.cands {
		if c.group == nil || c.typ != kg.Event || !slices.Contains(heads, c.evHead) {
			continue
		}
		g := c.group.final()
		if g.typ != kg.Event {
			continue
		}
		if only != nil && only != g {
			return nil
		}
		only = g
	}
	return only
}

// premisesNouns name the rooms and buildings of a body: an event held in
// them is hosted by the body.
var premisesNouns = setOf("зала", "залата", "сграда", "сградата", "център", "центъра", "офис", "офиса", "централа", "централата",
	"кампус", "кампуса", "аудитория", "аудиторията", "база", "базата", "ректорат", "ректората", "седалище", "седалището",
	"щанд", "щанда", "щандът", "павилиона", "павилионът",
	"premises", "hall", "building", "headquarters", "offices", "campus", "auditorium", "centre", "center", "stand", "booth", "pavilion")

// happenVerbs report that an event happened (was held, opened, signed).
var happenVerbs = setOf("проведе", "проведоха", "проведена", "проведено", "проведен", "състоя", "състояха", "се", "подписан",
	"подписана", "подписано", "подписаха", "открит", "открита", "открито", "held", "signed", "opened", "took", "place")

// premisesHost reads "EVENT се проведе в сградата на X", "... беше
// подписан в ритуалната зала на общината", "held at the premises of Y":
// the body whose premises the event took place in hosted (organised) it,
// the event the sentence names, else the one in play. Only a body (a
// hotel is a venue), and not the body's own event ("в сградата на X" of an
// event X announces is still X's).
func (r *run) premisesHost(sc *sentCtx) {
	o := premisesOwner(sc)
	if o == nil {
		return
	}
	// the sentence tells of the event happening
	if sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return happenVerbs[t.low] && t.low != "се" }) < 0 {
		return
	}
	var ev *group
	for _, g := range stagedEvents(sc) {
		ev = g
		break
	}
	if ev == nil && sc.firstAfter(sc.s.a, isEvent) == nil {
		if signingVerbIn(sc) {
			ev = sc.dc.signingEvent()
		}
		if ev == nil {
			ev = sc.implicitEvent()
		}
	}
	if ev == nil || r.organised(o.g, ev) || ownEvent(sc.dc, ev) {
		return
	}
	if o.a > sc.s.a+1 && standNoun(sc.tok(o.a-2)) && fairLike(ev) {
		return // a stand at a fair hosts what happens on it, not the fair
	}
	r.addRel(sc.dc, sc.s, kg.Organized, o.g, ev, "role", "host")
}

// fairLike reports an event that is a fair or exhibition, by the words of
// its names ("изложението X", "Interzum 2025" named as "изложение").
func fairLike(ev *group) bool {
	for _, c := range ev.cands {
		for _, w := range strings.Fields(strings.ToLower(c.name + " " + c.evHead)) {
			if strings.HasPrefix(w, "изложени") || strings.HasPrefix(w, "панаир") || strings.HasPrefix(w, "expo") || strings.HasPrefix(w, "експо") ||
				w == "fair" || w == "messe" || strings.HasPrefix(w, "exhibition") {
				return true
			}
		}
	}
	return false
}

// premisesOwner is the body whose premises a sentence places something in
// ("в сградата на X", "в ритуалната зала на общината", "at the premises of
// Y"), or nil.
func premisesOwner(sc *sentCtx) *item {
	for i := sc.s.a + 1; i+2 < sc.s.b; i++ {
		if !sc.tok(i).in(lPremisesNoun) {
			continue
		}
		// "в ритуалната зала на", "at the premises of": the preposition of
		// place up to three words before the noun
		// a stand is stood on: "на щанда на X", "on the stand of Y"
		stand := standNoun(sc.tok(i))
		p := i - 1
		for p > sc.s.a && i-p <= 3 && sc.tok(p).isWord() && !sc.tok(p).cap && sc.itemAt(p) == nil &&
			sc.tok(p).low != "в" && sc.tok(p).low != "във" && sc.tok(p).low != "at" && sc.tok(p).low != "in" &&
			!(stand && (sc.tok(p).low == "на" || sc.tok(p).low == "on")) {
			p--
		}
		if w := sc.tok(p).low; w != "в" && w != "във" && w != "at" && w != "in" && !(stand && (w == "на" || w == "on")) {
			continue
		}
		k := i + 1
		if w := sc.tok(k).low; w != "на" && w != "of" {
			continue
		}
		k++
		if k < sc.s.b && sc.tok(k).low == "the" {
			k++
		}
		if o := sc.itemAt(k); o != nil && isOrg(o.g) {
			return o
		}
		// "в ритуалната зала на общината": the one body of the text the
		// bare noun names
		if t := sc.tok(k); t.isWord() && !t.cap && sc.itemAt(k) == nil {
			if g := bodyByNoun(sc.dc, k); g != nil {
				return &item{a: k, b: k + 1, g: g, anaphor: true}
			}
		}
	}
	return nil
}

// bodyByNoun is the one organisation of the document whose name holds the
// noun at token i ("общината" → "Община Пазарджик", "университета" →
// "Аграрен университет – Пловдив"), or nil when none or several do.
func bodyByNoun(dc *docCtx, i int) *group {
	t := &dc.toks[i]
	h, ok := headAt(dc, i)
	if !ok || !orgLike(h.typ) {
		return nil
	}
	st := t.stem
	if len([]rune(st)) < 4 {
		return nil
	}
	var only *group
	for _, c := range dc.cands {
		if c.group == nil || !orgLike(c.typ) {
			continue
		}
		g := c.group.final()
		if !orgLike(g.typ) || g == only {
			continue
		}
		holds := false
		for k := c.a; k < c.b && !holds; k++ {
			w := dc.toks[k].stem
			holds = w != "" && (strings.HasPrefix(w, st) || strings.HasPrefix(st, w) && len([]rune(w)) >= 4)
		}
		if !holds {
			continue
		}
		if only != nil {
			return nil
		}
		only = g
	}
	return only
}

// signingVerbIn reports a verb of signing in the sentence.
func signingVerbIn(sc *sentCtx) bool {
	return sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return hasPrefix(t, "подписа", "подписан", "положиха") || t.low == "signed"
	}) >= 0
}

// signingEvent is the text's one event of signing: named by the noun
// ("церемония по подписване на меморандума", "подписване", "the signing
// ceremony"), or nil when there is none or several.
func (dc *docCtx) signingEvent() *group {
	var only *group
	for _, c := range dc.cands {
		if c.group == nil || c.typ != kg.Event {
			continue
		}
		signs := false
		for k := c.a; k < c.b && !signs; k++ {
			signs = hasPrefix(&dc.toks[k], "подписван", "signing")
		}
		if !signs {
			continue
		}
		g := c.group.final()
		if only != nil && only != g {
			return nil
		}
		only = g
	}
	return only
}

// delegationOn reads "Делегация от 14 представители на A, B и C беше на
// учебно посещение в X", "Делегация на Y участва в изложението Z", "A
// delegation of X was on a study visit to Y": the bodies of the delegation
// took part in the event the predicate names.
func (r *run) delegationOn(sc *sentCtx) {
	i := sc.s.a
	if sc.tok(i).low == "a" || sc.tok(i).low == "the" {
		i++
	}
	// "В групата бяха и X и Y", "В делегацията бяха още ...": members of
	// the group that made the visit in play
	if w := sc.tok(i).low; (w == "в" || w == "във") && i+2 < sc.s.b && (sc.tok(i+1).low == "групата" || sc.tok(i+1).low == "делегацията") && copulaWord(sc.tok(i+2).low) {
		if ev := sc.implicitEvent(); ev != nil {
			r.tookPart(sc, sc.delegationMembers(i+3, "представител"), ev)
		}
		return
	}
	group := hasPrefix(sc.tok(i), "група", "group")
	if i+2 >= sc.s.b || !hasPrefix(sc.tok(i), "делегаци", "delegation") && !group {
		return
	}
	at := i + 1
	if w := sc.tok(at).low; w != "на" && w != "от" && w != "of" && w != "from" {
		return
	}
	at++
	// "от 14 представители на", "of 12 representatives of"
	if sc.tok(at).digit && at+2 < sc.s.b && hasPrefix(sc.tok(at+1), "представител", "representative", "члена", "членове", "members") {
		if w := sc.tok(at + 2).low; w == "на" || w == "от" || w == "of" || w == "from" {
			at += 3
		}
	} else if group {
		return // a group of anything else
	}
	members := sc.listAfter(at, 5, isActor)
	if len(members) == 0 {
		return
	}
	v := members[len(members)-1].b
	for {
		// past the last member's town and acronym ("Община X – Бургас", "(ТУ – Варна)")
		for v < sc.s.b && (sc.itemAt(v) != nil && (isPlace(sc.itemAt(v).g) || sc.itemAt(v).g == members[len(members)-1].g) ||
			sc.tok(v).dash() || sc.tok(v).is("(") || sc.tok(v).is(")") || sc.tok(v).allCaps) {
			if it := sc.itemAt(v); it != nil {
				v = it.b
			} else {
				v++
			}
		}
		// "... (ТУ – Варна) и Община Бургас": the list goes on past the acronym
		if v+1 < sc.s.b && (sc.tok(v).low == "и" || sc.tok(v).low == "and" || sc.tok(v).is(",")) {
			if nx := sc.itemAt(v + 1); nx != nil && isActor(nx.g) {
				more := sc.listFrom(nx, isActor)
				members = append(members, more...)
				v = more[len(more)-1].b
				continue
			}
		}
		break
	}
	if v+1 >= sc.s.b {
		return
	}
	// the predicate: "беше на EVENT", "was on EVENT", "участва в EVENT"
	w := sc.tok(v).low
	if !(copulaWord(w) || hasPrefix(sc.tok(v), "участва", "took", "attended", "participated") || (w == "проведе" || w == "made" || w == "held") && group) {
		return
	}
	ev := sc.firstAfter(v+1, isEvent)
	if ev == nil || ev.a-v > 4 {
		return
	}
	r.tookPart(sc, members, ev.g)
}

// ownEvent reports an event of a body, named with it ("общо събрание на
// Клъстер X", "the cluster's general assembly"): the body holds it, the
// hall it rents does not host it.
func ownEvent(dc *docCtx, ev *group) bool {
	for _, c := range ev.cands {
		if c.descrOrg != nil {
			return true
		}
	}
	return false
}

// partiesSubject reports a verb at token i whose subject is the parties of
// a document the text reported signed ("страните ще организират", "двете
// страни договориха", "the parties will hold"), when it did.
func partiesSubject(sc *sentCtx, i int) bool {
	if len(sc.dc.parties) < 2 {
		return false
	}
	for j := i - 1; j >= sc.s.a && j >= i-4; j-- {
		switch sc.tok(j).low {
		case "страните", "parties", "signatories":
			return true
		}
		if sc.itemAt(j) != nil {
			return false
		}
	}
	return false
}

// projectLocus reports a project, consortium or partnership noun in tokens
// [a, b) ("В консорциума участваха", "В проекта участват"): who takes part
// there is a partner, not at an event.
func projectLocus(sc *sentCtx, a, b int) bool {
	return sc.findTok(a, b, func(t *token) bool {
		return hasPrefix(t, "консорциум", "проект", "партньорств", "consortium", "project", "partnership")
	}) >= 0
}

// byAfterVenue is the token of "от"/"by" after a place phrase that starts
// at token i ("в Ректората на университета от", "at the Town Hall by"), or
// -1: a passive's agent past where it happened.
func byAfterVenue(sc *sentCtx, i int) int {
	if i >= sc.s.b {
		return -1
	}
	if w := sc.tok(i).low; w != "в" && w != "във" && w != "at" && w != "in" {
		return -1
	}
	for j := i + 1; j < sc.s.b && j <= i+7; j++ {
		t := sc.tok(j)
		if t.low == "от" || t.low == "by" {
			return j
		}
		if !t.isWord() && !t.quote() && !t.dash() || listBreakers[t.low] || t.is(",") {
			return -1
		}
	}
	return -1
}

// whoPerson is the antecedent of an English "who" after the comma at token
// c: the person right before the comma, or the person right before "of"/
// "from" the body that ends there ("Olena X of the Y Cluster, who"); nil
// when neither is written so.
func whoPerson(sc *sentCtx, c int) *item {
	it := sc.nearestBefore(c, func(*group) bool { return true })
	if it == nil || it.b != c {
		return nil
	}
	if isPerson(it.g) {
		return it
	}
	if !isOrg(it.g) {
		return nil
	}
	k := it.a - 1
	if k > sc.s.a && sc.tok(k).low == "the" {
		k--
	}
	if k <= sc.s.a || sc.tok(k).low != "of" && sc.tok(k).low != "from" {
		return nil
	}
	if p := sc.nearestBefore(k, func(*group) bool { return true }); p != nil && p.b == k && isPerson(p.g) {
		return p
	}
	return nil
}
