package graph

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestWriteResponseMatchesJSONMarshal: the fast writer must give exactly
// what gqlgen's json.Marshal of the response gives, HTML escaping included.
func TestWriteResponseMatchesJSONMarshal(t *testing.T) {
	yes := true
	tests := []struct {
		name string
		resp *graphql.Response
	}{
		{"data", &graphql.Response{Data: json.RawMessage(`{"search":{"totalCount":2,"edges":[{"node":{"id":"a","name":"Клъстер \"Х\""}}]}}`)}},
		{"html and line separators", &graphql.Response{Data: json.RawMessage("{\"t\":\"<b>A & B</b> \u2028 \u2029 \\u003c\"}")}},
		{"null data", &graphql.Response{Data: json.RawMessage(`null`)}},
		{"no data", &graphql.Response{}},
		{"errors", &graphql.Response{Data: json.RawMessage(`{"a":null}`), Errors: gqlerror.List{{Message: "did not answer in time", Path: ast.Path{ast.PathName("a")}}}}},
		{"extensions", &graphql.Response{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"k": "<v>"}}},
		{"deferred parts", &graphql.Response{Data: json.RawMessage(`{"a":1}`), Label: "l", Path: ast.Path{ast.PathName("a")}, HasNext: &yes}},
		{"nil", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want, err := json.Marshal(tc.resp)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			writeResponse(&got, tc.resp)
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("writeResponse = %s\njson.Marshal  = %s", got.Bytes(), want)
			}
		})
	}
}

func TestPlainJSONAccept(t *testing.T) {
	for accept, want := range map[string]bool{
		"": true, "*/*": true, "application/json": true, "application/*": true,
		"application/graphql-response+json": false, "application/json, */*": false, "text/html": false,
	} {
		if got := plainJSONAccept(accept); got != want {
			t.Errorf("plainJSONAccept(%q) = %v, want %v", accept, got, want)
		}
	}
}
