package extract

import (
	"slices"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// relKey identifies one relation while relations are collected.
type relKey struct {
	typ      kg.RelationType
	from, to *group
	prop     string
}

// item is an entity reference in a sentence: a mention, or an anaphor
// ("събитието", "проекта") resolved to an entity of the document.
type item struct {
	a, b    int
	g       *group
	anaphor bool
}

// sentCtx is a sentence with its entity references in order.
type sentCtx struct {
	dc        *docCtx
	s         sentence
	items     []item
	prevEvent *group // the first event referred to in the sentence before
	// the event in play: the one event the sentences before in the
	// paragraph staged (see stagedEvents), and whether several competed
	stage      *group
	contested  bool
	membersOf  *group // set when the sentence speaks of the members of an organisation
	partnersOf *group // set when the sentence counts the partners of a project
	farProject bool   // the project is the text's only one, named far before: only sure names are partners
	// the event someone presented at in one of the two sentences before:
	// the talks go on ("X представи ... . Y говори за ...")
	prevPresented *group
	// the organisation or person the sentence before opens with: the
	// subject a verb with none of its own has ("Към момента обединява ...")
	prevSubj *group
	// the sentence before, for a plural pronoun that stands for the
	// enumeration it made ("... A, B и C. Всички те са членове на X")
	prev *sentCtx
}

func (r *run) addRel(dc *docCtx, s sentence, t kg.RelationType, from, to *group, propName, prop string) {
	if from == nil || to == nil {
		return
	}
	from, to = from.final(), to.final()
	if from == to || !relTypesOK(t, from.typ, to.typ) {
		return
	}
	if r.rels == nil {
		r.rels = map[relKey]*kg.Relation{}
	}
	k := relKey{typ: t, from: from, to: to, prop: prop}
	rel := r.rels[k]
	if rel == nil {
		rel = &kg.Relation{Type: t, Properties: map[string]any{}, Evidence: []kg.Span{}}
		if propName != "" && prop != "" {
			rel.Properties[propName] = prop
		}
		r.rels[k] = rel
		r.relOrder = append(r.relOrder, k)
	}
	rel.Evidence = append(rel.Evidence, dc.sentSpan(s))
	from.used, to.used = true, true
}

// subsumed reports a relation another one already says more precisely: a
// participant who presented at the event is a presenter (PRESENTED_AT, no
// extra PARTICIPATED_IN).
func (r *run) subsumed(k relKey) bool {
	if k.typ != kg.ParticipatedIn {
		return false
	}
	_, ok := r.rels[relKey{typ: kg.PresentedAt, from: k.from, to: k.to}]
	return ok
}

// sentSpan is the evidence span of a sentence, built once per sentence.
func (dc *docCtx) sentSpan(s sentence) kg.Span {
	if dc.spanCache == nil {
		dc.spanCache = map[int]kg.Span{}
	}
	if sp, ok := dc.spanCache[s.a]; ok {
		return sp
	}
	sp := dc.span(s.a, s.b)
	dc.spanCache[s.a] = sp
	return sp
}

// relTypesOK keeps relations between the kinds of entity they are meant for.
func relTypesOK(t kg.RelationType, from, to kg.EntityType) bool {
	switch t {
	case kg.MemberOf:
		return orgLike(from) && orgLike(to)
	case kg.PartnerIn:
		return orgLike(from) && to == kg.Project
	case kg.FundedBy:
		return (from == kg.Project || from == kg.Event || from == kg.Programme) && to == kg.Programme
	case kg.Organized:
		return orgLike(from) && to == kg.Event
	case kg.ParticipatedIn:
		return (orgLike(from) || from == kg.Person) && to == kg.Event
	case kg.PresentedAt:
		return (orgLike(from) || from == kg.Person || from == kg.Project || from == kg.Programme) && to == kg.Event
	case kg.HeldIn:
		return from == kg.Event && to == kg.Place
	case kg.BasedIn:
		return orgLike(from) && to == kg.Place
	case kg.HoldsRole:
		return from == kg.Person && orgLike(to)
	case kg.PartOf:
		return from == to && (from == kg.Place || from == kg.Event || from == kg.Programme) || from == kg.Event && to == kg.Project || from == kg.Project && to == kg.Programme ||
			orgLike(from) && orgLike(to) || from == kg.Programme && to == kg.Project
	}
	return false
}

// sentItems lists the entity references of sentence s.
func (r *run) sentItems(dc *docCtx, s sentence) []item {
	var out []item
	for i := s.a; i < s.b; i++ {
		if c := dc.claimed[i]; c != nil {
			g := c.group
			if c.descr && g == nil {
				// a descriptive event noun without a name: an anaphor
				if ev := dc.eventFor(c.evHead, i); ev != nil && !nextEvent(dc, c.a) {
					out = append(out, item{a: c.a, b: c.b, g: ev, anaphor: true})
				}
				i = c.b - 1
				continue
			}
			if g != nil {
				g = g.final()
				if !g.weak || g.used || g.typ == kg.Place || true {
					out = append(out, item{a: c.a, b: c.b, g: g})
				}
			}
			i = c.b - 1
			continue
		}
		t := &dc.toks[i]
		if !t.isWord() {
			continue
		}
		// a capitalised bare noun opens the sentence, or a quotation in it
		// („Клъстерът обединява ...“)
		opens := i == s.a || i == s.a+1 && dc.toks[s.a].quote() || i > s.a && dc.toks[i-1].quote() && dc.closeOf[i-1] > i+3
		if base, ok := pluralEventNouns[t.low]; ok && (!t.cap || opens) && (!t.latin || i > s.a && dc.toks[i-1].low == "the") {
			// "Срещите се проведоха в X", "the sessions": the events of that
			// kind the text reports
			if ev := dc.eventFor(base, i); ev != nil && !nextEvent(dc, i) {
				out = append(out, item{a: i, b: i + 1, g: ev, anaphor: true})
			}
			continue
		}
		if t.latin && t.low == "partnership" && i > s.a && (dc.toks[i-1].low == "the" || dc.toks[i-1].low == "this") && partnershipBefore(dc, i) {
			// "The partnership is funded under ...": the project the text
			// introduced as a cooperation or cluster partnership
			if p := dc.projectAt(i); p != nil {
				out = append(out, item{a: i, b: i + 1, g: p, anaphor: true})
			}
			continue
		}
		if h, ok := headAt(dc, i); ok && (!t.latin || !t.cap) {
			switch h.typ {
			case kg.Event:
				if ev := dc.eventFor(h.base, i); ev != nil && !nextEvent(dc, i) {
					out = append(out, item{a: i, b: i + 1, g: ev, anaphor: true})
				}
			case kg.Project:
				// "в четири проекта": the count form of the noun names
				// no one project
				counted := i > s.a && !t.latin && countWordsAny[dc.toks[i-1].low]
				// "project adviser at X": in English the noun before a
				// person's noun modifies it
				modifier := t.latin && i+1 < s.b && dc.toks[i+1].latin && projectModified[dc.toks[i+1].low]
				if (!t.cap || i == s.a) && !counted && !modifier {
					if p := dc.projectAt(i); p != nil {
						out = append(out, item{a: i, b: i + 1, g: p, anaphor: true})
					}
				}
			case kg.Programme:
				// "Програмата от своя страна се финансира от ЕФМДРА": the
				// programme named last before
				if t.low != t.stem && (!t.cap || i == s.a) {
					if p := dc.programmeAt(i); p != nil {
						out = append(out, item{a: i, b: i + 1, g: p, anaphor: true})
					}
				}
			case kg.Cluster, kg.Association:
				// "Клъстерът", "Сдружението", "на клъстера": the organisation of
				// that kind the document is about
				// "The cluster will hold", "members of the association"
				theEN := t.latin && !t.cap && i > s.a && dc.toks[i-1].low == "the"
				// "26 клъстера", "два клъстера": the count form, not the article
				counted := i > s.a && (dc.toks[i-1].digit || countWords[dc.toks[i-1].low])
				if (t.low != t.stem || theEN) && (!t.cap || opens) && !counted {
					o := dc.orgAt(h.typ, i)
					if strings.HasPrefix(t.low, "сдружени") && !(i+1 < s.b && dc.toks[i+1].low == "на") {
						// a cluster is registered as a "сдружение": the bare
						// noun is the body the text is about ("сдружението на
						// пчеларите" is another)
						o = dc.topicOrg(i)
					}
					if o != nil {
						out = append(out, item{a: i, b: i + 1, g: o, anaphor: true})
					}
				}
			}
		}
	}
	return out
}

// countWords count what follows; a Bulgarian masculine noun after them
// takes the count form, which is written like the short article.
var countWords = setOf("два", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет", "няколко", "колко", "двата",
	"трите", "петте", "нови")

// nextEvent reports an event noun at token i that speaks of another,
// coming event: "Следващата среща", "the next NewSpace Days", "предстоящия
// форум" is not the event the text reports.
func nextEvent(dc *docCtx, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &dc.toks[j]
		if !t.isWord() {
			return false
		}
		if strings.HasPrefix(t.low, "следващ") || strings.HasPrefix(t.low, "предстоящ") || t.low == "next" || t.low == "upcoming" {
			return true
		}
		// "Следващото издание на форума", "the next edition of the summit",
		// "Следващата партньорска среща" (one describing word between)
		if t.low != "the" && t.low != "на" && t.low != "of" && !strings.HasPrefix(t.low, "издание") && t.low != "edition" && (j != i-1 || t.cap) {
			return false
		}
	}
	t := &dc.toks[i]
	return strings.HasPrefix(t.low, "следващ")
}

// projectModified are English nouns of the staff of a programme body
// that "project" modifies ("project adviser at EISMEA"): such a "project"
// refers to no project ("the project partners", "project coordinator" do).
var projectModified = setOf("adviser", "advisor", "advisers", "advisors", "officer", "officers", "assistant", "assistants",
	"expert", "experts", "consultant", "consultants", "staff")

// partnershipBefore reports a project kind "cooperation/cluster
// partnership" written before token i in the document.
func partnershipBefore(dc *docCtx, i int) bool {
	for k := 1; k < i; k++ {
		if dc.toks[k].low == "partnership" && projectPartnership(dc, k) {
			return true
		}
	}
	return false
}

// subunitHeads name a unit of a larger organisation.
var subunitHeads = setOf("институт", "института", "институтът", "факултет", "факултета", "факултетът", "катедра", "катедрата",
	"филиал", "филиала", "филиалът", "лаборатория", "лабораторията", "дирекция", "дирекцията", "отдел", "отдела", "отделът",
	"клон", "клона", "клонът", "institute", "faculty", "department", "branch", "laboratory", "lab", "directorate-general", "directorate")

// unitCentres are centres a school or institution runs, attached to it by
// "към"/"при" only ("Център за професионално обучение към ПГ X").
var unitCentres = setOf("център", "центърът", "центъра")

// orgParts finds PART_OF between organisations: a unit attached to its
// parent ("Институтът по пчеларство към Селскостопанска академия",
// "Институт X при БАН", "the Institute X of the Bulgarian Academy of
// Sciences").
func (r *run) orgParts(sc *sentCtx) {
	for k := range sc.items {
		x := &sc.items[k]
		if !isOrg(x.g) || x.anaphor || x.b+1 >= sc.s.b {
			continue
		}
		// the unit's head first, or after a quote ("DG GROW", "„Отдел X“");
		// not after an adjective: dev6's gold, older than the convention,
		// has no "Главна дирекция X към МИР" part of the ministry
		head := func(j int) bool { return j < x.b && (subunitHeads[sc.tok(j).low] || sc.tok(j).text == "DG") }
		attached := subunitHeads[sc.tok(x.a).low] || sc.tok(x.a).text == "DG" || x.a+1 < x.b && sc.tok(x.a).quote() && head(x.a+1)
		centre := x.a+1 < x.b && unitCentres[sc.tok(x.a).low]
		if !attached && !centre {
			continue
		}
		// "the European Commission's Directorate-General for X": the
		// possessor before the unit is its parent
		if attached && x.a > sc.s.a && possessive(sc.tok(x.a-1).low) {
			if k > 0 {
				if y := &sc.items[k-1]; y.b == x.a && isOrg(y.g) && y.g != x.g && !y.anaphor {
					r.addRel(sc.dc, sc.s, kg.PartOf, x.g, y.g, "", "")
					continue
				}
			}
		}
		b := x.b
		if b+3 < sc.s.b && sc.tok(b).is("(") && sc.tok(b+1).allCaps && sc.tok(b+2).is(")") {
			b += 3 // "Главна дирекция „X“ (ГДЕФК) към МИР"
		}
		w := sc.tok(b).low
		if w != "към" && w != "при" && (w != "of" || centre) {
			continue
		}
		if y := sc.orgItemAt(b + 1); y != nil && y.g != x.g && !y.anaphor {
			r.addRel(sc.dc, sc.s, kg.PartOf, x.g, y.g, "", "")
		}
	}
}

// ownEvents are the gatherings an organisation holds for itself: its
// assembly, congress, members' meeting.
var ownEvents = setOf("събрание", "конгрес", "assembly", "congress")

// describedEvents links an event described by its project ("Стартовата
// среща по проекта", "Встъпителна конференция на проекта X") to the project.
func (r *run) describedEvents(sc *sentCtx) {
	for _, it := range sc.items {
		if !isEvent(it.g) || it.anaphor {
			continue
		}
		c := sc.dc.claimed[it.a]
		if c == nil || !c.descr {
			continue
		}
		var proj *group
		if c.descrOrg != nil && c.descrOrg.group != nil && c.descrOrg.group.final().typ == kg.Project {
			proj = c.descrOrg.group.final()
		} else if c.props["projectRef"] == true {
			proj = sc.dc.projectAt(c.a)
		} else if c.descrOrg != nil && c.descrOrg.group != nil && orgLike(c.descrOrg.group.final().typ) && ownEvents[c.evHead] &&
			strings.HasSuffix(c.descrPre, " на") {
			// "общо събрание на АБК", "конгрес на БАМ": an organisation
			// holds its own assembly
			r.addRel(sc.dc, sc.s, kg.Organized, c.descrOrg.group.final(), it.g, "role", "organizer")
		}
		if proj != nil {
			r.addRel(sc.dc, sc.s, kg.PartOf, it.g, proj, "", "")
		}
	}
	// "the cluster's annual general assembly", "годишното общо събрание на
	// клъстера": an organisation holds its own assembly
	for _, it := range sc.items {
		if !isEvent(it.g) || it.anaphor {
			continue
		}
		c := sc.dc.claimed[it.a]
		if c == nil || !ownEvents[c.evHead] {
			continue
		}
		var org *group
		if it.a > sc.s.a {
			if p := sc.tok(it.a - 1); strings.HasSuffix(p.low, "'s") || strings.HasSuffix(p.low, "’s") {
				if o := sc.itemAt(it.a - 1); o != nil && isOrg(o.g) {
					org = o.g
				} else if strings.HasPrefix(p.low, "cluster") || strings.HasPrefix(p.low, "association") {
					org = sc.docOrg(it.a - 1)
				}
			}
		}
		if org == nil && it.b+1 < sc.s.b && (sc.tok(it.b).low == "на" || sc.tok(it.b).low == "of") {
			if o := sc.itemAt(it.b + 1); o != nil && o.a == it.b+1 && isOrg(o.g) {
				org = o.g
			}
		}
		// "на клъстера" inside the event's own name
		for j := it.a + 1; org == nil && j+1 < it.b; j++ {
			if w := sc.tok(j).low; w != "на" && w != "of" {
				continue
			}
			if h, ok := headAt(sc.dc, j+1); ok && (h.typ == kg.Cluster || h.typ == kg.Association) && !sc.tok(j+1).cap && sc.tok(j+1).low != sc.tok(j+1).stem {
				org = sc.dc.orgAt(h.typ, j+1)
			}
		}
		// "На общо събрание ... членовете на Сдружение X приеха": the
		// assembly of the organisation whose members met
		for j := sc.s.a; org == nil && j+2 < sc.s.b; j++ {
			if w := sc.tok(j).low; (w == "членовете" || w == "members") && (sc.tok(j+1).low == "на" || sc.tok(j+1).low == "of") {
				k := j + 2
				if sc.tok(k).low == "the" && k+1 < sc.s.b {
					k++
				}
				if o := sc.itemAt(k); o != nil && o.a == k && isOrg(o.g) {
					org = o.g
				}
			}
		}
		if org != nil {
			r.addRel(sc.dc, sc.s, kg.Organized, org, it.g, "role", "organizer")
		}
	}
	// "kick-off meeting of AQUALOOP", "Встъпителна конференция на
	// проекта", "Стартовата среща на проекта": an event named with its
	// project is part of it
	for _, it := range sc.items {
		if !isEvent(it.g) || it.anaphor {
			continue
		}
		end := it.b
		// the complement after a described event's head ("среща на
		// проекта X", "meeting of the project X")
		for end < sc.s.b && end < it.b+3 && (sc.tok(end).low == "на" || sc.tok(end).low == "по" || sc.tok(end).low == "of" || sc.tok(end).low == "the") {
			end++
		}
		if end < sc.s.b && end > it.b {
			end++
			// "the final conference of the Horizon Europe project CIRCUPLAST":
			// a project a few words on
			for k := end; k < sc.s.b && k < end+4; k++ {
				if c := sc.dc.claimed[k]; c != nil && c.group != nil && c.group.final().typ == kg.Project {
					end = k + 1
					break
				}
				if w := sc.tok(k); !w.isWord() || w.stop && w.low != "the" {
					break
				}
			}
		}
		// "of the LIFE X project", "of the Horizon Europe project X": a
		// programme or a word of the name before the project's own
		if end > it.b && end < sc.s.b && sc.tok(end-1).cap && sc.tok(end-1).latin {
			for end < sc.s.b && end < it.b+7 && (sc.tok(end).cap || sc.tok(end).low == "project") {
				end++
			}
		}
		found := false
		for j := it.a + 1; j < end; j++ {
			var proj *group
			if c := sc.dc.claimed[j]; c != nil && c.group != nil && c.group.final().typ == kg.Project {
				proj = c.group.final()
			} else if w := sc.tok(j); !w.cap && (w.stem == "проект" || w.low == "project") && (sc.tok(j-1).low == "на" || sc.tok(j-1).low == "по" || sc.tok(j-1).low == "of" || sc.tok(j-1).low == "the") {
				proj = sc.dc.projectAt(j)
			} else if w.latin && (w.allCaps || w.cap) && (sc.tok(j-1).low == "of" || sc.tok(j-1).low == "по" || sc.tok(j-1).low == "на") {
				// the project's name inside the event's name
				proj = sc.dc.projectNamed(j)
			}
			if proj != nil {
				r.addRel(sc.dc, sc.s, kg.PartOf, it.g, proj, "", "")
				found = true
				break
			}
		}
		// "the next partner meeting", "Встъпителната среща", "the final
		// conference": meetings only a project holds, in a text about one
		// project, are that project's
		if !found && projectMeeting(sc, it) {
			if p := sc.dc.onlyProject(); p != nil {
				r.addRel(sc.dc, sc.s, kg.PartOf, it.g, p, "", "")
			}
		}
	}
}

// projectMeeting reports an event named as one of a project's own
// meetings: a partner meeting, a kick-off, an opening or final conference.
func projectMeeting(sc *sentCtx, it item) bool {
	c := sc.dc.claimed[it.a]
	if c == nil || c.typ != kg.Event {
		return false
	}
	switch c.evHead {
	case "среща", "конференция", "meeting", "conference":
	default:
		return false
	}
	for j := it.a; j < it.b; j++ {
		t := sc.tok(j)
		if hasPrefix(t, "партньорск", "встъпителн", "стартов", "заключителн", "финалн", "kick-off", "kickoff") ||
			t.low == "partner" || t.low == "partners" || t.low == "final" || t.low == "closing" || t.low == "kick" {
			return true
		}
	}
	// "the next meeting of the consortium", "среща на консорциума": the
	// project's partners meet
	for j := it.a + 1; j < sc.s.b && j <= it.b+2; j++ {
		if t := sc.tok(j); hasPrefix(t, "консорциум") || t.low == "consortium" {
			return sc.tok(j-1).low == "на" || sc.tok(j-1).low == "the" || sc.tok(j-1).low == "of"
		}
	}
	return false
}

// onlyProject is the one project a document names, or nil when it names
// none or several.
func (dc *docCtx) onlyProject() *group {
	var only *group
	for _, c := range dc.cands {
		if c.group == nil || c.group.final().typ != kg.Project || c.group.final().weak {
			continue
		}
		if g := c.group.final(); only == nil {
			only = g
		} else if only != g {
			return nil
		}
	}
	return only
}

// projectNamed is the project of the document whose name is written from
// token j on ("AQUALOOP", "LIFE SYMBIO-MINE"), or nil.
func (dc *docCtx) projectNamed(j int) *group {
	for _, c := range dc.cands {
		if c.typ != kg.Project || c.group == nil || c.a == j || j+c.b-c.a > len(dc.toks) {
			continue
		}
		same := true
		for k := 0; k < c.b-c.a && same; k++ {
			same = dc.toks[c.a+k].text == dc.toks[j+k].text
		}
		if same {
			return c.group.final()
		}
		// "the ROBOLINK project" is named "ROBOLINK"
		g := c.group.final()
		if _, ok := g.names[dc.toks[j].text]; ok {
			return g
		}
	}
	return nil
}

// Trigger classes: which relation rules a word can start. Each rule runs
// only on sentences holding one of its words, which keeps extraction fast.
const (
	trigMember uint16 = 1 << iota
	trigPartner
	trigOrganize
	trigParticipate
	trigPresent
	trigPartOf
	trigFund
	trigBoard // elections and board line-ups (boards.go)
	trigFound // founding (members.go)
)

var trigPrefixes = []struct {
	bit uint16
	ps  []string
}{
	{trigMember, []string{"член", "присъедин", "обединява", "обединяващ", "включва", "обхваща", "групира", "groups", "member", "join", "учредител", "съучредител", "основател", "съосновател", "brings", "includes", "unites", "обедини", "brought"}},
	{trigPartner, []string{"партньор", "partner", "координатор", "coordinator", "coordinate", "бенефициент", "beneficiar", "изпълнител", "изпълнява", "изпълнен", "реализира", "implemented", "carried", "водещ", "lead", "led", "coordinated", "координира", "ръковод", "воден", "съвместно", "заедно", "together", "консорциум", "consortium", "участник", "участниц", "participant", "участва"}},
	{trigOrganize, []string{"партньори", "partners", "организ", "organis", "organiz", "co-organ", "проведе", "проведоха", "held", "host", "домакин", "съорганиз", "co-organ", "инициатива", "initiative"}},
	{trigParticipate, []string{"наград", "отличи", "award", "prize", "участва", "участие", "участни", "присъства", "participa", "attend", "включи", "part", "посети", "visited", "exhibit", "изложи", "гост", "guest", "посетен", "събра", "gathered", "together", "делегаци", "delegation", "групата", "group", "consist", "присъствието", "presence", "състава", "represented", "представляван", "подпис", "положи", "signed", "joined", "joins", "изложител", "exhibitor", "уважи", "прерязаха", "преряза", "cut", "представители", "representatives", "включат", "jury", "жури", "връч", "handed"}},
	{trigPresent, []string{"представ", "презентира", "демонстрира", "запозна", "presented", "showcased", "shared", "presentation", "лектор", "speaker", "панелист", "panellist", "panelist", "обучител", "trainer", "introduced", "говори", "изказа", "изнесе", "изнесоха", "отправи", "откри", "сподели", "разказа", "spoke", "addressed", "delivered", "opened", "модератор", "модерира", "moderat", "gave", "given", "направи", "гост-лектор", "презентаци", "доклад", "лекци", "keynote", "talk", "lecture", "обясни", "подчерта", "explained", "outlined", "highlighted", "stressed", "described", "приветств", "welcomed", "greeted", "откриване", "opening", "показа", "отчете", "reviewed", "showed", "demonstrated", "summari", "reported",
		"водено", "водена", "воден", "председателствано", "chaired", "презентатор", "водещ", "presenter", "закрит", "closed", "led", "каза", "заяви", "допълни", "посочи", "уточни", "коментира", "добави", "благодари", "said", "added", "noted", "stated", "commented", "thanked", "remarked", "told", "tell", "heard", "brief", "приветства", "обърна", "обръща", "поздрав", "покаж", "показв", "делегат", "аудитори", "публика", "слушател", "delegates", "audience", "attendees"}},
	{trigPartOf, []string{"част", "рамките", "по", "part", "during", "within", "under"}},
	{trigBoard, []string{"избран", "преизбран", "избра", "назначен", "elected", "re-elected", "appointed", "поема", "пое", "зае", "заема", "takes", "took", "съответно", "respectively", "състав", "станаха", "влиза", "влязоха", "влезе", "includes", "included"}},
	{trigFound, []string{"учреден", "създаден", "основан", "founded", "established", "co-founded"}},
	{trigFund, []string{"budget", "бюджет", "финансира", "съфинансира", "финансова", "финансовата", "funded", "co-funded", "financed", "financial", "по", "чрез", "under", "through", "рамките", "подкрепата", "support", "supported", "project", "partnership", "одобрен"}},
}

// trigBits classifies a lower-case word by the rules it can trigger.
func trigBits(low string) uint16 {
	var b uint16
	for _, tp := range trigPrefixes {
		for _, p := range tp.ps {
			if strings.HasPrefix(low, p) {
				b |= tp.bit
				break
			}
		}
	}
	return b
}

// relations finds the relations stated in the sentences of one document.
func (r *run) relations(dc *docCtx) {
	var listIntro *listCtx
	var prevEvent, prevMembers, prevPartners, prevPres *group
	prevPresAt := -10
	var lineRel kg.RelationType // "Лектори бяха:" and the bulleted lines after it
	var lineEvent *group
	lineOrgs := false        // the lines' organisations are the subjects too
	var lineOrganiser *group // "КМР организира:" and the lines after it
	var boardOrg *group      // the body whose board the bulleted lines list
	var prevSubj *item       // the subject the sentence before opens with
	var prevSC *sentCtx      // the sentence before
	var stage *group         // the event in play in the paragraph (discourse.go)
	contested := false
	for si, s := range dc.sents {
		if newParagraph(dc, s) {
			stage, contested = nil, false
		}
		var mask uint16
		for i := s.a; i < s.b; i++ {
			mask |= dc.toks[i].trig
		}
		sc := &sentCtx{dc: dc, s: s, items: r.sentItems(dc, s), prevEvent: prevEvent, stage: stage, contested: contested, prev: prevSC}
		prevSC = sc
		if sc.prev != nil {
			sc.prev.prev = nil // one sentence back only
			if newParagraph(dc, s) {
				sc.prev = nil
			}
		}
		if ev := pronounEvent(sc); ev != nil {
			sc.prevEvent = ev // "На него говориха още X": the event the pronoun stands for
		}
		if si-prevPresAt <= 2 {
			sc.prevPresented = prevPres
		}
		if prevSubj != nil {
			sc.prevSubj = prevSubj.g
		}
		if eventPronounItem(sc, prevEvent) {
			prevSubj = nil
		} else if pronounSubjectItem(sc, prevSubj) == nil {
			if sub := subjectOf(sc); sub != nil {
				cp := *sub
				prevSubj = &cp
			} else {
				prevSubj = nil
			}
		}
		n0 := len(r.relOrder)
		// the event stays the topic through a sentence that names none but
		// refers to it ("В нея участваха ...")
		keep := prevEvent != nil && sc.findTok(s.a, s.b, func(t *token) bool {
			return t.low == "нея" || t.low == "него" || t.low == "там" || t.low == "it" || t.low == "there"
		}) >= 0
		if !keep {
			prevEvent = nil
		}
		staged := stagedEvents(sc)
		switch {
		case len(staged) == 1:
			prevEvent = staged[0]
		case len(staged) > 1:
			// several compete: the text's own if it is among them
			prevEvent = nil
			if slices.Contains(staged, dc.main) {
				prevEvent = dc.main
			}
		}
		switch {
		case len(staged) == 1:
			stage, contested = staged[0], false
		case len(staged) > 1:
			stage, contested = nil, true
		}
		if lineOrganiser != nil {
			if bulletLine(sc) || numberedLine(sc) {
				r.organisedLine(sc, lineOrganiser)
			} else if !ordinalOnly(sc) {
				lineOrganiser = nil
			}
		}
		if o := objectIntroOfLines(sc); o != nil {
			lineOrganiser = o
		}
		if lineEvent != nil {
			if bulletLine(sc) || numberedLine(sc) {
				r.bulletActor(sc, lineRel, lineEvent, lineOrgs)
			} else if !ordinalOnly(sc) {
				lineEvent = nil
			}
		}
		if t, ok := introOfLines(sc); ok {
			lineRel, lineEvent, lineOrgs = t, sc.implicitEvent(), false
		} else if t, ev, ok := frameIntroOfLines(sc); ok {
			// "Лектори на уебинара ще бъдат:" (present.go)
			lineRel, lineEvent, lineOrgs = t, ev, false
			if ev == nil {
				lineEvent = sc.settingEvent()
			}
		} else if t, ok := verbIntroOfLines(sc); ok {
			// "На щанда се представиха:": the lines name the verb's subjects
			lineRel, lineEvent, lineOrgs = t, sc.implicitEvent(), true
			if ev := sc.firstAfter(s.a, isEvent); ev != nil {
				lineEvent = ev.g
			}
		}
		if boardOrg != nil && !bulletLine(sc) {
			boardOrg = nil
		}
		lineBoard := boardOrg // read after the sentence's own roles
		if boardIntro(sc) {
			boardOrg = dc.topicOrg(s.a)
		}
		if len(sc.items) == 0 {
			listIntro = r.partnerList(sc, si, listIntro)
			continue
		}
		r.roles(sc)
		r.employment(sc)
		if lineBoard != nil {
			r.boardLine(sc, lineBoard)
		}
		if mask&trigBoard != 0 {
			r.boards(sc)
		}
		if mask&trigFound != 0 {
			r.founders(sc)
		}
		r.describedEvents(sc)
		r.orgParts(sc)
		r.amongThem(sc, prevMembers, prevPartners)
		r.exhibitingMembers(sc)
		if mask&trigMember != 0 {
			r.memberCompanies(sc)
			r.boardMembersAre(sc)
		}
		if mask&trigPartner != 0 {
			r.consortiumParticipants(sc)
			r.projectPartnerNouns(sc)
		}
		if mask&trigParticipate != 0 {
			r.joinsProject(sc)
			r.projectRelative(sc)
		}
		if mask&trigPartner != 0 {
			r.networkPartners(sc) // a partner in a network is its member
		}
		if mask&trigMember != 0 {
			r.membership(sc)
			r.appositiveMembers(sc)
			r.memberNounFirst(sc)
		}
		if sc.membersOf == nil {
			sc.membersOf = companiesOfBody(sc)
		}
		prevMembers, prevPartners = sc.membersOf, sc.partnersOf
		if mask&trigPartner != 0 {
			r.partners(sc)
		}
		r.projectObjectRelative(sc)
		r.projectOwners(sc)
		r.celebratedWith(sc)
		r.moreProjects(sc, n0)
		if mask&trigFund != 0 {
			r.funding(sc)
		}
		if mask&trigOrganize != 0 {
			r.organizing(sc)
		}
		if mask&trigParticipate != 0 {
			r.participation(sc)
		}
		r.standOwners(sc)
		if mask&trigPresent != 0 {
			r.presenting(sc)
		} else if dc.toks[s.a].dash() || dc.toks[s.a].digit {
			r.agendaLine(sc) // a programme line names no presenting word
		}
		if mask&(trigOrganize|trigParticipate|trigPresent) != 0 {
			r.eventRoles(sc)
		}
		r.places(sc)
		r.seatsBefore(sc)
		r.lineSeats(sc)
		r.originLists(sc)
		r.townCountry(sc)
		if mask&trigPartOf != 0 {
			r.partOf(sc)
		}
		r.eventOfProject(sc)
		r.projectLists(sc, n0)
		listIntro = r.partnerList(sc, si, listIntro)
		for _, k := range r.relOrder[n0:] {
			if k.typ == kg.PresentedAt {
				prevPres, prevPresAt = k.to, si
			}
		}
	}
	r.nameSeats(dc)
}

// --- helpers over a sentence ---

func (sc *sentCtx) tok(i int) *token { return &sc.dc.toks[i] }

// findTok returns the first token index in [a, b) for which f holds, or -1.
func (sc *sentCtx) findTok(a, b int, f func(t *token) bool) int {
	for i := max(a, sc.s.a); i < b && i < sc.s.b; i++ {
		if f(sc.tok(i)) {
			return i
		}
	}
	return -1
}

// hasPrefix reports whether t is a word whose lower-case form starts with
// one of ps. The rules call it for every token of every sentence, so it
// compares the prefix's last byte before the whole prefix: that byte alone
// rules out most words (in Cyrillic the first byte is shared by nearly all
// letters) and saves a call to compare memory.
func hasPrefix(t *token, ps ...string) bool {
	if !t.isWord() {
		return false
	}
	low := t.low
	for _, p := range ps {
		if n := len(p); n <= len(low) && (n == 0 || low[n-1] == p[n-1]) && low[:n] == p {
			return true
		}
	}
	return false
}

// itemsIn returns copies of the items satisfying f in token range [a, b).
func (sc *sentCtx) itemsIn(a, b int, f func(g *group) bool) []item {
	var out []item
	for _, it := range sc.items {
		if it.a >= a && it.b <= b && f(it.g) {
			out = append(out, it)
		}
	}
	return out
}

// itemsWhere returns the sentence's items satisfying f, in order.
func (sc *sentCtx) itemsWhere(f func(g *group) bool) []*item {
	var out []*item
	for k := range sc.items {
		if f(sc.items[k].g) {
			out = append(out, &sc.items[k])
		}
	}
	return out
}

func isOrg(g *group) bool       { return orgLike(g.typ) }
func isEvent(g *group) bool     { return g.typ == kg.Event }
func isProject(g *group) bool   { return g.typ == kg.Project }
func isPlace(g *group) bool     { return g.typ == kg.Place }
func isPerson(g *group) bool    { return g.typ == kg.Person }
func isProgramme(g *group) bool { return g.typ == kg.Programme }
func isActor(g *group) bool     { return orgLike(g.typ) || g.typ == kg.Person }

// nearestBefore is the last item before token i that satisfies f.
func (sc *sentCtx) nearestBefore(i int, f func(g *group) bool) *item {
	var out *item
	for k := range sc.items {
		it := &sc.items[k]
		if it.b <= i && f(it.g) {
			out = it
		}
	}
	return out
}

// firstAfter is the first item at or after token i that satisfies f.
func (sc *sentCtx) firstAfter(i int, f func(g *group) bool) *item {
	for k := range sc.items {
		it := &sc.items[k]
		if it.a >= i && f(it.g) {
			return it
		}
	}
	return nil
}

// coordinated returns the items joined to it by "и", "," or "съвместно с"
// going forward: "X, Y и Z".
func (sc *sentCtx) coordinatedAfter(it *item, f func(g *group) bool) []*item {
	out := []*item{it}
	cur := it
	for {
		j := cur.b
		// "X (ACR) и Y": the acronym of the item before
		if j+2 < sc.s.b && sc.tok(j).is("(") && sc.tok(j+2).is(")") {
			if ac := sc.itemAt(j + 1); ac != nil && ac.g == cur.g && ac.b == j+2 {
				j += 3
			}
		}
		if j >= sc.s.b {
			break
		}
		t := sc.tok(j)
		if !(t.is(",") || t.low == "и" || t.low == "and") {
			break
		}
		k := j + 1
		if k < sc.s.b && (sc.tok(k).low == "the" || sc.tok(k).low == "and" || sc.tok(k).low == "и") {
			k++ // ", and the ..."
		}
		nx := sc.firstAfter(k, func(*group) bool { return true })
		if nx == nil || nx.a != k || !f(nx.g) {
			break
		}
		out = append(out, nx)
		cur = nx
	}
	return out
}

// coordinatedBefore returns "X и Y" subjects ending with item it.
func (sc *sentCtx) coordinatedBefore(it *item, f func(g *group) bool) []*item {
	return sc.coordinatedBeforeAcr(it, f, false)
}

// coordinatedBeforeAcr is coordinatedBefore that also reads a name with its
// acronym in brackets before the conjunction ("X (ACR) и Y организират")
// when acr is set.
func (sc *sentCtx) coordinatedBeforeAcr(it *item, f func(g *group) bool, acr bool) []*item {
	out := []*item{it}
	cur := it
	for {
		j := cur.a - 1
		// "X и д-р Y", "X and Dr. Y": a title before the later name
		for j > sc.s.a && (personTitles[sc.tok(j).low] || sc.tok(j).is(".") && personTitles[sc.tok(j-1).low]) && isPerson(cur.g) {
			j--
		}
		// "A, B and the C": an article before the later name
		if j > sc.s.a && sc.tok(j).low == "the" {
			j--
		}
		if j < sc.s.a {
			break
		}
		t := sc.tok(j)
		if !(t.is(",") || t.low == "и" || t.low == "and") {
			break
		}
		pv := sc.nearestBefore(j, func(*group) bool { return true })
		// "X (ACR) и Y": the name before its acronym
		if acr && pv != nil && pv.b == j-1 && pv.a == j-2 && j-3 > sc.s.a && sc.tok(j-1).is(")") && sc.tok(j-3).is("(") {
			if nm := sc.nearestBefore(j-3, func(*group) bool { return true }); nm != nil && nm.b == j-3 && nm.g == pv.g {
				pv = nm
				j = nm.b
			}
		}
		if pv == nil || pv.b != j || !f(pv.g) {
			break
		}
		out = append(out, pv)
		cur = pv
	}
	return out
}

// introOfLines reads a short line that introduces a bulleted list of the
// event's speakers or participants: "Лектори бяха:", "Сред лекторите
// бяха:", "Speakers:", "Participants included:".
func introOfLines(sc *sentCtx) (kg.RelationType, bool) {
	if len(sc.items) > 0 || sc.s.b-sc.s.a > 6 || !sc.tok(sc.s.b-1).is(":") {
		return "", false
	}
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		switch {
		case hasPrefix(t, "лектор", "speaker", "lecturer", "панелист", "panellist", "panelist", "обучител", "trainer", "presenter", "докладчи"):
			return kg.PresentedAt, true
		case hasPrefix(t, "участници", "участниците", "participants", "изложители", "изложителите", "exhibitors",
			// "The results:", "Победителите са:": a competition's winners
			"results", "winners", "finalists", "победители", "победителите", "финалисти", "класиране"):
			return kg.ParticipatedIn, true
		}
	}
	return "", false
}

// bulletLine reports a line that opens with a bullet or a dash.
func bulletLine(sc *sentCtx) bool {
	t := sc.tok(sc.s.a)
	return t.dash() || t.is("•") || t.is("*") || t.is("·") || t.is("▪")
}

// bulletActor reads one line of a list of speakers or participants: the
// person (for participants also the organisation) that opens it ("• инж.
// X, технолог в Y – CAD системи").
func (r *run) bulletActor(sc *sentCtx, t kg.RelationType, ev *group, orgs bool) {
	// "- 1st place (EUR 10,000): X, Varna – ...": the line's label ends at
	// its colon
	start := sc.s.a
	if c := sc.findTok(sc.s.a, min(sc.s.b, sc.s.a+12), func(t *token) bool { return t.is(":") }); c >= 0 && sc.itemAt(c+1) != nil {
		start = c
	}
	for k := range sc.items {
		it := &sc.items[k]
		if it.a < start {
			continue
		}
		if it.a-start > 4 && !(isPerson(it.g) && titlesOnly(sc, start+1, it.a)) || it.anaphor {
			return
		}
		if isPerson(it.g) || (t == kg.ParticipatedIn || orgs) && isOrg(it.g) {
			r.addRel(sc.dc, sc.s, t, it.g, ev, "", "")
		}
		return
	}
}

// titlesOnly reports tokens [a, b) that are a person's titles and ranks
// with their dots ("гл. ас. д-р инж."): short words, each before a dot,
// or titles of the lexicon.
func titlesOnly(sc *sentCtx, a, b int) bool {
	for j := a; j < b; j++ {
		t := sc.tok(j)
		switch {
		case t.is("."), personTitles[t.low]:
		case t.isWord() && !t.cap && len([]rune(t.low)) <= 3 && j+1 < b && sc.tok(j+1).is("."):
		default:
			return false
		}
	}
	return true
}
