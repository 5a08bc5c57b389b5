package extract

import (
	"slices"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/resolve"
)

// eventSig is what a document says of one event it describes rather than
// names: its kind (head noun), the words before the head, the body it is
// "of", its date and where it is first mentioned.
type eventSig struct {
	g       *group
	head    string
	order   []string // ordinals and stage words ("втора", "стартова", "final")
	mods    []string // the other describing words ("партньорска", "информационен")
	of      *group
	start   string
	inTitle bool
	first   int
}

// mergeSameEvents makes one entity of the mentions of one real event that a
// document describes in different words: the headline's "Стартова среща по
// проект X" and the body's "стартовата среща на партньорите", a dated
// "заключителна конференция" and "Заключителна конференция по проект Y".
// Two described events are one when their head nouns are the same, their
// ordinals and stage words agree, the describing words of one are all
// among the other's, they are not of two different bodies and not dated
// differently. Only groups of mutually compatible events are merged, into
// the dated one (else the one the body names): that name stays. Names of
// their own (quoted, capitalised, Latin) and coming events ("Следващата
// среща") are left apart.
func (r *run) mergeSameEvents() {
	for _, dc := range r.docs {
		if len(dc.sents) == 0 {
			continue
		}
		sigs := r.describedSigs(dc)
		if len(sigs) < 2 {
			continue
		}
		// components of the compatibility graph (a handful of events per
		// text: the pairwise test is cheap)
		comp := make([]int, len(sigs))
		for i := range comp {
			comp[i] = i
		}
		var find func(int) int
		find = func(i int) int {
			for comp[i] != i {
				i = comp[i]
			}
			return i
		}
		for i := range sigs {
			for j := i + 1; j < len(sigs); j++ {
				if sameEvent(&sigs[i], &sigs[j]) {
					comp[find(j)] = find(i)
				}
			}
		}
		members := map[int][]int{}
		var roots []int
		for i := range sigs {
			k := find(i)
			if len(members[k]) == 0 {
				roots = append(roots, k)
			}
			members[k] = append(members[k], i)
		}
		for _, k := range roots {
			ms := members[k]
			if len(ms) < 2 || !clique(sigs, ms) {
				continue
			}
			into := ms[0]
			for _, m := range ms[1:] {
				if betterHost(&sigs[m], &sigs[into]) {
					into = m
				}
			}
			for _, m := range ms {
				if m == into {
					continue
				}
				from, to := sigs[m].g.final(), sigs[into].g.final()
				if from == to {
					continue
				}
				if n, ok := from.props["descrName"].(string); ok && n != "" {
					to.aliases[n] = true
				}
				r.foldNamed(from, to)
			}
		}
	}
}

// describedSigs lists the described events of a document that only this
// document mentions.
func (r *run) describedSigs(dc *docCtx) []eventSig {
	title := dc.sents[dc.title]
	var out []eventSig
	seen := map[*group]bool{}
	for _, c := range dc.cands {
		if c.typ != kg.Event || c.group == nil || c.weak {
			continue
		}
		g := c.group.final()
		if seen[g] || g.typ != kg.Event {
			continue
		}
		seen[g] = true
		sig := eventSig{g: g, first: -1}
		ok := true
		for _, o := range g.cands {
			if o.ref != nil && o.doc == dc.idx {
				continue // a further mention of a name read before
			}
			if o.doc != dc.idx || properCand(dc, o) || comingCand(dc, o) {
				ok = false
				break
			}
			if sig.head == "" {
				sig.head = o.evHead
			}
			if sig.first < 0 || o.a < sig.first {
				sig.first = o.a
			}
			if o.a >= title.a && o.b <= title.b {
				sig.inTitle = true
			}
			if s, _ := o.props["start"].(string); s != "" && sig.start == "" {
				sig.start = s
			}
			if o.descrOrg != nil && o.descrOrg.group != nil {
				sig.of = o.descrOrg.group.final()
			} else if o.props["projectRef"] == true && sig.of == nil {
				sig.of = dc.projectAt(o.a)
			}
			sig.addWords(dc, o)
		}
		if !ok || sig.head == "" || len(g.cands) == 0 {
			continue
		}
		out = append(out, sig)
	}
	return out
}

// addWords collects the describing words before the head noun in the
// candidate's tokens.
func (sig *eventSig) addWords(dc *docCtx, c *cand) {
	hs := resolve.Stem(sig.head)
	h := -1
	for i := c.a; i < c.b && i < len(dc.toks); i++ {
		t := &dc.toks[i]
		if t.isWord() && (resolve.Stem(t.low) == hs || strings.ToLower(baseForm(t.low, true)) == sig.head) {
			h = i
			break
		}
	}
	for i := c.a; i < h; i++ {
		t := &dc.toks[i]
		if !t.isWord() || t.digit || t.stop || t.quote() {
			continue
		}
		w := strings.ToLower(baseForm(t.low, false))
		if orderWord(w) {
			sig.order = appendWord(sig.order, w)
		} else {
			sig.mods = appendWord(sig.mods, w)
		}
	}
}

// orderWord reports a word that places an event in a series or a project's
// course ("втора", "стартова", "заключителна", "final").
func orderWord(w string) bool {
	for _, p := range eventOrdinals {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func appendWord(ws []string, w string) []string {
	for _, x := range ws {
		if sameForm(x, w) {
			return ws
		}
	}
	return append(ws, w)
}

// sameForm reports two words that differ at most by a short inflectional
// ending ("стартова" / "стартовата", "информационен" / "информационния").
func sameForm(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	short := min(len(ra), len(rb))
	p := 0
	for p < short && ra[p] == rb[p] {
		p++
	}
	return p >= 4 && p >= short-2
}

// subsetWords reports whether every word of a has its form in b.
func subsetWords(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if sameForm(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameEvent reports two described events of a document that can be one.
func sameEvent(a, b *eventSig) bool {
	if a.head != b.head || weakHeads[resolve.Stem(a.head)] && (len(a.mods)+len(a.order) == 0 || len(b.mods)+len(b.order) == 0) {
		return false
	}
	if a.start != "" && b.start != "" && a.start != b.start {
		return false
	}
	if a.of != nil && b.of != nil && a.of != b.of {
		return false
	}
	if !subsetWords(a.order, b.order) || !subsetWords(b.order, a.order) {
		return false
	}
	return subsetWords(a.mods, b.mods) || subsetWords(b.mods, a.mods)
}

// clique reports whether the events ms are pairwise one and dated alike.
func clique(sigs []eventSig, ms []int) bool {
	for i, x := range ms {
		for _, y := range ms[i+1:] {
			if !sameEvent(&sigs[x], &sigs[y]) {
				return false
			}
		}
	}
	return true
}

// betterHost reports whether a should keep the merged event's name rather
// than b: the dated mention, else the body's over the headline's, else the
// first.
func betterHost(a, b *eventSig) bool {
	if (a.start != "") != (b.start != "") {
		return a.start != ""
	}
	if a.inTitle != b.inTitle {
		return !a.inTitle
	}
	return a.first < b.first
}

// properCand reports an event mention that is a name of its own: quoted,
// or with a capital that does not only open its sentence ("Международен
// панаир", "General Assembly", "B2B срещи"). Described events are not.
func properCand(dc *docCtx, c *cand) bool {
	if c.descr {
		return false
	}
	if c.a > 0 && c.b < len(dc.toks) {
		if cl, ok := dc.closeOf[c.a-1]; ok && cl == c.b {
			return true // „X“: the quotes wrap the name
		}
	}
	for i := c.a; i < c.b && i < len(dc.toks); i++ {
		t := &dc.toks[i]
		if t.quote() {
			return true
		}
		// a capital that opens a sentence or a quotation says nothing
		opens := i == dc.sents[dc.sentOf[i]].a || i > 0 && dc.toks[i-1].quote()
		if t.isWord() && (t.cap || t.allCaps) && !opens {
			return true
		}
	}
	return false
}

// scopeDescribedEvents splits an event that the texts only describe
// ("заключителна конференция", "общо събрание на клъстера") into one event
// per document, keyed by its date, or by the document when it has none:
// without a name of its own nothing says two texts speak of the same
// event, and keying it by its words alone joined unrelated meetings, within
// one run and across runs that load the texts one by one. Two texts that
// describe an event alike and give it the same day still meet in one id.
func (r *run) scopeDescribedEvents() {
	for _, g := range slices.Clone(r.groups) {
		if g.merged != nil || g.typ != kg.Event || g.gaz != nil || len(g.cands) == 0 {
			continue
		}
		var docs []int
		proper := false
		for _, c := range g.cands {
			if c.ref == nil && properCand(r.docs[c.doc], c) {
				proper = true
				break
			}
			if !slices.Contains(docs, c.doc) {
				docs = append(docs, c.doc)
			}
		}
		if proper {
			continue
		}
		if len(docs) == 1 {
			g.scope = r.docs[docs[0]].doc.ID
			continue
		}
		slices.Sort(docs)
		cands := g.cands
		var parts []*group
		for _, d := range docs {
			var part *group
			for _, c := range cands {
				if c.doc != d {
					continue
				}
				if part == nil {
					part = r.newGroup(c, g.key)
					part.scope = r.docs[d].doc.ID
					if n, ok := g.props["descrName"]; ok {
						part.props["descrName"] = n
					}
				}
				part.addCand(c)
			}
			parts = append(parts, part)
		}
		g.cands = nil
		g.merged = parts[0] // stale references land on the first text's event
	}
}
