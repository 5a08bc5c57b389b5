// Package store writes an extracted graph into Neo4j following
// schema/MODEL.md: per-document fact sets, written idempotently and
// incrementally, each batch of documents in one transaction.
package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// DocFacts is everything one document contributes to the graph. Writing it
// after retracting the document's previous facts is idempotent.
type DocFacts struct {
	Doc       kg.Document
	Entities  []EntityRow // the entities the document mentions, with their full properties
	Mentions  []MentionRow
	Relations []RelationRow // relations with this document's evidence only
	// Hash covers the document and every fact it contributes, including the
	// properties of the entities it mentions: an unchanged text whose facts
	// changed (a new extractor, a curation edit, a merge decided by another
	// document) is rewritten.
	Hash string
}

// EntityRow is an entity node's properties as stored.
type EntityRow struct {
	ID    string         `json:"id"`
	Type  kg.EntityType  `json:"type"`
	Props map[string]any `json:"props"`
}

// MentionRow is one MENTIONED_IN relationship.
type MentionRow struct {
	Entity string `json:"entity"`
	Doc    string `json:"doc"`
	Count  int    `json:"count"`
	Starts []int  `json:"starts"`
	Ends   []int  `json:"ends"`
}

// RelationRow is one domain relationship's contribution from one document.
type RelationRow struct {
	Type     kg.RelationType `json:"type"`
	From     string          `json:"from"`
	To       string          `json:"to"`
	Key      string          `json:"key"`
	Props    map[string]any  `json:"props"`
	Doc      string          `json:"doc"`
	EvStarts []int           `json:"evStarts"`
	EvEnds   []int           `json:"evEnds"`
	EvTexts  []string        `json:"evTexts"`
}

// Split turns a graph into per-document fact sets, in document order.
// Entities and relations that cite unknown documents are ignored, and so
// are relations whose endpoints are not entities of the graph.
func Split(g *kg.Graph) []DocFacts {
	byDoc := make(map[string]*DocFacts, len(g.Documents))
	out := make([]DocFacts, len(g.Documents))
	for i, d := range g.Documents {
		out[i].Doc = d
		byDoc[d.ID] = &out[i]
	}
	ents := make(map[string]EntityRow, len(g.Entities))
	for _, e := range g.Entities {
		if !e.Type.Valid() || e.ID == "" {
			continue
		}
		row := EntityRow{ID: e.ID, Type: e.Type, Props: entityProps(e)}
		ents[e.ID] = row
		spans := map[string][]kg.Span{}
		for _, m := range e.Mentions {
			if _, ok := byDoc[m.Document]; ok {
				spans[m.Document] = append(spans[m.Document], m)
			}
		}
		for docID, ms := range spans {
			sort.Slice(ms, func(i, j int) bool {
				return ms[i].Start < ms[j].Start || ms[i].Start == ms[j].Start && ms[i].End < ms[j].End
			})
			mr := MentionRow{Entity: e.ID, Doc: docID}
			for k, m := range ms {
				if k > 0 && m.Start == ms[k-1].Start && m.End == ms[k-1].End {
					continue
				}
				mr.Starts = append(mr.Starts, m.Start)
				mr.Ends = append(mr.Ends, m.End)
			}
			mr.Count = len(mr.Starts)
			f := byDoc[docID]
			f.Mentions = append(f.Mentions, mr)
			f.Entities = append(f.Entities, row)
		}
	}
	// Relations are merged by (type, from, to, key) within a document.
	type relKey struct {
		t             kg.RelationType
		from, to, key string
		doc           string
	}
	rels := map[relKey]*RelationRow{}
	for _, r := range g.Relations {
		if !r.Type.Valid() {
			continue
		}
		if _, ok := ents[r.From]; !ok {
			continue
		}
		if _, ok := ents[r.To]; !ok {
			continue
		}
		props := scalarProps(r.Properties)
		key := relationKey(r)
		for _, ev := range r.Evidence {
			if _, ok := byDoc[ev.Document]; !ok {
				continue
			}
			k := relKey{r.Type, r.From, r.To, key, ev.Document}
			row := rels[k]
			if row == nil {
				row = &RelationRow{Type: r.Type, From: r.From, To: r.To, Key: key, Props: props, Doc: ev.Document}
				rels[k] = row
			}
			row.EvStarts = append(row.EvStarts, ev.Start)
			row.EvEnds = append(row.EvEnds, ev.End)
			row.EvTexts = append(row.EvTexts, ev.Text)
		}
	}
	for _, row := range rels {
		sortEvidence(row)
		f := byDoc[row.Doc]
		f.Relations = append(f.Relations, *row)
	}
	for i := range out {
		f := &out[i]
		sort.Slice(f.Entities, func(a, b int) bool { return f.Entities[a].ID < f.Entities[b].ID })
		sort.Slice(f.Mentions, func(a, b int) bool { return f.Mentions[a].Entity < f.Mentions[b].Entity })
		sort.Slice(f.Relations, func(a, b int) bool {
			x, y := f.Relations[a], f.Relations[b]
			if x.Type != y.Type {
				return x.Type < y.Type
			}
			if x.From != y.From {
				return x.From < y.From
			}
			if x.To != y.To {
				return x.To < y.To
			}
			return x.Key < y.Key
		})
		f.Hash = factsHash(g.Extractor, f)
	}
	return out
}

// relationKey separates facts of one pair that differ in role or title.
func relationKey(r kg.Relation) string {
	for _, k := range []string{"role", "title"} {
		if v, ok := r.Properties[k].(string); ok && v != "" {
			return strings.ToLower(strings.TrimSpace(v))
		}
	}
	return ""
}

// sortEvidence orders one document's evidence by offset and drops repeats.
func sortEvidence(r *RelationRow) {
	idx := evidenceOrder(nil, r.EvStarts, r.EvEnds)
	s, e, t := make([]int, 0, len(idx)), make([]int, 0, len(idx)), make([]string, 0, len(idx))
	for k, i := range idx {
		if k > 0 && r.EvStarts[i] == s[len(s)-1] && r.EvEnds[i] == e[len(e)-1] {
			continue // the same sentence given twice
		}
		s, e, t = append(s, r.EvStarts[i]), append(e, r.EvEnds[i]), append(t, r.EvTexts[i])
	}
	r.EvStarts, r.EvEnds, r.EvTexts = s, e, t
}

// evidenceOrder is the permutation that sorts evidence given as parallel
// lists by (document, start, end); docs is nil when all share a document.
// The stored order is this one, so that the graph does not depend on the
// order documents were loaded in.
func evidenceOrder(docs []string, starts, ends []int) []int {
	idx := make([]int, len(starts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := idx[a], idx[b]
		if docs != nil && docs[x] != docs[y] {
			return docs[x] < docs[y]
		}
		if starts[x] != starts[y] {
			return starts[x] < starts[y]
		}
		return ends[x] < ends[y]
	})
	return idx
}

// entityProps is the node's full property map (see schema/MODEL.md).
func entityProps(e kg.Entity) map[string]any {
	p := scalarProps(e.Properties)
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	p["id"] = e.ID
	p["type"] = string(e.Type)
	p["name"] = e.Name
	p["aliases"] = aliases
	if _, ok := p["latin"]; !ok {
		p["latin"] = ""
	}
	if _, ok := p["latinAliases"]; !ok {
		p["latinAliases"] = []string{}
	}
	// One string for the full-text index: names, aliases and their Latin keys.
	parts := append([]string{e.Name}, aliases...)
	parts = append(parts, stringOf(p["latin"]))
	if la, ok := p["latinAliases"].([]string); ok {
		parts = append(parts, la...)
	}
	p["search"] = strings.Join(dedupe(parts), " | ")
	return p
}

// scalarProps keeps the values Neo4j can store as properties: strings,
// numbers, booleans and homogeneous lists of those. Nested maps are dropped.
func scalarProps(in map[string]any) map[string]any {
	out := make(map[string]any, len(in))
	for k, v := range in {
		switch x := v.(type) {
		case nil:
		case string, bool, int, int64, float64:
			out[k] = x
		case int32:
			out[k] = int64(x)
		case float32:
			out[k] = float64(x)
		case []string:
			out[k] = append([]string{}, x...)
		case []int:
			out[k] = append([]int{}, x...)
		case []any:
			ss := make([]string, 0, len(x))
			for _, y := range x {
				if s, ok := y.(string); ok {
					ss = append(ss, s)
				}
			}
			if len(ss) == len(x) {
				out[k] = ss
			}
		}
	}
	return out
}

func stringOf(v any) string {
	s, _ := v.(string)
	return s
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0:0]
	for _, x := range xs {
		x = strings.TrimSpace(x)
		if x == "" || seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}

func factsHash(ex kg.ExtractorInfo, f *DocFacts) string {
	h := sha256.New()
	doc := f.Doc
	enc := json.NewEncoder(h)
	// encoding/json sorts map keys, so the encoding is canonical.
	_ = enc.Encode([]any{ex, doc.ID, doc.Path, doc.URL, doc.Title, doc.Published, doc.Hash, doc.Text, f.Entities, f.Mentions, f.Relations})
	return hex.EncodeToString(h.Sum(nil))
}

// docProps is the Document node's full property map.
func docProps(ex kg.ExtractorInfo, f DocFacts) map[string]any {
	d := f.Doc
	p := map[string]any{
		"id": d.ID, "path": d.Path, "title": d.Title, "hash": d.Hash, "text": d.Text,
		"extractor": fmt.Sprintf("%s/%s", ex.Name, ex.Version), "factsHash": f.Hash,
	}
	if d.URL != "" {
		p["url"] = d.URL
	}
	if d.Published != nil && *d.Published != "" {
		p["published"] = *d.Published
	}
	// The relationships the document supports, as parallel lists, so that
	// retracting it finds them by key instead of scanning every edge of the
	// entities it mentions (a popular place or programme has thousands).
	types, froms, tos, keys := make([]string, len(f.Relations)), make([]string, len(f.Relations)), make([]string, len(f.Relations)), make([]string, len(f.Relations))
	for i, r := range f.Relations {
		types[i], froms[i], tos[i], keys[i] = string(r.Type), r.From, r.To, r.Key
	}
	p["relTypes"], p["relFroms"], p["relTos"], p["relKeys"] = types, froms, tos, keys
	return p
}
