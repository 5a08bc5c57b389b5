package extract

import (
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Board elections and board line-ups name roles apart from the person, so
// the role-next-to-person readers in rules.go miss them:
//
//	"За председател на УС беше избран X", "X беше избран за председател",
//	"The members elected X, chief executive of Y, as chair of the board",
//	"A, B и C бяха избрани в УС – съответно R1, R2 и R3",
//	"A and B were elected R1 and R2 respectively",
//	"Управителният съвет е в състав: A (председател), B и C".
//
// The organisation is the one named after the role ("председател на X"),
// else the cluster or association the text is about: boards are elected
// by the body the news speaks of.

// electWord reports a word that says someone was elected or appointed.
func electWord(t *token) bool {
	return hasPrefix(t, "избран", "преизбран", "избраха", "избра", "назначен", "elected", "re-elected", "appointed")
}

// takesPost reports a verb of taking up a post at i: "поема / пое / зае
// поста (длъжността) X", "takes / took over as X".
func takesPost(sc *sentCtx, i int) bool {
	if i+1 >= sc.s.b {
		return false
	}
	w, n := sc.tok(i).low, sc.tok(i+1).low
	switch w {
	case "поема", "пое", "зае", "заема", "заеме", "поеме":
		return postNoun(n)
	case "takes", "took", "take":
		return n == "over" && i+2 < sc.s.b && sc.tok(i+2).low == "as"
	}
	return false
}

// postNoun is the noun of a post before its title ("поста изпълнителен
// директор", "длъжността председател").
func postNoun(w string) bool {
	return w == "поста" || w == "длъжността" || w == "позицията"
}

// boards reads the board phrasings of one sentence.
func (r *run) boards(sc *sentCtx) {
	if resp := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return t.low == "съответно" || t.low == "respectively" }); resp >= 0 {
		if r.respectively(sc, resp) {
			return
		}
	}
	for i := sc.s.a; i < sc.s.b; i++ {
		if electWord(sc.tok(i)) || takesPost(sc, i) {
			r.election(sc, i)
		}
	}
	r.boardLineup(sc)
	r.boardEntrants(sc)
}

// boardEntrants reads "В новия Управителен съвет влизат още A от X, B,
// председател на Y, и C", "В УС влязоха A и B", "The new board includes A
// and B": each person listed after the verb is a member of the board of
// the body the text is about. Persons stand after a comma or "и"/"and";
// what stands between them (their own bodies, their titles) is theirs.
func (r *run) boardEntrants(sc *sentCtx) {
	v := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return hasPrefix(t, "влизат", "влязоха", "влиза", "влезе", "влизаха") || t.low == "includes" || t.low == "included"
	})
	if v < 0 {
		return
	}
	// the board before the verb, introduced by "в"/"the": "В новия УС"
	board, long := -1, false
	for j := max(sc.s.a, v-5); j < v; j++ {
		l := sc.tok(j).low
		if sc.tok(j).text == "УС" || l == "board" || (strings.HasPrefix(l, "управителн") || l == "управителен") && j+1 < v && hasPrefix(sc.tok(j+1), "съвет") {
			board, long = j, strings.HasPrefix(l, "управител")
			break
		}
	}
	if board < 0 {
		return
	}
	if l := sc.tok(sc.s.a).low; !(l == "в" || l == "във" || l == "the") || sc.itemsBetween(sc.s.a, v) {
		return
	}
	org := sc.dc.topicOrg(v)
	if org == nil {
		return
	}
	title := "член на ус"
	switch {
	case long:
		title = "член на управителния съвет"
	case sc.tok(board).latin:
		title = "board member"
	}
	first := sc.firstAfter(v+1, func(*group) bool { return true })
	if first == nil || !isPerson(first.g) || first.a > v+2 {
		return
	}
	r.addRole(sc, first.g, org, title)
	for k := range sc.items {
		it := &sc.items[k]
		if it.a <= first.a || !isPerson(it.g) || it.anaphor {
			continue
		}
		j := it.a - 1
		if j > v && (sc.tok(j).low == "и" || sc.tok(j).low == "and") {
			j--
		}
		if j <= v || !(sc.tok(j).is(",") || sc.tok(j).low == "и" || sc.tok(j).low == "and" || j+1 < it.a && sc.tok(j+1).low == "и") {
			continue
		}
		r.addRole(sc, it.g, org, title)
	}
}

// itemsBetween reports an item (a name) between tokens a and b.
func (sc *sentCtx) itemsBetween(a, b int) bool {
	for k := range sc.items {
		if it := &sc.items[k]; it.a >= a && it.b <= b {
			return true
		}
	}
	return false
}

// boardTitles are the titles a board election gives in the body the text
// is about when no organisation follows the role.
var boardTitles = setOf("председател", "председател на ус", "председател на управителния съвет", "член на управителния съвет",
	"заместник-председател", "зам.-председател", "зам-председател",
	"секретар", "касиер", "член на ус", "изпълнителен директор", "управител", "chair", "chairman", "chair of the board",
	"vice-chair", "vice-chairman", "treasurer", "secretary", "president", "vice-president", "managing director",
	"executive director")

// roleOrg is the organisation of a role phrase with title ending at token
// end: the one named right after "на"/"of", else, for a board title, the
// organisation the text is about; nil when neither.
func (sc *sentCtx) roleOrg(end int, title string) *group {
	if end+2 < sc.s.b && sc.tok(end).low == "of" && sc.tok(end+1).low == "the" && sc.tok(end+2).low == "board" {
		end += 3 // "chair of the board": of the body the text is about
	}
	if end+1 < sc.s.b && (sc.tok(end).low == "на" || sc.tok(end).low == "of") {
		if g := sc.orgRefAt(end + 1); g != nil {
			return g
		}
		if end+2 < sc.s.b && sc.tok(end+1).low == "the" {
			return sc.orgRefAt(end + 2)
		}
		return nil // another body's role: "председател на общинския съвет"
	}
	if !boardTitles[title] {
		return nil
	}
	// a body named before the first person elects ("На събранието на АБК X
	// беше избран за председател"); else the one the text is about
	first := sc.firstAfter(sc.s.a, isPerson)
	if first != nil {
		if o := sc.nearestBefore(first.a, isOrg); o != nil && vouched(o) && !personTitles[sc.tok(o.a).low] {
			return o.g
		}
	}
	return sc.dc.topicOrg(end)
}

// topicOrg is the cluster or association a text is about, as of token i:
// the one its title names, else the one named more often. An association
// of clusters names its member clusters, so a cluster is not the topic just
// for being named.
func (dc *docCtx) topicOrg(i int) *group {
	cl, as := dc.orgAt(kg.Cluster, i), dc.orgAt(kg.Association, i)
	if cl == nil || as == nil {
		if cl != nil {
			return cl
		}
		return as
	}
	clT, asT := dc.inTitle(cl), dc.inTitle(as)
	if asT && !clT && !dc.joinedInTitle(as) {
		return as
	}
	if asT && !clT {
		return cl // "Добруджанският клъстер стана член на мрежата X": the joiner's news
	}
	if clT && !asT {
		return cl
	}
	if dc.mentionsBefore(as, i) > dc.mentionsBefore(cl, i) {
		return as
	}
	return cl
}

// joinedInTitle reports a title that names g as what something joins or
// becomes a member of ("... стана член на европейската мрежа X", "...
// joins X", "... се присъедини към X").
func (dc *docCtx) joinedInTitle(g *group) bool {
	t := dc.sents[dc.title]
	for _, c := range dc.cands {
		if c.group == nil || c.group.final() != g || c.a < t.a || c.b > t.b {
			continue
		}
		for k := c.a - 1; k >= t.a && k >= c.a-4; k-- {
			l := dc.toks[k].low
			if l == "член" || l == "member" || l == "joins" || l == "joined" || strings.HasPrefix(l, "присъедин") {
				return true
			}
		}
	}
	return false
}

// inTitle reports whether the title sentence names g.
func (dc *docCtx) inTitle(g *group) bool {
	if len(dc.sents) == 0 {
		return false
	}
	t := dc.sents[dc.title]
	for _, c := range dc.cands {
		if c.group != nil && c.group.final() == g && c.a >= t.a && c.b <= t.b {
			return true
		}
	}
	return false
}

// mentionsBefore counts the mentions of g before token i.
func (dc *docCtx) mentionsBefore(g *group, i int) int {
	n := 0
	for _, c := range dc.cands {
		if c.group != nil && c.a < i && c.group.final() == g {
			n++
		}
	}
	return n
}

// rolesFrom reads "R1, R2 и R3" starting within a few tokens after i
// (skipping "за", "as", a dash) and returns the titles and the end.
func rolesFrom(sc *sentCtx, i, limit int) ([]string, int) {
	j := i
	for j < limit && j < i+3 && (sc.tok(j).low == "за" || sc.tok(j).low == "as" || sc.tok(j).low == "were" ||
		sc.tok(j).dash() || sc.tok(j).is(":") || sc.tok(j).is(",")) {
		j++
	}
	var titles []string
	for j < limit {
		end, title := roleAfter(sc, j)
		if end < 0 {
			break
		}
		// roleAfter joins "секретар и касиер" into one title; in a list
		// they are two
		titles = append(titles, strings.Split(title, " и ")...)
		j = end
		if j < limit && (sc.tok(j).is(",") || sc.tok(j).low == "и" || sc.tok(j).low == "and") {
			j++
			if j < limit && (sc.tok(j).low == "и" || sc.tok(j).low == "and") {
				j++
			}
			continue
		}
		break
	}
	return titles, j
}

// respectively pairs persons and roles: "A, B и C – съответно R1, R2 и R3",
// "A and B were elected R1 and R2 respectively".
func (r *run) respectively(sc *sentCtx, resp int) bool {
	var persons []*item
	for k := range sc.items {
		if it := &sc.items[k]; it.b <= resp && isPerson(it.g) && !it.anaphor {
			persons = append(persons, it)
		}
	}
	if len(persons) < 2 {
		return false
	}
	last := persons[len(persons)-1]
	var titles []string
	end := -1
	if sc.tok(resp).low == "съответно" {
		titles, end = rolesFrom(sc, resp+1, sc.s.b)
	} else {
		// the roles stand between the persons and "respectively"
		for j := last.b; j < resp && titles == nil; j++ {
			if t, e := rolesFrom(sc, j, resp); len(t) > 0 && e == resp {
				titles, end = t, e
			}
		}
	}
	if len(titles) < 2 || len(titles) > len(persons) {
		return false
	}
	persons = persons[len(persons)-len(titles):]
	for k, p := range persons {
		if org := sc.roleOrg(end, titles[k]); org != nil {
			r.addRole(sc, p.g, org, titles[k])
		}
	}
	return true
}

// election reads the role and person around an election word at token i.
func (r *run) election(sc *sentCtx, i int) {
	// "За председател на УС беше избран X": the role before the verb, its
	// body's name in quotes in between ("За председател на Клъстер „X Y“
	// беше преизбран Z")
	for j := i - 1; j >= sc.s.a && j >= i-16; j-- {
		if sc.tok(j).low != "за" {
			continue
		}
		end, title := roleAfter(sc, j+1)
		if end < 0 || end > i {
			continue
		}
		p := sc.firstAfter(i+1, isPerson)
		if p == nil || p.a > i+4 {
			return
		}
		r.addRole(sc, p.g, sc.roleOrg(end, title), title)
		return
	}
	// the person: the subject before the verb ("X беше избран за ...",
	// "X was elected chair") or the object after it ("elected X as chair")
	var p *item
	if pb := sc.nearestBefore(i, func(*group) bool { return true }); pb != nil && isPerson(pb.g) && !pb.anaphor && i-pb.b <= 3 {
		p = pb
	} else if ps := appositionSubject(sc, i); ps != nil {
		p = ps // "X, CEO of Y, was re-elected President"
	} else if pa := sc.firstAfter(i+1, isPerson); pa != nil && pa.a <= i+4 {
		p = pa
	}
	if p == nil {
		return
	}
	from := i + 1
	if p.a > i {
		from = p.b
	}
	// the role follows, after the person's own apposition when there is one
	// ("X, chief executive of Y, as chair of the board")
	for j := from; j < sc.s.b && j < from+16; j++ {
		t := sc.tok(j)
		if t.low != "за" && t.low != "as" && !(j == i+1 && p.a < i) {
			if isPerson(groupAt(sc, j)) {
				return
			}
			continue
		}
		k := j
		if t.low == "за" || t.low == "as" {
			k++
		}
		if k < sc.s.b && postNoun(sc.tok(k).low) {
			k++ // "пое поста изпълнителен директор", "поста на председател"
			if k < sc.s.b && sc.tok(k).low == "на" {
				k++
			}
		}
		if end, title := roleAfter(sc, k); end > 0 {
			if org := sc.roleOrg(end, title); org != nil {
				r.addRole(sc, p.g, org, title)
			}
			return
		}
	}
}

// groupAt is the group of the item starting at token j; a zero group when
// none, so type tests on it are false.
func groupAt(sc *sentCtx, j int) *group {
	if it := sc.itemAt(j); it != nil {
		return it.g
	}
	return &group{}
}

// boardLineup reads "Управителният съвет е в състав: A (председател), B и
// C", "Членове на УС са A, B и C", "The board: A (chair), B and C": each
// person listed holds a role in the organisation the text is about, titled
// when a role stands in parentheses after the name.
func (r *run) boardLineup(sc *sentCtx) {
	i := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return t.low == "състав" || t.low == "съставът" || t.low == "станаха"
	})
	if i < 0 {
		return
	}
	head := false
	for j := sc.s.a; j < i; j++ {
		l := sc.tok(j).low
		if strings.HasPrefix(l, "управителн") || l == "управителен" || l == "ус" || strings.HasPrefix(l, "борд") || l == "board" {
			head = true
		}
	}
	if !head {
		return
	}
	org := sc.dc.topicOrg(i)
	if org == nil {
		return
	}
	if sc.tok(i).low == "станаха" {
		// "членове на УС станаха A и B": members of the board
		if sc.findTok(max(sc.s.a, i-4), i, func(t *token) bool { return hasPrefix(t, "член") }) < 0 {
			return
		}
	}
	first := sc.firstAfter(i+1, isPerson)
	if first == nil || first.a > i+3 {
		return
	}
	plain := "" // the title of one listed without a role of their own
	if sc.tok(i).low == "станаха" {
		plain = "член на ус"
	}
	for cur := first; cur != nil; {
		title := plain
		j := cur.b
		if j+1 < sc.s.b && sc.tok(j).is("(") {
			if end, t := roleAfter(sc, j+1); end > 0 && end < sc.s.b && sc.tok(end).is(")") {
				title, j = t, end+1
			}
		}
		r.addRole(sc, cur.g, org, title)
		if j+2 < sc.s.b && sc.tok(j).is("(") {
			// "Петя Славова (Клъстер „X“)": her own body in parentheses
			for j < sc.s.b && !sc.tok(j).is(")") {
				j++
			}
			j++
		}
		if j >= sc.s.b || !(sc.tok(j).is(",") || sc.tok(j).low == "и" || sc.tok(j).low == "and") {
			return
		}
		nx := sc.firstAfter(j+1, func(*group) bool { return true })
		if nx == nil || nx.a != j+1 || !isPerson(nx.g) {
			return
		}
		cur = nx
	}
}

// addRole adds HOLDS_ROLE unless the person already holds a role in the
// organisation: the reading next to the name is the more precise one, and
// a second title for the same pair is a second claim.
func (r *run) addRole(sc *sentCtx, p, org *group, title string) {
	if p == nil || org == nil {
		return
	}
	pf, of := p.final(), org.final()
	for _, k := range r.relOrder {
		if k.typ == kg.HoldsRole && k.from == pf && k.to == of {
			return
		}
	}
	r.addRel(sc.dc, sc.s, kg.HoldsRole, p, org, "title", title)
}

// institutionNouns are bare articled nouns that refer back to the one
// institution of that kind the text has named: "директор на гимназията",
// "ректорът на университета", "кметът на общината".
var institutionNouns = setOf("гимназията", "училището", "университета", "университетът", "института", "институтът",
	"общината", "агенцията", "министерството", "камарата", "палатата", "академията", "колежа", "дирекцията")

// orgByHead is the one organisation named before token i whose head noun
// has stem ("гимназия" of "Професионална гимназия по ..."), or nil when
// there is none or more than one.
func (dc *docCtx) orgByHead(stem string, i int) *group {
	var found *group
	for _, c := range dc.cands {
		if c.group == nil || c.a >= i || c.b > i {
			continue
		}
		g := c.group.final()
		if !orgLike(g.typ) || g.weak && !g.used {
			continue
		}
		// the name's head noun: its first word that is a head
		has := false
		for k := c.a; k < c.b && k < c.a+6; k++ {
			if _, ok := headAt(dc, k); ok {
				has = dc.toks[k].stem == stem
				break
			}
		}
		if !has {
			continue
		}
		if found != nil && found != g {
			return nil
		}
		found = g
	}
	return found
}

// mayorsBody is the municipality of the town in "кметът на Троян X",
// when the text names it ("Община Троян").
func (r *run) mayorsBody(sc *sentCtx, place *item) *group {
	town := sc.dc.text(place.a, place.b)
	for _, n := range []string{"Община " + town, "Municipality of " + town, town + " Municipality"} {
		if g := r.lookup(nameKey(n), kg.Organization); g != nil {
			return g
		}
	}
	return nil
}

// boardMembersAre reads "Членове на УС са A, B и C", "Членовете на
// Управителния съвет на X са A и B", "Members of the board are A and B":
// each person listed is a member of the board of the body named after the
// board, else of the body the text is about.
func (r *run) boardMembersAre(sc *sentCtx) {
	i := sc.s.a
	if l := sc.tok(i).low; l == "other" || l == "the" || l == "останалите" || l == "другите" {
		i++ // "Other Board members are", "Останалите членове на УС са"
	}
	if i+3 < sc.s.b && sc.tok(i).low == "board" && sc.tok(i+1).low == "members" {
		// "Board members are A and B": the English compound
		r.boardPersons(sc, i+2, sc.dc.topicOrg(i), "board member")
		return
	}
	if l := sc.tok(i).low; l != "членове" && l != "членовете" && l != "members" || i+3 >= sc.s.b {
		return
	}
	j := i + 1
	if l := sc.tok(j).low; l != "на" && l != "of" {
		return
	}
	j++
	if sc.tok(j).low == "the" {
		j++
	}
	title := ""
	switch {
	case sc.tok(j).text == "УС":
		title, j = "член на ус", j+1
	case (sc.tok(j).low == "управителния" || sc.tok(j).low == "управителният") && j+1 < sc.s.b && sc.tok(j+1).low == "съвет":
		title, j = "член на управителния съвет", j+2
	case sc.tok(j).low == "board":
		title, j = "board member", j+1
	default:
		return
	}
	org := sc.dc.topicOrg(j)
	if j+1 < sc.s.b && (sc.tok(j).low == "на" || sc.tok(j).low == "of") {
		o := sc.orgItemAt(j + 1)
		if o == nil {
			return
		}
		org, j = o.g, o.b
	}
	r.boardPersons(sc, j, org, title)
}

// boardPersons reads the persons listed after the copula at token j of a
// sentence naming board members ("са", "are", ":") as holding title in
// org. A person's own apposition may stand between two of them ("A,
// executive director of X, and B of Y"): the next person is the next one
// after a comma or "и"/"and", before any verb or clause break.
func (r *run) boardPersons(sc *sentCtx, j int, org *group, title string) {
	if org == nil || j >= sc.s.b {
		return
	}
	switch sc.tok(j).low {
	case "са", "бяха", "are", "were", ":":
	default:
		return
	}
	first := sc.firstAfter(j+1, func(*group) bool { return true })
	if first == nil || !isPerson(first.g) || first.a > j+2 {
		// a first name the recogniser did not read ("Ovidiu Stanciu,
		// executive director of X, and B of Y"): the list goes on from
		// the next person after a separator
		if first = nextListedPerson(sc, j+1); first == nil {
			return
		}
	}
	for cur := first; cur != nil; {
		r.addRole(sc, cur.g, org, title)
		cur = nextListedPerson(sc, cur.b)
	}
}

// nextListedPerson is the next person of a list of persons from token
// from, past what a person's apposition holds (a title, a body): the first
// person after a comma or "и"/"and", before a verb or clause break; nil
// when none.
func nextListedPerson(sc *sentCtx, from int) *item {
	for k := from; k < sc.s.b && k < from+14; k++ {
		t := sc.tok(k)
		if t.is(";") || t.is(".") || t.isWord() && (listBreakers[t.low] && t.low != "с" && t.low != "за" || clauseBreaks[t.low]) {
			return nil
		}
		it := sc.itemAt(k)
		if it == nil {
			continue
		}
		if isPerson(it.g) {
			if p := sc.tok(k - 1); k > sc.s.a && (p.is(",") || p.low == "и" || p.low == "and") {
				return it
			}
			return nil
		}
		k = it.b - 1
	}
	return nil
}

// boardIntro reports a sentence that announces a board listed line by line:
// "Общото събрание избра нов управителен съвет (УС) в състав:", "The new
// board:". It names the board and ends with a colon.
func boardIntro(sc *sentCtx) bool {
	if sc.s.b-sc.s.a < 2 || !sc.tok(sc.s.b-1).is(":") {
		return false
	}
	for _, it := range sc.items {
		if isPerson(it.g) {
			return false
		}
	}
	return sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return strings.HasPrefix(t.low, "управителн") || t.low == "управителен" || t.low == "ус" || strings.HasPrefix(t.low, "борд") || t.low == "board"
	}) >= 0
}

// boardLine reads one bulleted line of a board: "• X от Y – заместник-
// председател;", "• X („Y“ АД) – член на УС;", "• X – член на УС.": the
// person opening the line holds the title after the line's last dash in
// the body whose board it is (what lies between is the person's own body,
// read by the other rules).
func (r *run) boardLine(sc *sentCtx, org *group) {
	first := sc.firstAfter(sc.s.a, isPerson)
	if first == nil || first.a-sc.s.a > 4 || first.anaphor {
		return
	}
	d := -1
	for k := first.b; k < sc.s.b; k++ {
		if sc.tok(k).dash() {
			d = k
		}
	}
	if d < 0 || d+1 >= sc.s.b {
		return
	}
	end, title := roleAfter(sc, d+1)
	if end < 0 || title == "" {
		return
	}
	for end < sc.s.b && (sc.tok(end).is(";") || sc.tok(end).is(".") || sc.tok(end).is(",")) {
		end++
	}
	if end != sc.s.b {
		return // more after the title: not a board line
	}
	r.addRole(sc, first.g, org, title)
}
