package extract

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
)

// run is the state of one Extract call across its documents.
type run struct {
	x        *Rules
	docs     []*docCtx
	groups   []*group
	byKey    map[string]*group // name, alias and acronym keys → group
	rels     map[relKey]*kg.Relation
	relOrder []relKey
	// ownerKeys are the PARTNER_IN relations projectOwners read, which
	// settleOwners weighs against the rest of the document
	ownerKeys []relKey
}

// group is one resolved entity: the candidates that name it.
type group struct {
	typ       kg.EntityType
	key       string
	cands     []*cand
	names     map[string]int
	weakNames map[string]int // names from weak readings: used when no other
	aliases   map[string]bool
	acronym   string
	gaz       *gazEntry
	props     map[string]any
	weak      bool
	used      bool
	merged    *group // set when folded into another group
	scope     string // the document of an event only described, not named (see scopeDescribedEvents)
	first     int    // order of first appearance
}

func (g *group) final() *group {
	for i := 0; g.merged != nil && i < 16; i++ {
		g = g.merged
	}
	return g
}

// typeRank orders types when candidates of one name disagree: the more
// specific reading wins.
var typeRank = map[kg.EntityType]int{kg.Cluster: 8, kg.Association: 7, kg.Project: 6, kg.Programme: 6, kg.Event: 5,
	kg.Person: 4, kg.Place: 3, kg.Organization: 2}

func (r *run) newGroup(c *cand, key string) *group {
	g := &group{typ: c.typ, key: key, names: map[string]int{}, weakNames: map[string]int{}, aliases: map[string]bool{}, props: map[string]any{}, weak: c.weak, first: len(r.groups)}
	r.groups = append(r.groups, g)
	return g
}

func (g *group) addCand(c *cand) {
	c.group = g
	g.cands = append(g.cands, c)
	if c.ref == nil && !c.descr {
		if c.weak {
			g.weakNames[c.name]++
		} else {
			g.names[c.name]++
		}
	}
	for _, a := range c.aliases {
		g.aliases[a] = true
	}
	if c.acronym != "" && g.acronym == "" {
		g.acronym = c.acronym
	}
	if c.gaz != nil && g.gaz == nil {
		g.gaz = c.gaz
	}
	for k, v := range c.props {
		if _, ok := g.props[k]; !ok {
			g.props[k] = v
		}
	}
	if !c.weak {
		if g.weak || typeRank[c.typ] > typeRank[g.typ] && c.prio >= 3 {
			g.typ = c.typ
		}
		g.weak = false
	}
}

// inDoc reports a candidate of the group in document doc.
func (g *group) inDoc(doc int) bool {
	for _, c := range g.cands {
		if c.doc == doc {
			return true
		}
	}
	return false
}

// entKey is the resolution key of a candidate: the gazetteer entry's name
// when it is one, its own name otherwise.
func (r *run) entKey(c *cand) string {
	if c.gaz != nil {
		return nameKey(c.gaz.name)
	}
	return nameKey(c.name)
}

// group resolves candidates into entities: by key, then acronyms and
// aliases, then spelling slips between names of one type.
func (r *run) group() {
	r.byKey = map[string]*group{}
	var all []*cand
	for _, dc := range r.docs {
		all = append(all, dc.cands...)
	}
	for _, c := range all {
		if c.typ == kg.Project && c.gaz == nil && c.ref == nil {
			subtitledProject(c)
		}
	}
	var inits map[initKey]*group // built after the strong pass, on first need
	// strong names first, so that weak and repeated mentions find them
	for pass := 0; pass < 2; pass++ {
		for _, c := range all {
			if c.ref != nil || c.descr || (c.weak != (pass == 1)) {
				continue
			}
			k := r.entKey(c)
			if k == "" {
				continue
			}
			g := r.lookup(k, c.typ)
			if g == nil && orgLike(c.typ) && c.gaz == nil {
				// "The ECO-BUILD Alliance is a member of ...": a name its head
				// noun types as a body is the project the same document
				// already named so from its frame
				if o := r.byKey[k]; o != nil {
					if o = o.final(); o.typ == kg.Project && o.inDoc(c.doc) {
						g, c.typ = o, kg.Project
					}
				}
			}
			if g == nil && c.weak {
				// a weak reading has no type of its own: any entity of that name
				if o := r.byKey[k]; o != nil {
					g = o.final()
				}
			}
			if g == nil && c.weak && c.b-c.a == 1 {
				// an undefined acronym that spells the initials of an
				// organisation the same document names ("ККИ" after
				// "Клъстерът за кръгова икономика")
				if inits == nil {
					inits = r.initialsIndex(all)
				}
				if o := inits[initKey{c.doc, c.name}]; o != nil {
					g = o.final()
					if g.acronym == "" {
						g.acronym = c.name
					}
				}
			}
			if g == nil {
				g = r.newGroup(c, k)
				r.byKey[k] = g
			}
			g.addCand(c)
			if pass == 0 {
				r.index(g, c)
			}
		}
	}
	for _, c := range all {
		if c.ref != nil && c.group == nil {
			if root := c.root(); root.group != nil {
				root.group.final().addCand(c)
			}
		}
	}
	r.mergeSlips()
	r.mergeSurnames()
	r.mergeAliases()
	r.mergeDescribedClusters()
	r.mergeShortClusters()
	r.mergeProjectSubtitles()
	r.clusterSdruzhenia()
	r.mergeEditions()
}

// subtitledProject names a project written as a short name and a subtitle
// ("MedWellness – устойчив уелнес туризъм в ...", "RIS-Connect: Регионални
// екосистеми за ...") by the short name, as its other mentions and the
// annotators do; the whole and the subtitle stay aliases.
func subtitledProject(c *cand) {
	name := c.name
	i, sep := -1, 0
	for _, d := range []string{" – ", " — ", " - ", ": "} {
		if j := strings.Index(name, d); j > 0 && (i < 0 || j < i) {
			i, sep = j, len(d)
		}
	}
	if i < 0 {
		return
	}
	short, rest := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+sep:])
	sw, rw := strings.Fields(short), strings.Fields(rest)
	if len(sw) == 0 || len(rw) < 2 {
		return
	}
	// the short name is one word, or two Latin words ("Green Bridge"); the
	// subtitle describes (a lower-case word in it)
	latin := func(w string) bool {
		return strings.IndexFunc(w, func(r rune) bool { return r >= 'A' && r <= 'z' }) >= 0
	}
	if len(sw) > 2 || len(sw) == 2 && !(latin(sw[0]) && latin(sw[1])) {
		return
	}
	if r := []rune(sw[0]); !unicode.IsUpper(r[0]) {
		return
	}
	lower := false
	for _, w := range rw[1:] {
		if r := []rune(w); unicode.IsLower(r[0]) {
			lower = true
		}
	}
	if !lower {
		return // "Interreg Румъния – България": two places, no subtitle
	}
	if gazData != nil && gazData.byKey[nameKey(short)] != nil {
		return // a known place or body before the dash
	}
	c.aliases = append(c.aliases, name, rest)
	c.name = short
}

// mergeEditions folds an event named without its year into the edition a
// document names with it ("Cyber Days" and "Cyber Days 2026", a headline
// and its body): the dated name is the event's name. A name whose
// editions of two years the document gives stays apart. A programme named
// without its period is likewise the one the document names with it
// ("Програма Interreg VI-A Румъния – България" and "... 2021–2027").
func (r *run) mergeEditions() {
	type docKey struct {
		doc int
		key string
	}
	editions := map[docKey]*group{}
	var plain []docKey
	var plainG []*group
	for _, g := range r.groups {
		if g.merged != nil || g.typ != kg.Event && g.typ != kg.Programme || g.weak || g.descr() {
			continue
		}
		ws := strings.Fields(g.key)
		base, dated := withoutEdition(ws, g.typ)
		var docs []int // in order, for a deterministic fold
		for _, c := range g.cands {
			if !slices.Contains(docs, c.doc) {
				docs = append(docs, c.doc)
			}
		}
		slices.Sort(docs)
		for _, d := range docs {
			if dated {
				k := docKey{d, string(g.typ) + " " + base}
				if o, seen := editions[k]; seen && o != g {
					editions[k] = nil // two editions: ambiguous
				} else {
					editions[k] = g
				}
			} else {
				plain = append(plain, docKey{d, string(g.typ) + " " + g.key})
				plainG = append(plainG, g)
			}
		}
	}
	for i, k := range plain {
		into := editions[k]
		from := plainG[i].final()
		if into == nil || into.final() == from {
			continue
		}
		r.foldNamed(from, into.final())
	}
	r.mergeShortEvents()
	r.mergeHeadlineEvents()
}

// mergeHeadlineEvents folds an event only the headline names, by its kind
// and a word or two ("European workshop", "Международен семинар"), into
// the one event of that kind the body names ("two-day workshop on circular
// fashion"): a headline names the news's event in short. Kinds that name
// nothing alone (ден, събитие, day, event) are left apart.
func (r *run) mergeHeadlineEvents() {
	evHead := func(g *group) string {
		for _, c := range g.cands {
			if c.evHead != "" && !weakHeads[resolve.Stem(c.evHead)] {
				return c.evHead
			}
		}
		// a Latin run ("European workshop") ends with its kind
		ws := strings.Fields(g.key)
		if len(ws) == 0 {
			return ""
		}
		if h, ok := heads[resolve.Stem(ws[len(ws)-1])]; ok && h.typ == kg.Event {
			return h.base
		}
		return ""
	}
	for d, dc := range r.docs {
		if len(dc.sents) == 0 {
			continue
		}
		title := dc.sents[dc.title]
		var evs []*group
		inTitle := map[*group]bool{}
		outside := map[*group]bool{}
		for _, c := range dc.cands {
			if c.group == nil {
				continue
			}
			g := c.group.final()
			if g.typ != kg.Event || g.weak {
				continue
			}
			if !inTitle[g] && !outside[g] {
				evs = append(evs, g)
			}
			if c.doc == d && c.a >= title.a && c.b <= title.b {
				inTitle[g] = true
			} else {
				outside[g] = true
			}
		}
		for _, short := range evs {
			if !inTitle[short] || outside[short] || short.merged != nil || strings.Count(short.key, " ") > 2 {
				continue
			}
			ws := strings.Fields(short.key)
			h := evHead(short)
			b2b := h == "b2b"
			if b2b && len(ws) > 0 {
				// "кани на B2B срещи" in the headline: meetings of the kind
				// of its noun ("двустранни срещи „X“" in the body)
				for _, c := range short.cands {
					if c.doc == d && c.a+1 < len(dc.toks) {
						if b := eventKindAnyNumber(&dc.toks[c.a+1]); b != "" {
							h = b
						}
					}
				}
			}
			if h == "" || len(ws) == 0 || weakHeads[resolve.Stem(h)] || !b2b && resolve.Stem(ws[len(ws)-1]) != resolve.Stem(h) {
				continue // a name with words after its kind is a name of its own
			}
			var into *group
			n := 0
			for _, o := range evs {
				if o != short && o.merged == nil && outside[o] && evHead(o) == h {
					into = o
					n++
				}
			}
			if n == 1 {
				r.foldNamed(short, into)
			}
		}
	}
}

// withoutEdition is a name's key words without the year of an event's
// edition or the period of a programme ("2021 2027", "2021-2027"), and
// whether there was one.
func withoutEdition(ws []string, typ kg.EntityType) (string, bool) {
	n := len(ws)
	if typ == kg.Event {
		if n >= 2 && isYear(ws[n-1]) {
			return strings.Join(ws[:n-1], " "), true
		}
		return "", false
	}
	switch {
	case n >= 3 && isYear(ws[n-1]) && isYear(ws[n-2]):
		return strings.Join(ws[:n-2], " "), true
	case n >= 2 && len(ws[n-1]) == 9 && isYear(ws[n-1][:4]) && isYear(ws[n-1][5:]):
		return strings.Join(ws[:n-1], " "), true
	}
	return "", false
}

// foldNamed folds from into into, whose name stays the name: from's names
// become aliases and give their votes to it.
func (r *run) foldNamed(from, into *group) {
	name := r.displayName(into)
	short := keysInt(from.names)
	r.fold(from, into)
	for _, n := range short {
		if n == name {
			continue
		}
		into.aliases[n] = true
		into.names[name] += into.names[n]
		delete(into.names, n)
	}
}

// mergeShortEvents folds an event named by the first words of a longer
// event name of the same document into it — a headline's "Национална
// конференция" is the body's "Националната конференция по кръгова
// икономика" — when exactly one such longer name is there. One word is
// too little to say which event.
func (r *run) mergeShortEvents() {
	r.mergeShortNames(kg.Event, func(g *group) bool { return !g.descr() })
}

// mergeShortClusters does the same for clusters (a headline's
// "Автомобилния клъстер" before "Стара Загора" it did not keep, the body's
// "Автомобилен клъстер Стара Загора"); "Клъстер" alone says nothing.
func (r *run) mergeShortClusters() {
	r.mergeShortNames(kg.Cluster, func(*group) bool { return true })
}

// mergeShortNames folds a group of type typ (that keep accepts) named by
// the first words, two or more, of exactly one longer name of the same
// type in the same document into that longer one.
func (r *run) mergeShortNames(typ kg.EntityType, keep func(*group) bool) {
	byDoc, docs := r.groupsByDoc(typ, keep)
	for _, d := range docs {
		gs := byDoc[d]
		for _, short := range gs {
			short = short.final()
			if strings.Count(short.key, " ") < 1 {
				continue
			}
			var into *group
			n := 0
			for _, long := range gs {
				long = long.final()
				if long != short && long != into && long.typ == typ && strings.HasPrefix(long.key, short.key+" ") {
					into = long
					n++
				}
			}
			if n == 1 {
				r.foldNamed(short, into)
			}
		}
	}
}

// groupsByDoc lists the unmerged, not weak groups of type typ that keep
// accepts (nil: all) by the documents they are mentioned in, with those
// documents in order.
func (r *run) groupsByDoc(typ kg.EntityType, keep func(*group) bool) (map[int][]*group, []int) {
	byDoc := map[int][]*group{}
	var docs []int
	for _, g := range r.groups {
		if g.merged != nil || g.typ != typ || g.weak || keep != nil && !keep(g) {
			continue
		}
		var seen []int
		for _, c := range g.cands {
			if slices.Contains(seen, c.doc) {
				continue
			}
			seen = append(seen, c.doc)
			if _, ok := byDoc[c.doc]; !ok {
				docs = append(docs, c.doc)
			}
			byDoc[c.doc] = append(byDoc[c.doc], g)
		}
	}
	slices.Sort(docs)
	return byDoc, docs
}

// mergeProjectSubtitles folds a project written with its subtitle after a
// dash or colon ("„X – устойчив туризъм в ...“", "X: Regional ecosystems")
// into the project the same document names by the short name alone (a
// headline's „X“): one project, the long form an alias. Only when exactly
// one short name fits.
func (r *run) mergeProjectSubtitles() {
	byDoc, docs := r.groupsByDoc(kg.Project, nil)
	for _, d := range docs {
		gs := byDoc[d]
		for _, long := range gs {
			long = long.final()
			var into *group
			n := 0
			for _, short := range gs {
				short = short.final()
				if short != long && short != into && subtitleOf(long, short) {
					into = short
					n++
				}
			}
			if n == 1 {
				r.foldNamed(long, into)
			}
		}
	}
}

// subtitleOf reports a name of long that is a name of short followed by a
// dash or a colon and more words.
func subtitleOf(long, short *group) bool {
	for ln := range long.names {
		for sn := range short.names {
			rest, ok := strings.CutPrefix(ln, sn)
			if !ok || len(rest) < 4 {
				continue
			}
			for _, sep := range []string{" – ", " - ", " — ", ": "} {
				if strings.HasPrefix(rest, sep) && strings.TrimSpace(rest[len(sep):]) != "" {
					return true
				}
			}
		}
	}
	return false
}

// describedWithComplement reports a described cluster with a complement
// ("клъстер за хранителни технологии").
func describedWithComplement(g *group) bool {
	for n := range g.names {
		for _, p := range []string{" за ", " по ", " на ", " в "} {
			if strings.Contains(n, p) {
				return true
			}
		}
	}
	return false
}

// clusterSdruzhenia types as a cluster the one association registered as
// "Сдружение „X“" in a document that speaks of a cluster ("клъстерът") but
// names no other: clusters are registered as сдружения.
func (r *run) clusterSdruzhenia() {
	for d, dc := range r.docs {
		var assoc []*group
		seen := map[*group]bool{}
		clusters := 0
		for _, c := range dc.cands {
			if c.group == nil {
				continue
			}
			g := c.group.final()
			if seen[g] || g.weak {
				continue
			}
			seen[g] = true
			switch {
			case g.typ == kg.Cluster:
				clusters++
			case g.typ == kg.Association && g.gaz == nil && sdruzhenie(g):
				assoc = append(assoc, g)
			}
		}
		if clusters > 0 || len(assoc) != 1 || !speaksOfCluster(r.docs[d]) {
			continue
		}
		assoc[0].typ = kg.Cluster
	}
}

// sdruzhenie reports a group written as "Сдружение X" with a name of its
// own; "Сдружение на дървообработващите фирми" (of its members, with a
// preposition) is a sector association.
func sdruzhenie(g *group) bool {
	for a := range g.aliases {
		l := resolve.Lower(a)
		rest, ok := strings.CutPrefix(l, "сдружение ")
		if !ok {
			rest, ok = strings.CutPrefix(l, "сдружението ")
		}
		if !ok {
			continue
		}
		if w, _, _ := strings.Cut(rest, " "); w == "на" || w == "за" || w == "по" || w == "от" {
			continue
		}
		return true
	}
	return false
}

// speaksOfCluster reports a lower-case "клъстер" word in the document.
func speaksOfCluster(dc *docCtx) bool {
	for i := range dc.toks {
		t := &dc.toks[i]
		if t.isWord() && !t.cap && strings.HasPrefix(t.low, "клъстер") && (t.low == "клъстерът" || t.low == "клъстера" || t.low == "клъстер") {
			return true
		}
	}
	return false
}

// mergeDescribedClusters folds a cluster a document only describes
// ("Габровски клъстер по електромобилност" in the headline) into the one
// cluster the same document names ("Клъстер „Е-Мобилност Габрово“"): the
// genre introduces a cluster both ways. With several named clusters the
// description goes to the one named first.
func (r *run) mergeDescribedClusters() {
	for d := range r.docs {
		var named, described []*group
		seen := map[*group]bool{}
		for _, c := range r.docs[d].cands {
			if c.group == nil || c.typ != kg.Cluster {
				continue
			}
			g := c.group.final()
			if seen[g] || g.typ != kg.Cluster || g.weak && !g.cands[0].descCl {
				continue // a weak reading, unless a description ("Клъстерът по ИКТ" opening a headline)
			}
			seen[g] = true
			desc := true
			for _, gc := range g.cands {
				if !gc.descCl && gc.ref == nil {
					desc = false
				}
			}
			if desc {
				described = append(described, g)
			} else {
				named = append(named, g)
			}
		}
		if len(named) == 0 || len(described) == 0 {
			continue
		}
		// with several named clusters, the description is of the one the
		// text names first: the subject of the news
		first := named[0]
		pos := func(g *group) int {
			p := -1
			for _, c := range g.cands {
				if c.doc == d && (p < 0 || c.a < p) {
					p = c.a
				}
			}
			return p
		}
		for _, g := range named[1:] {
			if pos(g) < pos(first) {
				first = g
			}
		}
		several := len(named) > 1
		all := named
		for _, g := range described {
			into := first
			if several {
				// "Автомобилния клъстер в Кърджали": the one named
				// cluster of the town the description gives
				if t := townNamed(all, describedTown(g)); t != nil {
					into = t
				} else if !describedWithComplement(g) {
					continue // "Български мебелен клъстер" may well be a name of its own
				}
			}
			for _, c := range g.cands {
				if c.ref == nil && !c.weak {
					into.aliases[c.name] = true
				}
			}
			names := g.names
			r.fold(g, into)
			for n, k := range names {
				if into.names[n] -= k; into.names[n] <= 0 {
					delete(into.names, n)
				}
			}
		}
	}
}

// mergeAliases folds an organisation into another whose written form (an
// alias: "Университет по X" of "Университет по X – Пловдив") is its name.
func (r *run) mergeAliases() {
	for _, g := range r.groups {
		if g.merged != nil || !orgLike(g.typ) {
			continue
		}
		for _, a := range keys(g.aliases) {
			o := r.byKey[nameKey(a)]
			if o == nil {
				continue
			}
			if o = o.final(); o != g.final() && orgLike(o.typ) && o.key == nameKey(a) {
				r.fold(o, g.final())
			}
		}
	}
}

// mergeSurnames folds a person named by a surname alone ("г-н Иванов") into
// the one person of the same documents whose full name ends with it.
func (r *run) mergeSurnames() {
	full := map[string][]*group{} // last-word key → persons with full names
	for _, g := range r.groups {
		if g.merged != nil || g.typ != kg.Person {
			continue
		}
		if ws := strings.Fields(g.key); len(ws) >= 2 {
			full[ws[len(ws)-1]] = append(full[ws[len(ws)-1]], g)
		}
	}
	for _, g := range r.groups {
		if g.merged != nil || g.typ != kg.Person || strings.Contains(g.key, " ") {
			continue
		}
		var match *group
		n := 0
		for _, f := range full[g.key] {
			if f = f.final(); f != match && sharesDoc(f, g) {
				match = f
				n++
			}
		}
		if n == 1 {
			r.fold(g, match)
		}
	}
}

func sharesDoc(a, b *group) bool {
	for _, x := range a.cands {
		for _, y := range b.cands {
			if x.doc == y.doc {
				return true
			}
		}
	}
	return false
}

// initKey is an acronym in one document.
type initKey struct {
	doc int
	acr string
}

// initialsIndex maps, per document, the initials of each organisation's
// multi-word name to its group; initials two organisations share map to
// nil, so an ambiguous acronym stays unresolved.
func (r *run) initialsIndex(all []*cand) map[initKey]*group {
	m := map[initKey]*group{}
	// The same names come back with every mention: spell each once.
	spelled := map[string][]string{}
	for _, c := range all {
		if c.weak || c.ref != nil || c.group == nil || !orgLike(c.typ) {
			continue
		}
		g := c.group.final()
		names := append([]string{c.name}, c.aliases...)
		for _, n := range names {
			as, ok := spelled[n]
			if !ok {
				as = initials(n)
				spelled[n] = as
			}
			for _, a := range as {
				k := initKey{c.doc, a}
				if o, seen := m[k]; seen && (o == nil || o.final() != g) {
					m[k] = nil
					continue
				}
				m[k] = g
			}
		}
	}
	return m
}

// initialFunctionWords are left out of an acronym ("Клъстер за кръгова
// икономика" → ККИ, "Association of Water Clusters" → AWC).
var initialFunctionWords = setOf("за", "на", "и", "в", "във", "по", "с", "със", "от", "към", "при",
	"of", "for", "and", "the", "in", "on", "de", "di", "del", "la", "le", "und", "für", "der", "&")

// orgHeadWords may be left out of an acronym: a text may write "ККИ" for
// "Клъстер за кръгова икономика" as well as "КИ" for "кръгова икономика".
var orgHeadWords = setOf("клъстер", "клъстерът", "клъстера", "асоциация", "асоциацията", "сдружение",
	"сдружението", "cluster", "association")

// initials returns the acronyms a multi-word name may be written as: the
// first letters of its content words, with and without a leading or
// trailing head word, in capitals. Names of fewer than three content
// words give none: two letters are too often some other abbreviation.
func initials(name string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '"' || r == '„' || r == '“' || r == '«' || r == '»'
	}) {
		if !initialFunctionWords[resolve.Lower(w)] {
			words = append(words, w)
		}
	}
	spell := func(ws []string) string {
		if len(ws) < 2 {
			return ""
		}
		var b strings.Builder
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) {
				return ""
			}
			b.WriteRune(unicode.ToUpper(r))
		}
		return b.String()
	}
	var out []string
	add := func(ws []string) {
		if a := spell(ws); utf8.RuneCountInString(a) >= 3 {
			out = append(out, a)
		}
	}
	add(words)
	if len(words) > 0 && orgHeadWords[resolve.Lower(words[0])] {
		add(words[1:])
	}
	if n := len(words); n > 0 && orgHeadWords[resolve.Lower(words[n-1])] {
		add(words[:n-1])
	}
	return out
}

// index makes a group findable by its candidate's aliases and acronym.
func (r *run) index(g *group, c *cand) {
	for _, a := range c.aliases {
		if k := nameKey(a); k != "" {
			if _, ok := r.byKey[k]; !ok {
				r.byKey[k] = g
			}
		}
	}
	if c.acronym != "" {
		r.byKey[nameKey(c.acronym)] = g
	}
	if c.gaz != nil {
		for _, a := range append([]string{c.gaz.name}, c.gaz.alias...) {
			if k := nameKey(a); k != "" {
				if _, ok := r.byKey[k]; !ok {
					r.byKey[k] = g
				}
			}
		}
	}
}

// lookup finds the group for key k. Persons, places and events only meet
// groups of their own type; organisations of any kind meet each other.
func (r *run) lookup(k string, t kg.EntityType) *group {
	g := r.byKey[k]
	if g == nil {
		return nil
	}
	g = g.final()
	if orgLike(t) && orgLike(g.typ) || t == g.typ || g.weak {
		return g
	}
	if t == kg.Project || t == kg.Programme {
		if g.typ == kg.Organization && g.weak {
			return g
		}
	}
	return nil
}

func orgLike(t kg.EntityType) bool {
	return t == kg.Cluster || t == kg.Association || t == kg.Organization
}

// mergeSlips folds groups of one type whose keys differ by a spelling slip
// ("Зелена синергия" / "Зелена Сингерия").
func (r *run) mergeSlips() {
	byType := map[kg.EntityType][]*group{}
	for _, g := range r.groups {
		if g.merged == nil && g.typ != kg.Person && g.typ != kg.Event {
			byType[g.typ] = append(byType[g.typ], g)
		}
	}
	types := make([]kg.EntityType, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	for _, t := range types {
		gs := byType[t]
		// Keys that differ in one word share their first word or, when that
		// is the one, their last: compare only within those buckets.
		buckets := map[string][]int{}
		var order []string
		for i, g := range gs {
			ws := strings.Fields(g.key)
			if len(ws) < 2 {
				continue
			}
			for _, b := range []string{"F" + strconv.Itoa(len(ws)) + ws[0], "L" + strconv.Itoa(len(ws)) + ws[len(ws)-1]} {
				if _, ok := buckets[b]; !ok {
					order = append(order, b)
				}
				buckets[b] = append(buckets[b], i)
			}
		}
		for _, b := range order {
			idx := buckets[b]
			if len(idx) > 200 {
				idx = idx[:200] // a bucket this big is no list of names
			}
			for x := 0; x < len(idx); x++ {
				for y := x + 1; y < len(idx); y++ {
					a, c := gs[idx[x]].final(), gs[idx[y]].final()
					if a == c || !resolve.Similar(a.key, c.key) {
						continue
					}
					r.fold(c, a)
				}
			}
		}
	}
}

// fold merges group from into into.
func (r *run) fold(from, into *group) {
	if from == into {
		return
	}
	for _, c := range from.cands {
		into.addCand(c)
	}
	from.cands = nil
	from.merged = into
	if into.first > from.first {
		into.first = from.first
	}
}

// surfaceForm is a written form of a group to look for elsewhere.
type surfaceForm struct {
	keys  []string
	g     *group
	caps  bool // match only tokens written in capitals
	docs  map[int]bool
	local bool // only in documents where the group is already named
}

// formInfo is what propagate needs of a written form, cached.
type formInfo struct {
	keys     []string
	distinct bool // a single word distinctive enough to look for alone
}

var formCache sync.Map // string → formInfo

func formOf(s string) formInfo {
	if v, ok := formCache.Load(s); ok {
		return v.(formInfo)
	}
	fi := formInfo{}
	for _, t := range tokenize([]rune(s)) {
		if t.isWord() {
			fi.keys = append(fi.keys, tokKey(&t))
			fi.distinct = (t.allCaps || strings.ContainsAny(t.text, "-0123456789") || t.latin && upperCount(t.text) >= 2) && len([]rune(t.text)) >= 2
		}
	}
	formCache.Store(s, fi)
	return fi
}

// propagate marks further mentions of the resolved names: acronyms used
// alone, a Latin project name repeated, a person's surname later in the text.
func (r *run) propagate() {
	byFirst := map[string][]surfaceForm{}
	addForm := func(s string, g *group, local bool) {
		fi := formOf(s)
		keys := fi.keys
		if len(keys) == 0 {
			return
		}
		single := len(keys) == 1
		if single && !local && (!fi.distinct || g.typ == kg.Place) {
			return
		}
		f := surfaceForm{keys: keys, g: g, caps: single && isAllCapsWord(s), local: local}
		if local {
			f.docs = map[int]bool{}
			for _, c := range g.cands {
				f.docs[c.doc] = true
			}
		}
		byFirst[keys[0]] = append(byFirst[keys[0]], f)
	}
	for _, g := range r.groups {
		if g.merged != nil || g.typ == kg.Event {
			continue
		}
		seen := map[string]bool{}
		forms := []string{}
		for n := range g.names {
			forms = append(forms, n)
		}
		for a := range g.aliases {
			forms = append(forms, a)
		}
		for n := range g.weakNames {
			forms = append(forms, n)
		}
		if g.acronym != "" {
			forms = append(forms, g.acronym)
		}
		sort.Strings(forms)
		for _, f := range forms {
			if !seen[f] {
				seen[f] = true
				addForm(f, g, false)
			}
		}
		if g.typ == kg.Person {
			for _, n := range keysInt(g.names) {
				ws := strings.Fields(n)
				if len(ws) >= 2 && len([]rune(ws[len(ws)-1])) >= 3 {
					addForm(ws[len(ws)-1], g, true)
				}
			}
		}
	}
	for _, dc := range r.docs {
		for i := 0; i < len(dc.toks); i++ {
			if dc.claimed[i] != nil || !dc.toks[i].isWord() {
				continue
			}
			best, bestG := -1, (*group)(nil)
			for _, f := range byFirst[dc.toks[i].key] {
				if f.caps && !dc.toks[i].allCaps {
					continue
				}
				if f.local && !f.docs[dc.idx] {
					continue
				}
				if !dc.toks[i].cap && !dc.toks[i].allCaps && !dc.toks[i].digit {
					continue
				}
				j, k := i, 0
				s := dc.sents[dc.sentOf[i]]
				for j < s.b && k < len(f.keys) {
					if !dc.toks[j].isWord() {
						if dc.toks[j].quote() || dc.toks[j].dash() {
							j++
							continue
						}
						break
					}
					if dc.toks[j].key != f.keys[k] || dc.claimed[j] != nil {
						break
					}
					j++
					k++
				}
				if k == len(f.keys) && j > best {
					best, bestG = j, f.g
				}
			}
			if best > i {
				g := bestG.final()
				c := &cand{a: i, b: best, typ: g.typ, name: dc.text(i, best), prio: 2, ref: g.cands[0]}
				if dc.add(c) {
					g.addCand(c)
				}
				i = best - 1
			}
		}
	}
}

// graph writes the resolved groups and relations as a kg.Graph.
func (r *run) graph(docs []kg.Document) *kg.Graph {
	// sized for every group and relation, which saves growing them one
	// append at a time (non-nil even when empty: the JSON has [] then)
	out := &kg.Graph{Extractor: r.x.Info(), Documents: make([]kg.Document, 0, len(docs)),
		Entities: make([]kg.Entity, 0, len(r.groups)), Relations: make([]kg.Relation, 0, len(r.relOrder))}
	// the documents as given, text included: offsets point into it, and a
	// loader stores it; a printer that wants the short form clears Text
	out.Documents = append(out.Documents, docs...)
	ids := make(map[*group]string, len(r.groups))
	for _, g := range r.groups {
		if g.merged != nil || len(g.cands) == 0 {
			continue
		}
		if g.weak && !g.used && g.typ != kg.Place {
			continue
		}
		if !g.typ.Valid() {
			continue
		}
		e := r.entity(g)
		ids[g] = e.ID
		out.Entities = append(out.Entities, e)
	}
	// two groups may end with one id (same type and key); merge them
	byID := map[string]int{}
	ents := out.Entities[:0]
	for _, e := range out.Entities {
		if k, ok := byID[e.ID]; ok {
			ents[k].Mentions = append(ents[k].Mentions, e.Mentions...)
			ents[k].Aliases = mergeStrings(ents[k].Aliases, append([]string{e.Name}, e.Aliases...), ents[k].Name)
			continue
		}
		byID[e.ID] = len(ents)
		ents = append(ents, e)
	}
	out.Entities = ents
	for i := range out.Entities {
		e := &out.Entities[i]
		sortSpans(e.Mentions)
		e.Mentions = dedupSpans(e.Mentions)
		e.Properties["latinAliases"] = latinList(e.Aliases)
	}
	out.Entities = sortedBy(out.Entities, func(a, b *kg.Entity) int {
		return cmp.Or(cmp.Compare(typeOrder(a.Type), typeOrder(b.Type)),
			strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	for _, k := range r.relOrder {
		rel := r.rels[k]
		from, to := ids[k.from], ids[k.to]
		if from == "" || to == "" || from == to || r.subsumed(k) {
			continue
		}
		rel.From, rel.To = from, to
		sortSpans(rel.Evidence)
		rel.Evidence = dedupSpans(rel.Evidence)
		out.Relations = append(out.Relations, *rel)
	}
	// a relation between merged ids may now repeat; merge evidence
	seen := map[string]int{}
	rels := out.Relations[:0]
	for _, rel := range out.Relations {
		k := string(rel.Type) + "\x00" + rel.From + "\x00" + rel.To + "\x00" + propKey(rel.Properties)
		if i, ok := seen[k]; ok {
			rels[i].Evidence = dedupSpans(append(rels[i].Evidence, rel.Evidence...))
			continue
		}
		seen[k] = len(rels)
		rels = append(rels, rel)
	}
	// an untitled HOLDS_ROLE or a PARTNER_IN without role says less than
	// the titled one of the same pair: keep only the one that says more
	said := map[string]bool{}
	for _, rel := range rels {
		if (rel.Type == kg.HoldsRole || rel.Type == kg.PartnerIn) && len(rel.Properties) > 0 {
			said[string(rel.Type)+"\x00"+rel.From+"\x00"+rel.To] = true
		}
	}
	// one role per partner and project: the most specific the text gives
	// ("led by X, which acts as the beneficiary" is one partnership)
	best := map[string]int{}
	for _, rel := range rels {
		if rel.Type == kg.PartnerIn {
			k := rel.From + "\x00" + rel.To
			if rk := roleRank(rel.Properties["role"]); rk > best[k] {
				best[k] = rk
			}
		}
	}
	kept := rels[:0]
	for _, rel := range rels {
		if (rel.Type == kg.HoldsRole || rel.Type == kg.PartnerIn) && len(rel.Properties) == 0 && said[string(rel.Type)+"\x00"+rel.From+"\x00"+rel.To] {
			continue
		}
		if rel.Type == kg.PartnerIn && roleRank(rel.Properties["role"]) < best[rel.From+"\x00"+rel.To] {
			continue
		}
		kept = append(kept, rel)
	}
	out.Relations = kept
	out.Relations = sortedBy(out.Relations, func(a, b *kg.Relation) int {
		return cmp.Or(cmp.Compare(relOrder(a.Type), relOrder(b.Type)),
			strings.Compare(a.From, b.From), strings.Compare(a.To, b.To),
			strings.Compare(propKey(a.Properties), propKey(b.Properties)))
	})
	return out
}

// sortedBy returns xs in the stable order of compare. It sorts indices and
// moves each element once, because entities and relations are large
// structs that sort.SliceStable would swap by reflection many times over.
func sortedBy[T any](xs []T, compare func(a, b *T) int) []T {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int { return compare(&xs[i], &xs[j]) })
	out := make([]T, len(xs))
	for k, i := range idx {
		out[k] = xs[i]
	}
	return out
}

func propKey(p map[string]any) string {
	if v, ok := p["role"].(string); ok {
		return v
	}
	if v, ok := p["title"].(string); ok {
		return v
	}
	return ""
}

func typeOrder(t kg.EntityType) int {
	for i, x := range kg.EntityTypes {
		if x == t {
			return i
		}
	}
	return len(kg.EntityTypes)
}

// roleRank orders partnership roles from the least to the most specific.
func roleRank(v any) int {
	switch v {
	case "lead":
		return 4
	case "coordinator":
		return 3
	case "beneficiary":
		return 2
	case "partner":
		return 1
	}
	return 0
}

func relOrder(t kg.RelationType) int {
	for i, x := range kg.RelationTypes {
		if x == t {
			return i
		}
	}
	return len(kg.RelationTypes)
}

// entity builds the output entity of a group.
func (r *run) entity(g *group) kg.Entity {
	name := r.displayName(g)
	key := nameKey(name)
	if g.typ == kg.Event {
		if s, ok := g.props["start"].(string); ok && (g.descr() || g.scope != "") {
			key += "@" + s
		} else if g.scope != "" {
			key += "#" + g.scope
		}
	}
	e := kg.Entity{ID: resolve.ID(g.typ, key), Type: g.typ, Name: name, Properties: map[string]any{}}
	aliases := map[string]bool{}
	for n := range g.names {
		aliases[n] = true
	}
	for n := range g.weakNames {
		aliases[n] = true
	}
	for a := range g.aliases {
		aliases[a] = true
	}
	if g.acronym != "" {
		aliases[g.acronym] = true
		e.Properties["acronym"] = g.acronym
	}
	for _, c := range g.cands {
		if c.ref != nil && g.typ != kg.Person {
			aliases[clean(c.name)] = true
		}
	}
	if g.gaz != nil {
		for k, v := range g.gaz.props {
			e.Properties[k] = v
		}
		if a, ok := g.gaz.props["acronym"].(string); ok {
			aliases[a] = true
		}
	}
	for k, v := range g.props {
		switch k {
		case "evHead", "projectRef", "descrName", "call":
			continue
		}
		e.Properties[k] = v
	}
	delete(aliases, name)
	e.Aliases = mergeStrings(nil, keys(aliases), name)
	e.Properties["latin"] = latinKey(name)
	for _, c := range g.cands {
		dc := r.docs[c.doc]
		e.Mentions = append(e.Mentions, r.mentionSpan(dc, c))
	}
	return e
}

// mentionSpan is the span of a candidate, without surrounding quotes.
func (r *run) mentionSpan(dc *docCtx, c *cand) kg.Span {
	a, b := c.a, c.b
	if c.msSet && c.ms > a && c.ms < b {
		a = c.ms
	}
	for a < b-1 && dc.toks[a].quote() {
		a++
	}
	for b > a+1 && dc.toks[b-1].quote() && !hasOpenQuote(dc, a, b-1) {
		b--
	}
	return dc.span(a, b)
}

// hasOpenQuote reports whether tokens [a, b) open a quote that the token at b
// closes, so that the closing mark belongs to the mention.
func hasOpenQuote(dc *docCtx, a, b int) bool {
	for i := a; i < b; i++ {
		if c, ok := dc.closeOf[i]; ok && c == b {
			return true
		}
	}
	return false
}

// displayName picks the name of a group: the gazetteer's official name, or
// the form written most often (ties: the longest, then the first in order).
func (r *run) displayName(g *group) string {
	if g.gaz != nil && !g.gaz.gen {
		return g.gaz.name // a generated town's forms are spellings of equal rank: the text's is its name
	}
	if g.typ == kg.Event && g.descr() {
		if n, ok := g.props["descrName"].(string); ok {
			return n
		}
	}
	best, bestN := "", -1
	votes := g.names
	if len(votes) == 0 {
		votes = g.weakNames
	}
	names := keysInt(votes)
	for _, n := range names {
		c := votes[n]
		if g.typ == kg.Person {
			c += 1000 * len(strings.Fields(n)) // a person is named in full
		}
		if c > bestN || c == bestN && preferName(n, best) {
			best, bestN = n, c
		}
	}
	if best == "" && len(g.cands) > 0 {
		best = g.cands[0].name
	}
	return best
}

// preferName breaks ties between written forms: mixed case over all caps,
// then a capital initial, then the shorter.
func preferName(a, b string) bool {
	ua, ub := isAllCapsWord(a), isAllCapsWord(b)
	if ua != ub {
		return !ua
	}
	return false
}

func (g *group) descr() bool {
	for _, c := range g.cands {
		if c.descr {
			return true
		}
	}
	return false
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func keysInt(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// mergeStrings returns the sorted union of a and b without name and blanks.
func mergeStrings(a, b []string, name string) []string {
	set := map[string]bool{}
	for _, s := range append(append([]string(nil), a...), b...) {
		s = strings.TrimSpace(s)
		if s != "" && s != name {
			set[s] = true
		}
	}
	out := keys(set)
	if out == nil {
		out = []string{}
	}
	return out
}

func latinList(ss []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, s := range ss {
		l := latinKey(s)
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

func sortSpans(s []kg.Span) {
	slices.SortStableFunc(s, func(a, b kg.Span) int {
		if c := cmp.Compare(a.Document, b.Document); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	})
}

func dedupSpans(s []kg.Span) []kg.Span {
	out := s[:0]
	for i, x := range s {
		if i > 0 && x == s[i-1] {
			continue
		}
		out = append(out, x)
	}
	if out == nil {
		return []kg.Span{}
	}
	return out
}

// describedTown returns the town a described cluster is written with
// ("Автомобилен клъстер в Кърджали": Кърджали), or "".
func describedTown(g *group) string {
	for a := range g.aliases {
		for _, p := range []string{" в ", " във ", " in "} {
			if _, t, ok := strings.Cut(a, p); ok && t != "" && unicode.IsUpper([]rune(t)[0]) {
				return t
			}
		}
	}
	return ""
}

// townNamed returns the one group among gs whose name holds the town t.
func townNamed(gs []*group, t string) *group {
	if t == "" {
		return nil
	}
	var found *group
	for _, g := range gs {
		for n := range g.names {
			if strings.Contains(n, t) {
				if found != nil && found != g {
					return nil
				}
				found = g
			}
		}
	}
	return found
}
