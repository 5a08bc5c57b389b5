package graph

import (
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestResolverFieldsAreSchemaFields(t *testing.T) {
	schema := NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema()
	for _, want := range []string{"from", "to", "documents", "mentions", "relations", "text", "document", "topEntities", "partners"} {
		if !resolverFields[want] {
			t.Errorf("resolverFields lacks %q", want)
		}
	}
	for name := range resolverFields {
		found := false
		for _, def := range schema.Types {
			if def.Kind == ast.Object && def != schema.Query && def.Fields.ForName(name) != nil {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("resolverFields has %q, which no object type of the schema has", name)
		}
	}
	for _, plain := range []string{"id", "name", "type", "source", "target", "node", "edges", "nodes", "shared", "via", "score"} {
		if resolverFields[plain] {
			t.Errorf("%q is a plain field, yet listed as having a resolver", plain)
		}
	}
}

// TestSelectsResolver: which list selections may be marshalled in order
// (false) and which need gqlgen's concurrent elements (true).
func TestSelectsResolver(t *testing.T) {
	schema := NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema()
	tests := []struct {
		name, query, list string
		want              bool
	}{
		{"neighbourhood nodes", `{ neighborhood(id: "x") { nodes { id name type } edges { source target type } } }`, "nodes", false},
		{"neighbourhood edges", `{ neighborhood(id: "x") { nodes { id } edges { source target type } } }`, "edges", false},
		{"edge endpoints resolve", `{ neighborhood(id: "x") { edges { from { name } } } }`, "edges", true},
		{"search hits", `{ search(query: "a") { edges { score node { id name } } } }`, "edges", false},
		{"documents of hits", `{ search(query: "a") { edges { node { ... on Cluster { documents { totalCount } } } } } }`, "edges", true},
		{"mentions through a fragment", `query { search(query: "a") { edges { node { ...M } } } } fragment M on Entity { mentions { count } }`, "edges", true},
		{"plain fragment", `query { search(query: "a") { edges { node { ...N } } } } fragment N on Entity { id name }`, "edges", false},
		{"partners' shared contexts", `{ partners(of: "x") { edges { sharedCount node { id } shared { via node { id name } } } } }`, "edges", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := gqlparser.LoadQuery(schema, tc.query)
			if err != nil {
				t.Fatalf("query does not validate: %v", err)
			}
			f := findField(doc.Operations[0].SelectionSet, tc.list)
			if f == nil {
				t.Fatalf("no field %q in the query", tc.list)
			}
			if got := selectsResolver(f.SelectionSet, 0); got != tc.want {
				t.Errorf("selectsResolver(%s) = %v, want %v", tc.list, got, tc.want)
			}
		})
	}
}

func findField(set ast.SelectionSet, name string) *ast.Field {
	for _, s := range set {
		if f, ok := s.(*ast.Field); ok {
			if f.Name == name {
				return f
			}
			if g := findField(f.SelectionSet, name); g != nil {
				return g
			}
		}
	}
	return nil
}
