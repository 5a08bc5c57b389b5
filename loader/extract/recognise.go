package extract

import (
	"slices"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
)

// recognise finds the candidate mentions of one document, pass by pass; a
// later pass only takes tokens that no earlier pass claimed.
func (x *Rules) recognise(dc *docCtx) {
	dc.dates = findDates(dc)
	dc.codes = findCodes(dc)
	for _, s := range dc.sents {
		x.quotedNames(dc, s)
		institutionTypeNames(dc, s)
	}
	bulletTypedLines(dc)
	datedBulletTitles(dc)
	for _, s := range dc.sents {
		x.gazNames(dc, s)
	}
	for _, s := range dc.sents {
		programmeStrands(dc, s)
	}
	for _, s := range dc.sents {
		x.regionalGovernments(dc, s)
		municipalCouncils(dc, s)
		x.titledPersons(dc, s)
		x.legalForms(dc, s)
		x.placeMarkers(dc, s)
	}
	for _, s := range dc.sents {
		x.capsAcronyms(dc, s)
	}
	for _, s := range dc.sents {
		partnershipProjects(dc, s)
		x.headPhrases(dc, s)
		x.possessors(dc, s)
	}
	for _, s := range dc.sents {
		x.namesBeforeCountry(dc, s)
	}
	var taken map[string]*cand
	if mentionsProject(dc) {
		taken = codesTaken(dc)
	}
	for _, s := range dc.sents {
		x.namedPersons(dc, s)
		personLists(dc, s)
		if taken != nil {
			codeNames(dc, s, taken)
		}
		x.latinRuns(dc, s)
		x.placeAfterPreposition(dc, s)
	}
	for _, s := range dc.sents {
		typedLists(dc, s)
		x.placeLists(dc, s)
		x.companyLists(dc, s)
	}
	x.acronymDefinitions(dc)
	describedCompanies(dc)
	seasonalSchools(dc)
	memberOfAssociations(dc)
	x.placesInNames(dc)
}

// seasonSchoolHeads are the body nouns that a season turns into an event
// ("Лятна академия по програмиране", "Summer School on Robotics"): a school
// held in one season is a course of days, not an institution.
var seasonSchoolHeads = setOf("академия", "academy", "училище", "school", "школа", "университет", "university", "camp", "лагер")

// seasonWord reports an adjective of a season ("лятна", "зимното",
// "summer") by its stem, so that every gender and article is read.
func seasonWord(low string) bool {
	for _, p := range []string{"лятн", "зимн", "пролетн", "есенн"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	switch low {
	case "summer", "winter", "spring", "autumn":
		return true
	}
	return false
}

// seasonalSchools types as an event a body name whose school or academy
// head follows a season ("Лятна академия по програмиране", "Blue Economy
// Summer Academy"): such schools are held, they do not employ.
func seasonalSchools(dc *docCtx) {
	for _, c := range dc.cands {
		if c.typ != kg.Organization || c.gaz != nil || c.ref != nil {
			continue
		}
		for k := c.a + 1; k < c.b; k++ {
			h, ok := headAt(dc, k)
			if !ok || !seasonSchoolHeads[h.base] || !seasonWord(dc.toks[k-1].low) {
				continue
			}
			c.typ, c.evHead = kg.Event, h.base
			break
		}
	}
}

// memberOfAssociations types as an association an organisation that
// members join ("член на Photonics21", "a member of the European Cyber
// Security Organisation"): by the annotation rules networks and sector
// associations are associations. Reference institutions keep their type.
func memberOfAssociations(dc *docCtx) {
	// "европейската мрежа X", "X – мрежа на клъстерите": every mention of
	// a name the text once calls a network
	var networks map[string]bool
	for _, c := range dc.cands {
		if (c.typ == kg.Cluster || c.typ == kg.Organization) && c.gaz == nil && c.ref == nil && namedNetwork(dc, c) {
			if networks == nil {
				networks = map[string]bool{}
			}
			networks[resolve.Lower(c.name)] = true
		}
	}
	for _, c := range dc.cands {
		if networks != nil && (c.typ == kg.Cluster || c.typ == kg.Organization) && c.gaz == nil && networks[resolve.Lower(c.name)] {
			c.typ = kg.Association
			continue
		}
		consortium := c.typ == kg.Project && strings.HasSuffix(resolve.Lower(c.name), "consortium")
		if c.typ != kg.Organization && !consortium || c.gaz != nil || c.weak || c.ref != nil {
			continue
		}
		// "платформата Photonics21, чийто член е ФКС": members named after it
		if k := c.b; k+2 < len(dc.toks) && dc.toks[k].is(",") && (dc.toks[k+1].low == "чийто" || dc.toks[k+1].low == "чиито" || dc.toks[k+1].low == "whose") &&
			(strings.HasPrefix(dc.toks[k+2].low, "член") || strings.HasPrefix(dc.toks[k+2].low, "member")) {
			c.typ = kg.Association
			continue
		}
		j := c.a - 1
		for j >= 0 && (dc.toks[j].quote() || dc.toks[j].low == "the" || dc.toks[j].low == "a") {
			j--
		}
		if j < 1 {
			continue
		}
		p, w := dc.toks[j].low, dc.toks[j-1].low
		if (p == "на" || p == "of") && (strings.HasPrefix(w, "член") || w == "member" || w == "members" || w == "membership") ||
			p == "в" && strings.HasPrefix(w, "членува") {
			c.typ = kg.Association
		}
	}
}

// networkNouns name a network of bodies, which the annotation rules type as
// an association whatever its name says ("FoodClusters Europe").
var networkNouns = setOf("мрежа", "мрежата", "network", "networks")

// namedNetwork reports a name the text calls a network: after the noun
// with up to two describing words ("европейската мрежа X", "the European
// network X"), or in an apposition right after it ("X – европейската мрежа
// на клъстерите", "X, a network of 40 clusters").
func namedNetwork(dc *docCtx, c *cand) bool {
	if t := &dc.toks[c.a]; networkNouns[t.low] && !t.cap {
		return true // the head noun claimed with the name: "мрежа AgriNet"
	}
	j := c.a - 1
	for j >= 0 && (dc.toks[j].quote() || dc.toks[j].low == "the") {
		j--
	}
	// (not a possessor: "Президентът на мрежата X" is the network's)
	if j >= 1 && networkNouns[dc.toks[j].low] && dc.sentOf[j] == dc.sentOf[c.a] && dc.toks[j-1].low != "на" && dc.toks[j-1].low != "of" {
		return true
	}
	k := c.b
	for k < len(dc.toks) && dc.toks[k].quote() {
		k++
	}
	if k+1 >= len(dc.toks) || dc.sentOf[k] != dc.sentOf[c.a] || !(dc.toks[k].dash() && !(dc.toks[k].is("-") && dc.toks[k].s == dc.toks[k-1].e) || dc.toks[k].is(",")) {
		return false
	}
	for n, m := k+1, 0; n < len(dc.toks) && m < 3; n, m = n+1, m+1 {
		t := &dc.toks[n]
		if networkNouns[t.low] {
			return true
		}
		if !t.isWord() || t.cap && !(t.low == "a" || t.low == "the") || !(t.latin || adjLike(t.low)) && t.low != "a" && t.low != "the" {
			return false
		}
	}
	return false
}

// headAt returns the head-noun info of token i, if it is one.
func headAt(dc *docCtx, i int) (headInfo, bool) {
	if h := dc.toks[i].head; h != nil {
		return *h, true
	}
	return headInfo{}, false
}

// lookupHead finds the head-noun info of a word token once, at tokenising.
func lookupHead(t *word) {
	if !t.isWord() || t.digit {
		return
	}
	h, ok := heads[t.stem]
	if !ok {
		h, ok = heads[t.low]
	}
	if !ok && !t.latin && len([]rune(t.low)) > len([]rune("клъстер"))+2 {
		// "Агроклъстер „X“", "Биоклъстерът": a compound with the cluster head
		for _, f := range []string{"клъстер", "клъстера", "клъстерът"} {
			if strings.HasSuffix(t.low, f) {
				h, ok = headInfo{typ: kg.Cluster, base: "клъстер"}, true
				break
			}
		}
	}
	if !ok && !t.latin && strings.Contains(t.low, "-") {
		// "среща-форум", "семинар-обучение": a compound of event kinds is
		// one (its first part gives the kind)
		first, rest, _ := strings.Cut(t.low, "-")
		h1, ok1 := heads[resolve.Stem(first)]
		h2, ok2 := heads[resolve.Stem(rest)]
		if ok1 && ok2 && h1.typ == kg.Event && h2.typ == kg.Event {
			h, ok = h1, true
		}
	}
	if !ok && !t.latin && venueCompound(t.low) {
		// "Експоцентър", "Конгресцентър": a fair's or congress centre
		// written as one word is the centre head
		h, ok = heads[resolve.Stem("център")]
	}
	if ok {
		t.head = &h
	}
}

// venueCompound reports a centre for fairs or congresses written as one
// word ("експоцентър", "конгресцентъра").
func venueCompound(low string) bool {
	if !strings.HasPrefix(low, "експо") && !strings.HasPrefix(low, "конгрес") && !strings.HasPrefix(low, "изложбен") {
		return false
	}
	for _, f := range []string{"център", "центъра", "центърът"} {
		if strings.HasSuffix(low, f) && len(low) > len(f)+4 {
			return true
		}
	}
	return false
}

// leftModifiers walks back from head h over adjectives (at most three) and
// returns the first token of the phrase.
func leftModifiers(dc *docCtx, s sentence, h int) int {
	a := h
	for k := 0; k < 5 && a-1 >= s.a; k++ {
		t := &dc.toks[a-1]
		// "Търговска и индустриална камара": two adjectives joined by "и"
		if t.low == "и" && a < h && a-2 >= s.a && !dc.toks[a].latin && plainAdj(dc.toks[a].low) && (plainAdj(dc.toks[a-2].low) || articledMascAdj(dc.toks[a-2].low)) &&
			dc.toks[a-2].isWord() && !dc.toks[a-2].stop && dc.claimed[a-2] == nil && (dc.toks[a-2].cap || !dc.toks[a].cap) &&
			!(gazData != nil && gazData.byKey[dc.toks[a-2].key] != nil) { // "Община Тетевен и Професионалната гимназия": a town is no adjective
			a -= 2
			continue
		}
		if k >= 3 && !(t.latin && dc.toks[h].latin) {
			break // English names stack more modifiers: "Black Sea Cyber Security Cluster"
		}
		if t.latin && placeConnectors[t.low] && a < h && a-2 >= s.a && dc.toks[a-2].latin && dc.toks[a-2].cap && !dc.toks[a-2].nonName && dc.toks[h].latin && dc.claimed[a-2] == nil && dc.claimed[a-1] == nil && !roleNouns[dc.toks[a-2].stem] &&
			!(t.low == "of" && personBeforeOf(dc, s, a-1)) { // "Kaito Tanaka of Baltic Marine Institute": a person's "of"
			a-- // "Port of Constanța Authority"
			continue
		}
		if (t.low == "and" || t.is("&")) && a < h && dc.toks[h].latin {
			if b := latinCoordinated(dc, s, a-1); b < a-1 {
				a = b // "the European Clothing and Textile Cluster Network"
				continue
			}
		}
		if !t.isWord() || t.digit || t.stop || dc.claimed[a-1] != nil {
			break
		}
		if _, isHead := headAt(dc, a-1); isHead {
			break
		}
		if t.latin && possessive(t.low) {
			break // "the European Commission's Directorate-General": the possessor is a body of its own
		}
		if t.latin {
			if !t.cap || strings.HasSuffix(t.low, "-based") {
				break // "Sofia-based association" names no association
			}
		} else if !adjLike(t.low) && !strings.Contains(t.low, "-") && !(t.allCaps && len([]rune(t.text)) <= 5) && !indeclinable[t.low] {
			break
		}
		if t.cap && !t.latin && !t.allCaps && !indeclinable[t.low] && (!adjLike2(t.low) || gazData != nil && gazData.byKey[dc.toks[a-1].key] != nil) {
			break // "Пловдив Клъстер ..." : a capitalised noun is not a modifier
		}
		if t.cap && t.nonName {
			break
		}
		// "Според Хенрик Ларсен клъстерът расте": the article goes onto the
		// first word of a Bulgarian noun phrase, so a head with its article
		// has no capitalised adjective before it
		if t.cap && !t.latin && !t.allCaps && !indeclinable[t.low] && articledHead(dc, h) && !adjArticled(t.low) {
			break
		}
		if !t.latin && !t.allCaps && strings.HasSuffix(t.low, "о") && !neuterNoun(dc.toks[h].low) {
			break // "Същевременно Камарата ...": an adverb, not an adjective of the head
		}
		if !t.latin && t.allCaps && len([]rune(t.text)) <= 5 {
			a-- // "ИКТ клъстер"
			continue
		}
		a--
	}
	// the phrase starts at its first capitalised word, or with the lower-case
	// adjectives of an event or project description
	return a
}

// euMission reports "Mission" / "Мисия" written with a capital inside a
// sentence after another capitalised word ("Horizon Europe Mission",
// "Хоризонт Европа Мисия"): the name of an EU mission, a programme. A study
// or trade mission is written in lower case.
func euMission(dc *docCtx, s sentence, h int) bool {
	t := &dc.toks[h]
	if t.low != "mission" && t.low != "мисия" && t.low != "мисията" || !t.cap || h <= s.a {
		return false
	}
	p := &dc.toks[h-1]
	return p.isWord() && p.cap && !p.digit
}

// quotedElsewhere reports a quoted text that the document also quotes at
// another place not as a topic ("Кръгла маса „X“" in the headline, "кръгла
// маса на тема „X“" in the body): there it is the event's name.
func quotedElsewhere(dc *docCtx, o int, inner string) bool {
	for q, c := range dc.closeOf {
		if q == o || q >= 2 && dc.toks[q-1].low == "тема" && dc.toks[q-2].low == "на" {
			continue
		}
		if clean(stripQuotes(dc.text(q+1, c))) == inner {
			return true
		}
	}
	return false
}

// quotedNames reads a quoted name and the head noun before it:
// Клъстер „X“, Сдружение „X“, проект „X“, Оперативна програма „X“ 2014-2020,
// хотел „X“, к.к. „X“, „X“ ООД. A quoted name whose own first word is a head
// („Клъстер на здравните региони“) needs no head before it.
func (x *Rules) quotedNames(dc *docCtx, s sentence) {
	for o := s.a; o < s.b; o++ {
		c, ok := dc.closeOf[o]
		if !ok || c >= s.b+40 {
			continue
		}
		if dc.claimed[o] != nil {
			continue
		}
		inner := clean(stripQuotes(dc.text(o+1, c)))
		if inner == "" || quotedSpeech(dc, s, o+1, c) {
			continue
		}
		// "Проектът се нарича „X“", "The event is called "X"": the name
		// is of the subject's kind
		if k := namingPhrase(dc, s, o); k > s.a {
			if j := subjectHead(dc, s, k); j >= 0 {
				if fw := firstWordIdx(dc, o+1, c); fw >= 0 && dc.toks[fw].cap {
					hi, _ := headAt(dc, j)
					cd := &cand{a: o, b: c + 1, typ: hi.typ, name: inner, prio: 7, evHead: hi.eventBase()}
					if dc.add(cd) {
						o = c
						continue
					}
				}
			}
		}
		// "Приоритет 1 „Иновации и растеж“", "Ключова дейност 2 „X“": a
		// numbered strand of a programme, named by its quoted name
		if k := strandBefore(dc, s, o-1); k >= 0 && dc.free(k, o) {
			if fw := firstWordIdx(dc, o+1, c); fw >= 0 && dc.toks[fw].cap {
				num := clean(dc.text(k, o))
				if dc.add(&cand{a: k, b: c + 1, typ: kg.Programme, name: inner, prio: 8, aliases: []string{num, clean(num + " " + stripQuotes(dc.text(o, c+1)))}}) {
					o = c
					continue
				}
			}
		}
		// head before the quote, possibly with a project code between, or
		// "на тема" / "под надслов" ("кръгла маса на тема „X“")
		h := o - 1
		topic := false // "на тема „X“": what the event was about
		if h-1 >= s.a && (dc.toks[h].low == "тема" && dc.toks[h-1].low == "на" || dc.toks[h].low == "надслов" || dc.toks[h].low == "наслов" || dc.toks[h].low == "мотото" || dc.toks[h].low == "заглавие") {
			topic = dc.toks[h].low == "тема"
			h -= 2
			if h >= s.a && dc.toks[h].is(":") {
				h--
			}
		}
		// a stray quote of no pair right before the name: `Сдружение "„X“`
		if h > s.a && dc.toks[h].quote() {
			if _, paired := dc.closeOf[h]; !paired && !dc.isCloser(h) {
				h--
			}
		}
		// "Проектът му „X“", "за проекта си „X“": a clitic between the
		// head and the name
		if h-1 >= s.a && (dc.toks[h].low == "му" || dc.toks[h].low == "ѝ" || dc.toks[h].low == "й" || dc.toks[h].low == "им" ||
			dc.toks[h].low == "си" || dc.toks[h].low == "ни" || dc.toks[h].low == "ви") {
			if _, ok := headAt(dc, h-1); ok {
				h--
			}
		}
		var code string
		if h >= s.a {
			for _, cs := range dc.codes {
				if cs.tb == o && cs.ta > s.a {
					code = cs.code
					h = cs.ta - 1
				}
			}
			if h >= s.a && dc.toks[h].is("№") {
				h--
			}
		}
		// "к.к." and "гр." before a quote make a place
		if h >= s.a && placeMarker(dc, h) {
			end := c + 1
			cd := &cand{a: o, b: end, typ: kg.Place, name: inner, prio: 8}
			dc.add(cd)
			o = c
			continue
		}
		// "подмярка 16.1 „X“", "мярка 4.2 „X“": a numbered measure
		numbered := ""
		if h-1 >= s.a && code == "" && dc.toks[h].digit && strings.Contains(dc.toks[h].text, ".") {
			if hi, ok := headAt(dc, h-1); ok && hi.typ == kg.Programme {
				numbered = clean(dc.text(h-1, h+1))
				h--
			}
		}
		var info headInfo
		hasHead := false
		if h >= s.a {
			info, hasHead = headAt(dc, h)
		}
		if !hasHead && h > s.a && projectPartnership(dc, h) {
			// "European Cluster Partnership "ECO-BUILD Alliance"": the kind
			// of project before its quoted name
			info, hasHead = headInfo{typ: kg.Project, base: "project"}, true
		}
		if hasHead && info.typ == kg.Event && euMission(dc, s, h) {
			// "the Horizon Europe Mission „Restore our Ocean and Waters“":
			// an EU mission is a programme, not a trip, named by its
			// quoted name; the programme before it stays a name of its own
			if dc.add(&cand{a: o, b: c + 1, typ: kg.Programme, name: inner, prio: 7}) {
				o = c
				continue
			}
		}
		if !hasHead && h >= s.a && !dc.toks[h].latin {
			// "семинарите „X“", "срещи „Y“": an event noun in the plural
			// names the series as one event
			if b := eventKindAnyNumber(&dc.toks[h]); b != "" {
				info, hasHead = headInfo{typ: kg.Event, base: b}, true
			}
		}
		if !hasHead && h >= s.a && (dc.toks[h].low == "покана" || dc.toks[h].low == "поканата") {
			// "покана „Eurostars-3“": a call named after the noun (a bare
			// "покана за членство" is no call)
			info, hasHead = headInfo{typ: kg.Programme, base: "покана"}, true
		}
		if hasHead && info.typ == kg.Event && dc.toks[h].stem == resolve.Stem("маса") && !(h-1 >= s.a && hasPrefix(&dc.toks[h-1], "кръгл")) {
			hasHead = false // "сгъваемата маса „X“": a table, the product; a round table is the event
		}
		if (!hasHead || !dc.toks[h].cap && !namedWithHead[info.base] && info.typ == kg.Organization) && h > s.a && code == "" {
			// "Клъстер за кръгова икономика „Струма“": a capitalised head
			// with a complement before the quoted name; also past a
			// lower-case head of the complement ("Гимназия по селско
			// стопанство „X“")
			for k := h - 1; k >= s.a && h-k <= 5; k-- {
				t := &dc.toks[k]
				if !t.isWord() || t.digit || dc.claimed[k] != nil {
					break
				}
				// the head may be lower case after a capitalised modifier:
				// "Професионалната гимназия по селско стопанство „X“"
				hi, ok := headAt(dc, k)
				capHead := t.cap || ok && namedWithHead[hi.base] && k-1 >= s.a && dc.toks[k-1].cap && adjLike(dc.toks[k-1].low) && dc.claimed[k-1] == nil
				if ok && capHead && (hi.typ == kg.Cluster || hi.typ == kg.Association || hi.typ == kg.Organization) {
					if p := dc.toks[k+1].low; p == "за" || p == "на" || p == "по" {
						h, info, hasHead = k, hi, true
					}
					break
				}
				if t.cap || t.stop && t.low != "за" && t.low != "на" && t.low != "по" && t.low != "и" {
					break
				}
			}
		}
		// a sole trader: ЕТ „Петров – Зърно“
		if h >= s.a && dc.toks[h].text == "ЕТ" && !(c+1 < s.b && legalForms[strings.TrimSuffix(dc.toks[c+1].low, ".")]) {
			dc.add(&cand{a: h, b: c + 1, typ: kg.Organization, name: inner, aliases: []string{"ЕТ " + inner}, prio: 8})
			o = c
			continue
		}
		// legal form after the quote
		if c+1 < s.b && legalForms[strings.TrimSuffix(dc.toks[c+1].low, ".")] {
			cd := &cand{a: o, b: c + 2, typ: kg.Organization, name: inner + " " + dc.toks[c+1].text, prio: 8}
			cd.aliases = []string{inner}
			if h >= s.a && (dc.toks[h].low == "ет") {
				cd.a = h
			}
			dc.add(cd)
			o = c
			continue
		}
		innerToks := firstWordIdx(dc, o+1, c)
		innerHead, innerHasHead := headInfo{}, false
		if innerToks >= 0 {
			innerHead, innerHasHead = headAt(dc, innerToks)
			if innerHasHead && !dc.toks[innerToks].cap {
				innerHasHead = false
			}
			// quoted speech is no name: „Клъстерът обединява 34 фирми ...“
			// opens with an articled noun and runs on
			if l := dc.toks[innerToks].low; innerHasHead && (strings.HasSuffix(l, "ът") || strings.HasSuffix(l, "ят") || articled(l)) && c-o > 6 {
				innerHasHead = false
			}
		}
		lastInner := lastWordIdx(dc, o+1, c)
		if innerToks >= 0 && dc.toks[innerToks].cap && (!hasHead || info.typ == kg.Event) && h >= s.a && awardNoun(dc.toks[h].low) {
			// „Клъстер на годината 2024“ after "наградата": an award, whose
			// ceremony or competition the winners take part in
			dc.add(&cand{a: o, b: c + 1, typ: kg.Event, name: inner, prio: 7, evHead: "награда"})
			o = c
			continue
		}
		if !hasHead && h >= s.a && titleNouns[dc.toks[h].stem] {
			o = c
			continue // „Най-добър проект“ after "категорията" names no entity
		}
		// English order: the "Smart Energy Days" conference
		if !hasHead && c+1 < s.b && dc.toks[c+1].latin && !dc.toks[c+1].cap {
			if ih, ok := headAt(dc, c+1); ok && ih.typ != kg.Place {
				cd := &cand{a: o, b: c + 2, typ: ih.typ, name: inner, prio: 7, ms: o, msSet: true, evHead: ih.eventBase()}
				dc.add(cd)
				o = c
				continue
			}
		}
		// apposition after the quote: "«Пловдив Гейм Джем 2026» – 48-часово
		// състезание", "„Инфо Тех“ – варненска компания"
		if !hasHead && innerToks >= 0 && dc.toks[innerToks].cap {
			if ih, ok := appositionHead(dc, s, c+1); ok {
				cd := &cand{a: o, b: c + 1, typ: ih.typ, name: inner, prio: 6, evHead: ih.eventBase()}
				if dc.add(cd) {
					o = c
					continue
				}
			}
		}
		if !hasHead {
			switch {
			case o == s.a && innerToks >= 0 && dc.toks[innerToks].cap && (!innerHasHead || orgLike(innerHead.typ)) && c+2 < s.b && heldOrOrganisedAt(dc, c+1) &&
				!(h >= s.a && titleNouns[dc.toks[h].stem]):
				// „Академия за дигитални умения“ се организира от X (an academy
				// that is held is a course), „Y“ ще
				// се проведе на ...: a name that is held is an event
				dc.add(&cand{a: o, b: c + 1, typ: kg.Event, name: inner, prio: 6, evHead: "събитие"})
				o = c
			case innerHasHead && innerHead.typ != kg.Event && innerHead.typ != kg.Place:
				cd := &cand{a: o, b: c + 1, typ: innerHead.typ, name: inner, prio: 7}
				if innerHead.typ == kg.Programme || innerHead.typ == kg.Project {
					cd.prio = 6
				}
				dc.add(cd)
				o = c
			case lastInner >= 0 && isEventHead(dc, lastInner) && dc.toks[firstWordIdx(dc, o+1, c)].cap:
				cd := &cand{a: o, b: c + 1, typ: kg.Event, name: inner, prio: 6, evHead: headBase(dc, lastInner)}
				dc.add(cd)
				o = c
			case innerToks >= 0 && dc.toks[innerToks].cap && c-o <= 7 && !(h >= s.a && titleNouns[dc.toks[h].stem]):
				// a quoted name without a head: a company in a list of
				// companies or members, or the organisation of a role
				// ("директор на „Код Академия Сердика“"); elsewhere a weak
				// organisation that a relation may confirm
				if quotedInOrgList(dc, s, o) || quotedAfterRole(dc, s, o) {
					typ := kg.Organization
					// "управител на „Аутомотив клъстер България“": the
					// cluster head inside the quotes types the name
					for k := innerToks + 1; k < c; k++ {
						if h, ok := headAt(dc, k); ok && h.typ == kg.Cluster && !dc.toks[k].cap {
							typ = kg.Cluster
							break
						}
					}
					dc.add(&cand{a: o, b: c + 1, typ: typ, name: inner, prio: 6})
					o = c
				}
			}
			continue
		}
		a := leftModifiers(dc, s, h)
		if projectPartnership(dc, h) {
			a = h - 1 // "European Cluster Partnership „X“": the kind's words are the head's
			for a-1 >= s.a && dc.claimed[a-1] == nil && dc.toks[a-1].isWord() && dc.toks[a-1].latin && dc.toks[a-1].cap && !dc.toks[a-1].nonName {
				a--
			}
		}
		typ := info.typ
		if innerHasHead && (innerHead.typ == kg.Cluster || (typ == kg.Association || typ == kg.Organization) && innerHead.typ != kg.Event && innerHead.typ != kg.Place && innerHead.typ != kg.Programme && innerHead.typ != kg.Project) {
			typ = innerHead.typ
		}
		if !innerHasHead && (typ == kg.Association || typ == kg.Organization) && clusterWordIn(dc, innerToks, c) {
			// Сдружение „Автомобилен клъстер Стара Загора“: a cluster is
			// registered as an association; the cluster noun in its name
			// tells what it is
			typ = kg.Cluster
		}
		if !innerHasHead && typ == kg.Association && info.base == "сдружение" {
			// Сдружение „Агробизнес център – Силистра“: an association is
			// the legal form of many bodies; the head noun its name is
			// built on ("център", "институт") tells what the body is
			if k := innerHeadWord(dc, innerToks, c); k > 0 {
				if ih, _ := headAt(dc, k); ih.typ == kg.Organization {
					typ = kg.Organization
				}
			}
		}
		end := c + 1
		name := inner
		props := map[string]any{}
		if typ == kg.Programme && (info.base == "процедура" || info.base == "call" || info.base == "покана") {
			props["call"] = true // a call for proposals, part of a programme
			if code != "" {
				props["code"] = code
			}
		}
		switch typ {
		case kg.Programme:
			// a programme keeps its capitalised head and a following year range:
			// "Оперативна програма „Иновации и конкурентоспособност“ 2014 – 2020"
			if e2, yr := yearRangeAfter(dc, end, s.b); e2 > end {
				end = e2
				name = name + " " + yr
			}
			if dc.toks[a].cap {
				name = clean(stripQuotes(dc.text(a, h+1))) + " " + name
			}
		case kg.Project:
			if code == "" {
				// "проект „X“, изпълняван по договор № BG..."
				for _, cs := range dc.codes {
					if cs.ta > c && cs.tb <= s.b {
						code = cs.code
						break
					}
				}
			}
			if code != "" {
				props["code"] = code
			}
		case kg.Event:
			props["evHead"] = info.base
			if topic && (a < h || !weakHeads[dc.toks[h].stem]) && !quotedElsewhere(dc, o, inner) {
				// "уебинар на тема „X“": the settled convention names the
				// event by its kind, not by what it was about; the topic
				// stays an alias (older gold named it so)
				name = eventName(dc, s, a, h, h+1)
			}
		}
		if typ == kg.Place && info.base == "парк" && techPark(dc, a, h) && !venueContext(dc, s, a) {
			// "Технологичният парк „Дунав“ от Линц" as a partner: the park's
			// operator, a body; where an event is held it is the venue
			typ = kg.Organization
		}
		if typ == kg.Organization && (venueAt(dc, s, a, info.base) || exhibitionCentre(dc, a, h)) {
			typ = kg.Place // "в Иновационния център „Лаборатория 4“" hosts the event
		}
		institution := (typ == kg.Organization || typ == kg.Place) && namedWithHead[info.base] && dc.toks[a].cap && !dc.toks[a].allCaps
		if institution {
			// "Пловдивски университет „Паисий Хилендарски“", "Областна
			// дирекция „Земеделие“ – Търговище": a public institution is
			// named with its head, and with its town after a dash
			name = deArticle(dc, a, h, end)
			if end+1 < s.b && dc.toks[end].dash() && !dc.toks[end].is("-") {
				// the reference places are not marked yet: look the town up
				if e2, g := x.gaz.match(dc.toks, end+1, s.b); e2 > 0 && g.typ == kg.Place && dc.free(end+1, e2) && !(e2 < s.b && dc.toks[e2].dash()) {
					end = e2
					name = deArticle(dc, a, h, end)
				}
			}
		}
		cd := &cand{a: a, b: end, typ: typ, name: clean(name), prio: 8, props: props}
		if numbered != "" {
			cd.aliases = append(cd.aliases, numbered)
		}
		if !dc.toks[a].cap && !dc.toks[a].allCaps {
			// "агенция „Фокус“": a lower-case head is not part of the mention
			cd.ms, cd.msSet = o, true
		}
		if typ == kg.Event {
			cd.evHead = info.base
		}
		if name != inner && typ == kg.Event {
			cd.aliases = append(cd.aliases, inner)
		}
		if institution {
			cd.aliases = []string{inner, deArticle(dc, a, h, c+1)}
			if dc.toks[h].latin && a < h {
				cd.aliases = append(cd.aliases, deArticle(dc, a, h, h+1)) // "Sofia University"
			}
			if townSchool(dc, a, h, o) {
				// "Русенски университет „Ангел Кънчев“" is also written
				// "Русенският университет"
				cd.aliases = append(cd.aliases, deArticle(dc, a, h, o))
			}
		} else if typ != kg.Programme && dc.toks[a].cap && code == "" {
			// the capitalised head-noun form is a name too ("Клъстер X");
			// "проект X" is not
			cd.aliases = []string{deArticle(dc, a, h, end)}
			if w := clean(stripQuotes(dc.text(a, end))); w != cd.aliases[0] {
				cd.aliases = append(cd.aliases, w) // "Клъстерът за ... X" as written
			}
		}
		// a gazetteer name written with quotes is the gazetteer entry
		if g := x.gaz.byKey[nameKey(cd.name)]; g != nil && cd.typ != kg.Place && (g.typ == cd.typ || orgLike(g.typ) && orgLike(cd.typ)) {
			cd.typ, cd.gaz = g.typ, g
		}
		if !dc.add(cd) {
			// the head is taken (e.g. by a gazetteer match); keep the quoted name
			cd.a = o
			cd.aliases = nil
			dc.add(cd)
		}
		o = c
	}
}

// heldOrOrganisedAt reports a verb of taking place or of being organised
// at token i: "се проведе", "ще се проведе", "се организира", "took place",
// "was held", "will be held", "was organised".
func heldOrOrganisedAt(dc *docCtx, i int) bool {
	if i+1 >= len(dc.toks) {
		return false
	}
	w := dc.toks[i].low
	if w == "ще" || w == "will" {
		i++
		if i+1 >= len(dc.toks) {
			return false
		}
		w = dc.toks[i].low
		if w == "take" {
			return dc.toks[i+1].low == "place"
		}
		if w == "be" {
			n := dc.toks[i+1].low
			return n == "held" || n == "organised" || n == "organized"
		}
	}
	if heldRightAfter(dc, i) {
		return true
	}
	n := dc.toks[i+1].low
	switch w {
	case "се":
		return n == "организира" || n == "провеждат" || n == "състоят"
	case "was", "is", "were":
		return n == "organised" || n == "organized"
	}
	return false
}

// appositionHead reads a dash at token i followed by at most three
// lower-case modifiers and a lower-case head noun ("– 48-часово
// състезание", "– варненска компания") and returns the head; places are
// left out ("– град в ..." says where, not what).
func appositionHead(dc *docCtx, s sentence, i int) (headInfo, bool) {
	if i+1 >= s.b || !dc.toks[i].dash() || dc.toks[i].is("-") && dc.toks[i].s == dc.toks[i-1].e {
		return headInfo{}, false
	}
	for j := i + 1; j < s.b && j-i <= 4; j++ {
		t := &dc.toks[j]
		if !t.isWord() || t.cap || t.allCaps || t.latin {
			break
		}
		if h, ok := headAt(dc, j); ok {
			if h.typ == kg.Place || h.typ == kg.Programme || weakHeads[t.stem] {
				break
			}
			return h, true
		}
		if t.stop || !(adjLike(t.low) || t.digit || strings.ContainsRune(t.low, '-')) {
			break
		}
	}
	return headInfo{}, false
}

// pluralOrgNouns introduce lists of organisations ("компаниите „X“ и „Y“").
var pluralOrgNouns = setOf("компании", "компаниите", "фирми", "фирмите", "дружества", "дружествата", "предприятия",
	"предприятията", "членове", "членовете", "партньори", "партньорите", "организации", "организациите", "производители",
	"производителите", "които", "companies", "members", "partners", "firms")

// quotedInOrgList reports whether the quoted name opening at token o stands
// in a list after a plural noun of organisations, or after "сред които".
func quotedInOrgList(dc *docCtx, s sentence, o int) bool {
	budget := 2
	for j := o - 1; j >= s.a && o-j < 30; j-- {
		t := &dc.toks[j]
		switch {
		case t.quote():
			// skip back over a quoted name of the list
			for k := j - 1; k >= s.a && j-k < 10; k-- {
				if c, ok := dc.closeOf[k]; ok && c == j {
					j = k
					break
				}
			}
		case t.is(",") || t.dash() || t.is(":") || t.is("("):
		case t.isWord() && pluralOrgNouns[t.low]:
			return true
		case t.isWord() && (t.low == "и" || t.low == "като" || t.low == "са" || t.low == "and" || legalForms[strings.TrimSuffix(t.low, ".")]):
		case t.isWord() && adjLike(t.low) && !t.cap && o-j < 6:
			// "двете най-големи пловдивски компании"
		case t.isWord() && !t.cap && !t.digit && budget > 0:
			budget-- // "компании за анимация – „X“"
		default:
			return false
		}
	}
	return false
}

// quotedAfterRole reports a quoted name right after a role and "на"/"в"/
// "от" ("творчески директор на студио „X“", "технолог в „X“").
func quotedAfterRole(dc *docCtx, s sentence, o int) bool {
	// a lower-case description may stand between, with complements of its
	// own: "на студио „X“", "собственик на хотелската верига „X“",
	// "основател на онлайн магазина за детско облекло „X“"
	for j, words := o-1, 0; j >= s.a && words <= 6; j-- {
		t := &dc.toks[j]
		if !t.isWord() || t.cap || t.allCaps || t.digit || dc.claimed[j] != nil {
			return false
		}
		if rolePreps[t.low] {
			for k := j - 1; k >= s.a && j-k <= 4 && dc.toks[k].isWord(); k-- {
				if _, ok := roleNouns[dc.toks[k].stem]; ok {
					return true
				}
			}
			if t.low != "за" && t.low != "на" {
				return false
			}
		} else if t.stop && !t.latin || looksVerbStrict(t.low) {
			return false
		}
		words++
	}
	return false
}

// townSchool reports an institution whose head part [a, o) is a town
// adjective and a school noun ("Русенски университет", "Пловдивската
// гимназия"): specific enough to name the school without its quoted name.
func townSchool(dc *docCtx, a, h, o int) bool {
	if h != a+1 || o != h+1 {
		return false
	}
	adj := dc.toks[a].low
	switch dc.toks[h].stem {
	case resolve.Stem("университет"), resolve.Stem("университета"), resolve.Stem("университетът"):
	default:
		return false
	}
	if genericSchoolAdj[adj] {
		return false
	}
	for _, suf := range []string{"ски", "ския", "ският", "ска", "ската"} {
		if strings.HasSuffix(adj, suf) {
			return dc.toks[a].cap
		}
	}
	return false
}

// genericSchoolAdj name a kind of school, not its town.
var genericSchoolAdj = setOf("технически", "техническия", "техническият", "медицински", "медицинския", "медицинският",
	"икономически", "икономическия", "икономическият", "лесотехнически", "лесотехническия", "лесотехническият",
	"аграрен", "аграрния", "аграрният", "химикотехнологичен", "минно-геоложки", "минно-геоложкия", "минно-геоложкият",
	"американски", "американския", "американският", "нов", "новия", "новият", "богословски", "художествени")

// namedWithHead are heads of public institutions and protected places whose
// name includes the head: "Университет „Проф. д-р Асен Златаров“",
// "Природен парк „Странджа“", "Местна инициативна група „Тунджа“" (a company or hotel is named by the quote alone).
var namedWithHead = setOf("университет", "university", "гимназия", "училище", "колеж", "дирекция", "читалище", "библиотека", "музей",
	"болница", "театър", "парк", "галерия", "институт", "група")

// titleNouns introduce quoted titles of things that are not entities:
// awards, categories, themes, publications, products.
var titleNouns = map[string]bool{}

func init() {
	for _, w := range []string{"награда", "наградата", "приз", "приза", "конкурс", "конкурса", "категория", "категорията",
		"тема", "темата", "рубрика", "книга", "книгата", "доклад", "доклада", "статия", "статията", "филм", "филма",
		"отличие", "отличието", "сертификат", "сертификата", "етикет", "етикета", "марка", "марката", "продукт",
		"продукта", "изданието", "издание", "брошура", "брошурата", "наръчник", "наръчника", "ръководство", "проучване",
		"проучването", "анализ", "анализа", "модул", "модула", "курс", "курса", "лекция", "лекцията", "презентация",
		"презентацията", "панел", "панела", "дейност", "дейността", "мярка", "мярката"} {
		titleNouns[resolve.Stem(w)] = true
	}
}

func stripQuotes(s string) string {
	return strings.Map(func(r rune) rune {
		if resolve.IsQuote(r) {
			return -1
		}
		return r
	}, s)
}

func firstWordIdx(dc *docCtx, a, b int) int {
	for i := a; i < b; i++ {
		if dc.toks[i].isWord() {
			return i
		}
	}
	return -1
}

func lastWordIdx(dc *docCtx, a, b int) int {
	for i := b - 1; i >= a; i-- {
		if dc.toks[i].isWord() {
			return i
		}
	}
	return -1
}

func isEventHead(dc *docCtx, i int) bool {
	h, ok := headAt(dc, i)
	return ok && h.typ == kg.Event
}

func headBase(dc *docCtx, i int) string {
	h, _ := headAt(dc, i)
	return h.base
}

// yearRangeAfter reads "2014 – 2020" or "2014-2020" at token i.
func yearRangeAfter(dc *docCtx, i, end int) (int, string) {
	if i < end && isYearRange(dc.toks[i].text) {
		return i + 1, dc.toks[i].text
	}
	if i+2 < end && isYear(dc.toks[i].text) && dc.toks[i+1].dash() && isYear(dc.toks[i+2].text) {
		return i + 3, dc.toks[i].text + "-" + dc.toks[i+2].text
	}
	return i, ""
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

func isYearRange(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	return ok && isYear(a) && isYear(b)
}

// placeMarker reports whether token i (possibly followed by a dot) is a
// marker like "гр.", "град", "с.", "село", "к.к.", "курорт", "област".
func placeMarker(dc *docCtx, i int) bool {
	t := &dc.toks[i]
	if t.is(".") && i > 0 {
		t = &dc.toks[i-1]
		switch t.low {
		case "гр", "к.к", "кк", "с", "обл", "кв":
			return true
		}
		return false
	}
	switch t.low {
	case "град", "село", "курорт", "курортен", "комплекс", "квартал", "местност", "местността", "област":
		return true
	case "долината", "поречието":
		// "в долината на Струма"
		return i+2 < len(dc.toks) && dc.toks[i+1].low == "на" && dc.toks[i+2].cap
	case "village", "town", "city", "resort", "region":
		// "the village of Brestnik", "the town of Gabrovo"
		return i+2 < len(dc.toks) && dc.toks[i+1].low == "of" && dc.toks[i+2].cap
	}
	return false
}

// genTownAlone reports a generated town at [a, b) that no capitalised word
// joins: thousands of foreign towns share their forms with surnames, given
// names and words of names ("Ингрид Холм", "Айдън Мехмед", "Lomska Mandra",
// "БИОПРО Баден ..."), which the hand-made list was picked to avoid.
func genTownAlone(dc *docCtx, s sentence, a, b int) bool {
	if a > s.a {
		if p := &dc.toks[a-1]; p.isWord() && (p.cap || p.allCaps) && !p.stop || p.quote() {
			return false // "„Торун 2030“": a quoted name begins with the town
		}
	}
	return b >= s.b || !dc.toks[b].quote() && (!dc.toks[b].isWord() || !(dc.toks[b].cap || dc.toks[b].allCaps))
}

// townPreps go before a town: where something is, comes from or goes to.
var townPreps = setOf("в", "във", "от", "до", "около", "край", "към", "през", "из", "между",
	"in", "at", "from", "near", "to", "around", "outside", "between", "via")

// townExpected reports a slot where the text names a place: after a
// preposition of place ("в Торун", "in Kotor"), before its country ("Lissone,
// Italy", "Тулча (Румъния)"), or after a place in a list ("около Неготино и
// Кавадарци"). A generated town is read only there: elsewhere its forms are
// more often words of other names.
func (x *Rules) townExpected(dc *docCtx, s sentence, a, b int) bool {
	if a > s.a {
		p := &dc.toks[a-1]
		if p.isWord() && townPreps[p.low] || p.is("(") {
			return true
		}
		if (p.is(",") || p.low == "и" || p.low == "and" || p.low == "или" || p.low == "or") && a-2 >= s.a {
			if c := dc.claimed[a-2]; c != nil && c.typ == kg.Place {
				return true
			}
		}
	}
	if b+1 < s.b && (dc.toks[b].is(",") || dc.toks[b].is("(") || dc.toks[b].dash()) {
		if e2, g := x.gaz.match(dc.toks, b+1, s.b); e2 > b+1 && g.typ == kg.Place && gazCountry(g) {
			return true
		}
	}
	return false
}

// gazNames marks reference places, programmes and institutions.
func (x *Rules) gazNames(dc *docCtx, s sentence) {
	for i := s.a; i < s.b; i++ {
		if dc.claimed[i] == nil {
			if end := x.interreg(dc, s, i); end > i {
				i = end - 1
			}
		}
	}
	for i := s.a; i < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || dc.claimed[i] != nil || !(t.cap || t.digit || t.allCaps) {
			continue
		}
		end, e := x.gaz.match(dc.toks, i, s.b)
		if end < 0 || !dc.free(i, end) {
			continue
		}
		if e.gen && (!genTownAlone(dc, s, i, end) || !x.townExpected(dc, s, i, end)) {
			continue
		}
		// "Erasmus+": a plus sign written onto the name is part of it
		if end < s.b && dc.toks[end].is("+") && dc.toks[end].s == dc.toks[end-1].e {
			end++
		}
		// a place name that begins a longer capitalised name is part of it
		if e.typ == kg.Place && end < s.b && dc.toks[end].isWord() && dc.toks[end].cap && dc.toks[end].latin && t.latin {
			continue // "Sofia Tech Park": the place begins a Latin name
		}
		// "CEO of Istanbul-based X": what is based somewhere names its place
		basedAfter := end+1 < s.b && dc.toks[end].dash() && basedWord(dc.toks[end+1].low)
		if e.typ == kg.Place && t.latin && !basedAfter && i > s.a && dc.toks[i-1].latin && (placeConnectors[dc.toks[i-1].low] && i-1 > s.a && dc.toks[i-2].cap || dc.toks[i-1].cap) && !dc.toks[i-1].lineBeg {
			continue // "Politecnico di Milano": the city names the organisation
		}
		if e.typ == kg.Programme {
			if e2, _ := yearRangeAfter(dc, end, s.b); e2 > end {
				end = e2
			}
		}
		if e.typ == kg.Place && i > s.a && branchWords[dc.toks[i-1].low] {
			i = end - 1
			continue // "Технически университет – София, филиал Пловдив": the branch's name
		}
		c := &cand{a: i, b: end, typ: e.typ, name: e.name, gaz: e, prio: 7}
		if e.gen {
			// a generated town's first form is one spelling of several
			// ("Инголштат", "Инголщат"): the text's own names it
			c.name = clean(dc.text(i, end))
		}
		if orgLike(e.typ) && schoolName(e.name) && end+1 < s.b && dc.toks[end].dash() && !dc.toks[end].is("-") {
			// "Университетът по хранителни технологии – Пловдив": a school
			// written with its town; the town is part of the name
			if e2, g := x.gaz.match(dc.toks, end+1, s.b); e2 > end+1 && g.typ == kg.Place && dc.free(end+1, e2) && !(e2 < s.b && dc.toks[e2].dash()) {
				c.aliases = append(c.aliases, clean(dc.text(i, e2)))
				c.b, end = e2, e2
			}
		}
		if orgLike(e.typ) && !t.latin && end+1 < s.b && (dc.toks[end].low == "в" || dc.toks[end].low == "във") {
			// "Университетът по архитектура, строителство и геодезия в
			// Букурещ": a Bulgarian institution's name with a foreign town
			// is a namesake abroad, not the reference body
			if e2, g := x.gaz.match(dc.toks, end+1, s.b); e2 > end+1 && g.typ == kg.Place && g.kind == "" && dc.free(end+1, e2) &&
				g.props["country"] != nil && g.props["country"] != "Bulgaria" && (e2 >= s.b || !dc.toks[e2].isWord() || dc.toks[e2].stop) {
				name := deArticle(dc, i, i, end)
				c = &cand{a: i, b: end, typ: e.typ, name: name, prio: 6, aliases: []string{name + " " + dc.text(end, e2)}}
			}
		}
		if orgLike(e.typ) && !t.latin && foreignComplement(x, dc, s, end) {
			// "Министерството на икономиката и индустриалните паркове на
			// Румъния": a reference name that goes on with "и" and names a
			// foreign country is a foreign body; the head phrase reads it
			continue
		}
		if e.typ == kg.Place {
			// "Северозападна България", "Южна Централна България": a part of
			// the place named by compass words is a place of its own
			a := i
			for a-1 >= s.a && i-a < 2 && dc.claimed[a-1] == nil && dc.toks[a-1].cap && compassWord(dc.toks[a-1].low) {
				a--
			}
			if a < i {
				c = &cand{a: a, b: end, typ: kg.Place, name: clean(dc.text(a, end)), prio: 7}
				if g := x.gaz.byKey[nameKey(c.name)]; g != nil && g.typ == kg.Place {
					c.gaz, c.name = g, g.name
				}
			}
		}
		if w := deArticle(dc, i, i, end); w != e.name && (e.typ != kg.Place || t.latin) {
			c.aliases = []string{w} // the form as written, next to the official name
		}
		if e.typ == kg.Place && i > s.a && dc.toks[i-1].isWord() && dc.toks[i-1].cap && !dc.toks[i-1].lineBeg && i-1 > s.a {
			// "Баден Вюртенмберг" style two-word place heads; keep
		}
		dc.add(c)
		i = end - 1
	}
}

// branchWords name a branch of an institution by its town.
var branchWords = setOf("филиал", "филиала", "филиалът")

// schoolName reports a reference name built on a school's head noun
// ("Университет по хранителни технологии"), which texts write with its town.
func schoolName(name string) bool {
	for _, w := range strings.Fields(resolve.Lower(name)) {
		if cityNamed[w] {
			return true
		}
	}
	return false
}

// interreg reads a cross-border programme as written: "Interreg VI-A
// Румъния – България 2021-2027", "Interreg VI-A IPA България – Турция",
// "Interreg NEXT Black Sea Basin". Each period and pair of countries is a
// programme of its own, so the name is kept as the text gives it; a
// reference entry with that name is used when there is one. It returns the
// end token, or i when token i starts no such name.
func (x *Rules) interreg(dc *docCtx, s sentence, i int) int {
	if l := dc.toks[i].low; l != "interreg" && l != "интеррег" {
		return i
	}
	j := i + 1
	strand := false
	for j < s.b && dc.toks[j].isWord() && (interregStrand(dc.toks[j].text) || dc.toks[j].text == "IPA" || dc.toks[j].text == "ИПП" || dc.toks[j].text == "NEXT") {
		strand = true
		j++
	}
	places := 0
	for j < s.b {
		e2, g := x.gaz.match(dc.toks, j, s.b)
		if e2 < 0 || g.typ != kg.Place || g.props["country"] == nil && places == 0 {
			break
		}
		places++
		j = e2
		if j+1 < s.b && dc.toks[j].dash() {
			if e3, g3 := x.gaz.match(dc.toks, j+1, s.b); e3 > 0 && g3.typ == kg.Place {
				j++
				continue
			}
		}
		break
	}
	if strand && places == 0 && j < s.b {
		// "Interreg V-B „Балкани – Средиземноморие“": the area in quotes
		if c, ok := dc.closeOf[j]; ok && c < s.b && c-j <= 8 && dc.free(j, c+1) {
			j = c + 1
		}
	}
	if strand && places == 0 {
		// "Interreg VI-B Euro-MED", "Interreg NEXT Black Sea Basin": the
		// strand's area in English
		k := j
		for k < s.b && dc.toks[k].isWord() && dc.toks[k].latin && (dc.toks[k].cap || dc.toks[k].allCaps) && !dc.toks[k].digit && k-j < 4 && dc.toks[k].low != "programme" {
			k++
		}
		if k == j && k < s.b && dc.toks[k].cap && !dc.toks[k].latin {
			// "Interreg NEXT Черноморски басейн": the area in Bulgarian
			for k < s.b && k-j < 3 && dc.toks[k].isWord() && !dc.toks[k].latin && !dc.toks[k].digit &&
				(dc.toks[k].cap || interregArea[dc.toks[k].low]) && (dc.claimed[k] == nil || dc.claimed[k].typ == kg.Place) {
				k++
			}
			dc.releasePlacesIn(j, k)
		}
		j = k
	}
	if !strand && places < 2 {
		// "Interreg Danube Region Programme", "Interreg NEXT Black Sea Basin"
		k := i + 1
		for k < s.b && dc.toks[k].isWord() && dc.toks[k].latin && (dc.toks[k].cap || dc.toks[k].allCaps) && !dc.toks[k].digit && k-i <= 6 {
			k++
		}
		if k == i+1 && k < s.b && dc.toks[k].cap && !dc.toks[k].latin {
			// "Interreg Дунавски регион 2021-2027": the area in Bulgarian
			for k < s.b && k-i <= 4 && dc.toks[k].isWord() && !dc.toks[k].latin && !dc.toks[k].digit &&
				(dc.toks[k].cap || interregArea[dc.toks[k].low]) {
				k++
			}
		}
		if k-i < 3 && !(k-i == 2 && strings.Contains(dc.toks[i+1].text, "-") && x.gaz.byKey[nameKey(dc.text(i, k))] == nil) {
			return i // "Interreg Europe" and the like are reference names
		}
		j = k
	}
	if !dc.free(i, j) {
		return i
	}
	name := clean(stripQuotes(dc.text(i, j)))
	end := j
	if e2, yr := yearRangeAfter(dc, j, s.b); e2 > j {
		end = e2
		name += " " + yr
	}
	c := &cand{a: i, b: end, typ: kg.Programme, name: name, prio: 7}
	if end > j {
		c.aliases = []string{clean(stripQuotes(dc.text(i, j)))}
	}
	if g := x.gaz.byKey[nameKey(c.name)]; g != nil && g.typ == kg.Programme {
		c.gaz = g
	}
	// "Програма (за сътрудничество) Interreg ...": the head phrase before it
	// is part of the written name
	if a := programmeHeadBefore(dc, s, i); a < i && dc.free(a, i) {
		c.aliases = append(c.aliases, c.name)
		c.a = a
		c.name = deArticle(dc, a, a, end)
	}
	dc.add(c)
	return end
}

// interregStrand reports a strand code such as "V-A", "VI-B", "IVC".
// interregArea are the lower-case nouns of Interreg areas written in
// Bulgarian ("Дунавски регион", "Черноморски басейн").
var interregArea = setOf("регион", "басейн", "море", "район")

func interregStrand(w string) bool {
	v, strand, ok := strings.Cut(w, "-")
	if !ok {
		v, strand = strings.TrimRight(w, "ABC"), strings.TrimLeft(w, "IVX")
	}
	if v == "" || strings.Trim(v, "IVX") != "" || len(strand) != 1 || !strings.Contains("ABC", strand) {
		return false
	}
	return true
}

// programmeHeadBefore returns the first token of a capitalised programme
// head phrase right before token i ("Програма за сътрудничество",
// "Програмата за трансгранично сътрудничество"), or i.
func programmeHeadBefore(dc *docCtx, s sentence, i int) int {
	for k := i - 1; k >= s.a && i-k <= 5; k-- {
		t := &dc.toks[k]
		if !t.isWord() || t.digit {
			return i
		}
		if h, ok := headAt(dc, k); ok && h.typ == kg.Programme && t.cap {
			for m := k + 1; m < i; m++ {
				if u := &dc.toks[m]; u.cap || !(u.low == "за" || adjLike(u.low) || abstractNoun(u)) {
					return i
				}
			}
			return k
		}
	}
	return i
}

// compassWord reports a compass or position adjective that names a part
// of a place ("Северозападна", "Южна", "Централна", "Northern").
func compassWord(low string) bool {
	for _, p := range []string{"север", "юг", "юж", "изток", "източн", "запад", "централн", "средн", "north", "south", "east", "west", "central"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// indeclinable are nouns used as modifiers in names ("Регионален бизнес
// център", "Бизнес инкубатор").
var indeclinable = setOf("бизнес", "био", "еко", "тех")

// placeConnectors join a place to the name before it ("Politecnico di
// Milano", "University of Tartu"); "in", "and" do not.
var placeConnectors = setOf("of", "di", "de", "du", "da", "la", "le", "von", "van", "der", "del", "della", "des")

// titledPersons reads persons after a title: "г-н Светлин Рангелов",
// "инж. Тодор Тонев", "д-р Андрей Кехайов", "проф. д-р Иван Петров".
func (x *Rules) titledPersons(dc *docCtx, s sentence) {
	for i := s.a; i < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || !t.in(lPersonTitle) {
			continue
		}
		j := i + 1
		for j < s.b {
			if dc.toks[j].is(".") {
				j++
				continue
			}
			if dc.toks[j].isWord() && personTitles[dc.toks[j].low] {
				j++
				continue
			}
			break
		}
		a, b := personNameAt(dc, j, s.b, true)
		if b > a {
			x.addPerson(dc, a, b, 7)
			i = b - 1
		}
	}
}

// personNameAt reads one to three capitalised name words from token i.
func personNameAt(dc *docCtx, i, end int, titled bool) (int, int) {
	j := i
	for j < end && j-i < 3 {
		t := &dc.toks[j]
		if !t.isWord() || !t.cap || t.digit || t.nonName || dc.claimed[j] != nil {
			break
		}
		if t.allCaps && len([]rune(t.text)) > 1 {
			break
		}
		if n := len([]rune(t.text)); n == 2 || n == 1 && !(j+1 < end && dc.toks[j+1].is(".")) {
			break // "Би Би Си" is no name; "Т. Тонев" is
		}
		if _, isHead := headAt(dc, j); isHead {
			break
		}
		if _, isRole := roleWords[t.stem]; isRole {
			break
		}
		j++
		// an initial: "Т. Тонев"
		if j < end && dc.toks[j].is(".") && len([]rune(t.text)) == 1 {
			j++
		}
	}
	if j == i || (!titled && j-i < 2) {
		return i, i
	}
	if dc.toks[j-1].is(".") {
		j--
	}
	return i, j
}

func (x *Rules) addPerson(dc *docCtx, a, b, prio int) {
	name := clean(dc.text(a, b))
	dc.add(&cand{a: a, b: b, typ: kg.Person, name: name, prio: prio})
}

// namedPersons reads persons without a title: a known given name followed
// by a capitalised word, or two capitalised words the last of which has a
// surname ending ("Венцислав Славков"), or a name right after a role
// ("Председателят на УС на АБК Венцислав Славков").
func (x *Rules) namedPersons(dc *docCtx, s sentence) {
	for i := s.a; i < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || !t.cap || t.allCaps || dc.claimed[i] != nil || t.nonName {
			continue
		}
		if (strings.HasSuffix(t.low, "ът") || strings.HasSuffix(t.low, "ят")) && !x.gaz.given[t.low] {
			continue // "Технологът Севдалина Кисьова": a noun with its article opens the sentence
		}
		// "said Mayor Kalinov", "Minister Petrova": an English office
		// written before a surname is no part of the person's name
		if t.latin && roleHeadForms[t.low] && !x.gaz.given[t.low] && i+1 < s.b && dc.toks[i+1].latin && dc.toks[i+1].cap {
			continue
		}
		// "Jan de Vries", "Ursula von der Leyen": a given name, surname
		// particles, a capitalised surname
		if t.latin && x.gaz.given[t.low] {
			k := i + 1
			for k < s.b && k <= i+3 && nameParticles[dc.toks[k].low] {
				k++
			}
			if k > i+1 && k < s.b && dc.toks[k].latin && dc.toks[k].cap && !dc.toks[k].allCaps && dc.claimed[k] == nil {
				x.addPerson(dc, i, k+1, 5)
				i = k
				continue
			}
		}
		// "Marloes van Dijk, head of ...", "said Ines de Brito": an unknown
		// given name with surname particles in a slot only a person fills
		if k := particleSurname(dc, s, i); k > 0 && x.particlePersonSlot(dc, s, i, k) {
			x.addPerson(dc, i, k, 5)
			i = k - 1
			continue
		}
		a, b := personNameAt(dc, i, s.b, false)
		if b-a < 2 {
			continue
		}
		// a quoted name („Пиксел Фолк“) or one ending in a business word
		// ("Orbitek Systems", "Врацастрой Инженеринг") names a company
		if t.latin && (tradeWords[dc.toks[b-1].low] || bodyWordsEN[dc.toks[b-1].low]) {
			i = b - 1
			continue // "Elena Textiles": a company, read by latinRuns
		}
		if a > s.a && dc.toks[a-1].quote() && opensQuote(dc, a-1) || companyWord(dc.toks[b-1].low) {
			if companyWord(dc.toks[b-1].low) && !t.latin && !(a > s.a && dc.toks[a-1].quote()) {
				// "Врацастрой Инженеринг" unquoted: a company
				dc.add(&cand{a: a, b: b, typ: kg.Organization, name: clean(dc.text(a, b)), prio: 3})
			}
			i = b - 1
			continue
		}
		// "Брекзит Дейвид Дейвис": the name starts at the given name
		if b-a == 3 && !x.gaz.given[t.low] && x.gaz.given[dc.toks[a+1].low] {
			continue
		}
		ok := x.gaz.given[t.low] && !t.latin
		if t.latin {
			ok = x.gaz.given[t.low]
			// "Confindustria Emilia Innovazione": a given name inside a
			// run of capitalised words is part of an organisation's name
			if p := a - 1; p > s.a && dc.toks[p].latin && dc.toks[p].cap && !dc.toks[p].allCaps && dc.claimed[p] == nil && !personTitles[strings.TrimSuffix(dc.toks[p].low, ".")] && !dc.toks[p].nonName {
				ok = false
			}
		}
		last := &dc.toks[b-1]
		if !ok && surnameLike(last.low) && !adjLike2(t.low) {
			ok = true
		}
		// "Севдалина Кисьова", "Светлана Петрова": a woman's given name in
		// vowel + "на" before a woman's surname
		if !ok && b-a == 2 && !t.latin && femaleSurname(last.low) && femaleGiven(t.low) && !compassWord(t.low) {
			ok = true
		}
		if !ok && afterRole(dc, s, a) {
			// "директор на Têxtil Circular Norte": a Latin run the role's
			// organisation opens goes on; it names no person
			p := a - 1
			ok = !(t.latin && p >= s.a && dc.toks[p].isWord() && dc.toks[p].latin && dc.toks[p].cap && dc.claimed[p] == nil &&
				!personTitles[strings.TrimSuffix(dc.toks[p].low, ".")] && !roleHeadForms[dc.toks[p].low])
		}
		// "Найджъл Фараж заяви", "според Ники Лауда": people speak
		if !ok && b-a == 2 && !t.latin && (b < s.b && reportVerbs[dc.toks[b].low] || a > s.a && dc.toks[a-1].low == "според") &&
			!adjLike2(t.low) && !adjLike2(last.low) {
			ok = true
		}
		// a person's slot: "X Y, director of", "X Y said", "opened by X Y"
		slot := false
		if !ok && x.personSlot(dc, s, a, b) {
			ok, slot = true, true
			// "Мичиган Джоселин Бенсън каза": a slot's name is the words
			// next to it; three only with a known given name first
			if b-a == 3 && !x.gaz.given[t.low] {
				continue
			}
		}
		if !ok {
			continue
		}
		// three words only when the middle one is a name too
		if b-a == 3 && !slot && !(surnameLike(dc.toks[a+1].low) || x.gaz.given[dc.toks[a+1].low]) && !surnameLike(last.low) {
			b--
		}
		x.addPerson(dc, a, b, 5)
		i = b - 1
	}
}

// particleSurname returns the end of "Given particle(s) Surname" read from
// token i ("Marloes van Dijk", "Ines de la Fuente"), 0 when the words there
// have no such shape: one capitalised Latin word that is no head, role or
// common word of the text, one to three particles, one capitalised surname.
func particleSurname(dc *docCtx, s sentence, i int) int {
	t := &dc.toks[i]
	if !t.latin || t.allCaps || t.stop || t.digit || dc.lowerWordSet()[t.low] || len([]rune(t.text)) < 3 {
		return 0
	}
	if _, isHead := headAt(dc, i); isHead {
		return 0
	}
	if _, isRole := roleWords[t.stem]; isRole || roleHeadForms[t.low] {
		return 0
	}
	k := i + 1
	for k < s.b && k <= i+3 && nameParticles[dc.toks[k].low] {
		k++
	}
	if k == i+1 || k >= s.b {
		return 0
	}
	u := &dc.toks[k]
	if !u.latin || !u.cap || u.allCaps || dc.claimed[k] != nil || u.nonName || dc.lowerWordSet()[u.low] {
		return 0
	}
	if _, isHead := headAt(dc, k); isHead {
		return 0
	}
	if k+1 < s.b && dc.toks[k+1].latin && dc.toks[k+1].cap {
		return 0 // a name goes on: "Centro de Innovación Marina"
	}
	return k + 1
}

// particlePersonSlot reports a person's slot around a..b, the tests of
// personSlot without its shape test (particles are lower-case words).
func (x *Rules) particlePersonSlot(dc *docCtx, s sentence, a, b int) bool {
	return roleApposition(dc, s, b) || speakerSlot(dc, s, b) || passiveAgentSlot(dc, s, a) || accordingTo(dc, s, a) ||
		personOfBody(dc, s, a, b) || whoAfter(dc, s, b) || personItemAfter(dc, s, b) || personItemBefore(dc, s, a)
}

// nameParticles are the lower-case words inside Latin surnames.
var nameParticles = setOf("de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter")

// plainAdj reports an indefinite adjective ending (търговска, индустриален,
// национални), not a noun in "-ия".
func plainAdj(low string) bool {
	for _, suf := range []string{"ска", "ски", "ско", "цка", "на", "ни", "но", "ен", "ската", "ната", "ните", "ното"} {
		if strings.HasSuffix(low, suf) && len([]rune(low)) > 4 {
			return true
		}
	}
	return false
}

// articledMascAdj reports a masculine adjective with its article
// ("Фестивалния", "Търговският"): the first of two adjectives joined by
// "и" carries the article ("Фестивалния и конгресен център").
func articledMascAdj(low string) bool {
	for _, suf := range []string{"ния", "ният", "ския", "ският"} {
		if strings.HasSuffix(low, suf) && len([]rune(low)) > 5 {
			return true
		}
	}
	return false
}

// femaleSurname reports a woman's surname ending (-ова, -ева, -ска).
func femaleSurname(low string) bool {
	return len([]rune(low)) > 4 && (strings.HasSuffix(low, "ова") || strings.HasSuffix(low, "ева") || strings.HasSuffix(low, "ска"))
}

// femaleGiven reports the ending of many women's given names (Севдалина,
// Светлана, Милена), which adjLike2 takes for an adjective.
func femaleGiven(low string) bool {
	for _, suf := range []string{"ина", "ана", "ена", "яна"} {
		if strings.HasSuffix(low, suf) && len([]rune(low)) > 4 && !strings.HasSuffix(low, "ална") {
			return true
		}
	}
	return false
}

// reportVerbs follow the name of a person who speaks.
var reportVerbs = setOf("каза", "заяви", "посочи", "коментира", "подчерта", "обяви", "добави", "отбеляза", "съобщи",
	"написа", "обясни", "призова", "допълни", "твърди", "смята", "сподели", "увери", "предупреди", "благодари", "said",
	"stated", "added", "noted", "told", "explained")

// adjLike2 reports adjective endings that rule a word out as a given name.
func adjLike2(low string) bool {
	for _, suf := range []string{"ски", "ска", "ско", "ния", "ната", "ният", "ския", "ската", "ен", "на", "но", "ия", "ият", "ата", "ото",
		// the soft neuter: "Висше училище", "Висшето училище"
		"ше", "шето"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// afterRole reports whether a role phrase ends right before token i
// ("...председател на УС на АБК Иван Петров", "директорът – Иван Петров").
func afterRole(dc *docCtx, s sentence, i int) bool {
	j := i - 1
	for j >= s.a && (dc.toks[j].dash() || dc.toks[j].is(",") || dc.toks[j].is(":")) {
		j--
	}
	if j >= s.a && rolePreps[dc.toks[j].low] {
		return false // "директор на Орбитек Системс": the organisation of the role
	}
	for k := 0; k < 8 && j >= s.a; k++ {
		t := &dc.toks[j]
		if t.isWord() {
			if _, ok := roleNouns[t.stem]; ok {
				return true
			}
		}
		j--
	}
	return false
}

// opensQuote reports whether the quote at token i opens a quoted name.
func opensQuote(dc *docCtx, i int) bool {
	_, ok := dc.closeOf[i]
	return ok
}

// rolePreps link a role to its organisation ("CEO of X", "управител на X").
var rolePreps = setOf("на", "от", "в", "във", "към", "за", "of", "at", "the", "for", "in")

// companyWord reports a word that ends company names, not people's names
// ("Systems", "Инженеринг", "Консулт").
func companyWord(low string) bool {
	return companyWords[low]
}

var companyWords = setOf("systems", "system", "solutions", "technologies", "technology", "tech", "group", "consulting",
	"engineering", "labs", "lab", "studio", "studios", "software", "digital", "media", "energy", "logistics",
	"instruments", "partners", "services", "industries", "holding", "trade", "trading", "design", "games", "data",
	"robotics", "networks", "electronics", "motors", "foods", "pharma", "bio", "ventures", "capital", "invest", "consult", "automation",
	"системс", "солюшънс", "технолоджис", "технолоджи", "груп", "консултинг", "инженеринг", "лаб", "лабс", "студио",
	"софтуер", "диджитъл", "медия", "енерджи", "логистикс", "логистика", "инструментс", "партнърс", "сървисис", "индъстрис",
	"холдинг", "трейд", "трейдинг", "дизайн", "геймс", "дейта", "роботикс", "електроникс", "мотърс", "фуудс", "фарма",
	"консулт", "инвест", "строй", "агро", "текс", "фабрик", "систем", "системи", "технологии", "инженеринг", "нет", "соф")

// tradeWords are trades a company is named by ("Elena Textiles", "Mira
// Knitwear"): after a given name they end a company's name, not a
// person's; unlike companyWords they do not type a Latin phrase alone
// ("Value Chains for Plastic Packaging" is no company).
var tradeWords = setOf("textiles", "textile", "knitwear", "apparel", "fashion", "furniture", "wines", "winery", "dairy", "farms", "plastics",
	"metals", "steel", "machinery", "tools", "components", "packaging", "printing", "chemicals", "cosmetics", "foods",
	"drive", "mobility", "automotive", "aerospace", "marine", "shipping", "transport", "construction", "homes", "power",
	"solar", "medical", "clinic", "pharmaceuticals", "optics", "sensors", "devices", "materials", "coatings", "brewery",
	"bakery", "mills", "mill")

// legalForms reads companies written with a legal form: "Астор ЕООД",
// "AGROFOOD MANAGEMENT SRL", "ЕТ „X“".
func (x *Rules) legalForms(dc *docCtx, s sentence) {
	for i := s.a + 1; i < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || !t.in(lLegalForm) || dc.claimed[i] != nil {
			continue
		}
		if !(t.allCaps || t.cap) && !(t.latin && strings.Contains(t.low, ".")) && t.text != "eG" && t.text != "eGen" {
			continue // "d.o.o.", "s.r.o." are written in lower case; so is the cooperative's "eG"
		}
		a := i
		var places []*cand // "София Мед АД": a place that begins the name
		for a-1 >= s.a && i-a < 5 {
			p := &dc.toks[a-1]
			if c := dc.claimed[a-1]; c != nil && c.typ == kg.Place && c.gaz != nil && c.b == a && (a < i || placeInsideName(dc, s, c)) {
				places = append(places, c)
				a = c.a
				continue
			}
			if dc.claimed[a-1] != nil || !p.isWord() || !(p.cap || p.allCaps || p.digit) || p.nonName {
				if p.is("&") || p.is("-") {
					a--
					continue
				}
				// "DBI Gas- und Umwelttechnik GmbH": a compound cut short by a
				// hyphen before the conjunction
				if (p.low == "und" || p.low == "and" || p.low == "и" || p.low == "et") && a < i && a-3 >= s.a && dc.toks[a-2].is("-") &&
					dc.toks[a-2].s == dc.toks[a-3].e && dc.toks[a-3].isWord() && dc.toks[a-3].cap && dc.claimed[a-2] == nil && dc.claimed[a-3] == nil {
					a -= 3
					continue
				}
				// "Hilados del Sur S.L.": a particle between capitals
				if p.latin && a < i && (foreignParticles[p.low] || p.low == "von" || p.low == "der" || p.low == "la") && a-2 >= s.a && dc.claimed[a-2] == nil && dc.toks[a-2].latin && dc.toks[a-2].cap {
					a--
					continue
				}
				// "Тракийски семена ЕООД": a capitalised adjective and a
				// lower-case noun, inside a sentence
				if a == i && lowerNounOfName(dc, s, a-1) {
					a -= 2
				}
				break
			}
			if a < i && p.latin != dc.toks[a].latin && !p.digit && !dc.toks[a].digit {
				break // one name is written in one script
			}
			a--
		}
		// "Фирмата Оптикс ООД", "Компания Y АД": a generic noun for a
		// company before the name is no part of it
		for a < i-1 && len(places) == 0 && genericCompanyNoun(dc.toks[a].low) {
			a++
		}
		if a == i {
			continue
		}
		for _, p := range places {
			dc.release(p)
		}
		name := clean(dc.text(a, i+1))
		dc.add(&cand{a: a, b: i + 1, typ: kg.Organization, name: name, aliases: []string{clean(dc.text(a, i))}, prio: 7})
	}
}

// placeInsideName reports a town right before a legal form that closes a
// name begun by a capitalised word of its own ("Пекарни Балчик АД"), not
// a town alone ("в Балчик АД" is no name).
func placeInsideName(dc *docCtx, s sentence, c *cand) bool {
	k := c.a - 1
	if k < s.a || dc.claimed[k] != nil {
		return false
	}
	t := &dc.toks[k]
	return t.isWord() && t.cap && !t.allCaps && !t.nonName && !t.stop && !t.latin && !t.digit
}

// lowerNounOfName reports a lower-case noun at token k that a company name
// opens with a capitalised adjective ("Тракийски семена ЕООД", "Билкови
// формули АД"): the adjective stands inside the sentence, after a word
// or punctuation that no name goes on from.
func lowerNounOfName(dc *docCtx, s sentence, k int) bool {
	if k-1 <= s.a || dc.claimed[k] != nil || dc.claimed[k-1] != nil {
		return false
	}
	n, adj, before := &dc.toks[k], &dc.toks[k-1], &dc.toks[k-2]
	if !n.isWord() || n.cap || n.latin || n.stop || n.digit || listBreakers[n.low] || adjLike(n.low) && !strings.HasSuffix(n.low, "и") && !strings.HasSuffix(n.low, "а") {
		return false
	}
	if !adj.isWord() || !adj.cap || adj.allCaps || adj.latin || adj.nonName || !adjLike(adj.low) || adj.head != nil {
		return false
	}
	return before.isWord() && !before.cap || before.is(",") || before.quote() && dc.claimed[k-2] == nil
}

// regionalGovernments reads a region or city named as a body — "Регион
// Пиемонт", "Регион на Източна Македония и Тракия", "Град на Ковентри",
// "Region of Western Macedonia" — as an organisation: the capitalised
// word makes it the name of the regional government (Regione Piemonte),
// which is what partners and funders are. A lower-case "регион"/"град" is
// the place, and a city needs "на"/"of" ("град Габрово" is the town).
func (x *Rules) regionalGovernments(dc *docCtx, s sentence) {
	for i := s.a; i+1 < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || !t.cap || t.allCaps || dc.claimed[i] != nil {
			continue
		}
		if t.text == "Region" && i > s.a {
			// "the Piedmont Region": an English region named as a body
			a := -1
			if p := dc.claimed[i-1]; p != nil && p.typ == kg.Place && p.b == i && dc.toks[p.a].latin {
				dc.release(p)
				a = p.a
			}
			for k := i - 1; a < 0 && k >= s.a && i-k <= 3 && dc.claimed[k] == nil; k-- {
				// a reference place left for the longer name ("Piedmont Region")
				if e, g := x.gaz.match(dc.toks, k, s.b); e == i && g.typ == kg.Place && dc.toks[k].latin {
					a = k
				}
			}
			if a >= 0 && dc.add(&cand{a: a, b: i + 1, typ: kg.Organization, name: clean(dc.text(a, i+1)), prio: 7}) {
				continue
			}
		}
		base, ok := govHeads[t.low]
		if !ok {
			continue
		}
		city := base == "Град" || base == "City"
		region := !city
		if !region && !city {
			continue
		}
		j := i + 1
		if l := dc.toks[j].low; l == "на" || l == "of" {
			j++
		} else if city {
			continue
		}
		if j >= s.b || !dc.toks[j].isWord() || !dc.toks[j].cap || dc.toks[j].allCaps {
			continue
		}
		b := j
		if p := dc.claimed[j]; p != nil {
			if p.typ != kg.Place || p.a != j {
				continue
			}
			b = p.b
		} else {
			if city && (i == s.a || t.lineBeg) {
				continue // "Град на ..." opening a sentence may be anything
			}
			for b < s.b && b-j < 3 && dc.toks[b].isWord() && dc.toks[b].cap && !dc.toks[b].allCaps && dc.claimed[b] == nil {
				b++
			}
			if _, isHead := headAt(dc, b-1); isHead {
				continue
			}
		}
		if p := dc.claimed[j]; p != nil {
			dc.release(p)
		}
		c := &cand{a: i, b: b, typ: kg.Organization, name: clean(base + " " + dc.text(i+1, b)), prio: 7}
		if w := clean(dc.text(i, b)); w != c.name {
			c.aliases = []string{w} // "Регионът Пиемонт" as written
		}
		dc.add(c)
		i = b - 1
	}
}

// govHeads are the heads of regional and city governments, by form, with
// the form a name takes ("Регионът на X" is "Регион на X").
var govHeads = map[string]string{"регион": "Регион", "регионът": "Регион", "региона": "Регион",
	"region": "Region", "regione": "Regione", "град": "Град", "градът": "Град", "града": "Град", "city": "City"}

// placeMarkers reads places after "гр.", "с.", "к.к.", "град", "хотел".
func (x *Rules) placeMarkers(dc *docCtx, s sentence) {
	for i := s.a; i < s.b; i++ {
		if !placeMarker(dc, i) {
			continue
		}
		if l := dc.toks[i].low; (l == "област" || l == "областта") && i-1 >= s.a && dc.claimed[i-1] == nil && dc.toks[i-1].cap && !dc.toks[i-1].latin &&
			(strings.HasSuffix(dc.toks[i-1].low, "ска") || strings.HasSuffix(dc.toks[i-1].low, "цка")) &&
			!(i-2 >= s.a && (dc.toks[i-2].low == "и" || dc.toks[i-2].is(","))) {
			// "Благоевградска област": the region named by its adjective
			// (not "Бургаска и Варненска област", which shares the noun)
			dc.add(&cand{a: i - 1, b: i + 1, typ: kg.Place, name: clean(dc.text(i-1, i)) + " област", prio: 7})
			continue
		}
		j := i + 1
		if j < s.b && (dc.toks[j].is(".") || dc.toks[j].low == "of" || dc.toks[j].low == "на" && (dc.toks[i].low == "долината" || dc.toks[i].low == "поречието")) {
			j++
		}
		if j >= s.b || !dc.toks[j].isWord() || !dc.toks[j].cap {
			continue
		}
		b := j
		for b < s.b && b-j < 3 && dc.toks[b].isWord() && dc.toks[b].cap && !dc.toks[b].allCaps && (b == j || dc.claimed[b] == nil) {
			b++
		}
		if c := dc.claimed[j]; c != nil {
			continue // a gazetteer place, already found
		}
		if b == j+1 && lowerPlaceNoun(dc, s, b) {
			b++ // "с. Широка лъка", "с. Бяла вода": an adjective and a lower-case noun
		}
		name := clean(dc.text(j, b))
		dc.add(&cand{a: j, b: b, typ: kg.Place, name: name, prio: 7})
		i = b - 1
	}
}

// latinCoordinated reads the capitalised Latin words before the "and" at
// token k that share the head after it ("European Clothing and Textile
// Cluster Network"): at most three, none a head noun or already taken, and
// opened by "the" or a nationality adjective, so that two names in a list
// ("Marco Bellini and Textile Cluster X") stay apart. It returns where the
// words start, or k when they are no such modifiers.
func latinCoordinated(dc *docCtx, s sentence, k int) int {
	b := k
	for b-1 >= s.a && k-b < 3 {
		t := &dc.toks[b-1]
		if !t.isWord() || !t.latin || !t.cap || t.nonName || dc.claimed[b-1] != nil {
			break
		}
		if _, ok := heads[t.low]; ok {
			return k
		}
		b--
	}
	if b == k {
		return k
	}
	if demonym(dc.toks[b].low) || b-1 >= s.a && dc.toks[b-1].low == "the" {
		return b
	}
	return k
}

// lowerPlaceNoun reports a lower-case Cyrillic noun at token i that ends a
// village name after a capitalised adjective ("Широка лъка", "Стара река"):
// a plain word, not a verb or head noun, followed by punctuation or a
// function word.
func lowerPlaceNoun(dc *docCtx, s sentence, i int) bool {
	if i >= s.b || i-1 < s.a {
		return false
	}
	p, t := &dc.toks[i-1], &dc.toks[i]
	if !t.isWord() || t.cap || t.latin || t.digit || t.stop || dc.claimed[i] != nil || len([]rune(t.low)) < 3 || looksVerb(t.low) {
		return false
	}
	adj := false
	for _, suf := range []string{"ка", "ко", "ла", "ло", "ра", "ро", "на", "но", "ва", "во", "ям", "ски", "ска", "ско"} {
		if strings.HasSuffix(p.low, suf) {
			adj = true
			break
		}
	}
	if !adj || p.latin {
		return false
	}
	if _, ok := headAt(dc, i); ok {
		return false
	}
	if _, ok := roleWords[t.stem]; ok {
		return false
	}
	return i+1 >= s.b || !dc.toks[i+1].isWord() || dc.toks[i+1].stop
}

// namesBeforeCountry reads an unknown capitalised name followed by a
// country in parentheses — "Агрокластер Тесалия (Гърция)" — as an
// organisation: the way partner lists name foreign partners.
func (x *Rules) namesBeforeCountry(dc *docCtx, s sentence) {
	for i := s.a + 1; i+2 < s.b; i++ {
		if !dc.toks[i].is("(") || !dc.toks[i+2].is(")") {
			continue
		}
		p := dc.claimed[i+1]
		if p == nil || p.typ != kg.Place || p.gaz == nil || p.gaz.props["country"] == nil {
			continue
		}
		a := i
		var places []*cand // places swallowed by the name ("Агроцентър Македония")
		for a-1 >= s.a && i-a < 4 {
			t := &dc.toks[a-1]
			if c := dc.claimed[a-1]; c != nil && c.typ == kg.Place && c.gaz != nil && c.b == a && c.a > s.a && dc.claimed[c.a-1] == nil && dc.toks[c.a-1].cap {
				places = append(places, c)
				a = c.a
				continue
			}
			if dc.claimed[a-1] != nil || !t.isWord() || !(t.cap || t.allCaps || t.digit && a < i) || t.nonName {
				if t.is("-") || t.is("&") || t.isWord() && latinConnectors[t.low] && a < i {
					a--
					continue
				}
				break
			}
			a--
		}
		for a < i && (!dc.toks[a].isWord() || latinConnectors[dc.toks[a].low]) {
			a++ // "the Slovak Space Office (Slovakia)" starts at "Slovak"
		}
		// "Mehmet Yilmaz of Karadeniz Shipyards (Turkey)": the body's
		// name ends before "of" when a person's name stands before it
		for k := i - 1; k > a; k-- {
			if dc.toks[k].low == "of" && personBeforeOf(dc, s, k) {
				a = k + 1
				break
			}
		}
		if a == i || x.personAt(dc, a, i) {
			continue
		}
		if a == s.a && i-a == 1 || len(places) > 0 && places[len(places)-1].a == a {
			continue // one capitalised word opening a sentence may be anything
		}
		for _, p := range places {
			dc.release(p)
		}
		c := &cand{a: a, b: i, typ: kg.Organization, name: clean(dc.text(a, i)), prio: 4}
		if t := latinType(dc, s, a, i); t != "" {
			c.typ = t
		}
		dc.add(c)
	}
}

// placeAfterPreposition takes an unknown capitalised Cyrillic word after
// "в"/"във" (not at a sentence start, not a known name) as a weak place.
func (x *Rules) placeAfterPreposition(dc *docCtx, s sentence) {
	for i := s.a + 1; i+1 < s.b; i++ {
		p := &dc.toks[i]
		if p.low != "в" && p.low != "във" && p.low != "от" {
			continue
		}
		t := &dc.toks[i+1]
		if !t.isWord() || !t.cap || t.allCaps || t.latin || dc.claimed[i+1] != nil || t.nonName {
			continue
		}
		if _, isHead := headAt(dc, i+1); isHead {
			continue
		}
		// "от Пирея, Гърция", "в Ливорно, Италия": a town written with its
		// country is a town, whatever its ending
		if i+3 < s.b && dc.toks[i+2].is(",") && !x.gaz.given[t.low] {
			if c := dc.claimed[i+3]; c != nil && c.typ == kg.Place && c.gaz != nil && c.a == i+3 && gazCountry(c.gaz) {
				dc.add(&cand{a: i + 1, b: i + 2, typ: kg.Place, name: clean(dc.text(i+1, i+2)), prio: 7})
				continue
			}
		}
		if p.low == "от" {
			continue
		}
		if x.gaz.given[t.low] || adjLike2(t.low) || articledNoun(t.low) {
			continue
		}
		b := i + 2
		if b < s.b && dc.toks[b].isWord() && dc.toks[b].cap && !dc.toks[b].allCaps && dc.claimed[b] == nil {
			b++
		}
		if _, isHead := headAt(dc, b-1); isHead || b < s.b && dc.toks[b].isWord() && dc.toks[b].head != nil {
			continue // "в Интер Хотел ...": the word modifies a head noun
		}
		dc.add(&cand{a: i + 1, b: b, typ: kg.Place, name: clean(dc.text(i+1, b)), prio: 1, weak: true})
	}
}

// listNouns are plural nouns that open a list of names of one type:
// "клъстерите „X“, „Y“ и Z", "the clusters X, Y and Z".
var listNouns = map[string]kg.EntityType{
	"клъстерите": kg.Cluster, "клъстери": kg.Cluster, "clusters": kg.Cluster,
	"асоциациите": kg.Association, "асоциации": kg.Association, "сдруженията": kg.Association, "associations": kg.Association,
	"университетите": kg.Organization, "университети": kg.Organization, "universities": kg.Organization,
	"общините": kg.Organization, "общини": kg.Organization, "municipalities": kg.Organization,
	"програмите": kg.Programme, "programmes": kg.Programme, "проектите": kg.Project, "projects": kg.Project,
	"селата": kg.Place, "градовете": kg.Place, "villages": kg.Place, "towns": kg.Place, "cities": kg.Place,
}

// typedLists reads a list of two or more names right after a plural noun
// of a type ("клъстерите „Мебели Север“, „Зелена логистика“ и ИТ Хъб
// Русе", "the clusters Wood Nordic and Baltic Food"): names the rules have
// not read become entities of that type, and an organisation or a weak
// reading among them takes the type (by the annotation rules a cluster
// listed among clusters is a cluster whatever its name).
func typedLists(dc *docCtx, s sentence) {
	for i := s.a; i+2 < s.b; i++ {
		typ, ok := listNouns[dc.toks[i].low]
		if !ok || dc.claimed[i] != nil {
			continue
		}
		type item struct {
			a, b int
			c    *cand
		}
		var items []item
		j := i + 1
		if typ == kg.Place && dc.toks[i].latin && j < s.b && dc.toks[j].low == "of" {
			j++ // "the villages of Brestnik and Markovo"
		}
		last := false
		for j < s.b && len(items) < 10 {
			it := item{a: j}
			t := &dc.toks[j]
			if c, ok := dc.closeOf[j]; ok && c < s.b && c-j <= 8 && c > j+1 && dc.toks[j+1].cap {
				it.b = c + 1
				it.c = dc.claimed[j+1]
				if it.c != nil && (it.c.a < j || it.c.b > c+1) {
					break
				}
			} else if c := dc.claimed[j]; c != nil && c.a == j {
				it.b, it.c = c.b, c
			} else if c == nil && t.isWord() && (t.cap || t.allCaps) && !t.nonName {
				b := j
				for b < s.b && dc.claimed[b] == nil && dc.toks[b].isWord() && (dc.toks[b].cap || dc.toks[b].allCaps || dc.toks[b].digit && b > j) && !dc.toks[b].nonName && b-j < 5 {
					b++
				}
				it.b = b
				// "Агро Хъб Русе": the words before a head phrase are its name
				if c := dc.claimed[b]; b < s.b && c != nil && c.a == b && c.gaz == nil && orgLike(c.typ) {
					dc.release(c)
					it.b = c.b
				}
			} else {
				break
			}
			items = append(items, it)
			j = it.b
			if last || j >= s.b {
				break
			}
			switch l := dc.toks[j].low; {
			case dc.toks[j].is(","):
				j++
			case l == "и" || l == "and":
				j++
				last = true
			default:
				last = true
			}
			if last && !(dc.toks[j-1].low == "и" || dc.toks[j-1].low == "and") {
				break
			}
		}
		if len(items) < 2 {
			continue
		}
		for _, it := range items {
			switch c := it.c; {
			case c == nil:
				name := clean(stripQuotes(dc.text(it.a, it.b)))
				if name != "" {
					dc.add(&cand{a: it.a, b: it.b, typ: typ, name: name, prio: 5})
				}
			case c.gaz != nil || c.typ == typ || c.typ == kg.Person || c.typ == kg.Place || c.typ == kg.Event:
			case c.weak || c.typ == kg.Organization && (typ == kg.Cluster || typ == kg.Association):
				c.typ, c.weak = typ, false
			}
		}
		i = j - 1
	}
}

// companyListNouns introduce an enumeration of companies, after which "сред
// които"/"including" or a colon opens the names.
var companyListNouns = setOf("фирми", "фирмите", "компании", "компаниите", "предприятия", "членове", "членуващи", "производители",
	"companies", "firms", "members", "producers")

// companyLists spreads the type of a company read by its legal form to the
// unknown names listed with it after a plural noun of companies ("девет
// фирми – членове на клъстера, сред които Дунав Пресинг ООД, Електроконтрол
// Русе и Термолайн – Бяла"): a company list is written one kind at a time.
// The guard: the list is introduced by such a noun, one of its items is a
// company with a legal form, and a new name is one to three capitalised
// words (with the town that closes it, after a dash or not), neither a
// known place nor a given name, standing between separators.
func (x *Rules) companyLists(dc *docCtx, s sentence) {
	for i := s.a; i+3 < s.b; i++ {
		t := &dc.toks[i]
		var start int
		switch {
		case (t.low == "които" || t.low == "them") && i > s.a && (dc.toks[i-1].low == "сред" || dc.toks[i-1].low == "между" || dc.toks[i-1].low == "among"):
			start = i + 1
		case t.low == "including":
			start = i + 1
		default:
			continue
		}
		intro := false
		for k := i - 1; k >= s.a && k >= i-10; k-- {
			if companyListNouns[dc.toks[k].low] {
				intro = true
				break
			}
		}
		if !intro {
			continue
		}
		type span struct{ a, b, town int }
		var items []span
		legal := false
		j := start
		for j < s.b && len(items) < 12 {
			if c := dc.claimed[j]; c != nil {
				if c.a != j || c.typ != kg.Organization || c.weak {
					break
				}
				legal = legal || legalForms[strings.TrimSuffix(dc.toks[c.b-1].low, ".")]
				items = append(items, span{a: j, b: c.b, town: -1})
				j = c.b
			} else {
				b := j
				for b < s.b && b-j < 3 && dc.claimed[b] == nil && dc.toks[b].isWord() && dc.toks[b].cap && !dc.toks[b].nonName && !dc.toks[b].stop {
					b++
				}
				if b == j || x.gaz.given[dc.toks[j].low] {
					break
				}
				sp := span{a: j, b: b, town: -1}
				// the town that closes the name: "Електроконтрол Русе", "Термолайн – Бяла"
				k := b
				if k+1 < s.b && dc.toks[k].dash() && !dc.toks[k].is("-") {
					k++
				}
				if p := dc.claimed[k]; k < s.b && p != nil && p.a == k && p.typ == kg.Place && p.gaz != nil && !gazCountry(p.gaz) {
					sp.b, sp.town = p.b, k
				} else if k > b && k+1 <= s.b && p == nil && dc.toks[k].isWord() && dc.toks[k].cap && !dc.toks[k].nonName && !x.gaz.given[dc.toks[k].low] &&
					(k+1 == s.b || dc.toks[k+1].is(",") || dc.toks[k+1].is(".") || dc.toks[k+1].low == "и" || dc.toks[k+1].low == "and") {
					sp.b = k + 1 // "Термолайн – Бяла": a word after a dash closes the name
				}
				items = append(items, sp)
				j = sp.b
			}
			if j >= s.b {
				break
			}
			if dc.toks[j].is(",") || dc.toks[j].low == "и" || dc.toks[j].low == "and" {
				j++
				continue
			}
			break
		}
		if !legal || len(items) < 2 {
			continue
		}
		// every item must end at a separator or the sentence's end
		for _, it := range items {
			if dc.claimed[it.a] != nil && it.town < 0 {
				continue
			}
			if it.town >= 0 {
				dc.release(dc.claimed[it.town])
			}
			if it.b < s.b && !(dc.toks[it.b].is(",") || dc.toks[it.b].is(".") || dc.toks[it.b].is(";") || dc.toks[it.b].low == "и" || dc.toks[it.b].low == "and") {
				continue
			}
			if name := clean(dc.text(it.a, it.b)); name != "" {
				dc.add(&cand{a: it.a, b: it.b, typ: kg.Organization, name: name, prio: 5})
			}
		}
		i = j
	}
}

// placeLists reads an unknown capitalised word in an enumeration of known
// places ("Билбао, Тампере, Клайпеда и Линц") as a place too: lists of
// towns and countries are written one kind at a time.
func (x *Rules) placeLists(dc *docCtx, s sentence) {
	i := s.a
	for i < s.b {
		type item struct{ a, b int }
		var known int
		var unknown []item
		j := i
		n := 0
		for j < s.b {
			t := &dc.toks[j]
			var it item
			if c := dc.claimed[j]; c != nil && c.a == j && c.typ == kg.Place && c.gaz != nil {
				it = item{j, c.b}
				known++
			} else if c == nil && t.isWord() && t.cap && !t.allCaps && !t.nonName && !x.gaz.given[t.low] && (j > s.a || n > 0) {
				if _, isHead := headAt(dc, j); isHead {
					break
				}
				it = item{j, j + 1}
				unknown = append(unknown, it)
			} else {
				break
			}
			n++
			j = it.b
			if j < s.b && dc.toks[j].is(",") && j+1 < s.b && dc.toks[j+1].isWord() {
				j++
				continue
			}
			if j < s.b && (dc.toks[j].low == "и" || dc.toks[j].low == "and") && j+1 < s.b && dc.toks[j+1].isWord() {
				j++
				continue
			}
			break
		}
		// an item must end the list or be followed by a separator; the
		// last one must not run on into a longer name
		if known >= 2 && len(unknown) > 0 && len(unknown) <= known && n >= 3 {
			for _, u := range unknown {
				if u.b < s.b && dc.toks[u.b].isWord() && dc.toks[u.b].cap {
					continue
				}
				dc.add(&cand{a: u.a, b: u.b, typ: kg.Place, name: clean(dc.text(u.a, u.b)), prio: 2})
			}
		}
		if j > i {
			i = j
		} else {
			i++
		}
	}
}

// neuterNoun reports a Bulgarian noun of neuter gender by its ending
// ("сдружение", "министерството", "бюро"), which a modifier in -о agrees
// with.
func neuterNoun(low string) bool {
	return strings.HasSuffix(low, "е") || strings.HasSuffix(low, "о") || strings.HasSuffix(low, "ето") || strings.HasSuffix(low, "ото")
}

// clusterWordIn reports the singular noun "клъстер"/"cluster" among the
// words [a+1, b) of a name ("Автомобилен клъстер Стара Загора", "Wood
// Cluster Troyan"); a plural ("Асоциация на клъстерите") names a body of
// clusters, not a cluster.
func clusterWordIn(dc *docCtx, a, b int) bool {
	if a < 0 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if l := dc.toks[k].low; l == "клъстер" || l == "cluster" {
			return true
		}
	}
	return false
}

// strandNouns open the name of a numbered part of a programme: a
// priority, axis, key action, specific objective, component or pillar
// ("Приоритет 1", "приоритетна ос 3", "Ключова дейност 2", "Priority 2",
// "Key Action 1", "Specific objective 2.1").
var strandNouns = setOf("приоритет", "ос", "дейност", "цел", "компонент", "стълб", "направление", "priority", "axis",
	"action", "objective", "component", "pillar", "strand")

// strandBefore returns where a numbered strand ends at token e begins
// ("Приоритет 1", "Ключова дейност 2", "Priority axis 3"), or -1. The
// noun is capitalised or written after its capitalised adjective, and a
// bare lower-case "дейност 2" names no strand.
func strandBefore(dc *docCtx, s sentence, e int) int {
	if e-1 < s.a || !dc.toks[e].digit || len(dc.toks[e].text) > 5 {
		return -1
	}
	n := e - 1
	t := &dc.toks[n]
	if !t.isWord() || !strandNouns[t.low] {
		return -1
	}
	k := n
	if n-1 >= s.a {
		// "Ключова дейност", "приоритетна ос", "Specific objective",
		// "Key Action", "Priority axis"
		if p := &dc.toks[n-1]; p.isWord() && (p.low == "ключова" || p.low == "приоритетна" || p.low == "специфична" ||
			p.low == "specific" || p.low == "key" || p.low == "priority") {
			k = n - 1
		}
	}
	if !dc.toks[k].cap {
		return -1
	}
	switch t.low {
	case "дейност", "ос", "цел", "action", "objective", "axis":
		if k == n {
			return -1 // "Дейност 2" alone is a work item, not a strand
		}
	}
	return k
}

// programmeStrands reads a numbered strand written with its name after a
// colon or a dash to the end of its sentence or line ("Priority 2: A
// greener cross-border area", "Ключова дейност 2 – Партньорства за
// сътрудничество."): a programme named by the words after the mark, the
// numbered form an alias. A verb among the words makes them a clause.
func programmeStrands(dc *docCtx, s sentence) {
	for e := s.a + 1; e+2 < s.b; e++ {
		k := strandBefore(dc, s, e)
		if k < 0 || !(dc.toks[e+1].is(":") || dc.toks[e+1].dash() && !dc.toks[e+1].is("-")) || !dc.free(k, e+2) {
			continue
		}
		a := e + 2
		if !dc.toks[a].isWord() || !dc.toks[a].cap {
			continue
		}
		b := a
		for b < s.b && b-a < 9 && !dc.toks[b].lineBeg || b == a {
			t := &dc.toks[b]
			if !t.isWord() && !t.is("-") || t.isWord() && looksVerbStrict(t.low) || dc.claimed[b] != nil {
				break
			}
			b++
		}
		if b < s.b && !dc.toks[b].lineBeg && !dc.toks[b].is(".") || b-a > 8 {
			continue // the name must close its sentence or line
		}
		num := clean(dc.text(k, e+1))
		name := clean(dc.text(a, b))
		dc.add(&cand{a: k, b: b, typ: kg.Programme, name: name, prio: 7, aliases: []string{num, clean(dc.text(k, b))}})
	}
}

// innerHeadWord returns the lower-case head noun that a quoted name opens
// with after one or two capitalised words ("„Агробизнес център – X“",
// "„Бизнес иновационен център“"), or -1: a complement ("на", "за") or a
// dash before it leaves the name headless.
func innerHeadWord(dc *docCtx, a, b int) int {
	if a < 0 || !dc.toks[a].cap {
		return -1
	}
	for k := a + 1; k < b && k <= a+2; k++ {
		t := &dc.toks[k]
		if !t.isWord() || t.stop || t.latin {
			return -1
		}
		if _, ok := headAt(dc, k); ok && !t.cap {
			return k
		}
		if !adjLike(t.low) {
			return -1
		}
	}
	return -1
}

// awardNoun reports a noun that names an award, a competition or a
// campaign before its quoted name ("наградата „X“", "годишните награди
// „Y“", "конкурса „Z“", "кампанията „W“"). A campaign is no head of its own:
// an unquoted name after it is often a person's ("кампанията на X").
func awardNoun(low string) bool {
	switch low {
	case "награда", "наградата", "награди", "наградите", "приз", "приза", "призът", "отличие", "отличието",
		"отличия", "отличията", "конкурс", "конкурса", "конкурсът", "award", "awards", "prize", "competition", "contest",
		"кампания", "кампанията", "campaign":
		return true
	}
	return false
}

// mentionsProject reports a text that speaks of a project ("проект",
// "проекта", "project", "projects").
func mentionsProject(dc *docCtx) bool {
	for i := range dc.toks {
		if t := &dc.toks[i]; t.isWord() && (strings.HasPrefix(t.low, "проект") || strings.HasPrefix(t.low, "project")) {
			return true
		}
	}
	return false
}

// codeNames reads a project's code name where no head noun introduces it
// ("партньор в SOLAR-TWIN", "Бюджетът на AQUA-LINK", "leads SEA-SKILLS"), in
// a text that speaks of projects: capital Latin words joined by hyphens,
// with six letters or more and one word of four. Codes with digits
// ("BG-RRP-2"), programme strands ("VI-A") and a code that opens a longer
// name ("MACH-TECH 2026", "SEA-SKILLS Conference") are left to other rules.
// A code that opens a longer name read before ("проекта „ROBO-SME:
// Robotics ...“") is a mention of that name.
func codeNames(dc *docCtx, s sentence, taken map[string]*cand) {
	for i := s.a; i < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || !t.allCaps || !t.latin || dc.claimed[i] != nil || !codeNameShape(t.text) && !projectApposition(dc, s, i) {
			continue
		}
		if i > s.a && (dc.toks[i-1].is("(") || dc.toks[i-1].latin && dc.toks[i-1].cap) {
			continue // an acronym defined in brackets, or a word of a longer name
		}
		if n := i + 1; n < s.b && (dc.toks[n].digit || dc.toks[n].latin && dc.toks[n].isWord() && !dc.toks[n].stop) {
			continue
		}
		long, ok := taken[t.text]
		switch {
		case ok && long == nil:
			// an acronym defined in brackets elsewhere: acronymDefinitions
		case long != nil:
			if !slices.Contains(long.aliases, t.text) {
				long.aliases = append(long.aliases, t.text)
			}
			dc.add(&cand{a: i, b: i + 1, typ: long.typ, name: t.text, prio: long.prio, ref: long})
		default:
			dc.add(&cand{a: i, b: i + 1, typ: kg.Project, name: t.text, prio: 2})
		}
	}
}

// projectApposition reports a capital Latin word of five letters or more
// in apposition to the noun "project" ("its flagship project, MEDIGATE,
// which ...", "проекта си, AGROLINK,").
func projectApposition(dc *docCtx, s sentence, i int) bool {
	if len(dc.toks[i].text) < 5 || strings.ContainsAny(dc.toks[i].text, "0123456789") || i-2 < s.a || !dc.toks[i-1].is(",") {
		return false
	}
	k := i - 2
	if l := dc.toks[k].low; (l == "си" || l == "му" || l == "им") && k-1 >= s.a {
		k--
	}
	h, ok := headAt(dc, k)
	return ok && h.typ == kg.Project && !dc.toks[k].cap && (i+1 >= s.b || !dc.toks[i+1].isWord() || dc.toks[i+1].stop)
}

// codesTaken maps the code words that open a longer project name already
// read ("„ROBO-SME: Robotics ...“") to it, and those written alone in
// brackets, where an acronym is defined ("„Оптични сензори ...“
// (OPTISENSE-CIRC)"), to nil.
func codesTaken(dc *docCtx) map[string]*cand {
	taken := map[string]*cand{}
	for _, c := range dc.cands {
		if c.ref == nil && c.typ == kg.Project && c.b-c.a > 1 {
			for k := c.a; k < c.b; k++ {
				if t := &dc.toks[k]; t.allCaps && t.latin && c.name != t.text && strings.HasPrefix(c.name, t.text) {
					taken[t.text] = c
				}
			}
		}
	}
	for i := 1; i+1 < len(dc.toks); i++ {
		if t := &dc.toks[i]; t.allCaps && t.latin && dc.toks[i-1].is("(") && dc.toks[i+1].is(")") {
			if _, ok := taken[t.text]; !ok {
				taken[t.text] = nil
			}
		}
	}
	return taken
}

// codeNameShape reports capital Latin letters in two or more parts joined
// by hyphens, six letters or more, one part of four or more, and no part a
// Roman numeral ("GREENPORT-BS", "HY-DANUBE"; not "VI-A", "BG-RRP-2").
func codeNameShape(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	letters, long := 0, false
	for _, p := range parts {
		if p == "" {
			return false
		}
		for _, r := range p {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
		if strings.Trim(p, "IVXLC") == "" {
			return false
		}
		letters += len(p)
		long = long || len(p) >= 4
	}
	return letters >= 6 && long
}

// namingPhrase reads a verb of naming that ends right before the quote at
// o ("се нарича", "носи името", "е озаглавен", "под наименованието", "is
// called", "named", "entitled") and returns its first token, or -1.
func namingPhrase(dc *docCtx, s sentence, o int) int {
	h := o - 1
	if h <= s.a {
		return -1
	}
	w, p := dc.toks[h].low, dc.toks[h-1].low
	switch w {
	case "нарича", "казва", "именува", "наричат", "казват":
		if p == "се" {
			return h - 1
		}
	case "името", "наименованието", "названието", "заглавието", "наименование", "заглавие":
		if p == "носи" || p == "носят" || p == "под" || p == "с" || p == "със" {
			return h - 1
		}
	case "озаглавен", "озаглавена", "озаглавено", "наречен", "наречена", "наречено":
		if p == "е" || p == "бе" || p == "беше" {
			return h - 1
		}
		return h
	case "called", "named", "entitled", "titled":
		if p == "is" || p == "was" || p == "be" {
			return h - 1
		}
		return h
	}
	return -1
}

// subjectHead finds the head noun of the subject before a naming verb at k:
// the first head of a project, programme, event or body among the six words
// before it, in the same clause ("Проектът", "Новата ни програма", "The
// two-day event"); -1 when there is none.
func subjectHead(dc *docCtx, s sentence, k int) int {
	best := -1
	for j := k - 1; j >= s.a && k-j <= 6; j-- {
		t := &dc.toks[j]
		if !t.isWord() {
			if t.is(",") {
				continue
			}
			break
		}
		if dc.claimed[j] != nil {
			break // a name of its own comes between
		}
		if hi, ok := headAt(dc, j); ok && hi.typ != kg.Place && hi.typ != kg.Person && !weakHeads[t.stem] {
			best = j
		}
	}
	return best
}

// genericCompanyNoun reports a noun for a company in general ("фирмата",
// "Компания", "дружеството", "производителят"), capitalised at a sentence
// start or by habit, before a company's name.
func genericCompanyNoun(low string) bool {
	switch low {
	case "фирма", "фирмата", "компания", "компанията", "дружество", "дружеството", "производител", "производителят",
		"производителя", "предприятие", "предприятието", "търговец", "търговецът", "доставчик", "доставчикът", "стартъп",
		"стартъпът", "the", "company", "firm":
		return true
	}
	return false
}

// techPark reports a technology or science park among the words [a, h]
// ("Технологичен парк", "Научно-технологичният парк"): a body that runs it
// as much as a place.
func techPark(dc *docCtx, a, h int) bool {
	for k := a; k < h; k++ {
		l := dc.toks[k].low
		if strings.Contains(l, "технологич") || strings.HasPrefix(l, "научен") || strings.HasPrefix(l, "научния") || strings.HasPrefix(l, "иновационен") || strings.HasPrefix(l, "иновационния") {
			return true
		}
	}
	return false
}

// quotedSpeech reports quotes that hold more than one sentence and are
// said by someone ("„Липсата на кадри е проблем. Затова подписахме договор
// ...“, казва той"): words said, not a name. A long title of several
// sentences after its head noun stays a name ("конференция на тема „X. Y“").
func quotedSpeech(dc *docCtx, s sentence, a, b int) bool {
	said := false
	for k := b + 1; k < len(dc.toks) && k <= b+3; k++ {
		if l := dc.toks[k].low; reportVerbs[l] || speechVerbs[l] {
			said = true
		}
	}
	if !said {
		return false
	}
	// a quote that opens its sentence and is then said ("„Машиностроенето
	// изпитва недостиг ... за обучение“, заяви той", "„Ще има второ
	// обучение“, добави тя") is words said: a name opening a sentence is
	// followed by its verb, not by who said it
	if a-1 == s.a && b-a >= 3 {
		return true
	}
	if b-a < 6 {
		return false
	}
	// one sentence with a clause of its own ("„Имаме две запитвания,
	// които ще обсъждаме ...“, разказа той"): a name has no relative clause
	for k := a + 1; k+1 < b; k++ {
		if dc.toks[k].is(",") && clauseWord(dc.toks[k+1].low) {
			return true
		}
	}
	if b-a < 12 {
		return false // names with abbreviations: „Проф. д-р Асен Златаров“
	}
	for k := a + 1; k+1 < b; k++ {
		p := &dc.toks[k-1]
		if t := &dc.toks[k]; (t.is(".") || t.is("?") || t.is("!")) && dc.toks[k+1].isWord() && dc.toks[k+1].cap &&
			p.isWord() && !p.cap && !p.digit && len([]rune(p.text)) > 3 {
			return true
		}
	}
	return false
}

// clauseWord opens a subordinate clause ("които", "че", "защото", "which").
func clauseWord(low string) bool {
	switch low {
	case "който", "която", "което", "които", "че", "защото", "ако", "когато", "но", "which", "that", "because", "but", "when":
		return true
	}
	return false
}

// speechVerbs are verbs of saying in the present, written after a quote
// ("“, казва той"), next to the past ones of reportVerbs.
var speechVerbs = setOf("казва", "разказва", "споделя", "обяснява", "подчертава", "допълва", "посочва", "уточнява",
	"коментира", "смята", "says", "said", "added", "explains", "explained",
	// past forms that reportVerbs leaves out
	"разказа", "уточни", "заключи", "отговори", "призна", "отсече", "admitted", "concluded", "recalled")

// foreignComplement reports "и" at end followed by up to four lower-case
// words and "на"/"в" with a country other than Bulgaria: the complement of
// a reference name goes on into a foreign body's longer name.
func foreignComplement(x *Rules, dc *docCtx, s sentence, end int) bool {
	if end+3 >= s.b || dc.toks[end].low != "и" {
		return false
	}
	k := end + 1
	for k < s.b && k-end <= 4 && dc.toks[k].isWord() && !dc.toks[k].cap && !dc.toks[k].latin && !dc.toks[k].digit && !dc.toks[k].stop {
		k++
	}
	if k == end+1 || k+1 >= s.b || dc.toks[k].low != "на" && dc.toks[k].low != "в" {
		return false
	}
	e2, g := x.gaz.match(dc.toks, k+1, s.b)
	return e2 > k+1 && g.typ == kg.Place && gazCountry(g) && g.name != "България"
}

// institutionTypes are the abbreviated kinds of Bulgarian public
// institutions written before their quoted names: hospitals, schools,
// community centres ("УМБАЛ „Д-р Георги Странски“", "ПГ „Христо Ботев“").
var institutionTypes = setOf("умбал", "мбал", "сбал", "дкц", "су", "оу", "пг", "пмг", "спг", "нуи", "соу", "ну", "ду", "чу", "нч")

// institutionTypeNames reads a quoted name after an institution's
// abbreviated kind as that institution, named by the quote, even when the
// quote names a person or saint it is named after.
func institutionTypeNames(dc *docCtx, s sentence) {
	for i := s.a; i+1 < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || !t.allCaps || t.latin || !institutionTypes[t.low] || dc.claimed[i] != nil || !dc.toks[i+1].quote() {
			continue
		}
		c, ok := dc.closeOf[i+1]
		if !ok || c >= s.b || c-i > 8 || c == i+2 || !dc.free(i, c+1) || !dc.toks[i+2].cap {
			continue
		}
		inner := clean(dc.text(i+2, c))
		dc.add(&cand{a: i, b: c + 1, typ: kg.Organization, name: inner, prio: 7, aliases: []string{t.text + " " + inner}})
		i = c
	}
}

// articledNoun reports a masculine noun with the short article and a
// fleeting "ъ" (Регистъра, Центъра, Театъра): a common noun capitalised,
// not an unknown town.
func articledNoun(low string) bool {
	r := []rune(low)
	n := len(r)
	return n > 5 && r[n-1] == 'а' && r[n-3] == 'ъ' && !strings.ContainsRune("аъоуеиюя", r[n-2])
}

// bulletListNouns are the plural (and counted) nouns that, closing a line
// with a colon, give their type to the quoted names the bullets below open
// ("Клъстерът изпълнява три проекта:", "Our projects:").
var bulletListNouns = map[string]kg.EntityType{
	"проекта": kg.Project, "проекти": kg.Project, "проектите": kg.Project, "projects": kg.Project,
	"клъстера": kg.Cluster, "клъстери": kg.Cluster, "клъстерите": kg.Cluster, "clusters": kg.Cluster,
}

// bulletTypedLines reads the quoted name that opens each bulleted line
// after a line ending in a list noun and a colon as a name of that type:
// "Клъстерът изпълнява три проекта:" / "- „Дигитални двойници за МСП“
// (DigiTwin4SME) по програма ..." is a project.
// datedBulletTitles reads the items of a programme or series: a bullet line
// that opens with a day and gives a quoted title after a dash ("• 12.05.2026
// – „X“, лектор Y") names an event held that day, whatever the list's own
// noun (уебинари, модули, сесии, срещи).
func datedBulletTitles(dc *docCtx) {
	for _, l := range dc.sents {
		if l.b-l.a < 5 || !dc.toks[l.a].lineBeg || !(dc.toks[l.a].dash() || dc.toks[l.a].is("•") || dc.toks[l.a].is("*")) {
			continue
		}
		d := l.a + 1
		if !numericDate.MatchString(dc.toks[d].text) {
			continue
		}
		if d+1 < l.b && dc.toks[d+1].low == "г" {
			d++ // "12.05.2026 г. –"
			if d+1 < l.b && dc.toks[d+1].is(".") {
				d++
			}
		}
		if d+2 >= l.b || !dc.toks[d+1].dash() || !dc.toks[d+2].quote() {
			continue
		}
		o := d + 2
		c, ok := dc.closeOf[o]
		if !ok || c >= l.b || c-o < 2 || c-o > 15 || !dc.free(o, c+1) || !dc.toks[o+1].cap {
			continue
		}
		dc.add(&cand{a: o, b: c + 1, typ: kg.Event, name: clean(dc.text(o+1, c)), prio: 6})
	}
}

func bulletTypedLines(dc *docCtx) {
	for k := 0; k+1 < len(dc.sents); k++ {
		s := dc.sents[k]
		if s.b-s.a < 3 || !dc.toks[s.b-1].is(":") || !dc.toks[s.b-1].nlAfter {
			continue
		}
		typ, ok := bulletListNouns[dc.toks[s.b-2].low]
		if !ok {
			continue
		}
		for m := k + 1; m < len(dc.sents); m++ {
			l := dc.sents[m]
			if !dc.toks[l.a].lineBeg || !(dc.toks[l.a].dash() || dc.toks[l.a].is("•") || dc.toks[l.a].is("*")) {
				break
			}
			o := l.a + 1
			if o >= l.b || !dc.toks[o].quote() {
				continue
			}
			c, ok := dc.closeOf[o]
			if !ok || c >= l.b || c-o < 2 || c-o > 12 || !dc.free(o, c+1) || !dc.toks[o+1].cap {
				continue
			}
			dc.add(&cand{a: o, b: c + 1, typ: typ, name: clean(dc.text(o+1, c)), prio: 6})
		}
	}
}
