package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
)

// latinConnectors may stand inside a Latin-script name between capitals.
var latinConnectors = setOf("of", "for", "and", "the", "de", "di", "du", "da", "la", "le", "von", "van", "der", "your", "in", "on", "&", "y", "et", "und", "do", "dos", "das", "del", "della", "des",
	// the lower-case particles of foreign names ("Fraunhofer-Institut für
	// Verpackung", "Università degli Studi di Pavia", "Instituut voor
	// Zeevaart", "Hochschule zur Förderung"): a name goes on past them
	"für", "voor", "degli", "dei", "delle", "dello", "zur", "zum", "den", "het", "ter")

// eventKinds are the adjectives kept in a descriptive event name ("общо
// събрание", "работна среща"); others ("редовно", "двудневна") are dropped.
var eventKinds = setOf("общо", "общото", "годишно", "годишното", "годишна", "годишната", "отчетно-изборно",
	"извънредно", "учредително", "работна", "работната", "работно", "кръгла", "информационна", "информационен",
	"информационния", "информационната", "бизнес", "партньорска", "партньорската", "обучителен", "встъпителна",
	"встъпителната", "заключителна", "заключителната", "пресконференция",
	// the form it is held in ("онлайн заседание", "хибридна среща"): indeclinable or an adjective
	"онлайн", "хибридна", "хибридната", "хибриден", "хибридно", "виртуална", "виртуалната")

// releaseWeak drops a weak candidate so a stronger reading can take its tokens.
func (dc *docCtx) release(c *cand) {
	for i := c.a; i < c.b; i++ {
		if dc.claimed[i] == c {
			dc.claimed[i] = nil
		}
	}
	for k, x := range dc.cands {
		if x == c {
			dc.cands = append(dc.cands[:k], dc.cands[k+1:]...)
			break
		}
	}
}

// releasePlacesIn drops place readings inside tokens [a, b): a name that
// holds a place ("Форум за ... на Северна България") takes its words.
func (dc *docCtx) releasePlacesIn(a, b int) {
	for i := a; i < b; i++ {
		if c := dc.claimed[i]; c != nil && c.typ == kg.Place && c.a >= a && c.b <= b {
			dc.release(c)
		}
	}
}

// nameAfterHead reads the proper name that follows a head noun: capitalised
// or Latin words ("Клъстер Зелена синергия", "проекта TRACE-KEI", "програма
// INTERREG", "конференция TCI European conference"). A place name right
// after the head belongs to the name ("Морски клъстер България").
func nameAfterHead(dc *docCtx, s sentence, r int) int {
	j := r
	lowerRun := 0
	for j < s.b {
		t := &dc.toks[j]
		if c := dc.claimed[j]; c != nil && !(c.typ == kg.Place && c.gaz != nil && j == r && c.b == j+1) && !c.weak {
			if c.typ == kg.Place && c.gaz != nil && j == r && c.a == j && adminHeads[dc.toks[r-1].stem] {
				j = c.b // "Община Горна Оряховица": a town of two words
				continue
			}
			// "клъстер Аутомотив България": a country closing a name
			if c.typ == kg.Place && c.gaz != nil && j > r && c.a == j && c.b == j+1 && gazCountry(c.gaz) && dc.toks[j-1].cap && !dc.toks[j-1].latin &&
				heads[dc.toks[r-1].stem].typ == kg.Cluster && (j+1 >= s.b || !dc.toks[j+1].isWord() || !dc.toks[j+1].cap) {
				dc.release(c)
				j++
				continue
			}
			break
		}
		if !t.isWord() {
			if (t.is("&") || t.is("+")) && j > r {
				j++
				continue
			}
			break
		}
		if t.cap || t.allCaps || (t.digit && j > r) || t.latin && upperCount(t.text) >= 2 {
			if t.nonName && !t.latin {
				break
			}
			// "Община Бургас Димитър Николов": a person's name ends the name
			if j > r && gazData != nil && gazData.given[t.low] && j+1 < s.b && dc.toks[j+1].cap && !dc.toks[j+1].allCaps &&
				(!t.latin || surnameLike(dc.toks[j+1].low) || latinPersonCloses(dc, s, r, j)) { // "Confindustria Emilia Innovazione" goes on
				break
			}
			if _, isRole := roleNouns[t.stem]; isRole && !t.latin {
				break
			}
			if j > r && t.cap && !t.latin && dc.toks[j-1].latin && dc.toks[j-1].isWord() {
				break // "клъстера Outdoor Slovenia Матей Козар": a Cyrillic name after a Latin one is its own
			}
			lowerRun = 0
			j++
			continue
		}
		if j == r {
			break
		}
		if t.latin {
			if foreignParticles[t.low] && j+2 < s.b && (dc.toks[j+1].low == "la" || dc.toks[j+1].low == "los" || dc.toks[j+1].low == "las" || dc.toks[j+1].low == "der") && dc.toks[j+2].latin && dc.toks[j+2].cap {
				j += 2 // "Fundación Laboral de la Construcción"
				continue
			}
			if (t.low == "of" || t.low == "for") && j+2 < s.b && dc.toks[j+1].low == "the" && dc.toks[j+2].latin && dc.toks[j+2].cap && j > r {
				if c := dc.claimed[j+2]; c == nil || c.typ == kg.Place && c.gaz != nil {
					if c != nil {
						dc.release(c)
					}
					j += 2 // "Institute for Water of the Republic of Slovenia"
					continue
				}
			}
			if latinConnectors[t.low] && j+1 < s.b && dc.toks[j+1].latin && (dc.toks[j+1].cap || dc.toks[j+1].allCaps) &&
				!(t.low == "and" && (hasLatinHead(dc, j+1, min(j+4, s.b)) || !andJoins(dc, s, r, j, j+1) || personAfterAnd(dc, s, j))) {
				j++
				continue
			}
			if h, ok := heads[t.low]; ok && h.typ != kg.Place {
				j++ // "TCI European conference"
			}
			break
		}
		// "Клъстер Мехатроника и автоматизация": "и" and an abstract noun
		if t.low == "и" && j+1 < s.b && lowerRun == 0 && dc.toks[j-1].cap && !dc.toks[j-1].latin && abstractNoun(&dc.toks[j+1]) && dc.claimed[j+1] == nil &&
			(j+2 >= s.b || !dc.toks[j+2].isWord() || !abstractNoun(&dc.toks[j+2])) {
			j += 2
			lowerRun++
			continue
		}
		// Cyrillic lower-case: the noun after a capitalised adjective
		// ("Зелена синергия"), at most one
		prev := &dc.toks[j-1]
		// "Клъстер Зелени технологии": a plural adjective goes on too
		if lowerRun >= 1 || t.stop || !prev.cap || prev.latin || !adjLike2(prev.low) && !strings.HasSuffix(prev.low, "ни") || j-r > 2 || dc.claimed[j-1] != nil && dc.claimed[j-1].typ == kg.Place {
			break
		}
		if strings.HasSuffix(t.low, "о") || strings.HasSuffix(t.low, "и") && !strings.HasSuffix(t.low, "ии") {
			break // adverbs ("съвместно") and plurals do not continue a name
		}
		if _, isHead := headAt(dc, j); isHead {
			break
		}
		if _, isRole := roleWords[t.stem]; isRole {
			break
		}
		if looksVerb(t.low) {
			break
		}
		lowerRun++
		j++
	}
	// "Romanian Cluster Association in Bucharest": a connector before a
	// place read before ends no name
	for j > r+1 && dc.toks[j-1].latin && latinConnectors[dc.toks[j-1].low] {
		j--
	}
	return j
}

// latinPersonCloses reports a Latin given name at j and a surname that
// close the name read from r ("клъстер Log-Danubius Andrei Popescu"):
// the surname ends the capitalised run, is no head or trade word, and the
// name before it stands on its own (a Bulgarian head noun introduced it,
// or it is written as a code: hyphen, digits, capitals). "Confindustria
// Emilia Innovazione" after an English head goes on.
func latinPersonCloses(dc *docCtx, s sentence, r, j int) bool {
	if j+1 >= s.b || j <= r || !dc.toks[j+1].latin || !dc.toks[j+1].isWord() {
		return false
	}
	if e := j + 2; e < s.b && dc.toks[e].isWord() && dc.toks[e].latin && (dc.toks[e].cap || dc.toks[e].allCaps) {
		return false
	}
	last := dc.toks[j+1].low
	if _, ok := heads[last]; ok || tradeWords[last] || companyWord(last) {
		return false
	}
	if r > s.a && !dc.toks[r-1].latin {
		return true
	}
	for k := r; k < j; k++ {
		if tx := dc.toks[k].text; strings.ContainsAny(tx, "-0123456789") || dc.toks[k].allCaps || upperCount(tx) >= 2 {
			return true
		}
	}
	return false
}

// personAfterAnd reports "and" at j followed by a person's given name and
// surname that end the run ("the University of Ruse and Andrei Popa,
// cluster manager of ..."): a second party, not part of the name.
func personAfterAnd(dc *docCtx, s sentence, j int) bool {
	g, sn := j+1, j+2
	if sn >= s.b || gazData == nil || !gazData.given[dc.toks[g].low] || !dc.toks[g].cap || dc.toks[g].allCaps {
		return false
	}
	u := &dc.toks[sn]
	if !u.isWord() || !u.latin || !u.cap || u.allCaps {
		return false
	}
	if _, ok := heads[u.low]; ok || tradeWords[u.low] || companyWord(u.low) {
		return false
	}
	e := sn + 1
	return e >= s.b || !(dc.toks[e].isWord() && dc.toks[e].latin && (dc.toks[e].cap || dc.toks[e].allCaps))
}

// abstractNoun reports a lower-case Cyrillic word with the ending of an
// abstract noun (автоматизация, строителство, мехатроника, управление),
// the kind that ends cluster names.
func abstractNoun(t *token) bool {
	if !t.isWord() || t.cap || t.latin || t.digit || t.stop {
		return false
	}
	for _, suf := range []string{"ция", "ия", "ство", "ика", "ние", "ост", "ура", "изъм"} {
		if strings.HasSuffix(t.low, suf) && len([]rune(t.low)) > 5 && !strings.HasSuffix(t.low, "кия") {
			return true
		}
	}
	return false
}

// looksVerb reports endings of finite verbs and participles that do not end
// names ("участва", "започна", "проведе", "организира").
// clauseVerbs are frequent past-tense verbs of the genre that no name
// holds: a name's complement ends before them ("Институтът за горите
// разказа за проекта").
var clauseVerbs = setOf("говори", "разказа", "представи", "представиха", "изнесе", "изнесоха", "участва", "откри",
	"откриха", "подписа", "подписаха", "получи", "получиха", "спечели", "спечелиха", "покани", "поканиха", "обсъди",
	"обсъдиха", "подкрепи", "подкрепиха", "предложи", "предложиха", "запозна", "запознаха", "приветства", "прие",
	"приеха", "стана", "станаха", "присъства", "присъстваха", "демонстрира", "показа", "показаха", "посети", "посетиха")

func looksVerb(low string) bool {
	for _, suf := range []string{"ва", "ше", "ха", "ла", "ло", "ли", "ал", "ял", "ил", "ира", "ираха", "ена", "ено", "ени", "ат", "ят", "ем", "им", "ме", "те", "яха", "аха", "на"} {
		if strings.HasSuffix(low, suf) && len([]rune(low)) > 4 {
			return true
		}
	}
	return false
}

// placeAt returns the place candidate that starts at token i, or nil.
func placeAt(dc *docCtx, s sentence, i int) *cand {
	if i >= s.b {
		return nil
	}
	if c := dc.claimed[i]; c != nil && c.typ == kg.Place && c.a == i {
		return c
	}
	return nil
}

// complementAfter reads a prepositional complement "на бизнес клъстерите",
// "за насърчаване на малките и средните предприятия" from token r (the
// preposition). It returns the end token, or r when there is none.
func complementAfter(dc *docCtx, s sentence, r int) int {
	if r >= s.b {
		return r
	}
	p := dc.toks[r].low
	if p != "на" && p != "за" && p != "по" && p != "of" && p != "for" {
		return r
	}
	j := r + 1
	end := r
	words := 0
	inList := false
	nounDone := false // the last word was a quoted name
	lastPrep := r
	for j < s.b && words < 10 {
		t := &dc.toks[j]
		if pl := placeAt(dc, s, j+1); t.low == "the" && words == 0 && j == r+1 && p == "of" && pl != nil && pl.gaz != nil &&
			(pl.b >= s.b || !dc.toks[pl.b].isWord() || !dc.toks[pl.b].cap) {
			// "University of the Basque Country": a region or country after
			// "of the" completes the name
			j = pl.b
			end = j
			words++
			break
		}
		if t.low == "the" && words > 0 && j+1 < s.b && (dc.toks[j-1].low == "of" || dc.toks[j-1].low == "for") && dc.toks[j+1].latin && dc.toks[j+1].cap {
			// "Institute for Water of the Republic of Slovenia"
			m := j + 1
			for m < s.b && m-j < 6 && dc.toks[m].latin && (dc.toks[m].cap || latinConnectors[dc.toks[m].low]) {
				m++
			}
			if hasLatinHead(dc, j+1, m) {
				break
			}
			if c := dc.claimed[j+1]; c != nil {
				if c.a != j+1 || c.gaz != nil || !orgLike(c.typ) || hasLatinHead(dc, c.a, c.b) {
					break // "... of the Technical University of Sofia": a body of its own
				}
				dc.release(c)
			}
			j++
			continue
		}
		if t.latin && !t.cap && !t.allCaps && !t.digit && words > 0 && t.low != "of" && t.low != "for" && t.low != "and" {
			break // "... spoke about": an English name is capitalised
		}
		if dc.claimed[j] != nil {
			c := dc.claimed[j]
			if c.typ == kg.Place || c.typ == kg.Organization && c.gaz != nil {
				// "Асоциация на клъстерите в България" stops before; "Министерство на ..." continues
				if c.typ == kg.Place && (dc.toks[j-1].low == "на" || dc.toks[j-1].low == "of" || dc.toks[j-1].cap && j == end) && c.a == j {
					j = c.b
					end = j
					words++
					if j < s.b && dc.toks[j].isWord() && !dc.toks[j].cap && dc.toks[j].low != "и" && dc.toks[j].low != "and" {
						break // "Аграрният клъстер на Добруджа домакин на ...": the name ends with the place
					}
					continue
				}
			}
			break
		}
		if !t.isWord() {
			if t.is("-") && j+1 < s.b && dc.toks[j+1].isWord() {
				j++
				continue
			}
			if c, ok := dc.closeOf[j]; ok && words > 0 && c < s.b && c-j <= 6 && dc.toks[j-1].isWord() {
				// a reference place inside the quotes is the complement's name
				if p := dc.claimed[j+1]; p != nil && p.typ == kg.Place && p.gaz != nil && p.a == j+1 && p.b == c {
					dc.release(p)
				}
			}
			if c, ok := dc.closeOf[j]; ok && words > 0 && c < s.b && c-j <= 6 && dc.toks[j-1].isWord() && dc.free(j, c+1) {
				j = c + 1 // "Дирекция на Природен парк „Странджа“"
				end = j
				words++
				nounDone = true
				continue
			}
			if t.is(",") && words > 0 && listGoesOn(dc, s, j+1) {
				j++ // "за морско дело, рибарство и аквакултури"
				inList = true
				continue
			}
			break
		}
		if n := fieldLen(dc, s, j+1); (t.low == "в" || t.low == "във") && words > 0 && n > 0 {
			j += 1 + n // "Клъстер за иновации в текстила": the field, not a place
			end = j
			words++
			continue
		}
		if t.low == "на" || t.low == "за" || t.low == "и" || t.low == "по" || t.low == "of" || t.low == "and" || t.low == "for" {
			if (t.low == "и" || t.low == "and") && j+2 < s.b && dc.toks[j+2].cap {
				if _, ok := headAt(dc, j+1); ok {
					break // "... в текстила и клъстер Аутомотив": a second name
				}
			}
			if (t.low == "и" || t.low == "and") && j+1 < s.b && (dc.toks[j+1].low == "на" || dc.toks[j+1].low == "в" || dc.toks[j+1].low == "към" || dc.toks[j+1].low == "of") {
				break // "член на Асоциацията на клъстерите и на мрежата X": a second body
			}
			if t.low == "and" && personAfterAnd(dc, s, j) {
				break // "the University of Ruse and Andrei Popa, ...": a second party
			}
			if t.low != "и" && t.low != "and" {
				lastPrep = j
			}
			nounDone = false
			j++
			continue
		}
		if t.stop || looksVerbStrict(t.low) || t.digit || reportVerbs[t.low] || clauseVerbs[t.low] {
			break // "Датския институт за биогаз говори за ...": the verb ends the name
		}
		if dc.toks[r].latin && !t.latin {
			break // "Municipality of Gabrovo и ...": an English name ends where Bulgarian goes on
		}
		if nounDone && !t.cap && !t.latin {
			// "Дирекция на Природен парк „Странджа“ присъства": a quoted
			// name ends the phrase unless a preposition or conjunction
			// goes on
			break
		}
		if !t.cap && (eventHeadAt(dc, j) || j+1 < s.b && adjLike(t.low) && eventHeadAt(dc, j+1)) && (lastPrep > r || words == 0 && p == "на") {
			// "клъстер по електромобилност на учебно посещение", "туристически
			// клъстер на учебно посещение": the name ends before the event
			// it is at
			end = lastPrep
			break
		}
		if t.cap && !t.latin && dc.toks[j-1].low == "и" && words > 0 {
			break // "... и Румъния" belongs to the sentence, not the name
		}
		prev := &dc.toks[j-1]
		if t.latin && !prev.latin && prev.isWord() && !prev.stop {
			break // "Институт за ... и технологии INSAIT": a Latin name after the complement is its own
		}
		latinGoesOn := t.latin && prev.latin && (prev.cap || prev.low == "and" || prev.is("&"))
		if t.cap && !t.allCaps && prev.low != "на" && prev.low != "of" && prev.low != "for" && prev.low != "the" && !(inList && t.latin) && !latinGoesOn {
			break // "Съюза по Брекзит Мишел Барние": a name does not go on into capitals
		}
		if _, isRole := roleNouns[t.stem]; isRole {
			break
		}
		if personTitles[t.low] || academicRanks[t.low] {
			break // "Института за икономически изследвания доц. X": a rank opens the person
		}
		words++
		j++
		end = j
	}
	return end
}

// b2bEvent reads business-to-business meetings, an event in any sentence:
// "B2B срещи между производители и доставчици", "B2B meetings". The name
// is the phrase as written, with a complement after "между/за/between/for".
func (x *Rules) b2bEvent(dc *docCtx, s sentence, h int) bool {
	p := &dc.toks[h-1]
	if p.low != "b2b" && p.low != "b2g" && p.low != "б2б" {
		return false
	}
	if h-2 >= s.a && (dc.toks[h-2].digit || meetingCounts[dc.toks[h-2].low]) {
		return false // "над 90 B2B срещи", "една B2B среща": a count of meetings, no event
	}
	if c := dc.claimed[h-1]; c != nil {
		if c.a != h-1 || c.b != h {
			return false
		}
		dc.release(c) // the acronym reading of "B2B"
	}
	end := h + 1
	if end+1 < s.b {
		switch dc.toks[end].low {
		case "между", "за", "between", "for":
			// up to four lower-case words and "и/and"
			j, words := end+1, 0
			for j < s.b && words < 4 {
				t := &dc.toks[j]
				if !t.isWord() || t.cap || t.digit || dc.claimed[j] != nil || months[t.low] != 0 || looksVerbStrict(t.low) {
					break
				}
				j++
				if t.low != "и" && t.low != "and" && t.low != "на" && t.low != "of" {
					words++
					end = j
				}
			}
		}
	}
	return dc.add(&cand{a: h - 1, b: end, typ: kg.Event, name: clean(dc.text(h-1, end)), prio: 5, evHead: "b2b"}) // "срещата" is not these meetings
}

// meetingCounts count meetings ("две срещи", "hundreds of meetings").
var meetingCounts = setOf("един", "една", "едно", "два", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет",
	"десетки", "стотици", "няколко", "много", "one", "two", "three", "four", "five", "several", "many", "dozens", "hundreds")

// b2bMeetings are the nouns "B2B" makes an event of.
var b2bMeetings = setOf("срещи", "среща", "разговори", "meetings", "meeting", "matchmaking", "sessions")

// latinEventName reads a Latin name right after token i that names an event
// ("ANUGA 2023", "MACH-TECH 2024"): capitalised words with a year or an
// all-capitals word, free or read only weakly.
// eventNounBefore reports an event noun shortly before token i with only
// its lower-case complement between ("изложението за храни и напитки X",
// "the fair for food and drink X").
func eventNounBefore(dc *docCtx, s sentence, i int) bool {
	for k := i - 1; k >= s.a && i-k <= 7; k-- {
		t := &dc.toks[k]
		if !t.isWord() || t.cap || t.digit || dc.claimed[k] != nil {
			return false
		}
		if eventNounAnyNumber(t) {
			return k < i-1 && (dc.toks[k+1].low == "за" || dc.toks[k+1].low == "по" || dc.toks[k+1].low == "for" || dc.toks[k+1].low == "on")
		}
	}
	return false
}

// placePreps stand before a place, not before a name inside a description.
var placePreps = setOf("в", "във", "от", "до", "in", "at", "from")

// ofWhom stand before the body or people an event is of or with ("общо
// събрание на АБК", "среща с ...").
var ofWhom = setOf("на", "of", "с", "със", "with", "и", "and", "между", "between")

// capEventName reads a name of capitalised words of one script from token
// i, with a year after them ("Hannover Messe 2025", "Техномаш Експо
// 2025"); it reports whether a year closes it.
func capEventName(dc *docCtx, s sentence, i int) (int, bool) {
	k, year := i, false
	for k < s.b && dc.toks[k].isWord() && (dc.toks[k].latin == dc.toks[i].latin && (dc.toks[k].cap || dc.toks[k].allCaps) || dc.toks[k].digit && k > i) {
		if c := dc.claimed[k]; c != nil && !c.weak {
			return i, false
		}
		if _, isHead := headAt(dc, k); isHead && !dc.toks[k].latin && k == i {
			return i, false // "Клъстер X": a body of its own
		}
		year = year || dc.toks[k].digit && isYear(dc.toks[k].text)
		k++
	}
	return k, k > i && year
}

func latinEventName(dc *docCtx, s sentence, i int) (int, bool) {
	k, year, caps := i, false, false
	for k < s.b && dc.toks[k].isWord() && (dc.toks[k].latin && (dc.toks[k].cap || dc.toks[k].allCaps) || dc.toks[k].digit && k > i) {
		if c := dc.claimed[k]; c != nil && !c.weak {
			return i, false
		}
		year = year || dc.toks[k].digit && isYear(dc.toks[k].text)
		caps = caps || dc.toks[k].allCaps && len([]rune(dc.toks[k].text)) > 2
		k++
	}
	return k, k > i && (year || caps)
}

// gazCountry reports a reference entry that is a country (its English
// alias is its country).
func gazCountry(e *gazEntry) bool {
	c, _ := e.props["country"].(string)
	return c != "" && slices.Contains(e.alias, c)
}

// personSurname reports a word that is the last word of a person the
// document has named ("Todor Vlahov" before "Vlahov and Roeva").
func personSurname(dc *docCtx, w string) bool {
	return dc.surnames[w]
}

// knownPlaceAt reports a reference place claimed at exactly [a, b): "Велико
// Търново" after "Община" is the town, though "Велико" is a given name too.
func knownPlaceAt(dc *docCtx, a, b int) bool {
	c := dc.claimed[a]
	return c != nil && c.typ == kg.Place && c.gaz != nil && c.a == a && c.b == b
}

// eventHeadAt reports an event head noun at token j.
func eventHeadAt(dc *docCtx, j int) bool {
	h, ok := headAt(dc, j)
	return ok && h.typ == kg.Event
}

// inField reports a lower-case definite noun at token i that ends a
// complement after "в" ("в текстила", "в туризма", "в строителството"):
// not a function word, head or verb, and nothing but punctuation or a verb
// after it ("в рамките на ..." goes on, so it is no field).
func inField(dc *docCtx, s sentence, i int) bool {
	if i >= s.b {
		return false
	}
	t := &dc.toks[i]
	if !t.isWord() || t.cap || t.latin || t.digit || t.stop || dc.claimed[i] != nil || deicticPlaces[t.low] ||
		!(definiteNoun(t.low) || len([]rune(t.low)) > 5 && (strings.HasSuffix(t.low, "а") || strings.HasSuffix(t.low, "я"))) {
		return false
	}
	if _, ok := headAt(dc, i); ok {
		return false
	}
	return fieldEnds(dc, s, i+1)
}

// fieldLen is the number of words of the field after "в" at token i: one
// noun ("в текстила") or an articled adjective and its noun ("Камара на
// инженерите в инвестиционното проектиране"); 0 when none.
func fieldLen(dc *docCtx, s sentence, i int) int {
	if inField(dc, s, i) {
		return 1
	}
	if i+1 >= s.b || !definiteAdj(dc.toks[i].low) || dc.claimed[i] != nil || dc.claimed[i+1] != nil {
		return 0
	}
	t, n := &dc.toks[i], &dc.toks[i+1]
	if !t.isWord() || t.cap || t.latin || t.stop || deicticPlaces[t.low] || !n.isWord() || n.cap || n.latin || n.digit || n.stop ||
		deicticPlaces[n.low] || looksVerb(n.low) || clauseVerbs[n.low] {
		return 0
	}
	if _, ok := headAt(dc, i+1); ok {
		return 0
	}
	if !fieldEnds(dc, s, i+2) {
		return 0
	}
	return 2
}

// definiteAdj reports an articled adjective ("инвестиционното",
// "хранителната", "българския").
func definiteAdj(low string) bool {
	for _, suf := range []string{"ното", "ната", "ния", "ните", "ския", "ската", "ското", "ските", "чното", "чната"} {
		if strings.HasSuffix(low, suf) && len([]rune(low)) > 6 {
			return true
		}
	}
	return false
}

// fieldEnds reports whether a field read before token i may end there.
func fieldEnds(dc *docCtx, s sentence, i int) bool {
	if i >= s.b || !dc.toks[i].isWord() {
		return true
	}
	n := &dc.toks[i]
	if n.low == "и" || n.low == "and" {
		// "в текстила и клъстер X": a new name follows the conjunction
		if i+1 < s.b && dc.toks[i+1].isWord() {
			_, isHead := headAt(dc, i+1)
			return dc.toks[i+1].cap || isHead
		}
		return false
	}
	return n.low != "на" && n.low != "за" && n.low != "по" && n.low != "от" && (n.stop || looksVerb(n.low))
}

// deicticPlaces are nouns that say where without naming a field: "в
// региона", "в страната" end no name.
var deicticPlaces = setOf("региона", "района", "страната", "града", "областта", "общината", "селото", "света",
	"столицата", "държавата", "момента", "началото", "края", "рамките", "сферата", "областите")

// listGoesOn reports whether the words from token i continue an enumeration
// inside a name: lower-case nouns (or capitalised Latin ones in an English
// name) up to "и"/"and" and one more such word ("..., строителство и
// геодезия", "..., Civil Engineering and Geodesy").
func listGoesOn(dc *docCtx, s sentence, i int) bool {
	n := 0
	for k := i; k < s.b && k-i < 8; k++ {
		t := &dc.toks[k]
		if t.is(",") {
			continue
		}
		if !t.isWord() || t.digit || dc.claimed[k] != nil {
			return false
		}
		if t.low == "и" || t.low == "and" {
			if n == 0 || k+1 >= s.b {
				return false
			}
			u := &dc.toks[k+1]
			return u.isWord() && !u.stop && !u.digit && dc.claimed[k+1] == nil && (u.latin == t.latin) && (!u.cap || u.latin) && !looksVerbStrict(u.low)
		}
		if t.stop || looksVerbStrict(t.low) || t.cap && !t.latin {
			return false
		}
		n++
	}
	return false
}

// looksVerbStrict is looksVerb for the lower-case words inside a complement,
// where nouns in -ла/-на/-ли are common: only clear finite forms count.
func looksVerbStrict(low string) bool {
	for _, suf := range []string{"ше", "ха", "аха", "яха", "ираха", "ира", "ува", "ява", "ава", "чва", "шва", "зва", "жва"} {
		if strings.HasSuffix(low, suf) && len([]rune(low)) > 4 {
			return true
		}
	}
	return false
}

// headPhrases reads names built on a head noun without quotes: capitalised
// phrases ("Асоциацията на бизнес клъстерите", "Морски клъстер България",
// "Изпълнителната агенция за насърчаване на ..."), a head with a proper name
// after it ("проект TRACE-KEI"), and descriptive events ("общо събрание на
// АБК"). Events come last so that the organisation they are "of" is known.
func (x *Rules) headPhrases(dc *docCtx, s sentence) {
	for i := s.a + 1; i < s.b; i++ {
		if dc.toks[i].in(lB2BMeeting) && dc.claimed[i] == nil {
			x.b2bEvent(dc, s, i)
		}
	}
	for pass := 0; pass < 2; pass++ {
		for i := s.a; i < s.b; i++ {
			info, ok := headAt(dc, i)
			if !ok || dc.claimed[i] != nil || (info.typ == kg.Event) != (pass == 1) || inTitle(dc, s, i) {
				continue
			}
			if info.typ == kg.Event {
				x.eventPhrase(dc, s, i, info)
				continue
			}
			if end := x.orgPhrase(dc, s, i, info); end > i {
				i = end - 1
			}
		}
	}
	x.heldSubjectEvent(dc, s)
}

// heldSubjectEvent reads an event a sentence names by a verbal noun as the
// subject it says took place on a day ("Официалното представяне на
// платформата се състоя на 31 март в ..."): what was held is an event,
// whatever its noun. The verbal nouns the lead's verb reports
// ("подписването", "посещението", deverbal.go) are left to that reading.
func (x *Rules) heldSubjectEvent(dc *docCtx, s sentence) {
	if len(dc.sents) > 0 && s == dc.sents[dc.title] {
		return
	}
	v := -1
	for i := s.a + 1; i+1 < s.b && i <= s.a+8; i++ {
		if heldRightAfter(dc, i) {
			v = i
			break
		}
	}
	if v < 0 {
		return
	}
	dated := false
	for _, d := range dc.dates {
		if d.s >= dc.toks[v].e && d.e <= s.e && len(d.start) == len("2006-01-02") {
			dated = true
		}
	}
	if !dated {
		return
	}
	h := -1
	for i := s.a; i < v; i++ {
		t := &dc.toks[i]
		if !t.isWord() || t.latin || t.digit || dc.claimed[i] != nil {
			return
		}
		if verbalNoun(t.low) {
			h = i
			break
		}
		if t.stop || !adjLike(t.low) {
			return
		}
	}
	if h < 0 {
		return
	}
	if hi, ok := headAt(dc, h); ok && hi.typ == kg.Event {
		return // "Обучението се проведе ...": an event noun refers to the event named
	}
	for _, dv := range deverbals {
		if slicesHas(dv.nouns, dc.toks[h].low) {
			return
		}
	}
	// the complement runs to the verb: "на платформата", "по проекта X"
	if h+1 < v {
		if p := dc.toks[h+1].low; p != "на" && p != "по" && p != "за" && p != "с" {
			return
		}
		for i := h + 1; i < v; i++ {
			if t := &dc.toks[i]; !t.isWord() && !t.quote() || looksVerbStrict(t.low) {
				return
			}
		}
	}
	end := v
	if topicComplement(dc, h+1, v) {
		end = h + 1
	}
	c := &cand{a: s.a, b: v, typ: kg.Event, prio: 4, evHead: resolve.Lower(baseForm(dc.toks[h].low, true))}
	c.name = eventName(dc, s, s.a, h, end)
	if w := clean(dc.text(s.a, v)); w != c.name {
		c.aliases = []string{w}
	}
	if !dc.free(s.a, v) {
		c.b = h + 1
	}
	dc.add(c)
}

// verbalNoun reports a Bulgarian verbal noun ("представяне",
// "откриването", "честване"): a happening named by what was done.
func verbalNoun(low string) bool {
	b := resolve.Lower(baseForm(low, true))
	if len([]rune(b)) < 6 {
		return false
	}
	for _, suf := range []string{"ане", "яне", "ене", "ние"} {
		if strings.HasSuffix(b, suf) {
			return true
		}
	}
	return false
}

// inTitle reports a head at token i that opens a quoted title after a
// title noun ("наградата „Клъстер на годината“", "категорията „Иновативен
// проект“"): the name of an award or a category, not of a body.
func inTitle(dc *docCtx, s sentence, i int) bool {
	for o := i - 1; o >= s.a && i-o <= 3; o-- {
		if c, ok := dc.closeOf[o]; ok && c > i {
			return o-1 >= s.a && titleNouns[dc.toks[o-1].stem]
		}
	}
	return false
}

// orgPhrase reads a non-event head phrase at head h and returns its end.
func (x *Rules) orgPhrase(dc *docCtx, s sentence, h int, info headInfo) int {
	a := leftModifiers(dc, s, h)
	ht := &dc.toks[h]
	for a < h && !dc.toks[a].cap && !dc.toks[a].allCaps {
		a++ // a name starts at its first capital
	}
	proper := dc.toks[a].cap || dc.toks[a].allCaps
	r := h + 1
	if ht.latin && ht.cap {
		// "Black Sea Startup Challenge", "Cluster Days": a Latin name that
		// ends with an event's kind names the event (read by latinRuns)
		e := r
		for e < s.b && dc.toks[e].latin && dc.toks[e].cap && dc.claimed[e] == nil {
			e++
		}
		for e > r && dc.toks[e-1].digit {
			e--
		}
		if lh, ok := heads[dc.toks[e-1].low]; ok && e > r && lh.typ == kg.Event {
			return h
		}
	}
	if info.typ == kg.Cluster && ht.latin && ht.cap && a == h && r < s.b && dc.toks[r].digit && len(dc.toks[r].text) <= 2 {
		// "Horizon Europe ..., Cluster 6": a part of the programme
		if dc.add(&cand{a: h, b: r + 1, typ: kg.Programme, name: clean(dc.text(h, r+1)), prio: 5}) {
			return r + 1
		}
	}
	if a == h && info.typ == kg.Cluster && !ht.latin {
		a = nounsBeforeClusterHead(dc, s, h, x)
		proper = dc.toks[a].cap || dc.toks[a].allCaps
	}
	// "Белия дом Кайли ...": a venue named by its modifiers takes no name after it
	placeNamed := info.typ == kg.Place && a < h && dc.toks[a].cap && !ht.cap && !ht.latin
	if n := nameAfterHead(dc, s, r); n > r && !placeNamed && !(ht.latin && !dc.toks[r].latin) && (!x.personAt(dc, r, n) || knownPlaceAt(dc, r, n)) {
		// release a place or weak reading swallowed by the name
		for j := r; j < n; j++ {
			if c := dc.claimed[j]; c != nil {
				dc.release(c)
			}
		}
		typ := info.typ
		// "европейската мрежа European Games Developer Federation": a Latin
		// name with an English head of its own keeps that head's type
		if dc.toks[r].latin && n-r >= 2 && dc.toks[n-1].latin {
			if lh, ok := heads[dc.toks[n-1].low]; ok && (typ == kg.Organization || typ == kg.Cluster && ht.latin) && lh.typ != kg.Event && lh.typ != kg.Place && lh.typ != typ {
				typ = lh.typ // "Euro Cluster Exchange Programme" is a programme
			}
		}

		// "Bulgarian Cluster Association": in English the last head word
		// types the name
		if ht.latin && typ == kg.Cluster && dc.toks[n-1].latin {
			if lh, ok := heads[dc.toks[n-1].low]; ok && lh.typ == kg.Association {
				typ = kg.Association
			}
		}
		nameA := r
		if (a < h || (typ != kg.Cluster && typ != kg.Project && typ != kg.Programme && typ != kg.Event && typ != kg.Place && proper) || ht.latin && ht.cap) && !(ht.latin && !ht.cap) {
			nameA = a
		}
		// "Гръцкият строителен клъстер CLUBUILD": a Latin name after a
		// Bulgarian description is the name, the description an alias
		if dc.toks[r].latin && !ht.latin && nameA == a && a < h {
			nameA = r
		}
		// a name that is itself a cluster: "Сдружение Клъстер Мехатроника"
		if ih, ok := headAt(dc, r); ok && ih.typ == kg.Cluster && dc.toks[r].cap {
			typ, nameA = kg.Cluster, r
		}
		name := clean(dc.text(nameA, n))
		if nameA != a {
			name = clean(dc.text(nameA, n))
		} else {
			name = deArticle(dc, a, h, n)
		}
		if nameA == r && adminHeads[ht.stem] {
			// "община Смолян" is the municipality "Община Смолян", not the town
			name = clean(upperFirst(baseForm(ht.text, true)) + " " + dc.text(r, n))
		}
		if orgLike(typ) && exhibitionCentre(dc, leftModifiers(dc, s, h), h) {
			typ = kg.Place // "изложбения център Koelnmesse" is a venue
		}
		c := &cand{a: a, b: n, typ: typ, name: name, prio: 6}
		if !proper {
			// "проекта DanuBioValNet": the head is claimed, the name is the mention
			c.a, c.ms, c.msSet = h, nameA, true
		}
		if nameA != c.a && proper {
			c.aliases = []string{deArticle(dc, c.a, h, n)}
			if w := clean(stripQuotes(dc.text(c.a, n))); w != c.aliases[0] {
				c.aliases = append(c.aliases, w)
			}
		}
		if typ == kg.Programme || typ == kg.Project {
			if c.gazFrom(x) {
				// known programme written after its head noun
			}
		}
		if dc.add(c) {
			return n
		}
		return h + 1
	}
	if !proper || info.base == "група" {
		return h + 1 // "Целевата група на проекта": a group is named by a quoted name only
	}
	// "Universidad de Valencia", "Università di Bologna": a foreign head
	// first, its complement after a particle
	foreignFirst := ht.latin && ht.cap && h == a && h+2 < s.b && foreignParticles[dc.toks[h+1].low] && dc.toks[h+2].latin && dc.toks[h+2].cap
	if ht.latin && !ht.cap && h > a && demonymsOnly(dc, a, h) {
		return h + 1 // "a Greek cluster of 40 firms" describes one
	}
	if ht.latin && (h > a || foreignFirst) {
		// "Mechatronics Cluster", "Danube Transnational Programme",
		// "Bulgarian Association of Business Clusters"
		n := h + 1
		if n+1 < s.b && (dc.toks[n].low == "of" || dc.toks[n].low == "for" || foreignParticles[dc.toks[n].low]) && dc.toks[n+1].latin && dc.toks[n+1].cap {
			m := n + 1
			for m < s.b && dc.toks[m].latin && (dc.toks[m].cap || dc.toks[m].allCaps || latinConnectors[dc.toks[m].low] && m+1 < s.b && dc.toks[m+1].cap && !dc.toks[m+1].nonName) && dc.claimed[m] == nil {
				if dc.toks[m].low == "and" && hasLatinHead(dc, m+1, min(m+3, s.b)) {
					break // "Universidad de Granada and Università di Padova": two names
				}
				m++
			}
			if m > n+1 {
				n = m // (a place right after "in" is the seat, not the name: "X Association in Bucharest")
			}
		}
		// "Confederation of Employers and Industrialists in Bulgaria": a
		// national body ends its name with the country
		if n > h+1 && n+1 < s.b && dc.toks[n].low == "in" && (info.typ == kg.Association || info.typ == kg.Organization) {
			if p := dc.claimed[n+1]; p != nil && p.typ == kg.Place && p.gaz != nil && p.gaz.name == "България" && p.a == n+1 {
				dc.release(p)
				n = p.b
			}
		}
		// "the Thon Hotel EU in Brussels": a short capital code closing a
		// venue's name is part of it, not the body it spells elsewhere
		if info.typ == kg.Place && ht.cap && n == h+1 && n < s.b && dc.toks[n].latin && dc.toks[n].allCaps && len([]rune(dc.toks[n].text)) <= 3 &&
			(n+1 >= s.b || !dc.toks[n+1].isWord() || !dc.toks[n+1].cap) {
			if c := dc.claimed[n]; c == nil || c.a == n && c.b == n+1 {
				if c != nil {
					dc.release(c)
				}
				n++
			}
		}
		// "Agricultural University – Plovdiv": a school with its town
		var alias []string
		if cityNamed[info.base] && n+1 < s.b && dc.toks[n].dash() && !dc.toks[n].is("-") {
			if p := dc.claimed[n+1]; p != nil && p.typ == kg.Place && p.gaz != nil && p.a == n+1 && !(p.b < s.b && dc.toks[p.b].dash()) {
				alias = []string{clean(dc.text(a, n))}
				dc.release(p)
				n = p.b
			}
		}
		name := clean(dc.text(a, n))
		if seat := seatAfterName(dc, s, n); seat != "" && orgLike(info.typ) && ht.cap && len(alias) == 0 {
			alias = []string{name + " " + seat} // "Bulgarian Embassy in Paris"
		}
		if (info.typ == kg.Project || info.typ == kg.Place || (info.typ == kg.Organization || info.typ == kg.Association) && h-a >= 2 && allCapLatin(dc, a, h)) && !ht.cap && n == h+1 {
			// ("Brainport Development agency": a body's name of two or more
			// capitalised words, described by a lower-case head)
			// "the SMARTGRID project", "the Hilton Sofia hotel": a lower-case head describes the name
			alias = append(alias, name)
			name = clean(dc.text(a, h))
		}
		c := &cand{a: a, b: n, typ: info.typ, name: name, prio: 6, aliases: alias}
		if venueAt(dc, s, a, info.base) || exhibitionCentre(dc, a, h) {
			c.typ = kg.Place // "at the Burgas Expo Centre"
		}
		c.gazFrom(x)
		dc.add(c)
		return n
	}
	if roleLikeHeads[info.base] {
		return h + 1 // "Европейският производител на самолети" describes; only a name after it names
	}
	end := complementAfter(dc, s, r)
	// "Камара на строителите в България", "Асоциация на индустриалния
	// капитал в България": national bodies end their name with the country
	if end > r+1 && (info.typ == kg.Association || info.typ == kg.Organization) && end+1 < s.b && (dc.toks[end].low == "в" || dc.toks[end].low == "in" && ht.latin) {
		if p := dc.claimed[end+1]; p != nil && p.typ == kg.Place && p.gaz != nil && (p.gaz.name == "България" || acronymSpellsPlace(dc, s, a, p)) && p.a == end+1 {
			dc.release(p)
			end = p.b
		}
	}
	// "Асоциация за иновации в Кавказ – Грузия": a region after "в" is
	// part of the name when a seat after a dash closes it
	if end > r+1 && (info.typ == kg.Association || info.typ == kg.Organization || info.typ == kg.Cluster) && end+3 < s.b && (dc.toks[end].low == "в" || dc.toks[end].low == "във") {
		pa, pb := end+1, end+2 // the region: a reference place, or one capitalised word
		p := dc.claimed[pa]
		if p != nil && p.typ == kg.Place && p.gaz != nil && p.a == pa {
			pb = p.b
		} else if p != nil || !dc.toks[pa].cap || dc.toks[pa].allCaps || dc.toks[pa].nonName {
			pb = -1
		}
		if pb > 0 && pb+1 < s.b && dc.toks[pb].dash() && !dc.toks[pb].is("-") {
			if q := dc.claimed[pb+1]; q != nil && q.typ == kg.Place && q.gaz != nil && q.a == pb+1 {
				if p != nil {
					dc.release(p)
				}
				end = pb
			}
		}
	}
	// "Камарата за търговия и индустрия Калафат": a town written right
	// after a body's complement, with no preposition, closes its name
	// (nameplaces.go makes it the seat)
	if end > r+1 && (info.typ == kg.Association || info.typ == kg.Organization) && ht.cap && !ht.latin && end < s.b {
		if p := dc.claimed[end]; p != nil && p.typ == kg.Place && p.gaz != nil && p.a == end && !gazCountry(p.gaz) && !dc.toks[end-1].latin &&
			(p.b >= s.b || !dc.toks[p.b].isWord() || !dc.toks[p.b].cap) {
			dc.release(p)
			end = p.b
		}
	}
	if end == r && cityNamed[info.base] && a == h && ht.cap && !ht.latin && h > s.a && h+2 < s.b && (dc.toks[h+1].low == "в" || dc.toks[h+1].low == "във") {
		// "Университетът в Пирея": a school named only by its town
		p := dc.claimed[h+2]
		tb := h + 3 // an unknown capitalised word is a town too ("в Пирея")
		if p != nil {
			tb = p.b
		}
		town := p != nil && p.typ == kg.Place && p.gaz != nil && p.a == h+2 && !gazCountry(p.gaz) ||
			p == nil && dc.toks[h+2].cap && !dc.toks[h+2].allCaps && !dc.toks[h+2].nonName && !x.gaz.given[dc.toks[h+2].low]
		if town && (tb >= s.b || !dc.toks[tb].isWord() || !dc.toks[tb].cap) {
			if p != nil {
				dc.release(p)
			}
			name := clean(upperFirst(baseForm(ht.text, true)) + " " + dc.text(h+1, tb))
			if dc.add(&cand{a: h, b: tb, typ: kg.Organization, name: name, prio: 5, aliases: []string{clean(dc.text(h, tb))}}) {
				return tb
			}
			if p != nil {
				dc.add(p)
			}
		}
	}
	if end == r {
		cityAfter := h+2 < s.b && dc.toks[h+1].dash() && !dc.toks[h+1].is("-") && dc.claimed[h+2] != nil && dc.claimed[h+2].typ == kg.Place && dc.claimed[h+2].gaz != nil
		if h-a < 1 || weakHeads[ht.stem] && !(cityAfter && a < h) || (a == s.a && h-a < 1) {
			return h + 1 // ("Областна администрация – Хасково" is named with its town)
		}
		if a == s.a && articled(dc.toks[a].low) && !(cityAfter && a < h) {
			return h + 1 // "Хранителният клъстер ..." opens a sentence about some cluster
		}
		end = h + 1
	}
	if a == h && (weakHeads[ht.stem] || end == h+1) {
		return h + 1
	}
	// "Програмата за трансгранично сътрудничество Interreg ...": the head
	// phrase describes the known programme after it
	if info.typ == kg.Programme && end < s.b && dc.claimed[end] != nil && dc.claimed[end].typ == kg.Programme {
		return end
	}
	if info.typ == kg.Programme {
		// "Програма за морско дело, рибарство и аквакултури 2021-2027"
		if e2, _ := yearRangeAfter(dc, end, s.b); e2 > end {
			end = e2
		}
	}
	// "Регионална агенция за развитие и бизнес център 2000 – Благоевград":
	// a number closing the name before its seat is part of it
	if end > h && end+2 < s.b && dc.toks[end].digit && dc.claimed[end] == nil && dc.toks[end+1].dash() && !dc.toks[end+1].is("-") {
		if p := dc.claimed[end+2]; p != nil && p.typ == kg.Place && p.gaz != nil && p.a == end+2 {
			end++
		}
	}
	// "Технически университет – София": schools are named with their city
	cityAlias := ""
	// as are chambers, administrations and agencies of a town ("Търговско-
	// промишлена палата – Видин", "Областна администрация – Хасково")
	if (cityNamed[info.base] || (info.typ == kg.Organization || info.typ == kg.Association || info.typ == kg.Cluster && a < h) && (a < h || end > h+1)) && end+1 < s.b && dc.toks[end].dash() && !dc.toks[end].is("-") {
		if p := dc.claimed[end+1]; p != nil && p.typ == kg.Place && p.a == end+1 && p.gaz != nil && !(p.b < s.b && dc.toks[p.b].dash()) && (ht.cap || info.typ != kg.Cluster || !gazCountry(p.gaz)) {
			dc.release(p)
			cityAlias = deArticle(dc, a, h, end)
			end = p.b
		}
	}
	// "Техническият университет в Клуж-Напока": a school named by a
	// generic adjective is told apart by its town: the form with the town
	// is an alias, and the town stays a place mention of its own
	inTown := ""
	if cityNamed[info.base] && a < h && end == h+1 && cityAlias == "" && end+1 < s.b && (dc.toks[end].low == "в" || dc.toks[end].low == "във" || dc.toks[end].low == "in") {
		if p := dc.claimed[end+1]; p != nil && p.typ == kg.Place && p.gaz != nil && p.a == end+1 && !gazCountry(p.gaz) && (p.b >= s.b || !dc.toks[p.b].isWord() || dc.toks[p.b].stop) {
			inTown = dc.text(end, p.b)
		}
	}
	if inTown == "" && cityAlias == "" && orgLike(info.typ) && (end > h+1 || a < h) {
		// "Университетът по горско стопанство в Лисабон", "Асоциацията на
		// текстилните фирми от Португалия": a name with a complement is
		// often written with its seat too; that form is an alias
		inTown = seatAfterName(dc, s, end)
	}
	// a lone capitalised head at a sentence start with only generic
	// lower-case words after it is no name ("Агенцията за...")
	name := deArticle(dc, a, h, end)
	dc.releasePlacesIn(a, end)
	c := &cand{a: a, b: end, typ: info.typ, name: name, prio: 5}
	c.descCl = info.typ == kg.Cluster && !ht.cap && !ht.latin && a < h && cityAlias == "" ||
		// "Клъстерът по мехатроника участва ...": a headline's articled head
		// with a complement describes the cluster the text names
		info.typ == kg.Cluster && !ht.latin && a == h && h == s.a && definiteNoun(ht.low) && end > h+2 && !dc.toks[h+2].latin
	if venueAt(dc, s, a, info.base) || exhibitionCentre(dc, a, h) {
		c.typ = kg.Place // "се проведе в Регионалния бизнес център": the venue
	}
	if info.typ == kg.Association && chamberOfCommerce(dc, a, end) {
		c.typ = kg.Organization
	}
	if cityAlias != "" {
		c.aliases = []string{cityAlias}
	}
	if inTown != "" {
		c.aliases = append(c.aliases, clean(name+" "+inTown))
	}
	if w := clean(stripQuotes(dc.text(a, end))); w != name {
		c.aliases = append(c.aliases, w) // the form as written: "Националния план за ..."
	}
	if a == s.a && a == h && !hasCapAfter(dc, h+1, end) && end-h > 4 && inTown == "" {
		c.weak = true // (a seat after it, "... в Букурещ", makes it one body)
	}
	if a == s.a && a == h && end-h <= 3 && ht.low != baseForm(ht.low, true) {
		c.weak = true // "Програмата на Академията включва ...": the programme of something named before
	}
	c.gazFrom(x)
	dc.add(c)
	return end
}

// allCapLatin reports that tokens [a, b) are all capitalised Latin words.
func allCapLatin(dc *docCtx, a, b int) bool {
	for k := a; k < b; k++ {
		if t := &dc.toks[k]; !t.isWord() || !t.latin || !(t.cap || t.allCaps) {
			return false
		}
	}
	return a < b
}

// nounsBeforeClusterHead returns where a cluster's name starts when one or
// two capitalised nouns stand before its head and a known place follows it
// ("Пакаджинг клъстер България", "Мехатроника Клъстер Габрово", "Агро
// Клъстер Сливен"): the nouns, the head and the place are one name, not a
// cluster called by the place alone. A place, a given name, a function word
// or a word the text writes in lower case before the head is no part of it
// ("Пловдив Клъстер ...", "Според Иван клъстер ..."); without a place after
// the head the nouns stay apart. h itself when none apply.
func nounsBeforeClusterHead(dc *docCtx, s sentence, h int, x *Rules) int {
	r := h + 1
	p := (*cand)(nil)
	if r < s.b {
		p = dc.claimed[r]
	}
	if p == nil || p.typ != kg.Place || p.gaz == nil || p.a != r || p.b < s.b && dc.toks[p.b].isWord() && dc.toks[p.b].cap && !x.gaz.given[dc.toks[p.b].low] {
		return h // (a person may follow: "на Агро Клъстер Сливен Иван Петров")
	}
	a := h
	for k := h - 1; k >= s.a && h-k <= 2; k-- {
		t := &dc.toks[k]
		if !t.isWord() || t.digit || !t.cap || t.stop || t.nonName || dc.claimed[k] != nil || t.allCaps && len([]rune(t.text)) > 5 {
			break
		}
		if _, isHead := headAt(dc, k); isHead || x.gaz.given[t.low] || gazData != nil && gazData.byKey[t.key] != nil || roleNouns[t.stem] || articled(t.low) {
			break
		}
		if dc.lowerWordSet()[t.low] {
			break // "Днес клъстер ...": a word also written in lower case
		}
		a = k
	}
	return a
}

// seatAfterName reads "в/във/от/in/from <known place>" at token i, closing
// a name's phrase ("в Лисабон", "от с. Граматиково", "from Portugal"), and
// returns it as written; "" when no such seat follows.
func seatAfterName(dc *docCtx, s sentence, i int) string {
	if i+1 >= s.b {
		return ""
	}
	switch dc.toks[i].low {
	case "в", "във", "от", "in", "from":
	default:
		return ""
	}
	q := i + 1
	if q+2 < s.b && dc.toks[q+1].is(".") && placeMarker(dc, q+1) {
		q += 2 // "от с. Граматиково"
	}
	p := dc.claimed[q]
	if p == nil || p.typ != kg.Place || p.gaz == nil && q == i+1 || p.a != q {
		return ""
	}
	if n := p.b; n < s.b && dc.toks[n].isWord() && !dc.toks[n].stop || n+1 < s.b && (dc.toks[n].is(",") || dc.toks[n].low == "и" || dc.toks[n].low == "and") && dc.claimed[n+1] != nil && dc.claimed[n+1].typ == kg.Place {
		return "" // the phrase goes on, or a list of places follows
	}
	return dc.text(i, p.b)
}

// chamberOfCommerce reports a chamber of commerce, industry or crafts
// ("Търговско-промишлена палата", "Търговска и индустриална камара",
// "Регионална занаятчийска камара"): a public body of all businesses of a
// place, an organisation rather than an association of one sector.
func chamberOfCommerce(dc *docCtx, a, b int) bool {
	for i := a; i < b; i++ {
		l := dc.toks[i].low
		// "стопанска камара": a chamber of economy abroad ("Хърватска
		// стопанска камара"); the Bulgarian employers' body of that name is
		// typed by the reference list
		if strings.Contains(l, "търговск") || strings.HasPrefix(l, "търговия") || strings.HasPrefix(l, "занаятчийск") || strings.HasPrefix(l, "commerce") || strings.HasPrefix(l, "стопанск") && i+1 < b && strings.HasPrefix(dc.toks[i+1].low, "камар") {
			return true
		}
	}
	return false
}

// demonymsOnly reports that tokens [a, b) are all nationality adjectives.
func demonymsOnly(dc *docCtx, a, b int) bool {
	for k := a; k < b; k++ {
		if !demonym(dc.toks[k].low) {
			return false
		}
	}
	return true
}

// foreignParticles join a foreign head to its complement ("Universidad de
// Valencia", "Istituto per la ...", "Hochschule für ...").
var foreignParticles = setOf("de", "di", "del", "della", "des", "du", "da", "do", "für", "voor", "van", "per", "pour", "para")

// venueHeads are heads of buildings that host events: a name on one of
// them after "в"/"at" in a sentence about an event is the venue, a place.
var venueHeads = setOf("център", "дворец", "дом", "инкубатор", "музей", "centre", "center", "palace", "hall", "museum",
	"библиотека", "читалище", "галерия", "театър", "library", "gallery", "theatre", "hub", "хъб", "хаб", "campus", "кампус")

// hostHeads are venue heads of bodies that host events on their premises:
// "at the Inovo Hub" is the venue, "at the premises of the X Hub" the body
// that hosts (ORGANIZED, by the settled convention).
var hostHeads = setOf("hub", "хъб", "хаб")

// venueAt reports a name at a, built on the venue head base, written
// where an event is held; a hub whose premises hold it is its host.
func venueAt(dc *docCtx, s sentence, a int, base string) bool {
	return venueHeads[base] && venueContext(dc, s, a) && !(hostHeads[base] && roomOfBefore(dc, s, a))
}

// roomOfBefore reports a room or the premises of a body right before the
// name at a ("в залата на X", "at the premises of the X").
func roomOfBefore(dc *docCtx, s sentence, a int) bool {
	if a-1 > s.a && dc.toks[a-1].low == "the" {
		a--
	}
	return a-2 >= s.a && (dc.toks[a-1].low == "на" || dc.toks[a-1].low == "of") && roomNouns[dc.toks[a-2].low]
}

// roomNouns are parts of a building an event is held in.
var roomNouns = setOf("залата", "зала", "сградата", "сграда", "двора", "фоайето", "градината", "офиса", "hall", "building", "courtyard", "premises")

// venueContext reports whether the name at token a follows "в"/"във"/"at"/
// "in" in a sentence that tells of an event.
func venueContext(dc *docCtx, s sentence, a int) bool {
	if a-1 > s.a && dc.toks[a-1].low == "the" {
		a-- // "at the Burgas Expo Centre"
	}
	if a-3 >= s.a && (dc.toks[a-1].low == "на" || dc.toks[a-1].low == "of") && roomNouns[dc.toks[a-2].low] {
		a -= 2 // "в залата на Историческия музей", "in the hall of the museum"
		if dc.toks[a-1].low == "the" && a-2 >= s.a {
			a--
		}
	}
	// "в Арт център „X“": capitalised words before a head that is not
	// theirs
	for k := a - 1; k > s.a && a-k <= 2 && dc.toks[k].isWord() && dc.toks[k].cap && dc.claimed[k] == nil; k-- {
		if l := dc.toks[k-1].low; l == "в" || l == "във" || l == "at" || l == "in" {
			a = k
			break
		}
	}
	if a-1 < s.a {
		return false
	}
	switch dc.toks[a-1].low {
	case "в", "във", "at", "in":
	default:
		return false
	}
	for i := s.a; i < s.b; i++ {
		if h, ok := headAt(dc, i); ok && h.typ == kg.Event {
			return true
		}
	}
	return eventCue(dc, s) && s.a != 0
}

// roleLikeHeads name what a company does; they head a name written after
// them ("производителят „X“", "the operator Galata DataCenter"), never a
// description ("Германският оператор на газовата мрежа").
var roleLikeHeads = setOf("производител", "доставчик", "оператор", "разработчик", "стартъп", "operator", "manufacturer",
	"producer", "developer", "provider", "startup", "start-up", "firm", "supplier")

// adminHeads name an administration after its place: "Община Смолян".
var adminHeads = map[string]bool{}

func init() {
	for _, w := range []string{"община", "общината", "областна", "municipality"} {
		adminHeads[resolve.Stem(w)] = true
	}
}

// upperFirst writes the first letter of s in upper case.
func upperFirst(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// cityNamed are heads of institutions whose names end in their city.
var cityNamed = setOf("университет", "академия", "институт", "колеж", "училище", "гимназия", "университета", "university",
	"academy", "institute", "college", "school")

// demonym reports an English adjective of nationality or region, which
// alone names nothing ("the Bulgarian delegation").
func demonym(low string) bool {
	for _, suf := range []string{"ian", "ish", "ese", "ean", "can"} {
		if strings.HasSuffix(low, suf) && len(low) > 4 {
			return true
		}
	}
	return low == "greek" || low == "balkan" || low == "german" || low == "czech" || low == "french" || low == "dutch" || low == "swiss"
}

// personAt reports whether tokens [a, b) after a head noun are a person's
// name ("управителят на клъстера Николай Георгиев"), not the head's name.
func (x *Rules) personAt(dc *docCtx, a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	first, last := &dc.toks[a], &dc.toks[b-1]
	if first.latin || first.allCaps || last.allCaps {
		return false
	}
	if x.gaz.given[first.low] && (surnameLike(last.low) || last.cap) {
		return true
	}
	// "директорът на клъстера Светослава Хаджиева": a given name the list
	// lacks, before a surname in -ов/-ев/-ова/-ева
	return b-a == 2 && first.cap && last.cap && !first.latin && !adjLike2(first.low) && dc.claimed[a] == nil && strongSurname(last.low)
}

// strongSurname reports a surname ending that names hardly anything else.
func strongSurname(low string) bool {
	if len([]rune(low)) < 5 {
		return false
	}
	for _, suf := range []string{"ова", "ева", "ов", "ев"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// articled reports a definite adjective ending ("-ият", "-ата", "-ото", "-ите").
func articled(low string) bool {
	for _, suf := range []string{"ият", "ят", "ата", "ото", "ите", "ия"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// hasCapAfter reports a capitalised token in [a, b).
func hasCapAfter(dc *docCtx, a, b int) bool {
	for i := a; i < b; i++ {
		if dc.toks[i].cap {
			return true
		}
	}
	return false
}

// gazFrom makes c the gazetteer entry its name keys to, if any.
func (c *cand) gazFrom(x *Rules) bool {
	if g := x.gaz.byKey[nameKey(c.name)]; g != nil && (g.typ == c.typ || orgLike(g.typ) && orgLike(c.typ) || c.weak) {
		c.gaz, c.typ = g, g.typ
		return true
	}
	return false
}

// deArticle writes tokens [a, end) with the definite article taken off the
// words up to the head h ("Асоциацията на ..." → "Асоциация на ...",
// "Европейския клъстерен алианс" → "Европейски клъстерен алианс").
func deArticle(dc *docCtx, a, h, end int) string {
	return baseFormText(dc, a, h, end, false)
}

// baseFormText writes tokens [a, end) with the definite article taken off
// the Cyrillic words up to the head h; with lowerFirst, the first word
// loses a capital that only opens its sentence.
func baseFormText(dc *docCtx, a, h, end int, lowerFirst bool) string {
	var b strings.Builder
	prevEnd := -1
	for i := a; i < end; i++ {
		t := &dc.toks[i]
		if prevEnd >= 0 && t.s > prevEnd {
			b.WriteByte(' ')
		}
		w := t.text
		if i <= h && t.isWord() && !t.latin && !t.allCaps {
			w = baseForm(w, i == h)
			if lowerFirst && i == a && t.cap {
				w = resolve.Lower(w)
			}
		}
		b.WriteString(w)
		prevEnd = t.e
	}
	return clean(stripQuotes(b.String()))
}

// baseForm removes the definite article from one word, keeping its case.
func baseForm(w string, isHead bool) string {
	rs := []rune(w)
	n := len(rs)
	low := resolve.Lower(w)
	if isHead {
		if h, ok := heads[resolve.Stem(low)]; ok && h.base == low {
			return w // already the dictionary form: "палата", not "пала"+"та"
		}
	}
	switch {
	case n > 5 && (strings.HasSuffix(low, "ията")):
		return string(rs[:n-2]) // асоциацията → асоциация
	case n > 5 && (strings.HasSuffix(low, "ата") || strings.HasSuffix(low, "ята")):
		return string(rs[:n-2]) // Изпълнителната → Изпълнителна
	case n > 5 && (strings.HasSuffix(low, "ото") || strings.HasSuffix(low, "ето")):
		return string(rs[:n-2]) // сдружението → сдружение
	case n > 5 && (strings.HasSuffix(low, "ите")):
		return string(rs[:n-2])
	case n > 6 && (strings.HasSuffix(low, "ният") || strings.HasSuffix(low, "ния") && !isHead) && !strings.HasSuffix(low, "ският") && !strings.HasSuffix(low, "ския"):
		st := rs[:n-4] // Изпълнителният → Изпълнител-ен, Енергийният → Енерги-ен
		if strings.HasSuffix(low, "ния") {
			st = rs[:n-3] // Международния → Международ-ен
		}
		if st[len(st)-1] == 'й' {
			st = st[:len(st)-1]
		}
		return string(st) + "ен"
	case n > 6 && (strings.HasSuffix(low, "овият") || strings.HasSuffix(low, "евият")):
		return string(rs[:n-3]) // Аристотелевият → Аристотелев
	case n > 5 && !isHead && (strings.HasSuffix(low, "овия") || strings.HasSuffix(low, "евия")):
		return string(rs[:n-2]) // Аристотелевия → Аристотелев
	case n > 5 && (strings.HasSuffix(low, "ият")):
		return string(rs[:n-2]) // Българският → Български
	case n > 5 && (strings.HasSuffix(low, "ия") && !isHead && (strings.HasSuffix(low, "ския") || strings.HasSuffix(low, "ния") || strings.HasSuffix(low, "ция") && false)):
		return string(rs[:n-1]) // Европейския → Европейски
	case n > 5 && !isHead && (strings.HasSuffix(low, "шия") || strings.HasSuffix(low, "щия") || strings.HasSuffix(low, "жия") || strings.HasSuffix(low, "чия")):
		return string(rs[:n-2]) // Висшия → Висш: a hard stem takes no "и"
	case n > 4 && (strings.HasSuffix(low, "ът") || strings.HasSuffix(low, "ят")):
		return string(rs[:n-2]) // клъстерът → клъстер
	case n > 3 && isHead && (strings.HasSuffix(low, "ра") || strings.HasSuffix(low, "та") || strings.HasSuffix(low, "да") || strings.HasSuffix(low, "за") || strings.HasSuffix(low, "са") || strings.HasSuffix(low, "ма") || strings.HasSuffix(low, "ка")) && mascHead(low[:len(low)-len("а")]):
		return string(rs[:n-1]) // клъстера → клъстер
	}
	if strings.HasSuffix(low, "йския") || strings.HasSuffix(low, "ския") || n > 5 && !isHead && strings.HasSuffix(low, "кия") {
		return string(rs[:n-1]) // Младежкия → Младежки
	}
	return w
}

// mascHead reports whether a word without its last "а" is a masculine head
// noun, so the "а" was the short article (клъстера, фонда, алианса).
func mascHead(base string) bool {
	h, ok := heads[resolve.Stem(base)]
	if !ok {
		return false
	}
	return !strings.HasSuffix(h.base, "а") && !strings.HasSuffix(h.base, "я") && !strings.HasSuffix(h.base, "е") && !strings.HasSuffix(h.base, "о")
}

// eventPhrase reads an event at head h: named by a Latin name after the head,
// or described by what it is "of" ("общо събрание на АБК", "работна среща по
// проекта"). A bare event noun is left for anaphora.
func (x *Rules) eventPhrase(dc *docCtx, s sentence, h int, info headInfo) {
	ht := &dc.toks[h]
	if nextInSeries(dc, s, h) {
		return
	}
	if ht.latin {
		// "Grow your Region conference" is found by latinRuns; a Latin head
		// after a name is read there
		if !ht.cap {
			// "the international forum Clusters Without Borders": the name
			// after a lower-case head
			if n := nameAfterHead(dc, s, h+1); n > h+2 && dc.toks[h+1].latin && dc.toks[h+1].cap && dc.free(h+1, n) {
				if !x.personAt(dc, h+1, n) {
					dc.add(&cand{a: h + 1, b: n, typ: kg.Event, name: clean(dc.text(h+1, n)), prio: 6, evHead: info.base})
					return
				}
			}
			x.describedEvent(dc, s, h, info)
		}
		return
	}
	r := h + 1
	if n := nameAfterHead(dc, s, r); n > r && dc.toks[r].latin {
		a := leftModifiers(dc, s, h)
		c := &cand{a: a, b: n, typ: kg.Event, name: clean(dc.text(r, n)), prio: 6, evHead: info.base}
		c.aliases = nil
		for j := r; j < n; j++ {
			if cc := dc.claimed[j]; cc != nil {
				dc.release(cc)
			}
		}
		dc.add(c)
		return
	}
	// a capitalised event name inside a sentence: "Национална клъстерна
	// конференция", "Седмицата на клъстерите", "Ден на иновациите"
	if a := capStart(dc, s, h); a > s.a {
		end := h + 1
		if r < s.b && (dc.toks[r].low == "на" || dc.toks[r].low == "за") {
			if c := dc.claimed[r+1]; r+1 < s.b && c != nil && orgLike(c.typ) {
				end = h + 1 // "Общо събрание на АБК" is described below
			} else {
				end = complementAfter(dc, s, r)
			}
		}
		if end > h+1 || a < h && !weakHeads[ht.stem] {
			if end == h+1 || dc.claimed[r+1] == nil || !orgLike(dc.claimed[r+1].typ) {
				c := &cand{a: a, b: end, typ: kg.Event, name: deArticle(dc, a, h, end), prio: 5, evHead: info.base}
				// "Международното изложение за храни и напитки ANUGA 2023": the
				// description names the event written in Latin after it
				if k, named := latinEventName(dc, s, end); k > end && named {
					c.aliases = []string{c.name}
					c.name = clean(dc.text(end, k))
					for j := end; j < k; j++ {
						if cc := dc.claimed[j]; cc != nil {
							dc.release(cc)
						}
					}
					c.b = k
				}
				dc.releasePlacesIn(a, end)
				if dc.add(c) {
					return
				}
			}
		}
	}
	// descriptive: "... събрание на <org>", "среща по проекта"
	if r+1 < s.b && (dc.toks[r].low == "на" || dc.toks[r].low == "по") {
		var org *cand
		if c := dc.claimed[r+1]; c != nil && (c.typ == kg.Cluster || c.typ == kg.Association || c.typ == kg.Organization || c.typ == kg.Project) && c.a == r+1 {
			org = c
		}
		projRef := dc.toks[r].low == "по" && dc.toks[r+1].stem == "проект"
		if org == nil && !projRef || !eventCue(dc, s) {
			x.describedEvent(dc, s, h, info)
			return
		}
		if org != nil && org.typ == kg.Project && dc.toks[r].low != "по" {
			return
		}
		a := h
		var kinds []string
		for a-1 >= s.a && eventKinds[dc.toks[a-1].low] {
			a--
		}
		for k := a; k < h; k++ {
			kinds = append(kinds, baseForm(dc.toks[k].low, false))
		}
		start := a
		for start-1 >= s.a && dc.toks[start-1].isWord() && adjLike(dc.toks[start-1].low) && !dc.toks[start-1].stop && dc.claimed[start-1] == nil && h-start < 4 {
			start--
		}
		if weakHeads[ht.stem] && projRef {
			// "Следващото събитие по проекта ще бъде информационен ден": the
			// event is named after the copula
			k := r + 2
			for k < s.b && k <= r+4 && (dc.toks[k].low == "ще" || dc.toks[k].low == "бъде" || dc.toks[k].low == "е" || dc.toks[k].low == "бе") {
				k++
			}
			for m := k; k > r+2 && m < s.b && m <= k+3; m++ {
				if eventHeadAt(dc, m) {
					return
				}
			}
		}
		pre := strings.Join(append(kinds, info.base), " ")
		c := &cand{a: start, b: h + 1, typ: kg.Event, name: pre, prio: 4, evHead: info.base, descr: true, descrOrg: org, descrPre: pre + " " + dc.toks[r].low}
		if projRef && org == nil {
			c.props = map[string]any{"projectRef": true}
		}
		dc.add(c)
		return
	}
	x.describedEvent(dc, s, h, info)
}

// eventModifiers are the lower-case words that describe an event before its
// head noun: kind, order and reach ("стартовата", "следваща", "годишното
// общо", "регионална", "kick-off", "national stakeholder").
func eventModifier(t *token) bool {
	if !t.isWord() || t.digit || t.allCaps {
		return false
	}
	for _, p := range eventOrdinals {
		if strings.HasPrefix(t.low, p) {
			return true
		}
	}
	if t.stop {
		return false
	}
	if eventKinds[t.low] {
		return true
	}
	if t.latin {
		return !t.cap && !latinConnectors[t.low] && !nonNames[t.low] && len(t.low) > 2 && !strings.HasSuffix(t.low, "'s") && !strings.HasSuffix(t.low, "’s")
	}
	return adjLike(t.low) && !looksVerbStrict(t.low) && (strings.HasSuffix(t.low, "на") || strings.HasSuffix(t.low, "ата") ||
		strings.HasSuffix(t.low, "ото") || strings.HasSuffix(t.low, "ен") || !t.cap && neuterAdj(t.low) ||
		strings.HasSuffix(t.low, "ия") || strings.HasSuffix(t.low, "ият") || strings.HasSuffix(t.low, "ви") || strings.HasSuffix(t.low, "ия") ||
		strings.HasSuffix(t.low, "ят") || strings.HasSuffix(t.low, "ски") || strings.HasSuffix(t.low, "ска") || strings.HasSuffix(t.low, "ско"))
}

// durationWord reports a word that tells how long an event lasted ("two-day",
// "3-day", "тридневния"): no part of its name, which the settled convention
// gives by kind ("двудневна" was no kind already).
func durationWord(low string) bool {
	for _, suf := range []string{"-day", "-days", "-week", "-hour", "-month"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return strings.Contains(low, "дневн") && !strings.HasPrefix(low, "дневн") || strings.Contains(low, "седмичн") && !strings.HasPrefix(low, "седмичн")
}

// neuterAdj reports an indefinite neuter adjective before a neuter event
// noun ("учебно посещение", "работно заседание"); participles ("отредено")
// and the adverb "съвместно" ("организирано съвместно с") describe no kind.
func neuterAdj(low string) bool {
	if !strings.HasSuffix(low, "но") || low == "съвместно" {
		return false
	}
	if strings.HasSuffix(low, "ствено") {
		return true // "присъствено", "производствено": an adjective of a noun, no participle
	}
	for _, suf := range []string{"ено", "ано", "яно"} {
		if strings.HasSuffix(low, suf) {
			return false
		}
	}
	return true
}

// eventOrdinals begin the words that place an event in a series.
var eventOrdinals = []string{"първ", "втор", "трет", "четвърт", "пети", "петия", "петат", "шест", "седм", "осм", "девет", "десет",
	"следващ", "предстоящ", "последн", "стартов", "встъпителн", "заключителн", "финалн", "next", "first", "second",
	"third", "final", "annual"}

// describedEvent reads an event the text describes rather than names, in a
// sentence that dates it or tells that it is held: "Стартовата среща по
// проекта се проведе на 24-25 юни", "регионална среща на заинтересованите
// страни, планирана за 18 юни", "The kick-off meeting of AQUALOOP was held".
// The head needs a describing word before it or a complement after it; a
// bare noun ("срещата") stays an anaphor.
func (x *Rules) describedEvent(dc *docCtx, s sentence, h int, info headInfo) {
	if dc.claimed[h] != nil || !scheduledCue(dc, s) && !eventCue(dc, s) {
		return
	}
	if s.a == 0 || len(dc.sents) > 0 && s == dc.sents[dc.title] {
		return // a headline describes the event the text names
	}
	if timeSpan(dc, h) || nextInSeries(dc, s, h) {
		return
	}
	a := h
	for a-1 >= s.a && h-a < 3 && dc.claimed[a-1] == nil && eventModifier(&dc.toks[a-1]) && dc.toks[a-1].latin == dc.toks[h].latin {
		a--
	}
	end := h + 1
	if r := h + 1; r+1 < s.b && !occasionAt(dc, r) {
		switch dc.toks[r].low {
		case "на", "по", "за", "с", "със", "of", "for", "on", "with":
			j, words := r+1, 0
			for j < s.b && words < 4 {
				t := &dc.toks[j]
				if c := dc.claimed[j]; c != nil {
					if c.a == j && (orgLike(c.typ) || c.typ == kg.Project || c.typ == kg.Programme) {
						j = c.b
						end = j
						words++
						continue
					}
					break
				}
				if !t.isWord() || t.digit || months[t.low] != 0 || t.stop && t.low != "на" && t.low != "и" || looksVerbStrict(t.low) ||
					t.latin && (heldVerbs[t.low] || enFinite[t.low]) {
					break // "a workshop on green skills took place": the clause's verb ends the name
				}
				if (t.low == "на" || t.low == "и") && words == 0 {
					break
				}
				if words > 0 && !t.latin && (strings.HasSuffix(t.low, "ът") || strings.HasSuffix(t.low, "ят")) {
					break // the full article marks the next clause's subject ("... на клъстера министърът представи")
				}
				j++
				if t.low != "на" && t.low != "и" {
					words++
					end = j
				}
			}
		}
	}
	if a == h && end == h+1 {
		x.bareEvent(dc, s, h)
		return
	}
	// (a comma opens no clause: "в областта на туризма, обучението на
	// кадри и ..." lists fields, not events)
	if a == h && !(h == s.a || !dc.toks[h-1].isWord() && !dc.toks[h-1].is(",")) {
		// a head with a complement only is an event when it opens the
		// clause ("демонстрация на принтера"), not inside one ("с цел
		// обучение на ...")
		ok := false
		for j := h + 1; j < end; j++ {
			if c := dc.claimed[j]; c != nil && c.typ != kg.Event {
				ok = true
			}
		}
		for j := h - 1; !ok && j >= s.a && h-j <= 10 && !dc.toks[j].is(","); j-- {
			ok = heldVerbs[dc.toks[j].low] // "клъстерът организира ... демонстрация на принтера"
		}
		// "На церемонията по подписването на меморандума присъстваха X":
		// the sentence opens with the event its people attended
		// "На заседание на УС, проведено на 20 май, ...": a participle of
		// holding right after the phrase
		if !ok && end+1 < s.b && dc.toks[end].is(",") && heldParticiple(dc.toks[end+1].low) {
			ok = true
		}
		// "На заседание на управителния съвет на 3 юни клъстерът прие":
		// a day right after the phrase dates it, so it happened
		if !ok && end+1 < s.b && (dc.toks[end].low == "на" || dc.toks[end].low == "on") && dayDateAt(dc, end+1) {
			ok = true
		}
		if p := dc.toks[h-1].low; !ok && h-1 == s.a && (p == "на" || p == "в" || p == "във" || p == "at") {
			for j := end; j < s.b && j <= end+3; j++ {
				if hasPrefix(&dc.toks[j], "присъства", "участва", "attended", "гости") {
					ok = true
				}
			}
		}
		// "По време на среща с членовете на клъстера министърът
		// представи ...", "During a meeting with ...": the sentence is set
		// at the event it opens with
		// "на церемонията по връчване на наградите": a ceremony of something
		// is an event wherever a dated sentence names it
		if !ok && end > h+1 && hasPrefix(&dc.toks[h], "церемони", "ceremony") && (dc.toks[h+1].low == "по" || dc.toks[h+1].low == "of" || dc.toks[h+1].low == "for") {
			ok = true
		}
		if !ok && duringOpener(dc, s, h) {
			ok = true
		}
		if !ok {
			return
		}
	}
	// "The two-day meeting" after "the project's second plenary meeting":
	// an English definite article with no more than a duration before the
	// head refers back, as the Bulgarian article does
	enRef := a > s.a && dc.toks[a-1].low == "the" && dc.toks[h].latin
	for k := a; enRef && k < h; k++ {
		enRef = durationWord(dc.toks[k].low)
	}
	if end == h+1 && (articled(dc.toks[a].low) || enRef) && !(hasPrefix(&dc.toks[a], "следващ", "предстоящ") && (a < h-1 || dayDated(dc, h))) {
		// "Международната конференция" refers back to an event named before
		// ("Следващата партньорска среща" is another one; "Следващият
		// форум" the next edition of the text's)
		for _, o := range dc.cands {
			if o.typ == kg.Event && o.evHead == info.base {
				return
			}
		}
	}
	if weakHeads[dc.toks[h].stem] && end == h+1 && !(a < h && occasionAt(dc, h+1)) && !(a < h && infoDay(dc.toks[h-1].low)) && !(a < h && kindedSession(dc, h)) && !(a < h && roundTable(dc, h)) {
		return // "втория ден" names nothing; "информационен ден", "open day" do
	}
	if end < s.b && end > h+1 && opensQuote(dc, end) {
		// "на международното изложение за мебелни компоненти „X 2026“": the
		// description of the event quoted right after it, not one of its own
		if cl := dc.closeOf[end]; cl > end+1 && cl <= s.b && dc.free(end+1, cl) {
			dc.add(&cand{a: end + 1, b: cl, typ: kg.Event, name: clean(dc.text(end+1, cl)), prio: 4, evHead: info.base})
		}
		return
	}
	// "в световното изложение за индустриални технологии Hannover Messe
	// 2025": a Latin name inside the description is the event's name, the
	// description an alias of it
	for k := h + 2; k < end; k++ {
		t := &dc.toks[k]
		if !(t.cap || t.allCaps) || t.latin && dc.toks[k-1].latin || !dc.toks[k-1].isWord() || dc.toks[k-1].cap || placePreps[dc.toks[k-1].low] || ofWhom[dc.toks[k-1].low] {
			continue
		}
		if e, year := capEventName(dc, s, k); e > k && (year || e-k >= 2) && !x.personAt(dc, k, e) && !knownPlaceAt(dc, k, e) {
			for j := k; j < e; j++ {
				if cc := dc.claimed[j]; cc != nil {
					dc.release(cc)
				}
			}
			if dc.free(a, e) {
				dc.add(&cand{a: a, b: e, typ: kg.Event, name: clean(dc.text(k, e)), prio: 5, evHead: info.base,
					aliases: []string{eventName(dc, s, a, h, k), clean(dc.text(a, k))}})
				return
			}
		}
		break
	}
	written := clean(dc.text(a, end))
	c := &cand{a: a, b: end, typ: kg.Event, prio: 4, evHead: info.base}
	nameEnd := end
	if !dc.free(a, end) {
		if a == h {
			return // "дискусията по обсъждане на бюджета на АБК": a topic, not an event
		}
		c.b = h + 1 // the complement names a programme or project of its own
	}
	if topicComplement(dc, h+1, end) {
		nameEnd = h + 1
	}
	na := a
	for na < h && durationWord(dc.toks[na].low) {
		na++ // "two-day", "двудневна": how long it lasted names no kind
	}
	c.name = eventName(dc, s, na, h, nameEnd)
	if written != c.name {
		c.aliases = append(c.aliases, written)
	}
	dc.add(c)
}

// dayDateAt reports a date giving a day that begins at token i.
func dayDateAt(dc *docCtx, i int) bool {
	at := dc.toks[i].s
	for k := range dc.dates {
		if d := &dc.dates[k]; d.s == at && len(d.start) == len("2006-01-02") {
			return true
		}
	}
	return false
}

// duringOpener reports a sentence that opens with "По време на" / "During
// (the)" right before the head at h.
func duringOpener(dc *docCtx, s sentence, h int) bool {
	w := func(i int) string { return dc.toks[i].low }
	switch {
	case h-3 == s.a:
		return w(s.a) == "по" && w(s.a+1) == "време" && w(s.a+2) == "на"
	case h-1 == s.a:
		return w(s.a) == "during"
	case h-2 == s.a:
		return w(s.a) == "during" && (w(s.a+1) == "the" || w(s.a+1) == "a")
	}
	return false
}

// dayDated reports a sentence that gives the event at token h a day of its
// own ("Следващата среща е планирана за 22 септември"): a next meeting so
// dated is an event, not the one named before.
func dayDated(dc *docCtx, h int) bool {
	d, ok := dc.dateNear(h)
	return ok && len(d.start) == len("2006-01-02")
}

// timeSpan reports a span of time written with an event's kind ("миналата
// седмица", "next week", "този ден"): when something happened, no event.
func timeSpan(dc *docCtx, h int) bool {
	switch baseForm(dc.toks[h].low, true) {
	case "седмица", "ден", "месец", "година", "week", "day", "month", "year":
	default:
		return false
	}
	return h > 0 && hasPrefix(&dc.toks[h-1], "минал", "следващ", "тази", "този", "настоящ", "предходн", "last", "this", "next", "past", "previous")
}

// nextInSeries reports a meeting named only as the next one of a series
// ("Следващата среща на партньорите ще бъде в Мадрид", "the next meeting
// of the consortium"): by the settled convention what comes next is no
// event of its own. "предстоящия форум" is a coming event of its own.
func nextInSeries(dc *docCtx, s sentence, h int) bool {
	// over the words describing the head ("Следващата партньорска среща",
	// "the next partners' meeting", "Следващото издание на форума")
	for j := h; j >= s.a && j >= h-4; j-- {
		t := &dc.toks[j]
		if !t.isWord() {
			return false
		}
		if strings.HasPrefix(t.low, "следващ") || t.low == "next" {
			return true
		}
		if strings.HasPrefix(t.low, "предстоящ") || t.low == "upcoming" {
			return false
		}
	}
	return false
}

// eventName is the dictionary form of an event the text describes: the
// words up to its head without the definite article ("стартовата среща" →
// "стартова среща", "информационния ден" → "информационен ден",
// "Церемонията по връчването" → "церемония по връчването"), then the
// complement [h+1, end) as written. A capital that only opens the sentence
// goes; Latin words stay as written.
func eventName(dc *docCtx, s sentence, a, h, end int) string {
	return baseFormText(dc, a, h, end, a == s.a)
}

// topicComplement reports a complement [a, end) that tells what an event
// was about rather than which event it was: "за процедура X", "по проект
// Y", "on the call Z" (a programme, call or project after "за"/"по"/"on"/
// "for"/"about"). Such a complement is no part of the event's name.
func topicComplement(dc *docCtx, a, end int) bool {
	if a >= end {
		return false
	}
	switch dc.toks[a].low {
	case "за", "по", "on", "for", "about":
	default:
		return false
	}
	for i := a + 1; i < end; i++ {
		if c := dc.claimed[i]; c != nil && (c.typ == kg.Programme || c.typ == kg.Project) {
			return true
		}
		if hasPrefix(&dc.toks[i], "процедур", "програм", "проект", "покан", "project", "programme", "call") {
			return true
		}
	}
	return false
}

// bareEvent reads an event the text names by its head noun alone, as the
// subject of a dated sentence that says it took place — "Церемонията се
// състоя на 6 ноември в ...", "The ceremony took place on 6 November" —
// when the document names no event it could refer back to. The name is
// the noun as written, as annotators name such events.
func (x *Rules) bareEvent(dc *docCtx, s sentence, h int) {
	t := &dc.toks[h]
	if indefiniteHeld(dc, s, h) {
		base := baseForm(t.low, false)
		for _, o := range dc.cands {
			if o.typ == kg.Event && o.evHead == base {
				return // "организира семинар" after the seminar „X“: that one
			}
		}
		c := &cand{a: h, b: h + 1, typ: kg.Event, name: strings.ToLower(t.text), prio: 3, evHead: base}
		if c.name != t.text {
			c.aliases = []string{t.text}
		}
		dc.add(c)
		return
	}
	subj := h == s.a && !t.latin && definiteNoun(t.low) ||
		h == s.a+1 && t.latin && dc.toks[s.a].low == "the"
	v := h + 1
	if v+1 < s.b && (dc.toks[v].low == "в" || dc.toks[v].low == "във" || dc.toks[v].low == "in") {
		if tc := townAt(dc, v+1); tc != nil {
			v = tc.b // "Срещата в Русе ще се проведе на ...": the town it is held in
		}
	}
	if !subj || v+1 >= s.b || !heldRightAfter(dc, v) {
		return
	}
	dated := false
	for _, d := range dc.dates {
		if d.s >= dc.toks[h].e && d.e <= s.e {
			dated = true
		}
	}
	if !dated {
		return
	}
	for _, o := range dc.cands {
		if o.typ == kg.Event {
			return // "Форумът се проведе ..." after „Зелени решения“: the named event
		}
	}
	dc.add(&cand{a: h, b: h + 1, typ: kg.Event, name: t.text, prio: 3, evHead: baseForm(t.low, false)})
}

// indefiniteHeld reports a bare event noun without an article that a verb
// of holding makes an event: its subject ("Семинар се проведе вчера", "A
// conference was held") or its object ("Клъстерът организира на 27 юни
// семинар", "X organised a conference"). An indefinite noun brings in a new
// event, where an articled one ("семинарът") refers to one told of.
func indefiniteHeld(dc *docCtx, s sentence, h int) bool {
	t := &dc.toks[h]
	if weakHeads[t.stem] || t.digit {
		return false
	}
	if t.latin {
		if h == s.a || !(dc.toks[h-1].low == "a" || dc.toks[h-1].low == "an") {
			return false
		}
	} else if !strings.EqualFold(baseForm(t.low, false), t.low) || definiteNoun(t.low) && !strings.HasSuffix(t.low, "ия") {
		return false // articled or plural: no new single event ("конференция" ends as an article does)
	}
	// as for an articled subject, a day in the sentence says it happened
	dated := false
	for k := range dc.dates {
		if d := &dc.dates[k]; d.s >= s.s && d.e <= s.e && len(d.start) == len("2006-01-02") {
			dated = true
		}
	}
	if !dated {
		return false
	}
	first := h == s.a || t.latin && h == s.a+1
	if first && h+1 < s.b && happeningAt(dc, h+1) > 0 {
		return true
	}
	// the object of a verb of holding, with a day or an article between
	with := false
	for j := h - 1; j >= s.a && h-j <= 6; j-- {
		u := &dc.toks[j]
		if heldVerbs[u.low] || holdVerbs[u.low] {
			return true
		}
		// "стартира с семинар", "kicked off with a conference": what
		// something opened or closed with
		if with && happeningAt(dc, j) > 0 {
			return true
		}
		if dateCovers(dc, j) || u.low == "на" || u.low == "on" || u.low == "a" || u.low == "an" || u.low == "г" || u.is(".") || u.low == "off" && with {
			continue
		}
		if u.low == "с" || u.low == "със" || u.low == "with" {
			with = true
			continue
		}
		return false
	}
	return false
}

// holdVerbs are the English active verbs of holding an event, which
// heldVerbs (mostly past forms) leaves out.
var holdVerbs = setOf("hold", "holds", "host", "hosts", "organise", "organises", "organize", "organizes", "holding", "hosting", "organising", "organizing")

// dateCovers reports a token inside a date the text gives.
func dateCovers(dc *docCtx, j int) bool {
	t := &dc.toks[j]
	for k := range dc.dates {
		if d := &dc.dates[k]; d.s <= t.s && t.e <= d.e {
			return true
		}
	}
	return false
}

// heldParticiple reports a participle that says an event was held
// ("проведено", "състояла се", "held", "organised").
func heldParticiple(low string) bool {
	switch low {
	case "проведено", "проведена", "проведен", "проведени", "състояло", "състояла", "състоял", "организирано",
		"организирана", "организиран", "held", "organised", "organized", "hosted":
		return true
	}
	return false
}

// kindedSession reports a session whose kind the word before it gives
// ("tasting session", "pitching session", "постерна сесия"): an ordinal
// ("втората сесия"), a number or an articled adjective gives none.
func kindedSession(dc *docCtx, h int) bool {
	switch dc.toks[h].low {
	case "session", "sessions", "сесия", "сесията":
	default:
		return false
	}
	m := &dc.toks[h-1]
	if m.digit || !m.isWord() || !m.latin && articled(m.low) {
		return false // "пленарната сесия" refers to one named before
	}
	for _, o := range eventOrdinals {
		if strings.HasPrefix(m.low, o) {
			return false
		}
	}
	switch m.low {
	case "this", "that", "the", "a", "an", "each", "every", "same", "other", "one", "its", "their", "our", "online", "hybrid",
		"separate", "special", "dedicated", "parallel", "short", "brief", "new", "additional", "extra", "following",
		"previous", "whole", "full", "later", "earlier", "morning", "afternoon", "evening", "last", "second", "plenary",
		"това", "всяка", "друга", "онлайн", "редовна", "отделна", "специална", "паралелна", "допълнителна", "кратка", "нова",
		"сутрешна", "следобедна", "вечерна", "пленарна", "една":
		return false
	}
	return true
}

// roundTable reports "кръгла маса" / "round table": a kind of event in two
// words, whose head alone ("маса") names nothing.
func roundTable(dc *docCtx, h int) bool {
	p, w := dc.toks[h-1].low, dc.toks[h].low
	return strings.HasPrefix(p, "кръгл") && strings.HasPrefix(w, "мас") || p == "round" && (w == "table" || w == "tables")
}

// infoDay reports the modifiers that make a day an event: "информационен
// ден", "information day", "open day".
func infoDay(low string) bool {
	switch low {
	case "информационен", "информационния", "информационният", "information", "info", "open", "отворен":
		return true
	}
	return false
}

// definiteNoun reports the definite article on a Bulgarian noun
// ("церемонията", "форумът", "срещата", "събитието").
func definiteNoun(low string) bool {
	for _, suf := range []string{"ът", "ят", "та", "то", "ия"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// heldRightAfter reports a verb of taking place at token i, in any tense
// or voice (happeningAt).
func heldRightAfter(dc *docCtx, i int) bool {
	return happeningAt(dc, i) > 0
}

// happeningAt reads a verb group saying that an event takes, took or will
// take place, was held, organised, opened or ended, starting at token i, and
// returns how many tokens it takes (0 when there is none): "се проведе",
// "ще се проведе", "се провежда", "беше проведена", "бе организиран", "ще
// бъде открит", "се състоя", "стартира", "започна", "завърши", "took
// place", "will take place", "takes place", "was held", "has been
// organised", "kicked off", "closed". One reading for all tenses and
// voices, so that a paraphrase reads as its model does.
func happeningAt(dc *docCtx, i int) int {
	n := len(dc.toks)
	w := func(k int) string {
		if k < n && dc.toks[k].isWord() {
			return dc.toks[k].low
		}
		return ""
	}
	switch a := w(i); a {
	case "се":
		if reflexiveHeld[w(i+1)] {
			return 2
		}
	case "ще":
		switch b := w(i + 1); {
		case b == "се" && reflexiveHeld[w(i+2)]:
			return 3
		case (b == "бъде" || b == "бъдат") && heldPassive(w(i+2)):
			return 3
		case eventVerbs[b]:
			return 2
		}
	case "е", "са", "беше", "бе", "бяха", "бил", "била", "било", "били", "бъде", "бъдат":
		if heldPassive(w(i + 1)) {
			return 2
		}
	case "took", "takes", "take", "taking":
		if w(i+1) == "place" {
			return 2
		}
	case "will":
		if w(i+1) == "take" && w(i+2) == "place" {
			return 3
		}
		if w(i+1) == "be" && heldPassive(w(i+2)) {
			return 3
		}
	case "is", "was", "were", "are", "be":
		if heldPassive(w(i + 1)) {
			return 2
		}
		if w(i+1) == "being" && heldPassive(w(i+2)) {
			return 3
		}
	case "has", "have", "had":
		if w(i+1) == "been" && heldPassive(w(i+2)) {
			return 3
		}
	case "kicked", "kicks":
		if w(i+1) == "off" {
			return 2
		}
	default:
		if eventVerbs[a] {
			return 1
		}
	}
	return 0
}

// reflexiveHeld are the verbs that, after "се", say an event took place:
// "се проведе", "се състоя", "се провежда", "се организира", "се откри".
var reflexiveHeld = setOf("състоя", "състояха", "състои", "състоят", "състоеше", "проведе", "проведоха", "проведат", "провежда",
	"провеждат", "провеждаше", "организира", "организират", "организираха", "откри", "закри", "открива", "закрива", "открие", "закрие")

// eventVerbs say, with the event as subject, that it started, ended or was
// opened: "Семинарът стартира", "завърши", "The forum started".
var eventVerbs = setOf("стартира", "стартираха", "стартирва", "започна", "започнаха", "започва", "започне", "завърши", "завършва",
	"завършат", "приключи", "приключва", "приключат", "started", "starts", "began", "begins", "concluded", "ended", "closed")

// heldPassive reports a passive participle of holding, organising or
// opening: "проведена", "организиран", "открита", "held", "organised".
func heldPassive(low string) bool {
	for _, p := range []string{"проведен", "организиран", "открит", "закрит", "домакинстван"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	switch low {
	case "held", "organised", "organized", "hosted", "opened", "launched", "convened", "co-organised", "co-organized":
		return true
	}
	return false
}

// scheduledCue reports a sentence that sets an event for later: "ще се
// проведе", "е насрочена", "планирана за", "is scheduled", "will take place".
func scheduledCue(dc *docCtx, s sentence) bool {
	for i := s.a; i < s.b; i++ {
		w := dc.toks[i].low
		if strings.HasPrefix(w, "насрочен") || strings.HasPrefix(w, "планиран") || strings.HasPrefix(w, "предстои") ||
			w == "scheduled" || w == "planned" || w == "will" || w == "ще" && i+1 < s.b && (dc.toks[i+1].low == "се" || dc.toks[i+1].low == "бъде" || dc.toks[i+1].low == "бъдат" || heldVerbs[dc.toks[i+1].low]) {
			return true
		}
	}
	return false
}

// capStart returns the first token of a capitalised phrase ending at head h
// ("Национална клъстерна конференция"), or -1 when the phrase is lower-case.
func capStart(dc *docCtx, s sentence, h int) int {
	a := leftModifiers(dc, s, h)
	for a < h && !dc.toks[a].cap {
		a++
	}
	if !dc.toks[a].cap || dc.toks[a].allCaps {
		return -1
	}
	return a
}

// eventCue reports whether a sentence tells of an event that happened or is
// set: a date, a verb of taking place or taking part, or the title line.
func eventCue(dc *docCtx, s sentence) bool {
	if s.a == 0 || (len(dc.sents) > 0 && s == dc.sents[dc.title]) {
		return true
	}
	for _, d := range dc.dates {
		if d.s >= s.s && d.e <= s.e && !d.weak {
			return true
		}
	}
	for i := s.a; i < s.b; i++ {
		w := dc.toks[i].low
		if dc.toks[i].in(lHeldVerb) || happeningAt(dc, i) >= 2 || strings.HasPrefix(w, "участва") || strings.HasPrefix(w, "присъства") || w == "участие" || w == "представи" || w == "представиха" ||
			w == "отбеляза" || w == "отбелязаха" || w == "чества" || w == "честваха" || w == "celebrated" || w == "attended" ||
			w == "moderated" || hasPrefix(&dc.toks[i], "модерира") {
			return true
		}
	}
	return false
}

// latinRuns reads Latin-script names inside Cyrillic text: "TRACE-KEI",
// "Enterprise Europe Network", "Grow your Region". Their type comes from an
// English head inside them or a Bulgarian apposition after them ("X е
// проект", "X – варненска компания"); otherwise they stay weak.
func (x *Rules) latinRuns(dc *docCtx, s sentence) {
	knownOpen := -1
	for i := s.a; i < s.b; i++ {
		t := &dc.toks[i]
		if c := dc.claimed[i]; c != nil && c.gaz != nil && c.typ == kg.Organization && c.a == i && c.b == i+1 && t.latin && t.allCaps &&
			i+1 < s.b && dc.claimed[i+1] == nil && dc.toks[i+1].latin && dc.toks[i+1].cap && !dc.toks[i+1].allCaps && !dc.toks[i+1].nonName {
			dc.release(c) // "EIT Manufacturing": a known acronym opens a longer name
			knownOpen = i
		}
		if !t.isWord() || !t.latin || !(t.cap || t.allCaps || upperCount(t.text) >= 2) || dc.claimed[i] != nil || t.nonName || slugLike(t.text) {
			continue
		}
		if strings.HasSuffix(t.low, "-based") {
			continue // "Rousse-based cluster": where, not what
		}
		if genericAcronyms[t.text] && (i+1 >= s.b || !dc.toks[i+1].latin || !dc.toks[i+1].cap) {
			continue // "IT", "SME" alone name nothing
		}
		j, venueEnd := i+1, 0
		for j < s.b {
			u := &dc.toks[j]
			if c := dc.claimed[j]; c != nil && j == i+1 && c.gaz != nil && c.a == j && c.b == j+1 && u.allCaps && u.latin &&
				t.cap && !t.allCaps && !headWord(t.low) && (j+1 >= s.b || !dc.toks[j+1].isWord() || !dc.toks[j+1].cap) {
				// "Fraunhofer IPA": a known acronym closing a name is part
				// of it, not the programme it spells elsewhere
				dc.release(c)
			}
			if dc.claimed[j] != nil {
				break
			}
			if u.isWord() && u.latin && (u.cap || u.allCaps || u.digit) {
				j++
				continue
			}
			if u.isWord() && (u.digit) {
				j++
				continue
			}
			if u.low == "and" && j+1 < s.b && dc.toks[j+1].low == "the" {
				break // "Galata DataCenter and the Varna Free University": a list
			}
			if (u.low == "and" || u.low == "&") && j == i+1 && personSurname(dc, t.text) {
				break // "Vlahov and Roeva": two people named before
			}
			if u.isWord() && latinConnectors[u.low] || u.is("&") {
				k := j
				for k < s.b && (dc.toks[k].isWord() && latinConnectors[dc.toks[k].low] || dc.toks[k].is("&")) && k-j < 3 {
					k++
				}
				if u.low == "and" && !andJoins(dc, s, i, j, k) {
					break // "Orbix and Nordlys": two names
				}
				placeAfterHead := k < s.b && dc.claimed[k] != nil && dc.claimed[k].typ == kg.Place && !placeConnectors[dc.toks[k-1].low] && hasLatinHead(dc, i, j)
				if k < s.b && dc.toks[k].latin && (dc.toks[k].cap || dc.toks[k].allCaps) && !placeAfterHead && (dc.claimed[k] == nil || dc.claimed[k].typ == kg.Place && dc.claimed[k].b == k+1) {
					if c := dc.claimed[k]; c != nil {
						dc.release(c)
					}
					j = k + 1
					continue
				}
			}
			if u.isWord() && u.latin && !u.cap {
				if h, ok := heads[u.low]; ok && h.typ != kg.Place {
					// "the Paris Nord Villepinte exhibition centre": the
					// place of the event, not the event
					if n := j + 1; h.typ == kg.Event && n < s.b && dc.claimed[n] == nil && venueAfterKind[dc.toks[n].low] {
						venueEnd = n + 1
					} else {
						j++
					}
				}
			}
			break
		}
		if venueEnd > j {
			c := &cand{a: i, b: venueEnd, typ: kg.Place, name: clean(dc.text(i, j)), prio: 4, aliases: []string{clean(dc.text(i, venueEnd))}}
			if dc.add(c) {
				i = venueEnd - 1
				continue
			}
		}
		if j == i+1 && personSurname(dc, t.text) {
			continue // "Vlahov": a person named before, marked later by surname
		}
		// "Managing Director of AFM Cluster": the name is what the role is of
		for k := i + 1; k < j-1; k++ {
			if dc.toks[k].low == "of" && roleNouns[dc.toks[k-1].stem] {
				i = k + 1
				t = &dc.toks[i]
				break
			}
		}
		// "Automotive Cluster Slovenia and ICT Cluster Romania" are two names
		for k := i + 1; k < j-1; k++ {
			// (one word before "and" modifies the head after it: "the
			// Festival and Congress Centre")
			if dc.toks[k].low == "and" && k > i+1 && hasLatinHead(dc, i, k) && hasLatinHead(dc, k+1, j) {
				j = k
				break
			}
		}
		// "at the Festival and Congress Centre in Varna", "at the Congress
		// Hall": capitalised common nouns ending in a venue's head, where an
		// event is held, name the venue
		if j-i >= 2 && allHeadsOrCommon(dc, i, j) && dc.toks[j-1].cap && venueAt(dc, s, i, dc.toks[j-1].low) {
			if dc.add(&cand{a: i, b: j, typ: kg.Place, name: clean(dc.text(i, j)), prio: 4}) {
				i = j - 1
				continue
			}
		}
		// a bare head noun ("Cluster managers meet") or one capitalised word
		// opening a sentence is no name
		if allHeadsOrCommon(dc, i, j) || j-i == 1 && i == s.a && !t.allCaps && upperCount(t.text) < 2 || j-i == 1 && demonym(t.low) || j-i >= 2 && !dc.toks[j-1].cap && demonymsOnly(dc, i, j-1) && !isEventHead(dc, j-1) {
			i = j - 1
			continue
		}
		// "Winners of the X Challenge announced": a headline opens with
		// what it tells of the event named after "of the"
		if i == s.a && isEventHead(dc, j-1) {
			for k := i + 1; k+1 < j; k++ {
				if dc.toks[k].low != "of" || hasLatinHead(dc, i, k) {
					continue
				}
				if k+2 < j && dc.toks[k+1].low == "the" {
					i = k + 2
				} else {
					i = k + 1
				}
				t = &dc.toks[i]
				break
			}
		}
		c := &cand{a: i, b: j, name: clean(dc.text(i, j)), prio: 3}
		c.typ = latinType(dc, s, i, j)
		if c.typ == "" && i-1 >= s.a && dc.claimed[i-1] == nil && eventNounAnyNumber(&dc.toks[i-1]) {
			c.typ = kg.Event // "в двустранните срещи Beauty Match 2025", "the meetings Danube Days"
		}
		if c.typ == "" && j-i >= 2 && dc.toks[j-1].digit && isYear(dc.toks[j-1].text) && eventNounBefore(dc, s, i) {
			c.typ = kg.Event // "в изложението за храни и напитки Gusto Sud 2025": the description's event
		}
		if c.typ == "" && knownOpen == i {
			c.typ = kg.Organization // a body of the organisation its acronym names
		}
		if c.typ == "" && j+1 < s.b && dc.toks[j].dash() && basedWord(dc.toks[j+1].low) {
			c.typ, c.prio = kg.Place, 2 // "Gdynia-based": where something is based
		}
		if c.typ == "" && j-i >= 2 && (bodyWordsEN[dc.toks[j-1].low] || i-2 >= s.a && dc.toks[i-2].dash() && basedWord(dc.toks[i-1].low)) {
			c.typ, c.prio = kg.Organization, 2 // "Nordhavn Shipyards", "Gdynia-based Orbix Marine": a body
		}
		if c.typ == "" && townBeforeCountry(dc, s, i, j) {
			c.typ = kg.Place // "in Prato, Italy"
		}
		if c.typ == "" && j == i+1 && i-1 > s.a && dc.toks[i-1].low == "in" && !t.allCaps && (j >= s.b || !dc.toks[j].isWord() || dc.toks[j].low == "and" || dc.toks[j].low == "on") {
			c.typ, c.prio = kg.Place, 2 // "visited the plant in Derio": an English town
		}
		if c.typ == "" && j+1 < s.b && dc.toks[j].latin && !dc.toks[j].cap && !dc.toks[j].stop && !latinConnectors[dc.toks[j].low] && dc.toks[j+1].latin && !dc.toks[j+1].cap && dc.claimed[j] == nil && dc.claimed[j+1] == nil {
			// "the Tecnalia research centre": a lower-case head after one
			// modifier types the name before it
			if h, ok := heads[dc.toks[j+1].low]; ok && orgLike(h.typ) {
				c.typ, c.b = h.typ, j+2
				c.aliases = []string{clean(dc.text(i, j+2))}
			}
		}
		if c.typ == "" && orgContext(dc, s, i, j) {
			// "Representatives of Maritsa Knitwear", "Ivan Petrov of
			// Medisys", "the hospital chain Acibadem City Clinic",
			// "NeuroLab, a spin-off of ...": the context says a body
			c.typ, c.prio = kg.Organization, 2
		}
		if c.typ == "" {
			c.weak = true
			c.typ = kg.Organization
			c.prio = 1
		}
		if c.typ == kg.Event {
			// "the 7th Danube Cluster Summit": the edition's ordinal is
			// part of its name
			if i-1 >= s.a && dc.claimed[i-1] == nil && englishOrdinal(dc.toks[i-1].low) {
				c.a = i - 1
				c.name = clean(dc.text(i-1, j))
			}
			c.evHead = "event"
			// "Technomania 2026 fair": the kind the name ends with, so that
			// "the fair" refers to it
			for k := j - 1; k > i; k-- {
				if dc.toks[k].digit {
					continue
				}
				if h, ok := headAt(dc, k); ok && h.typ == kg.Event {
					c.evHead = h.base
				}
				break
			}
		}
		if c.typ == kg.Organization && !c.weak && venueAt(dc, s, i, dc.toks[j-1].low) {
			c.typ = kg.Place // "at the Burgas Expo Centre"
		}
		c.gazFrom(x)
		dc.add(c)
		i = j - 1
	}
}

// partnershipProjects reads a project named after its kind ("the European
// Strategic Cluster Partnership ECO-BUILD Alliance", "the cooperation
// partnership GREENLINK"): the capitalised words after the kind are the
// project's name, whatever head they end with; the whole phrase is an
// alias. A quoted name after the kind is read with the quoted names.
func partnershipProjects(dc *docCtx, s sentence) {
	for k := s.a + 1; k+1 < s.b; k++ {
		if !projectPartnership(dc, k) || dc.claimed[k] != nil {
			continue
		}
		j := k + 1
		for j < s.b && dc.claimed[j] == nil && dc.toks[j].isWord() && dc.toks[j].latin && (dc.toks[j].cap || dc.toks[j].allCaps || dc.toks[j].digit) && !dc.toks[j].nonName {
			j++
		}
		if j == k+1 {
			continue
		}
		a := k - 1
		for a-1 >= s.a && dc.claimed[a-1] == nil && dc.toks[a-1].isWord() && dc.toks[a-1].latin && dc.toks[a-1].cap && !dc.toks[a-1].nonName {
			a--
		}
		if !dc.toks[a].cap {
			a = k + 1
		}
		dc.add(&cand{a: a, b: j, typ: kg.Project, name: clean(dc.text(k+1, j)), prio: 6, aliases: []string{clean(dc.text(a, j))}})
		k = j - 1
	}
}

// describedBefore is the type of the lower-case Bulgarian head noun whose
// phrase ends right before a Latin name at a: the head, its complement of
// lower-case words joined by "на", "за", "по", "в" or "и", and no verb,
// capital or punctuation between ("асоциация на производителите на
// опаковки X", "клъстер за мебели и дизайн X"); "" when there is none.
// Only bodies: events, places, programmes and projects are left to their
// own readings.
func describedBefore(dc *docCtx, s sentence, a int) kg.EntityType {
	for k := a - 1; k >= s.a && a-k <= 8; k-- {
		t := &dc.toks[k]
		if !t.isWord() || t.cap || t.allCaps || t.latin || t.digit || dc.claimed[k] != nil || looksVerbStrict(t.low) {
			return ""
		}
		if h, ok := headAt(dc, k); ok {
			if !orgLike(h.typ) || weakHeads[t.stem] {
				return "" // programmes and projects have their codes and names read otherwise
			}
			return h.typ
		}
		if t.stop && t.low != "на" && t.low != "за" && t.low != "по" && t.low != "и" && t.low != "в" {
			return ""
		}
	}
	return ""
}

// occasionAt reports "по случай" / "on the occasion of" at r: what an
// event marks, no part of its name ("тържествено събитие по случай 10
// години от създаването").
func occasionAt(dc *docCtx, r int) bool {
	return r+1 < len(dc.toks) && (dc.toks[r].low == "по" && dc.toks[r+1].low == "случай" ||
		dc.toks[r].low == "on" && r+2 < len(dc.toks) && dc.toks[r+1].low == "the" && dc.toks[r+2].low == "occasion")
}

// enFinite are English finite verbs and auxiliaries that open a clause's
// predicate right after a subject phrase.
var enFinite = setOf("was", "were", "is", "are", "will", "would", "has", "have", "had", "takes", "take", "brought", "attracted", "began", "started", "opened", "ended", "focused", "featured")

// projectPartnership reports the noun "partnership" at token k naming a
// kind of funded project: a cooperation partnership (Erasmus+), a
// (strategic) cluster partnership (Euroclusters, ESCP). Other
// partnerships ("Clean Hydrogen Partnership") are bodies or programmes.
func projectPartnership(dc *docCtx, k int) bool {
	t := &dc.toks[k]
	if !t.isWord() || !t.latin || t.low != "partnership" && t.low != "partnerships" || k == 0 {
		return false
	}
	switch dc.toks[k-1].low {
	case "cooperation", "co-operation", "cluster", "strategic", "small-scale", "innovation":
		return true
	}
	return false
}

// eventNounAnyNumber reports an event noun in the singular or the plural,
// articled or not ("срещите", "конференции", "изложения", "meetings"):
// the plural is taken back to its singular and looked up among the heads,
// so every event kind is read without a list of its forms.
func eventNounAnyNumber(t *token) bool {
	return eventKindAnyNumber(t) != ""
}

// eventKindAnyNumber is the dictionary form of the event noun at t, in
// either number, or "".
func eventKindAnyNumber(t *token) string {
	if !t.isWord() || t.digit || t.cap {
		return ""
	}
	if h := t.head; h != nil && !t.latin {
		return h.eventBase() // an English head may be a verb ("visit Bosch")
	}
	low := t.low
	var singulars []string
	if t.latin {
		if strings.HasSuffix(low, "s") && low != "visits" {
			singulars = append(singulars, strings.TrimSuffix(low, "s"))
		}
	} else {
		for _, art := range []string{"те", ""} {
			w, ok := strings.CutSuffix(low, art)
			if !ok || w == "" {
				continue
			}
			if b, ok := strings.CutSuffix(w, "и"); ok {
				singulars = append(singulars, b, b+"а", b+"я") // семинари, срещи, конференции
			}
			if b, ok := strings.CutSuffix(w, "ия"); ok {
				singulars = append(singulars, b+"ие") // изложения, обучения
			}
		}
	}
	for _, w := range singulars {
		if h, ok := heads[resolve.Stem(w)]; ok && h.typ == kg.Event && h.base == w {
			return w
		}
	}
	return ""
}

// englishOrdinal reports a numeral ordinal ("7th", "21st", "2nd", "3rd").
func englishOrdinal(low string) bool {
	n := len(low)
	if n < 3 || low[0] < '1' || low[0] > '9' {
		return false
	}
	for k := 1; k < n-2; k++ {
		if low[k] < '0' || low[k] > '9' {
			return false
		}
	}
	switch low[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// venueAfterKind are the words that make an event's kind the name of a
// venue: "exhibition centre", "congress hall", "fair grounds".
var venueAfterKind = setOf("centre", "center", "hall", "grounds", "venue", "complex", "arena")

// townBeforeCountry reports an unknown name [a, b) after "in"/"в" and
// before ", <country>": a town written with its country ("in Prato,
// Italy", "в Сабадел, Испания").
func townBeforeCountry(dc *docCtx, s sentence, a, b int) bool {
	if a-1 < s.a || b+1 >= s.b || !dc.toks[b].is(",") {
		return false
	}
	if p := dc.toks[a-1].low; p != "in" && p != "в" && p != "във" && p != "from" && p != "от" {
		return false // "from Trabzon, Türkiye" is a town too
	}
	c := dc.claimed[b+1]
	return c != nil && c.typ == kg.Place && c.gaz != nil && c.a == b+1 && gazCountry(c.gaz)
}

// andJoins reports whether the "and" at token j joins the Latin run [i, j)
// and the capitalised words from k into one name: only when a head noun
// follows ("Research and Innovation Foundation") or the run has a
// complement ("Chamber of Commerce and Industry"); otherwise two names are
// listed ("Orbix and Nordlys").
func andJoins(dc *docCtx, s sentence, i, j, k int) bool {
	m := k
	for m < s.b && m-k < 5 && dc.toks[m].isWord() && dc.toks[m].latin && (dc.toks[m].cap || dc.toks[m].allCaps) {
		m++
	}
	if hasLatinHead(dc, k, m) {
		return true
	}
	for q := i; q < j; q++ {
		if l := dc.toks[q].low; l == "of" || l == "for" {
			return true
		}
	}
	return false
}

// slugLike reports a file name or URL slug ("Sreshta-Cluster-2015-02-16-04-p"),
// which names nothing.
func slugLike(s string) bool {
	return strings.Count(s, "-") >= 3 || strings.ContainsAny(s, "_/") || strings.Count(s, "-") >= 2 && strings.ContainsAny(s, "0123456789")
}

// hasLatinHead reports an English head noun among tokens [a, b).
func hasLatinHead(dc *docCtx, a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := heads[dc.toks[k].low]; ok && dc.toks[k].latin {
			return true
		}
	}
	return false
}

// allHeadsOrCommon reports a run made only of head nouns and common words.
func allHeadsOrCommon(dc *docCtx, a, b int) bool {
	for k := a; k < b; k++ {
		t := &dc.toks[k]
		if !t.isWord() {
			continue
		}
		if _, ok := heads[t.low]; ok {
			continue
		}
		if t.nonName || latinConnectors[t.low] {
			continue
		}
		return false
	}
	return true
}

// latinType types a Latin name by its own English head word or by the
// Bulgarian apposition that follows it.
func latinType(dc *docCtx, s sentence, a, b int) kg.EntityType {
	// "in Prato, Italy": a town written with its country
	if b-a <= 2 && a > s.a && (dc.toks[a-1].low == "in" || dc.toks[a-1].low == "to") && b+1 < s.b && dc.toks[b].is(",") {
		if c := dc.claimed[b+1]; c != nil && c.typ == kg.Place && c.gaz != nil && c.a == b+1 && gazCountry(c.gaz) {
			return kg.Place
		}
	}
	last := b - 1
	for last > a && dc.toks[last].digit {
		last-- // "Smart Energy Days 2021"
	}
	if exhibitionCentre(dc, a, last) {
		return kg.Place // "Bilbao Exhibition Centre", "Sofia Congress Centre"
	}
	if h, ok := heads[dc.toks[last].low]; ok && dc.toks[last].latin && last > a {
		return h.typ // "Bulgarian Cluster Association" is an association
	}
	if last > a && companyWord(dc.toks[last].low) {
		return kg.Organization // "Orbitek Systems", "NetShield Labs"
	}
	for k := a; k < b; k++ {
		if l := dc.toks[k].low; strings.Contains(l, "cluster") || strings.Contains(l, "clúster") || strings.Contains(l, "klaster") || k == a && l == "pôle" {
			return kg.Cluster
		}
	}
	for k := b - 1; k >= a; k-- {
		if h, ok := heads[dc.toks[k].low]; ok && dc.toks[k].latin && (k == b-1 || k == a) {
			return h.typ
		}
	}
	// "Fraunhofer-Institut für ...", "Max-Planck-Gesellschaft": a foreign
	// head joined by a hyphen to the name before it types the run
	if t := &dc.toks[a]; t.latin && b-a >= 2 {
		if i := strings.LastIndexByte(t.low, '-'); i > 0 {
			if h, ok := heads[t.low[i+1:]]; ok && orgLike(h.typ) {
				return h.typ
			}
		}
	}
	// apposition before: "проекта за клъстерно коопериране в Югоизточна
	// Европа – BLUE NET"
	if a-1 > s.a && dc.toks[a-1].dash() {
		for k := a - 2; k >= s.a && k >= a-12; k-- {
			if dc.toks[k].dash() || dc.toks[k].is(",") || dc.toks[k].is(".") {
				break
			}
			if h, ok := headAt(dc, k); ok && !dc.toks[k].latin && !dc.toks[k].cap && h.typ != kg.Place && h.typ != kg.Event {
				return h.typ
			}
		}
	}
	// "испанската асоциация на производителите на опаковки ANEPAC",
	// "италианският клъстер за мебели и дизайн X": a lower-case Bulgarian
	// description with a complement of its own before the name types it
	if t := describedBefore(dc, s, a); t != "" && !(b < s.b && eventNounAnyNumber(&dc.toks[b])) {
		return t
	}
	// "SIAL Paris 2026, one of the largest food fairs in the world": one of
	// a kind of events
	if b+3 < s.b && dc.toks[b].is(",") && dc.toks[b+1].low == "one" && dc.toks[b+2].low == "of" {
		for k := b + 3; k < s.b && k-b < 10; k++ {
			t := &dc.toks[k]
			if !t.isWord() || t.cap {
				break
			}
			if h, ok := heads[strings.TrimSuffix(t.low, "s")]; ok && strings.HasSuffix(t.low, "s") && h.typ == kg.Event {
				return kg.Event
			}
		}
	}
	// English apposition: "AQUALOOP, a four-year Horizon Europe project"
	if b+1 < s.b && dc.toks[b].is(",") && (dc.toks[b+1].low == "a" || dc.toks[b+1].low == "an" || dc.toks[b+1].low == "the") {
		for k := b + 2; k < s.b && k-b < 9; k++ {
			t := &dc.toks[k]
			if c := dc.claimed[k]; c != nil && c.typ == kg.Programme && c.a == k {
				k = c.b - 1 // "an Erasmus+ cooperation partnership"
				continue
			}
			if !t.isWord() && !t.is("-") {
				break
			}
			if h, ok := heads[t.low]; ok && t.latin && !t.cap && h.typ != kg.Event && h.typ != kg.Place {
				return h.typ
			}
			if projectPartnership(dc, k) {
				return kg.Project // "BLUEPORT, an Erasmus+ cooperation partnership"
			}
			if t.stop {
				break
			}
		}
	}
	if fundedAfter(dc, s, b) {
		return kg.Project // "SunBridge по програма „X“", "MedLink, funded under Y"
	}
	// apposition: "X е проект", "X – клъстер", "X- варненска компания", ", компания"
	j := b
	for j < s.b && j-b < 4 {
		t := &dc.toks[j]
		if t.dash() || t.is(",") || t.low == "е" || t.low == "бе" || (t.isWord() && adjLike(t.low) && !t.cap && !t.stop) {
			if h, ok := headAt(dc, j); ok && t.isWord() && h.typ != kg.Event && h.typ != kg.Place {
				return h.typ
			}
			j++
			continue
		}
		if h, ok := headAt(dc, j); ok && h.typ != kg.Event && h.typ != kg.Place {
			return h.typ
		}
		break
	}
	return ""
}

// possessive reports an English possessive word ("Commission's", "BWC’s").
func possessive(low string) bool {
	return len(low) > 3 && (strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s"))
}

// stripPossessive takes an English possessive ending off a name.
func stripPossessive(name string) string {
	if possessive(strings.ToLower(name)) {
		return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	}
	return name
}

// possessors reads the body a unit is written as belonging to with an
// English possessive ("the European Commission's Directorate-General for
// X", "Ruse University's Faculty of Transport", "the Gorna Institute's
// Laboratory of Optics"): the capitalised words before the unit, up to
// the possessive ending, name a body of their own (typed by their head,
// by the reference lists, else an organisation).
func (x *Rules) possessors(dc *docCtx, s sentence) {
	for k := s.a; k+1 < s.b; k++ {
		t := &dc.toks[k]
		if !t.isWord() || !t.latin || !t.cap || !possessive(t.low) || dc.claimed[k] != nil {
			continue
		}
		u := dc.claimed[k+1]
		if u == nil || u.a != k+1 || !orgLike(u.typ) || u.weak {
			continue
		}
		a := k
		for a-1 >= s.a && a > k-5 {
			p := &dc.toks[a-1]
			if !p.isWord() || !p.latin || !(p.cap || p.allCaps || latinConnectors[p.low] && a-2 >= s.a && dc.toks[a-2].cap) || p.nonName && !latinConnectors[p.low] {
				break
			}
			if c := dc.claimed[a-1]; c != nil && !(c.typ == kg.Place && c.gaz != nil && c.b == a) {
				break
			}
			a--
		}
		for a < k && latinConnectors[dc.toks[a].low] {
			a++
		}
		c := &cand{a: a, b: k + 1, typ: kg.Organization, name: stripPossessive(clean(dc.text(a, k+1))), prio: 4}
		if h, ok := heads[resolve.Stem(stripPossessive(t.low))]; ok && orgLike(h.typ) {
			c.typ = h.typ
		}
		c.gazFrom(x)
		if a == k && c.gaz == nil && !headWord(stripPossessive(t.low)) {
			continue // "Maria's": one word no list or head makes a body
		}
		dc.releasePlacesIn(a, k+1)
		dc.add(c)
	}
}

// headWord reports a word that is a head noun.
func headWord(low string) bool {
	_, ok := heads[resolve.Stem(low)]
	return ok
}

// fundedWords are the participles that say a project is paid by what
// follows ("X, финансиран по ...", "X, funded under ...").
var fundedWords = setOf("финансиран", "финансирана", "финансирано", "съфинансиран", "съфинансирана", "изпълняван",
	"изпълнявана", "funded", "financed", "co-funded", "cofunded", "co-financed", "supported")

// fundedAfter reports that a name ending before token b is said to run
// under a programme: "по програма „X“", "по Interreg MED", ", финансиран
// от Хоризонт Европа", ", funded under the Y Programme". Only a project is paid by a programme in these words, so an
// otherwise untyped name before them is one.
func fundedAfter(dc *docCtx, s sentence, b int) bool {
	k := b
	participle := false
	if k+1 < s.b && dc.toks[k].is(",") && fundedWords[dc.toks[k+1].low] {
		k += 2
		participle = true
	} else if k < s.b && fundedWords[dc.toks[k].low] {
		k++
		participle = true
	}
	if k >= s.b {
		return false
	}
	switch p := dc.toks[k].low; {
	case p == "по":
	case participle && (p == "от" || p == "under" || p == "by" || p == "through"):
	default:
		return false
	}
	k++
	if k < s.b && (dc.toks[k].low == "the" || dc.toks[k].low == "програма" || dc.toks[k].low == "програмата") {
		if dc.claimed[k] != nil && dc.claimed[k].typ == kg.Programme {
			return true // "по Програма „X“" read with its head
		}
		k++
	}
	return programmeAt(dc, s, k) != nil
}

// programmeAt is the programme candidate that begins at token k (past an
// opening quote), or nil.
func programmeAt(dc *docCtx, s sentence, k int) *cand {
	if k < s.b && dc.toks[k].quote() && dc.claimed[k] == nil {
		k++
	}
	if k >= s.b {
		return nil
	}
	if c := dc.claimed[k]; c != nil && c.typ == kg.Programme && !c.weak {
		return c
	}
	return nil
}

// clusterNetwork reports a network, alliance or platform of clusters
// ("European Network of Space Clusters", "Bulgarian Cluster Network",
// "Клъстерна мрежа България"): by the annotation rules an association.
func clusterNetwork(name string) bool {
	low := resolve.Lower(name)
	if !strings.Contains(low, "cluster") && !strings.Contains(low, "клъстер") {
		return false
	}
	for _, w := range []string{"network", "мрежа", "alliance", "алианс", "platform", "платформа", "federation", "федерация"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// genericAcronyms are capital abbreviations of common nouns, not names.
var genericAcronyms = setOf("МСП", "УС", "ОС", "ДА", "ИТ", "ИКТ", "НПО", "ДДС", "БВП", "ЕИО", "НИРД", "ЮЛНЦ", "ПР",
	"ВЕИ", "ЕЕ", "ИИ", "AI", "ICT", "SME", "SMEs", "R&D", "IT", "CEO", "PR", "EU", "ОП", "ПМС", "РМС", "ЗМСП", "ЗЗД", "ЗОП",
	"ЕИК", "БУЛСТАТ", "ЕГН", "ДВ", "ЕСИФ", "КС", "ОВОС", "ТЕЦ", "АЕЦ", "ВИ", "ЕТ", "ООД", "ЕООД", "АД", "ЕАД", "КД", "СД",
	"COVID", "КОВИД", "NB", "PS", "FAQ", "URL", "PDF", "Q&A", "ИСО", "ISO", "ЕВРО", "EUR", "USD", "ЛВ", "БГН", "BGN")

// capsAcronyms reads unknown Cyrillic capital abbreviations (ЧЕК, КЗГ) as
// weak organisations: an acronym defined elsewhere in the call, or a role
// "на ЧЕК", makes them real.
func (x *Rules) capsAcronyms(dc *docCtx, s sentence) {
	for i := s.a; i < s.b; i++ {
		t := &dc.toks[i]
		if !t.isWord() || !t.allCaps || t.latin || dc.claimed[i] != nil || genericAcronyms[t.text] {
			continue
		}
		n := len([]rune(t.text))
		if n < 2 || n > 8 {
			continue
		}
		dc.add(&cand{a: i, b: i + 1, typ: kg.Organization, name: t.text, prio: 1, weak: true})
	}
}

// acronymDefinitions reads "Name (ACR)": the acronym becomes a property and
// an alias of the name, and its token a mention of the same entity.
func (x *Rules) acronymDefinitions(dc *docCtx) {
	// "АБК (Асоциация на бизнес клъстерите)": the acronym first
	for _, c := range append([]*cand(nil), dc.cands...) {
		if c.ref != nil || c.b-c.a != 1 || !dc.toks[c.a].allCaps || c.b+1 >= len(dc.toks) || !dc.toks[c.b].is("(") {
			continue
		}
		d := dc.claimed[c.b+1]
		if d == nil || d == c || d.weak || d.a != c.b+1 || d.b >= len(dc.toks) || !dc.toks[d.b].is(")") || !strings.Contains(d.name, " ") {
			continue
		}
		if !orgLike(d.typ) && d.typ != kg.Programme && d.typ != kg.Project {
			continue
		}
		d.acronym = dc.toks[c.a].text
		dc.release(c)
		dc.add(&cand{a: c.a, b: c.b, typ: d.typ, name: d.acronym, prio: d.prio, ref: d})
	}
	for _, c := range append([]*cand(nil), dc.cands...) {
		if c.ref != nil || c.typ == kg.Person || c.typ == kg.Place || c.weak {
			continue
		}
		i := c.b
		// "ClusterFY (Clusters for You)": a spelled-out name of a short name
		if i+2 < len(dc.toks) && dc.toks[i].is("(") && !strings.Contains(c.name, " ") {
			if d := dc.claimed[i+1]; d != nil && d != c && d.a == i+1 && d.b < len(dc.toks) && dc.toks[d.b].is(")") && d.b-d.a >= 2 && d.typ != kg.Place && d.typ != kg.Person {
				dc.release(d)
				c.aliases = append(c.aliases, d.name)
				dc.add(&cand{a: d.a, b: d.b, typ: c.typ, name: d.name, prio: c.prio, ref: c})
				continue
			}
		}
		if i+2 >= len(dc.toks) || !dc.toks[i].is("(") || !dc.toks[i+2].is(")") {
			continue
		}
		t := &dc.toks[i+1]
		if !t.isWord() || !(t.allCaps || (t.cap && upperCount(t.text) >= 2)) || genericAcronyms[t.text] || len([]rune(t.text)) > 12 {
			continue
		}
		if old := dc.claimed[i+1]; old != nil {
			if !old.weak && old.gaz == nil {
				continue
			}
			dc.release(old)
		}
		c.acronym = t.text
		dc.add(&cand{a: i + 1, b: i + 2, typ: c.typ, name: t.text, prio: c.prio, ref: c})
	}
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'А' && r <= 'Я' {
			n++
		}
	}
	return n
}

// acronymSpellsPlace reports a name's acronym in parentheses right after
// the place p that ends with the place's initials and starts with the
// name's: "Асоциация на бизнес клъстерите в Югоизточна Европа (АБКЮЕ)" is
// one name, the region included.
func acronymSpellsPlace(dc *docCtx, s sentence, a int, p *cand) bool {
	if p.b+2 >= s.b || !dc.toks[p.b].is("(") || !dc.toks[p.b+2].is(")") || !dc.toks[p.b+1].allCaps {
		return false
	}
	acr := []rune(dc.toks[p.b+1].text)
	var ini []rune
	for k := p.a; k < p.b; k++ {
		if t := &dc.toks[k]; t.isWord() && t.cap {
			ini = append(ini, []rune(strings.ToUpper(t.text))[0])
		}
	}
	first := []rune(strings.ToUpper(dc.toks[a].text))
	if len(ini) == 0 || len(acr) <= len(ini) || len(first) == 0 || acr[0] != first[0] {
		return false
	}
	return string(acr[len(acr)-len(ini):]) == string(ini)
}

// orgDescriptors are English nouns that describe a company right before its
// name ("the hospital chain X") or in an apposition after it (", a spin-off
// of Y").
var orgDescriptors = setOf("chain", "company", "firm", "maker", "manufacturer", "producer", "start-up", "startup",
	"spin-off", "spinoff", "retailer", "operator", "developer", "supplier", "distributor", "integrator", "exporter",
	"processor", "brand", "group", "subsidiary", "consultancy", "agency", "winery", "dairy", "bakery", "mill", "plant",
	"factory", "laboratory", "lab", "clinic", "hospital", "enterprise", "business", "sme")

// bgOrgNouns are Bulgarian nouns for a company or its plant, written before
// its name or before "на" and its name ("фирмата X", "завода на X",
// "представители на X").
var bgOrgNouns = setOf("фирмата", "компанията", "дружеството", "веригата", "завода", "заводът", "фабриката",
	"предприятието", "производителя", "производителят", "стартъпа", "стартъпът", "представители", "представителите",
	"служители", "служителите", "управителя", "собственика", "основателя", "мандрата", "винарната", "изба", "избата")

// orgContext reports that the Latin words [i, j) are a body by what is
// written around them: "representatives of X", a person "of X", a
// describing noun before ("the hospital chain X") or an apposition after
// (", a spin-off of", ", a Plovdiv company").
func orgContext(dc *docCtx, s sentence, i, j int) bool {
	if i-2 >= s.a && (dc.toks[i-1].low == "of" || dc.toks[i-1].low == "на") {
		p := dc.toks[i-2].low
		if p == "representatives" || p == "representative" || p == "ceo" || p == "founder" || p == "co-founder" || p == "owner" || p == "employees" || p == "staff" ||
			orgDescriptors[p] || bgOrgNouns[p] {
			return true // "the plant of X", "завода на X", "представители на X"
		}
		if c := dc.claimed[i-2]; c != nil && c.typ == kg.Person && c.b == i-1 {
			return true // "Boris Velinov of Medisys"
		}
		if t := &dc.toks[i-2]; t.isWord() && !t.cap && roleNouns[t.stem] && dc.claimed[i-2] == nil {
			return true // "изпълнителен директор на Têxtil Circular Norte", "managing director of X"
		}
	}
	if i-1 > s.a && dc.toks[i-1].latin && !dc.toks[i-1].cap && orgDescriptors[dc.toks[i-1].low] && dc.claimed[i-1] == nil {
		return true
	}
	if i-1 > s.a && !dc.toks[i-1].cap && bgOrgNouns[dc.toks[i-1].low] && dc.claimed[i-1] == nil {
		return true // "фирмата X", "веригата X"
	}
	if j+2 < s.b && dc.toks[j].is(",") && (dc.toks[j+1].low == "a" || dc.toks[j+1].low == "an") {
		for k := j + 2; k < s.b && k <= j+4; k++ {
			if t := &dc.toks[k]; t.isWord() && orgDescriptors[t.low] {
				return true
			}
		}
	}
	return false
}

// exhibitionCentre reports a centre for fairs or congresses at head h with
// its modifiers from a ("Международен изложбен център", "Конгресен център",
// "Bilbao Exhibition Centre"): a venue, whatever the sentence tells.
func exhibitionCentre(dc *docCtx, a, h int) bool {
	if venueCompound(dc.toks[h].low) {
		return true // "Експоцентър"
	}
	switch dc.toks[h].low {
	case "център", "центърът", "центъра", "centre", "center":
	default:
		return false
	}
	for k := a; k < h; k++ {
		l := dc.toks[k].low
		if strings.HasPrefix(l, "изложб") || strings.HasPrefix(l, "конгрес") || strings.HasPrefix(l, "панаир") || strings.HasPrefix(l, "експо") ||
			l == "exhibition" || l == "congress" || l == "convention" || l == "expo" || l == "exposition" || l == "fair" || l == "trade" {
			return true
		}
	}
	return false
}
