package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// foundedWord says a body was founded: "учреден", "създадена", "основано",
// "founded", "established", "set up".
func foundedWord(t *token) bool {
	return hasPrefix(t, "учреден", "създаден", "основан", "founded", "established", "co-founded")
}

// founders reads the organisations that founded a body: "Клъстерът е
// учреден през 2019 г. от A, B и Община X", "The cluster was founded in
// 2019 by A and B". A founding organisation is a member (as "учредители на
// клъстера са A и B" says); a founding person holds no membership.
func (r *run) founders(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		if !foundedWord(sc.tok(i)) {
			continue
		}
		// the agent: "от"/"by" within a few tokens ("през 2019 г.", "в Русе")
		k := -1
		for j := i + 1; j < sc.s.b && j <= i+7; j++ {
			t := sc.tok(j)
			if t.low == "от" || t.low == "by" {
				k = j
				break
			}
			if t.is(",") || t.is(";") || t.isWord() && (listBreakers[t.low] && t.low != "в" || t.low == "инициатива" || t.low == "initiative") {
				break
			}
		}
		if k < 0 {
			continue
		}
		// only bodies that have members: a company founded by a university
		// is its spin-off, not its member
		y := r.subjectBefore(sc, i, isOrg)
		if y == nil || y.g.typ != kg.Cluster && y.g.typ != kg.Association {
			continue
		}
		for _, m := range sc.listAfter(k+1, 3, func(g *group) bool { return isOrg(g) && g != y.g }) {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y.g, "", "")
		}
	}
}

// countWordsAny are the numbers a head count of members is written with.
var countWordsAny = setOf("два", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет", "единадесет",
	"дванадесет", "петнадесет", "двадесет", "няколко", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "several")

// exhibitingMembers reads the members an organisation sent to an event:
// "Девет фирми – членове на Клъстер X представиха продукцията си на ...
// Сред изложителите бяха A, B и C", "Eleven members of the X Cluster
// exhibited at ... Among the exhibitors were A and B". The exhibitors
// listed are the members counted before.
func (r *run) exhibitingMembers(sc *sentCtx) {
	i := sc.s.a
	if sc.s.b-i < 5 || sc.tok(i).low != "сред" && sc.tok(i).low != "among" {
		return
	}
	n := i + 1
	if sc.tok(n).low == "the" {
		n++
	}
	if !hasPrefix(sc.tok(n), "изложителите", "участниците", "exhibitors", "participants") || n+1 >= sc.s.b {
		return
	}
	switch sc.tok(n + 1).low {
	case "бяха", "са", "бе", "беше", "were", "are", "was":
	default:
		return
	}
	x := countedMembers(sc.dc, sc.s.a)
	if x == nil {
		return
	}
	for _, m := range sc.listAfter(n+2, 8, func(g *group) bool { return isOrg(g) && g != x }) {
		if !m.anaphor {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, x, "", "")
		}
	}
}

// countedMembers is the one organisation whose members a sentence before
// token end counts as taking part: "Девет фирми – членове на X
// представиха", "Eleven members of the X exhibited"; nil when none or two.
func countedMembers(dc *docCtx, end int) *group {
	var found *group
	for k := 0; k+2 < end; k++ {
		t := &dc.toks[k]
		if t.low != "членове" && t.low != "members" {
			continue
		}
		at := k + 1
		if l := dc.toks[at].low; l != "на" && l != "of" {
			continue
		}
		at++
		if dc.toks[at].low == "the" {
			at++
		}
		c := dc.claimed[at]
		if c == nil || c.a != at || c.group == nil || !orgLike(c.group.final().typ) {
			continue
		}
		counted := false
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if dc.toks[j].digit || countWordsAny[dc.toks[j].low] {
				counted = true
			}
		}
		if !counted {
			continue
		}
		// the sentence says they took part
		s := dc.sents[dc.sentOf[k]]
		took := false
		for j := k; j < s.b; j++ {
			if dc.toks[j].trig&(trigParticipate|trigPresent) != 0 {
				took = true
				break
			}
		}
		if !took {
			continue
		}
		g := c.group.final()
		if found != nil && found != g {
			return nil
		}
		found = g
	}
	return found
}

// relPronouns open a relative clause.
var relPronouns = setOf("който", "която", "което", "които")

// consortiumParticipants reads the partners of a consortium named after
// "с участието на": "Проектът X се изпълнява от консорциум от 11 партньори,
// координиран от A, с участието на B и C", "a consortium of nine partners
// led by A with the participation of B and C".
func (r *run) consortiumParticipants(sc *sentCtx) {
	k := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return t.low == "участието" || t.low == "participation" })
	if k < sc.s.a+1 || k+2 >= sc.s.b {
		return
	}
	if w := sc.tok(k - 1).low; w != "с" && w != "със" && w != "the" {
		return
	}
	if w := sc.tok(k + 1).low; w != "на" && w != "of" {
		return
	}
	if sc.findTok(sc.s.a, k, func(t *token) bool { return hasPrefix(t, "консорциум", "consortium") }) < 0 {
		return
	}
	var proj *group
	if p := sc.firstAfter(sc.s.a, isProject); p != nil && p.a < k {
		proj = p.g
	} else {
		proj = sc.recentProject(3)
	}
	if proj == nil {
		return
	}
	for _, m := range sc.listAfter(k+2, 4, isOrg) {
		r.addRel(sc.dc, sc.s, kg.PartnerIn, m.g, proj, "role", "partner")
	}
}

// partnerNouns are the nouns that name a project's partners as the
// subject of a sentence ("Третият партньор е X", "Българските участници са
// двама: A и B", "Сред останалите участници са A и B").
var partnerNouns = setOf("партньор", "партньорът", "партньори", "партньорите", "участници", "участниците", "partner",
	"partners", "participants")

// projectPartnerNouns reads the partners of the text's project named after
// a partner noun that opens the sentence, with only describing words
// before it ("Трети партньор е X", "Германският партньор е клъстерът X",
// "Българските участници са двама: A и B", "Сред останалите участници са
// A и B", "Another partner is X"). Only in a sentence that names no event,
// after one that named none either, so that the participants of a meeting
// stay its participants; a lead or associated partner has its own rule.
func (r *run) projectPartnerNouns(sc *sentCtx) {
	i := sc.s.a
	among := sc.tok(i).low == "сред" || sc.tok(i).low == "among"
	if among {
		i++
	}
	n := -1
	for j := i; j < sc.s.b && j <= i+2; j++ {
		t := sc.tok(j)
		if t.in(lPartnerNoun) {
			n = j
			break
		}
		if !t.isWord() || t.digit && !strings.HasSuffix(t.low, "-ти") || sc.itemAt(j) != nil || hasPrefix(t, "водещ", "lead", "асоциир", "associate") || clauseBreaks[t.low] {
			return
		}
	}
	if n < 0 {
		return
	}
	participants := strings.HasPrefix(sc.tok(n).low, "участни") || sc.tok(n).low == "participants"
	if participants && n == i && !among {
		return // "Участниците бяха": an event's, unless described ("Българските участници")
	}
	if among && n == i && !participants {
		return // "Сред партньорите са": read with the partner lists
	}
	k := n + 1
	if k+1 < sc.s.b && (sc.tok(k).low == "в" || sc.tok(k).low == "по" || sc.tok(k).low == "in") && (sc.tok(k+1).low == "проекта" || sc.tok(k+1).low == "project") {
		k += 2
	}
	if k >= sc.s.b {
		return
	}
	switch sc.tok(k).low {
	case "е", "са", "бяха", "беше", "ще", "is", "are", "were", "was", "include", "included":
	default:
		return
	}
	if len(sc.itemsWhere(isEvent)) > 0 || sc.prevEvent != nil && participants {
		return
	}
	proj := sc.recentProject(3)
	if p := sc.firstAfter(sc.s.a, isProject); p != nil {
		proj = p.g
	}
	if proj == nil {
		proj = sc.dc.onlyProject()
	}
	if proj == nil {
		return
	}
	at := k + 1
	for at < sc.s.b && at <= k+4 && sc.itemAt(at) == nil && (sc.tok(at).low == "бъде" || sc.tok(at).low == "be" || sc.tok(at).low == "и" || sc.tok(at).low == "also" ||
		sc.tok(at).is(":") || countWordsAny[sc.tok(at).low] || sc.tok(at).low == "двама" || sc.tok(at).low == "трима" || sc.tok(at).digit) {
		at++
	}
	for _, m := range sc.listAfter(at, 4, isOrg) {
		r.addRel(sc.dc, sc.s, kg.PartnerIn, m.g, proj, "role", "partner")
		r.basedInAfter(sc, m)
	}
}

// joinsProject reads "X се включи в проекта Y", "X се включва в проект Y":
// a body that joins a project is its partner.
func (r *run) joinsProject(sc *sentCtx) {
	for i := sc.s.a + 1; i+2 < sc.s.b; i++ {
		if !hasPrefix(sc.tok(i), "включи", "включва") || sc.tok(i-1).low != "се" {
			continue
		}
		k := i + 1
		if sc.tok(k).low != "в" && sc.tok(k).low != "във" {
			continue
		}
		p := sc.firstAfter(k+1, isProject)
		if p == nil || p.a > k+6 {
			continue
		}
		// the project named right after, or after a short description
		// ("в международен проект, който ...", "в проекта „X“")
		if sc.findTok(k+1, p.a, func(t *token) bool { return t.is(",") || t.is(".") || t.isWord() && clauseBreaks[t.low] }) >= 0 {
			continue
		}
		x := r.subjectBefore(sc, i-1, isOrg)
		if x == nil || x.anaphor && x.g == nil {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, p.g, "role", "partner")
	}
}

// projectRelative reads "... по проекта X, в който клъстерът участва
// заедно с Община Y", "the project X, in which the cluster takes part
// with Y": the subject of the relative clause, and those it takes part
// together with, are partners of the project.
func (r *run) projectRelative(sc *sentCtx) {
	for k := range sc.items {
		p := &sc.items[k]
		if !isProject(p.g) {
			continue
		}
		j := p.b
		if j < sc.s.b && sc.tok(j).is(",") {
			j++
		}
		if j+2 >= sc.s.b || !(sc.tok(j).low == "в" || sc.tok(j).low == "in") || !(relPronouns[sc.tok(j+1).low] || sc.tok(j+1).low == "which") {
			continue
		}
		x := sc.orgItemAt(j + 2)
		if x == nil {
			continue
		}
		v := x.b
		if v < sc.s.b && (sc.tok(v).low == "also" || sc.tok(v).low == "също") {
			v++
		}
		if v >= sc.s.b || !hasPrefix(sc.tok(v), "участва", "takes", "took", "participates") {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, p.g, "role", "partner")
		w := v + 1
		if w < sc.s.b && sc.tok(w).low == "part" {
			w++
		}
		if w+1 < sc.s.b && (sc.tok(w).low == "заедно" || sc.tok(w).low == "съвместно" || sc.tok(w).low == "together") {
			w++
		}
		if w < sc.s.b && (sc.tok(w).low == "с" || sc.tok(w).low == "със" || sc.tok(w).low == "with") {
			for _, m := range sc.listAfter(w+1, 3, func(g *group) bool { return isOrg(g) && g != x.g }) {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, m.g, p.g, "role", "partner")
			}
		}
	}
}

// memberFirmNouns are the nouns a list of member companies is named by.
var memberFirmNouns = setOf("companies", "firms", "organisations", "organizations", "enterprises", "фирми", "компании",
	"предприятия", "организации", "фирмите", "компаниите", "организациите")

// memberCompanies reads lists named by members as a kind of company: "The
// cluster's member companies include A and B", "Its member firms are A and
// B", "Членуващите в клъстера фирми A и B", "членуващите в X компании –
// A и B". The body is the possessor, the one after "в", or the text's.
func (r *run) memberCompanies(sc *sentCtx) {
	for i := sc.s.a; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		var y *group
		at := -1
		switch {
		case t.low == "member" && memberFirmNouns[sc.tok(i+1).low]:
			k := i + 2
			if i > sc.s.a {
				y = possessiveOrg(sc, i-1)
				if y == nil && (sc.tok(i-1).low == "its" || sc.tok(i-1).low == "our") {
					y = sc.docOrg(i)
				}
			}
			if k+1 < sc.s.b && sc.tok(k).low == "of" {
				if o := sc.orgItemAt(k + 1); o != nil {
					y, k = o.g, o.b
				} else if g := sc.orgRefAt(k + 1); g != nil {
					y, k = g, k+2
					if sc.tok(k-1).low == "the" {
						k++
					}
				}
			}
			if k < sc.s.b {
				switch sc.tok(k).low {
				case "include", "included", "includes", "are", "were", "such", "including", ":":
					at = k + 1
					if sc.tok(k).low == "such" && k+1 < sc.s.b && sc.tok(k+1).low == "as" {
						at++
					}
				}
			}
		case hasPrefix(t, "членуващ") && (sc.tok(i+1).low == "в" || sc.tok(i+1).low == "във"):
			y, at = sc.memberParticiple(i, memberFirmNouns)
		}
		if y == nil || at < 0 {
			continue
		}
		for _, m := range sc.listAfter(at, 4, func(g *group) bool { return isOrg(g) && g != y }) {
			if !m.anaphor {
				r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
			}
		}
	}
}

// predicateWords open the first predicate of a sentence whose subject a
// second predicate after "и"/"and" shares.
var predicateWords = setOf("е", "са", "беше", "бе", "бяха", "ще", "is", "are", "was", "were", "has", "have", "had", "will")

// secondPredicateSubject is the subject of a verb at token i that opens a
// second predicate ("X is coordinated by Y and brings together ...", "X
// е създаден от Y и обединява ..."): the name the sentence opens with,
// when a predicate of its own stands between it and "и"/"and" right
// before the verb. Else nil.
func (r *run) secondPredicateSubject(sc *sentCtx, i int, f func(*group) bool) *item {
	j := i - 1
	for j > sc.s.a && (sc.tok(j).low == "also" || sc.tok(j).low == "вече" || sc.tok(j).low == "и" && sc.tok(j-1).low == "и") {
		j--
	}
	if j <= sc.s.a+1 || sc.tok(j).low != "и" && sc.tok(j).low != "and" {
		return nil
	}
	s0 := sc.sentenceSubject()
	if s0 == nil || !f(s0.g) || s0.b >= j {
		return nil
	}
	if s0.b >= sc.s.b || !predicateWords[sc.tok(s0.b).low] && !(sc.tok(s0.b).is("(") && sc.findTok(s0.b, min(j, s0.b+4), func(t *token) bool { return predicateWords[t.low] }) >= 0) {
		return nil
	}
	// one clause: no comma before "и" (an enumeration "A, B и C обединяват")
	if sc.findTok(s0.b, j, func(t *token) bool { return t.is(";") || t.isWord() && clauseBreaks[t.low] }) >= 0 {
		return nil
	}
	return s0
}

// memberParticiple reads "членуващите в клъстера фирми X" at the
// participle i: the body it names, and where the members' names start
// after one of nouns (-1 when no such noun follows).
func (sc *sentCtx) memberParticiple(i int, nouns map[string]bool) (*group, int) {
	body := sc.orgRefAt(i + 2)
	k := i + 3
	if it := sc.itemAt(i + 2); it != nil {
		k = it.b
	}
	if body != nil && k < sc.s.b && nouns[sc.tok(k).low] {
		return body, k + 1
	}
	return body, -1
}

// memberNounFirst reads a member named right after a singular member noun
// phrase, the apposition's other order: "на територията на член на
// клъстера – X", "в полето на клъстерния член X", "the cluster member X",
// "разработена от членуващата в клъстера компания X", "the member company
// X of Y". One name only: a plural noun before a list ("членовете на
// клъстера A и B") was tried and not kept.
func (r *run) memberNounFirst(sc *sentCtx) {
	for i := sc.s.a; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		var body *group
		at := -1
		switch {
		case t.low == "член" || t.low == "члена" || t.low == "членът" || t.low == "member":
			if i > sc.s.a {
				if p := sc.tok(i - 1); predicateWords[p.low] || p.low == "стана" || p.low == "става" || p.low == "became" || p.low == "becomes" || p.is(",") || p.dash() ||
					p.low == "нов" || p.low == "new" || p.low == "a" || p.low == "за" || p.low == "като" || p.low == "as" {
					continue // "X е член на Y", "X, член на Y", "прие за нов член X": other frames
				}
				if adj := sc.tok(i - 1); hasPrefix(adj, "клъстерн", "cluster") && !adj.cap {
					// "клъстерния член X", "the cluster member X"
					body, at = sc.dc.orgAt(kg.Cluster, i), i+1
					break
				}
			}
			if k := i + 1; k+1 < sc.s.b && (sc.tok(k).low == "на" || sc.tok(k).low == "of") {
				// "член на клъстера – X": the body, then a dash or the name
				y := sc.orgItemAt(k + 1)
				yEnd := -1
				if y != nil {
					body, yEnd = y.g, y.b
				} else if g := sc.orgRefAt(k + 1); g != nil {
					body, yEnd = g, k+2
					if sc.tok(k+1).low == "the" {
						yEnd++
					}
				}
				if body == nil || yEnd >= sc.s.b {
					body = nil
					break
				}
				if sc.tok(yEnd).dash() {
					at = yEnd + 1
				} else if y == nil {
					at = yEnd // "на член на клъстера X": a bare noun, then the name
				}
			}
		case hasPrefix(t, "членуващ") && i+2 < sc.s.b && (sc.tok(i+1).low == "в" || sc.tok(i+1).low == "във"):
			// "членуващата в клъстера компания X"
			body, at = sc.memberParticiple(i, singularFirmNouns)
		}
		if body == nil || at < 0 || at >= sc.s.b {
			continue
		}
		m := sc.orgItemAt(at)
		if m == nil || m.anaphor || m.g == body || !vouched(m) {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, body, "", "")
	}
}

// singularFirmNouns name one member company ("членуващата в клъстера
// компания X").
var singularFirmNouns = setOf("компания", "фирма", "организация", "дружество", "компанията", "фирмата", "организацията",
	"дружеството", "company", "firm", "organisation", "organization")

// personFollows reports a person named at token k, past personal titles
// and ranks ("проф. д-р X"): a title and body before a name belong to that
// name, not to a person before them.
func personFollows(sc *sentCtx, k int) bool {
	for n := 0; k < sc.s.b && n < 8; n++ {
		t := sc.tok(k)
		if it := sc.itemAt(k); it != nil {
			return isPerson(it.g)
		}
		if !(t.is(".") || personTitles[t.low] || academicRanks[t.low]) {
			return false
		}
		k++
	}
	return false
}

// academicRanks are the abbreviated ranks written before a name ("гл. ас.
// д-р X"): titles, not part of the name.
var academicRanks = setOf("гл", "ас", "асистент", "преп", "н.с", "с.н.с")

// unitItem reports an organisation named as a unit of another body: a
// faculty, department, laboratory or directorate ("Стопанския факултет",
// "катедра „Автоматика“", "лаборатория „X“").
func unitItem(sc *sentCtx, g *group, a, b int) bool {
	if !isOrg(g) {
		return false
	}
	for k := a; k < b && k < a+3; k++ {
		if t := sc.tok(k); subunitHeads[t.low] && t.low != "институт" && t.low != "института" && t.low != "институтът" && t.low != "institute" {
			return true
		}
	}
	return false
}

// unitParent is the body a unit named at [.., end) belongs to when the
// text names it right after ("факултет X на ВТУ", "катедра „Y“ на
// Русенския университет", "лаборатория „Z“ в Института W"), with the token
// after the parent; else nil.
func unitParent(sc *sentCtx, unit *group, end int) (*group, int) {
	if end+1 >= sc.s.b {
		return nil, -1
	}
	var u *item
	for k := range sc.items {
		if sc.items[k].b == end && sc.items[k].g == unit {
			u = &sc.items[k]
		}
	}
	if u == nil || !unitItem(sc, unit, u.a, u.b) {
		return nil, -1
	}
	switch sc.tok(end).low {
	case "на", "в", "във", "към", "при", "of", "at":
	default:
		return nil, -1
	}
	if y := sc.orgItemAt(end + 1); y != nil && y.g != unit && !y.anaphor {
		return y.g, y.b
	}
	if g := sc.orgRefAt(end + 1); g != nil && g != unit && sc.itemAt(end+1) == nil {
		return g, end + 2
	}
	return nil, -1
}

// electAux are the auxiliaries of a passive election ("was elected",
// "беше избрана").
var electAux = setOf("was", "were", "is", "has", "been", "беше", "бе", "е", "бяха", "са", "била", "бил")

// appositionSubject is the person a passive verb at token i is said of
// past the person's own apposition between commas ("X, CEO of Y, was
// re-elected President", "X, управител на Y, беше избран за"), or nil.
func appositionSubject(sc *sentCtx, i int) *item {
	v := i
	for v-1 > sc.s.a && electAux[sc.tok(v-1).low] {
		v--
	}
	if v == i || v-1 <= sc.s.a || !sc.tok(v-1).is(",") {
		return nil
	}
	for c := v - 2; c > sc.s.a && c >= v-16; c-- {
		if !sc.tok(c).is(",") {
			continue
		}
		if p := sc.nearestBefore(c, func(*group) bool { return true }); p != nil && p.b == c && isPerson(p.g) && !p.anaphor {
			return p
		}
		return nil
	}
	return nil
}

// fieldStart finds the preposition ("на", "по", "of", "for") that opens
// the field of an office ending before token end ("на международните
// проекти" in "ръководителят на международните проекти в X"): up to four
// lower-case words after it. It returns its index, or -1.
func fieldStart(sc *sentCtx, end int) int {
	for k := end - 1; k > sc.s.a && end-k <= 5; k-- {
		t := sc.tok(k)
		switch t.low {
		case "на", "по", "of", "for":
			if k < end-1 {
				return k
			}
			return -1
		}
		if !t.isWord() || t.cap || t.digit || sc.itemAt(k) != nil || t.stop && !unitLinks[t.low] {
			return -1
		}
	}
	return -1
}

// orgOutsideSpeech is the nearest organisation before token a that is not
// inside words said by the one whose title follows („... проекти по
// „Хоризонт Европа“ ...“, коментира изпълнителният директор Y: what Y
// said names no body of Y's), or nil.
func orgOutsideSpeech(sc *sentCtx, a int) *item {
	o := sc.nearestBefore(a, isOrg)
	if o == nil {
		return nil
	}
	for op := sc.s.a; op < o.a; op++ {
		c, ok := sc.dc.closeOf[op]
		if !ok || c < o.b || c >= a || c-op < 12 || c+2 >= sc.s.b || !sc.tok(c+1).is(",") {
			continue
		}
		if l := sc.tok(c + 2).low; reportVerbs[l] || speechVerbs[l] {
			return nil
		}
	}
	return o
}

// municipalCouncils reads a town's council as a body: "Общински съвет –
// Шумен", "Общинския съвет на Русе", "Общински съвет Видин", a capitalised
// "Общински съвет" alone. The town written with it stays a place mention.
// (A lower-case "съвет" is no head noun of its own: "управителният съвет"
// is a board.)
func municipalCouncils(dc *docCtx, s sentence) {
	for i := s.a; i+1 < s.b; i++ {
		t := &dc.toks[i]
		if !t.cap || !strings.HasPrefix(t.low, "общинск") || dc.claimed[i] != nil || !strings.HasPrefix(dc.toks[i+1].low, "съвет") || dc.claimed[i+1] != nil {
			continue
		}
		b := i + 2
		name := "Общински съвет"
		if k := b; k+1 < s.b && (dc.toks[k].dash() && !dc.toks[k].is("-") || dc.toks[k].low == "на") {
			if p := dc.claimed[k+1]; p != nil && p.a == k+1 && p.typ == kg.Place && p.gaz != nil && !gazCountry(p.gaz) {
				name += " " + dc.toks[k].text + " " + dc.text(p.a, p.b)
				if dc.toks[k].low == "на" {
					name = "Общински съвет – " + dc.text(p.a, p.b)
				}
				dc.release(p)
				b = p.b
			}
		}
		c := &cand{a: i, b: b, typ: kg.Organization, name: name, prio: 7}
		if w := clean(dc.text(i, b)); w != name {
			c.aliases = []string{w}
		}
		if dc.add(c) {
			i = b - 1
		}
	}
}

// describedCompanies drops a body named by a description right before a
// quoted company name with its legal form ("Лаборатория за анализ на
// храни „Фудконтрол“ ЕООД"): the description says what the company is;
// it is no second body.
func describedCompanies(dc *docCtx) {
	var drop []*cand
	for _, c := range dc.cands {
		if c.typ != kg.Organization || c.a == 0 || !dc.toks[c.a].quote() || !legalForms[strings.TrimSuffix(dc.toks[c.b-1].low, ".")] {
			continue
		}
		d := dc.claimed[c.a-1]
		if d == nil || d == c || d.b != c.a || d.typ != kg.Organization || d.gaz != nil || d.prio > 5 || d.b-d.a < 2 {
			continue
		}
		lower := false
		for k := d.a + 1; k < d.b; k++ {
			if t := &dc.toks[k]; t.isWord() && !t.cap {
				lower = true
			}
		}
		if lower {
			drop = append(drop, d)
		}
	}
	for _, d := range drop {
		dc.release(d)
	}
}

// companiesOfBody is the cluster or association whose companies a
// sentence speaks of ("стаж в компании от клъстера", "фирмите на
// клъстера", "six member companies of the cluster"), so that "Сред тях са A
// и B" / "Among them were A and B" after it lists its members; nil when
// the sentence speaks of none.
func companiesOfBody(sc *sentCtx) *group {
	for i := sc.s.a; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		if !memberFirmNouns[t.low] && t.low != "членове" && t.low != "members" {
			continue
		}
		p := sc.tok(i + 1).low
		if p != "от" && p != "на" && p != "of" && p != "from" && p != "в" && p != "in" {
			continue
		}
		if y := sc.orgRefAt(i + 2); y != nil && (y.typ == kg.Cluster || y.typ == kg.Association) {
			return y
		}
	}
	return nil
}
