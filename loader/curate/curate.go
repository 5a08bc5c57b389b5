// Package curate applies an analyst-maintained corrections file to an
// extracted graph before it is loaded, so that corrections survive every
// reload: merge entities the rules kept apart, keep apart entities the
// rules merged, rename an entity, change its type.
//
// The file (YAML):
//
//	merge:                       # the first entity absorbs the others
//	  - into: "Асоциация на бизнес клъстерите"
//	    from: ["АБК", "id:Organization:abc123"]
//	keep_apart:                  # one extracted entity holding both names is split
//	  - ["Клъстер Мехатроника", "Мехатроника и автоматизация"]
//	rename:
//	  - entity: "Зелена Сингерия"
//	    name: "Зелена синергия"
//	retype:
//	  - entity: "Sea Harmony"
//	    type: Organization
//
// An entity is named by "id:<id>", by "<Type>:<name>" (Type one of the
// entity types), or by a name or alias alone; names compare case-, quote-
// and space-insensitively. A rule that names no entity of the current input
// is reported, not an error: a partial load need not hold every entity.
package curate

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/translit"
	"github.com/goccy/go-yaml"
)

// File is a parsed corrections file.
type File struct {
	hash string // of the file's bytes; see Hash

	Merge     []Merge    `yaml:"merge"`
	KeepApart [][]string `yaml:"keep_apart"`
	Rename    []Rename   `yaml:"rename"`
	Retype    []Retype   `yaml:"retype"`
}

// Merge folds From into Into.
type Merge struct {
	Into string   `yaml:"into"`
	From []string `yaml:"from"`
}

// Rename gives an entity a new display name; the old one stays an alias.
type Rename struct {
	Entity string `yaml:"entity"`
	Name   string `yaml:"name"`
}

// Retype changes an entity's type; its id stays.
type Retype struct {
	Entity string        `yaml:"entity"`
	Type   kg.EntityType `yaml:"type"`
}

// Load reads and validates a corrections file.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("curation file: %w", err)
	}
	return Parse(path, b)
}

// Parse parses and validates corrections; name is used in errors.
func Parse(name string, b []byte) (*File, error) {
	var f File
	if err := yaml.UnmarshalWithOptions(b, &f, yaml.Strict()); err != nil {
		return nil, fmt.Errorf("curation file %s: %w", name, err)
	}
	var errs []error
	for i, m := range f.Merge {
		if strings.TrimSpace(m.Into) == "" || len(m.From) == 0 {
			errs = append(errs, fmt.Errorf("curation file %s: merge #%d needs `into` and a non-empty `from`", name, i+1))
		}
	}
	for i, k := range f.KeepApart {
		if len(k) != 2 {
			errs = append(errs, fmt.Errorf("curation file %s: keep_apart #%d needs exactly two names", name, i+1))
		}
	}
	for i, r := range f.Rename {
		if strings.TrimSpace(r.Entity) == "" || strings.TrimSpace(r.Name) == "" {
			errs = append(errs, fmt.Errorf("curation file %s: rename #%d needs `entity` and `name`", name, i+1))
		}
	}
	for i, r := range f.Retype {
		if !r.Type.Valid() {
			errs = append(errs, fmt.Errorf("curation file %s: retype #%d: unknown type %q (want one of %v)", name, i+1, r.Type, kg.EntityTypes))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	h := sha256.Sum256(b)
	f.hash = hex.EncodeToString(h[:])
	return &f, nil
}

// Hash fingerprints the corrections, so that a load notices an edit.
func (f *File) Hash() string {
	if f == nil {
		return ""
	}
	return f.hash
}

// Report says what the corrections did to one graph.
type Report struct {
	Applied   int
	Unmatched []string // rules that named no entity of this input
}

// Apply returns g with the corrections applied: keep_apart first (so that
// a later merge cannot undo it), then merge, rename, retype. g is not
// modified.
func (f *File) Apply(g *kg.Graph) (*kg.Graph, Report, error) {
	out := clone(g)
	var rep Report
	if f == nil {
		return out, rep, nil
	}
	c := &cur{g: out}
	apart := map[[2]string]bool{}
	for _, pair := range f.KeepApart {
		a, b, ok := c.split(pair[0], pair[1])
		switch {
		case !ok:
			rep.Unmatched = append(rep.Unmatched, fmt.Sprintf("keep_apart %q / %q: no entity holds both or either", pair[0], pair[1]))
		default:
			rep.Applied++
		}
		if a != "" && b != "" {
			apart[[2]string{a, b}], apart[[2]string{b, a}] = true, true
		}
	}
	for _, m := range f.Merge {
		into := c.find(m.Into)
		if into == nil {
			rep.Unmatched = append(rep.Unmatched, fmt.Sprintf("merge into %q: no such entity", m.Into))
			continue
		}
		for _, from := range m.From {
			src := c.find(from)
			if src == nil {
				rep.Unmatched = append(rep.Unmatched, fmt.Sprintf("merge %q into %q: no such entity", from, m.Into))
				continue
			}
			if src.ID == into.ID {
				continue
			}
			if apart[[2]string{src.ID, into.ID}] {
				return nil, rep, fmt.Errorf("curation: merge %q into %q contradicts keep_apart", from, m.Into)
			}
			c.merge(into.ID, src.ID)
			into = c.byID(into.ID)
			rep.Applied++
		}
	}
	for _, r := range f.Rename {
		e := c.find(r.Entity)
		if e == nil {
			rep.Unmatched = append(rep.Unmatched, fmt.Sprintf("rename %q: no such entity", r.Entity))
			continue
		}
		if e.Name != r.Name {
			e.Aliases = addAlias(e.Aliases, e.Name, r.Name)
			e.Name = r.Name
		}
		rep.Applied++
	}
	for _, r := range f.Retype {
		e := c.find(r.Entity)
		if e == nil {
			rep.Unmatched = append(rep.Unmatched, fmt.Sprintf("retype %q: no such entity", r.Entity))
			continue
		}
		e.Type = r.Type
		rep.Applied++
	}
	for i := range out.Entities {
		e := &out.Entities[i]
		e.Properties["latin"] = translit.Key(e.Name)
		lat := make([]string, 0, len(e.Aliases))
		for _, a := range e.Aliases {
			lat = append(lat, translit.Key(a))
		}
		e.Properties["latinAliases"] = dedupe(lat)
	}
	out.Relations = dedupeRelations(out.Relations)
	return out, rep, nil
}

type cur struct{ g *kg.Graph }

func (c *cur) byID(id string) *kg.Entity {
	for i := range c.g.Entities {
		if c.g.Entities[i].ID == id {
			return &c.g.Entities[i]
		}
	}
	return nil
}

// find resolves a reference; with several name matches the one with the
// most mentions wins, so that the reference means the prominent entity.
func (c *cur) find(ref string) *kg.Entity {
	ref = strings.TrimSpace(ref)
	if id, ok := strings.CutPrefix(ref, "id:"); ok {
		return c.byID(strings.TrimSpace(id))
	}
	var typ kg.EntityType
	if t, name, ok := strings.Cut(ref, ":"); ok && kg.EntityType(strings.TrimSpace(t)).Valid() {
		typ, ref = kg.EntityType(strings.TrimSpace(t)), name
	}
	want := norm(ref)
	var best *kg.Entity
	for i := range c.g.Entities {
		e := &c.g.Entities[i]
		if typ != "" && e.Type != typ {
			continue
		}
		if !holds(e, want) {
			continue
		}
		if best == nil || len(e.Mentions) > len(best.Mentions) {
			best = e
		}
	}
	return best
}

func holds(e *kg.Entity, n string) bool {
	if norm(e.Name) == n {
		return true
	}
	for _, a := range e.Aliases {
		if norm(a) == n {
			return true
		}
	}
	return false
}

// merge moves src's names, mentions and relations to into and drops src.
func (c *cur) merge(intoID, srcID string) {
	into, src := c.byID(intoID), c.byID(srcID)
	into.Aliases = addAlias(into.Aliases, src.Name)
	into.Aliases = addAlias(into.Aliases, src.Aliases...)
	into.Mentions = append(into.Mentions, src.Mentions...)
	for k, v := range src.Properties {
		if _, ok := into.Properties[k]; !ok {
			into.Properties[k] = v
		}
	}
	for i := range c.g.Relations {
		r := &c.g.Relations[i]
		if r.From == srcID {
			r.From = intoID
		}
		if r.To == srcID {
			r.To = intoID
		}
	}
	c.remove(srcID)
}

func (c *cur) remove(id string) {
	ents := c.g.Entities[:0]
	for _, e := range c.g.Entities {
		if e.ID != id {
			ents = append(ents, e)
		}
	}
	c.g.Entities = ents
	rels := c.g.Relations[:0]
	for _, r := range c.g.Relations {
		if r.From != r.To {
			rels = append(rels, r)
		}
	}
	c.g.Relations = rels
}

// split separates the entity that holds both names a and b: mentions whose
// text is closer to b, and relations whose evidence holds such a mention,
// go to a new entity named b. It returns the two ids, and whether a split
// happened or the two are already apart.
func (c *cur) split(a, b string) (string, string, bool) {
	na, nb := norm(a), norm(b)
	for i := range c.g.Entities {
		e := &c.g.Entities[i]
		if !holds(e, na) || !holds(e, nb) {
			continue
		}
		ne := kg.Entity{ID: splitID(e.Type, b), Type: e.Type, Name: b, Aliases: []string{}, Properties: map[string]any{}}
		var keep []kg.Span
		for _, m := range e.Mentions {
			if closer(norm(m.Text), nb, na) {
				ne.Mentions = append(ne.Mentions, m)
			} else {
				keep = append(keep, m)
			}
		}
		var aliases []string
		for _, al := range e.Aliases {
			if norm(al) == nb || closer(norm(al), nb, na) {
				continue
			}
			aliases = append(aliases, al)
		}
		if norm(e.Name) == nb {
			e.Name = a
		}
		e.Mentions, e.Aliases = keep, addAlias(aliases, a)
		for k, v := range e.Properties {
			ne.Properties[k] = v
		}
		oldID := e.ID
		for j := range c.g.Relations {
			r := &c.g.Relations[j]
			if r.From != oldID && r.To != oldID {
				continue
			}
			if !evidenceHolds(r.Evidence, ne.Mentions) || evidenceHolds(r.Evidence, keep) {
				continue
			}
			if r.From == oldID {
				r.From = ne.ID
			}
			if r.To == oldID {
				r.To = ne.ID
			}
		}
		c.g.Entities = append(c.g.Entities, ne)
		return oldID, ne.ID, true
	}
	ea, eb := c.find(a), c.find(b)
	if ea != nil && eb != nil {
		return ea.ID, eb.ID, true // already apart
	}
	return "", "", false
}

// closer reports whether s is nearer to b than to a, by shared words.
func closer(s, b, a string) bool {
	if s == b {
		return true
	}
	if s == a {
		return false
	}
	return overlap(s, b) > overlap(s, a)
}

func overlap(x, y string) int {
	ws := map[string]bool{}
	for _, w := range strings.Fields(x) {
		ws[w] = true
	}
	n := 0
	for _, w := range strings.Fields(y) {
		if ws[w] {
			n++
		}
	}
	return n
}

func evidenceHolds(ev []kg.Span, ms []kg.Span) bool {
	for _, e := range ev {
		for _, m := range ms {
			if m.Document == e.Document && m.Start >= e.Start && m.End <= e.End {
				return true
			}
		}
	}
	return false
}

func splitID(t kg.EntityType, name string) string {
	h := sha256.Sum256([]byte(string(t) + "\x00" + norm(name)))
	return string(t) + ":curated-" + hex.EncodeToString(h[:8])
}

// norm folds case, quotes, dashes and spaces.
func norm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case strings.ContainsRune("\"'„“”«»‘’`", r):
			continue
		case r == '–' || r == '—' || r == '-':
			r = '-'
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func addAlias(list []string, names ...string) []string {
	for _, n := range names {
		if strings.TrimSpace(n) == "" {
			continue
		}
		dup := false
		for _, x := range list {
			if x == n {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	sort.Strings(list)
	return list
}

func dedupe(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if x != "" && (i == 0 || x != xs[i-1]) {
			out = append(out, x)
		}
	}
	return out
}

// dedupeRelations joins relations that became equal (same type, ends and
// properties) after a merge, keeping all their evidence.
func dedupeRelations(rs []kg.Relation) []kg.Relation {
	idx := map[string]int{}
	var out []kg.Relation
	for _, r := range rs {
		k := fmt.Sprintf("%s\x00%s\x00%s\x00%v", r.Type, r.From, r.To, sortedProps(r.Properties))
		if i, ok := idx[k]; ok {
			out[i].Evidence = append(out[i].Evidence, r.Evidence...)
			continue
		}
		idx[k] = len(out)
		out = append(out, r)
	}
	return out
}

func sortedProps(p map[string]any) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%v;", k, p[k])
	}
	return b.String()
}

// clone deep-copies what Apply modifies.
func clone(g *kg.Graph) *kg.Graph {
	out := &kg.Graph{Extractor: g.Extractor, Documents: g.Documents}
	out.Entities = make([]kg.Entity, len(g.Entities))
	for i, e := range g.Entities {
		e.Aliases = append([]string{}, e.Aliases...)
		e.Mentions = append([]kg.Span{}, e.Mentions...)
		props := make(map[string]any, len(e.Properties))
		for k, v := range e.Properties {
			props[k] = v
		}
		e.Properties = props
		out.Entities[i] = e
	}
	out.Relations = make([]kg.Relation, len(g.Relations))
	for i, r := range g.Relations {
		r.Evidence = append([]kg.Span{}, r.Evidence...)
		out.Relations[i] = r
	}
	return out
}
