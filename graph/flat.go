package graph

import (
	"context"
	"io"
	"math"
	"slices"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/clustergraph/clustergraph/graph/model"
)

// flatLists turns the flat-list fast path on; tests turn it off to compare
// its output with gqlgen's.
var flatLists = func() *atomic.Bool {
	var b atomic.Bool
	b.Store(true)
	return &b
}()

// marshalFlat writes the lists that dominate large answers (the edges and
// nodes of neighbourhoods and paths, search hits, partners and their
// shared contexts)
// without gqlgen's per-field machinery, when every selected field is a
// plain scalar or one of these objects: gqlgen builds a field context, a
// context value, closures and an error for every field of every element
// (some 40 allocations per edge), which made a 200-node neighbourhood cost
// twice the CPU of its query through the driver. The fields are collected
// by gqlgen itself (fragments, aliases, @skip and @include as usual) and
// written in its format; anything else (a resolver, another nested
// selection, @defer) goes the usual way. Field interceptors (none is
// installed) would not see these fields. ok is false when the list is not
// one of these.
func marshalFlat(ctx context.Context, fc *graphql.FieldContext, length int) (graphql.Array, bool) {
	if !flatLists.Load() {
		return nil, false
	}
	oc := graphql.GetOperationContext(ctx)
	switch v := fc.Result.(type) {
	case []*model.GraphEdge:
		fields := graphql.CollectFields(oc, fc.Field.Selections, graphEdgeImplementors)
		if !flatFields(fields, edgeFields) {
			return nil, false
		}
		return flatArray(v, length, func(e *model.GraphEdge) (flatEdge, bool) {
			return flatEdge{fields, e}, e != nil && e.Rel != nil
		})
	case []model.Entity:
		plan := entityPlan{oc: oc, sel: fc.Field.Selections}
		return flatArray(v, length, plan.entity)
	case []*model.SharedContext:
		plan, ok := newSharedPlan(oc, fc.Field.Selections)
		if !ok {
			return nil, false
		}
		return flatArray(v, length, plan.item)
	case []*model.SearchEdge:
		fields := graphql.CollectFields(oc, fc.Field.Selections, searchEdgeImplementors)
		node, ok := nodePlan(oc, fields, "__typename", "cursor", "score")
		if !ok {
			return nil, false
		}
		return flatArray(v, length, func(se *model.SearchEdge) (flatSearchEdge, bool) {
			if se == nil || math.IsNaN(se.Score) || math.IsInf(se.Score, 0) {
				return flatSearchEdge{}, false
			}
			x := flatSearchEdge{fields: fields, e: se}
			ok := true
			if node != nil {
				x.node, ok = node.entity(se.Node)
			}
			return x, ok
		})
	case []*model.PartnerEdge:
		fields := graphql.CollectFields(oc, fc.Field.Selections, partnerEdgeImplementors)
		var shared *sharedPlan
		rest := make([]graphql.CollectedField, 0, len(fields))
		for _, f := range fields {
			if f.Name != "shared" {
				rest = append(rest, f)
				continue
			}
			if shared != nil || len(f.Arguments) > 0 || f.IsDeferred() {
				return nil, false
			}
			var ok bool
			if shared, ok = newSharedPlan(oc, f.Selections); !ok {
				return nil, false
			}
		}
		node, ok := nodePlan(oc, rest, "__typename", "cursor", "sharedCount")
		if !ok {
			return nil, false
		}
		return flatArray(v, length, func(pe *model.PartnerEdge) (flatPartnerEdge, bool) {
			if pe == nil {
				return flatPartnerEdge{}, false
			}
			x := flatPartnerEdge{fields: fields, e: pe}
			ok := true
			if node != nil {
				if x.node, ok = node.entity(pe.Node); !ok {
					return x, false
				}
			}
			if shared != nil {
				x.shared = make([]flatShared, len(pe.Shared))
				for j, sc := range pe.Shared {
					if x.shared[j], ok = shared.item(sc); !ok {
						return x, false
					}
				}
			}
			return x, true
		})
	}
	return nil, false
}

// flatArray converts every element of v; ok is false when v is not length
// long or any element does not convert, and gqlgen's own code runs instead.
func flatArray[T any, M graphql.Marshaler](v []T, length int, conv func(T) (M, bool)) (graphql.Array, bool) {
	if len(v) != length {
		return nil, false
	}
	ret := make(graphql.Array, length)
	for i, x := range v {
		m, ok := conv(x)
		if !ok {
			return nil, false
		}
		ret[i] = m
	}
	return ret, true
}

// nodePlan checks that fields are scalars named in scalars plus at most one
// `node` entity selection, whose plan it returns (nil when not selected).
func nodePlan(oc *graphql.OperationContext, fields []graphql.CollectedField, scalars ...string) (*entityPlan, bool) {
	var node *entityPlan
	for _, f := range fields {
		if len(f.Arguments) > 0 || f.IsDeferred() {
			return nil, false
		}
		switch {
		case f.Name == "node":
			if node != nil { // the same field twice under different aliases
				return nil, false
			}
			node = &entityPlan{oc: oc, sel: f.Selections}
		case slices.Contains(scalars, f.Name):
			if len(f.Selections) > 0 {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return node, true
}

// sharedPlan is how to write the shared contexts of one selection.
type sharedPlan struct {
	fields      []graphql.CollectedField
	node        *entityPlan
	left, right []graphql.CollectedField
}

func newSharedPlan(oc *graphql.OperationContext, sel ast.SelectionSet) (*sharedPlan, bool) {
	p := &sharedPlan{fields: graphql.CollectFields(oc, sel, sharedContextImplementors)}
	rest := make([]graphql.CollectedField, 0, len(p.fields))
	for _, f := range p.fields {
		if f.Name != "left" && f.Name != "right" {
			rest = append(rest, f)
			continue
		}
		ef := graphql.CollectFields(oc, f.Selections, graphEdgeImplementors)
		if len(f.Arguments) > 0 || f.IsDeferred() || !flatFields(ef, edgeFields) ||
			f.Name == "left" && p.left != nil || f.Name == "right" && p.right != nil {
			return nil, false
		}
		if f.Name == "left" {
			p.left = ef
		} else {
			p.right = ef
		}
	}
	var ok bool
	if p.node, ok = nodePlan(oc, rest, "__typename", "via"); !ok {
		return nil, false
	}
	return p, true
}

// item prepares one shared context; ok is false where gqlgen should
// write it (a null where the schema allows none).
func (p *sharedPlan) item(sc *model.SharedContext) (flatShared, bool) {
	if sc == nil {
		return flatShared{}, false
	}
	x := flatShared{fields: p.fields, s: sc}
	var ok bool
	if p.node != nil {
		if x.node, ok = p.node.entity(sc.Node); !ok {
			return flatShared{}, false
		}
	}
	if p.left != nil {
		if sc.Left == nil || sc.Left.Rel == nil {
			return flatShared{}, false
		}
		x.left = flatEdge{p.left, sc.Left}
	}
	if p.right != nil {
		if sc.Right == nil || sc.Right.Rel == nil {
			return flatShared{}, false
		}
		x.right = flatEdge{p.right, sc.Right}
	}
	return x, true
}

// entityPlan collects the fields a selection asks of entities, once per
// concrete type.
type entityPlan struct {
	oc     *graphql.OperationContext
	sel    ast.SelectionSet
	byType map[string][]graphql.CollectedField
}

// entity prepares e for writing; ok is false when e is nil or the
// selection is not flat.
func (p *entityPlan) entity(e model.Entity) (flatEntity, bool) {
	if e == nil {
		return flatEntity{}, false
	}
	name, impl := entityImplementors(e)
	if impl == nil {
		return flatEntity{}, false
	}
	fields, seen := p.byType[name]
	if !seen {
		fields = graphql.CollectFields(p.oc, p.sel, impl)
		if !flatFields(fields, entityFields) {
			return flatEntity{}, false
		}
		if p.byType == nil {
			p.byType = map[string][]graphql.CollectedField{}
		}
		p.byType[name] = fields
	}
	return flatEntity{fields, name, e.Base()}, true
}

// edgeFields and entityFields are the scalar fields the fast path writes.
var (
	edgeFields   = map[string]bool{"__typename": true, "id": true, "type": true, "source": true, "target": true, "role": true, "title": true, "documentIds": true}
	entityFields = map[string]bool{"__typename": true, "id": true, "name": true, "type": true, "latin": true, "docCount": true, "aliases": true}
)

// flatFields reports whether every collected field is one of allowed,
// without arguments, sub-selections or @defer.
func flatFields(fields []graphql.CollectedField, allowed map[string]bool) bool {
	for _, f := range fields {
		if !allowed[f.Name] || len(f.Selections) > 0 || len(f.Arguments) > 0 || f.IsDeferred() {
			return false
		}
	}
	return true
}

// entityImplementors returns the GraphQL type of e and the types it
// satisfies, as gqlgen's _Entity dispatch would.
func entityImplementors(e model.Entity) (string, []string) {
	switch e.(type) {
	case *model.Association:
		return "Association", associationImplementors
	case *model.Cluster:
		return "Cluster", clusterImplementors
	case *model.Organization:
		return "Organization", organizationImplementors
	case *model.Project:
		return "Project", projectImplementors
	case *model.Programme:
		return "Programme", programmeImplementors
	case *model.Event:
		return "Event", eventImplementors
	case *model.Person:
		return "Person", personImplementors
	case *model.Place:
		return "Place", placeImplementors
	}
	return "", nil
}

var (
	openBrace  = []byte{'{'}
	closeBrace = []byte{'}'}
	openList   = []byte{'['}
	closeList  = []byte{']'}
	comma      = []byte{','}
	colon      = []byte{':'}
	null       = []byte("null")
)

// writeObject writes {"alias":value,...} as gqlgen's field sets do: in
// selection order, each alias once.
func writeObject(w io.Writer, fields []graphql.CollectedField, value func(w io.Writer, name string)) {
	_, _ = w.Write(openBrace)
	for i, f := range fields {
		if dup(fields[:i], f.Alias) {
			continue
		}
		if i > 0 {
			_, _ = w.Write(comma)
		}
		graphql.MarshalString(f.Alias).MarshalGQL(w)
		_, _ = w.Write(colon)
		value(w, f.Name)
	}
	_, _ = w.Write(closeBrace)
}

func dup(fields []graphql.CollectedField, alias string) bool {
	for _, f := range fields {
		if f.Alias == alias {
			return true
		}
	}
	return false
}

func writeOptString(w io.Writer, s *string) {
	if s == nil {
		_, _ = w.Write(null)
		return
	}
	graphql.MarshalString(*s).MarshalGQL(w)
}

func writeStrings(w io.Writer, ss []string) {
	_, _ = w.Write(openList)
	for i, s := range ss {
		if i > 0 {
			_, _ = w.Write(comma)
		}
		graphql.MarshalString(s).MarshalGQL(w)
	}
	_, _ = w.Write(closeList)
}

// flatEdge writes one GraphEdge.
type flatEdge struct {
	fields []graphql.CollectedField
	e      *model.GraphEdge
}

func (f flatEdge) MarshalGQL(w io.Writer) {
	writeObject(w, f.fields, func(w io.Writer, name string) {
		switch name {
		case "__typename":
			graphql.MarshalString("GraphEdge").MarshalGQL(w)
		case "id":
			graphql.MarshalString(f.e.ID()).MarshalGQL(w)
		case "type":
			f.e.Type().MarshalGQL(w)
		case "source":
			graphql.MarshalString(f.e.Source()).MarshalGQL(w)
		case "target":
			graphql.MarshalString(f.e.Target()).MarshalGQL(w)
		case "role":
			writeOptString(w, f.e.Role())
		case "title":
			writeOptString(w, f.e.Title())
		case "documentIds":
			writeStrings(w, f.e.DocumentIds())
		}
	})
}

// flatEntity writes one entity.
type flatEntity struct {
	fields   []graphql.CollectedField
	typename string
	b        *model.EntityBase
}

func (f flatEntity) MarshalGQL(w io.Writer) {
	writeObject(w, f.fields, func(w io.Writer, name string) {
		switch name {
		case "__typename":
			graphql.MarshalString(f.typename).MarshalGQL(w)
		case "id":
			graphql.MarshalString(f.b.ID).MarshalGQL(w)
		case "name":
			graphql.MarshalString(f.b.Name).MarshalGQL(w)
		case "type":
			f.b.Type.MarshalGQL(w)
		case "latin":
			writeOptString(w, f.b.Latin)
		case "docCount":
			graphql.MarshalInt(f.b.DocCount).MarshalGQL(w)
		case "aliases":
			writeStrings(w, f.b.Aliases)
		}
	})
}

// flatShared writes one shared context of a partnership.
type flatShared struct {
	fields      []graphql.CollectedField
	s           *model.SharedContext
	node        flatEntity
	left, right flatEdge
}

func (f flatShared) MarshalGQL(w io.Writer) {
	writeObject(w, f.fields, func(w io.Writer, name string) {
		switch name {
		case "__typename":
			graphql.MarshalString("SharedContext").MarshalGQL(w)
		case "via":
			f.s.Via.MarshalGQL(w)
		case "node":
			f.node.MarshalGQL(w)
		case "left":
			f.left.MarshalGQL(w)
		case "right":
			f.right.MarshalGQL(w)
		}
	})
}

// flatSearchEdge writes one search hit.
type flatSearchEdge struct {
	fields []graphql.CollectedField
	e      *model.SearchEdge
	node   flatEntity
}

func (f flatSearchEdge) MarshalGQL(w io.Writer) {
	writeObject(w, f.fields, func(w io.Writer, name string) {
		switch name {
		case "__typename":
			graphql.MarshalString("SearchEdge").MarshalGQL(w)
		case "cursor":
			graphql.MarshalString(f.e.Cursor).MarshalGQL(w)
		case "score":
			graphql.MarshalFloat(f.e.Score).MarshalGQL(w)
		case "node":
			f.node.MarshalGQL(w)
		}
	})
}

// flatPartnerEdge writes one partner.
type flatPartnerEdge struct {
	fields []graphql.CollectedField
	e      *model.PartnerEdge
	node   flatEntity
	shared []flatShared
}

func (f flatPartnerEdge) MarshalGQL(w io.Writer) {
	writeObject(w, f.fields, func(w io.Writer, name string) {
		switch name {
		case "__typename":
			graphql.MarshalString("PartnerEdge").MarshalGQL(w)
		case "cursor":
			graphql.MarshalString(f.e.Cursor).MarshalGQL(w)
		case "sharedCount":
			graphql.MarshalInt(f.e.SharedCount).MarshalGQL(w)
		case "node":
			f.node.MarshalGQL(w)
		case "shared":
			_, _ = w.Write(openList)
			for i, x := range f.shared {
				if i > 0 {
					_, _ = w.Write(comma)
				}
				x.MarshalGQL(w)
			}
			_, _ = w.Write(closeList)
		}
	})
}
