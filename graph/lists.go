package graph

import (
	"context"
	"reflect"
	"unicode"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// marshalList stands in for graphql.MarshalSliceConcurrently in the
// generated executor (graph/internal/seqlists rewrites the calls). gqlgen
// marshals every element of a list of objects in its own goroutine so that
// resolvers of sibling elements run together and their data loaders batch.
// When the list's selection has no resolver field at all, every element is
// plain struct data: then the goroutines (with their stack growth and
// scheduling, a fifth of a 200-node neighbourhood's CPU) buy nothing, and
// the elements are marshalled in order on the caller's goroutine, the way
// gqlgen itself does a one-element list.
func marshalList(ctx context.Context, length int, workerLimit int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	fc := graphql.GetFieldContext(ctx)
	if length <= 1 || fc == nil || fc.Index != nil || fc.Field.Field == nil || selectsResolver(fc.Field.Selections, 0) {
		// An element of a list of lists carries no selection to inspect.
		return graphql.MarshalSliceConcurrently(ctx, length, workerLimit, omitPanicHandler, marshalElement)
	}
	if ret, ok := marshalFlat(ctx, fc, length); ok {
		return ret
	}
	ret := make(graphql.Array, length)
	for i := range length {
		ec := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if !marshalElementSafely(ec, ret, i, omitPanicHandler, marshalElement) {
			return nil
		}
	}
	return ret
}

// marshalElementSafely marshals element i into ret; a panic becomes the
// operation's error and makes the whole list null, as in gqlgen.
func marshalElementSafely(ctx context.Context, ret graphql.Array, i int, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) (ok bool) {
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(ctx, graphql.Recover(ctx, r))
				ok = false
			}
		}()
	}
	ret[i] = marshalElement(ctx, i)
	return true
}

// selectsResolver reports whether set, through nested selections and
// fragments, selects a field that has a resolver on some type. Names are
// compared whatever the parent type, which can only err towards running
// concurrently. Query's fields never appear below the root.
func selectsResolver(set ast.SelectionSet, depth int) bool {
	if depth > 50 { // the depth limit rejects deeper queries before this runs
		return true
	}
	for _, s := range set {
		switch x := s.(type) {
		case *ast.Field:
			if resolverFields[x.Name] || selectsResolver(x.SelectionSet, depth+1) {
				return true
			}
		case *ast.InlineFragment:
			if selectsResolver(x.SelectionSet, depth+1) {
				return true
			}
		case *ast.FragmentSpread:
			if x.Definition == nil || selectsResolver(x.Definition.SelectionSet, depth+1) {
				return true
			}
		}
	}
	return false
}

// resolverFields are the names of the fields that have resolvers on the
// object types (not Query): the methods of the resolver interfaces
// ResolverRoot returns, so that a new resolver in gqlgen.yml is covered
// without editing this list.
var resolverFields = func() map[string]bool {
	names := map[string]bool{}
	root := reflect.TypeFor[ResolverRoot]()
	for i := range root.NumMethod() {
		m := root.Method(i)
		if m.Name == "Query" || m.Name == "Mutation" || m.Name == "Subscription" {
			continue
		}
		iface := m.Type.Out(0)
		for j := range iface.NumMethod() {
			names[lowerFirst(iface.Method(j).Name)] = true
		}
	}
	return names
}()

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
