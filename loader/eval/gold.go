// Package eval measures extraction quality: it loads hand-written gold
// annotations (one JSON file per text), scores a kg.Graph against them and
// reports precision, recall and F1 per entity and relation type.
package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// GoldSuffix ends the name of every gold file; X.gold.json annotates X.txt.
const GoldSuffix = ".gold.json"

// Gold is the annotation of one document: every entity and relation a
// careful reader finds in it.
type Gold struct {
	Document  string         `json:"document"` // file name of the text, e.g. "000_x.txt"
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`

	file string // where it was read from, for error messages
}

// GoldEntity is one entity with every name form a reasonable extractor
// might choose for it.
type GoldEntity struct {
	Type    kg.EntityType `json:"type"`
	Name    string        `json:"name"`
	Aliases []string      `json:"aliases,omitempty"`
	// Properties are optional expected values: "start"/"end" (Event, ISO
	// dates), "code" (Project). The scorer checks event dates separately
	// (Report.EventDates); they do not change the entity scores.
	Properties map[string]string `json:"properties,omitempty"`
}

// GoldRef points at a GoldEntity of the same document by type and name
// (or one of its aliases).
type GoldRef struct {
	Type kg.EntityType `json:"type"`
	Name string        `json:"name"`
}

// GoldRelation is one directed fact. Properties holds "role" or "title";
// a value is a string or a list of acceptable strings.
type GoldRelation struct {
	Type       kg.RelationType `json:"type"`
	From       GoldRef         `json:"from"`
	To         GoldRef         `json:"to"`
	Properties map[string]any  `json:"properties,omitempty"`
}

// Names returns the name followed by the aliases.
func (e GoldEntity) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// PropertyValues returns the acceptable values of property key, or nil when
// the gold does not constrain it.
func (r GoldRelation) PropertyValues(key string) []string {
	switch v := r.Properties[key].(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	case []string:
		return v
	}
	return nil
}

// find returns the index of the entity ref points at, or -1.
func (g *Gold) find(ref GoldRef) int {
	key := NormalizeName(ref.Name)
	for i, e := range g.Entities {
		if e.Type != ref.Type {
			continue
		}
		for _, n := range e.Names() {
			if NormalizeName(n) == key {
				return i
			}
		}
	}
	return -1
}

// Validate checks one gold annotation: known types, non-empty names, no
// entity given twice, no name shared by two entities of one type, relation
// endpoints that exist and property values that are strings.
func (g *Gold) Validate() error {
	var errs []error
	if strings.TrimSpace(g.Document) == "" {
		errs = append(errs, errors.New(`"document" is empty`))
	}
	owner := map[string]int{} // type + normalised name -> entity index
	for i, e := range g.Entities {
		if !e.Type.Valid() {
			errs = append(errs, fmt.Errorf("entity %q: unknown type %q", e.Name, e.Type))
		}
		for _, n := range e.Names() {
			k := NormalizeName(n)
			if k == "" {
				errs = append(errs, fmt.Errorf("entity %d (%s %q): empty name or alias", i, e.Type, e.Name))
				continue
			}
			key := string(e.Type) + "\x00" + k
			if j, ok := owner[key]; ok && j != i {
				errs = append(errs, fmt.Errorf("entity %s %q: name %q also belongs to %q", e.Type, e.Name, n, g.Entities[j].Name))
			}
			owner[key] = i
		}
	}
	for i, r := range g.Relations {
		if !r.Type.Valid() {
			errs = append(errs, fmt.Errorf("relation %d: unknown type %q", i, r.Type))
		}
		for _, ref := range []GoldRef{r.From, r.To} {
			if g.find(ref) < 0 {
				errs = append(errs, fmt.Errorf("relation %d (%s): endpoint %s %q is not among the entities", i, r.Type, ref.Type, ref.Name))
			}
		}
		for k, v := range r.Properties {
			ok := false
			switch v := v.(type) {
			case string:
				ok = v != ""
			case []any:
				ok = len(v) > 0
				for _, x := range v {
					if _, s := x.(string); !s {
						ok = false
					}
				}
			}
			if !ok {
				errs = append(errs, fmt.Errorf("relation %d (%s): property %q must be a string or a list of strings", i, r.Type, k))
			}
		}
	}
	return errors.Join(errs...)
}

// ReadGold reads and validates one gold file.
func ReadGold(path string) (Gold, error) {
	var g Gold
	b, err := os.ReadFile(path)
	if err != nil {
		return g, fmt.Errorf("read gold: %w", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return g, fmt.Errorf("gold file %s: invalid JSON: %w", path, err)
	}
	g.file = path
	if err := g.Validate(); err != nil {
		return g, fmt.Errorf("gold file %s: %w", path, err)
	}
	return g, nil
}

// LoadGold reads every *.gold.json file of dir (not recursive), sorted by
// document name. Every file is checked; the error lists all bad ones.
func LoadGold(dir string) ([]Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*"+GoldSuffix))
	if err != nil {
		return nil, fmt.Errorf("list gold files in %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no %s files in %s", GoldSuffix, dir)
	}
	sort.Strings(paths)
	var out []Gold
	var errs []error
	seen := map[string]string{}
	for _, p := range paths {
		g, err := ReadGold(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, ok := seen[g.Document]; ok {
			errs = append(errs, fmt.Errorf("gold files %s and %s both annotate %q", prev, p, g.Document))
			continue
		}
		seen[g.Document] = p
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Document < out[j].Document })
	return out, errors.Join(errs...)
}
