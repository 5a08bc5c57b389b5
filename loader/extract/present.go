package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Who presented at and who took part in an event, read by frames rather
// than by phrasings: one frame is a cue (a part played at an event, named
// by a noun or by a passive verb) and the people it names, however the
// sentence is turned. The frames:
//
//   - a part named by its noun, before or after a copula of any tense:
//     "Лектори на събитието бяха: • X, ...; • Y, ...", "Модератор ще бъде
//     изпълнителният директор на Z W", "Говорители бяха X и Y", "Speakers
//     will be X and Y", and turned round: "X и Y бяха лектори на форума",
//     "X was the moderator";
//   - a passive verb of presenting, opening or leading with its agents:
//     "Тя беше открита от заместник-кмета на Община Z X и от председателя на
//     клъстера Y", "Резултатите бяха представени от X ... и от Y", "The
//     panel will be moderated by X and Y".
//
// The agents are read by frameAgents, across titles, roles, their bodies
// and list punctuation. The event is the one the frame names, else the one
// the sentence happens at, else the event in play (discourse.go): none
// when no event is in play.

// presenterNouns name a part that presents at an event (PRESENTED_AT);
// attendeeNouns one that takes part (PARTICIPATED_IN). By prefix of the
// lower-case word.
var (
	presenterNouns = []string{"лектор", "говорител", "модератор", "панелист", "докладчи", "презентатор", "гост-лектор", "обучител",
		"speaker", "panelist", "panellist", "moderator", "presenter", "lecturer", "keynote", "trainer"}
	attendeeNouns = []string{"участниц", "участници", "участник", "гост", "присъстващ", "participant", "attendee", "guest"}
	// hostNouns: "водещ" is also "leading" ("водещ партньор"): only its
	// noun forms, and only in a frame (a copula or a complement follows)
	hostNouns = setOf("водещ", "водещи", "водещият", "водещия", "водеща", "водещата", "host", "hosts")
)

// frameNoun is the relation the part named by the word at token i gives,
// or "" when the word names none (frameNounOf, worked out once per word:
// the frames ask it of every token).
func frameNoun(t *token) kg.RelationType {
	switch {
	case t.in(lFramePresenter):
		return kg.PresentedAt
	case t.in(lFrameAttendee):
		return kg.ParticipatedIn
	}
	return ""
}

// frameNounOf is frameNoun of a word.
func frameNounOf(t *word) kg.RelationType {
	if !t.isWord() {
		return ""
	}
	if hostNouns[t.low] && !t.latin {
		return kg.PresentedAt
	}
	for _, p := range presenterNouns {
		if strings.HasPrefix(t.low, p) {
			return kg.PresentedAt
		}
	}
	for _, p := range attendeeNouns {
		if strings.HasPrefix(t.low, p) && !strings.HasPrefix(t.low, "гостоприем") && !strings.HasPrefix(t.low, "участниче") {
			return kg.ParticipatedIn
		}
	}
	return ""
}

// frameCopula is the end of a copula of any tense at token i ("е", "беше",
// "ще бъде", "ще бъдат", "will be", "were", "included"), the index after
// it, or -1.
func frameCopula(sc *sentCtx, i int) int {
	if i >= sc.s.b {
		return -1
	}
	switch sc.tok(i).low {
	case "е", "са", "бе", "беше", "бяха", "бяхa", "was", "were", "is", "are", "include", "included", "includes", "включваха", "включват":
		return i + 1
	case "ще", "will":
		if i+1 < sc.s.b {
			switch sc.tok(i + 1).low {
			case "бъде", "бъдат", "be", "include":
				return i + 2
			}
		}
	}
	return -1
}

// eventFrames reads the frames of the sentence (see above).
func (r *run) eventFrames(sc *sentCtx) {
	r.roleNounFrame(sc)
	r.passiveAgentFrame(sc)
	r.audienceFrame(sc)
	r.talkByFrame(sc)
	r.groupFrame(sc)
	r.presenceFrame(sc)
}

// roleNounFrame reads a part named by its noun: "[Сред] ROLE [на EVENT]
// COPULA [:] AGENTS" and "AGENTS COPULA [the] ROLE [на EVENT]".
func (r *run) roleNounFrame(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		rel := frameNoun(sc.tok(i))
		if rel == "" || sc.itemAt(i) != nil {
			continue
		}
		if ag, ev, ok := r.nounFirst(sc, i); ok {
			r.frameRels(sc, rel, ag, ev)
			return
		}
		if ag, ev, ok := r.nounAfter(sc, i); ok {
			r.frameRels(sc, rel, ag, ev)
			return
		}
		if ag, ev, ok := nounApposed(sc, i); ok && rel == kg.PresentedAt {
			r.frameRels(sc, rel, ag, ev)
			return
		}
	}
}

// nounApposed reads a part's noun right before its people, the titles
// between: "• 28.01 – „X“, лектор доц. Y от Z;", "– с лектор Y", "with
// speaker Y": they present at the event the line names before the noun,
// else at the one the sentence happens at.
func nounApposed(sc *sentCtx, i int) ([]*item, *group, bool) {
	j := i + 1
	for j < sc.s.b && (personTitles[sc.tok(j).low] || sc.tok(j).is(".") && j > i+1) {
		j++
	}
	p := sc.itemAt(j)
	if p == nil || !isPerson(p.g) || p.anaphor {
		return nil, nil, false
	}
	// the noun opens a line's part: after a comma, a dash, "с"/"with" or
	// the start, not a word of the sentence ("беше лектор X")
	if k := i - 1; k >= sc.s.a {
		if w := sc.tok(k); !(w.is(",") || w.dash() || w.low == "с" || w.low == "със" || w.low == "with" || w.is("(") || w.is(":")) {
			return nil, nil, false
		}
	}
	var ev *group
	if e := sc.nearestBefore(i, isEvent); e != nil && !e.anaphor {
		ev = e.g
	}
	return sc.frameAgents(j, false), ev, true
}

// nounFirst reads "ROLE [на EVENT] COPULA [:] AGENTS" with the noun at i
// opening its clause (past describing words, "Сред"/"Among the", ", а").
func (r *run) nounFirst(sc *sentCtx, i int) ([]*item, *group, bool) {
	c, ev, ok := nounFrameAt(sc, i)
	if !ok {
		return nil, nil, false
	}
	ag := sc.frameAgents(c, true)
	return ag, ev, len(ag) > 0
}

// frameIntroOfLines reads a line that names a part and ends with a colon,
// the people on the lines after it ("Лектори на уебинара ще бъдат:",
// "Модератори на панелите бяха:", "Speakers:"): the relation the part
// gives and the event the line names, if any.
func frameIntroOfLines(sc *sentCtx) (kg.RelationType, *group, bool) {
	if !sc.tok(sc.s.b-1).is(":") || sc.s.b-sc.s.a > 14 {
		return "", nil, false
	}
	for i := sc.s.a; i < sc.s.b; i++ {
		rel := frameNoun(sc.tok(i))
		if rel == "" || sc.itemAt(i) != nil {
			continue
		}
		if c, ev, ok := nounFrameAt(sc, i); ok && c >= sc.s.b {
			return rel, ev, true
		}
	}
	return "", nil, false
}

// framePreps open the complement of a part's noun: "на събитието", "по
// време на", "в панела", "of the forum", "at the event".
var framePreps = setOf("на", "в", "във", "по", "при", "за", "of", "at", "for", "during", "in", "on")

// nounFrameAt parses "ROLE [на EVENT] COPULA [:]" at the noun at i: where
// the agents start, and the event named.
func nounFrameAt(sc *sentCtx, i int) (int, *group, bool) {
	// what stands before the noun: the clause's opener and up to two
	// describing words ("Основни лектори", "Специален гост", "Among the")
	words := 0
	for j := i - 1; j >= sc.s.a; j-- {
		t := sc.tok(j)
		if t.is(",") || t.low == "а" || t.low == "and" || t.low == "while" || t.is(":") || t.is(".") && j > sc.s.a && !personTitles[sc.tok(j-1).low] {
			break
		}
		if t.low == "сред" || t.low == "among" || t.low == "the" || t.low == "our" || t.low == "нашите" {
			continue
		}
		if !t.isWord() && !t.quote() || sc.itemAt(j) != nil || t.digit || listBreakers[t.low] || words >= 2 || looksVerb(t.low) && !adjLike(t.low) {
			return 0, nil, false
		}
		words++
	}
	// the complement: "на събитието", "на уебинара „X“", "of the forum", "по
	// време на срещата", "в дискусията"; an event or describing words only
	var ev *group
	k := i + 1
	if k < sc.s.b && frameCopula(sc, k) < 0 && !sc.tok(k).is(":") && !framePreps[sc.tok(k).low] {
		return 0, nil, false // "Водещ партньор е X": the noun describes another
	}
	for ; k < sc.s.b && k <= i+8; k++ {
		if frameCopula(sc, k) >= 0 || sc.tok(k).is(":") {
			break
		}
		if it := sc.itemAt(k); it != nil {
			if !isEvent(it.g) {
				return 0, nil, false
			}
			if ev == nil {
				ev = it.g
			}
			k = it.b - 1
			continue
		}
		if t := sc.tok(k); !t.isWord() && !t.quote() || t.cap && !t.latin || listBreakers[t.low] && t.low != "при" && t.low != "за" && t.low != "for" {
			return 0, nil, false
		}
	}
	c := -1
	if k < sc.s.b {
		if sc.tok(k).is(":") {
			c = k + 1
		} else {
			c = frameCopula(sc, k)
		}
	}
	if c < 0 {
		return 0, nil, false
	}
	for c < sc.s.b && (sc.tok(c).is(":") || sc.tok(c).low == "и" || sc.tok(c).low == "also") {
		c++
	}
	return c, ev, true
}

// nounAfter reads "AGENTS COPULA [the] ROLE [на EVENT]": the agents open
// the sentence and the noun is the copula's complement.
func (r *run) nounAfter(sc *sentCtx, i int) ([]*item, *group, bool) {
	j := i - 1
	for j > sc.s.a && (sc.tok(j).low == "the" || sc.tok(j).low == "a" || sc.tok(j).low == "an" || sc.tok(j).low == "и" || sc.tok(j).low == "also" || sc.tok(j).low == "sole" ||
		sc.tok(j).low == "main" || sc.tok(j).low == "основни" || sc.tok(j).low == "основен" || sc.tok(j).low == "основният" ||
		sc.tok(j).low == "сред" || sc.tok(j).low == "among") { // "X и Y бяха сред лекторите"
		j--
	}
	// the copula ends right before: "бяха", "ще бъде", "will be"
	k := -1
	for c := j; c >= sc.s.a && c >= j-1; c-- {
		if frameCopula(sc, c) == j+1 {
			k = c
		}
	}
	if k <= sc.s.a {
		return nil, nil, false
	}
	sub := r.subjectBefore(sc, k, isPerson)
	if sub == nil {
		return nil, nil, false
	}
	// nothing but the person's own apposition between it and the copula
	if sub.b != k && !(sc.tok(sub.b).is(",") && sc.tok(k-1).is(",")) {
		return nil, nil, false
	}
	// the persons open the sentence or its clause
	ag := sc.coordinatedBefore(sub, isPerson)
	first := ag[0]
	for _, p := range ag {
		if p.a < first.a {
			first = p
		}
	}
	if o := sc.openerBefore(first.a); o >= sc.s.a && !clauseBreaks[sc.tok(o).low] && !sc.tok(o).is(",") {
		return nil, nil, false
	}
	var ev *group
	if e := sc.eventRefAfter(i + 1); e != nil && e.a <= i+4 {
		ev = e.g
	}
	return ag, ev, true
}

// presentParticiples are passive participles of verbs whose agent presents
// at the event ("открита от", "представени от", "moderated by"); openers
// among them need an event (or a pronoun for it) as their subject: "the
// plant was opened by the minister" is no talk.
var (
	presentParticiples   = []string{"представен", "презентиран", "открит", "закрит", "модериран", "воден", "председателстван"}
	openParticiples      = []string{"открит", "закрит", "модериран", "воден", "председателстван"}
	presentParticiplesEN = setOf("presented", "opened", "closed", "moderated", "chaired", "led", "introduced")
	openParticiplesEN    = setOf("opened", "closed", "moderated", "chaired", "led")
)

// sessionNouns name a part of an event that is opened or led ("the panel
// was moderated by X"): its speakers present at the event in play.
var sessionNouns = setOf("дискусията", "дискусия", "панелът", "панела", "панел", "сесията", "сесия", "срещата", "събитието", "форумът", "конференцията",
	"семинарът", "уебинарът", "обучението", "церемонията", "discussion", "panel", "session", "event", "forum", "conference", "seminar", "webinar", "workshop", "meeting", "ceremony")

// presentParticipleOf reports whether a word is a participle of presenting
// (presentParticiples, in a form at most two letters longer, and not a
// verbal noun in "-ие") and whether it is one of opening or leading. It is
// worked out once per word (scanList), as passiveAgentFrame asks it of
// every token.
func presentParticipleOf(t *word) (ok, open bool) {
	if t.latin {
		return presentParticiplesEN[t.low], openParticiplesEN[t.low]
	}
	for _, p := range presentParticiples {
		if strings.HasPrefix(t.low, p) && len([]rune(t.low))-len([]rune(p)) <= 2 && !strings.HasSuffix(t.low, "ие") {
			ok = true
		}
	}
	for _, p := range openParticiples {
		if strings.HasPrefix(t.low, p) && len([]rune(t.low))-len([]rune(p)) <= 2 && !strings.HasSuffix(t.low, "ие") {
			open = true
		}
	}
	return ok, open
}

// passiveAgentFrame reads "SUBJ COPULA PARTICIPLE от/by AGENTS": the
// agents presented at the event that is the subject, else at the event the
// sentence happens at.
func (r *run) passiveAgentFrame(sc *sentCtx) {
	for i := sc.s.a + 1; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		ok, open := t.in(lPresentParticiple), t.in(lOpenParticiple)
		if !ok {
			continue
		}
		// the agent: "от"/"by", past one adverb ("официално открит от")
		by := i + 1
		if by+1 < sc.s.b && sc.tok(by).low != "от" && sc.tok(by).low != "by" && strings.HasSuffix(sc.tok(by).low, "но") {
			by++
		}
		if w := sc.tok(by).low; w != "от" && w != "by" {
			continue
		}
		// a passive clause: an auxiliary before the participle ("беше
		// открита", "ще бъдат представени", "was moderated"), or a
		// participle in apposition to an event ("форумът, открит от")
		aux := -1
		for j := i - 1; j >= sc.s.a && j >= i-3; j-- {
			w := sc.tok(j).low
			if w == "е" || w == "са" || w == "бе" || w == "беше" || w == "бяха" || w == "бъде" || w == "бъдат" || w == "бил" || w == "била" || w == "било" ||
				w == "били" || w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "been" {
				aux = j
				break
			}
		}
		subjEnd := aux
		if aux < 0 {
			if !sc.tok(i - 1).is(",") {
				continue
			}
			subjEnd = i - 1
		}
		ev := r.passiveEvent(sc, subjEnd, open, aux < 0)
		if ev == nil {
			continue
		}
		ag := sc.frameAgents(by+1, true)
		if open || aux < 0 {
			r.frameRels(sc, kg.PresentedAt, ag, ev)
			continue
		}
		// "Българският партньор беше представен от X и от Y": a body
		// represented by its people, who (with it) took part
		if body, ok := r.representedSubject(sc, aux); ok {
			if body != nil {
				ag = append(ag, body)
			}
			r.frameRels(sc, kg.ParticipatedIn, ag, ev)
			continue
		}
		r.frameRels(sc, kg.PresentedAt, ag, ev)
	}
}

// bodyNouns name a body or a side by a common noun: the subject of
// "представен от" is then represented, not presented.
var bodyNouns = []string{"партньор", "страна", "страната", "клъстер", "организаци", "компани", "фирм", "университет", "общин", "министерств",
	"институци", "агенци", "асоциаци", "сдружени", "палат", "partner", "side", "cluster", "organisation", "organization", "company", "university",
	"municipality", "ministry", "agency", "association", "chamber", "country"}

// representedSubject reports a passive clause "... беше представен от"
// whose subject, ending before token e, is a body (the item, when named)
// or a noun for one ("Българският партньор", "The Romanian side").
func (r *run) representedSubject(sc *sentCtx, e int) (*item, bool) {
	if sub := sc.nearestBefore(e, func(*group) bool { return true }); sub != nil && !r.verbBetween(sc, sub.b, e) &&
		sc.findTok(sub.b, e, func(t *token) bool { return t.is(",") }) < 0 {
		if !isOrg(sub.g) || sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low] {
			return nil, false
		}
		return sub, true
	}
	for j := sc.s.a; j < e && j < sc.s.a+3; j++ {
		if t := sc.tok(j); t.isWord() {
			for _, p := range bodyNouns {
				if strings.HasPrefix(t.low, p) {
					return nil, true
				}
			}
		}
	}
	return nil, false
}

// passiveEvent is the event the passive clause whose subject ends before
// token e is about: its subject when that is an event (named, referred to,
// a pronoun for the event in play, a session of it), else, for verbs of
// presenting something, the event the sentence happens at.
func (r *run) passiveEvent(sc *sentCtx, e int, open, apposition bool) *group {
	// the subject: the last item before e with no clause break between
	if sub := sc.nearestBefore(e, func(*group) bool { return true }); sub != nil && !r.verbBetween(sc, sub.b, e) &&
		sc.findTok(sub.b, e, func(t *token) bool { return t.is(",") && !apposition }) < 0 {
		if isEvent(sub.g) {
			return sub.g
		}
		if apposition || open {
			return nil // "Делегацията, водена от X", "the plant was opened by"
		}
		if isActor(sub.g) && sub.a > sc.s.a && (sc.tok(sub.a-1).low == "от" || sc.tok(sub.a-1).low == "by") {
			return nil
		}
	} else if apposition {
		return nil
	}
	// an unnamed subject: a pronoun opening the sentence, a session noun,
	// or (for what was presented) anything
	a := sc.s.a
	for a < e && (sc.tok(a).low == "the" || sc.tok(a).quote()) {
		a++
	}
	if open && a < e {
		w := sc.tok(a).low
		_, pron := subjectPronouns[w]
		if !pron && !sessionNouns[w] && !(a+1 < e && sessionNouns[sc.tok(a+1).low]) {
			return nil
		}
		if pron && (w == "he" || w == "she") {
			return nil
		}
		if pron {
			if ev := sc.implicitEvent(); ev != nil && agrees(subjectPronouns[w], eventGender(sc.dc, ev)) {
				return ev
			}
			return nil
		}
	}
	return sc.settingEvent()
}

// eventGender is the gender of the head noun an event was named with in
// this document ("конференция": feminine), gAny when unknown.
func eventGender(dc *docCtx, ev *group) gender {
	for _, c := range ev.cands {
		if c.doc == dc.idx && c.evHead != "" {
			return nounGender(c.evHead)
		}
	}
	return gAny
}

// frameRels relates the agents of a frame to its event: the event named in
// the frame, else the one the sentence happens at (named or in play).
func (r *run) frameRels(sc *sentCtx, rel kg.RelationType, ag []*item, ev *group) {
	if len(ag) == 0 {
		return
	}
	if ev == nil {
		ev = sc.settingEvent()
	}
	if ev == nil {
		return
	}
	for _, it := range ag {
		if it.g == ev || !isActor(it.g) {
			continue
		}
		r.addRel(sc.dc, sc.s, rel, it.g, ev, "", "")
	}
}

// frameBreakers end the agents of a frame: a finite verb or a relative
// pronoun starts another clause.
var frameBreakers = setOf("който", "която", "което", "които", "чийто", "чиято", "чиито", "където", "е", "са", "бе", "беше", "бяха", "ще", "се",
	"who", "which", "that", "is", "are", "was", "were", "will", "has", "have", "а", "но", "but", "докато", "while", "whereas")

// frameAgents lists who a frame names from token i on: the persons of an
// enumeration with their titles, roles and the bodies of their roles
// between them ("от заместник-кмета на Община Русе X и от председателя на
// клъстера Y"), across list punctuation (": • X, ... – за ...; • Y, ..."),
// and the bodies named where a person could stand ("от Клъстер Z") or after
// "представители на" ("representatives of A and B") when bodies is set. It
// stops where another clause starts (a verb, a relative pronoun) and finds
// nothing when no agent comes within 10 tokens.
func (sc *sentCtx) frameAgents(i int, bodies bool) []*item {
	var out []*item
	fresh, reps, bulleted := true, false, false
	last, sep := i, i // sep: where the last element of the list began
	for j := i; j < sc.s.b; j++ {
		if it := sc.itemAt(j); it != nil {
			switch {
			case it.anaphor:
			case isPerson(it.g):
				out = append(out, it)
				last = it.b
				reps = false
			case isOrg(it.g) && bodies && (fresh || reps) && !it.g.weak:
				out = append(out, it)
				last = it.b
			}
			fresh = false
			j = it.b - 1
			continue
		}
		t := sc.tok(j)
		if len(out) == 0 && j-i > 10 || j-last > 14 {
			break
		}
		switch {
		case t.is("•") || t.is("▪") || t.is("·") || t.is("*") || t.is(";") || t.dash() && j > sc.s.a && sc.tok(j-1).is(";"):
			bulleted = bulleted || !t.is(";") || j+1 < sc.s.b && (sc.tok(j+1).is("•") || sc.tok(j+1).dash())
			if t.is(";") && !bulleted {
				return out
			}
			fresh, reps, last, sep = true, false, j, j+1
		case t.is(",") || t.low == "и" || t.low == "and" || t.low == "както" || t.low == "as" || t.low == "well":
			fresh, sep = true, j+1
		case t.low == "от" || t.low == "by":
			// "от X и от Y" opens an element; "X от Y" is X's body
			fresh = j == sep
			sep = j + 1
		case t.low == "the" || t.quote():
		case t.is(".") && j > sc.s.a && (personTitles[sc.tok(j-1).low] || abbrevs[sc.tok(j-1).low] || !sc.tok(j-1).cap && len([]rune(sc.tok(j-1).low)) <= 4):
			// "проф. X", "гл. ас. Y": a title's dot
		case t.is(".") || t.is(":") && !bulleted:
			return out
		case t.isWord() && frameBreakers[t.low]:
			if !bulleted {
				return out
			}
			// a line's description ("– за новите мерки, които ...") runs
			// to the next line
			for j+1 < sc.s.b && !sc.tok(j+1).is(";") && !sc.tok(j+1).is("•") {
				j++
			}
		case hasPrefix(t, "представител", "representative", "експерт", "expert", "специалист", "specialist"):
			reps = j+1 < sc.s.b && (sc.tok(j+1).low == "на" || sc.tok(j+1).low == "от" || sc.tok(j+1).low == "of" || sc.tok(j+1).low == "from")
			fresh = false
		default:
			fresh = false
		}
	}
	return out
}

// openedBy reports an opening participle at token i with its agent ("открита
// от", "opened by"): only an event is opened, led or moderated by someone
// in a text about one, so a pronoun subject of it stands for the event.
func openedBy(sc *sentCtx, i int) bool {
	if i+1 >= sc.s.b {
		return false
	}
	t := sc.tok(i)
	if w := sc.tok(i + 1).low; w != "от" && w != "by" {
		return false
	}
	if t.latin {
		return openParticiplesEN[t.low]
	}
	for _, p := range openParticiples {
		if strings.HasPrefix(t.low, p) && len([]rune(t.low))-len([]rune(p)) <= 2 {
			return true
		}
	}
	return false
}

// Two more frames of speakers, read wherever an event is in play:
//
//   - a verb of addressing whose object is the audience: "X приветства
//     гостите", "Y каза пред участниците", "Z се обърна към присъстващите",
//     "W told delegates", "V welcomed the 40 participants", "U will brief
//     the guests": the subject (past its titles and role) spoke there;
//   - a talk given by someone: "Members heard a presentation by X",
//     "with a keynote from Y", "след лекция на проф. Z", "презентация от
//     W": the talk's giver presented, whatever verb the sentence has.

// audienceNouns are the audience of an event, by the lower-case word.
var audienceNouns = setOf("участниците", "участници", "участничките", "гостите", "гости", "присъстващите", "присъстващи", "аудиторията",
	"публиката", "делегатите", "делегати", "слушателите", "събралите",
	"participants", "delegates", "guests", "audience", "attendees", "attendants",
	// a visiting group is the audience of its hosts ("welcomed the delegation")
	"делегацията", "посетителите", "delegation", "visitors")

// addressStems are verbs (by stem) that speak to someone; addressVerbsEN
// their English forms. A noun of the same stem ("поздравление") is no
// verb: the subject test rules it out.
var (
	addressStems = []string{"приветств", "поздрав", "каза", "казв", "заяв", "сподел", "разказ", "представ", "запозна", "обясн", "говор",
		"обърна", "обръща", "благодар", "призова", "призовава", "увери", "уверява", "информира", "пожела", "запозна"}
	addressVerbsEN = setOf("told", "tells", "tell", "welcomed", "welcomes", "welcome", "greeted", "greets", "greet", "addressed", "addresses",
		"address", "thanked", "thanks", "thank", "briefed", "briefs", "brief", "reminded", "reminds", "informed", "informs", "urged", "urges",
		"spoke", "speaks", "speak", "presented", "presents", "present", "explained", "explains", "explain", "showed", "shows", "show", "assured",
		"guided", "guides", "guide")
)

// addressVerb reports a finite verb of addressing at token i.
func addressVerb(t *token) bool {
	if !t.isWord() || t.cap {
		return false
	}
	if t.latin {
		return addressVerbsEN[t.low]
	}
	return hasPrefix(t, addressStems...) && !hasPrefix(t, "представител", "представлява", "казван", "говорител") &&
		!strings.HasSuffix(t.low, "ие") && !strings.HasSuffix(t.low, "ия")
}

// audienceFrame reads a speaker addressing the audience (see above).
func (r *run) audienceFrame(sc *sentCtx) {
	for i := sc.s.a + 1; i < sc.s.b; i++ {
		if !audienceNouns[sc.tok(i).low] || sc.itemAt(i) != nil {
			continue
		}
		// back to the verb, past the audience's words ("всички 40", "the
		// 28") and a preposition ("пред", "към", "на", "to", "before")
		v := i - 1
		for n := 0; v > sc.s.a && n < 3; n++ {
			w := sc.tok(v)
			if w.digit || w.low == "the" || w.low == "all" || w.low == "всички" || w.low == "пред" || w.low == "към" || w.low == "на" ||
				w.low == "to" || w.low == "before" || w.low == "its" || w.low == "their" || w.low == "си" || w.low == "своите" || adjLike(w.low) && !addressVerb(w) {
				v--
				continue
			}
			break
		}
		if v <= sc.s.a || !addressVerb(sc.tok(v)) {
			continue
		}
		if sc.tok(v-1).low == "се" && sc.tok(v).low != "обърна" && sc.tok(v).low != "обръща" {
			continue // "представи се пред" is a self-introduction, fine; "се каза" is no speech
		}
		// past an auxiliary of the future or a modal ("will welcome",
		// "ще приветства", "would address")
		vs := v
		for vs-1 > sc.s.a && (sc.tok(vs-1).low == "will" || sc.tok(vs-1).low == "ще" || sc.tok(vs-1).low == "would" || sc.tok(vs-1).low == "also" || sc.tok(vs-1).low == "и") {
			vs--
		}
		sub := r.subjectBefore(sc, vs, isPerson)
		if sub == nil || sub.anaphor || sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low] {
			continue
		}
		if r.verbBetween(sc, sub.b, vs) {
			continue
		}
		ev := r.audienceEvent(sc, i, v)
		if ev == nil {
			continue
		}
		for _, p := range sc.coordinatedBefore(sub, isPerson) {
			r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, ev, "", "")
		}
	}
}

// audienceEvent is the event an audience at token i (of the verb at v)
// belongs to: the one named right after it ("участниците във форума",
// "delegates at the summit"), else one the sentence names before the verb
// and does not announce, else the event in play when the sentence names
// no other.
func (r *run) audienceEvent(sc *sentCtx, i, v int) *group {
	if e := sc.eventRefAfter(i + 1); e != nil && e.a <= i+3 && !prospectiveAt(sc, e.a) && !nextEvent(sc.dc, e.a) {
		return e.g
	}
	if e := sc.nearestBefore(v, isEvent); e != nil && !prospectiveAt(sc, e.a) && !nextEvent(sc.dc, e.a) && !inQuotation(sc, e.a) {
		return e.g
	}
	for k := range sc.items {
		if it := &sc.items[k]; isEvent(it.g) && !it.anaphor {
			return nil
		}
	}
	return sc.implicitEvent()
}

// talkGivers are the words that lead from a talk to its giver.
var talkGivers = setOf("by", "from", "от", "на")

// talkByFrame reads a talk with its giver (see above).
func (r *run) talkByFrame(sc *sentCtx) {
	for i := sc.s.a; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		// "heard from X": the talk is the hearing's object
		heard := (t.low == "heard" || t.low == "hear" || t.low == "hears") && sc.tok(i+1).low == "from"
		if !t.in(lTalkNoun) && t.low != "address" && t.low != "remarks" && !heard || !talkGivers[sc.tok(i+1).low] {
			continue
		}
		j := i + 2
		for j < sc.s.b && (personTitles[sc.tok(j).low] || sc.tok(j).is(".") && j > i+2) {
			j++
		}
		it := sc.itemAt(j)
		if it == nil || it.anaphor {
			continue
		}
		// "презентация на клъстера" names what was presented, not who
		if !isPerson(it.g) && sc.tok(i+1).low != "by" && sc.tok(i+1).low != "from" {
			continue
		}
		if !isActor(it.g) || it.g.weak {
			continue
		}
		ag := sc.frameAgents(j, true)
		var ev *group
		if e := sc.nearestBefore(i, isEvent); e != nil && !prospectiveAt(sc, e.a) && !nextEvent(sc.dc, e.a) && !inQuotation(sc, e.a) {
			ev = e.g
		}
		r.frameRels(sc, kg.PresentedAt, ag, ev)
	}
}

// The people and bodies a visiting group was made of take part in the
// visit in play, however the composition is said: "The group was led by X
// and included representatives of A and of B", "Българската делегация
// включваше A, B и C", "Members of the delegation were A and B", "В
// състава на групата влизаха A и B", "The delegation consisted of A and
// B"; its leader ("led by", "водена от", "headed by") too.

// groupNouns are a visiting group, articled (the group the text spoke of).
var groupNouns = setOf("групата", "делегацията", "group", "delegation")

// composeVerbs say what a group was made of (after them, its members).
var composeVerbs = setOf("included", "includes", "include", "comprised", "comprises", "включваше", "включва", "включваха", "влизаха", "влизат",
	"влязоха", "were", "бяха", "са")

// leadParticiples lead a group: their agent was one of it.
var leadParticiples = setOf("led", "headed", "водена", "воден", "ръководена", "ръководен", "оглавявана", "оглавена")

// groupFrame reads the composition of a group (see above).
func (r *run) groupFrame(sc *sentCtx) {
	// the group noun opens the sentence: past "The", up to two describing
	// words ("The Bulgarian group", "Българската делегация"), or after
	// "Members of (the)", "Членове на", "В състава на"
	g := -1
	for i := sc.s.a; i < sc.s.b && i <= sc.s.a+4; i++ {
		w := sc.tok(i).low
		if groupNouns[w] || !sc.tok(i).latin && (w == "делегация" || strings.HasSuffix(w, "делегация") && i == sc.s.a) {
			g = i
			break
		}
		if it := sc.itemAt(i); it != nil && !(isPlace(it.g) && it.b == i+1 && demonym(w)) || !sc.tok(i).isWord() {
			return // ("The Bulgarian group": a demonym read as its country goes on)
		}
	}
	if g < 0 {
		return
	}
	opener := true // only describing words before the noun
	for i := sc.s.a; i < g; i++ {
		w := sc.tok(i).low
		switch {
		case w == "the" || w == "of" || w == "на" || w == "members" || w == "членове" || w == "в" || w == "състава":
		case adjLike(w) || demonym(w) || sc.tok(i).latin && !sc.tok(i).cap:
		default:
			opener = false
		}
	}
	if !opener || sc.tok(g).low == "group" && g+1 < sc.s.b && sc.tok(g+1).low == "of" {
		return // "a group of companies" is no visiting group
	}
	ev := sc.implicitEvent()
	if ev == nil {
		return
	}
	var who []*item
	for i := g + 1; i < sc.s.b; i++ {
		t := sc.tok(i)
		switch {
		case leadParticiples[t.low] && i+1 < sc.s.b && (sc.tok(i+1).low == "by" || sc.tok(i+1).low == "от"):
			who = append(who, leaders(sc, i+2)...)
		case composeVerbs[t.low] || t.low == "consisted" || t.low == "се" && i+1 < sc.s.b && hasPrefix(sc.tok(i+1), "състоеше", "състои"):
			at := i + 1
			for at < sc.s.b && (sc.tok(at).low == "of" || sc.tok(at).low == "от" || sc.tok(at).low == "състоеше" || sc.tok(at).low == "състои" || sc.tok(at).low == "и" || sc.tok(at).low == "also") {
				at++
			}
			if (t.low == "were" || t.low == "бяха" || t.low == "са") && i != g+1 {
				continue // a copula only right after the noun
			}
			who = append(who, sc.frameAgents(at, true)...)
		}
	}
	if len(who) == 0 {
		return
	}
	r.frameRels(sc, kg.ParticipatedIn, who, ev)
}

// leaders are the persons (or a body) named from token i on as a group's
// leader: the first agent with its apposition, up to the next clause.
func leaders(sc *sentCtx, i int) []*item {
	ag := sc.frameAgents(i, true)
	if len(ag) > 1 {
		ag = ag[:1]
	}
	return ag
}

// presenceFrame reads those in whose presence something took place: "в
// присъствието на заместник-министъра X", "in the presence of Y and Z,
// director of W": they took part in the event the sentence happens at (its
// subject, a named setting, else the event in play).
func (r *run) presenceFrame(sc *sentCtx) {
	for i := sc.s.a; i+2 < sc.s.b; i++ {
		var at int
		switch {
		case (sc.tok(i).low == "в" || sc.tok(i).low == "във") && sc.tok(i+1).low == "присъствието" && sc.tok(i+2).low == "на":
			at = i + 3
		case sc.tok(i).low == "in" && i+3 < sc.s.b && sc.tok(i+1).low == "the" && sc.tok(i+2).low == "presence" && sc.tok(i+3).low == "of":
			at = i + 4
		default:
			continue
		}
		ag := sc.frameAgents(at, true)
		if len(ag) == 0 {
			return
		}
		var ev *group
		if e := sc.nearestBefore(i, isEvent); e != nil && !prospectiveAt(sc, e.a) && !nextEvent(sc.dc, e.a) {
			ev = e.g
		}
		r.frameRels(sc, kg.ParticipatedIn, ag, ev)
		return
	}
}
