package eval

import (
	"fmt"
	"strings"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Counts holds true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

func (c Counts) add(o Counts) Counts {
	return Counts{TP: c.TP + o.TP, FP: c.FP + o.FP, FN: c.FN + o.FN}
}

// Precision is TP/(TP+FP), or 0 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN), or 0 when there was nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall (0 when both are 0).
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Fact is one false positive or false negative, for debugging.
type Fact struct {
	Document string `json:"document"`
	Kind     string `json:"kind"` // "entity" or "relation"
	Type     string `json:"type"`
	Text     string `json:"text"`           // the name, or "From -> To {props}"
	Note     string `json:"note,omitempty"` // e.g. a lenient match with other properties
}

func (f Fact) String() string {
	s := fmt.Sprintf("%-8s %-15s %s", f.Kind, f.Type, f.Text)
	if f.Note != "" {
		s += "  (" + f.Note + ")"
	}
	return s
}

// DocReport is the score of one gold document.
type DocReport struct {
	Document         string `json:"document"`
	Entities         Counts `json:"entities"`
	Relations        Counts `json:"relations"`
	RelationsLenient Counts `json:"relationsLenient"`
	FalsePositives   []Fact `json:"falsePositives"`
	FalseNegatives   []Fact `json:"falseNegatives"` // gold facts not found
	EventDates       Dates  `json:"eventDates"`
	DateErrors       []Fact `json:"dateErrors"` // matched events with a wrong or missing date
	// LostToEntities counts the gold relations not found even leniently
	// whose end (or both) no predicted entity matches: what recognition,
	// not relation reading, lost.
	LostToEntities int `json:"lostToEntities"`

	entityByType map[kg.EntityType]Counts
	relByType    map[kg.RelationType]Counts
	relLenByType map[kg.RelationType]Counts
}

// Dates counts the gold event dates (start and end) of matched events and
// how many of them the graph got right.
type Dates struct {
	Gold    int `json:"gold"`
	Correct int `json:"correct"`
}

// Report is the score of a graph against a gold set: counts by type and
// micro-averaged totals (counts summed over documents and types).
type Report struct {
	Documents            []DocReport                `json:"documents"`
	Entities             map[kg.EntityType]Counts   `json:"entities"`
	Relations            map[kg.RelationType]Counts `json:"relations"`        // strict: role/title must match
	RelationsLenient     map[kg.RelationType]Counts `json:"relationsLenient"` // properties ignored
	EntityTotal          Counts                     `json:"entityTotal"`
	RelationTotal        Counts                     `json:"relationTotal"`
	RelationLenientTotal Counts                     `json:"relationLenientTotal"`
	EventDates           Dates                      `json:"eventDates"`     // of matched events only
	LostToEntities       int                        `json:"lostToEntities"` // relations missed for want of an end entity
	Unattributed         int                        `json:"unattributed"`   // predicted facts tied to no document
}

func row(b *strings.Builder, name string, c Counts) {
	fmt.Fprintf(b, "  %-16s %5d %5d %5d   %6.3f %6.3f %6.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
}

func header(b *strings.Builder, title string) {
	fmt.Fprintf(b, "%s\n  %-16s %5s %5s %5s   %6s %6s %6s\n", title, "type", "TP", "FP", "FN", "P", "R", "F1")
}

// String renders the scores as a table: entities by type, relations by type
// (strict, with the lenient F1 beside), totals last.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "documents: %d\n", len(r.Documents))
	header(&b, "entities")
	for _, t := range kg.EntityTypes {
		if c, ok := r.Entities[t]; ok {
			row(&b, string(t), c)
		}
	}
	row(&b, "TOTAL (micro)", r.EntityTotal)
	header(&b, "relations (strict: role/title must match)")
	for _, t := range kg.RelationTypes {
		if c, ok := r.Relations[t]; ok {
			row(&b, string(t), c)
		}
	}
	row(&b, "TOTAL (micro)", r.RelationTotal)
	header(&b, "relations (lenient: properties ignored)")
	for _, t := range kg.RelationTypes {
		if c, ok := r.RelationsLenient[t]; ok {
			row(&b, string(t), c)
		}
	}
	row(&b, "TOTAL (micro)", r.RelationLenientTotal)
	fmt.Fprintf(&b, "event dates of matched events: %d of %d right\n", r.EventDates.Correct, r.EventDates.Gold)
	r.lostLine(&b)
	if r.Unattributed > 0 {
		fmt.Fprintf(&b, "unattributed predictions (no document): %d\n", r.Unattributed)
	}
	fmt.Fprintf(&b, "per document (entity F1 / relation F1):\n")
	for _, d := range r.Documents {
		fmt.Fprintf(&b, "  %-40s %6.3f %6.3f\n", d.Document, d.Entities.F1(), d.Relations.F1())
	}
	return b.String()
}

// Totals renders only the micro totals: what a held-out set may show
// (per-type and per-document rows would point rule writers at its texts).
func (r Report) Totals() string {
	var b strings.Builder
	fmt.Fprintf(&b, "documents: %d\n", len(r.Documents))
	header(&b, "totals")
	row(&b, "entities", r.EntityTotal)
	row(&b, "relations", r.RelationTotal)
	row(&b, "rel. lenient", r.RelationLenientTotal)
	r.lostLine(&b)
	return b.String()
}

// lostLine says how many missed relations lack an end entity: it tells
// whether recognition or relation reading is the larger loss.
func (r Report) lostLine(b *strings.Builder) {
	fmt.Fprintf(b, "relations missed (lenient) for want of an end entity: %d of %d\n", r.LostToEntities, r.RelationLenientTotal.FN)
}

// Errors lists, per document, the false negatives (gold facts not found)
// and false positives (predicted facts not in the gold).
func (r Report) Errors() string {
	var b strings.Builder
	for _, d := range r.Documents {
		if len(d.FalseNegatives)+len(d.FalsePositives)+len(d.DateErrors) == 0 {
			continue
		}
		fmt.Fprintf(&b, "== %s\n", d.Document)
		for _, f := range d.FalseNegatives {
			fmt.Fprintf(&b, "  FN %s\n", f)
		}
		for _, f := range d.FalsePositives {
			fmt.Fprintf(&b, "  FP %s\n", f)
		}
		for _, f := range d.DateErrors {
			fmt.Fprintf(&b, "  DT %s\n", f)
		}
	}
	return b.String()
}
