package graph

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/clustergraph/clustergraph/graph/model"
	"github.com/clustergraph/clustergraph/graph/store"
)

// The relationship specs behind the typed relationship fields.
var (
	specMemberOf          = store.RelSpec{Types: rt(model.RelationTypeMemberOf), Dir: model.DirectionOut}
	specMembers           = store.RelSpec{Types: rt(model.RelationTypeMemberOf), Dir: model.DirectionIn}
	specPartnerProjects   = store.RelSpec{Types: rt(model.RelationTypePartnerIn), Dir: model.DirectionOut}
	specOrganized         = store.RelSpec{Types: rt(model.RelationTypeOrganized), Dir: model.DirectionOut}
	specParticipatedIn    = store.RelSpec{Types: rt(model.RelationTypeParticipatedIn), Dir: model.DirectionOut}
	specPresentedAt       = store.RelSpec{Types: rt(model.RelationTypePresentedAt), Dir: model.DirectionOut}
	specBasedIn           = store.RelSpec{Types: rt(model.RelationTypeBasedIn), Dir: model.DirectionOut}
	specPeople            = store.RelSpec{Types: rt(model.RelationTypeHoldsRole), Dir: model.DirectionIn}
	specPartners          = store.RelSpec{Types: rt(model.RelationTypePartnerIn), Dir: model.DirectionIn}
	specFundedBy          = store.RelSpec{Types: rt(model.RelationTypeFundedBy), Dir: model.DirectionOut}
	specPartOf            = store.RelSpec{Types: rt(model.RelationTypePartOf), Dir: model.DirectionOut}
	specProgrammeProjects = store.RelSpec{Types: rt(model.RelationTypeFundedBy, model.RelationTypePartOf), Dir: model.DirectionIn, NodeTypes: []model.EntityType{model.EntityTypeProject}}
	specProgrammeEvents   = store.RelSpec{Types: rt(model.RelationTypeFundedBy), Dir: model.DirectionIn, NodeTypes: []model.EntityType{model.EntityTypeEvent}}
	specFunds             = store.RelSpec{Types: rt(model.RelationTypeFundedBy), Dir: model.DirectionIn}
	specOrganizers        = store.RelSpec{Types: rt(model.RelationTypeOrganized), Dir: model.DirectionIn}
	specParticipants      = store.RelSpec{Types: rt(model.RelationTypeParticipatedIn), Dir: model.DirectionIn}
	specPresenters        = store.RelSpec{Types: rt(model.RelationTypePresentedAt), Dir: model.DirectionIn}
	specHeldIn            = store.RelSpec{Types: rt(model.RelationTypeHeldIn), Dir: model.DirectionOut}
	specParts             = store.RelSpec{Types: rt(model.RelationTypePartOf), Dir: model.DirectionIn}
	specRoles             = store.RelSpec{Types: rt(model.RelationTypeHoldsRole), Dir: model.DirectionOut}
	specEventsHeld        = store.RelSpec{Types: rt(model.RelationTypeHeldIn), Dir: model.DirectionIn}
	specBased             = store.RelSpec{Types: rt(model.RelationTypeBasedIn), Dir: model.DirectionIn}

	allSpecs = []store.RelSpec{specMemberOf, specMembers, specPartnerProjects, specOrganized, specParticipatedIn,
		specPresentedAt, specBasedIn, specPeople, specPartners, specFundedBy, specPartOf, specProgrammeProjects,
		specProgrammeEvents, specFunds, specOrganizers, specParticipants, specPresenters, specHeldIn, specParts,
		specRoles, specEventsHeld, specBased}
)

func rt(ts ...model.RelationType) []model.RelationType { return ts }

// inputError is an error whose message is safe and useful to show clients.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

func badInput(format string, args ...any) error {
	return &inputError{msg: fmt.Sprintf(format, args...)}
}

// Cursors are opaque to clients; inside they are offsets.
const cursorPrefix = "cg:"

func encodeCursor(offset int) string {
	return base64.StdEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, error) {
	b, err := base64.StdEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return 0, badInput("invalid cursor %q", c)
	}
	n, err := strconv.Atoi(strings.TrimPrefix(string(b), cursorPrefix))
	if err != nil || n < 0 {
		return 0, badInput("invalid cursor %q", c)
	}
	return n, nil
}

// page turns first/after into an offset window, enforcing the page size limit.
func (r *Resolver) page(first *int, after *string) (store.Page, error) {
	p := store.Page{Limit: r.DefaultPageSize}
	if first != nil {
		if *first < 0 {
			return p, badInput("first must not be negative")
		}
		if *first > r.MaxPageSize {
			return p, badInput("first must be at most %d", r.MaxPageSize)
		}
		p.Limit = *first
	}
	if after != nil && *after != "" {
		n, err := decodeCursor(*after)
		if err != nil {
			return p, err
		}
		p.Skip = n + 1
	}
	return p, nil
}

func pageInfo(p store.Page, n, total int) *model.PageInfo {
	pi := &model.PageInfo{HasPreviousPage: p.Skip > 0, HasNextPage: p.Skip+n < total}
	if n > 0 {
		s, e := encodeCursor(p.Skip), encodeCursor(p.Skip+n-1)
		pi.StartCursor, pi.EndCursor = &s, &e
	}
	return pi
}

// window returns the part of a list of length total that p selects.
func window(p store.Page, total int) (int, int) {
	lo := min(p.Skip, total)
	hi := min(lo+p.Limit, total)
	return lo, hi
}

// checkDate validates an optional YYYY-MM-DD argument.
func checkDate(name string, d *string) error {
	if d == nil || *d == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, *d); err != nil {
		return badInput("%s must be a date like 2020-09-28, got %q", name, *d)
	}
	return nil
}

func (r *Resolver) related(ctx context.Context, id string, spec store.RelSpec, first *int, after *string) (*model.RelatedConnection, error) {
	p, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	all, err := r.loaders(ctx).related.Load(ctx, relKey{ID: id, Spec: spec.Key()})
	if err != nil {
		return nil, err
	}
	lo, hi := window(p, len(all))
	conn := &model.RelatedConnection{TotalCount: len(all), Edges: []*model.RelatedEdge{}}
	for i := lo; i < hi; i++ {
		conn.Edges = append(conn.Edges, relatedEdge(all[i], encodeCursor(i)))
	}
	conn.PageInfo = pageInfo(p, hi-lo, len(all))
	return conn, nil
}

func relatedEdge(x store.Related, cursor string) *model.RelatedEdge {
	dir := model.DirectionIn
	if x.Out {
		dir = model.DirectionOut
	}
	return &model.RelatedEdge{Cursor: cursor, Node: x.Node, Direction: dir, Rel: x.Rel}
}

func (r *Resolver) firstRelated(ctx context.Context, id string, spec store.RelSpec) (*model.RelatedEdge, error) {
	all, err := r.loaders(ctx).related.Load(ctx, relKey{ID: id, Spec: spec.Key()})
	if err != nil || len(all) == 0 {
		return nil, err
	}
	return relatedEdge(all[0], encodeCursor(0)), nil
}

func (r *Resolver) relations(ctx context.Context, id string, typ *model.RelationType, dir *model.Direction, nodeTypes []model.EntityType, first *int, after *string) (*model.RelatedConnection, error) {
	spec := store.RelSpec{Dir: model.DirectionBoth, NodeTypes: nodeTypes}
	if typ != nil {
		spec.Types = []model.RelationType{*typ}
	}
	if dir != nil && dir.IsValid() {
		spec.Dir = *dir
	}
	return r.related(ctx, id, spec, first, after)
}

func (r *Resolver) documentsOf(ctx context.Context, id string, first *int, after *string) (*model.DocumentConnection, error) {
	p, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	ms, err := r.loaders(ctx).mentions.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	lo, hi := window(p, len(ms))
	ids := make([]string, 0, hi-lo)
	for _, m := range ms[lo:hi] {
		ids = append(ids, m.DocumentID)
	}
	docs, err := r.documentsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	conn := &model.DocumentConnection{TotalCount: len(ms), Edges: []*model.DocumentEdge{}, Nodes: []*model.Document{}}
	for i, d := range docs {
		conn.Edges = append(conn.Edges, &model.DocumentEdge{Cursor: encodeCursor(lo + i), Node: d})
		conn.Nodes = append(conn.Nodes, d)
	}
	conn.PageInfo = pageInfo(p, hi-lo, len(ms))
	return conn, nil
}

// documentsByID loads documents in order, skipping ids no document has.
func (r *Resolver) documentsByID(ctx context.Context, ids []string) ([]*model.Document, error) {
	nodes, err := r.loaders(ctx).nodes.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Document, 0, len(nodes))
	for _, n := range nodes {
		if d, ok := n.(*model.Document); ok {
			out = append(out, d)
		}
	}
	return out, nil
}

func (r *Resolver) mentionsOf(ctx context.Context, id string) ([]*model.Mention, error) {
	ms, err := r.loaders(ctx).mentions.Load(ctx, id)
	if ms == nil {
		ms = []*model.Mention{}
	}
	return ms, err
}

func (r *Resolver) document(ctx context.Context, id string) (*model.Document, error) {
	n, err := r.loaders(ctx).nodes.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	d, _ := n.(*model.Document)
	if d == nil {
		// Evidence may point at a document that was retracted meanwhile.
		return &model.Document{ID: id, Path: "", Title: ""}, nil
	}
	return d, nil
}

func (r *Resolver) entity(ctx context.Context, id string) (model.Entity, error) {
	n, err := r.loaders(ctx).nodes.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	e, _ := n.(model.Entity)
	return e, nil
}

func (r *Resolver) documentEntities(ctx context.Context, id string, types []model.EntityType, first *int, after *string) (*model.EntityConnection, error) {
	p, err := r.page(first, after)
	if err != nil {
		return nil, err
	}
	all, err := r.loaders(ctx).docEntities.Load(ctx, docEntKey{ID: id, Types: joinTypes(types)})
	if err != nil {
		return nil, err
	}
	lo, hi := window(p, len(all))
	return entityConnection(all[lo:hi], p, len(all)), nil
}

func entityConnection(es []model.Entity, p store.Page, total int) *model.EntityConnection {
	conn := &model.EntityConnection{TotalCount: total, Edges: []*model.EntityEdge{}, Nodes: []model.Entity{}}
	for i, e := range es {
		conn.Edges = append(conn.Edges, &model.EntityEdge{Cursor: encodeCursor(p.Skip + i), Node: e})
		conn.Nodes = append(conn.Nodes, e)
	}
	conn.PageInfo = pageInfo(p, len(es), total)
	return conn
}

// primeEntities lets later `from`/`to` lookups of these entities skip the database.
func (r *Resolver) primeEntities(ctx context.Context, es []model.Entity) {
	l := r.loaders(ctx)
	for _, e := range es {
		l.nodes.Prime(e.Base().ID, e)
	}
}

func graphPath(p store.Path) *model.GraphPath {
	gp := &model.GraphPath{Nodes: p.Nodes, Edges: graphEdges(p.Rels), Length: len(p.Rels)}
	if gp.Nodes == nil {
		gp.Nodes = []model.Entity{}
	}
	return gp
}

func graphEdges(rels []*model.Relationship) []*model.GraphEdge {
	out := make([]*model.GraphEdge, 0, len(rels))
	for _, r := range rels {
		out = append(out, &model.GraphEdge{Rel: r})
	}
	return out
}

func sharedContexts(ss []store.Shared) []*model.SharedContext {
	out := make([]*model.SharedContext, 0, len(ss))
	for _, s := range ss {
		out = append(out, &model.SharedContext{Via: s.Via, Node: s.Node, Left: &model.GraphEdge{Rel: s.Left}, Right: &model.GraphEdge{Rel: s.Right}})
	}
	return out
}

// selects reports whether the current field's selection reaches the nested
// field path (through fragments), so a resolver can skip fetching what the
// client did not ask for. Directives are ignored: when unsure, it says yes.
func selects(ctx context.Context, path ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return true
	}
	return selectsIn(graphql.GetOperationContext(ctx).Doc, fc.Field.Selections, path, 0)
}

func selectsIn(doc *ast.QueryDocument, set ast.SelectionSet, path []string, depth int) bool {
	if len(path) == 0 || depth > 50 {
		return true
	}
	for _, s := range set {
		switch x := s.(type) {
		case *ast.Field:
			if x.Name == path[0] && selectsIn(doc, x.SelectionSet, path[1:], depth+1) {
				return true
			}
		case *ast.InlineFragment:
			if selectsIn(doc, x.SelectionSet, path, depth+1) {
				return true
			}
		case *ast.FragmentSpread:
			if doc == nil {
				return true
			}
			if f := doc.Fragments.ForName(x.Name); f != nil && selectsIn(doc, f.SelectionSet, path, depth+1) {
				return true
			}
		}
	}
	return false
}

// selectsSharedEvidence reports whether a partners or partnerships query asks
// for the evidence of the shared contexts' relationships.
func selectsSharedEvidence(ctx context.Context) bool {
	return selects(ctx, "edges", "shared", "left", "evidence") || selects(ctx, "edges", "shared", "right", "evidence")
}

// sharedDetail is how much of the shared contexts the current partners or
// partnerships field selects.
func sharedDetail(ctx context.Context) store.SharedDetail {
	switch {
	case !selects(ctx, "edges", "shared"):
		return store.SharedCount
	case selectsSharedEvidence(ctx):
		return store.SharedEvidence
	case selects(ctx, "edges", "shared", "left") || selects(ctx, "edges", "shared", "right"):
		return store.SharedRels
	}
	return store.SharedNodes
}
