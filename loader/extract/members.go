package extract

import "github.com/clustergraph/clustergraph/loader/kg"

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
