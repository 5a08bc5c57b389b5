package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// roleForms maps written forms of role words (with article or not) to their
// dictionary form; roleHeadForms marks those that are role nouns.
var roleForms = map[string]string{}
var roleHeadForms = map[string]bool{}

func init() {
	nouns := []string{"председател", "заместник-председател", "зам.-председател", "зам-председател", "директор",
		"управител", "координатор", "мениджър", "секретар", "президент", "вицепрезидент", "основател", "съосновател",
		"ръководител", "собственик", "съдружник", "говорител", "министър", "заместник-министър", "кмет", "ректор",
		"декан", "член", "експерт", "консултант", "посланик", "комисар", "еврокомисар", "съветник", "представител",
		"прокурист", "шеф", "лидер", "зам.-министър", "заместник-кмет", "зам.-кмет", "преподавател", "технолог", "учен",
		"специалист", "служител", "изследовател", "директорка", "управителка", "председателка", "касиер", "началник", "асистент",
		"заместник-директор", "заместник-управител", "заместник-ректор", "заместник-декан"}
	for _, n := range nouns {
		for _, f := range []string{n, n + "ът", n + "ят", n + "а", n + "я"} {
			roleForms[f] = n
			roleHeadForms[f] = true
		}
		if strings.HasSuffix(n, "ка") {
			// the feminine article: "директорката"
			roleForms[n+"та"] = n
			roleHeadForms[n+"та"] = true
		}
	}
	// adjectives: base, feminine and articled masculine forms
	adjs := map[string][]string{
		"изпълнителен":  {"изпълнителният", "изпълнителния", "изпълнителна", "изпълнителната"},
		"главен":        {"главният", "главния", "главна", "главната"},
		"генерален":     {"генералният", "генералния", "генерална", "генералната"},
		"търговски":     {"търговският", "търговския"},
		"технически":    {"техническият", "техническия"},
		"финансов":      {"финансовият", "финансовия"},
		"клъстерен":     {"клъстерният", "клъстерния", "клъстерна"},
		"управляващ":    {"управляващият", "управляващия"},
		"областен":      {"областният", "областния"},
		"национален":    {"националният", "националния"},
		"регионален":    {"регионалният", "регионалния"},
		"почетен":       {"почетният", "почетния"},
		"научен":        {"научният", "научния", "научна", "научната"},
		"творчески":     {"творческият", "творческия"},
		"технологичен":  {"технологичният", "технологичния", "технологична"},
		"оперативен":    {"оперативният", "оперативния"},
		"производствен": {"производственият", "производствения", "производствена", "производствената"},
		"project":       {}, "research": {}, "scientific": {}, "technical": {}, "general": {},
		"ceo": {}, "chief": {}, "executive": {}, "managing": {}, "cluster": {}, "deputy": {}, "vice": {}, "sales": {}, "marketing": {}, "export": {}, "investment": {}, "production": {}, "programme": {}, "program": {},
	}
	for base, forms := range adjs {
		roleForms[base] = base
		for _, f := range forms {
			roleForms[f] = base
		}
	}
	for _, e := range []string{"ceo", "cto", "cfo", "chairman", "chair", "president", "director", "manager", "coordinator", "founder", "secretary", "head", "rector", "dean", "mayor", "minister", "expert", "researcher", "officer", "professor", "lecturer", "treasurer", "vice-chair", "vice-chairman", "vice-president", "chairperson", "chairwoman",
		// the offices the English texts name beside these
		"vice-rector", "vice-dean", "adviser", "advisor", "consultant", "analyst", "engineer"} {
		roleForms[e] = e
		roleHeadForms[e] = true
	}
	initPluralRoles()
}

// roleBefore reads a role phrase ending right before token end (exclusive)
// and returns its first token and title, e.g. "Председателят на УС" →
// "председател на ус", "изпълнителният директор" → "изпълнителен директор".
func roleBefore(sc *sentCtx, end int) (int, string) {
	j := end - 1
	// "на УС", "на управителния съвет", "на борда на директорите"
	suffix := ""
	if j-1 >= sc.s.a && sc.tok(j-1).low == "на" {
		t := sc.tok(j)
		switch {
		case t.text == "УС" || t.text == "УС." || t.low == "ус":
			suffix = " на ус"
			j -= 2
		case t.low == "борда" || t.low == "съвет" || t.low == "съвета":
			suffix = " на " + t.low
			j -= 2
		}
	}
	if j-1 >= sc.s.a && sc.tok(j-1).low == "на" && (sc.tok(j).low == "проекта" || sc.tok(j).low == "проект") {
		suffix = " на проекта" // "ръководителят на проекта", "координатор на проекта"
		j -= 2
	}
	if j-2 >= sc.s.a && sc.tok(j).low == "съвет" && sc.tok(j-1).low == "управителния" && sc.tok(j-2).low == "на" {
		suffix = " на управителния съвет" // as written: the gold keeps the text's words
		j -= 3
	}
	if j < sc.s.a || !roleHeadForms[sc.tok(j).low] {
		return -1, ""
	}
	words := []string{roleForms[sc.tok(j).low]}
	a := j
	for a-1 >= sc.s.a && len(words) < 3 {
		b, ok := roleForms[sc.tok(a-1).low]
		if !ok || roleHeadForms[sc.tok(a-1).low] || sc.dc.claimed[a-1] != nil {
			break // a word of a name ("Balkan Space Cluster CEO X") is not the title's
		}
		words = append([]string{b}, words...)
		a--
	}
	// "изп. директор", "гл. експерт": an abbreviated qualifier
	if a-2 >= sc.s.a && sc.tok(a-1).is(".") && abbrevRoles[sc.tok(a-2).low] != "" {
		words = append([]string{abbrevRoles[sc.tok(a-2).low]}, words...)
		a -= 2
	}
	// "зам.-кметът" split at its dot and hyphen: the deputy's title
	if a-3 >= sc.s.a && sc.tok(a-1).dash() && sc.tok(a-2).is(".") && sc.tok(a-3).low == "зам" {
		return a - 3, "зам.-" + strings.Join(words, " ") + suffix
	}
	return a, strings.Join(words, " ") + suffix
}

// roleAfter reads a role phrase starting at token i and returns its end and
// title: "председател на УС", "изпълнителен директор".
func roleAfter(sc *sentCtx, i int) (int, string) {
	var words []string
	j := i
	if j+2 < sc.s.b && abbrevRoles[sc.tok(j).low] != "" && sc.tok(j+1).is(".") {
		words = append(words, abbrevRoles[sc.tok(j).low]) // "изп. директор"
		j += 2
	}
	// "дългогодишен председател": a qualifier the role lists do not know
	for k := 0; k < 2 && j+1 < sc.s.b; k++ {
		t := sc.tok(j)
		if _, ok := roleForms[t.low]; ok || !t.isWord() || t.cap || t.stop && !newWords[t.low] || !adjLike(t.low) && !newWords[t.low] {
			break
		}
		if _, ok := roleForms[sc.tok(j+1).low]; !ok && k == 1 {
			break
		}
		j++
	}
	for j < sc.s.b && len(words) < 5 {
		t := sc.tok(j)
		b, ok := roleForms[t.low]
		if !ok {
			break
		}
		words = append(words, b)
		j++
		if roleHeadForms[t.low] {
			// "основател и председател на X"
			if j+1 < sc.s.b && sc.tok(j).low == "и" && roleHeadForms[sc.tok(j+1).low] {
				words = append(words, "и")
				j++
				continue
			}
			break
		}
	}
	// "Director General", "генерален директор" written after: "director general"
	general := false
	if len(words) > 0 && j+1 < sc.s.b && roleHeadForms[sc.tok(j-1).low] && sc.tok(j).low == "general" {
		words = append(words, "general")
		j++
		general = true
	}
	chiefExec := len(words) >= 2 && words[len(words)-2] == "chief" && words[len(words)-1] == "executive"
	if len(words) == 0 || !roleHeadForms[sc.tok(j-1).low] && !chiefExec && !general {
		return -1, ""
	}
	title := strings.Join(words, " ")
	// "chair of the board of X", "chairman of the managing board of X"
	if j+3 < sc.s.b && sc.tok(j).low == "of" && sc.tok(j+1).low == "the" {
		for k := j + 2; k+1 < sc.s.b && k <= j+4; k++ {
			if sc.tok(k).low == "board" && sc.tok(k+1).low == "of" {
				var mid []string
				for m := j + 2; m < k; m++ {
					mid = append(mid, sc.tok(m).low)
				}
				return k + 1, strings.Join(append(append([]string{title, "of the"}, mid...), "board"), " ")
			}
		}
	}
	if j < sc.s.b && sc.tok(j).low == "of" {
		return j, title
	}
	if j+1 < sc.s.b && sc.tok(j).low == "на" && (sc.tok(j+1).text == "УС" || sc.tok(j+1).low == "ус") {
		title += " на ус"
		j += 2
	} else if j+2 < sc.s.b && sc.tok(j).low == "на" && sc.tok(j+1).low == "управителния" && sc.tok(j+2).low == "съвет" {
		title += " на управителния съвет"
		j += 3
	}
	return j, title
}

// ministerOf reads a minister's title ending at token end whose field is
// written in lower case ("заместник-министъра на иновациите и растежа",
// "Minister of Agriculture") and returns the ministry of that field when
// the text names it ("Министерството на иновациите и растежа"): a minister
// is named by the field, not by the ministry.
func (r *run) ministerOf(sc *sentCtx, end int) (*group, string) {
	for na := end - 1; na > sc.s.a && na >= end-5; na-- {
		t := sc.tok(na)
		if t.low == "на" || t.low == "of" {
			if na == end {
				return nil, ""
			}
			a, title := roleBefore(sc, na)
			if a < 0 || !strings.Contains(title, "министър") && !strings.Contains(title, "minister") {
				return nil, ""
			}
			field := sc.dc.text(na+1, end+1)
			for _, n := range []string{"Министерство на " + field, "Ministry of " + field} {
				if g := r.lookup(nameKey(n), kg.Organization); g != nil {
					return g, title
				}
			}
			return nil, ""
		}
		if !t.isWord() || t.cap && !(t.latin && na == end) || sc.itemAt(na) != nil {
			return nil, ""
		}
	}
	return nil, ""
}

// newWords qualify a role just given ("За нов председател беше избран X",
// "the new chair"); they are stop words elsewhere.
var newWords = setOf("нов", "нова", "новия", "новият", "новата", "new")

// abbrevRoles are abbreviated qualifiers of a title, written with a dot.
var abbrevRoles = map[string]string{"изп": "изпълнителен", "гл": "главен", "ст": "старши", "търг": "търговски"}

// roleAfterPreps join a role to its organisation: "управител на X",
// "преподавател в X", "експерт от X", "CEO of X", "director at X".
var roleAfterPreps = setOf("на", "в", "във", "от", "of", "at", "from")

// clusterRoles are the titles a bare "председателят Иван Петров" gives in
// news of a cluster: the role is in the cluster the text is about.
var clusterRoles = setOf("председател", "председател на ус", "председател на управителния съвет", "заместник-председател",
	"управител", "изпълнителен директор", "член на ус", "член на управителния съвет", "chairman", "chair", "managing director", "executive director", "president", "cluster manager", "chairperson")

// copulas join a role to the person who holds it: "Председател на УС е X".
var copulas = setOf("е", "is", "бъде", "ще", "will", "be", "беше", "бе", "was", "бил", "била", "been", "has") // also "ще бъде X", "was X"

// becomes joins a new role to its holder: "Заместник-председател става X".
var becomes = setOf("става", "стана", "остава", "becomes", "became")

// roles finds HOLDS_ROLE: "Председателят на УС на АБК Венцислав Славков",
// "изпълнителният директор на АБК – г-н Светлин Рангелов", "Инж. Тодор
// Тонев, Председател на УС на ЧЕК", "Иван Петров (управител на X)", "X,
// преподавател в Y", "X, която е председател на клъстера", "Y, чийто
// управител X", "X, the cluster's managing director", "X от Y" (an
// affiliation without a title).
func (r *run) roles(sc *sentCtx) {
	r.pluralRoles(sc)
	for k := range sc.items {
		p := &sc.items[k]
		if p.g.typ != kg.Person {
			continue
		}
		if p.anaphor {
			// "Тя е изпълнителен директор на X": a subject pronoun for the
			// person the sentence before opened with
			if _, pron := subjectPronouns[sc.tok(p.a).low]; pron {
				r.roleAfterPerson(sc, p)
			}
			continue
		}
		before := r.roleBeforePerson(sc, p)
		// "Председател на УС е Георги Петров, собственик на X": both
		if r.roleAfterPerson(sc, p) || before || r.capacityRole(sc, p) {
			continue
		}
		r.affiliation(sc, p)
	}
}

// roleBeforePerson reads the role (and organisation) written before the
// person: "Председателят на УС на АБК X", "Y, чийто управител д-р X", "The
// cluster's project manager, X", "сегашния председател X".
func (r *run) roleBeforePerson(sc *sentCtx, p *item) bool {
	j := p.a - 1
	for j >= sc.s.a && (sc.tok(j).dash() || sc.tok(j).is(",") || sc.tok(j).is(".") || personTitles[sc.tok(j).low] || copulas[sc.tok(j).low]) {
		j--
	}
	// "Заместник-председател става г-жа X": only a board title of the
	// cluster (below) is read across "става"
	viaBecomes := false
	if j >= sc.s.a && becomes[sc.tok(j).low] {
		j--
		viaBecomes = true
	}
	// "заместник-кметът на Община X по туризъм и култура Y": the field of
	// the office between the body and the person
	if k := fieldBefore(sc, j); k >= 0 {
		if o := sc.nearestBefore(k+1, isOrg); o != nil && o.b == k+1 {
			j = k
		}
	}
	// "Председателят на УС на АБК X", "Учен от Института по рибни ресурси, д-р X"
	if j-2 > sc.s.a && sc.tok(j).is(")") && sc.tok(j-1).allCaps && sc.tok(j-2).is("(") {
		if o := sc.nearestBefore(j-2, isOrg); o != nil && o.b == j-2 {
			j -= 3 // "председателят на X (МКГ) Y": the acronym after the name
		} else if pl := sc.nearestBefore(j-2, isPlace); pl != nil && pl.b == j-2 && pl.a-2 > sc.s.a && sc.tok(pl.a-1).dash() {
			// "председателят на Клъстер „X“ – Габрово (КХГ) Y": the seat
			// after a dash, then the acronym
			if o := sc.nearestBefore(pl.a-1, isOrg); o != nil && o.b == pl.a-1 {
				j = pl.a - 2
			}
		}
	}
	if o := sc.nearestBefore(j+1, isOrg); o != nil && o.b == j+1 && o.a-1 >= sc.s.a && !viaBecomes {
		// "управителя на словенския клъстер Outdoor Slovenia X": up to two
		// lower-case words between the preposition and the name
		pa := o.a - 1
		if sc.tok(pa).low == "the" && pa > sc.s.a {
			pa-- // "The chairman of the X Association, Y"
		}
		if h, ok := headAt(sc.dc, pa); ok && orgLike(h.typ) && !sc.tok(pa).cap && pa > sc.s.a {
			pa-- // the kind of body before its name
		}
		if !roleAfterPreps[sc.tok(pa).low] && adjLike(sc.tok(pa).low) && !sc.tok(pa).cap && !sc.tok(pa).stop && pa > sc.s.a {
			pa-- // "словенския клъстер"
		}
		if roleAfterPreps[sc.tok(pa).low] {
			// (a title and body right before this name are its own, even
			// after another person: "A, председателят на X B")
			if a, title := roleBefore(sc, pa); a >= 0 && (!appositionOfPerson(sc, a) || personFollows(sc, o.b)) {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
				return true
			}
			// "Ръководителят на международните проекти в X д-р Y": what
			// the person heads between the title and the body
			if l := sc.tok(pa).low; l == "в" || l == "във" || l == "at" {
				if k := fieldStart(sc, pa); k > sc.s.a {
					if a, title := roleBefore(sc, k); a >= 0 && (!appositionOfPerson(sc, a) || personFollows(sc, o.b)) {
						r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title+" "+strings.ToLower(tokText(sc, k, pa)))
						return true
					}
				}
			}
		}
	}
	// "директорът на гимназията инж. X": a bare noun for the institution
	if j-1 > sc.s.a && institutionNouns[sc.tok(j).low] && sc.tok(j-1).low == "на" && sc.itemAt(j) == nil {
		if a, title := roleBefore(sc, j-1); a >= 0 {
			if o := sc.orgRefAt(j); o != nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
				return true
			}
		}
	}
	// "кметът на Троян Донка Михайлова": the town's municipality
	if pl := sc.nearestBefore(j+1, isPlace); pl != nil && pl.b == j+1 && pl.a-1 > sc.s.a && sc.tok(pl.a-1).low == "на" {
		if a, title := roleBefore(sc, pl.a-1); a >= 0 && strings.Contains(title, "кмет") {
			if o := r.mayorsBody(sc, pl); o != nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
				return true
			}
		}
	}
	// "заместник-министърът на енергетиката X": the ministry of that field
	if o, title := r.ministerOf(sc, j); o != nil {
		r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
		return true
	}
	a, title := roleBefore(sc, j+1)
	if a < 0 || viaBecomes && !clusterRoles[title] {
		return false
	}
	// "Председател на Y е X, а заместник-председател – Z": a second role
	// whose body the ellipsis leaves out is in the body of the clause before
	if o := elidedRoleBody(sc, a); o != nil && !publicOffice(title) {
		r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
		return true
	}
	// "Y, чийто управител X", "the cluster's project manager, X"
	if a-1 >= sc.s.a {
		w := sc.tok(a - 1).low
		if w == "чийто" || w == "чиято" || w == "whose" {
			if o := sc.nearestBefore(a-1, isOrg); o != nil && a-1-o.b <= 1 {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
				return true
			}
			// "X, the project's lead partner, whose director Y": the
			// antecedent before the apposition
			if o := appositionAntecedent(sc, a-1); o != nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
				return true
			}
		}
		if w == "its" {
			// "DRC was represented by its chairman X"
			o := sc.docOrg(a)
			if n := sc.nearestBefore(a-1, isOrg); n != nil {
				o = n.g
			}
			if o != nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
				return true
			}
		}
		if o := possessiveOrg(sc, a-1); o != nil {
			r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
			return true
		}
		// "BSBC director Maria Ivanova": an organisation named right before
		// an English title
		if o := sc.nearestBefore(a, isOrg); o != nil && o.b == a && sc.tok(a).latin && vouched(o) {
			r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
			return true
		}
	}
	// "сегашния председател X", "Председателят X": the cluster's officer,
	// unless another organisation is named in the sentence before or a
	// possessive points to another body ("Нейният председател X")
	// "Председател на УС е инж. X", "Заместник-председател става г-жа X"
	k := p.a - countTitles(sc, p.a)
	for k-1 > a && (copulas[sc.tok(k-1).low] || becomes[sc.tok(k-1).low]) {
		k--
	}
	// "Нейният председател X", "Негов председател е X": of the body the
	// sentence before is about (its subject)
	if (j+1 == p.a-countTitles(sc, p.a) || j+1 == k) && a > sc.s.a && possessivePronouns[sc.tok(a-1).low] && sc.nearestBefore(a, isOrg) == nil {
		if o := r.prevSubject(sc); o != nil {
			r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
			return true
		}
		return false
	}
	// "заместник-кметът X", "от ректора проф. Y": an office of a kind of
	// body, the one of that kind named before or the text's only one
	if j+1 == p.a-countTitles(sc, p.a) && !(a > sc.s.a && possessivePronouns[sc.tok(a-1).low]) {
		if o := r.officeBody(sc, a, title); o != nil {
			r.addRole(sc, p.g, o, title)
			return true
		}
		// "заводът на X, където управителят Y": the body the clause is of
		if o := whereBody(sc, a); o != nil {
			r.addRole(sc, p.g, o, title)
			return true
		}
	}
	if clusterRoles[title] && (j+1 == p.a-countTitles(sc, p.a) || j+1 == k) && orgOutsideSpeech(sc, a) == nil && !(a > sc.s.a && possessivePronouns[sc.tok(a-1).low]) {
		o := sc.dc.topicOrg(a)
		if j+1 != p.a-countTitles(sc, p.a) && a == sc.s.a {
			// "„Алфа“ ООД е основана през 2010 г. Управител е X": a role
			// opening the sentence is of the body the sentence before
			// opened with
			if ps := r.prevSubject(sc); ps != nil && ps != o {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, ps, "title", title)
				return true
			}
		}
		if o != nil {
			// the bare title is the vaguest reading: a role already read
			// for the pair ("• X – председател на УС") stands
			r.addRole(sc, p.g, o, title)
			if j+1 != p.a-countTitles(sc, p.a) {
				// "Член на УС е X от Y": X's own company after the name
				r.affiliation(sc, p)
			}
			return true
		}
	}
	return false
}

// fieldBefore finds "по <lower-case words>" ending at token j, the field of
// an office ("по дигитализация и иновации"), and returns the token before
// "по", or -1.
func fieldBefore(sc *sentCtx, j int) int {
	for k := j; k > sc.s.a && j-k < 5; k-- {
		t := sc.tok(k)
		if t.low == "по" {
			if k == j {
				return -1
			}
			return k - 1
		}
		if !t.isWord() || t.cap || t.digit {
			return -1
		}
	}
	return -1
}

// possessivePronouns point to a body named before: "Нейният председател X".
var possessivePronouns = setOf("нейният", "нейния", "неговият", "неговия", "техният", "техния", "неин", "негов", "техен", "her", "his", "their", "its")

// appositionOfPerson reports a role phrase starting at token a that
// describes the person named right before it ("A, председател на X, B,
// директор на Y"): the role is A's, not the next person's.
func appositionOfPerson(sc *sentCtx, a int) bool {
	if a-1 <= sc.s.a || !(sc.tok(a-1).is(",") || sc.tok(a-1).dash()) {
		return false
	}
	pv := sc.nearestBefore(a-1, func(*group) bool { return true })
	return pv != nil && pv.b == a-1 && isPerson(pv.g)
}

// prevSubject is the organisation that opens the sentence before (its
// subject), or nil.
func (r *run) prevSubject(sc *sentCtx) *group {
	si := sc.dc.sentOf[sc.s.a]
	if si == 0 {
		return nil
	}
	ps := sc.dc.sents[si-1]
	items := r.sentItems(sc.dc, ps)
	if len(items) == 0 {
		return nil
	}
	it := items[0]
	start := ps.a
	if start < ps.b && (sc.dc.toks[start].low == "the" || sc.dc.toks[start].quote()) {
		start++
	}
	if it.a > start || !orgLike(it.g.typ) {
		return nil
	}
	return it.g
}

// countTitles counts the personal titles right before token i ("д-р", "г-жа").
func countTitles(sc *sentCtx, i int) int {
	n := 0
	for j := i - 1; j >= sc.s.a && (personTitles[sc.tok(j).low] || sc.tok(j).is(".")); j-- {
		n++
	}
	return n
}

// possessiveOrg reads "the cluster's", "BWC's" ending at token i.
func possessiveOrg(sc *sentCtx, i int) *group {
	t := sc.tok(i)
	if !strings.HasSuffix(t.low, "'s") && !strings.HasSuffix(t.low, "’s") {
		return nil
	}
	if it := sc.itemAt(i); it != nil && isOrg(it.g) {
		if it.g.weak && !it.g.used {
			// "The DFC's chairman": the acronym of a body the text named,
			// read with its possessive ending as a name of its own
			word := strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")
			for _, c := range sc.dc.cands {
				if c.group == nil || c.a >= it.a {
					continue
				}
				if g := c.group.final(); isOrg(g) && !g.weak && g.acronym == word {
					return g
				}
			}
		}
		return it.g
	}
	base := strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")
	if base == "cluster" || base == "association" {
		return sc.docOrg(i)
	}
	return nil
}

// roleAfterPerson reads the role and organisation written after the
// person: "X, управител на Y", "X (CEO of Y)", "X – творчески директор на
// студио Y", "X, която е председател на клъстера", "X, the cluster's
// managing director".
func (r *run) roleAfterPerson(sc *sentCtx, p *item) bool {
	j := p.b
	for j < sc.s.b && (sc.tok(j).dash() || sc.tok(j).is(",") || sc.tok(j).is("(")) {
		j++
	}
	if j < sc.s.b && (sc.tok(j).low == "който" || sc.tok(j).low == "която" || sc.tok(j).low == "who") {
		j++
		// the verb "to be" in any tense: "която беше / ще бъде", "who was"
		if e := copulaAt(sc, j); e >= 0 {
			j = e
		} else {
			// "X, която ръководи асоциацията шест години и остава член на
			// УС": a second predicate of the clause gives a board seat
			r.clauseBoardRole(sc, p, j)
			return false
		}
		for j < sc.s.b && (sc.tok(j).low == "и" || sc.tok(j).low == "also") {
			j++
		}
	}
	// "X е / беше / ще бъде председател на Y", "X was the chairman of Y",
	// "X стана управител на Y", "X беше избран за председател на Y"
	pred := false
	if e := rolePredicate(sc, j); j == p.b && e >= 0 {
		j, pred = e, true
		if j+1 < sc.s.b && (sc.tok(j).low == "и" || sc.tok(j).low == "also") {
			j++ // "X е и собственик на Y"
		}
	} else if j == p.b {
		return false
	}
	// "X, the cluster's managing director"
	var poss *group
	if j < sc.s.b && sc.tok(j).low == "the" {
		j++
	}
	if j < sc.s.b {
		if poss = possessiveOrg(sc, j); poss != nil {
			j++
		}
	}
	end, title := roleAfter(sc, j)
	if end < 0 || pred && (title == "член" || title == "member") {
		// "X беше член на Камарата": a person's membership, no office
		return false
	}
	if poss != nil {
		r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, poss, "title", title)
		return true
	}
	// "head of research at X": the field after an English title
	if end+2 < sc.s.b && sc.tok(end).low == "of" {
		k := fieldEnd(sc, end+1, "at", "in")
		if k > end+1 && k < sc.s.b && (sc.tok(k).low == "at" || sc.tok(k).low == "in") {
			if o := sc.orgItemAt(k + 1); o != nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title+" of "+strings.ToLower(tokText(sc, end+1, k)))
				return true
			}
		}
	}
	// "експерт по регулаторни въпроси от X": a topic between role and
	// organisation
	if end+1 < sc.s.b && sc.tok(end).low == "по" {
		k := end + 1
		for k < sc.s.b && k < end+5 && sc.tok(k).isWord() && !sc.tok(k).cap && !roleAfterPreps[sc.tok(k).low] {
			k++
		}
		if k < sc.s.b && roleAfterPreps[sc.tok(k).low] {
			end = k
		}
	}
	// "ръководител на обученията в X", "началник на отдел в Y": what the
	// person heads, then the organisation
	if end+2 < sc.s.b && sc.tok(end).low == "на" && sc.itemAt(end+1) == nil {
		k := fieldEnd(sc, end+1, "в", "във")
		if k > end+1 && k+1 < sc.s.b && (sc.tok(k).low == "в" || sc.tok(k).low == "във") {
			if o := sc.orgItemAt(k + 1); o != nil && !o.anaphor {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title+" на "+strings.ToLower(tokText(sc, end+1, k)))
				return true
			}
			// "началник на отдел „X“ в главната дирекция": the body by its noun
			at := k + 1
			if at+1 < sc.s.b && sc.itemAt(at) == nil && !sc.tok(at).cap && adjLike(sc.tok(at).low) {
				at++
			}
			g := sc.orgRefAt(at)
			if h, ok := headAt(sc.dc, at); g == nil && ok && orgLike(h.typ) && at > k+1 && sc.itemAt(at) == nil {
				g = sc.dc.orgByHead(sc.tok(at).stem, at) // "главната дирекция"
			}
			if g != nil && sc.itemAt(at) == nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, g, "title", title+" на "+strings.ToLower(strings.TrimSpace(sc.dc.text(end+1, k))))
				return true
			}
		}
	}
	// "ръководител на проекта HY-DANUBE в Община Девня": the project the
	// person leads, then the organisation
	if end+3 < sc.s.b && sc.tok(end).low == "на" && (sc.tok(end+1).low == "проекта" || sc.tok(end+1).low == "проект") {
		k := end + 2
		if it := sc.itemAt(end + 1); it != nil && isProject(it.g) && it.b > k {
			k = it.b // "проекта HY-DANUBE" read as one name
		} else if it := sc.itemAt(k); it != nil && isProject(it.g) {
			k = it.b
		}
		if k+1 < sc.s.b && (sc.tok(k).low == "в" || sc.tok(k).low == "във" || sc.tok(k).low == "от") {
			if o := sc.orgItemAt(k + 1); o != nil && !o.anaphor {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title+" на проекта")
				return true
			}
		}
	}
	if end >= sc.s.b || !roleAfterPreps[sc.tok(end).low] {
		return false
	}
	var og *group
	oEnd := -1
	if end+4 < sc.s.b && (sc.tok(end).low == "of" || sc.tok(end).low == "at") && sc.tok(end+2).is("-") && sc.tok(end+3).low == "based" {
		end += 3 // "CEO of Istanbul-based X": the seat before the body
	}
	if o := sc.orgItemAt(end + 1); o != nil {
		og, oEnd = o.g, o.b
	} else if g, e := r.acronymAt(sc, end+1); g != nil {
		// "Chairman of the Board of LDLC": the acronym sits inside a
		// capitalised phrase the recogniser read as one weak name
		og, oEnd = g, e
	} else if sc.tok(end).low == "на" || sc.tok(end).low == "of" {
		if g := sc.orgRefAt(end + 1); g != nil && (end+1 >= sc.s.b || sc.itemAt(end+1) == nil) {
			// "председател на клъстера" written without an item
			if personFollows(sc, end+2) {
				return false // "A, ректорът на университета проф. B": B's title
			}
			r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, g, "title", title)
			return true
		}
	}
	if og != nil && personFollows(sc, oEnd) {
		return false // "A, кметът на Община X B": the title of the name after it
	}
	if og != nil {
		if parent, e := unitParent(sc, og, oEnd); parent != nil {
			og, oEnd = parent, e // "декан на Стопанския факултет на ВТУ": a post in the university
		}
	}
	if og == nil && (strings.Contains(title, "кмет") || strings.Contains(title, "mayor")) {
		// "X, Mayor of Stara Zagora", "X, кмет на Габрово": the town's
		// municipality, when the text names it
		if pl := sc.itemAt(end + 1); pl != nil && isPlace(pl.g) {
			if o := r.mayorsBody(sc, pl); o != nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o, "title", title)
				return true
			}
		}
	}
	if og == nil {
		return false
	}
	r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, og, "title", title)
	// "управител на X и член на УС на Y", "председател на УС на X и
	// преподавател в Y", "Chairman of the Board of X and professor at Y"
	if oEnd < sc.s.b && (sc.tok(oEnd).low == "и" || sc.tok(oEnd).low == "and") {
		if end2, title2 := roleAfter(sc, oEnd+1); end2 > 0 && end2 < sc.s.b && roleAfterPreps[sc.tok(end2).low] {
			if o2 := sc.orgItemAt(end2 + 1); o2 != nil {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o2.g, "title", title2)
			}
		}
	}
	return true
}

// tokText joins the words of tokens [a, b).
func tokText(sc *sentCtx, a, b int) string {
	var ws []string
	for k := a; k < b; k++ {
		ws = append(ws, sc.tok(k).text)
	}
	return strings.Join(ws, " ")
}

// acronymAt resolves an all-capitals word at token i (after an optional
// "the") that the recogniser left inside a longer capitalised phrase to the
// organisation it abbreviates, with the end of the word.
func (r *run) acronymAt(sc *sentCtx, i int) (*group, int) {
	if i < sc.s.b && sc.tok(i).low == "the" {
		i++
	}
	if i >= sc.s.b || !sc.tok(i).allCaps {
		return nil, -1
	}
	if c := sc.dc.claimed[i]; c != nil && c.a == i && c.b == i+1 {
		return nil, -1 // a mention of its own: the item readers handle it
	}
	g := r.lookup(nameKey(sc.tok(i).text), kg.Organization)
	if g == nil || !orgLike(g.typ) || g.weak {
		return nil, -1
	}
	return g, i + 1
}

// affiliation reads "X от Y", "X (Y)", "X of Y" right after a person: an
// affiliation, titled when a role word stands right before the person
// ("Технологът X от мандра Y").
func (r *run) affiliation(sc *sentCtx, p *item) {
	j := p.b
	if j+1 >= sc.s.b {
		return
	}
	w := sc.tok(j).low
	if w == "(" {
		// "Ivan Petrov (CEO, Alfa Ltd)", "Иван Петров (управител, Алфа ООД)"
		if end, title := roleAfter(sc, j+1); end > 0 && end+1 < sc.s.b && sc.tok(end).is(",") {
			if o := sc.orgItemAt(end + 1); o != nil && o.b < sc.s.b && sc.tok(o.b).is(")") && !o.anaphor {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
				return
			}
		}
		// "Иван Петров (Алфа ООД)", "Ivan Petrov (Alfa Ltd)"
		if o := sc.orgItemAt(j + 1); o != nil && o.b < sc.s.b && sc.tok(o.b).is(")") && !o.anaphor {
			title := academicRank(sc, p)
			if a, t := roleBefore(sc, p.a-countTitles(sc, p.a)); a >= 0 {
				title = t // "Project manager X (Municipality of Y)"
			}
			r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
		}
		return
	}
	if w == "," {
		// "гл. ас. X, УАСГ, която изложи данните": the body alone in an
		// apposition, then a relative clause about the person
		if o := sc.orgItemAt(j + 1); o != nil && !o.anaphor && o.b+1 < sc.s.b && sc.tok(o.b).is(",") {
			if l := sc.tok(o.b + 1).low; l == "който" || l == "която" || l == "who" {
				r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", academicRank(sc, p))
			}
		}
		return
	}
	if w != "от" && w != "from" && w != "of" {
		return
	}
	o := sc.orgItemAt(j + 1)
	if o == nil {
		// "от германската асоциация X": up to two lower-case words first
		if k := j + 2; k+1 < sc.s.b && sc.tok(j+1).isWord() && !sc.tok(j+1).cap && !sc.tok(j+1).stop {
			o = sc.orgItemAt(k)
		}
	}
	if o == nil {
		return
	}
	title := ""
	if a, t := roleBefore(sc, p.a-countTitles(sc, p.a)); a >= 0 {
		title = t
	} else if t := appositionRole(sc, o.b); t != "" {
		title = t // "проф. X от BOKU, ръководител на проекта,"
	} else {
		title = academicRank(sc, p) // "доц. X от Аграрния университет"
	}
	r.addRel(sc.dc, sc.s, kg.HoldsRole, p.g, o.g, "title", title)
}

// clauseBoardRole reads a board title given by a later predicate of the
// relative clause of person p starting at token j: "..., която ръководи
// асоциацията ... и остава член на УС". The board is the text's body's.
func (r *run) clauseBoardRole(sc *sentCtx, p *item, j int) {
	for k := j; k+2 < sc.s.b && k < j+16; k++ {
		t := sc.tok(k)
		if t.is(".") || t.is(";") || t.is(",") || sc.itemAt(k) != nil && isPerson(sc.itemAt(k).g) {
			return
		}
		if t.low != "и" || !becomes[sc.tok(k+1).low] && sc.tok(k+1).low != "е" {
			continue
		}
		end, title := roleAfter(sc, k+2)
		if end < 0 || !boardTitles[title] || end < sc.s.b && (sc.tok(end).low == "на" || sc.tok(end).low == "of") {
			return
		}
		if org := sc.dc.topicOrg(end); org != nil {
			r.addRole(sc, p.g, org, title)
		}
		return
	}
}

// appositionRole is the title of a role written after a person's
// organisation, ending at token i: ", ръководител на проекта,", ", the
// project coordinator." — a role of no other body (nothing but the project
// or the board follows it), else "".
func appositionRole(sc *sentCtx, i int) string {
	if i+1 >= sc.s.b || !sc.tok(i).is(",") {
		return ""
	}
	j := i + 1
	if sc.tok(j).low == "the" {
		j++
	}
	end, title := roleAfter(sc, j)
	if end < 0 {
		return ""
	}
	if end+1 < sc.s.b && (sc.tok(end).low == "на" || sc.tok(end).low == "of") && (sc.tok(end+1).low == "проекта" || sc.tok(end+1).low == "project") {
		title += " на проекта"
		if sc.tok(end).low == "of" {
			title = strings.TrimSuffix(title, " на проекта") + " of the project"
		}
		end += 2
	}
	if end < sc.s.b && !(sc.tok(end).is(",") || sc.tok(end).is(".") || sc.tok(end).is(";") || sc.tok(end).dash()) {
		return ""
	}
	return title
}

// membership finds MEMBER_OF: "X е член на Y", "X, член на Y", "членовете
// на Y – X и Z", "членове на Y са 14 фирми, сред които A и B", "към Y се
// присъединиха A, B и C", "X joined Y", "Y has 41 members, including A".
// Membership of a project is a partnership.
func (r *run) membership(sc *sentCtx) {
	// "X обединява 45 компании, сред които A, B и C"; when X is a project
	// or consortium ("Проектът обединява 9 партньори: A, B") they are its
	// partners
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		// any tense: "обединява", "обединяваше", "обедини", "brought together"
		if !hasPrefix(t, "обединява", "обединяващ", "включва", "обхваща", "групира", "brings", "includes", "unites", "groups") &&
			t.low != "обедини" && t.low != "включваше" && !(t.low == "brought" && i+1 < sc.s.b && sc.tok(i+1).low == "together") {
			continue
		}
		subj := sc.nearestBefore(i, func(g *group) bool { return isOrg(g) || isProject(g) })
		if s0 := r.secondPredicateSubject(sc, i, func(g *group) bool { return isOrg(g) || isProject(g) }); s0 != nil {
			subj = s0 // "X is coordinated by Y and brings together ...": X's
		}
		var proj *group
		if k := sc.findTok(max(sc.s.a, i-3), i, func(t *token) bool { return hasPrefix(t, "консорциум", "consortium") }); k >= 0 {
			proj = sc.recentProject(3)
			if subj != nil && isProject(subj.g) {
				proj = subj.g
			}
		} else if subj != nil && isProject(subj.g) && !r.verbBetween(sc, subj.b, i) {
			proj = subj.g
		}
		k := sc.findTok(i+1, sc.s.b, func(t *token) bool {
			return t.low == "които" || t.is(":") || t.low == "като" || t.low == "including" || t.low == "such"
		})
		if subj == nil || isOrg(subj.g) && r.verbBetween(sc, subj.b, i) {
			// "Клъстерът „X“, който обединява ...": the antecedent
			if rel := relativeSubject(sc, i); rel != nil && isOrg(rel.g) {
				subj = rel
			}
		}
		if subj == nil {
			subj = sc.zeroSubject(i, isOrg)
		}
		if k < 0 && proj != nil {
			// "Проектът обединява 9 партньори. Сред тях са A и B."
			sc.partnersOf = proj
		}
		if k < 0 && proj == nil {
			// "X обединява 46 стопанства, две кооперации и фирмата Y",
			// "Клъстерът, учреден през 2021 г., обединява ..."
			sub := r.subjectBefore(sc, i, isOrg)
			if rel := relativeSubject(sc, i); rel != nil && isOrg(rel.g) {
				sub = rel
			}
			if sub == nil {
				sub = sc.zeroSubject(i, isOrg)
			}
			if sub != nil {
				for _, m := range sc.listAfter(i+1, 14, func(g *group) bool { return isOrg(g) && g != sub.g }) {
					r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, sub.g, "", "")
				}
			}
			continue
		}
		if k < 0 || proj == nil && (subj == nil || !isOrg(subj.g)) {
			continue
		}
		for n := range sc.items {
			it := &sc.items[n]
			if it.a <= k || !isOrg(it.g) || it.anaphor {
				continue
			}
			if p := sc.tok(it.a - 1).low; p == "при" || p == "към" || p == "на" || p == "of" {
				continue // "Институтът ... при БАН": BAN is not listed, it owns the institute
			}
			if proj != nil {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, it.g, proj, "role", "partner")
				r.basedInAfter(sc, it)
			} else {
				r.addRel(sc.dc, sc.s, kg.MemberOf, it.g, subj.g, "", "")
			}
		}
	}
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		switch {
		case hasPrefix(t, "присъедин") || t.low == "joined" || t.low == "joins" || t.low == "join":
			r.joining(sc, i)
			continue
		case hasPrefix(t, "членува"):
			r.memberOfVerb(sc, i)
			continue
		case hasPrefix(t, "учредител", "съучредител", "основател", "съосновател"):
			// an organisation that founded a cluster is its member ("ТУ –
			// Габрово е негов учредител"); people get a role instead
		case !hasPrefix(t, "член", "member") || hasPrefix(t, "членск", "членув", "членств", "membership"):
			continue
		}
		if i+2 < sc.s.b && (sc.tok(i+1).low == "на" || sc.tok(i+1).low == "of") && (sc.tok(i+2).text == "УС" || sc.tok(i+2).low == "управителния" || sc.tok(i+2).low == "борда" || sc.tok(i+2).low == "съвета" || sc.tok(i+2).text == "КС" || sc.tok(i+2).low == "the" && i+3 < sc.s.b && sc.tok(i+3).low == "board") {
			continue // "член на УС" is a role (HOLDS_ROLE), not membership
		}
		if n := i + 1; t.low == "member" && n < sc.s.b && sc.tok(n).latin && sc.tok(n).isWord() && !sc.tok(n).cap && sc.tok(n).low != "of" && sc.tok(n).low != "and" {
			continue // "an information day for member companies": a modifier, no membership
		}
		// "X прие за нови членове A и B", "X има нов член – A", "X
		// welcomed two new members, A and B": the members come after
		// "X прие за членове три нови организации: A, B и C": taken in as
		// members, "нови" or not
		admittedAs := i-2 >= sc.s.a && (sc.tok(i-1).low == "за" || sc.tok(i-1).low == "as") && hasPrefix(sc.tok(i-2), "прие", "admitted", "accepted", "welcomed")
		if i > sc.s.a && (hasPrefix(sc.tok(i-1), "нов") || sc.tok(i-1).low == "new" || admittedAs) && !(i+1 < sc.s.b && (sc.tok(i+1).low == "на" || sc.tok(i+1).low == "of")) {
			if r.newMembers(sc, i) {
				continue
			}
		}
		plural := strings.HasPrefix(t.low, "членове") || strings.HasPrefix(t.low, "членив") || strings.HasPrefix(t.low, "членки") || t.low == "members" ||
			hasPrefix(t, "учредители", "основатели", "съучредители")
		if plural {
			r.memberList(sc, i)
			continue
		}
		founder := hasPrefix(t, "учредител", "съучредител", "основател", "съосновател")
		if t.low != "член" && t.low != "member" && !founder {
			continue
		}
		// "ТУ – Габрово е негов учредител"
		if founder && i > sc.s.a && (sc.tok(i-1).low == "негов" || sc.tok(i-1).low == "неин") {
			if x := r.subjectBefore(sc, i-1, isOrg); x != nil && vouched(x) {
				if y := sc.docOrg(i); y != nil {
					r.addRel(sc.dc, sc.s, kg.MemberOf, x.g, y, "", "")
				}
			}
			continue
		}
		// "Y, чийто член е X": the member comes after
		if i > sc.s.a && (sc.tok(i-1).low == "чийто" || sc.tok(i-1).low == "whose") {
			y := sc.nearestBefore(i-1, isOrg)
			if k := i + 1; y != nil && k < sc.s.b && (sc.tok(k).low == "е" || sc.tok(k).low == "is") {
				if x := sc.orgRefAt(k + 1); x != nil {
					r.addRel(sc.dc, sc.s, kg.MemberOf, x, y.g, "", "")
				}
			}
			continue
		}
		x := r.roleSubject(sc, i)
		var xg *group
		if x != nil {
			xg = x.g
		}
		// the organisation after "член (и) на": adjacent, or the first one
		// further on
		at := i + 1
		if at < sc.s.b && (sc.tok(at).low == "и" || sc.tok(at).low == "also") {
			at++
		}
		var y *item
		if at+1 < sc.s.b && (sc.tok(at).low == "на" || sc.tok(at).low == "of") {
			at++
			if sc.tok(at).low == "the" {
				at++
			}
			y = sc.itemAt(at)
			if y != nil && !isOrg(y.g) && !isProject(y.g) {
				y = nil
			}
		}
		if y == nil {
			y = sc.firstAfter(i+1, func(g *group) bool { return isOrg(g) || isProject(g) })
			if y != nil && sc.findTok(i+1, y.a, func(t *token) bool { return t.is(",") || t.is(";") || t.isWord() && clauseBreaks[t.low] }) >= 0 {
				y = nil // "X е член на Камарата, а Y – на Съюза": not past the clause
			}
		}
		if x == nil && i+2 < sc.s.b && sc.tok(i+1).low == "на" && (y == nil || y.a != i+2) && sc.itemAt(i+2) == nil {
			// "член на клъстера стана и сиренарската фирма X": the bare noun
			if yg := sc.orgRefAt(i + 2); yg != nil {
				k := i + 3
				for k < sc.s.b && (sc.tok(k).low == "е" || sc.tok(k).low == "стана" || sc.tok(k).low == "станаха" || sc.tok(k).low == "са" || sc.tok(k).low == "и") {
					k++
				}
				if k > i+3 {
					for _, m := range sc.listAfter(k, 4, func(g *group) bool { return isOrg(g) && g != yg }) {
						r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, yg, "", "")
					}
					continue
				}
			}
		}
		if x == nil && y != nil && y.a == i+2 && sc.tok(i+1).low == "на" {
			// "Член на клъстера е и X"
			k := y.b
			for k < sc.s.b && (sc.tok(k).low == "е" || sc.tok(k).low == "стана" || sc.tok(k).low == "и") {
				k++
			}
			if k > y.b {
				if m := sc.firstAfter(k, func(*group) bool { return true }); m != nil && m.a == k && isOrg(m.g) && isOrg(y.g) {
					r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y.g, "", "")
				} else if isOrg(y.g) {
					// "член на клъстера стана и сиренарската фирма X"
					for _, m := range sc.listAfter(k, 4, func(g *group) bool { return isOrg(g) && g != y.g }) {
						r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y.g, "", "")
					}
				}
				continue
			}
		}
		if x == nil {
			// "It is a member of", "Той е член на": the organisation the
			// document is about
			xg = nil
			if w := sc.tok(sc.s.a).low; i-sc.s.a <= 6 && (w == "it" || w == "той" || w == "то" || w == "тя") {
				// (not a pronoun for the person the sentence before
				// opened with: "Мария Колева ... . Тя е член на ...")
				if p := sc.itemAt(sc.s.a); p == nil || !isPerson(p.g) {
					xg = sc.docOrg(i)
				}
			} else if w == "the" && sc.s.a+2 < sc.s.b && sc.tok(sc.s.a+1).low == "cluster" && sc.tok(sc.s.a+2).is(",") && copulaBefore(sc, i) > 0 {
				// "The cluster, which brings together ..., is a member of"
				xg = sc.docOrg(i)
			} else if k := sc.findTok(max(sc.s.a, i-5), i, func(t *token) bool { return t.low == "cluster" }); k > sc.s.a && sc.tok(k-1).low == "the" &&
				sc.findTok(k+1, i, func(t *token) bool {
					return !(t.low == "has" || t.low == "have" || t.low == "become" || t.low == "is" || t.low == "also" || t.low == "a" || t.low == "itself")
				}) < 0 {
				// "the cluster has become a member of", "the cluster itself is a member of"
				xg = sc.docOrg(i)
			}
		}
		if xg == nil || y == nil {
			continue
		}
		if isProject(y.g) {
			r.addRel(sc.dc, sc.s, kg.PartnerIn, xg, y.g, "role", "partner")
			continue
		}
		for _, m := range sc.orgChainOf(y) {
			r.addRel(sc.dc, sc.s, kg.MemberOf, xg, m, "", "")
		}
	}
}

// orgChainOf returns y's organisation and those joined to it by "и на" /
// "and of" / ", както и на": "член на A и на B".
func (sc *sentCtx) orgChainOf(y *item) []*group {
	out := []*group{y.g}
	for cur := y; ; {
		j := cur.b
		for j < sc.s.b && (sc.tok(j).is(",") || sc.tok(j).is("(") || sc.tok(j).is(")") || sc.tok(j).allCaps) {
			j++ // "(BGDA)"
		}
		// "член на A от 2021 г. и на B", "член на A, а чрез нея – и на B"
		for k := 0; k < 6 && j < sc.s.b && sc.itemAt(j) == nil && chainFiller(sc.tok(j)); k++ {
			j++
		}
		if j+1 >= sc.s.b || !(sc.tok(j).low == "и" || sc.tok(j).low == "and") {
			return out
		}
		j++
		if sc.tok(j).low == "на" || sc.tok(j).low == "of" {
			j++
		} else {
			return out
		}
		for j < sc.s.b && (sc.tok(j).low == "the" || !sc.tok(j).cap && sc.tok(j).isWord() && sc.itemAt(j) == nil && adjLike(sc.tok(j).low) && j-cur.b < 6) {
			j++ // "и на европейската мрежа X"
		}
		nx := sc.itemAt(j)
		if nx == nil || !isOrg(nx.g) {
			return out
		}
		out = append(out, nx.g)
		cur = nx
	}
}

// chainFiller is what may stand between two bodies of one membership
// chain: a time phrase ("от 2021 г."), "а чрез нея –".
func chainFiller(t *token) bool {
	return t.digit || t.dash() || t.is(",") || t.is(".") || t.low == "от" || t.low == "г" || t.low == "година" || t.low == "since" ||
		t.low == "а" || t.low == "чрез" || t.low == "нея" || t.low == "него" || t.low == "through" || t.low == "it"
}

// memberList reads a list of members after a plural member noun at token
// i: "членовете на Y са A и B", "Сред членовете му са A", "членове на Y са
// 14 фирми, сред които A", "фирмите членки A и B", "Y has 41 members,
// including A".
func (r *run) memberList(sc *sentCtx, i int) {
	var y *group
	yEnd := i + 1
	if i+1 < sc.s.b {
		switch w := sc.tok(i + 1).low; w {
		case "на", "of":
			at := i + 2
			if at < sc.s.b && sc.tok(at).low == "the" {
				at++
			}
			y = sc.orgRefAt(at)
			yEnd = at + 1
			if it := sc.itemAt(at); it != nil {
				yEnd = it.b
			}
		case "му", "ѝ", "й":
			y, yEnd = sc.docOrg(i), i+2
		}
	}
	if y == nil && i > sc.s.a && (sc.tok(i-1).low == "its" || sc.tok(i-1).low == "нашите") {
		y = sc.docOrg(i)
	}
	// "BFPC members A (Smolyan), B from Haskovo and the start-up C":
	// companies right after "<body> members" are the members named
	direct := false
	if y == nil && sc.tok(i).low == "members" {
		if o := sc.nearestBefore(i, isOrg); o != nil && o.b == i && !o.anaphor && vouched(o) && (o.g.typ == kg.Cluster || o.g.typ == kg.Association) {
			y, yEnd, direct = o.g, i+1, true
		}
	}
	if y == nil && i-2 >= sc.s.a && sc.tok(i-1).digit {
		// "the cluster's 37 members, among them A and B"
		y = possessiveOrg(sc, i-2)
	}
	if y == nil && i-1 >= sc.s.a && sc.tok(i).low == "members" {
		// "The cluster's members include A and B"
		y = possessiveOrg(sc, i-1)
	}
	if y == nil && i > sc.s.a && pluralOrgNouns[sc.tok(i-1).low] && sc.tok(i-1).low != "членове" && i+1 < sc.s.b && (sc.tok(i+1).dash() || sc.tok(i+1).is(":")) {
		// "трите фирми членове – A, B и C": the members of the body the
		// text is about
		if list := sc.listAfter(i+2, 3, isOrg); len(list) > 0 {
			if y = sc.dc.topicOrg(i); y != nil {
				for n, m := range list {
					if n > 0 && sc.findTok(list[n-1].b, m.a, func(t *token) bool { return t.low == "както" || t.low == "well" }) >= 0 {
						break // "..., както и Аграрният университет": no longer the members
					}
					if m.g != y {
						r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
					}
				}
			}
			return
		}
	}
	if y == nil && sc.tok(i).low == "members" && i-4 >= sc.s.a && sc.tok(i-1).low == "cluster" && sc.tok(i-2).low == "the" && sc.tok(i-3).low == "of" && sc.tok(i-4).low == "one" {
		// "Elprom Robotics Ltd., one of the cluster members": the
		// organisation before the apposition
		c := i - 5
		for c > sc.s.a && (sc.tok(c).is(",") || sc.tok(c).is(".")) {
			c--
		}
		if o := sc.nearestBefore(c+1, isOrg); o != nil && o.b == c+1 && !o.anaphor {
			if y = sc.dc.topicOrg(i); y != nil && y != o.g {
				r.addRel(sc.dc, sc.s, kg.MemberOf, o.g, y, "", "")
			}
		}
		return
	}
	if y == nil && i-1 == sc.s.a && sc.tok(i-1).low == "new" && sc.tok(i).low == "members" {
		// "New members Alfa Ltd and Beta Ltd were welcomed"
		if list := sc.listAfter(i+1, 3, isOrg); len(list) > 0 {
			if y = sc.docOrg(i); y != nil {
				for _, m := range list {
					if m.g != y {
						r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
					}
				}
			}
			return
		}
	}
	if y == nil && i-2 > sc.s.a && sc.tok(i-1).low == "new" && sc.tok(i-2).low == "as" {
		// "The assembly admitted A and B as new members": the list before
		if list := sc.listEndingAt(i-2, isOrg); len(list) > 0 {
			y = sc.docOrg(i)
			if o := sc.nearestBefore(list[0].a, isOrg); o != nil {
				y = o.g
			}
			for _, m := range list {
				if y != nil && m.g != y {
					r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
				}
			}
			return
		}
	}
	if y == nil && i == sc.s.a && sc.tok(i).low == "members" && i+1 < sc.s.b && (sc.tok(i+1).low == "include" || sc.tok(i+1).low == "also") {
		// "Members also include A and B": of the body the text is about
		y = sc.docOrg(i)
	}
	if y == nil {
		// "Y has 41 members", "Y има 38 членове", "фирмите членки"
		for j := i - 1; j >= sc.s.a && j >= i-4; j-- {
			w := sc.tok(j).low
			if w == "has" || w == "have" || w == "има" || w == "наброява" || w == "обединява" {
				if o := sc.nearestBefore(j, isOrg); o != nil && !r.verbBetween(sc, o.b, j) {
					y = o.g
				} else {
					y = sc.docOrg(i)
				}
				break
			}
		}
		if y == nil && strings.HasPrefix(sc.tok(i).low, "членки") {
			y = sc.docOrg(i)
		}
	}
	// "УС на X прие за членове A, B и C", "admitted as members A and B"
	if y == nil && i > sc.s.a && (sc.tok(i-1).low == "за" || sc.tok(i-1).low == "като" || sc.tok(i-1).low == "as") {
		if list := sc.listAfter(i+1, 3, isOrg); len(list) > 0 {
			y = sc.docOrg(i)
			if o := sc.nearestBefore(i, isOrg); o != nil {
				y = o.g
			}
			for _, m := range list {
				if m.g != y && y != nil {
					r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
				}
			}
			return
		}
	}
	if y == nil {
		// "в AICB са влезли 12 нови членове, между които A и B": the
		// organisation the members entered, when a list follows
		if k := sc.findTok(i+1, min(sc.s.b, i+4), func(t *token) bool { return t.low == "които" || t.low == "including" }); k >= 0 {
			for j := i - 1; j > sc.s.a && j >= i-10; j-- {
				if w := sc.tok(j - 1).low; w == "в" || w == "във" || w == "към" || w == "to" {
					if it := sc.itemAt(j); it != nil && isOrg(it.g) {
						y = it.g
						break
					}
				}
			}
		}
	}
	if y == nil {
		// the body elided: "..., като сред новоприетите членове са A и B",
		// "Its new members include A", "Новите членове са A и B": the one
		// the text speaks of
		if memberNounOpens(sc, i) {
			y = sc.docOrg(i)
		}
	}
	if y == nil {
		return
	}
	sc.membersOf = y
	// the introducer of the list: "са", "–", ":", "сред които", "including"
	var list []*item
	for j := yEnd; j < sc.s.b && j < yEnd+12 && list == nil; j++ {
		w := sc.tok(j)
		if direct && j == yEnd {
			if l := sc.listAfter(j, 4, func(g *group) bool { return g.typ == kg.Organization && g != y }); len(l) > 0 && l[0].a <= j+1 {
				list = l
				break
			}
		}
		// the verb "to be" in the plural, in any tense: "са", "бяха", "ще
		// бъдат", "were", "will be"
		pl := copulaAt(sc, j)
		if l := w.low; l == "е" || l == "is" || l == "бе" || l == "беше" || l == "was" {
			pl = -1
		}
		intro := j == yEnd && (w.dash() || w.is(":") || pl >= 0 || w.low == "include" || w.low == "including") ||
			j == i+1 && strings.HasPrefix(sc.tok(i).low, "членки") ||
			w.low == "които" && j > sc.s.a && (sc.tok(j-1).low == "сред" || sc.tok(j-1).low == "между" || sc.tok(j-1).low == "измежду") ||
			w.low == "including" || w.low == "include" || w.low == "among" || w.is(":") || w.low == "включително" ||
			w.low == "as" && j > sc.s.a && sc.tok(j-1).low == "such" || w.low == "like" ||
			(w.low == "е" || w.low == "is") && j == yEnd && i-2 >= sc.s.a && (sc.tok(i-2).low == "сред" || sc.tok(i-2).low == "among" || sc.tok(i-1).low == "сред") ||
			pl >= 0 && (j <= yEnd+2 || j <= yEnd+5 && !r.verbBetween(sc, yEnd, j) && sc.itemAt(yEnd) == nil && sc.findTok(yEnd, j, func(t *token) bool { return t.digit }) >= 0)
		if !intro {
			continue
		}
		at := j + 1
		if pl > j {
			at = pl
		}
		if w.low == "members" || j == i+1 && pl < 0 {
			at = j
		}
		window := 10
		if w.dash() || w.is(":") {
			window = 16 // "16 членове – строителни фирми, проектантски бюра и X"
		}
		list = sc.listAfter(at, window, func(g *group) bool { return isOrg(g) && g != y })
	}
	if len(list) > 0 {
		for _, m := range list {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
		}
		return
	}
	// "... A, B и C. Всички те са членове на Y", "They are all members of Y"
	if ants := sc.pluralAntecedents(i, func(g *group) bool { return isOrg(g) && g != y }); len(ants) > 0 {
		for _, m := range ants {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
		}
		return
	}
	// "X е сред членовете на Y", "X и Y са членове на Z", "X, one of the
	// founding members of Y"
	if s := sc.nearestBefore(i, isOrg); s != nil && i-s.b <= 6 && s.g != y && vouched(s) && !r.verbBetween(sc, s.b, i) &&
		sc.findTok(s.b, i, func(t *token) bool { return t.isWord() && t.cap || t.digit && i-s.b > 3 }) < 0 {
		for _, m := range sc.coordinatedBefore(s, isOrg) {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
		}
	}
}

// vouched reports an item whose entity stands on its own: not a weak
// reading (a capitalised phrase without head noun or legal form) that no
// other rule has used. A relation found by proximity alone does not make a
// weak reading an entity.
func vouched(it *item) bool { return !it.g.weak || it.g.used }

// memberOfVerb reads "В клъстера членуват и A, B и C", "X членува в Y".
func (r *run) memberOfVerb(sc *sentCtx, i int) {
	// "X ще участва в Y (ACR), в който членува от 2019 г.": Y is the
	// antecedent, X the sentence's subject
	if i-2 > sc.s.a && (sc.tok(i-2).low == "в" || sc.tok(i-2).low == "във") && relPronouns[sc.tok(i-1).low] {
		k := i - 3
		if sc.tok(k).is(",") {
			k--
		}
		if k > sc.s.a+1 && sc.tok(k).is(")") && sc.tok(k-2).is("(") {
			k -= 3
		}
		if y := sc.nearestBefore(k+1, isOrg); y != nil && y.b == k+1 && vouched(y) {
			// the subject: the sentence's, else the organisation before Y
			// that is no object ("..., че АКИП ще участва в Y")
			x := sc.sentenceSubject()
			if x == nil || !isOrg(x.g) {
				x = sc.nearestBefore(y.a, isOrg)
				if x != nil && x.a > sc.s.a && (objectPreps[sc.tok(x.a-1).low] || sc.tok(x.a-1).is("(")) {
					x = nil
				}
			}
			if x != nil && isOrg(x.g) && x.g != y.g && x.b <= y.a && vouched(x) {
				r.addRel(sc.dc, sc.s, kg.MemberOf, x.g, y.g, "", "")
			}
		}
		return
	}
	// "Y (ACR), в която клъстерът членува от 2021 г.": the relative
	// clause's own subject is the member, the antecedent the body
	if i-3 > sc.s.a && relPronouns[sc.tok(i-2).low] && (sc.tok(i-3).low == "в" || sc.tok(i-3).low == "във") {
		if x := sc.orgRefAt(i - 1); x != nil {
			k := i - 4
			if sc.tok(k).is(",") {
				k--
			}
			if k > sc.s.a+1 && sc.tok(k).is(")") && sc.tok(k-2).is("(") {
				k -= 3
			}
			if y := sc.nearestBefore(k+1, isOrg); y != nil && y.b == k+1 && vouched(y) && y.g != x {
				r.addRel(sc.dc, sc.s, kg.MemberOf, x, y.g, "", "")
			}
		}
		return
	}
	// "в Y членуват ..."
	for j := i - 1; j > sc.s.a && j >= i-4; j-- {
		if w := sc.tok(j - 1).low; w != "в" && w != "във" {
			continue
		}
		if y := sc.orgRefAt(j); y != nil {
			for _, m := range sc.participantsAfter(i + 1) {
				if isOrg(m.g) && m.g != y {
					r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
				}
			}
			return
		}
	}
	// "X членува в Y", "X членува в Y и в Z"
	if i+2 < sc.s.b && (sc.tok(i+1).low == "в" || sc.tok(i+1).low == "във") {
		if y := sc.orgRefAt(i + 2); y != nil {
			if x := r.roleSubject(sc, i); x != nil && x.g != y {
				r.addRel(sc.dc, sc.s, kg.MemberOf, x.g, y, "", "")
				yEnd := i + 3
				if it := sc.itemAt(i + 2); it != nil {
					yEnd = it.b
				}
				for yEnd+2 < sc.s.b && sc.tok(yEnd).low == "и" && (sc.tok(yEnd+1).low == "в" || sc.tok(yEnd+1).low == "във") {
					z := sc.orgItemAt(yEnd + 2)
					if z == nil || z.g == x.g {
						break
					}
					r.addRel(sc.dc, sc.s, kg.MemberOf, x.g, z.g, "", "")
					yEnd = z.b
				}
				// "X членува в Y от 2021 г., а от миналата година е и член на
				// Z": the same subject in the next clause
				for k := yEnd; k+2 < sc.s.b; k++ {
					if it := sc.itemAt(k); it != nil {
						if it.g.final() == y.final() {
							k = it.b - 1 // "(АБК)": Y again
							continue
						}
						break
					}
					if sc.tok(k).low != "член" {
						continue
					}
					at := k + 1
					if sc.tok(at).low == "и" {
						at++
					}
					if at+1 < sc.s.b && sc.tok(at).low == "на" {
						if z := sc.orgItemAt(at + 1); z != nil && z.g != x.g {
							for _, m := range sc.orgChainOf(z) {
								r.addRel(sc.dc, sc.s, kg.MemberOf, x.g, m, "", "")
							}
						}
					}
					break
				}
			}
		}
	}
}

// newMembers reads the members an organisation took in, named after "нов(и)
// член(ове)" at token i: "Клъстерът прие за нови членове A и B", "X има нов
// член – A", "X welcomed two new members, A and B", "X gained three new
// members: A, B and C". The organisation is the subject of the verb before.
// It reports whether it read the phrase.
func (r *run) newMembers(sc *sentCtx, i int) bool {
	v := -1
	for j := i - 2; j >= sc.s.a && j >= i-5; j-- {
		if w := sc.tok(j).low; hasPrefix(sc.tok(j), "прие", "приеха", "привлече", "welcome", "gained", "admitted", "accepted") || w == "има" || w == "имат" || w == "has" || w == "have" {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	var y *group
	if sub := r.subjectBefore(sc, v, isOrg); sub != nil {
		y = sub.g
	} else if k := sc.findTok(sc.s.a, v, func(t *token) bool {
		return t.low == "клъстерът" || t.low == "клъстерa" || t.low == "сдружението" || t.low == "асоциацията" || t.low == "cluster" || t.low == "association"
	}); k >= 0 {
		y = sc.docOrg(k)
	}
	if y == nil && sc.nearestBefore(v, isOrg) == nil {
		// "Събранието прие за нови членове A и B", "The board admitted":
		// the body the text is about (an association of clusters names
		// clusters, but takes the members itself)
		y = sc.dc.topicOrg(v)
	}
	if y == nil {
		return true
	}
	at := i + 1
	for at < sc.s.b && (sc.tok(at).is(":") || sc.tok(at).is("–") || sc.tok(at).is("-") || sc.tok(at).is(",") || sc.tok(at).low == "са" || sc.tok(at).low == "are" || sc.tok(at).low == "were") {
		at++
	}
	// "бяха приети шест нови членове, сред които A, B и C"
	if k := sc.amongThemAt(at); k > at {
		at = k
	}
	// "прие за членове три нови организации: A, B и C": the count and what
	// was counted, then the list after the colon
	for k := at; k < sc.s.b && k-at <= 5; k++ {
		t := sc.tok(k)
		if t.is(":") {
			at = k + 1
			break
		}
		if !t.isWord() || t.cap || t.allCaps || sc.dc.claimed[k] != nil {
			break
		}
	}
	// "прие за нов член и ловешката фирма X": "и" and two describing words
	list := sc.listAfter(at, 6, isOrg)
	for _, m := range list {
		if m.g != y && !m.anaphor {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
		}
	}
	if len(list) == 0 {
		sc.membersOf = y // "прие три нови членове. Това са A, B и C"
	}
	return true
}

// amongThem reads "Сред тях са A, B и C" / "Among them are A and B" after a
// sentence that spoke of the members of Y.
func (r *run) amongThem(sc *sentCtx, y, proj *group) {
	if y == nil && proj == nil || sc.s.b-sc.s.a < 4 {
		return
	}
	w0, w1 := sc.tok(sc.s.a).low, sc.tok(sc.s.a+1).low
	// "Това са A, B и C", "These are A and B": the ones just counted
	these := (w0 == "това" || w0 == "те" || w0 == "these" || w0 == "they") && (w1 == "са" || w1 == "are")
	if these {
		for _, m := range sc.listAfter(sc.s.a+2, 6, func(g *group) bool { return isOrg(g) && g != y }) {
			if proj != nil {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, m.g, proj, "role", "partner")
				r.basedInAfter(sc, m)
			} else {
				r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
			}
		}
		return
	}
	if !((w0 == "сред" || w0 == "между" || w0 == "among") && (w1 == "тях" || w1 == "them" || w1 == "които")) {
		return
	}
	k := sc.findTok(sc.s.a+2, sc.s.a+5, func(t *token) bool {
		return t.low == "са" || t.low == "are" || t.low == "were" || t.low == "бяха" || t.is(":")
	})
	if c, e := copulaIn(sc, sc.s.a+2, sc.s.a+5); c >= 0 && (k < 0 || c < k) {
		k = e - 1 // any tense: "Сред тях ще бъдат A и B"
	}
	if k < 0 {
		return
	}
	for _, m := range sc.listAfter(k+1, 6, func(g *group) bool { return isOrg(g) && g != y }) {
		if proj != nil {
			r.addRel(sc.dc, sc.s, kg.PartnerIn, m.g, proj, "role", "partner")
			r.basedInAfter(sc, m)
		} else {
			r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
		}
	}
}

// joining reads "към Y се присъединиха A, B и C", "X се присъедини към Y",
// "към него се присъедини и X", "two new members have joined the cluster: A
// and B", "X joined Y".
func (r *run) joining(sc *sentCtx, i int) {
	var y *group
	yEnd := -1
	if strings.HasPrefix(sc.tok(i).low, "join") {
		y = sc.orgRefAt(i + 1)
		yEnd = i + 2
		if it := sc.itemAt(i + 1); it != nil {
			yEnd = it.b
		} else if i+2 < sc.s.b && sc.tok(i+1).low == "the" {
			yEnd = i + 3
			if it := sc.itemAt(i + 2); it != nil {
				yEnd = it.b
			}
		}
	} else {
		for k := max(sc.s.a, i-8); k < sc.s.b && k < i+8; k++ {
			if sc.tok(k).low != "към" {
				continue
			}
			if y = sc.orgRefAt(k + 1); y != nil {
				yEnd = k + 2
				if it := sc.itemAt(k + 1); it != nil {
					yEnd = it.b
				}
				if k < i {
					yEnd = i + 1
				}
				break
			}
		}
	}
	if y == nil {
		// "Преди месец се присъедини и X", "Last month X joined as well":
		// joining with no body named is joining the body the text is about
		if y = joinedTopic(sc, i); y == nil {
			return
		}
		yEnd = i + 1
	}
	notY := func(g *group) bool { return isOrg(g) && g != y }
	list := sc.listAfter(yEnd, 12, notY)
	if len(list) == 0 {
		// the subject, past auxiliaries and an apposition: "LDLC, an
		// association of 27 companies, has joined Y"
		j := i
		for j-1 > sc.s.a && (sc.tok(j-1).low == "has" || sc.tok(j-1).low == "have" || sc.tok(j-1).low == "also" || sc.tok(j-1).low == "се" || sc.tok(j-1).low == "вече") {
			j--
		}
		if j-1 > sc.s.a && (sc.tok(j-1).low == "and" || sc.tok(j-1).low == "и") && sc.nearestBefore(j-1, notY) != nil && r.verbBetween(sc, sc.s.a, j-1) || j-1 > sc.s.a && sc.findTok(sc.s.a, j, func(t *token) bool { return t.low == "is" || t.low == "е" }) >= 0 && sc.nearestBefore(j, notY) != nil && sc.nearestBefore(j, notY).a > sc.s.a+2 {
			// a second predicate: "X е член на A и се присъедини към B",
			// "X is a member of A and joined B" — the subject opens the
			// sentence
			if s := sc.itemAt(sc.s.a); s != nil && notY(s.g) {
				list = []*item{s}
			} else if s := sc.itemAt(sc.s.a + 1); s != nil && notY(s.g) && sc.tok(sc.s.a).low == "the" {
				list = []*item{s}
			}
		} else if s := sc.nearestBefore(j, notY); s != nil && j-s.b <= 4 && !r.verbBetween(sc, s.b, j) {
			list = sc.coordinatedBefore(s, notY)
		} else if s := r.subjectBefore(sc, j, notY); s != nil && vouched(s) {
			list = []*item{s}
		}
	}
	for _, m := range list {
		r.addRel(sc.dc, sc.s, kg.MemberOf, m.g, y, "", "")
	}
}

// verbBetween reports a finite verb or a clause break between tokens a and
// b, which separates a subject from a predicate further on.
func (r *run) verbBetween(sc *sentCtx, a, b int) bool {
	for i := a; i < b && i < sc.s.b; i++ {
		t := sc.tok(i)
		switch t.low {
		case "е", "са", "бе", "беше", "стана", "става", "като", "се":
			continue
		case "който", "която", "които", "което", "участва", "организира", "проведе", "представи":
			return true
		}
		// the dot of an abbreviation ("2,4 млн. евро") ends no clause
		if t.is(";") || t.is(".") && !(i > sc.s.a && abbrevs[sc.tok(i-1).low]) {
			return true
		}
	}
	return false
}

// projectsIn lists the projects a sentence refers to.
func (sc *sentCtx) projectsIn() []*group {
	var out []*group
	seen := map[*group]bool{}
	for _, it := range sc.items {
		if isProject(it.g) && !seen[it.g] {
			seen[it.g] = true
			out = append(out, it.g)
		}
	}
	return out
}

// partners finds PARTNER_IN with its role: "водещ партньор X", "X –
// координатор на проекта", "X работи като партньор по проекта P", "по който
// X е бенефициент", "A, B и C са партньори", "Партньори са A (Италия) и B",
// "coordinated by X", "together with A and B as partners". A sentence that
// names no project speaks of the project named last before it.
func (r *run) partners(sc *sentCtx) {
	projects := sc.projectsIn()
	if len(projects) == 0 {
		// "стратегически партньор на форума"; but "В срещата участваха
		// останалите партньори: ...", "the other partners attended": the
		// partners of the project, at its event
		if sc.firstAfter(sc.s.a, isEvent) != nil && sc.findTok(sc.s.a+1, sc.s.b, func(t *token) bool {
			return hasPrefix(t, "партньор", "partner") && (hasPrefix(sc.tok(sc.indexOf(t)-1), "останал", "other"))
		}) < 0 {
			return
		}
		p := sc.recentProject(3)
		if p == nil && sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
			return hasPrefix(t, "партньор", "partner", "бенефициент", "beneficiar") && sc.indexOf(t) > sc.s.a && hasPrefix(sc.tok(sc.indexOf(t)-1), "останал", "other", "друг")
		}) >= 0 {
			// "The other partners are ...", far from the project's name:
			// the one project of the text
			if p = sc.dc.onlyProject(); p != nil {
				sc.farProject = true
				for i := sc.s.a + 1; i < sc.s.b; i++ {
					if t := sc.tok(i); hasPrefix(t, "партньор", "partner", "бенефициент", "beneficiar") && hasPrefix(sc.tok(i-1), "останал", "other", "друг") {
						r.partnerEnumeration(sc, i, []*group{p})
					}
				}
				sc.farProject = false
			}
			return
		}
		if p == nil && sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
			return hasPrefix(t, "партньор", "partner", "координатор", "coordinator", "бенефициент", "beneficiar")
		}) >= 0 {
			// a partner noun goes on about the project the sentences
			// before call "проектът" (not "съвместно с X": any joint work)
			p = sc.projectSpokenOf(3)
		}
		if p == nil {
			return
		}
		projects = []*group{p}
	}
	projFor := func(i int) *group {
		if p := sc.nearestBefore(i, isProject); p != nil {
			return p.g
		}
		return projects[0]
	}
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		role := ""
		switch {
		case (t.low == "съвместно" || t.low == "заедно" || t.low == "together" || t.low == "partnership" || t.low == "партньорство") && i+1 < sc.s.b &&
			(sc.tok(i+1).low == "с" || sc.tok(i+1).low == "със" || sc.tok(i+1).low == "with"):
			// "Проектът се изпълнява в партньорство с X (Гърция) и Y",
			// "изпълнен съвместно с X", "together with A and B, as partners"
			if sc.firstAfter(sc.s.a, isEvent) != nil {
				continue // an event organised together with someone
			}
			for _, it := range sc.listAfter(i+2, 4, isOrg) {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, it.g, projFor(i), "role", "partner")
				r.basedInAfter(sc, it)
			}
			continue
		case hasPrefix(t, "участва", "participat") && !hasPrefix(t, "участване"):
			// "В проекта участват още A и B", "X участва в проекта P"
			if pre := sc.nearestBefore(i, isProject); pre != nil && i-pre.b <= 1 && pre.a > sc.s.a && (sc.tok(pre.a-1).low == "в" || sc.tok(pre.a-1).low == "във" || sc.tok(pre.a-1).low == "in") {
				for _, it := range sc.listAfter(i+1, 8, isOrg) {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, it.g, pre.g, "role", "partner")
					r.basedInAfter(sc, it)
				}
				continue
			}
			if k := i + 1; k+1 < sc.s.b && (sc.tok(k).low == "в" || sc.tok(k).low == "във" || sc.tok(k).low == "in") {
				if p := sc.itemAt(k + 1); p != nil && isProject(p.g) {
					if x := sc.nearestBefore(i, isOrg); x != nil && !r.verbBetween(sc, x.b, i) && !(x.a > sc.s.a && objectPreps[sc.tok(x.a-1).low]) {
						r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, p.g, "role", "partner")
					}
				}
			}
			continue
		case hasPrefix(t, "консорциум", "consortium"):
			// "В консорциума участват още A и B", "The consortium includes A"
			k := sc.findTok(i+1, i+4, func(t *token) bool {
				return hasPrefix(t, "участва", "включва", "include", "comprise") || t.low == "са" || t.low == "are"
			})
			if k < 0 {
				continue
			}
			for _, it := range sc.participantsAfter(k + 1) {
				if isOrg(it.g) {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, it.g, projFor(i), "role", "partner")
					r.basedInAfter(sc, it)
				}
			}
			continue
		case (t.low == "участник" || t.low == "participant") && i+2 < sc.s.b && (sc.tok(i+1).low == "в" || sc.tok(i+1).low == "по" || sc.tok(i+1).low == "in"):
			// "X е единственият български участник в консорциума P"
			if k := i + 2; sc.tok(k).low == "the" || hasPrefix(sc.tok(k), "консорциум", "consortium", "проект", "project") || sc.itemAt(k) != nil && isProject(sc.itemAt(k).g) {
				proj := projFor(i)
				if p := sc.firstAfter(i+2, isProject); p != nil && p.a-i <= 5 {
					proj = p.g
				}
				if x := r.subjectBefore(sc, i, isOrg); x != nil && i-x.b <= 5 {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, proj, "role", "partner")
				}
			}
			continue
		case hasPrefix(t, "партньор", "partner"):
			role = "partner"
			if i > sc.s.a && (hasPrefix(sc.tok(i-1), "водещ", "lead")) {
				role = "lead"
			}
		case hasPrefix(t, "координатор", "coordinator"):
			role = "coordinator"
		case (t.low == "coordinates" || t.low == "coordinate" || t.low == "coordinated" || t.low == "координира" || t.low == "координират" || t.low == "координираше" || t.low == "координираха" ||
			leadVerbs[t.low]) && i > sc.s.a && sc.tok(i-1).low != "се" && i+1 < sc.s.b &&
			(sc.tok(i+1).low == "the" || hasPrefix(sc.tok(i+1), "проект") || sc.itemAt(i+1) != nil && isProject(sc.itemAt(i+1).g)):
			// "The hosts, the Basque cluster X, coordinate the project", "X
			// координира проекта": the subject, past its apposition
			at := i + 1
			if sc.tok(at).low == "the" {
				at++
			}
			proj := projFor(i)
			if it := sc.itemAt(at); it != nil && isProject(it.g) {
				proj = it.g
			} else if !hasPrefix(sc.tok(at), "проект", "project") {
				continue
			}
			x := relativeSubject(sc, i) // "X, което ще координира проекта"
			if x == nil || !isOrg(x.g) {
				x = r.subjectBefore(sc, i, isOrg)
			}
			if x != nil && !x.anaphor {
				role := "coordinator"
				if leadVerbs[t.low] {
					role = "lead" // "X ръководи проекта", "X led the project"
				}
				r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, proj, "role", role)
			}
			continue
		case (t.low == "ръководството" && i+1 < sc.s.b && sc.tok(i+1).low == "на" && i > sc.s.a && sc.tok(i-1).low == "под" ||
			t.low == "leadership" && i+1 < sc.s.b && sc.tok(i+1).low == "of" && i > sc.s.a && (sc.tok(i-1).low == "the" || sc.tok(i-1).low == "under")):
			// "Проектът се изпълнява под ръководството на X", "under the
			// leadership of X"
			if x := sc.orgRefAt(i + 2); x != nil {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, x, projFor(i), "role", "lead")
			}
			continue
		case (t.low == "coordinated" || t.low == "led" || t.low == "координиран" || t.low == "координирано" || t.low == "координира" || t.low == "ръководен" || t.low == "ръководи" || t.low == "водено" || t.low == "воден") && i+1 < sc.s.b && (sc.tok(i+1).low == "by" || sc.tok(i+1).low == "от"):
			// "project X, coordinated by the Y Cluster", "Проектът се координира от X",
			// "coordinated by the Catalan textile association Texfor"
			x := sc.orgRefAt(i + 2)
			if x == nil {
				if it := sc.orgAfterDescription(i + 2); it != nil {
					x = it.g
				}
			}
			if x != nil {
				role = "coordinator"
				if t.low == "led" || hasPrefix(t, "ръковод", "воден") {
					role = "lead"
				}
				r.addRel(sc.dc, sc.s, kg.PartnerIn, x, projFor(i), "role", role)
				if it := sc.orgItemAt(i + 2); it != nil {
					r.basedInAfter(sc, it)
				}
			}
			continue
		case hasPrefix(t, "бенефициент", "beneficiary", "изпълнител") || t.low == "beneficiaries":
			role = "beneficiary"
		case t.low == "carried" && i+3 < sc.s.b && sc.tok(i+1).low == "out" && sc.tok(i+2).low == "by" ||
			hasPrefix(t, "изпълнен", "реализиран") && len(t.low) <= len("реализирано") && i+2 < sc.s.b && sc.tok(i+1).low == "от":
			// "Проектът е изпълнен от X", "The project is carried out by X"
			at := i + 2
			if t.low == "carried" {
				at = i + 3
			}
			if x := sc.orgRefAt(at); x != nil {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, x, projFor(i), "role", "beneficiary")
			}
			continue
		case (t.low == "изпълнява" || t.low == "изпълнявано" || t.low == "изпълняван" || t.low == "изпълнявана" || t.low == "реализира" || t.low == "implemented") && i+1 < sc.s.b:
			// "Проектът се изпълнява от X" / "X изпълнява проект Y"
			if sc.tok(i+1).low == "от" || sc.tok(i+1).low == "by" {
				if x := sc.orgRefAt(i + 2); x != nil {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, x, projFor(i), "role", "beneficiary")
				}
				continue
			}
			if x := sc.nearestBefore(i, isOrg); x != nil && !r.verbBetween(sc, x.b, i) {
				if p := sc.firstAfter(i+1, isProject); p != nil && p.a-i <= 3 {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, p.g, "role", "beneficiary")
				}
			}
			continue
		case hasPrefix(t, "водещ") && i+1 < sc.s.b && hasPrefix(sc.tok(i+1), "организаци"):
			role = "lead"
		default:
			continue
		}
		if t.low == "партньорство" || strings.HasPrefix(t.low, "партньорск") || t.low == "partnership" || t.low == "partnerships" {
			continue
		}
		// "партньор на клъстера": a partner of an organisation, not of a project
		if i+2 < sc.s.b && (sc.tok(i+1).low == "на" || sc.tok(i+1).low == "of") {
			if it := sc.itemAt(i + 2); it != nil && isOrg(it.g) {
				continue
			}
		}
		if t.low == "партньори" || t.low == "партньорите" || t.low == "partners" || t.low == "партньора" {
			r.partnerEnumeration(sc, i, projects)
			continue
		}
		// "The other beneficiaries are A, B and C", "Останалите
		// бенефициенти са ...": a consortium's beneficiaries, listed, are
		// its partners
		if (t.low == "beneficiaries" || t.low == "бенефициенти" || t.low == "бенефициентите") && i > sc.s.a && hasPrefix(sc.tok(i-1), "останал", "other", "друг") {
			r.partnerEnumeration(sc, i, projects)
			continue
		}
		proj := projFor(i)
		// the partner: right after the role word ("водещ партньор X"), else
		// the subject before it
		if x := sc.itemAt(i + 1); x != nil && isOrg(x.g) {
			r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, proj, "role", role)
			r.basedInAfter(sc, x)
			continue
		}
		// "Координатор на проекта е X", "водещ партньор беше / ще бъде X",
		// "The lead partner was X", ", а партньор – X"
		k0, k := copulaIn(sc, i+1, i+6)
		if k0 >= 0 && sc.findTok(i+1, k0, func(t *token) bool { return t.is(",") || t.dash() || t.isWord() && clauseBreaks[t.low] }) >= 0 {
			k = -1 // the verb of another clause: "X е координатор, а партньори са A"
		}
		if k < 0 {
			k = ellipticDash(sc, i)
		}
		if k >= 0 {
			if k+1 < sc.s.b && (sc.tok(k).low == "и" || sc.tok(k).low == "also") {
				k++ // "Партньор по проекта е и X"
			}
			if x := sc.orgRefAt(k); x != nil {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, x, proj, "role", role)
				if it := sc.orgItemAt(k); it != nil {
					r.basedInAfter(sc, it)
				}
				continue
			}
		}
		if x := r.roleSubject(sc, i); x != nil {
			if p := sc.firstAfter(i+1, isProject); p != nil {
				proj = p.g
			}
			r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, proj, "role", role)
		}
	}
}

// leadVerbs say that their subject leads the project that follows them, in
// any tense: "X ръководи проекта", "X led the project".
var leadVerbs = setOf("ръководи", "ръководят", "ръководеше", "ръководеха", "leads", "lead", "led", "is leading")

// orgAfterDescription is the organisation named after a short description
// at token i: "the Catalan textile association Texfor", "германската
// асоциация X" (an article, a demonym, up to three lower-case words).
func (sc *sentCtx) orgAfterDescription(i int) *item {
	j := i
	if j < sc.s.b && sc.tok(j).low == "the" {
		j++
	}
	for n := 0; n < 4 && j+1 < sc.s.b; n++ {
		t, nx := sc.tok(j), sc.tok(j+1)
		// a capitalised Latin adjective before a lower-case noun
		// ("Catalan textile"), read or not as a weak name, describes
		adj := t.latin && t.cap && nx.isWord() && !nx.cap && !nx.digit
		if it := sc.itemAt(j); it != nil && !(adj && it.b == j+1 && it.g.weak && !it.g.used) {
			break
		}
		if !t.isWord() || t.digit || listBreakers[t.low] || t.cap && !adj {
			return nil
		}
		j++
	}
	if it := sc.itemAt(j); it != nil && isOrg(it.g) && !it.anaphor && vouched(it) && j > i {
		return it
	}
	return nil
}

// recentProject is the project named last before the sentence, when that
// was at most n sentences earlier: "Водещ партньор е X" speaks of it.
func (sc *sentCtx) recentProject(n int) *group {
	dc := sc.dc
	si := dc.sentOf[sc.s.a]
	var last *group
	lastAt := -1
	for _, c := range dc.cands { // not in text order
		if c.a >= sc.s.a || c.a < lastAt || c.group == nil || c.group.final().typ != kg.Project || dc.sentOf[c.a] < si-n {
			continue
		}
		last, lastAt = c.group.final(), c.a
	}
	return last
}

// projectSpokenOf is the text's one project when one of the n sentences
// before refers to it by its noun ("Проектът е финансиран ...", "the
// project") though its name came earlier: "Сред партньорите са още A и B"
// goes on about it.
func (sc *sentCtx) projectSpokenOf(n int) *group {
	dc := sc.dc
	si := dc.sentOf[sc.s.a]
	for k := si - 1; k >= 0 && k >= si-n; k-- {
		s := dc.sents[k]
		for i := s.a; i < s.b; i++ {
			if l := dc.toks[i].low; l == "проектът" || l == "проекта" || l == "project" && i > s.a && dc.toks[i-1].low == "the" {
				return dc.onlyProject()
			}
		}
	}
	return nil
}

// clauseBreaks start a new clause inside a sentence.
var clauseBreaks = setOf("а", "но", "докато", "but", "while", "whereas")

// listEndingAt reads the enumeration that ends right before token end
// (allowing a dash and a place: "А, Б и В – Пловдив са"), starting at the
// beginning of its clause.
func (sc *sentCtx) listEndingAt(end int, f func(*group) bool) []*item {
	start := sc.s.a
	for j := end - 1; j > sc.s.a; j-- {
		if t := sc.tok(j); t.is(";") || t.is(":") || t.isWord() && clauseBreaks[t.low] {
			start = j + 1
			break
		}
	}
	for j := start; j < end; j++ {
		it := sc.itemAt(j)
		if it == nil {
			continue
		}
		if !f(it.g) {
			j = it.b - 1
			continue
		}
		list := sc.listFrom(it, f)
		last := list[len(list)-1]
		if last.b <= end && end-last.b <= 3 {
			return list
		}
		return nil
	}
	return nil
}

// partnerEnumeration reads "Партньори по проекта са X от Австрия –
// координатор, Y от Испания и Z" (every organisation listed after "са" is a
// partner, the one followed by "координатор" the coordinator), and "А, Б и
// В са партньори", "X е един от 14-те партньори в проекта".
func (r *run) partnerEnumeration(sc *sentCtx, i int, projects []*group) {
	proj := projects[0]
	if p := sc.nearestBefore(i, isProject); p != nil {
		proj = p.g
	}
	// the verb in any tense ("са", "бяха", "ще бъдат", "will be"), a colon,
	// "include", or the dash of an ellipsis (", а партньори – A и B")
	k := sc.findTok(i+1, i+8, func(t *token) bool {
		return t.low == "са" || t.low == "are" || t.low == "were" || t.low == "бяха" || t.low == "бъдат" || t.low == "be" || t.is(":") || t.low == "include" || t.low == "including" ||
			t.low == "included" || t.low == "includes" || t.low == "включват" || t.low == "включваха"
	})
	if k < 0 {
		if e := ellipticDash(sc, i); e >= 0 {
			k = e - 1
		}
	}
	var orgs []*item
	if k >= 0 {
		if p := sc.firstAfter(i+1, isProject); p != nil && p.a < k {
			proj = p.g
		}
		orgs = sc.listAfter(k+1, 6, isOrg)
	}
	if len(orgs) == 0 && i > sc.s.a && (sc.tok(i-1).low == "като" || sc.tok(i-1).low == "as") {
		// the role after its fillers: "..., с A и B като партньори", "with
		// A (Georgia) and B from Trabzon, Türkiye, as partners", "A и B
		// участват като партньори"
		for w := i - 2; w > sc.s.a && i-w <= 40; w-- {
			t := sc.tok(w)
			if t.is(";") || t.is(".") || sc.itemAt(w) != nil && isProject(sc.itemAt(w).g) {
				break
			}
			if t.low != "с" && t.low != "със" && t.low != "with" {
				continue
			}
			for _, it := range sc.listAfter(w+1, 4, isOrg) {
				if it.b < i && !it.anaphor {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, it.g, proj, "role", "partner")
					r.basedInAfter(sc, it)
				}
			}
			return
		}
		if x := r.roleSubject(sc, i); x != nil {
			for _, m := range sc.coordinatedBefore(x, isOrg) {
				r.addRel(sc.dc, sc.s, kg.PartnerIn, m.g, proj, "role", "partner")
			}
			return
		}
	}
	if len(orgs) == 0 {
		// "X, one of the nine project partners", "X, един от
		// партньорите по проекта": an apposition after the partner
		for j := i - 1; j > sc.s.a && i-j <= 6; j-- {
			if w := sc.tok(j).low; w != "one" && w != "един" && w != "една" && w != "едно" {
				continue
			}
			c := j - 1
			if c-3 > sc.s.a && sc.tok(c).is(",") && sc.tok(c-1).is(")") && sc.tok(c-2).allCaps && sc.tok(c-3).is("(") {
				c -= 3 // "X (BPC), one of the ..."
			}
			if sc.tok(c).is(",") || sc.tok(c).is("(") {
				if x := sc.nearestBefore(c, isOrg); x != nil && x.b == c && !x.anaphor {
					r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, proj, "role", "partner")
					return
				}
			}
			break
		}
		// the subjects before: "А и Б са партньори", "X е един от шестте партньори"
		j := i - 1
		for j > sc.s.a && i-j <= 5 && !copulaTail(sc.tok(j).low) {
			if sc.itemAt(j) != nil || sc.tok(j).is(",") {
				return
			}
			j--
		}
		if j <= sc.s.a || !copulaTail(sc.tok(j).low) {
			return
		}
		// back to the verb's first word: "ще бъдат", "will be", "са били"
		for j-1 > sc.s.a && copulaAt(sc, j-1) > j-1 {
			j--
		}
		orgs = sc.listEndingAt(j, isOrg)
		if len(orgs) == 0 {
			// "... A, B и C. Те са партньори в проекта"
			orgs = sc.pluralAntecedents(i, isOrg)
		}
		if p := sc.firstAfter(i+1, isProject); p != nil && p.a-i <= 4 {
			proj = p.g
		}
		for _, it := range orgs {
			r.addRel(sc.dc, sc.s, kg.PartnerIn, it.g, proj, "role", "partner")
		}
		return
	}
	for n, it := range orgs {
		end := sc.s.b
		if n+1 < len(orgs) {
			end = orgs[n+1].a
		}
		// a role in the next clause is another's (", а водещ партньор е X")
		if c := sc.findTok(it.b, end, func(t *token) bool { return t.isWord() && clauseBreaks[t.low] || t.is(";") }); c >= 0 {
			end = c
		}
		if sc.farProject && (it.g.weak && !it.g.used || it.anaphor) {
			continue
		}
		role := "partner"
		if sc.findTok(it.b, end, func(t *token) bool { return hasPrefix(t, "координатор", "coordinator") }) >= 0 {
			role = "coordinator"
		} else if sc.findTok(it.b, end, func(t *token) bool { return isLeadWord(sc, t) }) >= 0 {
			role = "lead"
		}
		r.addRel(sc.dc, sc.s, kg.PartnerIn, it.g, proj, "role", role)
		r.basedInAfter(sc, it)
	}
}

// fundedProject is the project a programme item funds when a sentence names
// several: the nearest project before it, else the first after it.
func fundedProject(sc *sentCtx, p *item) *group {
	if it := sc.nearestBefore(p.a, isProject); it != nil {
		return it.g
	}
	if it := sc.firstAfter(p.b, isProject); it != nil {
		return it.g
	}
	return nil
}

// isLeadWord reports "водещ партньор", "lead partner", "lead beneficiary":
// a "scientific lead" or "водещ експерт" is no project lead.
func isLeadWord(sc *sentCtx, t *token) bool {
	if !hasPrefix(t, "водещ", "lead") {
		return false
	}
	i := sc.indexOf(t)
	if i < 0 || i+1 >= sc.s.b {
		return false
	}
	return hasPrefix(sc.tok(i+1), "партньор", "partner", "организаци", "organisation", "organization", "beneficiary", "бенефициент")
}

// indexOf is the index of a token of the sentence, or -1.
func (sc *sentCtx) indexOf(t *token) int {
	for i := sc.s.a; i < sc.s.b; i++ {
		if sc.tok(i) == t {
			return i
		}
	}
	return -1
}

// isFund reports whether a programme is a fund (funds finance programmes).
func isFund(g *group) bool {
	n := strings.ToLower(g.key)
	return strings.Contains(n, "fond") || strings.Contains(n, "fund") || strings.Contains(n, "instrument") ||
		strings.Contains(n, "mehanizam") || strings.Contains(n, "mehanizm") || strings.Contains(n, "mechanism") || strings.Contains(n, "facility")
}

// programmeHead is the word that names what kind of programme an item is:
// the head before a quoted name ("подпрограма „X“") or its first word.
func (sc *sentCtx) programmeHead(it *item) string {
	j := it.a - 1
	for j >= sc.s.a && sc.tok(j).quote() {
		j--
	}
	if j >= sc.s.a && sc.tok(j).isWord() && !sc.tok(j).cap {
		return sc.tok(j).low
	}
	return sc.tok(it.a).low
}

// subProgramme reports the head of a part of a programme: a sub-programme,
// measure, call, procedure, session.
func subProgramme(head string) bool {
	for _, p := range []string{"подпрограм", "мярка", "мярката", "подмярк", "процедур", "покана", "поканата", "сесия", "сесията", "call", "sub-programme", "subprogramme", "strand", "направлени", "приоритет", "компонент"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// funding finds FUNDED_BY: "финансиран от X чрез Y", "с финансовата подкрепа
// на Y", "по програма Y", "Y, съфинансирана от Z".
func (r *run) funding(sc *sentCtx) {
	progs := sc.itemsWhere(isProgramme)
	if len(progs) == 0 {
		return
	}
	trigger := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return hasPrefix(t, "финансира", "съфинансира", "финансова", "финансовата", "funded", "co-funded", "financed", "financial", "подкрепата", "supported", "одобрен") ||
			t.low == "support" // "with the support of the X programme"
	}) >= 0
	byPo := func(p *item) bool {
		j := p.a - 1
		for j >= sc.s.a && (sc.tok(j).quote() || sc.tok(j).isWord() && (sc.tok(j).stem == "програм" || sc.tok(j).low == "програмата" || subProgramme(sc.tok(j).low) || sc.tok(j).low == "the")) {
			j--
		}
		if p.b < sc.s.b && (sc.tok(p.b).low == "project" || sc.tok(p.b).low == "projects") {
			return true // "AQUALOOP, a four-year Horizon Europe project"
		}
		if p.b+1 < sc.s.b && projectPartnership(sc.dc, p.b+1) {
			return true // "BLUEPORT, an Erasmus+ cooperation partnership"
		}
		if j < sc.s.a {
			return false
		}
		w := sc.tok(j).low
		return w == "по" || w == "чрез" || w == "under" || w == "through" || (w == "на" && j > sc.s.a && sc.tok(j-1).low == "рамките")
	}
	// "with a budget of EUR 4.8 million from the Horizon Europe programme":
	// the money comes from the programme
	if !trigger && sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return t.low == "budget" || hasPrefix(t, "бюджет") }) >= 0 {
		for _, p := range progs {
			j := p.a - 1
			if j > sc.s.a && sc.tok(j).low == "the" {
				j--
			}
			if j >= sc.s.a && (sc.tok(j).low == "from" || sc.tok(j).low == "от") {
				trigger = true
			}
		}
	}
	var subjects []*group
	for _, p := range sc.projectsIn() {
		subjects = append(subjects, p)
	}
	if len(subjects) == 0 && trigger {
		// "Той е съфинансиран от X", "It is funded by X", "Проектът се
		// изпълнява с подкрепата на X": the project named just before
		if w := sc.tok(sc.s.a).low; w == "той" || w == "тя" || w == "то" || w == "it" {
			if p := sc.recentProject(2); p != nil {
				subjects = append(subjects, p)
			}
		}
	}
	if len(subjects) == 0 && trigger {
		for _, it := range sc.items {
			if isEvent(it.g) {
				subjects = append(subjects, it.g)
				break
			}
		}
	}
	var funds, nonFunds []*item
	for _, p := range progs {
		if isFund(p.g) {
			funds = append(funds, p)
		} else {
			nonFunds = append(nonFunds, p)
		}
	}
	for _, s := range subjects {
		for _, p := range progs {
			if !(trigger || byPo(p)) {
				continue
			}
			if isFund(p.g) && len(nonFunds) > 0 && trigger {
				continue // the fund pays the programme, the programme the project
			}
			if len(subjects) > 1 && fundedProject(sc, p) != s {
				continue // with two projects, each programme funds the one named next to it
			}
			r.addRel(sc.dc, sc.s, kg.FundedBy, s, p.g, "", "")
		}
	}
	// a call of a programme named in the sentence is not what the fund
	// pays: "процедура X на Програма Y, съфинансирана от ЕФРР" (Y is)
	plain := 0
	for _, p := range nonFunds {
		if p.g.props["call"] != true {
			plain++
		}
	}
	if trigger {
		for _, p := range nonFunds {
			if p.g.props["call"] == true && plain > 0 {
				continue
			}
			for _, f := range funds {
				r.addRel(sc.dc, sc.s, kg.FundedBy, p.g, f.g, "", "")
				if p.g.props["call"] == true {
					// "Бюджетът на процедурата е осигурен от ЕФРР": the
					// fund of a call pays the programme the call is part of
					for _, k := range r.relOrder {
						if k.typ == kg.PartOf && k.from == p.g.final() && k.to.typ == kg.Programme && !isFund(k.to) {
							r.addRel(sc.dc, sc.s, kg.FundedBy, k.to, f.g, "", "")
						}
					}
				}
			}
		}
	}
	// "програма „X“ на Норвежкия финансов механизъм", "the X Programme of
	// the European Social Fund": a programme of a fund is paid by it
	for _, p := range nonFunds {
		j := p.b
		if j+1 < sc.s.b && (sc.tok(j).low == "на" || sc.tok(j).low == "of") {
			j++
			if sc.tok(j).low == "the" {
				j++
			}
			if f := sc.itemAt(j); f != nil && isProgramme(f.g) && isFund(f.g) && f.g != p.g {
				r.addRel(sc.dc, sc.s, kg.FundedBy, p.g, f.g, "", "")
			}
		}
	}
	// "the Horizon Europe programme, Cluster 6 “Food ...”", "програма
	// „Еразъм+“ на ЕС, Ключова дейност 2", "the Single Market Programme of
	// the EU under the ECEP call": the part named after its programme
	for k, p := range progs {
		if k+1 >= len(progs) || isFund(p.g) || p.g.props["call"] == true || subProgramme(sc.programmeHead(p)) || p.a > sc.s.a && sc.tok(p.a-1).is("(") {
			continue
		}
		nx := progs[k+1]
		if k+2 < len(progs) && nx.a > sc.s.a && sc.tok(nx.a-1).is("(") {
			nx = progs[k+2] // past the acronym: "X (SMP COSME) of the EU under the Y call"
		}
		if nx.g == p.g || isFund(nx.g) || !partAfterProgramme(sc, p, nx) {
			continue
		}
		r.addRel(sc.dc, sc.s, kg.PartOf, nx.g, p.g, "", "")
		if trigger || byPo(p) {
			for _, s := range subjects {
				if len(subjects) == 1 || fundedProject(sc, nx) == s {
					r.addRel(sc.dc, sc.s, kg.FundedBy, s, nx.g, "", "")
				}
			}
		}
	}
	// "процедура X по ОПИК", "подпрограма X на Програмата Y": a call or
	// sub-programme is part of its programme
	for k, p := range progs {
		if k+1 >= len(progs) || !(p.g.props["call"] == true || subProgramme(sc.programmeHead(p))) {
			continue
		}
		nx := progs[k+1]
		if nx.a-p.b == 4 && (sc.tok(p.b).is(",") || sc.tok(p.b).dash()) && (sc.tok(p.b+1).low == "part" && sc.tok(p.b+2).low == "of" || sc.tok(p.b+1).low == "част" && sc.tok(p.b+2).low == "от") {
			// "the call X, part of Y", "процедура X – част от Y"
			r.addRel(sc.dc, sc.s, kg.PartOf, p.g, nx.g, "", "")
			continue
		}
		if nx.a-p.b > 3 || isFund(nx.g) {
			continue
		}
		if w := sc.tok(p.b).low; byPo(nx) || w == "на" || w == "of" || w == "към" || w == "to" {
			r.addRel(sc.dc, sc.s, kg.PartOf, p.g, nx.g, "", "")
		}
	}
}

// partAfterProgramme reports that programme item nx, written after
// programme item p, names a part of p: after a comma ("X, Cluster 6", "X
// на ЕС, Ключова дейност 2") when nx is headed by a part word, or as
// "under the Y call".
func partAfterProgramme(sc *sentCtx, p, nx *item) bool {
	if nx.a-p.b > 12 {
		return false
	}
	comma, under := false, false
	for j := p.b; j < nx.a; j++ {
		t := sc.tok(j)
		if it := sc.itemAt(j); it != nil {
			if isProgramme(it.g) && j > 0 && sc.tok(j-1).is("(") {
				j = it.b - 1 // the programme's acronym
				continue
			}
			if !isOrg(it.g) || j == 0 || !(sc.tok(j-1).low == "на" || sc.tok(j-1).low == "of" || sc.tok(j-1).low == "the") {
				return false // only the body of the programme ("of the European Union")
			}
			j = it.b - 1
			continue
		}
		switch {
		case t.is(","):
			comma = true
		case t.low == "under":
			under = true
		case t.quote() || t.low == "the" || t.low == "на" || t.low == "of" || t.is("(") || t.is(")") || t.allCaps || t.low == "programme" || t.low == "program":
		default:
			return false
		}
	}
	first := sc.programmeHead(nx)
	if under {
		e := nx.b
		if e+2 < sc.s.b && sc.tok(e).is("(") && sc.tok(e+2).is(")") {
			e += 3 // "(ECEP)"
		}
		return e < sc.s.b && (sc.tok(e).low == "call" || sc.tok(e).low == "strand") || subProgramme(first)
	}
	if !comma {
		return false
	}
	switch first {
	case "cluster", "ключова", "key", "pillar", "стълб", "priority", "приоритетна", "приоритет", "action", "направление", "компонент", "component", "strand":
		return true
	}
	return subProgramme(first)
}

// objectPreps make the organisation after them an object, not a subject.
var objectPreps = setOf("на", "of", "в", "във", "към", "to", "with", "с", "със", "от", "from", "при", "за", "for")

// roleSubject is the organisation a role word at token i is said of: "X е
// партньор", "X участва като партньор в", "X е основател на A и член на B"
// (X, not A). It is the nearest organisation before i that is not the
// object of a preposition, with no clause break and no other verb between
// (a verb is allowed before "като" / "as": "X участва като партньор").
func (r *run) roleSubject(sc *sentCtx, i int) *item {
	as := i-1 > sc.s.a && (sc.tok(i-1).low == "като" || sc.tok(i-1).low == "as") ||
		i-2 > sc.s.a && (sc.tok(i-2).low == "като" || sc.tok(i-2).low == "as")
	// "X (ACR), който е водещ партньор": the antecedent of the relative
	if c := copulaBefore(sc, i); c > sc.s.a {
		if it := relativeSubject(sc, c); it != nil && isOrg(it.g) {
			return it
		}
	}
	// "X е създаден през 2017 г. и е член на Y": a second predicate of the
	// sentence's subject
	if c := copulaBefore(sc, i); c > sc.s.a+1 && (sc.tok(c-1).low == "и" || sc.tok(c-1).low == "and") {
		if s0 := sc.sentenceSubject(); s0 != nil && isOrg(s0.g) && s0.b < c {
			if nx := sc.firstAfter(s0.b, isActor); nx == nil || nx.a >= c {
				return s0
			}
		}
	}
	// "The cluster, which brings together 72 companies including A, is a
	// member of": the subject stands before the clause between commas
	if c := copulaBefore(sc, i); c > sc.s.a && sc.tok(c-1).is(",") {
		for o := c - 2; o > sc.s.a && o >= c-30; o-- {
			if !sc.tok(o).is(",") {
				continue
			}
			if it := sc.nearestBefore(o, isOrg); it != nil && o-it.b <= 3 && !(it.a > sc.s.a && objectPreps[sc.tok(it.a-1).low]) {
				return it
			}
			return nil
		}
	}
	for k := len(sc.items) - 1; k >= 0; k-- {
		it := &sc.items[k]
		if it.b > i || !isOrg(it.g) {
			continue
		}
		if it.a > sc.s.a && (objectPreps[sc.tok(it.a-1).low] || sc.tok(it.a-1).is("(")) {
			continue // an object, or the acronym of one: "член на Y (ACR) и е партньор"
		}
		// "X, който участва в проекта като партньор": the antecedent
		if rel := it.b; as && rel+1 < sc.s.b {
			if sc.tok(rel).is(",") {
				rel++
			}
			if w := sc.tok(rel).low; (w == "който" || w == "която" || w == "което" || w == "which") && !r.verbBetween(sc, rel+2, i) {
				return it
			}
		}
		if sc.findTok(it.b, i, func(t *token) bool {
			return t.is(".") || t.is(";") || t.isWord() && (clauseBreaks[t.low] || t.low == "който" || t.low == "която" || t.low == "които" || t.low == "което" || t.low == "which" || t.low == "who")
		}) >= 0 {
			return nil
		}
		if !as && r.verbBetween(sc, it.b, i) {
			return nil
		}
		return it
	}
	return nil
}

// sentenceSubject is the name the sentence opens with, past an article
// and up to three lower-case or describing words ("ИКТ клъстер „X“",
// "Клъстерът „X“"), or nil.
func (sc *sentCtx) sentenceSubject() *item {
	for j := sc.s.a; j < sc.s.b && j <= sc.s.a+3; j++ {
		if it := sc.itemAt(j); it != nil {
			if it.anaphor {
				if nx := sc.itemAt(it.b); nx != nil && !nx.anaphor {
					return nx
				}
			}
			return it
		}
		if t := sc.tok(j); !t.isWord() && !t.quote() || t.isWord() && clauseBreaks[t.low] {
			return nil
		}
	}
	return nil
}

// copulaBefore is the index of "е" / "is" / "са" / "are" among the three
// tokens before token i (a role word), or -1.
func copulaBefore(sc *sentCtx, i int) int {
	for j := i - 1; j >= sc.s.a && j >= i-3; j-- {
		switch sc.tok(j).low {
		case "е", "is", "са", "are", "беше", "was":
			return j
		}
	}
	return -1
}

// pronounSubject reports a pronoun subject right before the verb at token i
// ("it will co-organise", "той ще организира"), skipping auxiliaries.
func pronounSubject(sc *sentCtx, i int) bool {
	j := i - 1
	for j >= sc.s.a && (sc.tok(j).low == "will" || sc.tok(j).low == "also" || sc.tok(j).low == "ще" || sc.tok(j).low == "to" || sc.tok(j).low == "would") {
		j--
	}
	if j < sc.s.a {
		return false
	}
	switch sc.tok(j).low {
	case "it", "той", "то", "тя":
		return true
	}
	return false
}

// subjectBefore is the subject of the verb at token i that satisfies f: the
// nearest item before it with no clause break between, or, when an
// apposition ends right before the verb ("X (BSC), a Sofia-based association
// of 34 companies, hosted"), the item before the apposition.
func (r *run) subjectBefore(sc *sentCtx, i int, f func(*group) bool) *item {
	// "A и B, с подкрепата на C, организират": an aside of support between
	// commas is no subject; the subject stands before it
	if c := supportAside(sc, i); c > 0 {
		i = c
	}
	if i-1 > sc.s.a && sc.tok(i-1).is(",") {
		if it := sc.nearestBefore(i-1, f); it != nil && it.b == i-1 {
			return it // "клъстерът Ruhr Circular, базиран в Есен"
		}
		for c := i - 2; c > sc.s.a && c >= i-30; c-- {
			if !sc.tok(c).is(",") {
				continue
			}
			if it := sc.nearestBefore(c, f); it != nil && c-it.b <= 3 && sc.findTok(it.b, c, func(t *token) bool { return t.isWord() && !t.allCaps }) < 0 {
				return it
			}
			break
		}
	}
	sub := sc.nearestBefore(i, f)
	if sub == nil || r.verbBetween(sc, sub.b, i) {
		return nil
	}
	return sub
}

// supportAside is the index of the comma that opens an aside of support
// or patronage ending with the comma right before token i ("A, с
// подкрепата на C, организират", "X, with the support of Y, hosted",
// "X, under the patronage of Z, will hold"), or -1.
func supportAside(sc *sentCtx, i int) int {
	for i-1 > sc.s.a && (sc.tok(i-1).low == "ще" || sc.tok(i-1).low == "will" || sc.tok(i-1).low == "also" || sc.tok(i-1).low == "също") {
		i-- // "..., ще организират", "..., will organise"
	}
	if i-1 <= sc.s.a || !sc.tok(i-1).is(",") {
		return -1
	}
	for c := i - 2; c > sc.s.a && c >= i-16; c-- {
		if !sc.tok(c).is(",") {
			continue
		}
		if c+2 >= i-1 {
			return -1
		}
		k := c + 1
		switch sc.tok(k).low {
		case "с", "със", "под", "with", "under":
			k++
		case "supported", "backed":
			return c
		default:
			return -1
		}
		if k < i && (sc.tok(k).low == "the" || sc.tok(k).low == "financial" || sc.tok(k).low == "финансовата") {
			k++
		}
		if k < i && hasPrefix(sc.tok(k), "подкрепа", "съдействие", "съдействието", "патронаж", "support", "patronage", "auspices", "финансиране", "funding") {
			return c
		}
		return -1
	}
	return -1
}

// implicitEvent is the event a sentence that names none speaks of ("It was
// organised by X", "Лектори бяха ..."): the first event of the sentence
// before (its topic), else the document's main event once the text has named it.
func (sc *sentCtx) implicitEvent() *group {
	if sc.prevEvent != nil {
		return sc.prevEvent
	}
	// the event in play in the paragraph; none when several compete
	if sc.contested {
		return nil
	}
	if sc.stage != nil {
		return sc.stage
	}
	m := sc.dc.main
	if m == nil {
		return nil
	}
	for _, c := range m.cands {
		if c.doc == sc.dc.idx && c.a < sc.s.b {
			return m
		}
	}
	if sc.dc.mainInTitle && sc.dc.sents[sc.dc.title].b <= sc.s.a {
		return m
	}
	if d := sc.dc.deverbal; d != nil && d.group != nil && d.group.final() == m && sc.dc.deverbalAt < sc.s.b {
		return m // the lead reported it by its verb
	}
	return nil
}

// eventRefAfter is the first event reference at or after token i.
func (sc *sentCtx) eventRefAfter(i int) *item { return sc.firstAfter(i, isEvent) }

// organizing finds ORGANIZED: "X организира / проведе EVENT", "EVENT беше
// организирано от X съвместно с Y и Z", "домакин". A supporter or patron
// ("с подкрепата на X", "под патронажа на") is no organiser.
func (r *run) organizing(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		active := false
		switch {
		case (hasPrefix(t, "организира", "organised", "organized", "organises", "organizes", "co-organis", "co-organiz", "съорганизира") || t.low == "organise" || t.low == "organize") && !hasPrefix(t, "организирането"):
			passiveEN := i > sc.s.a && (sc.tok(i-1).low == "was" || sc.tok(i-1).low == "is" || sc.tok(i-1).low == "were" || sc.tok(i-1).low == "been" || sc.tok(i-1).low == "be") ||
				i+1 < sc.s.b && (sc.tok(i+1).low == "by" || sc.tok(i+1).low == "with" || sc.tok(i+1).low == "together" || sc.tok(i+1).low == "jointly") ||
				i > sc.s.a && sc.tok(i-1).is(",") && t.latin && supportAside(sc, i) < 0 // ", organised together with X": a participle
			base := strings.TrimPrefix(strings.TrimPrefix(t.low, "co-"), "съ")
			active = (base == "организира" || base == "организираха" || base == "организират" || base == "organised" || base == "organized" || base == "organises" || base == "organizes" || base == "organise" || base == "organize") && !passiveEN
		case t.low == "проведе" || t.low == "проведоха" || t.low == "held" || t.low == "hold" || t.low == "holds" || t.low == "hosted" || t.low == "hosts" || hasPrefix(t, "домакинства"):
			active = !(i > sc.s.a && (sc.tok(i-1).low == "was" || sc.tok(i-1).low == "is" || sc.tok(i-1).low == "were")) && !(i+1 < sc.s.b && sc.tok(i+1).low == "by")
		default:
			continue
		}
		co := hasPrefix(t, "co-", "съорганизира")
		reflexive := i > sc.s.a && sc.tok(i-1).low == "се"
		if active && !reflexive {
			ev := sc.eventRefAfter(i + 1)
			if ev != nil && sc.findTok(ev.a-4, ev.a, func(t *token) bool {
				return t.low == "next" || t.low == "upcoming" || strings.HasPrefix(t.low, "следващ") || strings.HasPrefix(t.low, "предстоящ")
			}) >= 0 {
				continue // "will organise the next partners' meeting": no event yet
			}
			sub := r.subjectBefore(sc, i, isOrg)
			var subj []*group
			if sub != nil {
				for _, s := range sc.coordinatedBeforeAcr(sub, isOrg, true) {
					subj = append(subj, s.g)
				}
			} else if pronounSubject(sc, i) {
				// "it will co-organise the Summit with ECSO", "Той ще организира"
				if o := sc.docOrg(i); o != nil {
					subj = append(subj, o)
				}
			} else if partiesSubject(sc, i) {
				// "страните ще организират X": the parties of the document
				// the text reported signed
				subj = append(subj, sc.dc.parties...)
			}
			if ev == nil || len(subj) == 0 {
				continue
			}
			// "организира национален щанд на изложението Y", "organised
			// a stand at Y": a body that organises a stand or a
			// participation at an event takes part in it, it does not
			// organise the event
			if standBefore(sc, i+1, ev.a) {
				for _, s := range subj {
					r.addRel(sc.dc, sc.s, kg.ParticipatedIn, s, ev.g, "", "")
				}
				continue
			}
			if !hasPrefix(t, "организира", "organis", "organiz", "co-organ", "съорганиз", "домакинства", "host") && visitEvent(ev.g) {
				// "X проведе учебно посещение в Y", "X held a study visit":
				// who makes a visit travels to it; the host organises it
				for _, s := range subj {
					r.addRel(sc.dc, sc.s, kg.ParticipatedIn, s, ev.g, "", "")
				}
				continue
			}
			role := "organizer"
			if co {
				role = "co-organizer"
			}
			for _, s := range subj {
				r.addRel(sc.dc, sc.s, kg.Organized, s, ev.g, "role", role)
			}
			// "co-organise the Summit with ECSO", "организира форума
			// съвместно с X"
			for j := ev.b; j+1 < sc.s.b && j <= ev.b+2; j++ {
				w := sc.tok(j).low
				if w == "with" || (w == "с" || w == "със") && j > ev.b && (sc.tok(j-1).low == "съвместно" || sc.tok(j-1).low == "заедно") {
					for _, o := range sc.listAfter(j+1, 2, isOrg) {
						if vouched(o) {
							r.addRel(sc.dc, sc.s, kg.Organized, o.g, ev.g, "role", "co-organizer")
						}
					}
					break
				}
			}
			r.coOrganizersLater(sc, ev.b, ev.g)
			continue
		}
		// passive: the event before, the organisers after "от" / "съвместно с"
		ev := sc.nearestBefore(i, isEvent)
		if ev == nil {
			ev = sc.eventRefAfter(i + 1)
			// "the national pavilion, organised by X": what the participle
			// is said of is named before it, and is no event
			thingBefore := false
			if i-2 >= sc.s.a && sc.tok(i-1).is(",") && sc.tok(i-2).isWord() {
				p := sc.nearestBefore(i-1, func(*group) bool { return true })
				thingBefore = p == nil || p.b != i-1 || !isEvent(p.g)
			}
			if m := sc.implicitEvent(); ev == nil && m != nil && (reflexive || t.low != "организира") && !thingBefore {
				ev = &item{g: m}
			}
		}
		if ev == nil {
			continue
		}
		if reflexive && (t.low == "проведе" || t.low == "проведоха") {
			continue // "се проведе" tells where and when, not who
		}
		if r.organisedParticipation(sc, i, ev) {
			continue
		}
		agent, coWith := false, false
		for j := i + 1; j < sc.s.b && j < i+24; j++ {
			w := sc.tok(j).low
			if j > i+1 && (w == "който" || w == "която" || w == "което" || w == "които" || w == "which" || w == "who" || w == ";") {
				break // "организирано по проекта X, в който клъстерът участва заедно с Y"
			}
			if j > i+1 && (hasPrefix(sc.tok(j), "организира", "organis", "organiz", "co-organ", "съорганиз") || w == "hosted") {
				break // "hosted by X and co-organised by Y": the next verb reads its own
			}
			role, at := "", -1
			switch {
			case (w == "инициатива" || w == "initiative") && j+1 < sc.s.b && (sc.tok(j+1).low == "на" || sc.tok(j+1).low == "of"):
				// "се организира по инициатива на X", "organised on the initiative of X"
				role, at = "organizer", j+2
				if at < sc.s.b && sc.tok(at).low == "the" {
					at++
				}
			case w == "от" || w == "by" || co && w == "with" && j == i+1:
				role, at = "organizer", j+1
				if co {
					role = "co-organizer"
				}
				if at < sc.s.b && sc.tok(at).low == "the" {
					at++
				}
			case (w == "съвместно" || w == "заедно" || w == "jointly" || w == "together" || w == "партньорство" || w == "сътрудничество" || w == "cooperation" || w == "partnership" || w == "collaboration") && j+1 < sc.s.b &&
				(sc.tok(j+1).low == "с" || sc.tok(j+1).low == "със" || sc.tok(j+1).low == "with"):
				role, at = "co-organizer", j+2
				if at < sc.s.b && sc.tok(at).low == "the" {
					at++
				}
			case (w == "подкрепата" || w == "support" || w == "патронажа") && j+1 < sc.s.b && (sc.tok(j+1).low == "на" || sc.tok(j+1).low == "of"):
				// a supporter or patron is no organiser: skip its name
				if it := sc.itemAt(j + 2); it != nil {
					j = it.b - 1
				}
				continue
			}
			if at < 0 {
				continue
			}
			it := sc.firstAfter(at, func(*group) bool { return true })
			if it != nil && (it.a != at || !isOrg(it.g)) && role == "organizer" && w == "by" {
				it = orgPastDescription(sc, at) // "hosted by the Varna-based X"
			}
			if it != nil && it.a == at && isOrg(it.g) || it != nil && w == "by" && isOrg(it.g) && it.a > at {
				if role == "co-organizer" && w != "with" {
					coWith = true
				} else {
					agent = true
				}
				list := sc.coordinatedAfter(it, isOrg)
				// "съвместно с X и с Y", "by X and by Y": the preposition
				// repeated goes on with the list
				list = append(list, sc.repeatedPrep(list[len(list)-1], isOrg)...)
				for _, o := range list {
					r.addRel(sc.dc, sc.s, kg.Organized, o.g, ev.g, "role", role)
					j = o.b - 1
				}
			}
		}
		if coWith && !agent {
			r.impliedOrganiser(sc, i, ev.g)
		}
	}
	r.eventPartners(sc)
	r.hostComplement(sc)
	// "X беше домакин на EVENT", "X – домакин на EVENT"
	for i := sc.s.a; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		if !strings.HasPrefix(t.low, "домакин") && t.low != "host" && !strings.HasPrefix(t.low, "организатор") && !strings.HasPrefix(t.low, "съорганизатор") &&
			!hasPrefix(t, "organiser", "organizer", "co-organiser", "co-organizer") || t.low == "домакинства" {
			continue
		}
		role := "host"
		if hasPrefix(t, "организатор", "organiser", "organizer") {
			role = "organizer"
		} else if hasPrefix(t, "съорганизатор", "co-organiser", "co-organizer") {
			role = "co-organizer"
		}
		// "Домакин на срещата беше X", "The host of the forum was X": the
		// event named between the noun and the copula
		if r.hostOfEvent(sc, i, role) {
			continue
		}
		// "Организатори са X и Y", "The organisers were X and Y": the event
		// spoken of, in a sentence about no project
		// (", а съорганизатори – A, B и C": a dash for the copula)
		// ", а съорганизатор – Y", ", а домакин – Z": the verb left out after
		// a clause that said it, a dash in its place
		elided := i-2 > sc.s.a && sc.tok(i-1).low == "а" && sc.tok(i-2).is(",") && i+1 < sc.s.b && sc.tok(i+1).dash()
		if k := i + 1; (role != "host" || elided) && k+1 < sc.s.b && (copulaWord(sc.tok(k).low) || sc.tok(k).dash() && (plural(t) || elided)) && sc.firstAfter(sc.s.a, isProject) == nil {
			at := k + 1
			if sc.tok(at).low == "the" {
				at++
			}
			if o := sc.firstAfter(at, func(*group) bool { return true }); o != nil && (o.a == at || o.a == at+1 && headWordAt(sc, at)) && isOrg(o.g) {
				event := sc.implicitEvent()
				if ev := sc.nearestBefore(i, isEvent); elided && ev != nil {
					event = ev.g // the event of the clause before
				}
				if event != nil {
					for _, s := range sc.coordinatedAfter(o, isOrg) {
						r.addRel(sc.dc, sc.s, kg.Organized, s.g, event, "role", role)
					}
				}
			}
			continue
		}
		// "..., а домакин ще бъде Община Сливен", "The host was X": an
		// organisation after the copula hosts the event of the sentence,
		// else the one spoken of
		if k := i + 1; role == "host" && k+1 < sc.s.b && copulaWord(sc.tok(k).low) && sc.firstAfter(sc.s.a, isProject) == nil {
			at := k + 1
			for at < sc.s.b && at <= k+2 && (sc.tok(at).low == "бъде" || sc.tok(at).low == "be" || sc.tok(at).low == "the" || sc.tok(at).low == "и") {
				at++
			}
			if o := sc.firstAfter(at, func(*group) bool { return true }); o != nil && (o.a == at || o.a == at+1 && headWordAt(sc, at)) && isOrg(o.g) {
				var event *group
				if ev := sc.nearestBefore(i, isEvent); ev != nil {
					event = ev.g
				} else {
					event = sc.implicitEvent()
				}
				if event != nil {
					for _, s := range sc.coordinatedAfter(o, isOrg) {
						r.addRel(sc.dc, sc.s, kg.Organized, s.g, event, "role", role)
					}
				}
				continue
			}
		}
		// "Домакин беше хотел „Снежанка“": a venue hosts the event
		if role == "host" {
			if k := i + 1; k+1 < sc.s.b && (sc.tok(k).low == "беше" || sc.tok(k).low == "бе" || sc.tok(k).low == "е" || sc.tok(k).low == "ще" || sc.tok(k).low == "was" || sc.tok(k).low == "is") {
				for j := k + 1; j < sc.s.b && j <= k+4; j++ {
					if it := sc.itemAt(j); it != nil {
						if isPlace(it.g) {
							var event *group
							if ev := sc.eventRefAfter(i + 1); ev != nil {
								event = ev.g
							} else {
								event = sc.implicitEvent()
							}
							if event != nil {
								r.addRel(sc.dc, sc.s, kg.HeldIn, event, it.g, "", "")
							}
						}
						break
					}
				}
			}
		}
		ev := sc.eventRefAfter(i + 1)
		if ev == nil || ev.a > i+4 {
			continue
		}
		if sub := sc.nearestBefore(i, isOrg); sub != nil && !r.verbBetween(sc, sub.b, i) {
			for _, s := range sc.coordinatedBefore(sub, isOrg) {
				r.addRel(sc.dc, sc.s, kg.Organized, s.g, ev.g, "role", role)
			}
			r.coOrganizersLater(sc, ev.b, ev.g)
		} else if k := sc.findTok(ev.b, sc.s.b, func(t *token) bool {
			return t.low == "са" || t.low == "бяха" || t.low == "е" || t.low == "бе" || t.low == "беше" || t.low == "were" || t.low == "was" || t.low == "are" || t.low == "is" || t.is(":")
		}); k >= 0 && k <= ev.b+1 {
			// "Организатори на форума са X и Y", "Домакин на срещата беше X",
			// "Организатор е и X"
			at := k + 1
			if at < sc.s.b && (sc.tok(at).low == "и" || sc.tok(at).low == "also") {
				at++
			}
			if at < sc.s.b && sc.tok(at).low == "the" {
				at++
			}
			if o := sc.firstAfter(at, func(*group) bool { return true }); o != nil && (o.a == at || o.a == at+1 && headWordAt(sc, at)) && isOrg(o.g) {
				orgs := sc.coordinatedAfter(o, isOrg)
				for _, s := range orgs {
					r.addRel(sc.dc, sc.s, kg.Organized, s.g, ev.g, "role", role)
				}
				r.coOrganizers(sc, orgs[len(orgs)-1].b, ev.g)
			}
		}
	}
}

// eventPartners reads the partners of an event, who organise it with its
// organiser: "Партньори на събитието са A, B и C", "Partners of the forum
// are A and B" (a project's partners are read elsewhere).
func (r *run) eventPartners(sc *sentCtx) {
	for i := sc.s.a; i+3 < sc.s.b && i <= sc.s.a+2; i++ {
		t := sc.tok(i)
		if t.low != "партньори" && t.low != "партньорите" && t.low != "partners" {
			continue
		}
		at := i + 1
		if w := sc.tok(at).low; w != "на" && w != "of" {
			return
		}
		at++
		if sc.tok(at).low == "the" {
			at++
		}
		ev := sc.itemAt(at)
		if ev == nil || !isEvent(ev.g) || ev.b >= sc.s.b || !copulaWord(sc.tok(ev.b).low) {
			return
		}
		if o := sc.itemAt(ev.b + 1); o != nil && isOrg(o.g) {
			for _, x := range sc.listFrom(o, isOrg) {
				r.addRel(sc.dc, sc.s, kg.Organized, x.g, ev.g, "role", "co-organizer")
			}
		}
		return
	}
}

// headWordAt reports a word at token i that heads the quoted name after
// it: "Агроклъстер „Дунавска нива“", "фирмата „X“".
func headWordAt(sc *sentCtx, i int) bool {
	t := sc.tok(i)
	return t.isWord() && i+1 < sc.s.b && sc.tok(i+1).quote()
}

// plural reports a Bulgarian or English plural noun of people: "съорганизатори",
// "организаторите", "organisers".
func plural(t *token) bool {
	return strings.HasSuffix(t.low, "ри") || strings.HasSuffix(t.low, "рите") || strings.HasSuffix(t.low, "ers")
}

// coOrganizersLater reads partners named further on in the clause of an
// organiser's event: "will host a regional workshop ... in Rousse in June,
// in cooperation with X and Y".
func (r *run) coOrganizersLater(sc *sentCtx, from int, ev *group) {
	for j := from; j+2 < sc.s.b; j++ {
		w := sc.tok(j).low
		if w == "which" || w == "who" || w == "който" || w == "която" || w == "което" || w == "които" || sc.tok(j).is(";") {
			return
		}
		if sc.tok(j).is(",") && (sc.tok(j+1).low == "in" || sc.tok(j+1).low == "в") {
			r.coOrganizers(sc, j, ev)
			return
		}
	}
}

// coOrganizers reads the partners an organiser named just before token i
// works with: "Организатор е X, в партньорство с Y и Z", "..., in
// cooperation with the Y".
func (r *run) coOrganizers(sc *sentCtx, i int, ev *group) {
	j := i
	if j < sc.s.b && sc.tok(j).is(",") {
		j++
	}
	if j < sc.s.b && (sc.tok(j).low == "в" || sc.tok(j).low == "in") {
		j++
	}
	if j+1 >= sc.s.b {
		return
	}
	switch sc.tok(j).low {
	case "съвместно", "заедно", "партньорство", "сътрудничество", "cooperation", "partnership", "collaboration", "jointly", "together":
	default:
		return
	}
	if w := sc.tok(j + 1).low; w != "с" && w != "със" && w != "with" {
		return
	}
	at := j + 2
	if at < sc.s.b && sc.tok(at).low == "the" {
		at++
	}
	if it := sc.firstAfter(at, func(*group) bool { return true }); it != nil && it.a == at && isOrg(it.g) {
		for _, o := range sc.coordinatedAfter(it, isOrg) {
			r.addRel(sc.dc, sc.s, kg.Organized, o.g, ev, "role", "co-organizer")
		}
	}
}

// copulaWord is a form of "to be" that joins a noun to the names after it.
func copulaWord(w string) bool {
	switch w {
	case "са", "бяха", "е", "бе", "беше", "ще", "were", "was", "are", "is":
		return true
	}
	return false
}

// participation finds PARTICIPATED_IN: "X участва в EVENT", "X взе участие
// в EVENT", "X и Y се включиха в EVENT", "В семинара участваха
// представители на A, B и C", "Участие взеха X и Y", "Участници в срещата
// бяха X, Y и Z", "attended by A and B".
func (r *run) participation(sc *sentCtx) {
	r.jury(sc)
	r.exhibiting(sc)
	// "Участници в срещата бяха X, Y и Z", "Гости на форума бяха X и Y",
	// "Сред участниците бяха X и Y", "Participants included X and Y": the
	// event named after the noun, else the one spoken of — never in a
	// sentence about a project, whose "участници" are its partners
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		if !hasPrefix(t, "участници", "participants", "изложители", "exhibitors") && t.low != "гост" && t.low != "гости" && t.low != "гостите" && t.low != "guest" && t.low != "guests" {
			continue
		}
		if i > sc.s.a && (hasPrefix(sc.tok(i-1), "останал", "друг") || sc.tok(i-1).low == "other") {
			continue
		}
		var event *group
		end := i + 1
		if ev := sc.eventRefAfter(i + 1); ev != nil && ev.a <= i+3 {
			event, end = ev.g, ev.b
		} else if sc.firstAfter(sc.s.a, isProject) == nil && sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return hasPrefix(t, "проект", "project", "партньор", "partner") }) < 0 {
			event = sc.implicitEvent()
			// "Гост на събранието беше X": an event noun the text did
			// not resolve
			if n := end; n+1 < sc.s.b && (sc.tok(n).low == "на" || sc.tok(n).low == "в" || sc.tok(n).low == "of" || sc.tok(n).low == "at") {
				if n+2 < sc.s.b && sc.tok(n+1).low == "the" {
					n++
				}
				if h, ok := headAt(sc.dc, n+1); ok && h.typ == kg.Event {
					end = n + 2
				}
			}
		}
		if event == nil {
			continue
		}
		// "Сред изложителите ще бъдат X", "Participants will be X"
		fut := end < sc.s.b && (sc.tok(end).low == "ще" || sc.tok(end).low == "will")
		k := sc.findTok(end, sc.s.b, func(t *token) bool {
			return t.low == "са" || t.low == "бяха" || t.low == "бе" || t.low == "беше" || t.low == "е" || t.low == "was" || t.low == "is" || t.low == "били" || t.low == "were" || t.low == "are" || t.low == "included" || t.low == "include" || t.low == "включваха" || t.is(":") ||
				fut && (t.low == "бъдат" || t.low == "бъде" || t.low == "be" || t.low == "include" || t.low == "включват")
		})
		if k < 0 || k > end+1 && !(fut && k == end+2) {
			continue
		}
		if k+2 < sc.s.b && (sc.tok(k+2).low == "от" || sc.tok(k+2).low == "by") {
			continue // "участниците бяха приветствани от X": X spoke, see speaking
		}
		for _, it := range sc.participantsAfter(k + 1) {
			if !it.anaphor && it.g != event {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, it.g, event, "", "")
			}
		}
	}
	r.gathered(sc)
	r.winners(sc)
	r.amongParticipants(sc)
	r.delegation(sc)
	r.represented(sc)
	r.signing(sc)
	r.meetingWith(sc)
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		// "attended by A and B", "visited by", "беше посетена от A и B"
		attendedBy := (t.low == "attended" || t.low == "visited" || hasPrefix(t, "посетен")) && i+1 < sc.s.b && (sc.tok(i+1).low == "by" || sc.tok(i+1).low == "от")
		// "took part in", "посетиха изложението", "exhibited at": taking
		// part too
		tookPart := t.low == "part" && i > sc.s.a && (sc.tok(i-1).low == "took" || sc.tok(i-1).low == "take" || sc.tok(i-1).low == "takes" || sc.tok(i-1).low == "taking")
		visit := (hasPrefix(t, "посети", "exhibit", "изложи") || t.low == "visited" || t.low == "joined" || t.low == "joins") && sc.eventRefAfter(i+1) != nil && sc.eventRefAfter(i+1).a-i <= 2
		// "Клъстерът кани членовете си да участват в уебинара X": the one
		// who invites organises (see inviting), the invited are no subject
		// ("да се включат в хакатона X" likewise)
		joinIn := (t.low == "включат" || t.low == "включи" || t.low == "включите") && i-1 > sc.s.a && sc.tok(i-1).low == "се" && sc.tok(i-2).low == "да"
		if (hasPrefix(t, "участва") && i > sc.s.a && sc.tok(i-1).low == "да" || joinIn) &&
			sc.findTok(max(sc.s.a, i-14), i, func(t *token) bool { return hasPrefix(t, "кани", "покани", "invite") }) >= 0 {
			r.inviting(sc, i)
			continue
		}
		// "Събитието уважиха кметът X и ректорът Y": they honoured it by coming
		honoured := (t.low == "уважи" || t.low == "уважиха") && sc.nearestBefore(i, isEvent) != nil
		if !(hasPrefix(t, "участва", "участие", "присъства", "participat", "attend") || tookPart || visit || attendedBy || honoured || (t.low == "включи" || t.low == "включиха") && i > sc.s.a && sc.tok(i-1).low == "се") {
			continue
		}
		// "Участие взеха X и Y", "attended by A and B": the participants
		// after the verb
		after := attendedBy
		at := i + 1
		if attendedBy {
			at = i + 2
		} else if t.low == "участие" && i+1 < sc.s.b && hasPrefix(sc.tok(i+1), "взе") {
			after, at = true, i+2
		}
		ev := sc.eventRefAfter(i + 1)
		// "Участие в конференцията взеха X и Y": the event between the
		// noun and the verb
		inside := t.low == "участие" && ev != nil && ev.a <= i+2 && ev.b < sc.s.b && hasPrefix(sc.tok(ev.b), "взе") &&
			(sc.tok(i+1).low == "в" || sc.tok(i+1).low == "във")
		if inside {
			after, at = true, ev.b+1
		}
		if ev != nil && !inside && (ev.a-i > 6 || after && ev.a < at+1) {
			ev = nil
		}
		// "X, управител на Y, и Z също участваха", "X of Y also took part":
		// the people before the verb, past their appositions
		if !after && (t.low != "участие" || i > sc.s.a && hasPrefix(sc.tok(i-1), "взе")) {
			v := i
			if tookPart || t.low == "участие" {
				v = i - 1
			}
			if r.apposedAttendees(sc, i, v, ev) {
				continue
			}
		}
		// "Representatives of A and B attended.": the event spoken of
		if ev == nil && !after && t.low == "attended" && i+1 < sc.s.b && sc.tok(i+1).is(".") {
			if sub := sc.nearestBefore(i, isActor); sub != nil && !r.verbBetween(sc, sub.b, i) {
				sub = sc.affiliatedPerson(sub)
				if m := sc.implicitEvent(); m != nil {
					for _, s := range sc.coordinatedBefore(sub, isActor) {
						r.addRel(sc.dc, sc.s, kg.ParticipatedIn, s.g, m, "", "")
					}
				}
			}
			continue
		}
		if ev == nil {
			ev = sc.nearestBefore(i, isEvent)
		}
		// "в нея участваха X и Y": a pronoun for the event spoken of
		pron := sc.findTok(max(sc.s.a, i-3), i, func(t *token) bool {
			return t.low == "нея" || t.low == "него" || t.low == "it"
		}) >= 0 && i-2 >= sc.s.a && (sc.tok(i-2).low == "в" || sc.tok(i-2).low == "във" || sc.tok(i-3).low == "в")
		// "B2B среща с ..., на която присъства и X": the relative's event
		if !after && i-2 > sc.s.a && (sc.tok(i-2).low == "на" || sc.tok(i-2).low == "в") && (sc.tok(i-1).low == "която" || sc.tok(i-1).low == "който" || sc.tok(i-1).low == "което") {
			if pre := sc.nearestBefore(i, isEvent); pre != nil {
				for _, o := range sc.participantsAfter(i + 1) {
					r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, pre.g, "", "")
				}
				continue
			}
		}
		// "От страна на КМШ присъстваха председателят X и експертът Y": no
		// subject before the verb, the participants after it, the event of
		// the sentence before
		noSubject := false
		if !after && !pron && ev == nil && sc.implicitEvent() != nil && hasPrefix(t, "участва", "присъства", "participat", "attend") &&
			!projectLocus(sc, sc.s.a, i) {
			// (not "В консорциума участваха още X": the partners of a project)
			sub := sc.nearestBefore(i, isActor)
			noSubject = sub == nil || sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low] || r.verbBetween(sc, sub.b, i)
		}
		var event *group
		if ev != nil {
			event = ev.g
		} else if m := sc.implicitEvent(); (after || pron) && m != nil {
			event = m
		} else if noSubject {
			event = sc.implicitEvent()
		}
		if event == nil {
			continue
		}
		if pron && ev == nil || noSubject {
			for _, o := range sc.participantsAfter(i + 1) {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, event, "", "")
			}
			continue
		}
		if after {
			for _, o := range sc.participantsAfter(at) {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, event, "", "")
			}
			continue
		}
		// "Следващото участие на клъстера ще бъде в изложението X",
		// "участието на X в Y": the organisation of the noun takes part
		if hasPrefix(t, "участие") && i+2 < sc.s.b && sc.tok(i+1).low == "на" && ev != nil && ev.a > i+2 {
			if g := sc.orgRefAt(i + 2); g != nil {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, g, ev.g, "", "")
				continue
			}
		}
		sub := sc.nearestBefore(i, isActor)
		if i-2 > sc.s.a && sc.tok(i-1).low == "who" && sc.tok(i-2).is(",") {
			// "Olena X of the Y Cluster, who joined the meeting": who is the
			// person the body before the comma completes
			if p := whoPerson(sc, i-2); p != nil {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, p.g, event, "", "")
			}
			continue
		}
		if sub == nil || r.verbBetween(sc, sub.b, i) || ev.b <= i {
			// "В семинара участваха X и Y": the event first, the subjects after
			if pre := sc.nearestBefore(i, isEvent); pre != nil && i-pre.b <= 2 {
				for _, o := range sc.participantsAfter(i + 1) {
					r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, pre.g, "", "")
				}
			}
			continue
		}
		for _, s := range sc.coordinatedBefore(sub, isActor) {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, s.g, event, "", "")
		}
	}
}

// participantsAfter reads the participants listed from token i: "X и Y",
// "и представители на A, B и C", "also the mayor X".
func (sc *sentCtx) participantsAfter(i int) []*item {
	for i < sc.s.b {
		t := sc.tok(i)
		_, role := roleForms[t.low]
		// "областният управител на област X Y": a role with its qualifier
		// and the place or organisation of the role; the person after them
		// is the participant
		if end, _ := roleAfter(sc, i); end > i && sc.itemAt(i) == nil && end+1 < sc.s.b && (sc.tok(end).low == "на" || sc.tok(end).low == "of") {
			if o := sc.firstAfter(end+1, func(*group) bool { return true }); o != nil && o.a <= end+2 && (isPlace(o.g) || isOrg(o.g)) {
				if p := sc.personNear(o.b); p != nil {
					i = p.a
					continue
				}
			}
		}
		// "зам.-кметът на Габрово X": the abbreviation before a role
		abbrev := t.low == "зам" || (t.is(".") || t.is("-")) && i > sc.s.a && (sc.tok(i-1).low == "зам" || sc.tok(i-1).is(".") && i-2 >= sc.s.a && sc.tok(i-2).low == "зам")
		if t.low == "и" || t.low == "also" || t.low == "още" || t.low == "над" || t.digit || abbrev || role && sc.itemAt(i+1) != nil && sc.itemAt(i+1).g.typ == kg.Person ||
			personTitles[t.low] || t.is(".") && i > sc.s.a && personTitles[sc.tok(i-1).low] ||
			hasPrefix(t, "представител", "representative", "експерт", "expert", "ръководств", "служител", "студенти", "преподаватели", "учени", "изследователи",
				"директори", "собственици", "мениджъри", "специалисти", "students", "teachers", "researchers", "managers", "directors", "specialists") ||
			t.low == "на" || t.low == "of" || t.low == "from" || t.low == "от" || t.low == "the" ||
			// "над 60 души, сред които A и B", "some 80 people, including A"
			countNouns[t.low] && i > sc.s.a && sc.tok(i-1).digit || sc.amongThemAt(i) > i {
			if k := sc.amongThemAt(i); k > i {
				i = k
				continue
			}
			i++
			continue
		}
		break
	}
	list := sc.listAfter(i, 3, isActor)
	if len(list) == 0 {
		// "участваха и останалите партньори: A (Гърция), B и C": the list
		// after a colon
		for j := i; j < sc.s.b && j < i+5; j++ {
			if sc.itemAt(j) != nil || sc.tok(j).is(".") {
				break
			}
			if sc.tok(j).is(":") {
				list = sc.listAfter(j+1, 3, isActor)
				break
			}
		}
	}
	if len(list) == 0 {
		// "министърът на иновациите Петър Петров и кметът на Пловдив Иван
		// Иванов": people with roles whose complement names nothing
		list = sc.personsAfter(i)
	}
	if len(list) == 0 {
		// "над 50 представители на бизнеса, сред които A и B", "100
		// participants from industry, including A"
		for j := i; j < sc.s.b && j < i+5; j++ {
			if w := sc.tok(j); w.is(".") || w.is(";") || sc.itemAt(j) != nil {
				break
			}
			if k := sc.amongThemAt(j); k > j {
				list = sc.listAfter(k, 3, isActor)
				break
			}
		}
	}
	if len(list) == 0 && (i == sc.s.a || !hasPrefix(sc.tok(i-1), "представител", "representative")) {
		// "собственици на къщи за гости от ..., както и представители на
		// туроператора X и на Y": the organisations further on
		for j := i + 1; j+1 < sc.s.b && j < i+30; j++ {
			if w := sc.tok(j); w.is(";") || w.is(".") && !(j > sc.s.a && abbrevs[sc.tok(j-1).low]) {
				break
			}
			if hasPrefix(sc.tok(j), "представители", "representatives") && (sc.tok(j+1).low == "на" || sc.tok(j+1).low == "of") {
				list = append(list, sc.participantsAfter(j)...)
				break
			}
			// ", както и гости от Министерството X и от Агенцията Y"
			if (sc.tok(j).low == "гости" || sc.tok(j).low == "guests") && (sc.tok(j+1).low == "от" || sc.tok(j+1).low == "from") {
				if first := sc.listAfter(j+2, 3, isActor); len(first) > 0 {
					list = append(list, first...)
					last := first[len(first)-1]
					if k := last.b; k+2 < sc.s.b && sc.tok(k).low == "и" && sc.tok(k+1).low == "от" {
						list = append(list, sc.listAfter(k+2, 3, isActor)...)
					}
				}
			}
		}
	}
	// "BSBC director Maria Ivanova": the person is the participant
	for k := 0; k < len(list); k++ {
		it := list[k]
		if !isOrg(it.g) {
			continue
		}
		// "кметът на Община X Иван Петров и Y", "директорката на Дирекция X
		// – инж. Y": the person after the organisation of a role is the
		// participant, and the enumeration goes on after the person
		if p := sc.personOfRoleOrg(it); p != nil {
			list[k] = p
			if k == len(list)-1 {
				list = append(list, sc.listFrom(p, isActor)[1:]...)
			}
			continue
		}
		if end, _ := roleAfter(sc, it.b); end > it.b {
			if nx := sc.itemAt(end); nx != nil && isPerson(nx.g) {
				list[k] = nx
			}
		}
	}
	// "X и Y, координатор на проекта, както и експертът от Z W", "A and B,
	// as well as C": the list goes on past an apposition
	if n := len(list); n > 0 {
		for k := list[n-1].b; k+2 < sc.s.b && k < list[n-1].b+10; k++ {
			if w := sc.tok(k); w.is(".") && !(k > sc.s.a && (personTitles[sc.tok(k-1).low] || abbrevs[sc.tok(k-1).low])) || w.is(";") {
				break
			}
			if sc.tok(k).low == "както" && sc.tok(k+1).low == "и" || sc.tok(k).low == "as" && sc.tok(k+1).low == "well" {
				at := k + 2
				if sc.tok(k).low == "as" {
					at = k + 3
				}
				list = append(list, sc.participantsAfter(at)...)
				break
			}
		}
	}
	return list
}

// gathered finds the participants an event brought together: "Форумът
// събра представители на A, B и C", "The event brought together A and B",
// "The summit gathered A and B". The subject must be an event: a cluster that
// "brings together" companies has members, not participants.
func (r *run) gathered(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		at := -1
		switch {
		case t.low == "събра" || t.low == "събраха" || t.low == "gathered":
			at = i + 1
		case (t.low == "brought" || t.low == "brings" || t.low == "bring") && i+1 < sc.s.b && sc.tok(i+1).low == "together":
			at = i + 2
		}
		if at < 0 {
			continue
		}
		sub := sc.nearestBefore(i, func(*group) bool { return true })
		if sub == nil || !isEvent(sub.g) || r.verbBetween(sc, sub.b, i) {
			continue
		}
		for _, o := range sc.participantsAfter(at) {
			if !o.anaphor {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, sub.g, "", "")
			}
		}
	}
}

// organisedParticipation reads "Участието (на фирмите) беше организирано
// от X", "The participation was organised by X": what X organised is the
// taking part in the event, so X takes part; it organises no fair. It
// reports whether the passive at token i was said of a participation.
func (r *run) organisedParticipation(sc *sentCtx, i int, ev *item) bool {
	// "Участието", "Българското участие", "The Bulgarian participation"
	k := sc.findTok(sc.s.a, i, func(t *token) bool {
		return hasPrefix(t, "участието", "participation")
	})
	if k < 0 {
		k = sc.findTok(sc.s.a+1, i, func(t *token) bool { return t.low == "участие" })
		if k > sc.s.a && !strings.HasSuffix(sc.tok(k-1).low, "ото") && !strings.HasSuffix(sc.tok(k-1).low, "ето") {
			k = -1
		}
	}
	if k < 0 || i-k > 8 || ev.a > k && ev.a < i {
		return false
	}
	if i+1 < sc.s.b && (sc.tok(i+1).low == "от" || sc.tok(i+1).low == "by") {
		at := i + 2
		if at < sc.s.b && sc.tok(at).low == "the" {
			at++
		}
		list := sc.listAfter(at, 1, isOrg)
		// "... от X съвместно с Y", "by X together with Y": Y takes part too
		if n := len(list); n > 0 {
			j := list[n-1].b
			if j < sc.s.b && sc.tok(j).is("(") {
				for j < sc.s.b && !sc.tok(j).is(")") {
					j++
				}
				j++
			}
			if j+1 < sc.s.b && (sc.tok(j).low == "съвместно" || sc.tok(j).low == "заедно" || sc.tok(j).low == "together" || sc.tok(j).low == "jointly") {
				at := j + 1
				if w := sc.tok(at).low; w == "с" || w == "със" || w == "with" {
					at++
					if at < sc.s.b && sc.tok(at).low == "the" {
						at++
					}
					list = append(list, sc.listAfter(at, 1, isOrg)...)
				}
			}
		}
		for _, o := range list {
			if o.g != ev.g {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, ev.g, "", "")
			}
		}
	} else if j := i + 1; j+1 < sc.s.b && (sc.tok(j).low == "съвместно" || sc.tok(j).low == "заедно" || sc.tok(j).low == "together" || sc.tok(j).low == "jointly") {
		// "Участието е организирано съвместно с X": the partners named take
		// part, and so does the body the text speaks for
		at := j + 1
		if w := sc.tok(at).low; w != "с" && w != "със" && w != "with" {
			return true
		}
		at++
		if at < sc.s.b && sc.tok(at).low == "the" {
			at++
		}
		list := sc.listAfter(at, 1, isOrg)
		if len(list) == 0 {
			return true
		}
		if o := sc.prevSubj; o != nil && isOrg(o) {
			list = append(list, &item{g: o})
		} else if o := sc.dc.topicOrg(i); o != nil {
			list = append(list, &item{g: o})
		}
		for _, o := range list {
			if o.g != ev.g {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, ev.g, "", "")
			}
		}
	}
	return true
}

// awardWords name a prize: a sentence about winning one names the winners.
func awardWord(t *token) bool {
	return hasPrefix(t, "наград", "отличи", "award", "prize")
}

// winners finds the bodies that won a prize at a competition or award
// ceremony, who took part in it: "X спечели първо място в категорията ...
// на наградите Y", "Наградите получиха A, B и C", "Наградата бе присъдена на
// X", "X won the prize", "the award went to X". The event is the one named
// after the verb, else the one the text speaks of. Only organisations: a
// person receiving an award for a body is its speaker, not a contestant.
func (r *run) winners(sc *sentCtx) {
	award := sc.findTok(sc.s.a, sc.s.b, awardWord)
	if award < 0 {
		return
	}
	for v := sc.s.a + 1; v < sc.s.b; v++ {
		t := sc.tok(v)
		var who []*item
		switch {
		case t.low == "спечели" || t.low == "спечелиха" || t.low == "won":
			// the subject before the verb
			if sub := r.subjectBefore(sc, v, isOrg); sub != nil && !sub.anaphor {
				who = sc.coordinatedBefore(sub, isOrg)
			}
		case (t.low == "получи" || t.low == "получиха") && award < v:
			// "Наградите получиха A, B и C": the award before, the winners after
			who = sc.listAfter(v+1, 3, isOrg)
		case (hasPrefix(t, "присъден", "връчен") || t.low == "awarded" || t.low == "given" || t.low == "went") && award < v && v+1 < sc.s.b &&
			(sc.tok(v+1).low == "на" || sc.tok(v+1).low == "to"):
			who = sc.listAfter(v+2, 3, isOrg)
		default:
			continue
		}
		if len(who) == 0 {
			continue
		}
		var event *group
		if ev := sc.eventRefAfter(v + 1); ev != nil {
			event = ev.g
		} else if sc.firstAfter(sc.s.a, isProject) == nil {
			event = sc.implicitEvent()
		}
		if event == nil {
			continue
		}
		for _, w := range who {
			if !w.anaphor && w.g != event {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, w.g, event, "", "")
			}
		}
	}
}

// amongParticipants finds "X беше сред участниците в EVENT", "X и Y бяха
// сред гостите на форума", "X was among the participants": the subjects
// before, the event after the noun or the one spoken of.
func (r *run) amongParticipants(sc *sentCtx) {
	for i := sc.s.a + 1; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		if t.low != "сред" && t.low != "among" {
			continue
		}
		n := i + 1
		if sc.tok(n).low == "the" && n+1 < sc.s.b {
			n++
		}
		if !hasPrefix(sc.tok(n), "участниците", "гостите", "изложителите", "participants", "guests", "attendees", "exhibitors") {
			continue
		}
		switch sc.tok(i - 1).low {
		case "беше", "бе", "бяха", "е", "са", "was", "were", "is", "are":
		default:
			continue
		}
		var event *group
		if ev := sc.eventRefAfter(n + 1); ev != nil && ev.a <= n+3 {
			event = ev.g
		} else if sc.firstAfter(sc.s.a, isProject) == nil {
			event = sc.implicitEvent()
		}
		if event == nil {
			continue
		}
		sub := sc.nearestBefore(i-1, isActor)
		if sub == nil || r.verbBetween(sc, sub.b, i-1) || sub.anaphor {
			continue
		}
		for _, s := range sc.coordinatedBefore(sub, isActor) {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, s.g, event, "", "")
		}
	}
}

// countNouns are the plural nouns a head count of participants uses ("над 60
// души").
var countNouns = map[string]bool{"души": true, "човека": true, "участници": true, "гости": true, "people": true, "participants": true, "guests": true, "representatives": true, "представители": true}

// amongThemAt is the token after "(,) сред които / сред тях / including /
// among them / such as" at token i, or -1: the participants follow it.
func (sc *sentCtx) amongThemAt(i int) int {
	if i < sc.s.b && sc.tok(i).is(",") {
		i++
	}
	if i >= sc.s.b {
		return -1
	}
	switch w := sc.tok(i).low; {
	case w == "including" || w == "включително":
		return i + 1
	case (w == "сред" || w == "among") && i+1 < sc.s.b:
		switch sc.tok(i + 1).low {
		case "които", "тях", "them", "whom":
			return i + 2
		}
	case w == "such" && i+1 < sc.s.b && sc.tok(i+1).low == "as":
		return i + 2
	}
	return -1
}

// personOfRoleOrg is the person named right after an organisation that
// completes a role ("кметът на Община X Иван Петров", "директорката на
// Дирекция X – инж. Y", "the director of X, Ivan Petrov"), or nil.
func (sc *sentCtx) personOfRoleOrg(it *item) *item {
	if it.a-2 < sc.s.a {
		return nil
	}
	if of := sc.tok(it.a - 1).low; of != "на" && of != "of" {
		return nil
	}
	if _, role := roleForms[sc.tok(it.a-2).low]; !role {
		return nil
	}
	return sc.personNear(it.b)
}

// personNear is the person named at token j past a dash, a comma, a closing
// quote and titles ("– инж. Радка Попхристова"), or nil.
func (sc *sentCtx) personNear(j int) *item {
	start := j
	for j < sc.s.b && j < start+5 {
		t := sc.tok(j)
		if t.is("–") || t.is("-") || t.is(",") || t.is("\"") || t.is("“") || t.is("”") || t.is("»") || personTitles[t.low] ||
			t.is(".") && j > start && personTitles[sc.tok(j-1).low] {
			j++
			continue
		}
		break
	}
	if p := sc.itemAt(j); p != nil && p.a == j && isPerson(p.g) {
		return p
	}
	return nil
}

// presenting finds PRESENTED_AT: "Проект X беше представен на EVENT", "Y
// представи ... (пред EVENT)", "от X бяха представени", projects presented
// at the event a document is about.
func (r *run) presenting(sc *sentCtx) {
	// "Сред лекторите бяха X, Y", "Лектор беше проф. X"
	if k := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return hasPrefix(t, "лектор", "speaker", "панелист", "panellist", "panelist", "обучител", "trainer")
	}); k >= 0 {
		ev := sc.eventRefAfter(k + 1)
		var event *group
		if ev != nil && ev.a <= k+3 {
			event = ev.g
		} else if b := sc.nearestBefore(k, isEvent); b != nil && !b.anaphor {
			event = b.g // "• 3 юли – уебинар „X“, лектор Y": the line's event
		} else if m := sc.implicitEvent(); m != nil {
			event = m
		}
		if event != nil {
			for n := range sc.items {
				if it := &sc.items[n]; it.a > k && it.g.typ == kg.Person {
					r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
				}
			}
		}
	}
	r.speaking(sc)
	r.chairedBy(sc)
	r.quotedSpeakers(sc)
	r.talks(sc)
	r.explaining(sc)
	r.agendaLine(sc)
	if r.exhibiting(sc) {
		return // "представиха продукцията си на изложението": exhibitors
	}
	trig := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return hasPrefix(t, "представ", "презентира", "демонстрира", "запозна", "presented", "showcased", "introduced") &&
			!hasPrefix(t, "представител", "представлява", "представителство", "представляв")
	})
	if trig < 0 {
		return
	}
	ev := sc.eventRefAfter(trig + 1)
	if ev != nil && (prospectiveAt(sc, ev.a) || nextEvent(sc.dc, ev.a)) {
		ev = nil // "X представи ... и покани фирмите да се включат в Y": Y is not where
	}
	if ev == nil {
		ev = sc.nearestBefore(trig, isEvent)
	}
	var event *group
	fallback := false
	if ev != nil {
		event = ev.g
	} else if m := sc.implicitEvent(); m != nil {
		event, fallback = m, true
	}
	if event == nil {
		return
	}
	holders := map[*group]bool{}
	for _, it := range sc.items {
		if it.g.typ == kg.Person {
			holders[it.g] = true
		}
	}
	// "На срещата беше представена и европейската платформа Photonics21",
	// "A separate session introduced the Space Accelerator Call": what the
	// passive verb, or a verb whose subject is the event, names right after
	// it was presented there
	tt := sc.tok(trig)
	passive := hasPrefix(tt, "представен") || (tt.low == "presented" || tt.low == "showcased" || tt.low == "introduced") && trig > sc.s.a &&
		(sc.tok(trig-1).low == "was" || sc.tok(trig-1).low == "were" || sc.tok(trig-1).low == "been")
	if sub := sc.nearestBefore(trig, func(*group) bool { return true }); !passive && sub != nil && isEvent(sub.g) && !r.verbBetween(sc, sub.b, trig) &&
		(tt.low == "introduced" || tt.low == "presented" || tt.low == "showcased" || tt.low == "представи" || tt.low == "представиха") {
		passive = true
		if !fallback && ev != nil && ev.a > trig {
			event = sub.g
		}
	}
	if obj := sc.firstAfter(trig+1, func(*group) bool { return true }); passive && obj != nil && obj.a-trig <= 5 && obj.g != event &&
		(isOrg(obj.g) || isProgramme(obj.g) || isProject(obj.g)) && !(obj.a > sc.s.a && (sc.tok(obj.a-1).low == "от" || sc.tok(obj.a-1).low == "by")) &&
		sc.findTok(trig+1, obj.a, func(t *token) bool {
			// only "и/also", articles and adjectives between: "представен
			// чрез проекта X" presents something else
			return !t.isWord() && !t.quote() || t.stop && t.low != "и" && t.low != "also" && t.low != "the" && t.low != "a" && t.low != "an" || looksVerb(t.low) && !t.latin
		}) < 0 {
		r.addRel(sc.dc, sc.s, kg.PresentedAt, obj.g, event, "", "")
	}
	// "X представи клъстера и на конференцията Y", "X presented the
	// cluster at Y": the organisation presented right after an active
	// verb is presented at the event the sentence names
	if !passive && !fallback && ev != nil && ev.a > trig {
		at := trig + 1
		if at < sc.s.b && (sc.tok(at).low == "the" || sc.tok(at).low == "its") {
			at++
		}
		if obj := sc.itemAt(at); obj != nil && isOrg(obj.g) && obj.b <= ev.a && obj.g != event {
			r.addRel(sc.dc, sc.s, kg.PresentedAt, obj.g, event, "", "")
		}
	}
	// "Свое виждане представиха и X, Y, както и Z": nothing that could be
	// the subject before the verb, the presenters after it
	inverted := map[*group]bool{}
	if (tt.low == "представи" || tt.low == "представиха") && trig > sc.s.a && sc.tok(trig-1).low != "се" &&
		sc.nearestBefore(trig, isActor) == nil && sc.nearestBefore(trig, isProject) == nil {
		at := trig + 1
		if at < sc.s.b && (sc.tok(at).low == "и" || sc.tok(at).low == "също") {
			at++
		}
		for _, p := range sc.personsAfter(at) {
			inverted[p.g] = true
			r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, event, "", "")
		}
	}
	for k := range sc.items {
		it := &sc.items[k]
		if it.g == event || it.anaphor && !isProject(it.g) {
			continue
		}
		switch {
		case isProject(it.g) && (roleOfProject(sc, it) || it.anaphor && it.b < sc.s.b && hasPrefix(sc.tok(it.b), "coordinator", "manager", "leader", "координатор", "мениджър")):
			// "Анелия Пеева, ръководител на проекта X", "Ръководителят на
			// проекта ... запозна", "project coordinator at Y": a
			// presenter's title, not what was presented
		case isProject(it.g) && it.anaphor && it.b+1 < sc.s.b && sc.tok(it.b).low == "на" && sc.tok(it.b+1).cap:
			// "представи проекта на Национална пътна карта": the draft of
			// a document, not the text's project
		case isProject(it.g):
			r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
		case it.g.typ == kg.Person && it.b <= trig:
			r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
		case it.g.typ == kg.Person && it.a > trig && it.a-trig <= 10 && byAgent(sc, trig+1, it.a):
			// "беше представен от ръководителя му Петя Колева", "presented
			// by its chairman X"
			r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
		case isOrg(it.g) && fallback && relativeSubject(sc, trig) == it && sc.prevEvent == event:
			r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
		case isOrg(it.g) && it.b <= trig && expertsOf(sc) && !r.verbBetween(sc, it.b, trig):
			// "Експерти от Министерството на туризма и от Агенцията X
			// представиха ...": the organisations whose people presented
			r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
		case isOrg(it.g) && !fallback:
			// the subject before the verb, unless a person of it presents;
			// or "от X" next to a passive verb
			before := it.b <= trig && trig-it.b <= 4 && !r.verbBetween(sc, it.b, trig) && len(holders) == 0 && nearestOrgBefore(sc, trig) == it ||
				relativeSubject(sc, trig) == it
			byOt := it.a > sc.s.a && sc.tok(it.a-1).low == "от" && (absInt(it.a-trig) <= 3 || absInt(trig-it.b) <= 3)
			if before || byOt {
				r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
			}
		}
	}
}

// clockLine reports sentence si opening a line with a clock time and a dash
// ("10:20 –", "9.30 ч. –", "14,00 h -"): a line of an event's programme.
func clockLine(dc *docCtx, si int) bool {
	s := dc.sents[si]
	t := &dc.toks[s.a]
	if !t.digit || !t.lineBeg || s.b-s.a < 4 {
		return false
	}
	k := s.a + 1
	if k+1 < s.b && (dc.toks[k].is(":") || dc.toks[k].is(",") || dc.toks[k].is(".")) && dc.toks[k+1].digit {
		k += 2
	} else {
		return false
	}
	if k < s.b && (dc.toks[k].low == "ч" || dc.toks[k].low == "h") {
		k++
		if k < s.b && dc.toks[k].is(".") {
			k++
		}
	}
	return k < s.b && dc.toks[k].dash()
}

// roleOfProject reports a project named in a role before it: "ръководител
// на проекта X", "manager of the X project".
func roleOfProject(sc *sentCtx, it *item) bool {
	for j := it.a - 1; j >= sc.s.a && j >= it.a-4; j-- {
		if _, role := roleForms[sc.tok(j).low]; role || hasPrefix(sc.tok(j), "ръководител", "координатор", "manager", "coordinator") {
			return true
		}
	}
	return false
}

// agendaLine reads a line of an event's programme: "10,15 – 11,30 ч. –
// Представяне на условията – Деян Костадинов, началник на отдел в МИР",
// "09:30 Opening by X": the people on a timed line of the programme present
// at the event the text speaks of.
func (r *run) agendaLine(sc *sentCtx) {
	// a programme: two clock times or more, each followed by a dash ("10,15
	// – 11,30 ч. –"), in one sentence (its lines run together without full
	// stops) or a line that opens with one
	times := 0
	for j := sc.s.a; j+1 < sc.s.b; j++ {
		if !sc.tok(j).digit {
			continue
		}
		k := j + 1
		// "10,15" and "10:15" are a digit, a separator and a digit
		if k+1 < sc.s.b && (sc.tok(k).is(",") || sc.tok(k).is(":")) && sc.tok(k+1).digit {
			k += 2
		}
		if k < sc.s.b && (sc.tok(k).low == "ч" || sc.tok(k).low == "h") {
			k++
			if k < sc.s.b && sc.tok(k).is(".") {
				k++
			}
		}
		if k > j+1 && k < sc.s.b && sc.tok(k).dash() {
			times++
			j = k
		}
	}
	// "10,15 – 11,30 ч." ends a sentence at "ч."; its line goes on in the
	// next one: "– Представяне ... – Деян Костадинов"
	if si := sc.dc.sentOf[sc.s.a]; times < 2 && si > 0 && sc.tok(sc.s.a).dash() {
		p := sc.dc.sents[si-1]
		if p.b-p.a <= 10 && sc.tok(p.a).digit && p.b-2 > p.a && sc.tok(p.b-2).low == "ч" {
			times = 2
		}
	}
	// "10:00 – Откриване: X, ...", "10:20 – „...“ – Y, Z": a line that opens
	// with one clock time and a dash, in a run of such lines
	if si := sc.dc.sentOf[sc.s.a]; times < 2 && clockLine(sc.dc, si) &&
		(si > 0 && clockLine(sc.dc, si-1) || si+1 < len(sc.dc.sents) && clockLine(sc.dc, si+1)) {
		times = 2
	}
	if times < 2 {
		return
	}
	event := sc.implicitEvent()
	if event == nil {
		return
	}
	for _, it := range sc.items {
		if isPerson(it.g) && !it.anaphor {
			r.addRel(sc.dc, sc.s, kg.PresentedAt, it.g, event, "", "")
		}
	}
}

// inviting reads "X кани членовете си ... да участват в EVENT": X organises
// the event named after the verb of taking part at token i.
func (r *run) inviting(sc *sentCtx, i int) {
	ev := sc.eventRefAfter(i + 1)
	if ev == nil || ev.a-i > 6 {
		return
	}
	k := sc.findTok(max(sc.s.a, i-14), i, func(t *token) bool { return hasPrefix(t, "кани", "покани", "invite") })
	if sub := r.subjectBefore(sc, k, isOrg); sub != nil {
		if standBefore(sc, i+1, ev.a) {
			// "кани членовете си да се включат в щанда на изложението Y":
			// the inviter takes part with its stand
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, sub.g, ev.g, "", "")
			return
		}
		r.addRel(sc.dc, sc.s, kg.Organized, sub.g, ev.g, "role", "organizer")
	}
}

// standBefore reports a stand or a participation named in tokens [a, b)
// before an event ("щанд на изложението", "a stand at", "участие в"): who
// organises or fills it takes part in the event, it does not organise it.
func standBefore(sc *sentCtx, a, b int) bool {
	return sc.findTok(a, b, func(t *token) bool {
		return hasPrefix(t, "щанд", "стенд", "павилион", "участие", "участието") || t.low == "stand" || t.low == "booth" || t.low == "pavilion" || t.low == "participation"
	}) >= 0
}

// meetingWith reads whom a meeting was with: "B2B среща с представители на
// A и на B", "a meeting with representatives of A and B" — they took part.
func (r *run) meetingWith(sc *sentCtx) {
	for _, ev := range sc.items {
		if !isEvent(ev.g) || ev.b+2 >= sc.s.b {
			continue
		}
		if w := sc.tok(ev.b).low; w != "с" && w != "със" && w != "with" {
			continue
		}
		if !hasPrefix(sc.tok(ev.b+1), "представители", "representatives") {
			continue
		}
		// the organisations named up to the end of the clause ("на A и на
		// B, на която ...")
		for j := ev.b + 2; j < sc.s.b; j++ {
			t := sc.tok(j)
			if t.is(".") || t.is(";") || t.is(",") && j+1 < sc.s.b && (hasPrefix(sc.tok(j+1), "която", "който", "което", "които", "which", "who") ||
				j+2 < sc.s.b && (sc.tok(j+1).low == "на" || sc.tok(j+1).low == "в" || sc.tok(j+1).low == "at") && hasPrefix(sc.tok(j+2), "която", "който", "което", "which")) {
				break
			}
			if o := sc.itemAt(j); o != nil && o.a == j {
				if isOrg(o.g) && !o.anaphor {
					r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, ev.g, "", "")
				}
				j = o.b - 1
			}
		}
	}
}

// expertsOf reports a sentence whose subject is the people of organisations:
// "Експерти от X и от Y ...", "Representatives of X ...".
func expertsOf(sc *sentCtx) bool {
	a := sc.s.a
	return a+1 < sc.s.b && hasPrefix(sc.tok(a), "експерти", "представители", "специалисти", "experts", "representatives", "specialists") &&
		(sc.tok(a+1).low == "от" || sc.tok(a+1).low == "на" || sc.tok(a+1).low == "of" || sc.tok(a+1).low == "from")
}

// speakVerbs say that someone spoke at an event: a speaker presented there.
var speakVerbs = setOf("говори", "говориха", "изказа", "изказаха", "изнесе", "изнесоха", "отправи", "spoke", "addressed", "delivered",
	"сподели", "споделиха", "разказа", "разказаха", "приветствани", "приветствана", "приветствани", "welcomed", "greeted")

// deliverVerbs deliver a talk or a greeting.
var deliverVerbs = setOf("изнесе", "изнесоха", "отправи", "отправиха")

// explainVerbs tell what a speaker said: at an event the text has just
// spoken of, the one who explains there presents there.
var explainVerbs = setOf("разказа", "обясни", "подчерта", "представи", "запозна", "показа", "демонстрира", "отчете", "explained", "shared", "outlined", "highlighted", "stressed", "described",
	"reviewed", "showed", "demonstrated", "summarised", "summarized", "reported")

// explaining finds "Технологът X обясни как ...", "Г-н X подчерта, че ...",
// ", а X разказа за ...": a person subject of a verb of explaining, in a
// sentence after one about the event (or one that names it, or in a clause
// beside another speaker's), presented at the event.
func (r *run) explaining(sc *sentCtx) {
	for i := sc.s.a + 1; i < sc.s.b; i++ {
		t := sc.tok(i)
		if !t.in(lExplainVerb) {
			continue
		}
		sub := r.subjectBefore(sc, i, isPerson)
		if sub == nil || sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low] {
			continue
		}
		// the subject opens the sentence or its clause (", а X ...", ", а
		// доц. X", ", а кметът на Община Y X")
		opens := func(k int) bool {
			if k >= sc.s.a && !(sc.tok(k).low == "а" || sc.tok(k).low == "and" || sc.tok(k).low == "while") && !personTitles[sc.tok(k).low] && !sc.tok(k).is(".") {
				if _, role := roleForms[sc.tok(k).low]; !role && k > sc.s.a {
					return false
				}
			}
			return true
		}
		k := sc.openerBefore(sub.a)
		inSpeech := speechOpener(sc, k)
		if !opens(sub.a-1) && !opens(k) && !inSpeech {
			continue
		}
		var event *group
		if ev := sc.nearestBefore(sub.a, isEvent); ev != nil {
			event = ev.g
		} else if sc.prevEvent != nil && !sc.prevScheduled() {
			// (not a coming event the sentence before announced)
			event = sc.prevEvent
		} else if sc.prevPresented != nil && (k < sc.s.a || sc.tok(k).low == "а" || sc.tok(k).low == "while") {
			// the talks of the sentences before go on
			event = sc.prevPresented
		} else if inSpeech {
			event = sc.implicitEvent()
		} else if k > sc.s.a && (sc.tok(k).low == "а" || sc.tok(k).low == "while") &&
			sc.findTok(sc.s.a, k, func(t *token) bool { return t.in(lExplainVerb) || t.in(lSpeakVerb) || t.in(lOpenVerb) }) >= 0 {
			// "X представи резултатите, а Y разказа за ...": beside another
			// speaker, at the event the text speaks of
			event = sc.implicitEvent()
		}
		if event == nil {
			continue
		}
		for _, p := range sc.coordinatedBefore(sub, isPerson) {
			r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, event, "", "")
		}
	}
}

// prevScheduled reports a sentence before this one that sets an event for
// later ("..., което ще се проведе през октомври").
func (sc *sentCtx) prevScheduled() bool {
	si := sc.dc.sentOf[sc.s.a]
	return si > 0 && scheduledCue(sc.dc, sc.dc.sents[si-1])
}

// exhibiting reads exhibitors: "Девет фирми – членове на Клъстер X
// представиха продукцията си на общ щанд на изложението Y", "Eleven members
// of the X cluster exhibited their products at Y", "X изложи продуктите си
// на Y": X (or the body whose members exhibited) took part in Y. It
// reports a sentence about exhibiting, whose verb presents products.
func (r *run) exhibiting(sc *sentCtx) bool {
	for v := sc.s.a + 1; v < sc.s.b; v++ {
		t := sc.tok(v)
		if !showVerb(t) {
			continue
		}
		// what was shown: products, not a talk; after the verb or fronted
		// ("свои продукти показаха X и Y")
		isProduct := func(t *token) bool {
			return hasPrefix(t, "продукц", "продукт", "стоки", "products", "produce", "goods")
		}
		products := sc.findTok(v+1, min(sc.s.b, v+4), isProduct) >= 0 || sc.findTok(max(sc.s.a, v-5), v, isProduct) >= 0
		if !products {
			continue
		}
		var event *group
		if ev := sc.eventRefAfter(v + 1); ev != nil && ev.a-v <= 12 {
			event = ev.g
		} else if sc.firstAfter(sc.s.a, isEvent) == nil {
			// "На щанда свои продукти показаха X и Y": at the fair in play
			// when the sentence names no event (one named before the verb
			// may be what the products were shown for: left alone)
			event = sc.implicitEvent()
		}
		if event == nil {
			return false
		}
		var who []*item
		// "N фирми – членове на X", "Eleven members of the X"
		for j := sc.s.a; j+2 < v; j++ {
			if w := sc.tok(j).low; w != "членове" && w != "members" && w != "member" {
				continue
			}
			k := j + 1
			if w := sc.tok(k).low; w != "на" && w != "of" {
				continue
			}
			k++
			if sc.tok(k).low == "the" {
				k++
			}
			if o := sc.itemAt(k); o != nil && isOrg(o.g) && !r.verbBetween(sc, o.b, v) {
				who = append(who, o)
			}
			break
		}
		// a body after a preposition ("На щанда на клъстера") is no subject
		inPhrase := func(it *item) bool { return it.a > sc.s.a && objectPreps[sc.tok(it.a-1).low] }
		if len(who) == 0 {
			if sub := r.subjectBefore(sc, v, isOrg); sub != nil && !inPhrase(sub) {
				who = sc.coordinatedBefore(sub, isOrg)
			}
		}
		if sub := sc.nearestBefore(v, isActor); len(who) == 0 && (sub == nil || inPhrase(sub)) {
			// the exhibitors after the verb: every body of the list, not
			// one a member or seat of another ("X от Севлиево")
			who = exhibitorsAfter(sc, v+1)
		}
		for _, o := range who {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, o.g, event, "", "")
		}
		return true
	}
	return false
}

// showVerb reports a finite verb of showing or exhibiting, in any tense
// ("представиха", "ще покажат", "изложи", "exhibited", "will showcase").
func showVerb(t *token) bool {
	if hasPrefix(t, "exhibit", "изложи", "изложа", "показа", "покаж", "показв", "showcas", "display") {
		return !hasPrefix(t, "exhibition", "изложител")
	}
	switch t.low {
	case "представи", "представиха", "представя", "представят", "представим", "presented", "presents", "present", "showed", "shows", "show", "shown":
		return true
	}
	return false
}

// exhibitorsAfter lists the bodies named from token i on, up to the end of
// the clause: each item of the list, past describing words ("габровските
// X", "както и Y от Z"), but not a body "на"/"of"/"от" another.
func exhibitorsAfter(sc *sentCtx, i int) []*item {
	var out []*item
	for j := i; j < sc.s.b; j++ {
		if it := sc.itemAt(j); it != nil {
			if isOrg(it.g) && !it.anaphor && !it.g.weak {
				if p := sc.tok(it.a - 1).low; p != "на" && p != "of" && p != "от" && p != "from" {
					out = append(out, it)
				}
			}
			j = it.b - 1
			continue
		}
		t := sc.tok(j)
		if t.is(".") && !(j > sc.s.a && abbrevs[sc.tok(j-1).low]) || t.is(";") || t.is(":") && len(out) > 0 || t.isWord() && frameBreakers[t.low] && t.low != "а" {
			break
		}
	}
	return out
}

// competitionHeads are the head nouns of events that a jury judges.
var competitionHeads = []string{"конкурс", "състезание", "награди", "награда", "хакатон", "prize", "award", "competition", "contest", "awards", "hackathon", "challenge"}

// jury reads the members of a jury, who take part in the competition the
// text speaks of: "The jury was chaired by X and included Y and Z",
// "Журито беше в състав: X, Y и Z", "В журито бяха X и Y".
func (r *run) jury(sc *sentCtx) {
	k := sc.findTok(sc.s.a, min(sc.s.b, sc.s.a+3), func(t *token) bool {
		return t.low == "jury" || t.low == "журито" || t.low == "жури"
	})
	if k < 0 || k > sc.s.a && !(sc.tok(k-1).low == "the" || sc.tok(k-1).low == "в" || sc.tok(k-1).low == "във") {
		return
	}
	// a jury judges the text's competition, not the ceremony its prizes
	// are handed over at
	event := sc.dc.onlyEventOf(competitionHeads...)
	if event == nil {
		event = sc.implicitEvent()
	}
	if event == nil {
		return
	}
	for _, it := range sc.items {
		if isPerson(it.g) && !it.anaphor && it.a > k {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, it.g, event, "", "")
		}
	}
}

// audienceSubject reports a sentence whose subject is the audience of the
// event: "Участниците ...", "Гостите ...", "The participants ...".
func audienceSubject(sc *sentCtx) bool {
	a := sc.s.a
	if sc.tok(a).low == "the" && a+1 < sc.s.b {
		a++
	}
	return hasPrefix(sc.tok(a), "участниците", "гостите", "participants", "guests", "attendees")
}

// speechNouns name what a speaker says at an event.
var speechNouns = setOf("думи", "приветствие", "приветствието", "изказване", "изказването", "обръщение", "обръщението", "слово", "словото",
	"remarks", "speech", "address", "keynote")

// speechOpener reports a sentence that opens, up to token k, with the
// speech its subject gave: "Във встъпителните си думи проф. X ...", "В
// приветствието си X ...", "In his opening remarks, X ...".
func speechOpener(sc *sentCtx, k int) bool {
	if k < sc.s.a || k-sc.s.a > 5 {
		return false
	}
	// "Откривайки форума, X подчерта", "Opening the forum, Y said": the
	// speaker opened or closed the event
	if w := sc.tok(sc.s.a).low; w == "откривайки" || w == "закривайки" || (w == "opening" || w == "closing") && sc.s.a+1 < sc.s.b && sc.tok(sc.s.a+1).low == "the" {
		return sc.tok(k).is(",")
	}
	if w := sc.tok(sc.s.a).low; w != "в" && w != "във" && w != "in" {
		return false
	}
	for j := sc.s.a + 1; j <= k; j++ {
		if speechNouns[sc.tok(j).low] {
			return true
		}
	}
	return false
}

// openerBefore is the token before a subject that starts at token a, past
// the subject's titles ("доц.", "Dr") and a role with its organisation
// ("кметът на Община Y"): the clause opener (", а", "and") or the start.
func (sc *sentCtx) openerBefore(a int) int {
	k := a - 1
	for k >= sc.s.a {
		t := sc.tok(k)
		switch {
		case personTitles[t.low], t.is(".") && k > sc.s.a && personTitles[sc.tok(k-1).low]:
			k--
			continue
		}
		if o := sc.nearestBefore(k+1, isOrg); o != nil && o.b == k+1 && o.a-2 >= sc.s.a && (sc.tok(o.a-1).low == "на" || sc.tok(o.a-1).low == "of") {
			if _, role := roleForms[sc.tok(o.a-2).low]; role {
				k = o.a - 3
				continue
			}
		}
		if _, role := roleForms[t.low]; role && k > sc.s.a && !sc.tok(k-1).isWord() {
			k-- // ", а председателят X"
			continue
		}
		break
	}
	return k
}

// openVerbs open an event; the one who opens it speaks there.
var openVerbs = setOf("откри", "откриха", "открито", "открита", "открит", "opened")

// speaking finds speakers: "По време на форума говориха X и Y", "Лекции
// изнесоха проф. X и Y", "Приветствие отправи X", "Събранието беше открито
// от председателя на УС на ДЛК Пламен Цоков", "The keynote was delivered
// by X". A speaker is a presenter (the gold convention).
func (r *run) speaking(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		open := t.in(lOpenVerb)
		if !t.in(lSpeakVerb) && !open {
			continue
		}
		ev := sc.eventRefAfter(i + 1)
		if ev != nil && ev.a-i > 4 {
			ev = nil
		}
		if ev == nil {
			if b := sc.nearestBefore(i, isEvent); b != nil {
				ev = b
			}
		}
		var event *group
		if ev != nil {
			event = ev.g
		} else if !open && sc.prevEvent != nil {
			event = sc.prevEvent
		} else if !open && i-2 >= sc.s.a && (sc.tok(i-2).low == "пред" || sc.tok(i-2).low == "before") && hasPrefix(sc.tok(i-1), "участни", "гости", "аудитория", "присъства", "participants", "audience", "guests") {
			// "Пред участниците говориха X и Y": the audience of the event
			// the text speaks of
			event = sc.implicitEvent()
		} else if !open && audienceSubject(sc) {
			// "Участниците бяха приветствани от X", "The participants were
			// welcomed by X"
			event = sc.implicitEvent()
		}
		if event == nil && deliverVerbs[t.low] && sc.findTok(sc.s.a, i, func(t *token) bool { return t.in(lTalkNoun) || hasPrefix(t, "приветств") }) >= 0 &&
			sc.nearestBefore(i, isActor) == nil {
			// "Презентация за ... изнесе X", "Приветствие отправи Y": the
			// talk first, its speaker after the verb, at the event the text
			// speaks of
			event = sc.implicitEvent()
		}
		chained := false
		if event == nil && !open && sc.prevPresented != nil {
			event, chained = sc.prevPresented, true
		}
		if event == nil {
			continue
		}
		var speakers []*item
		if chained {
			// "X представи ... . Y от Z говори за ...": a speaker among
			// speakers, the subject opening the sentence or its clause, who
			// speaks on a topic, not "Y сподели, че ..." (that only says something)
			if w := sc.tok(min(i+1, sc.s.b-1)); w.is(",") || w.low == "че" || w.low == "that" {
				continue
			}
			if sub := r.subjectBefore(sc, i, isPerson); sub != nil && !(sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low]) {
				if k := sc.openerBefore(sub.a); k < sc.s.a || sc.tok(k).low == "а" || sc.tok(k).low == "and" {
					speakers = sc.coordinatedBefore(sub, isPerson)
				}
			}
		} else if k := i + 1; k < sc.s.b && (sc.tok(k).low == "от" || sc.tok(k).low == "by") {
			// passive: "открито от председателя на УС на ДЛК инж. X"
			for j := k + 1; j < sc.s.b && j < k+12; j++ {
				if it := sc.itemAt(j); it != nil && isPerson(it.g) {
					speakers = sc.listFrom(it, isPerson)
					// "opened by Dr. X, Chair of Y, and by Z": the next "and by"
					for m := speakers[len(speakers)-1].b; m+1 < sc.s.b && m < speakers[len(speakers)-1].b+14; m++ {
						if w := sc.tok(m).low; (w == "и" || w == "and") && (sc.tok(m+1).low == "от" || sc.tok(m+1).low == "by") {
							if more := sc.personsAfter(m + 2); len(more) > 0 {
								speakers = append(speakers, more...)
							}
							break
						}
						if sc.tok(m).is(".") && !(m > sc.s.a && personTitles[sc.tok(m-1).low]) {
							break
						}
					}
					break
				}
				if w := sc.tok(j); w.is(",") || w.isWord() && listBreakers[w.low] && w.low != "за" {
					break
				}
			}
		} else if rel := relativeSubject(sc, i); rel != nil {
			// "Илия Радославов от Института X, който говори за ..."
			if isPerson(rel.g) {
				speakers = []*item{rel}
			} else if rel.a > sc.s.a+1 && (sc.tok(rel.a-1).low == "от" || sc.tok(rel.a-1).low == "from") {
				if p := sc.nearestBefore(rel.a-1, isPerson); p != nil && p.b == rel.a-1 {
					speakers = []*item{p}
				}
			}
		} else {
			// the speakers after the verb; a subject before it ("X говори
			// за ...") may speak of anything, not only at the event
			speakers = sc.personsAfter(i + 1)
			// ... unless the sentence opens with the speech he gave ("In
			// his keynote, Dr X, director of Y, spoke about ...")
			if c := sc.findTok(sc.s.a, min(sc.s.b, sc.s.a+6), func(t *token) bool { return t.is(",") }); len(speakers) == 0 && c > 0 && speechOpener(sc, c) {
				if sub := r.subjectBefore(sc, i, isPerson); sub != nil && sub.a > c {
					speakers = []*item{sub}
				}
			}
		}
		// "X говори на форума", "X spoke at the forum": the subject before
		// speaks at the event named right after the verb
		if len(speakers) == 0 && ev != nil && ev.a > i && ev.a-i <= 3 {
			if w := sc.tok(i + 1).low; w == "на" || w == "at" || w == "пред" || w == "before" {
				if sub := sc.nearestBefore(i, isPerson); sub != nil && !r.verbBetween(sc, sub.b, i) &&
					!(sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low]) {
					speakers = sc.coordinatedBefore(sub, isPerson)
				}
			}
		}
		for _, p := range speakers {
			r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, event, "", "")
		}
	}
}

// talkNouns are the talks a presenter gives.
var talkNouns = setOf("презентация", "презентацията", "презентации", "доклад", "доклада", "доклади", "лекция", "лекцията", "лекции",
	"presentation", "presentations", "talk", "talks", "keynote", "lecture", "lectures", "speech")

// talks finds presenters by what they did: "X изнесе презентация за ...",
// "X и Y направиха презентации", "X gave a presentation / a talk", "С
// доклад се включи X", "The keynote was given by X", "X модерира
// дискусията", "X moderated the panel", "Модератор на панела беше X".
func (r *run) talks(sc *sentCtx) {
	event := func(i int) *group {
		if ev := sc.eventRefAfter(i + 1); ev != nil && ev.a-i <= 4 {
			return ev.g
		}
		if b := sc.nearestBefore(i, isEvent); b != nil {
			return b.g
		}
		return sc.implicitEvent()
	}
	talkAt := func(j int) bool {
		for k := j; k < sc.s.b && k <= j+2; k++ {
			if talkNouns[sc.tok(k).low] {
				return true
			}
			if w := sc.tok(k).low; w != "a" && w != "the" && w != "its" && w != "his" && w != "her" && !adjLike(w) && w != "keynote" {
				return false
			}
		}
		return false
	}
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		var speakers []*item
		switch {
		case (t.low == "изнесе" || t.low == "изнесоха" || t.low == "направи" || t.low == "направиха" || t.low == "gave" || t.low == "delivered" || t.low == "held") && talkAt(i+1),
			t.low == "модерира" || t.low == "модерираше" || t.low == "moderated" && !(i+1 < sc.s.b && sc.tok(i+1).low == "by"):
			// the subject before the verb
			if sub := sc.nearestBefore(i, isPerson); sub != nil && !r.verbBetween(sc, sub.b, i) &&
				!(sub.a > sc.s.a && objectPreps[sc.tok(sub.a-1).low]) {
				speakers = sc.coordinatedBefore(sub, isPerson)
			}
		case (t.low == "given" || t.low == "moderated") && i+1 < sc.s.b && sc.tok(i+1).low == "by" &&
			(t.low == "moderated" || sc.findTok(sc.s.a, i, func(t *token) bool { return t.in(lTalkNoun) }) >= 0),
			hasPrefix(t, "модериран") && i+1 < sc.s.b && sc.tok(i+1).low == "от":
			// "moderated by X", "дискусия „Y“, модерирана от журналистката X"
			speakers = sc.personsAfter(i + 2)
		case t.in(lTalkNoun) && i > sc.s.a && talkWith(sc, i-1) && joinedWithTalk(sc, i+1) > 0:
			// "С доклад се включи X", "С доклад за износа се включиха X и Y",
			// "С презентация на тема „...“ се включи Z", "Със свои
			// презентации се включиха A и B", "С доклади участваха A и B":
			// persons, and bodies, which present as their people do
			at := joinedWithTalk(sc, i+1)
			speakers = sc.personsAfter(at)
			for _, it := range sc.listAfter(at, 8, isOrg) {
				speakers = append(speakers, it)
			}
		case hasPrefix(t, "модератор", "moderator", "гост-лектор"):
			// "Модератор на панела беше X", "Moderator was X"
			if k := sc.findTok(i+1, min(sc.s.b, i+5), func(t *token) bool {
				return t.low == "беше" || t.low == "бе" || t.low == "е" || t.low == "was" || t.low == "is" || t.low == "са" || t.low == "бяха" || t.low == "were" || t.is(":") ||
					t.low == "бъде" || t.low == "be" // "Модератор на сесиите ще бъде X"
			}); k >= 0 {
				speakers = sc.personsAfter(k + 1)
			} else if p := sc.firstAfter(i+1, isPerson); p != nil && sc.findTok(i+1, p.a, func(t *token) bool { return !personTitles[t.low] && !t.is(".") }) < 0 {
				// "– модератор Мария Колева, ...", "moderator Dr. Ivan Petrov":
				// the person named right after the noun
				speakers = []*item{p}
			}
		default:
			continue
		}
		if len(speakers) == 0 {
			continue
		}
		ev := event(i)
		if ev == nil {
			continue
		}
		for _, p := range speakers {
			if isPerson(p.g) || isOrg(p.g) {
				r.addRel(sc.dc, sc.s, kg.PresentedAt, p.g, ev, "", "")
			}
		}
	}
}

// talkWith reports "с"/"със" at i, or "със свои"/"с ваши" ending at i
// ("Със свои презентации се включиха ..."), before a talk noun.
func talkWith(sc *sentCtx, i int) bool {
	w := sc.tok(i).low
	if w == "с" || w == "със" {
		return true
	}
	if (w == "свои" || w == "своите") && i > sc.s.a {
		p := sc.tok(i - 1).low
		return p == "с" || p == "със"
	}
	return false
}

// joinedWithTalk is the token after "се включи"/"се включиха" that follows
// a talk noun's topic from token j ("за износа", "на тема „X“"), or -1: no
// name, verb or clause break between.
func joinedWithTalk(sc *sentCtx, j int) int {
	inQuote := false
	for k := j; k+1 < sc.s.b && k <= j+12; k++ {
		t := sc.tok(k)
		if t.quote() {
			inQuote = !inQuote
			continue
		}
		if inQuote {
			continue
		}
		if t.low == "се" && hasPrefix(sc.tok(k+1), "включи") {
			return k + 2
		}
		if hasPrefix(t, "участва") {
			return k + 1 // "С доклади във форума участваха A и B"
		}
		if !t.isWord() || sc.itemAt(k) != nil && !isEvent(sc.itemAt(k).g) || t.cap && k > j || looksVerbStrict(t.low) {
			return -1
		}
	}
	return -1
}

// personsAfter lists the persons named from token i on, with their roles
// and organisations between them: "председателят на РМК Божидар Чакъров и
// кметът на Община Смолян Христо Бояджиев", "Теодора Мавродиева,
// изпълнителен директор на ИАРА, и кап. Стоян Делииванов". It stops at a
// clause break, and finds nothing when no person comes within 8 tokens.
func (sc *sentCtx) personsAfter(i int) []*item {
	var out []*item
	last := i
	for j := i; j < sc.s.b; j++ {
		if it := sc.itemAt(j); it != nil {
			if isPerson(it.g) {
				out = append(out, it)
			}
			j = it.b - 1
			last = it.b
			continue
		}
		t := sc.tok(j)
		if len(out) == 0 && j-i > 8 {
			return nil
		}
		if t.is(".") && j > sc.s.a && (personTitles[sc.tok(j-1).low] || abbrevs[sc.tok(j-1).low] ||
			!sc.tok(j-1).cap && utf8.RuneCountInString(sc.tok(j-1).low) <= 4) {
			continue // "кап. Стоян Делев": a short title
		}
		if t.is(".") || t.is(";") || t.is(":") || t.isWord() && listBreakers[t.low] && t.low != "за" && t.low != "с" && t.low != "със" && t.low != "по" ||
			t.isWord() && t.cap && !t.allCaps && !personTitles[t.low] && !demonym(t.low) || j-last > 6 {
			// ("X, the Austrian ambassador, and Y": a demonym goes on; so
			// does an acronym in an apposition: "X, председател на УС на
			// клъстера, Y")
			break
		}
	}
	return out
}

// relativeSubject is the antecedent of a relative pronoun right before the
// verb at token i: "експерти на МОСВ, които представиха ..." → МОСВ.
func relativeSubject(sc *sentCtx, i int) *item {
	j := i - 1
	// "което ще координира", "which will coordinate", "които също се"
	for n := 0; n < 2 && j > sc.s.a && (sc.tok(j).low == "се" || sc.tok(j).low == "also" || sc.tok(j).low == "ще" || sc.tok(j).low == "will"); n++ {
		j--
	}
	if j <= sc.s.a || !(sc.tok(j).low == "които" || sc.tok(j).low == "който" || sc.tok(j).low == "която" || sc.tok(j).low == "което" || sc.tok(j).low == "who" || sc.tok(j).low == "which") {
		return nil
	}
	k := j - 1
	if sc.tok(k).is(",") {
		k--
	}
	// "X (ACR) от Бургас, който": the seat stands between
	for n := range sc.items {
		if it := &sc.items[n]; it.b == k+1 && isPlace(it.g) && it.a-1 > sc.s.a {
			if w := sc.tok(it.a - 1).low; w == "от" || w == "from" || w == "в" || w == "във" || w == "in" {
				k = it.a - 2
			}
			break
		}
	}
	if k > sc.s.a+1 && sc.tok(k).is(")") && sc.tok(k-2).is("(") {
		k -= 3 // "(МОСВ)"
	}
	for n := range sc.items {
		if it := &sc.items[n]; it.b == k+1 && isActor(it.g) && vouched(it) {
			return it
		}
	}
	return nil
}

// byAgent reports "от" / "by" at token a followed up to token b only by
// role words, titles and possessives: the agent of a passive verb.
func byAgent(sc *sentCtx, a, b int) bool {
	if a >= b || !(sc.tok(a).low == "от" || sc.tok(a).low == "by") {
		return false
	}
	for j := a + 1; j < b; j++ {
		t := sc.tok(j)
		_, role := roleForms[t.low]
		// "от досегашния председател на УС инж. X": a qualifier, the role and
		// its board
		qualifier := j == a+1 && !t.cap && adjLike(t.low) && !t.stop
		board := (t.low == "на" || t.low == "of") && j+1 < b || t.text == "УС" || boardWords[t.low]
		if !(role || qualifier || board || personTitles[t.low] || t.is(".") || t.low == "му" || t.low == "ѝ" || t.low == "й" || t.low == "its" || t.low == "the" || hasPrefix(t, "ръководител")) {
			return false
		}
	}
	return true
}

// boardWords name a body's board, written out ("на управителния съвет",
// "of the board of directors").
var boardWords = setOf("управителния", "надзорния", "съвет", "съвета", "борда", "board", "council", "directors")

func nearestOrgBefore(sc *sentCtx, i int) *item { return sc.nearestBefore(i, isOrg) }

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// places finds HELD_IN (an event and the places it took place in: "в гр.
// Пловдив", "в хотел X, к.к. Y, гр. Z"), BASED_IN ("X от Италия", "X,
// Германия") and PART_OF between places of one address.
func (r *run) places(sc *sentCtx) {
	evs := sc.itemsWhere(isEvent)
	held := sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return t.in(lHeldVerb) }) >= 0
	// "Representatives of all partners gathered at the Hotel X", "Участниците
	// се събраха в зала X": the meeting of the text, not named again
	if len(evs) == 0 && sc.findTok(sc.s.a, sc.s.b, func(t *token) bool {
		return t.low == "gathered" || t.low == "met" || (t.low == "събраха" || t.low == "срещнаха") && sc.tok(sc.indexOf(t)-1).low == "се"
	}) > sc.s.a {
		if m := sc.implicitEvent(); m != nil {
			evs = append(evs, &item{a: sc.s.a, b: sc.s.a, g: m})
		}
	}
	var chain []*item
	var fromList *item
	for k := range sc.items {
		p := &sc.items[k]
		if !isPlace(p.g) {
			continue
		}
		prev := ""
		if p.a > sc.s.a {
			prev = sc.tok(p.a - 1).low
		}
		prev2 := ""
		if p.a-1 > sc.s.a {
			prev2 = sc.tok(p.a - 2).low
		}
		// BASED_IN: an organisation right before "от" / "," / "(", or the
		// subject of a seat word ("със седалище в", "учреден в", "based in")
		if o := sc.nearestBefore(p.a, isOrg); o != nil {
			if dashSeat(sc, o, p) {
				// "Клъстер „Соларни технологии“ – Стара Загора": the town
				// after a dash closes the name's phrase
				r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
				continue
			}
			if basedGap(sc, o.b, p.a) {
				r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
				// "X от Гюргево (Румъния)": the country too
				if p.b+2 < sc.s.b && sc.tok(p.b).is("(") && !isCountry(p.g) {
					if c := sc.itemAt(p.b + 1); c != nil && isCountry(c.g) && c.b < sc.s.b && sc.tok(c.b).is(")") {
						r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, c.g, "", "")
					}
				}
				if prev == "от" || prev == "from" {
					fromList = p // "X от Барселона, Испания"
				}
				continue
			}
			// "Силезийският технически университет в Гливице (Полша)", "ECSO
			// in Brussels": an organisation named with its town, in a
			// sentence about no event
			// "(BOKU) във Виена": the acronym is the item
			acrItem := p.a-o.b == 2 && sc.tok(o.b).is(")") && o.a > sc.s.a && sc.tok(o.a-1).is("(")
			if (p.a-o.b == 1 || acrItem || p.a-o.b == 4 && sc.tok(o.b).is("(") && sc.tok(o.b+1).allCaps && sc.tok(o.b+2).is(")")) && (prev == "в" || prev == "във" || prev == "in") && !o.anaphor && !(o.g.weak && !o.g.used) && len(evs) == 0 && !held &&
				(!isCountry(p.g) || coordinatorAgent(sc, o)) && sc.dc.sentOf[sc.s.a] != sc.dc.title {
				r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
				chain = append(chain[:0], p)
				continue
			}
			if k := sc.findTok(max(sc.s.a, p.a-10), p.a, func(t *token) bool { return seatWord(t) }); k >= 0 && k >= o.b && !prenominalSeat(sc.tok(k)) && (prev == "в" || prev == "във" || prev == "in" || prev == ".") &&
				!(o.g.weak && !o.g.used) &&
				sc.findTok(o.b, p.a, func(t *token) bool { return t.is(";") || t.isWord() && clauseBreaks[t.low] }) < 0 &&
				!seatBreak(sc, k+1, p.a) {
				// "със седалище в гр. Габрово", "based in Sofia", "учреден
				// през 2021 г. в гр. Търговище", "сдружение на 58 компании,
				// създадено през 2019 г. в София"
				if sub := r.subjectBefore(sc, k, isOrg); sub != nil && sub.g != o.g && sc.tok(k-1).is(",") {
					o = sub
				}
				r.addRel(sc.dc, sc.s, kg.BasedIn, o.g, p.g, "", "")
				continue
			}
		}
		if prev == "от" || prev == "from" || sc.dc.inQuote[p.a] {
			fromList = p
			continue
		}
		// "представители от България, Румъния и Гърция": the rest of a list
		// of origins
		if fromList != nil && fromList.b < p.a && p.a-fromList.b <= 2 && (prev == "," || prev == "и" || prev == "and") {
			// "от Барселона, Испания", "from Bilbao, Spain": a town and
			// its country, not two origins
			if prev == "," && p.a == fromList.b+1 && isCountry(p.g) && !isCountry(fromList.g) && !countryListAt(sc, p) {
				r.addRel(sc.dc, sc.s, kg.PartOf, fromList.g, p.g, "", "")
			}
			fromList = p
			continue
		}
		fromList = nil
		loc := prev == "в" || prev == "във" || prev == "in" || prev == "." || prev == "гр" || prev == "град" ||
			prev == "хотел" || prev == "," || prev == "at" || prev == "на" && (prev2 == "територията") ||
			// "в конферентната зала на хотел „Национал“": a room of the venue
			prev == "на" && (prev2 == "зала" || prev2 == "залата" || prev2 == "сградата" || prev2 == "двора" || prev2 == "фоайето") ||
			// "в зала „Средец“ на хотел „Шератон“": the named room's venue
			prev == "на" && len(chain) > 0 && chain[len(chain)-1].b+1 == p.a ||
			// "в центъра на София", "in the centre of Sofia"
			(prev == "на" || prev == "of") && (prev2 == "центъра" || prev2 == "centre" || prev2 == "center") ||
			prev == "the" && (prev2 == "in" || prev2 == "at") || // "in the Riverside Hotel"
			// "a study visit to Lyon", "a trade mission to Izmir": where the
			// visit took place
			prev == "to" && (prev2 == "visit" || prev2 == "visits" || prev2 == "trip" || prev2 == "mission" || prev2 == "tour")
		if prev == "." && !(prev2 == "гр" || prev2 == "к.к" || prev2 == "с" || prev2 == "кк") {
			loc = false
		}
		if prev == "(" && len(chain) > 0 && chain[len(chain)-1].b+1 == p.a && isCountry(p.g) && !isCountry(chain[len(chain)-1].g) {
			// "в Гливице (Полша)": the town is part of the country
			r.addRel(sc.dc, sc.s, kg.PartOf, chain[len(chain)-1].g, p.g, "", "")
			chain = nil
			continue
		}
		if !loc {
			chain = nil
			continue
		}
		// PART_OF along "хотел X, к.к. Y, гр. Z"
		inChain := false
		// also "в хотел X в к.к. Y": a venue in a known place
		// (a known town is never part of an unknown venue: "в Габрово, в зала X")
		if last := len(chain) - 1; last >= 0 && chain[last].b+1 == p.a && prev == "на" {
			r.addRel(sc.dc, sc.s, kg.PartOf, chain[last].g, p.g, "", "")
			inChain = true
		} else if last >= 0 && !(chain[last].g.gaz != nil && p.g.gaz == nil) && (chain[last].b+3 >= p.a && sc.findTok(chain[last].b, p.a, func(t *token) bool { return t.is(",") }) >= 0 && !placeListAt(sc, p) ||
			chain[last].b+1 == p.a && prev == "(" && isCountry(p.g) && !isCountry(chain[last].g) ||
			(chain[last].g.gaz == nil || venueItem(sc, chain[last])) && p.g.gaz != nil && chain[last].b+4 >= p.a && sc.findTok(chain[last].b, p.a, func(t *token) bool { return t.low == "в" || t.low == "във" || t.low == "in" }) == chain[last].b) {
			r.addRel(sc.dc, sc.s, kg.PartOf, chain[len(chain)-1].g, p.g, "", "")
			inChain = true
		}
		chain = append(chain, p)
		if len(evs) == 0 || inChain && isCountry(p.g) {
			continue // "в Хановер, Германия": held in Hanover, which is part of Germany
		}
		var ev *item
		for _, e := range evs {
			if e.a < p.a {
				ev = e
			}
		}
		if ev == nil {
			ev = evs[0]
		}
		if held || distinctGroups(evs) == 1 || ev.b <= p.a && p.a-ev.b <= 8 || ev.a >= p.b && ev.a-p.b <= 3 {
			r.addRel(sc.dc, sc.s, kg.HeldIn, ev.g, p.g, "", "")
		}
	}
	// an event with no date yet takes the date of a sentence that holds it
	if held && len(evs) > 0 {
		if d, ok := sc.dc.dateNear(sc.s.a); ok {
			g := evs[0].g
			if g.props["start"] == nil && !g.descr() {
				g.props["start"], g.props["end"] = d.start, d.end
			}
		}
	}
}

// venueItem reports a place named with a venue word ("Sofia Tech Park",
// "Интер Експо Център"): a listed venue is still part of its town.
func venueItem(sc *sentCtx, it *item) bool {
	for k := it.a; k < it.b; k++ {
		switch sc.tok(k).low {
		case "park", "парк", "centre", "center", "център", "hall", "зала", "hotel", "хотел", "expo", "експо":
			return true
		}
	}
	return false
}

// basedGap reports "X от Лом", "X (Италия)", "X, Германия", "X (ККИС) от гр.
// Перник", "X from Y": what may stand between an organisation ending at
// token a and the place it is based in starting at b.
func basedGap(sc *sentCtx, a, b int) bool {
	return basedGapAt(sc, a, b)
}

// dashSeat reports a town of the reference list written after a dash right
// after an organisation's name and closing the phrase: "Клъстер „X“ –
// Стара Загора.", "Клъстер за енергийна ефективност – Плевен и ...". Not a
// country or region, and not two places joined by a dash.
func dashSeat(sc *sentCtx, o, p *item) bool {
	if p.a != o.b+1 || !sc.tok(o.b).dash() || sc.tok(o.b).is("-") || p.g.gaz == nil || p.g.gaz.kind != "" || isCountry(p.g) {
		return false
	}
	if o.anaphor || o.g.weak && !o.g.used {
		return false
	}
	if p.b >= sc.s.b {
		return true
	}
	t := sc.tok(p.b)
	return t.is(",") || t.is(".") || t.is(";") || t.is(")") || t.low == "и" || t.low == "and"
}

func basedGapAt(sc *sentCtx, a, b int) bool {
	j := a
	if j+1 < b && sc.tok(j).is(".") && a > sc.s.a && (strings.Contains(sc.tok(a-1).text, ".") || legalAbbrevEnd(sc.tok(a-1))) {
		j++ // "X S.p.A. (Italy)", "X Ltd. (Pazardzhik)": the legal form's dot
	}
	if j+2 < b && sc.tok(j).is("(") && sc.tok(j+1).allCaps && sc.tok(j+2).is(")") {
		j += 3 // "(ККИС)"
	} else if j+1 < b && sc.tok(j).is(")") && a > sc.s.a+1 && sc.tok(a-2).is("(") {
		j++ // the acronym was the organisation's mention: "X (ККИС) от"
	}
	if j >= b {
		return false
	}
	w := sc.tok(j)
	// "ЕТ „Петров – Зърно“ в с. Карапелит": "в" only with a settlement marker
	in := w.low == "в" || w.low == "във"
	if !(w.low == "от" || w.low == "from" || w.is("(") || w.is(",") || in) {
		return false
	}
	j++
	marker := false
	for j < b && (sc.tok(j).low == "гр" || sc.tok(j).low == "град" || sc.tok(j).low == "с" || sc.tok(j).low == "село" || sc.tok(j).is(".")) {
		marker = marker || !sc.tok(j).is(".")
		j++
	}
	return j == b && (!in || marker)
}

// seatBreak reports a list or clause break between a seat word and the
// place ("със седалище в А, а офис в Б"); "със седалище и адрес на
// управление в X" is one seat.
func seatBreak(sc *sentCtx, a, b int) bool {
	for i := a; i < b; i++ {
		t := sc.tok(i)
		if t.is(",") || t.is(";") {
			return true
		}
		if t.isWord() && (t.low == "и" || t.low == "and") && !(i+1 < b && sc.tok(i+1).low == "адрес") {
			return true
		}
	}
	return false
}

// seatWord says that an organisation has its seat in the place after it.
func seatWord(t *token) bool {
	return t.low == "седалище" || hasPrefix(t, "базиран", "регистриран", "учреден", "създаден", "основан", "based", "headquartered", "located", "founded", "established", "registered")
}

// isCountry reports a place that is a country of the reference list.
func isCountry(g *group) bool {
	if g.gaz == nil {
		return false
	}
	c, _ := g.gaz.props["country"].(string)
	if c == "" {
		return false
	}
	for _, a := range g.gaz.alias {
		if a == c {
			return true
		}
	}
	return false
}

func distinctGroups(its []*item) int {
	seen := map[*group]bool{}
	for _, it := range its {
		seen[it.g] = true
	}
	return len(seen)
}

// heldVerbs say that an event took place.
var heldVerbs = setOf("проведе", "проведоха", "проведена", "проведено", "проведен", "проведени", "състоя", "състояха",
	"провежда", "провеждат", "организира", "организират", "организираха", "организирана", "организирано", "организиран", "събра", "домакинства",
	"took", "held", "hosted", "organised", "organized", "gathered", "стартира", "открит", "открита", "откри")

// basedInAfter reads "X, Германия" / "X от Италия" right after item x.
func (r *run) basedInAfter(sc *sentCtx, x *item) {
	j := x.b
	if j+1 >= sc.s.b {
		return
	}
	if w := sc.tok(j).low; w == "," || w == "от" || w == "(" {
		if p := sc.firstAfter(j+1, func(*group) bool { return true }); p != nil && p.a == j+1 && isPlace(p.g) {
			r.addRel(sc.dc, sc.s, kg.BasedIn, x.g, p.g, "", "")
		}
	}
}

// coordinatorAgent reports the agent of a verb of leading a project
// ("координиран от X", "coordinated by X"): a body written with its
// country there is from that country ("от Института „X“ в Германия").
func coordinatorAgent(sc *sentCtx, o *item) bool {
	a := o.a
	if a-1 > sc.s.a && sc.tok(a-1).is("(") {
		if full := sc.nearestBefore(a-1, isOrg); full != nil && full.b == a-1 {
			a = full.a // "X (ACR)": the name before its acronym
		}
	}
	if a-2 < sc.s.a || !(sc.tok(a-1).low == "от" || sc.tok(a-1).low == "by") {
		return false
	}
	return hasPrefix(sc.tok(a-2), "координиран", "ръководен", "воден", "coordinated", "led")
}

// partOf finds PART_OF for events: "EVENT бе част от EVENT2", "в рамките
// на EVENT2", "се организира по проект P".
func (r *run) partOf(sc *sentCtx) {
	for i := sc.s.a; i+1 < sc.s.b; i++ {
		t := sc.tok(i)
		var target func(*group) bool
		switch {
		case (t.low == "част" && sc.tok(i+1).low == "от") || (t.low == "part" && sc.tok(i+1).low == "of"):
			target = func(g *group) bool { return isEvent(g) || isProject(g) }
		case t.low == "рамките" && sc.tok(i+1).low == "на":
			target = func(g *group) bool { return isEvent(g) || isProject(g) }
		case (t.low == "within" || t.low == "under") && i > sc.s.a && hasPrefix(sc.tok(i-1), "organis", "organiz", "held", "carried", "implemented"):
			// "The visit was organised within the project X"
			target = isProject
		case (t.low == "по") && i > sc.s.a && hasPrefix(sc.tok(i-1), "организира", "проведе", "провежда", "реализира"):
			target = isProject
		case t.low == "по" && i > sc.s.a && hasPrefix(sc.tok(i-1), "събити"):
			// "Следващото събитие по проекта ще бъде информационен ден":
			// the event after the copula is part of the project
			to := sc.firstAfter(i+1, isProject)
			if to == nil || to.a > i+2 {
				continue
			}
			k := to.b
			for k < sc.s.b && k <= to.b+2 && (sc.tok(k).low == "ще" || sc.tok(k).low == "бъде" || copulaWord(sc.tok(k).low)) {
				k++
			}
			if ev := sc.eventRefAfter(k); k > to.b && ev != nil && ev.a <= k+2 && ev.g != to.g {
				r.addRel(sc.dc, sc.s, kg.PartOf, ev.g, to.g, "", "")
			}
			continue
		case t.low == "during" || t.low == "време" && i > sc.s.a && sc.tok(i-1).low == "по" && sc.tok(i+1).low == "на":
			// "During the workshop, the companies joined B2B meetings", "По
			// време на форума се проведоха B2B срещи": the other event of
			// the sentence is part of the one named
			at := sc.eventRefAfter(i + 1)
			if at == nil || at.a-i > 3 {
				continue
			}
			if in := sc.eventRefAfter(at.b); in != nil && !in.anaphor && in.g != at.g {
				r.addRel(sc.dc, sc.s, kg.PartOf, in.g, at.g, "", "")
			}
			continue
		default:
			continue
		}
		to := sc.firstAfter(i+1, target)
		if to == nil || to.a-i > 8 {
			continue
		}
		var from *group
		if ev := sc.nearestBefore(i, isEvent); ev != nil {
			from = ev.g
		} else if w := sc.tok(sc.s.a).low; w == "it" || w == "той" || w == "тя" || w == "то" {
			// "It was part of the RETEX project": the event spoken of
			from = sc.implicitEvent()
		} else if ev := sc.bareEventSubject(); ev != nil && isProject(to.g) {
			// "Уебинарите се организират в рамките на проекта X", "The
			// visit was organised within the project X": the event the
			// subject noun refers to
			from = ev
		} else if (t.low == "рамките" || t.low == "част") && i > sc.s.a && (sc.tok(i-1).low == "в" || sc.tok(i-1).low == "като") {
			// "В рамките на информационния ден ще се проведат и B2B
			// срещи": the event after the frame
			if ev := sc.eventRefAfter(to.b); ev != nil && !ev.anaphor {
				from = ev.g
			}
		}
		if from != nil && to.g != from {
			r.addRel(sc.dc, sc.s, kg.PartOf, from, to.g, "", "")
		}
	}
}

// bareEventSubject is the event a sentence opening with a bare event noun
// ("Уебинарите", "Срещата", "The visit") refers to: the document's event
// with that head, else the one the text speaks of; nil otherwise.
func (sc *sentCtx) bareEventSubject() *group {
	i := sc.s.a
	if sc.tok(i).low == "the" && i+1 < sc.s.b {
		i++
	}
	if sc.itemAt(i) != nil {
		return nil
	}
	h, ok := headAt(sc.dc, i)
	if st := sc.tok(i).stem; !ok && strings.HasSuffix(st, "и") {
		// a plural: "Уебинарите", "Семинарите"
		h, ok = heads[strings.TrimSuffix(st, "и")]
	}
	if !ok || h.typ != kg.Event || sc.tok(i).latin && i == sc.s.a {
		return nil
	}
	if g := sc.dc.eventFor(h.base, i); g != nil {
		return g
	}
	return sc.implicitEvent()
}

// listCtx remembers a partner-list introduction ("Участващи партньори в
// проект X са общо седем европейски клъстера:") for the lines after it.
type listCtx struct {
	project *group
	members *group // a list of members of this organisation, not of partners
	cluster bool
	lines   int
}

// partnerList reads the bullet lines after a partner-list introduction:
// each line's first organisation is a partner ("– координатор" makes it the
// coordinator), and a place after it is where it is based.
func (r *run) partnerList(sc *sentCtx, si int, lc *listCtx) *listCtx {
	s := sc.s
	last := sc.tok(s.b - 1)
	if last.is(":") {
		intro := sc.findTok(s.a, s.b, func(t *token) bool {
			return hasPrefix(t, "партньор", "участни", "членове", "partner", "консорциум")
		}) >= 0
		proj := sc.projectsIn()
		if len(proj) == 0 {
			if p := sc.recentProject(2); p != nil {
				proj = append(proj, p)
			}
		}
		// "Членове на клъстера са:", "Новите членове са:", "The cluster's
		// members include:": a list of members
		if k := sc.findTok(s.a, s.b, func(t *token) bool {
			return hasPrefix(t, "членове", "членуват", "members", "членовете") || hasPrefix(t, "присъедин", "joined")
		}); k >= 0 && sc.findTok(s.a, s.b, func(t *token) bool { return hasPrefix(t, "партньор", "partner", "консорциум") }) < 0 {
			var y *group
			if it := sc.firstAfter(k, isOrg); it != nil && it.a-k <= 3 {
				y = it.g
			} else if it := sc.nearestBefore(k, isOrg); it != nil {
				y = it.g
			} else {
				y = sc.docOrg(k)
			}
			if y != nil {
				return &listCtx{members: y}
			}
		}
		if intro && len(proj) > 0 {
			cl := sc.findTok(s.a, s.b, func(t *token) bool { return hasPrefix(t, "клъстер", "cluster") }) >= 0
			return &listCtx{project: proj[len(proj)-1], cluster: cl}
		}
		return nil
	}
	if lc == nil {
		return nil
	}
	first := sc.tok(s.a)
	bullet := first.is("•") || first.is("-") || first.is("*") || first.is("–") || first.is("·") || first.is("▪") || first.digit
	if !bullet && s.b-s.a > 12 {
		return nil
	}
	lc.lines++
	x := sc.firstAfter(0, isOrg)
	if x == nil {
		return lc
	}
	if lc.members != nil {
		if x.g != lc.members {
			x.g.weak = false
			r.addRel(sc.dc, sc.s, kg.MemberOf, x.g, lc.members, "", "")
			if p := sc.firstAfter(x.b, isPlace); p != nil && p.a-x.b <= 2 && basedGap(sc, x.b, p.a) {
				r.addRel(sc.dc, sc.s, kg.BasedIn, x.g, p.g, "", "")
			}
		}
		return lc
	}
	if lc.cluster && (x.g.weak || x.g.typ == kg.Organization && x.g.gaz == nil) {
		x.g.typ, x.g.weak = kg.Cluster, false
	}
	x.g.weak = false
	role := "partner"
	if sc.findTok(x.b, s.b, func(t *token) bool { return hasPrefix(t, "координатор", "coordinator") }) >= 0 {
		role = "coordinator"
	} else if sc.findTok(s.a, s.b, func(t *token) bool { return isLeadWord(sc, t) }) >= 0 {
		role = "lead"
	}
	r.addRel(sc.dc, sc.s, kg.PartnerIn, x.g, lc.project, "role", role)
	if p := sc.firstAfter(x.b, isPlace); p != nil && p.a-x.b <= 2 {
		r.addRel(sc.dc, sc.s, kg.BasedIn, x.g, p.g, "", "")
	}
	return lc
}

// delegation finds who went on a visit: "Делегация на X посети Y",
// "Делегация от осем души, водена от X – директор на Z, посети Y", "A
// delegation of X and Y visited", "led by X". The members are the actors
// named after "на/от/of/from" and the leader after "водена от/led by" with
// the organisation the leader speaks for; the event is the one named after
// the verb, else the one the text speaks of, and a place visited right
// after the verb hosts a visit the text names without its place.
func (r *run) delegation(sc *sentCtx) {
	for i := sc.s.a; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		if (t.low == "й" || t.low == "ѝ") && i-1 >= sc.s.a && sc.tok(i-1).low == "състава" && prevDelegation(sc) {
			// "В състава й бяха и представители на X": the delegation the
			// sentence before is about
			if n := i + 1; n < sc.s.b && copulaWord(sc.tok(n).low) {
				if event := sc.implicitEvent(); event != nil {
					r.tookPart(sc, sc.delegationMembers(n+1, "представител"), event)
				}
			}
			continue
		}
		if !hasPrefix(t, "делегаци", "delegation") && !(hasPrefix(t, "групата") && i-2 >= sc.s.a && sc.tok(i-2).low == "състава") {
			continue
		}
		if i-2 >= sc.s.a && sc.tok(i-1).low == "на" && hasPrefix(sc.tok(i-2), "ръководител") {
			// "Ръководител на делегацията беше X": the leader went too
			if n := i + 1; n < sc.s.b && copulaWord(sc.tok(n).low) {
				if event := sc.implicitEvent(); event != nil {
					r.tookPart(sc, sc.personsAfter(n+1), event)
				}
			}
			continue
		}
		// "В състава на групата/делегацията бяха още X, Y и представители на
		// A", "Делегацията включваше X", "The delegation included X": its
		// members took part in the visit the text speaks of
		if n := i + 1; n < sc.s.b && (copulaWord(sc.tok(n).low) || hasPrefix(sc.tok(n), "включва") || sc.tok(n).low == "included" || sc.tok(n).low == "includes") &&
			(i-2 >= sc.s.a && sc.tok(i-2).low == "състава" || hasPrefix(sc.tok(n), "включва") || sc.tok(n).low == "included" || sc.tok(n).low == "includes") {
			if event := sc.implicitEvent(); event != nil {
				r.tookPart(sc, sc.delegationMembers(n+1, "представител", "representative"), event)
			}
			continue
		}
		v := sc.findTok(i+1, sc.s.b, func(t *token) bool {
			return hasPrefix(t, "посети", "посещава") || t.low == "visited" || t.low == "visits" || t.low == "toured"
		})
		if v < 0 || r.verbBetween(sc, i+1, v) {
			continue
		}
		var members []*item
		if w := sc.tok(i + 1).low; w == "на" || w == "от" || w == "of" || w == "from" {
			members = sc.listAfter(i+2, 3, isActor)
		}
		if k := sc.findTok(i+1, v, func(t *token) bool {
			return hasPrefix(t, "воден", "предвожда") || t.low == "led" || t.low == "headed"
		}); k >= 0 && k+1 < v {
			if w := sc.tok(k + 1).low; w == "от" || w == "by" {
				if lead := sc.listAfter(k+2, 4, isActor); len(lead) > 0 {
					members = append(members, lead...)
					// "водена от X – изпълнителен директор на Клъстер Y": the
					// leader's organisation sent the delegation
					last := lead[len(lead)-1]
					j := last.b
					for j < v && (sc.tok(j).is("–") || sc.tok(j).is("-") || sc.tok(j).is(",")) {
						j++
					}
					if end, _ := roleAfter(sc, j); end > j && end < v {
						if end < sc.s.b && roleAfterPreps[sc.tok(end).low] {
							end++
						}
						if o := sc.orgItemAt(end); o != nil && isPerson(last.g) {
							members = append(members, o)
						}
					}
				}
			}
		}
		if len(members) == 0 {
			continue
		}
		var event *group
		if ev := sc.eventRefAfter(v + 1); ev != nil && ev.a <= v+3 {
			event = ev.g
		} else {
			event = sc.implicitEvent()
			if event != nil && visitEvent(event) {
				// "посети австрийския град Грац": the place of the visit
				for j := v + 1; j < sc.s.b && j <= v+4; j++ {
					if it := sc.itemAt(j); it != nil {
						if isPlace(it.g) && !it.anaphor {
							r.addRel(sc.dc, sc.s, kg.HeldIn, event, it.g, "", "")
						}
						break
					}
				}
			}
		}
		if event == nil {
			continue
		}
		for _, m := range members {
			if !m.anaphor {
				r.addRel(sc.dc, sc.s, kg.ParticipatedIn, m.g, event, "", "")
			}
		}
	}
}

// visitEvent reports an event named by a visit noun ("учебно посещение",
// "study visit", "мисия"), whose place is the place visited.
func visitEvent(g *group) bool {
	for _, c := range g.cands {
		switch c.evHead {
		case "посещение", "визита", "мисия", "visit", "mission", "tour":
			return true
		}
	}
	return false
}

// affiliatedPerson is the person before "of/from/от Y" when it is the
// organisation Y ("Dr. Stefan Rusev of the Technical University also
// attended"): the person is the subject; else it.
func (sc *sentCtx) affiliatedPerson(it *item) *item {
	if !isOrg(it.g) {
		return it
	}
	j := it.a - 1
	for j > sc.s.a && sc.tok(j).low == "the" {
		j--
	}
	if j <= sc.s.a {
		return it
	}
	if w := sc.tok(j).low; w != "of" && w != "from" && w != "от" && w != "at" {
		return it
	}
	if p := sc.nearestBefore(j, isActor); p != nil && p.b == j && isPerson(p.g) {
		return p
	}
	return it
}

// represented finds who came for an organisation: "BWC was represented by
// Vlahov and Roeva", "Клъстерът беше представляван от X и Y" — the
// organisation and its people take part in the event named after them,
// else the one the text speaks of.
func (r *run) represented(sc *sentCtx) {
	for i := sc.s.a + 1; i+2 < sc.s.b; i++ {
		t := sc.tok(i)
		if !(t.low == "represented" && sc.tok(i+1).low == "by" || hasPrefix(t, "представляван") && sc.tok(i+1).low == "от") {
			continue
		}
		people := sc.personsAfter(i + 2)
		if len(people) == 0 {
			// "The Bulgarian side was represented by the cluster X, the
			// Chamber Y and the University Z": the bodies took part
			for _, o := range sc.listAfter(i+2, 3, isOrg) {
				if vouched(o) && !o.anaphor {
					people = append(people, o)
				}
			}
		}
		if len(people) == 0 || people[0].a > i+5 {
			continue
		}
		var event *group
		if ev := sc.eventRefAfter(people[len(people)-1].b); ev != nil && ev.a-people[len(people)-1].b <= 3 {
			event = ev.g
		} else if sc.firstAfter(sc.s.a, isProject) == nil {
			event = sc.implicitEvent()
		}
		if event == nil {
			continue
		}
		for _, p := range people {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, p.g, event, "", "")
		}
		if sub := r.subjectBefore(sc, i, isOrg); sub != nil && !sub.anaphor || sub != nil && sub.anaphor && isOrg(sub.g) {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, sub.g, event, "", "")
		}
	}
}

// signing finds who signed at an event: "Споразумението бе подписано от X и
// от Y", "A и B подписаха меморандум", "The agreement was signed by X and
// Y" — signatories take part in the event of the sentence, of the one
// before, or of the next one ("Церемонията се състоя ..."); with no event
// there, nothing.
func (r *run) signing(sc *sentCtx) {
	for i := sc.s.a; i < sc.s.b; i++ {
		t := sc.tok(i)
		var who []*item
		switch {
		case (hasPrefix(t, "подписан") || t.low == "signed") && i+1 < sc.s.b && (sc.tok(i+1).low == "от" || sc.tok(i+1).low == "by" || byAfterVenue(sc, i+1) > 0):
			by := i + 1
			if k := byAfterVenue(sc, i+1); k > 0 {
				by = k // "подписан в Ректората на университета от ректора X"
			}
			for j := by + 1; j < sc.s.b && j <= by+5; j++ {
				if it := sc.itemAt(j); it != nil {
					if isActor(it.g) {
						who = sc.listFrom(it, isActor)
						// "подписано от председателя на БКС X": the person of the role
						for k, w := range who {
							if p := sc.personOfRoleOrg(w); p != nil {
								who[k] = p
							}
						}
						// "от X и от Y"
						last := who[len(who)-1]
						if k := last.b; k+2 < sc.s.b && sc.tok(k).low == "и" && (sc.tok(k+1).low == "от" || sc.tok(k+1).low == "by") {
							for m := k + 2; m < sc.s.b && m <= k+6; m++ {
								if it2 := sc.itemAt(m); it2 != nil {
									if isActor(it2.g) {
										who = append(who, sc.listFrom(it2, isActor)...)
									}
									break
								}
							}
						}
					}
					break
				}
			}
		case t.low == "подписаха" || t.low == "signed" && !(i > sc.s.a && (sc.tok(i-1).low == "was" || sc.tok(i-1).low == "were")):
			if sub := r.subjectBefore(sc, i, isActor); sub != nil {
				who = sc.coordinatedBefore(sub, isActor)
			} else if k := skipTimeWords(sc, i+1); k < sc.s.b && sc.itemAt(k) != nil && isActor(sc.itemAt(k).g) {
				// "Меморандум подписаха днес X и Y": the object first, the
				// signatories after the verb
				who = sc.listFrom(sc.itemAt(k), isActor)
			} else if k < sc.s.b && sc.nearestBefore(i, isActor) == nil {
				// "Документа подписаха кметът на Русе X и председателят Y":
				// the signatories past their roles (present.go)
				who = sc.frameAgents(k, true)
			}
		case (t.low == "положиха" || t.low == "положи") && sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return hasPrefix(t, "подпис") }) >= 0:
			// "Подписи под меморандума положиха X, Y и Z", "X и Y положиха
			// подписите си"
			if sub := r.subjectBefore(sc, i, isActor); sub != nil {
				who = sc.coordinatedBefore(sub, isActor)
			} else {
				who = sc.personsAfter(i + 1)
			}
		case hasPrefix(t, "подписан") && sc.findTok(sc.s.a, i, func(t *token) bool { return t.low == "между" }) >= 0:
			// "Меморандум между A, B и C беше подписан ...": the parties take
			// part, unless one only lent its hall (it hosts: premisesHost)
			m := sc.findTok(sc.s.a, i, func(t *token) bool { return t.low == "между" })
			host := premisesOwner(sc)
			for _, p := range sc.listAfter(m+1, 3, isActor) {
				if p.b <= i && (host == nil || host.g != p.g) {
					who = append(who, p)
				}
				if p.b <= i && isOrg(p.g) && !slices.Contains(sc.dc.parties, p.g) {
					sc.dc.parties = append(sc.dc.parties, p.g)
				}
			}
		case (t.low == "прерязаха" || t.low == "преряза") && sc.findTok(sc.s.a, sc.s.b, func(t *token) bool { return hasPrefix(t, "лента") }) >= 0:
			// "Лентата прерязаха X и Y", "X и Y прерязаха лентата"
			if sub := r.subjectBefore(sc, i, isPerson); sub != nil {
				who = sc.coordinatedBefore(sub, isPerson)
			} else {
				who = sc.personsAfter(i + 1)
			}
		case t.low == "cut" && i+1 < sc.s.b && sc.tok(i+1).low == "by" && sc.findTok(sc.s.a, i, func(t *token) bool { return t.low == "ribbon" }) >= 0:
			// "The ribbon was cut by X and by Y"
			who = sc.personsAfter(i + 2)
		default:
			continue
		}
		if len(who) == 0 {
			continue
		}
		var event *group
		ribbon := t.low == "cut" || hasPrefix(t, "преряза")
		if ev := sc.eventRefAfter(sc.s.a); ev != nil {
			event = ev.g
		} else if se := sc.dc.signingEvent(); !ribbon && se != nil && sc.prevEvent != nil && se != sc.prevEvent {
			// signatories sign at the text's signing, also when the sentence
			// before named the fair it was part of
			event = se
		} else if sc.prevEvent != nil {
			event = sc.prevEvent
		} else if event = sc.nextSentenceEvent(); event == nil && !(t.low == "cut" || hasPrefix(t, "преряза")) && sc.dc.signingEvent() != nil {
			event = sc.dc.signingEvent() // the text's signing, named further on
		} else if event == nil && (t.low == "cut" || hasPrefix(t, "преряза") || sc.deverbalVerb(i)) {
			// a ribbon is cut at the opening the text reports; the signing
			// the lead reports is the event its noun names later
			event = sc.implicitEvent()
		}
		if event == nil {
			continue
		}
		// cutting the ribbon opens the event: the openers present there, as
		// "беше открит от X" does
		typ := kg.ParticipatedIn
		if t.low == "cut" || hasPrefix(t, "преряза") {
			typ = kg.PresentedAt
		}
		for _, w := range who {
			if !w.anaphor || isOrg(w.g) {
				r.addRel(sc.dc, sc.s, typ, w.g, event, "", "")
			}
		}
	}
}

// nextSentenceEvent is the event one of the two sentences after this one
// has as its subject ("Церемонията се състоя ..."), or nil.
func (sc *sentCtx) nextSentenceEvent() *group {
	dc := sc.dc
	for si := dc.sentOf[sc.s.a] + 1; si < len(dc.sents) && si <= dc.sentOf[sc.s.a]+2; si++ {
		n := dc.sents[si]
		for i := n.a; i < n.b && i <= n.a+2; i++ {
			if c := dc.claimed[i]; c != nil && c.group != nil && c.group.final().typ == kg.Event {
				return c.group.final()
			}
			if h, ok := headAt(dc, i); ok && h.typ == kg.Event && dc.claimed[i] == nil {
				return dc.eventFor(h.base, i)
			}
		}
	}
	return nil
}

// fieldEnd scans what a person heads after a title ("research", "the
// department of soil science", "лабораторията по оптика") from token a and
// returns the token where it ends: lower-case words, up to six, the
// prepositions of a unit's name among them but not at its end, stopping at
// the preposition of the organisation (stop).
func fieldEnd(sc *sentCtx, a int, stop ...string) int {
	k, last := a, a
	for k < sc.s.b && k < a+6 {
		t := sc.tok(k)
		if c, ok := sc.dc.closeOf[k]; ok && k > a && c < sc.s.b && c-k <= 6 && sc.itemAt(k) == nil && sc.itemAt(k+1) == nil {
			k, last = c+1, c+1 // "началник на отдел „Програмиране“ в ...": the unit's name
			continue
		}
		if !t.isWord() || t.cap || sc.itemAt(k) != nil || t.low == stop[0] || t.low == stop[1] {
			break
		}
		if t.stop && !unitLinks[t.low] {
			break
		}
		k++
		if !t.stop {
			last = k
		}
	}
	if k < sc.s.b && (sc.tok(k).low == stop[0] || sc.tok(k).low == stop[1]) && last == k {
		return k
	}
	return last
}

// unitLinks may stand inside the name of a unit a person heads.
var unitLinks = setOf("the", "of", "for", "по", "за", "на")

// prevDelegation reports a sentence before that speaks of a delegation.
func prevDelegation(sc *sentCtx) bool {
	for si := range sc.dc.sents {
		s := sc.dc.sents[si]
		if s.b > sc.s.a || si+2 < len(sc.dc.sents) && sc.dc.sents[si+2].b <= sc.s.a {
			continue // only the two sentences before
		}
		for k := s.a; k < s.b; k++ {
			if hasPrefix(&sc.dc.toks[k], "делегаци") {
				return true
			}
		}
	}
	return false
}

// delegationMembers lists the members a delegation sentence names from
// token i on: the people with their roles, then the organisations after
// the first word starting with one of reps ("представители на").
func (sc *sentCtx) delegationMembers(i int, reps ...string) []*item {
	members := append(sc.participantsAfter(i), sc.personsAfter(i)...)
	for k := i; k < sc.s.b; k++ {
		if hasPrefix(sc.tok(k), reps...) {
			return append(members, sc.participantsAfter(k)...)
		}
	}
	return members
}

// tookPart relates every member named outright (not by a pronoun) to the
// event as a participant.
func (r *run) tookPart(sc *sentCtx, members []*item, event *group) {
	for _, m := range members {
		if !m.anaphor {
			r.addRel(sc.dc, sc.s, kg.ParticipatedIn, m.g, event, "", "")
		}
	}
}

// orgPastDescription is the organisation named from token at past up to
// four words that describe it ("the Varna-based X", "the Basque packaging
// cluster Y": a place, a demonym, "-based", lower-case words), or nil.
func orgPastDescription(sc *sentCtx, at int) *item {
	for j := at; j < sc.s.b && j <= at+4; j++ {
		if it := sc.itemAt(j); it != nil {
			if isOrg(it.g) {
				return it
			}
			if !isPlace(it.g) {
				return nil
			}
			j = it.b - 1
			continue
		}
		t := sc.tok(j)
		if !(t.dash() || t.isWord() && (!t.cap || t.latin && demonym(t.low)) && !listBreakers[t.low] && !t.digit) {
			return nil
		}
	}
	return nil
}
