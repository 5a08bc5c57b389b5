package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/graph"
)

// TestFlatListsMatchGqlgen runs queries whose lists the fast path of
// flat.go writes (and some it must leave to gqlgen) with the fast path on
// and off, and requires byte-identical answers.
func TestFlatListsMatchGqlgen(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  string // the answer must contain this, so that lists are not empty
	}{
		{"every flat field", `{ neighborhood(id: "project:trace-kei", depth: 2) { truncated
			nodes { __typename id name type latin docCount aliases }
			edges { __typename id type source target role title documentIds } } }`, nil, `"documentIds":["`},
		{"aliases and repeats", `{ neighborhood(id: "association:abk", depth: 1) {
			nodes { key: id id n: name id }
			edges { s: source t: target source kind: type } } }`, nil, `"kind":"`},
		{"type conditions", `{ neighborhood(id: "cluster:dare", depth: 2) {
			nodes { id ... on Cluster { name } ... on Project { type docCount } ...P }
			edges { ...E } } }
			fragment P on Person { latin }
			fragment E on GraphEdge { type source }`, nil, `"source":"`},
		{"skip and include", `query($yes: Boolean!, $no: Boolean!) { neighborhood(id: "project:trace-kei") {
			nodes { id name @include(if: $yes) type @include(if: $no) }
			edges { source @skip(if: $yes) target @skip(if: $no) } } }`, map[string]any{"yes": true, "no": false}, `"target":"`},
		{"path", `{ path(from: "cluster:dare", to: "association:abk") { length nodes { id name } edges { id type source target } } }`, nil, `"edges":[{"id":"`},
		{"resolvers take the usual way", `{ neighborhood(id: "project:trace-kei", depth: 1) {
			nodes { id mentions { count } } edges { type from { id } to { name } evidence { text } } } }`, nil, `"mentions":[{"count":`},
		{"partners' shared contexts", `{ partners(of: "cluster:dare") { edges { sharedCount node { id name }
			shared { __typename via node { id name ... on Project { docCount } } left { type source role } right { id title documentIds } } } } }`, nil, `"left":{"type":"`},
		{"a shared node under two aliases", `{ partners(of: "cluster:dare") { edges { shared { via a: node { id } b: node { name } } } } }`, nil, `"b":{"name":"`},
		{"shared evidence takes the usual way", `{ partners(of: "cluster:dare") { edges { shared { via node { id } left { evidence { text } } } } } }`, nil, `"evidence":[{"text":"`},
		{"search hits", `{ search(query: "клъстер") { totalCount edges { __typename cursor score s: score node { __typename id ... on Cluster { docCount } } } } }`, nil, `"score":`},
		{"partners, every field", `{ partners(of: "cluster:dare") { edges { __typename cursor sharedCount node { id type } shared { via } other: shared { node { name } } } } }`, nil, `"other":[{"node":{"name":"`},
		{"search and partners", `{ search(query: "dare") { edges { score node { id name type } } }
			partners(of: "cluster:dare") { edges { node { id name } shared { via node { id } } } } }`, nil, `"shared":[{"via":"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": tc.query, "variables": tc.vars})
			answer := func(flat bool) []byte {
				old := graph.SetFlatLists(flat)
				defer graph.SetFlatLists(old)
				req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				_, _, out := do(t, req)
				return out
			}
			gqlgen, flat := answer(false), answer(true)
			if bytes.Contains(gqlgen, []byte(`"errors"`)) || !bytes.Contains(gqlgen, []byte(tc.want)) {
				t.Fatalf("the query should succeed with %s in its data: %s", tc.want, gqlgen)
			}
			if !bytes.Equal(gqlgen, flat) {
				t.Errorf("fast path answer differs from gqlgen's\ngqlgen: %s\nflat:   %s", gqlgen, flat)
			}
		})
	}
}

// TestFastAnswersMatchGqlgen sends the same requests with the fast way of
// writing answers (transport.go) on and off: statuses, content types and
// bodies must be identical, errors included.
func TestFastAnswersMatchGqlgen(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name, body, accept string
	}{
		{"search", `{"query":"{ search(query: \"dare\") { totalCount edges { score node { id name type } } } }"}`, ""},
		{"neighbourhood with evidence", `{"query":"{ neighborhood(id: \"project:trace-kei\") { nodes { id name } edges { type evidence { text start end } } } }"}`, "*/*"},
		{"variables with numbers", `{"query":"query($n: Int) { entities(first: $n) { totalCount nodes { id } } }","variables":{"n":2}}`, "application/json"},
		{"an error in the answer", `{"query":"{ neighborhood(id: \"x\", depth: 9) { truncated } }"}`, ""},
		{"validation error", `{"query":"{ nope }"}`, ""},
		{"syntax error", `{"query":"{ entities( }"}`, ""},
		{"not JSON", `{"query":`, ""},
		{"graphql-response+json", `{"query":"{ nope }"}`, "application/graphql-response+json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			answer := func(fast bool) (int, string, []byte) {
				old := graph.SetFastAnswers(fast)
				defer graph.SetFastAnswers(old)
				req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", strings.NewReader(tc.body))
				req.Header.Set("Content-Type", "application/json")
				if tc.accept != "" {
					req.Header.Set("Accept", tc.accept)
				}
				return do(t, req)
			}
			s0, c0, b0 := answer(false)
			s1, c1, b1 := answer(true)
			if s0 != s1 || c0 != c1 || !bytes.Equal(b0, b1) {
				t.Errorf("gqlgen: %d %s %s\nfast:   %d %s %s", s0, c0, b0, s1, c1, b1)
			}
		})
	}
}
