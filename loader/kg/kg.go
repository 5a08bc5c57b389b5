// Package kg holds the extracted knowledge graph: the types that the extractor
// produces, the loader writes to Neo4j and `clustergraph extract --format json`
// prints. The JSON shape is a public contract: add fields, never rename them.
package kg

import "context"

// EntityType is one of the closed set of entity kinds.
type EntityType string

// The entity types. Programme covers programmes, funds, strategies and calls.
const (
	Association  EntityType = "Association"
	Cluster      EntityType = "Cluster"
	Organization EntityType = "Organization"
	Project      EntityType = "Project"
	Programme    EntityType = "Programme"
	Event        EntityType = "Event"
	Person       EntityType = "Person"
	Place        EntityType = "Place"
)

// EntityTypes lists every entity type in a fixed order; code that builds
// labels from a type must check membership here (labels cannot be parameters).
var EntityTypes = []EntityType{Association, Cluster, Organization, Project, Programme, Event, Person, Place}

// Valid reports whether t is one of EntityTypes.
func (t EntityType) Valid() bool {
	for _, x := range EntityTypes {
		if x == t {
			return true
		}
	}
	return false
}

// RelationType is one of the closed set of directed relation kinds.
type RelationType string

// The relation types, written from -> to.
const (
	MemberOf       RelationType = "MEMBER_OF"       // Cluster/Organization -> Association/Cluster
	PartnerIn      RelationType = "PARTNER_IN"      // Cluster/Organization/Association -> Project; property role
	FundedBy       RelationType = "FUNDED_BY"       // Project/Event -> Programme; Programme -> Programme (fund)
	Organized      RelationType = "ORGANIZED"       // Org-like -> Event; property role
	ParticipatedIn RelationType = "PARTICIPATED_IN" // Org-like/Person -> Event
	PresentedAt    RelationType = "PRESENTED_AT"    // Project/Person/Org-like -> Event
	HeldIn         RelationType = "HELD_IN"         // Event -> Place
	BasedIn        RelationType = "BASED_IN"        // Org-like -> Place
	HoldsRole      RelationType = "HOLDS_ROLE"      // Person -> Org-like; property title
	PartOf         RelationType = "PART_OF"         // Event -> Event, Place -> Place, Project -> Programme, ...
)

// RelationTypes lists every relation type in a fixed order.
var RelationTypes = []RelationType{MemberOf, PartnerIn, FundedBy, Organized, ParticipatedIn, PresentedAt, HeldIn, BasedIn, HoldsRole, PartOf}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool {
	for _, x := range RelationTypes {
		if x == t {
			return true
		}
	}
	return false
}

// ExtractorInfo names the implementation that produced a graph. The loader
// re-extracts a document whose stored version differs.
type ExtractorInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Document is one decoded, cleaned source text.
type Document struct {
	ID        string  `json:"id"`                 // stable: derived from the path (or JSONL id), not the content
	Path      string  `json:"path"`               // as given on the command line, slash-separated
	URL       string  `json:"url,omitempty"`      // from JSON Lines input
	Title     string  `json:"title"`              // from the text when no metadata gives it
	Published *string `json:"published"`          // ISO 8601 date (YYYY-MM-DD) or null
	Hash      string  `json:"hash,omitempty"`     // sha256 hex of Text, for incremental loads
	Encoding  string  `json:"encoding,omitempty"` // the encoding the source was decoded from
	Text      string  `json:"text,omitempty"`     // the cleaned text all offsets point into

	// DateHint is a best guess (YYYY-MM-DD) of when the text was written,
	// used to complete partial dates such as "5 юли" when Published is
	// unknown (e.g. from the dates of neighbouring items on a scraped page).
	// It is never reported as Published.
	DateHint string `json:"-"`
}

// Span points at a piece of a document's Text. Start and End are code point
// (rune) offsets, End exclusive; Text is the covered substring.
type Span struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Entity is one resolved real-world thing.
//
// Properties holds type-specific values with string, number or bool values
// (or lists of strings): "latin" (transliteration key of Name, on every
// entity), "latinAliases", "start"/"end" (Event, ISO dates), "code"
// (Project contract code), "acronym", "country" (ISO-like English name) ...
type Entity struct {
	ID         string         `json:"id"`
	Type       EntityType     `json:"type"`
	Name       string         `json:"name"`
	Aliases    []string       `json:"aliases"`
	Properties map[string]any `json:"properties"`
	Mentions   []Span         `json:"mentions"`
}

// Relation is a directed, typed fact between two entities with the sentences
// that state it. Properties holds "role" (PARTNER_IN, ORGANIZED) or "title"
// (HOLDS_ROLE).
type Relation struct {
	Type       RelationType   `json:"type"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	Properties map[string]any `json:"properties"`
	Evidence   []Span         `json:"evidence"`
}

// Graph is what one extraction run produced over a set of documents.
type Graph struct {
	Extractor ExtractorInfo `json:"extractor"`
	Documents []Document    `json:"documents"`
	Entities  []Entity      `json:"entities"`
	Relations []Relation    `json:"relations"`
}

// Extractor turns decoded documents into a graph. Implementations must be
// deterministic for the same input and version, and must not panic on any
// input. The rule-based one lives in loader/extract; another (for example a
// model behind an OpenAI-compatible endpoint) can be added beside it.
type Extractor interface {
	Info() ExtractorInfo
	Extract(ctx context.Context, docs []Document) (*Graph, error)
}
