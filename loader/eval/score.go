package eval

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Scoring rules:
//
//   - Facts are per document. A predicted entity belongs to every document
//     it has a mention in (an entity without mentions belongs to the only
//     document when the graph has one, else to none and is counted as
//     unattributed). A predicted relation belongs to the documents of its
//     evidence, or, without evidence, to the documents both endpoints are
//     mentioned in. Graph documents are tied to gold files by the base name
//     of their path (or their id), with or without the extension; graph
//     documents without gold are not scored.
//   - A predicted entity matches a gold entity when the types are equal and
//     one of its names (name or aliases) equals one of the gold names after
//     NormalizeName. For Event a lenient match also counts: some pair of
//     names has a content-word overlap (Dice) of at least EventThreshold.
//   - A predicted relation matches a gold relation when the types are
//     equal, both endpoints match the gold endpoints as entities do, and,
//     in the strict score, every property the gold gives (role, title)
//     equals one of its acceptable values after NormalizeText. The lenient
//     relation score ignores properties.
//   - Event dates do not change the entity score: for every matched gold
//     event with a start or end, Report.EventDates counts whether the
//     predicted entity has the same ISO date in that property.
//   - Each gold fact matches at most one predicted fact and the other way
//     round (maximum bipartite matching, exact entity matches first). So a
//     predicted entity that merges two gold entities matches only one of
//     them, and two predicted entities for one gold entity leave one false
//     positive.

// Score compares the graph with the gold annotations, document by document.
// It never fails: unknown ids and empty names simply do not match.
func Score(gold []Gold, g *kg.Graph) Report {
	if g == nil {
		g = &kg.Graph{}
	}
	s := newScorer(g)
	rep := Report{
		Entities:         map[kg.EntityType]Counts{},
		Relations:        map[kg.RelationType]Counts{},
		RelationsLenient: map[kg.RelationType]Counts{},
		Unattributed:     s.unattributed,
	}
	for i := range gold {
		d := s.scoreDoc(&gold[i])
		rep.Documents = append(rep.Documents, d)
		for t, c := range d.entityByType {
			rep.Entities[t] = rep.Entities[t].add(c)
		}
		for t, c := range d.relByType {
			rep.Relations[t] = rep.Relations[t].add(c)
		}
		for t, c := range d.relLenByType {
			rep.RelationsLenient[t] = rep.RelationsLenient[t].add(c)
		}
		rep.EventDates.Gold += d.EventDates.Gold
		rep.EventDates.Correct += d.EventDates.Correct
		rep.LostToEntities += d.LostToEntities
		rep.EntityTotal = rep.EntityTotal.add(d.Entities)
		rep.RelationTotal = rep.RelationTotal.add(d.Relations)
		rep.RelationLenientTotal = rep.RelationLenientTotal.add(d.RelationsLenient)
	}
	return rep
}

// predEntity is a graph entity prepared for matching.
type predEntity struct {
	e    *kg.Entity
	keys []string // normalised names
	raw  []string // names as given, for the lenient event match
}

type scorer struct {
	g            *kg.Graph
	ents         map[string]*predEntity
	entDocs      map[string][]int // gold doc key -> indices into g.Entities
	relDocs      map[string][]int // gold doc key -> indices into g.Relations
	unattributed int
}

// docKey is how a document is known to gold files: its base name without
// extension.
func docKey(name string) string {
	b := path.Base(strings.ReplaceAll(name, "\\", "/"))
	if ext := path.Ext(b); ext != "" && ext != b {
		b = strings.TrimSuffix(b, ext)
	}
	return b
}

func newScorer(g *kg.Graph) *scorer {
	s := &scorer{g: g, ents: map[string]*predEntity{}, entDocs: map[string][]int{}, relDocs: map[string][]int{}}
	idKey := map[string]string{} // document id -> doc key
	for _, d := range g.Documents {
		k := docKey(d.ID)
		if d.Path != "" {
			k = docKey(d.Path)
		}
		idKey[d.ID] = k
	}
	keyOf := func(doc string) string {
		if k, ok := idKey[doc]; ok {
			return k
		}
		return docKey(doc)
	}
	only := ""
	if len(g.Documents) == 1 {
		only = keyOf(g.Documents[0].ID)
	}
	entKeys := map[string]map[string]bool{} // entity id -> doc keys
	for i := range g.Entities {
		e := &g.Entities[i]
		pe := &predEntity{e: e}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := NormalizeName(n); k != "" {
				pe.keys = append(pe.keys, k)
				pe.raw = append(pe.raw, n)
			}
		}
		if _, dup := s.ents[e.ID]; !dup {
			s.ents[e.ID] = pe
		}
		docs := map[string]bool{}
		for _, m := range e.Mentions {
			docs[keyOf(m.Document)] = true
		}
		if len(docs) == 0 && only != "" {
			docs[only] = true
		}
		if len(docs) == 0 {
			s.unattributed++
		}
		entKeys[e.ID] = docs
		for _, k := range sortedKeys(docs) {
			s.entDocs[k] = append(s.entDocs[k], i)
		}
	}
	for i, r := range g.Relations {
		docs := map[string]bool{}
		for _, ev := range r.Evidence {
			docs[keyOf(ev.Document)] = true
		}
		if len(docs) == 0 {
			for k := range entKeys[r.From] {
				if entKeys[r.To][k] {
					docs[k] = true
				}
			}
		}
		if len(docs) == 0 {
			s.unattributed++
		}
		for _, k := range sortedKeys(docs) {
			s.relDocs[k] = append(s.relDocs[k], i)
		}
	}
	return s
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// matchKind tells how a predicted entity matches a gold one.
type matchKind int

const (
	noMatch matchKind = iota
	lenientMatch
	exactMatch
)

func entityMatch(p *predEntity, ge *GoldEntity) matchKind {
	if p == nil || p.e.Type != ge.Type {
		return noMatch
	}
	names := ge.Names()
	for _, n := range names {
		k := NormalizeName(n)
		for _, pk := range p.keys {
			if k != "" && k == pk {
				return exactMatch
			}
		}
	}
	if ge.Type == kg.Event {
		for _, n := range names {
			for _, r := range p.raw {
				if wordOverlap(n, r) >= EventThreshold {
					return lenientMatch
				}
			}
		}
	}
	return noMatch
}

func (s *scorer) scoreDoc(gd *Gold) DocReport {
	key := docKey(gd.Document)
	d := DocReport{
		Document:     gd.Document,
		entityByType: map[kg.EntityType]Counts{},
		relByType:    map[kg.RelationType]Counts{},
		relLenByType: map[kg.RelationType]Counts{},
	}

	// Entities: exact edges first, then lenient ones for what is left.
	preds := s.entDocs[key]
	exact := make([][]int, len(gd.Entities))
	lenient := make([][]int, len(gd.Entities))
	for gi := range gd.Entities {
		for pj, ei := range preds {
			switch entityMatch(s.ents[s.g.Entities[ei].ID], &gd.Entities[gi]) {
			case exactMatch:
				exact[gi] = append(exact[gi], pj)
			case lenientMatch:
				lenient[gi] = append(lenient[gi], pj)
			}
		}
	}
	gm, pm := matching(exact, len(preds), nil, nil)
	gm, pm = matching(lenient, len(preds), gm, pm)
	for gi, ge := range gd.Entities {
		c := d.entityByType[ge.Type]
		if gm[gi] >= 0 {
			c.TP++
		} else {
			c.FN++
			d.FalseNegatives = append(d.FalseNegatives, Fact{Document: gd.Document, Kind: "entity", Type: string(ge.Type), Text: ge.Name})
		}
		d.entityByType[ge.Type] = c
	}
	for gi, ge := range gd.Entities {
		if ge.Type != kg.Event || gm[gi] < 0 {
			continue
		}
		e := &s.g.Entities[preds[gm[gi]]]
		for _, k := range []string{"start", "end"} {
			want, ok := ge.Properties[k]
			if !ok {
				continue
			}
			d.EventDates.Gold++
			got, _ := e.Properties[k].(string)
			if got == want {
				d.EventDates.Correct++
			} else {
				d.DateErrors = append(d.DateErrors, Fact{Document: gd.Document, Kind: "date", Type: k, Text: ge.Name,
					Note: fmt.Sprintf("want %s, got %q", want, got)})
			}
		}
	}
	for pj, ei := range preds {
		if pm[pj] >= 0 {
			continue
		}
		e := &s.g.Entities[ei]
		c := d.entityByType[e.Type]
		c.FP++
		d.entityByType[e.Type] = c
		d.FalsePositives = append(d.FalsePositives, Fact{Document: gd.Document, Kind: "entity", Type: string(e.Type), Text: e.Name})
	}

	// Relations, strict and lenient.
	rels := s.relDocs[key]
	strictE := make([][]int, len(gd.Relations))
	lenE := make([][]int, len(gd.Relations))
	for gi, gr := range gd.Relations {
		from, to := gd.find(gr.From), gd.find(gr.To)
		if from < 0 || to < 0 {
			continue // Validate rejects this; stay safe for hand-built gold
		}
		for pj, ri := range rels {
			pr := &s.g.Relations[ri]
			if pr.Type != gr.Type ||
				entityMatch(s.ents[pr.From], &gd.Entities[from]) == noMatch ||
				entityMatch(s.ents[pr.To], &gd.Entities[to]) == noMatch {
				continue
			}
			lenE[gi] = append(lenE[gi], pj)
			if propsMatch(gr, pr.Properties) {
				strictE[gi] = append(strictE[gi], pj)
			}
		}
	}
	sg, sp := matching(strictE, len(rels), nil, nil)
	lg, lp := matching(lenE, len(rels), nil, nil)
	for gi, gr := range gd.Relations {
		c, cl := d.relByType[gr.Type], d.relLenByType[gr.Type]
		if sg[gi] >= 0 {
			c.TP++
		} else {
			c.FN++
			f := Fact{Document: gd.Document, Kind: "relation", Type: string(gr.Type), Text: goldRelText(gr)}
			if lg[gi] >= 0 {
				f.Note = "properties differ: got " + propText(s.g.Relations[rels[lg[gi]]].Properties)
			}
			d.FalseNegatives = append(d.FalseNegatives, f)
		}
		if lg[gi] >= 0 {
			cl.TP++
		} else {
			cl.FN++
			if from, to := gd.find(gr.From), gd.find(gr.To); from < 0 || to < 0 || gm[from] < 0 || gm[to] < 0 {
				d.LostToEntities++
			}
		}
		d.relByType[gr.Type], d.relLenByType[gr.Type] = c, cl
	}
	for pj, ri := range rels {
		pr := &s.g.Relations[ri]
		if sp[pj] < 0 {
			c := d.relByType[pr.Type]
			c.FP++
			d.relByType[pr.Type] = c
			f := Fact{Document: gd.Document, Kind: "relation", Type: string(pr.Type), Text: s.predRelText(pr)}
			if lp[pj] >= 0 {
				f.Note = "matches leniently; gold wants " + propText(gd.Relations[lp[pj]].Properties)
			}
			d.FalsePositives = append(d.FalsePositives, f)
		}
		if lp[pj] < 0 {
			c := d.relLenByType[pr.Type]
			c.FP++
			d.relLenByType[pr.Type] = c
		}
	}
	for _, c := range d.entityByType {
		d.Entities = d.Entities.add(c)
	}
	for _, c := range d.relByType {
		d.Relations = d.Relations.add(c)
	}
	for _, c := range d.relLenByType {
		d.RelationsLenient = d.RelationsLenient.add(c)
	}
	return d
}

// propsMatch reports whether every property the gold constrains has one of
// its acceptable values in got.
func propsMatch(gr GoldRelation, got map[string]any) bool {
	for k := range gr.Properties {
		v, ok := got[k]
		if !ok {
			return false
		}
		have := NormalizeText(fmt.Sprint(v))
		found := false
		for _, want := range gr.PropertyValues(k) {
			if NormalizeText(want) == have {
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

// matching extends a bipartite matching of left nodes (with edges adj to
// right nodes 0..nRight-1) by augmenting paths (Kuhn's algorithm). gm/pm
// hold the partners (-1 for none); nil starts empty. Sizes here are tens of
// nodes, so the O(V·E) bound does not matter.
func matching(adj [][]int, nRight int, gm, pm []int) ([]int, []int) {
	if gm == nil {
		gm = make([]int, len(adj))
		for i := range gm {
			gm[i] = -1
		}
	}
	if pm == nil {
		pm = make([]int, nRight)
		for i := range pm {
			pm[i] = -1
		}
	}
	for l := range adj {
		if gm[l] >= 0 {
			continue
		}
		seen := make([]bool, nRight)
		var try func(l int) bool
		try = func(l int) bool {
			for _, r := range adj[l] {
				if seen[r] {
					continue
				}
				seen[r] = true
				if pm[r] < 0 || try(pm[r]) {
					gm[l], pm[r] = r, l
					return true
				}
			}
			return false
		}
		try(l)
	}
	return gm, pm
}

func goldRelText(r GoldRelation) string {
	s := fmt.Sprintf("%s:%s -> %s:%s", r.From.Type, r.From.Name, r.To.Type, r.To.Name)
	if len(r.Properties) > 0 {
		s += " " + propText(r.Properties)
	}
	return s
}

func (s *scorer) predRelText(r *kg.Relation) string {
	name := func(id string) string {
		if p := s.ents[id]; p != nil {
			return string(p.e.Type) + ":" + p.e.Name
		}
		return "?" + id
	}
	out := name(r.From) + " -> " + name(r.To)
	if len(r.Properties) > 0 {
		out += " " + propText(r.Properties)
	}
	return out
}

func propText(p map[string]any) string {
	if len(p) == 0 {
		return "{}"
	}
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%v", k, p[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
