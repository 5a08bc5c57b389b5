package model

import (
	"fmt"
	"io"
	"strconv"
)

// EntityType is the GraphQL enum of entity kinds; values equal kg.EntityType.
type EntityType string

// The entity types.
const (
	EntityTypeAssociation  EntityType = "Association"
	EntityTypeCluster      EntityType = "Cluster"
	EntityTypeOrganization EntityType = "Organization"
	EntityTypeProject      EntityType = "Project"
	EntityTypeProgramme    EntityType = "Programme"
	EntityTypeEvent        EntityType = "Event"
	EntityTypePerson       EntityType = "Person"
	EntityTypePlace        EntityType = "Place"
)

// AllEntityType lists the entity types.
var AllEntityType = []EntityType{
	EntityTypeAssociation, EntityTypeCluster, EntityTypeOrganization, EntityTypeProject,
	EntityTypeProgramme, EntityTypeEvent, EntityTypePerson, EntityTypePlace,
}

// IsValid reports whether e is one of AllEntityType.
func (e EntityType) IsValid() bool {
	for _, x := range AllEntityType {
		if x == e {
			return true
		}
	}
	return false
}

func (e EntityType) String() string { return string(e) }

// UnmarshalGQL reads an enum value.
func (e *EntityType) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("enums must be strings")
	}
	*e = EntityType(s)
	if !e.IsValid() {
		return fmt.Errorf("%s is not a valid EntityType", s)
	}
	return nil
}

// MarshalGQL writes an enum value.
func (e EntityType) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(e))) }

// RelationType is the GraphQL enum of relationship types; values equal kg.RelationType.
type RelationType string

// The relationship types.
const (
	RelationTypeMemberOf       RelationType = "MEMBER_OF"
	RelationTypePartnerIn      RelationType = "PARTNER_IN"
	RelationTypeFundedBy       RelationType = "FUNDED_BY"
	RelationTypeOrganized      RelationType = "ORGANIZED"
	RelationTypeParticipatedIn RelationType = "PARTICIPATED_IN"
	RelationTypePresentedAt    RelationType = "PRESENTED_AT"
	RelationTypeHeldIn         RelationType = "HELD_IN"
	RelationTypeBasedIn        RelationType = "BASED_IN"
	RelationTypeHoldsRole      RelationType = "HOLDS_ROLE"
	RelationTypePartOf         RelationType = "PART_OF"
)

// AllRelationType lists the relationship types.
var AllRelationType = []RelationType{
	RelationTypeMemberOf, RelationTypePartnerIn, RelationTypeFundedBy, RelationTypeOrganized,
	RelationTypeParticipatedIn, RelationTypePresentedAt, RelationTypeHeldIn, RelationTypeBasedIn,
	RelationTypeHoldsRole, RelationTypePartOf,
}

// IsValid reports whether e is one of AllRelationType.
func (e RelationType) IsValid() bool {
	for _, x := range AllRelationType {
		if x == e {
			return true
		}
	}
	return false
}

func (e RelationType) String() string { return string(e) }

// UnmarshalGQL reads an enum value.
func (e *RelationType) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("enums must be strings")
	}
	*e = RelationType(s)
	if !e.IsValid() {
		return fmt.Errorf("%s is not a valid RelationType", s)
	}
	return nil
}

// MarshalGQL writes an enum value.
func (e RelationType) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(e))) }

// Direction is which way a relationship points from the field's owner.
type Direction string

// The directions.
const (
	DirectionOut  Direction = "OUT"
	DirectionIn   Direction = "IN"
	DirectionBoth Direction = "BOTH"
)

// IsValid reports whether e is a known direction.
func (e Direction) IsValid() bool {
	return e == DirectionOut || e == DirectionIn || e == DirectionBoth
}

func (e Direction) String() string { return string(e) }

// UnmarshalGQL reads an enum value.
func (e *Direction) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("enums must be strings")
	}
	*e = Direction(s)
	if !e.IsValid() {
		return fmt.Errorf("%s is not a valid Direction", s)
	}
	return nil
}

// MarshalGQL writes an enum value.
func (e Direction) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(e))) }
