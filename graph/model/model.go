// Package model holds the Go types behind the GraphQL schema: hand-written
// entity, document and edge types (so that one store row maps onto one value)
// plus the enums and connections gqlgen generates into models_gen.go.
package model

// Node is anything with a global id: every entity and every document.
type Node interface {
	IsNode()
}

// Entity is implemented by the eight entity types.
type Entity interface {
	Node
	// Base returns the properties every entity has.
	Base() *EntityBase
}

// EntityBase holds the stored properties of an entity node. Type-specific
// properties are pointers, nil when the node has none.
type EntityBase struct {
	ID       string
	Name     string
	Type     EntityType
	Aliases  []string
	Latin    *string
	DocCount int
	Acronym  *string
	Country  *string
	Code     *string
	Start    *string
	End      *string
}

// Base returns b itself, so that every entity type satisfies Entity.
func (b *EntityBase) Base() *EntityBase { return b }

// IsNode marks entities as nodes.
func (b *EntityBase) IsNode() {}

// Association is an association of clusters or businesses.
type Association struct{ EntityBase }

// Cluster is a business cluster.
type Cluster struct{ EntityBase }

// Organization is a company, agency, university or other organisation.
type Organization struct{ EntityBase }

// Project is a funded project.
type Project struct{ EntityBase }

// Programme is a programme, fund, strategy or call.
type Programme struct{ EntityBase }

// Event is a meeting, conference or other event.
type Event struct{ EntityBase }

// Person is a person.
type Person struct{ EntityBase }

// Place is a city, region or country.
type Place struct{ EntityBase }

// IsEntity marks the entity types for gqlgen's interface resolution.
func (Association) IsEntity()  {}
func (Cluster) IsEntity()      {}
func (Organization) IsEntity() {}
func (Project) IsEntity()      {}
func (Programme) IsEntity()    {}
func (Event) IsEntity()        {}
func (Person) IsEntity()       {}
func (Place) IsEntity()        {}

// NewEntity wraps b in the Go type of its entity type; nil for an unknown type.
func NewEntity(b EntityBase) Entity {
	switch b.Type {
	case EntityTypeAssociation:
		return &Association{b}
	case EntityTypeCluster:
		return &Cluster{b}
	case EntityTypeOrganization:
		return &Organization{b}
	case EntityTypeProject:
		return &Project{b}
	case EntityTypeProgramme:
		return &Programme{b}
	case EntityTypeEvent:
		return &Event{b}
	case EntityTypePerson:
		return &Person{b}
	case EntityTypePlace:
		return &Place{b}
	}
	return nil
}

// Document is a source text (without the text itself).
type Document struct {
	ID        string
	Path      string
	URL       *string
	Title     string
	Published *string
	Hash      *string
	Extractor *string
}

// IsNode marks documents as nodes.
func (*Document) IsNode() {}

// Evidence is one sentence stating a relationship; Document is resolved by id.
type Evidence struct {
	DocumentID string
	Text       string
	Start      int
	End        int
}

// Span is a piece of a document's text.
type Span struct {
	Start int
	End   int
	Text  string
}

// Mention is the mentions of one entity in one document.
type Mention struct {
	DocumentID string
	Count      int
	Spans      []*Span
}

// Relationship is one stored relationship between two entities.
type Relationship struct {
	Type        RelationType
	From        string
	To          string
	Key         string
	Role        *string
	Title       *string
	DocumentIds []string
	Evidence    []*Evidence
}

// RelatedEdge is a relationship seen from one end; Node is the other end.
type RelatedEdge struct {
	Cursor    string
	Node      Entity
	Direction Direction
	Rel       *Relationship
}

// GraphEdge is a relationship as a standalone edge of a path or subgraph.
type GraphEdge struct {
	Rel *Relationship
}

// Type is the relationship type.
func (e *RelatedEdge) Type() RelationType { return e.Rel.Type }

// Role is the role property, if any.
func (e *RelatedEdge) Role() *string { return e.Rel.Role }

// Title is the title property, if any.
func (e *RelatedEdge) Title() *string { return e.Rel.Title }

// DocumentIds lists the supporting documents.
func (e *RelatedEdge) DocumentIds() []string { return e.Rel.DocumentIds }

// Evidence lists the sentences that state the relationship.
func (e *RelatedEdge) Evidence() []*Evidence { return e.Rel.Evidence }

// ID identifies the relationship by its ends, type and key.
func (e *GraphEdge) ID() string {
	return e.Rel.From + "|" + string(e.Rel.Type) + "|" + e.Rel.To + "|" + e.Rel.Key
}

// Type is the relationship type.
func (e *GraphEdge) Type() RelationType { return e.Rel.Type }

// Source is the id of the start node.
func (e *GraphEdge) Source() string { return e.Rel.From }

// Target is the id of the end node.
func (e *GraphEdge) Target() string { return e.Rel.To }

// Role is the role property, if any.
func (e *GraphEdge) Role() *string { return e.Rel.Role }

// Title is the title property, if any.
func (e *GraphEdge) Title() *string { return e.Rel.Title }

// DocumentIds lists the supporting documents.
func (e *GraphEdge) DocumentIds() []string { return e.Rel.DocumentIds }

// Evidence lists the sentences that state the relationship.
func (e *GraphEdge) Evidence() []*Evidence { return e.Rel.Evidence }
