package graph_test

import (
	"slices"
	"testing"
)

type entityRef struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Type    string  `json:"type"`
	Country *string `json:"country"`
	Start   *string `json:"start"`
}

type evidence struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Document struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	} `json:"document"`
}

func TestSearch(t *testing.T) {
	e := newEnv(t)
	const q = `query($q: String!, $types: [EntityType!]) {
  search(query: $q, types: $types, first: 5) { totalCount edges { score node { id name type } } }
}`
	tests := []struct {
		name    string
		query   string
		types   []string
		wantTop string // "" means: no error, any result
	}{
		{"cyrillic name", "Зелена синергия", nil, "cluster:zelena-sinergiya"},
		{"latin transliteration", "zelena sinergiya", nil, "cluster:zelena-sinergiya"},
		{"prefix while typing", "zelena sin", nil, "cluster:zelena-sinergiya"},
		{"alias acronym", "АБК", []string{"Association"}, "association:abk"},
		{"latin of alias", "abk", []string{"Association"}, "association:abk"},
		{"inflected form", "асоциацията на бизнес клъстерите", nil, "association:abk"},
		{"one typo", "sinergija zelena", nil, "cluster:zelena-sinergiya"},
		{"type filter", "Варна", []string{"Place"}, "place:varna"},
		{"project code with dash", "TRACE-KEI", nil, "project:trace-kei"},
		{"lucene syntax is literal", `zelena AND (sinergiya OR "x") NOT ~*?:\/[]{}^!`, nil, "cluster:zelena-sinergiya"},
		{"only special characters", `+-&&||!(){}[]^"~*?:\/`, nil, ""},
		{"empty", "", nil, ""},
		{"unbalanced quote", `"zelena`, nil, "cluster:zelena-sinergiya"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got struct {
				Search struct {
					TotalCount int
					Edges      []struct {
						Score float64
						Node  entityRef
					}
				}
			}
			vars := map[string]any{"q": tc.query}
			if tc.types != nil {
				vars["types"] = tc.types
			}
			e.query(t, q, vars, &got)
			if tc.wantTop == "" {
				return
			}
			if len(got.Search.Edges) == 0 {
				t.Fatalf("no results for %q", tc.query)
			}
			if top := got.Search.Edges[0].Node.ID; top != tc.wantTop {
				t.Errorf("top result for %q = %s, want %s (all: %+v)", tc.query, top, tc.wantTop, got.Search.Edges)
			}
			for _, ed := range got.Search.Edges {
				if tc.types != nil && !slices.Contains(tc.types, ed.Node.Type) {
					t.Errorf("result %s has type %s, outside %v", ed.Node.ID, ed.Node.Type, tc.types)
				}
			}
		})
	}
}

func TestNode(t *testing.T) {
	e := newEnv(t)
	var got struct {
		Entity struct {
			Typename string `json:"__typename"`
			Name     string
			Latin    string
			DocCount int
			Aliases  []string
		} `json:"entity"`
		Doc struct {
			Typename  string `json:"__typename"`
			Title     string
			Published string
		} `json:"doc"`
		Missing *struct{ ID string } `json:"missing"`
	}
	e.query(t, `{
  entity: node(id: "association:abk") { __typename ... on Entity { name latin docCount aliases } }
  doc: node(id: "doc:conf-2020") { __typename ... on Document { title published } }
  missing: node(id: "no:such") { id }
}`, nil, &got)
	if got.Entity.Typename != "Association" || got.Entity.Name != "Асоциация на бизнес клъстерите" || got.Entity.DocCount != 4 || !slices.Contains(got.Entity.Aliases, "АБК") {
		t.Errorf("association = %+v", got.Entity)
	}
	if got.Doc.Typename != "Document" || got.Doc.Published != "2020-09-30" || got.Doc.Title == "" {
		t.Errorf("document = %+v", got.Doc)
	}
	if got.Missing != nil {
		t.Errorf("unknown id gave %+v, want null", got.Missing)
	}
}
