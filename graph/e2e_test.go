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

type relatedConn struct {
	TotalCount int
	Edges      []struct {
		Node      entityRef
		Role      *string
		Title     *string
		Direction string
		Type      string
		Evidence  []evidence
	}
}

func TestAnalystQuestions(t *testing.T) {
	e := newEnv(t)

	t.Run("partners of TRACE-KEI with countries and the coordinator", func(t *testing.T) {
		var got struct {
			Node struct{ Partners relatedConn }
		}
		e.query(t, `{ node(id: "project:trace-kei") { ... on Project {
  partners(first: 10) { totalCount edges { role node { id name ... on Cluster { country } } evidence { text start end document { id title } } } } } } }`, nil, &got)
		p := got.Node.Partners
		if p.TotalCount != 4 || len(p.Edges) != 4 {
			t.Fatalf("partners = %+v, want 4", p)
		}
		countries := map[string]string{}
		var coordinator string
		for _, ed := range p.Edges {
			if ed.Node.Country != nil {
				countries[ed.Node.Name] = *ed.Node.Country
			}
			if ed.Role != nil && *ed.Role == "coordinator" {
				coordinator = ed.Node.Name
			}
			if len(ed.Evidence) == 0 || ed.Evidence[0].Document.ID != "doc:trace-kei" || ed.Evidence[0].Text == "" {
				t.Errorf("partner %s has evidence %+v", ed.Node.Name, ed.Evidence)
			}
		}
		want := map[string]string{"DARE": "Italy", "INNOSKART": "Hungary", "BIOMASTEC": "Germany", "Зелена синергия": "Bulgaria"}
		for k, v := range want {
			if countries[k] != v {
				t.Errorf("country of %s = %q, want %q", k, countries[k], v)
			}
		}
		if coordinator != "DARE" {
			t.Errorf("coordinator = %q, want DARE", coordinator)
		}
	})

	t.Run("who organised the regional meeting in Varna", func(t *testing.T) {
		var got struct {
			Timeline struct {
				Edges []struct {
					Node struct {
						ID         string
						Name       string
						Organizers relatedConn
					}
					Places []entityRef
				}
			}
		}
		e.query(t, `{ timeline(place: "place:varna", from: "2018-01-01", to: "2018-12-31") { edges { places { id }
  node { id name ... on Event { organizers { edges { role node { id name } evidence { text } } } } } } } }`, nil, &got)
		if len(got.Timeline.Edges) != 1 || got.Timeline.Edges[0].Node.ID != "event:varna-meeting-2018" {
			t.Fatalf("events in Varna in 2018 = %+v", got.Timeline.Edges)
		}
		roles := map[string]string{}
		for _, ed := range got.Timeline.Edges[0].Node.Organizers.Edges {
			roles[ed.Node.ID] = *ed.Role
		}
		want := map[string]string{"cluster:morski-klaster": "organizer", "cluster:zelena-sinergiya": "co-organizer", "association:abk": "co-organizer"}
		if len(roles) != len(want) {
			t.Errorf("organisers = %v, want %v", roles, want)
		}
		for k, v := range want {
			if roles[k] != v {
				t.Errorf("role of %s = %q, want %q", k, roles[k], v)
			}
		}
	})

	t.Run("what funded the conference of September 2020", func(t *testing.T) {
		var got struct {
			Timeline struct{ Edges []struct{ Node entityRef } }
			Links    []struct {
				Nodes []entityRef
				Edges []struct {
					Type     string
					Source   string
					Target   string
					Evidence []evidence
				}
			} `json:"links"`
		}
		e.query(t, `{ timeline(from: "2020-09-01", to: "2020-09-30") { edges { node { id name } } }
  links: fundingLinks(of: "event:bg-ro-conference-2020") { nodes { id name } edges { type source target evidence { text document { id } } } } }`, nil, &got)
		if len(got.Timeline.Edges) != 1 || got.Timeline.Edges[0].Node.ID != "event:bg-ro-conference-2020" {
			t.Fatalf("events in September 2020 = %+v", got.Timeline.Edges)
		}
		if len(got.Links) != 1 {
			t.Fatalf("funding chains = %+v, want 1", got.Links)
		}
		var ids []string
		for _, n := range got.Links[0].Nodes {
			ids = append(ids, n.ID)
		}
		if want := []string{"event:bg-ro-conference-2020", "programme:interreg-ro-bg", "programme:erdf"}; !slices.Equal(ids, want) {
			t.Errorf("chain = %v, want %v", ids, want)
		}
		for _, ed := range got.Links[0].Edges {
			if ed.Type != "FUNDED_BY" || len(ed.Evidence) == 0 || ed.Evidence[0].Document.ID != "doc:conf-2020" {
				t.Errorf("edge %+v lacks FUNDED_BY evidence", ed)
			}
		}
	})

	t.Run("funding chain from an organisation through its project", func(t *testing.T) {
		var got struct {
			FundingLinks []struct{ Nodes []entityRef }
		}
		e.query(t, `{ fundingLinks(of: "cluster:dare") { nodes { id } } }`, nil, &got)
		if len(got.FundingLinks) != 1 {
			t.Fatalf("chains = %+v", got.FundingLinks)
		}
		var ids []string
		for _, n := range got.FundingLinks[0].Nodes {
			ids = append(ids, n.ID)
		}
		if want := []string{"cluster:dare", "project:trace-kei", "programme:cluster-excellence", "programme:cosme"}; !slices.Equal(ids, want) {
			t.Errorf("chain = %v, want %v", ids, want)
		}
	})

	t.Run("partners of Zelena sinergiya", func(t *testing.T) {
		var got struct {
			Partners struct {
				TotalCount int
				Edges      []struct {
					Node        entityRef
					SharedCount int
					Shared      []struct {
						Via   string
						Node  entityRef
						Left  struct{ Role *string }
						Right struct {
							Role     *string
							Evidence []evidence
						}
					}
				}
			}
		}
		e.query(t, `{ partners(of: "cluster:zelena-sinergiya") { totalCount edges { sharedCount node { id name }
  shared { via node { id } left { role } right { role evidence { text } } } } } }`, nil, &got)
		edges := got.Partners.Edges
		if len(edges) == 0 || edges[0].Node.ID != "cluster:morski-klaster" {
			t.Fatalf("strongest partner = %+v, want Морски клъстер България", edges)
		}
		// Project BLUE-BIO, two events (ГС 2018, Varna 2018) and membership of АБК.
		if edges[0].SharedCount != 4 {
			t.Errorf("shared with Морски клъстер = %d (%+v), want 4", edges[0].SharedCount, edges[0].Shared)
		}
		ids := map[string]bool{}
		for _, ed := range edges {
			ids[ed.Node.ID] = true
			for _, s := range ed.Shared {
				if len(s.Right.Evidence) == 0 {
					t.Errorf("shared %s with %s has no evidence", s.Node.ID, ed.Node.ID)
				}
			}
		}
		for _, want := range []string{"cluster:dare", "cluster:innoskart", "cluster:biomastec", "association:abk", "cluster:zdravni-regioni"} {
			if !ids[want] {
				t.Errorf("partner %s missing from %v", want, ids)
			}
		}
		var onlyProjects struct {
			Partners struct{ TotalCount int }
		}
		e.query(t, `{ partners(of: "cluster:zelena-sinergiya", via: [PROJECT]) { totalCount } }`, nil, &onlyProjects)
		if onlyProjects.Partners.TotalCount != 4 {
			t.Errorf("project partners = %d, want 4 (DARE, INNOSKART, BIOMASTEC, Морски клъстер)", onlyProjects.Partners.TotalCount)
		}
		var in2020 struct {
			Partners struct{ TotalCount int }
		}
		e.query(t, `{ partners(of: "association:abk", via: [EVENT], from: "2020-01-01") { totalCount } }`, nil, &in2020)
		if in2020.Partners.TotalCount != 1 {
			t.Errorf("АБК event partners since 2020 = %d, want 1 (ИАНМСП)", in2020.Partners.TotalCount)
		}
	})

	// The shared contexts are fetched only as far as the query selects them
	// (none for sharedCount alone, no relationships without left/right);
	// every level must give the same partners, counts and contexts.
	t.Run("shared contexts at every detail", func(t *testing.T) {
		type edge struct {
			Node        entityRef
			SharedCount int
			Shared      []struct {
				Via   string
				Node  entityRef
				Left  *struct{ Type string }
				Right *struct {
					Type     string
					Evidence []evidence
				}
			}
		}
		for _, of := range []string{"cluster:zelena-sinergiya", "association:abk"} {
			levels := []struct{ name, sel string }{
				{"count", `sharedCount node { id }`},
				{"nodes", `sharedCount node { id } shared { via node { id } }`},
				{"relationships", `sharedCount node { id } shared { via node { id } left { type } right { type } }`},
				{"evidence", `sharedCount node { id } shared { via node { id } left { type } right { type evidence { text } } }`},
			}
			var base []edge
			for i, l := range levels {
				var got struct{ Partners struct{ Edges []edge } }
				e.query(t, `query($of: ID!) { partners(of: $of, first: 50) { edges { `+l.sel+` } } }`, map[string]any{"of": of}, &got)
				es := got.Partners.Edges
				if len(es) == 0 {
					t.Fatalf("%s: no partners of %s", l.name, of)
				}
				for _, ed := range es {
					if ed.SharedCount < 1 {
						t.Errorf("%s: %s shares %d contexts with %s", l.name, ed.Node.ID, ed.SharedCount, of)
					}
					if i > 0 && len(ed.Shared) != ed.SharedCount {
						t.Errorf("%s: %s: %d shared contexts listed, sharedCount %d", l.name, ed.Node.ID, len(ed.Shared), ed.SharedCount)
					}
					for _, sc := range ed.Shared {
						if sc.Node.ID == "" || sc.Via == "" {
							t.Errorf("%s: shared context without node or via: %+v", l.name, sc)
						}
						if i >= 2 && (sc.Left == nil || sc.Right == nil || sc.Left.Type == "" || sc.Right.Type == "") {
							t.Errorf("%s: shared %s without both relationships", l.name, sc.Node.ID)
						}
						if i == 3 && len(sc.Right.Evidence) == 0 {
							t.Errorf("%s: shared %s without evidence", l.name, sc.Node.ID)
						}
					}
				}
				if i == 0 {
					base = es
					continue
				}
				if len(es) != len(base) {
					t.Fatalf("%s: %d partners of %s, count level %d", l.name, len(es), of, len(base))
				}
				for j := range es {
					if es[j].Node.ID != base[j].Node.ID || es[j].SharedCount != base[j].SharedCount {
						t.Errorf("%s: partner %d of %s = %s (%d), count level %s (%d)", l.name, j, of, es[j].Node.ID, es[j].SharedCount, base[j].Node.ID, base[j].SharedCount)
					}
				}
			}
		}
		// Partnerships: the count level agrees with the listed contexts.
		var pc, pl struct {
			Partnerships struct {
				Edges []struct {
					A, B        entityRef
					SharedCount int
					Shared      []struct{ Node entityRef }
				}
			}
		}
		e.query(t, `{ partnerships(first: 20) { edges { sharedCount a { id } b { id } } } }`, nil, &pc)
		e.query(t, `{ partnerships(first: 20) { edges { sharedCount a { id } b { id } shared { node { id } } } } }`, nil, &pl)
		if len(pc.Partnerships.Edges) == 0 || len(pc.Partnerships.Edges) != len(pl.Partnerships.Edges) {
			t.Fatalf("partnerships: %d at count level, %d listed", len(pc.Partnerships.Edges), len(pl.Partnerships.Edges))
		}
		for j, c := range pc.Partnerships.Edges {
			l := pl.Partnerships.Edges[j]
			if c.A.ID != l.A.ID || c.B.ID != l.B.ID || c.SharedCount != l.SharedCount || len(l.Shared) != l.SharedCount {
				t.Errorf("partnership %d: count level %s-%s (%d), listed %s-%s (%d, %d contexts)", j, c.A.ID, c.B.ID, c.SharedCount, l.A.ID, l.B.ID, l.SharedCount, len(l.Shared))
			}
		}
	})

	t.Run("strongest partnerships", func(t *testing.T) {
		var got struct {
			Partnerships struct {
				TotalCount int
				Edges      []struct {
					A, B        entityRef
					SharedCount int
				}
			}
		}
		e.query(t, `{ partnerships(first: 3, minShared: 2) { totalCount edges { sharedCount a { id } b { id } } } }`, nil, &got)
		es := got.Partnerships.Edges
		if len(es) == 0 {
			t.Fatal("no partnerships")
		}
		top := []string{es[0].A.ID, es[0].B.ID}
		slices.Sort(top)
		if !slices.Equal(top, []string{"cluster:morski-klaster", "cluster:zelena-sinergiya"}) || es[0].SharedCount != 4 {
			t.Errorf("strongest pair = %v (%d), want Морски клъстер + Зелена синергия (4)", top, es[0].SharedCount)
		}
		for i := 1; i < len(es); i++ {
			if es[i].SharedCount > es[i-1].SharedCount || es[i].SharedCount < 2 {
				t.Errorf("pairs not ordered by strength / minShared: %+v", es)
			}
		}
		// Evidence comes when asked for, here on the left side only.
		var ev struct {
			Partnerships struct {
				Edges []struct {
					Shared []struct {
						Left struct{ Evidence []evidence }
					}
				}
			}
		}
		e.query(t, `{ partnerships(first: 1, minShared: 2) { edges { shared { left { evidence { text } } } } } }`, nil, &ev)
		if len(ev.Partnerships.Edges) != 1 || len(ev.Partnerships.Edges[0].Shared) != 4 {
			t.Fatalf("strongest pair with evidence = %+v", ev.Partnerships.Edges)
		}
		for _, s := range ev.Partnerships.Edges[0].Shared {
			if len(s.Left.Evidence) == 0 || s.Left.Evidence[0].Text == "" {
				t.Errorf("shared context without evidence: %+v", s)
			}
		}
	})

	t.Run("shortest path with evidence", func(t *testing.T) {
		var got struct {
			Path struct {
				Length int
				Nodes  []entityRef
				Edges  []struct {
					Type     string
					From, To entityRef
					Evidence []evidence
				}
			}
		}
		e.query(t, `{ path(from: "cluster:dare", to: "association:abk") { length nodes { id } edges { type from { id } to { id } evidence { text } } } }`, nil, &got)
		p := got.Path
		if p.Length != 3 || len(p.Nodes) != 4 || p.Nodes[0].ID != "cluster:dare" || p.Nodes[3].ID != "association:abk" {
			t.Fatalf("path = %+v, want DARE - TRACE-KEI - Зелена синергия - АБК", p)
		}
		for _, ed := range p.Edges {
			if len(ed.Evidence) == 0 {
				t.Errorf("edge %+v has no evidence", ed)
			}
		}
		var none struct{ Path *struct{ Length int } }
		e.query(t, `{ path(from: "cluster:dare", to: "person:ventsislav-slavkov", maxHops: 2) { length } }`, nil, &none)
		if none.Path != nil {
			t.Errorf("path within 2 hops = %+v, want null", none.Path)
		}
	})

	t.Run("neighborhood", func(t *testing.T) {
		var got struct {
			Neighborhood struct {
				Nodes     []entityRef
				Edges     []struct{ Source, Target, Type string }
				Truncated bool
			}
		}
		e.query(t, `{ neighborhood(id: "project:trace-kei", depth: 1) { truncated nodes { id type } edges { source target type } } }`, nil, &got)
		n := got.Neighborhood
		ids := map[string]bool{}
		for _, x := range n.Nodes {
			ids[x.ID] = true
		}
		// Itself, 4 partners, the programme, the TCI conference.
		if len(n.Nodes) != 7 || !ids["project:trace-kei"] || !ids["programme:cluster-excellence"] || !ids["event:tci-2018"] {
			t.Errorf("nodes = %v", ids)
		}
		for _, ed := range n.Edges {
			if !ids[ed.Source] || !ids[ed.Target] {
				t.Errorf("edge %+v leaves the subgraph", ed)
			}
		}
		if len(n.Edges) != 6 {
			t.Errorf("edges = %d, want 6", len(n.Edges))
		}
		// Evidence is fetched only when asked for, and then for every edge,
		// also when asked through a fragment.
		var ev struct {
			Neighborhood struct {
				Edges []struct {
					Type     string
					Evidence []struct{ Text string }
				}
			}
		}
		e.query(t, `{ neighborhood(id: "project:trace-kei", depth: 1) { ...E } } fragment E on Subgraph { edges { type evidence { text } } }`, nil, &ev)
		if len(ev.Neighborhood.Edges) != 6 {
			t.Errorf("edges with evidence = %d, want 6", len(ev.Neighborhood.Edges))
		}
		for _, ed := range ev.Neighborhood.Edges {
			if len(ed.Evidence) == 0 || ed.Evidence[0].Text == "" {
				t.Errorf("%s edge without evidence", ed.Type)
			}
		}
		var small struct {
			Neighborhood struct {
				Nodes     []entityRef
				Truncated bool
			}
		}
		e.query(t, `{ neighborhood(id: "association:abk", depth: 2, limit: 5) { truncated nodes { id } } }`, nil, &small)
		if len(small.Neighborhood.Nodes) != 5 || !small.Neighborhood.Truncated {
			t.Errorf("limited neighbourhood = %+v, want 5 nodes, truncated", small.Neighborhood)
		}
	})

	t.Run("person roles with titles", func(t *testing.T) {
		var got struct{ Node struct{ People relatedConn } }
		e.query(t, `{ node(id: "association:abk") { ... on Association { people { edges { title node { name } } } } } }`, nil, &got)
		titles := map[string]string{}
		for _, ed := range got.Node.People.Edges {
			titles[ed.Node.Name] = *ed.Title
		}
		if titles["Светлин Рангелов"] != "изпълнителен директор" || titles["Венцислав Славков"] != "председател на УС" {
			t.Errorf("titles = %v", titles)
		}
	})

	t.Run("stats", func(t *testing.T) {
		var got struct {
			Stats struct {
				Entities, Documents, Relationships int
				EntitiesByType                     []struct {
					Type  string
					Count int
				}
				TopEntities []struct {
					Node   entityRef
					Degree int
				}
			}
		}
		e.query(t, `{ stats { entities documents relationships entitiesByType { type count } topEntities(first: 2) { degree node { id } } } }`, nil, &got)
		s := got.Stats
		if s.Entities != 25 || s.Documents != 5 || s.Relationships != 33 {
			t.Errorf("counts = %d entities, %d documents, %d relationships; want 25, 5, 33", s.Entities, s.Documents, s.Relationships)
		}
		if len(s.TopEntities) != 2 || s.TopEntities[0].Node.ID != "association:abk" || s.TopEntities[0].Degree != 9 {
			t.Errorf("top = %+v, want АБК with degree 9 first", s.TopEntities)
		}
	})

	t.Run("entities sorted by counts", func(t *testing.T) {
		tests := []struct {
			name, filter, order string
			wantFirst           string
		}{
			{"projects by partners", `{types: [Project]}`, `{field: PARTNERS, direction: DESC}`, "project:trace-kei"},
			{"clusters by partners", `{types: [Cluster]}`, `{field: PARTNERS, direction: DESC}`, "cluster:zelena-sinergiya"},
			{"by events", `{types: [Cluster, Association]}`, `{field: EVENTS, direction: DESC}`, "association:abk"},
			{"by projects", `{types: [Cluster]}`, `{field: PROJECTS, direction: DESC}`, "cluster:zelena-sinergiya"},
			{"by mentions", `{}`, `{field: MENTIONS, direction: DESC}`, "association:abk"},
			{"by name", `{name: "sinerg"}`, `{field: NAME}`, "cluster:zelena-sinergiya"},
			{"events by start", `{types: [Event], from: "2018-01-01"}`, `{field: START}`, "event:tci-2018"},
			{"in a programme", `{programme: "programme:cosme", types: [Cluster]}`, `{field: NAME}`, "cluster:biomastec"},
			{"based in Bulgaria", `{place: "place:bulgaria"}`, `{field: NAME}`, "event:bg-ro-conference-2020"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				var got struct {
					Entities struct {
						TotalCount int
						Nodes      []entityRef
					}
				}
				e.query(t, `{ entities(filter: `+tc.filter+`, orderBy: `+tc.order+`, first: 3) { totalCount nodes { id name } } }`, nil, &got)
				if len(got.Entities.Nodes) == 0 || got.Entities.Nodes[0].ID != tc.wantFirst {
					t.Errorf("first = %+v, want %s", got.Entities.Nodes, tc.wantFirst)
				}
			})
		}
	})

	t.Run("pagination", func(t *testing.T) {
		type page struct {
			Entities struct {
				TotalCount int
				Nodes      []entityRef
				PageInfo   struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		var seen []string
		after := ""
		for range 20 {
			var p page
			e.query(t, `query($after: String) { entities(filter: {types: [Cluster]}, first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"after": after}, &p)
			for _, n := range p.Entities.Nodes {
				seen = append(seen, n.ID)
			}
			if !p.Entities.PageInfo.HasNextPage {
				if len(seen) != p.Entities.TotalCount || p.Entities.TotalCount != 6 {
					t.Errorf("paged through %v, total %d, want 6 clusters", seen, p.Entities.TotalCount)
				}
				return
			}
			after = p.Entities.PageInfo.EndCursor
		}
		t.Fatal("pagination did not end")
	})

	t.Run("documents and mentions", func(t *testing.T) {
		var got struct {
			Node struct {
				Documents struct {
					TotalCount int
					Nodes      []struct{ ID string }
				}
				Mentions []struct {
					Count    int
					Document struct{ ID string }
					Spans    []struct {
						Start, End int
						Text       string
					}
				}
			}
		}
		e.query(t, `{ node(id: "cluster:zelena-sinergiya") { ... on Entity { documents { totalCount nodes { id } } mentions { count document { id } spans { start end text } } } } }`, nil, &got)
		if got.Node.Documents.TotalCount != 3 || got.Node.Documents.Nodes[0].ID != "doc:varna-2018" {
			t.Errorf("documents = %+v, want 3 with doc:varna-2018 (2 mentions) first", got.Node.Documents)
		}
		for _, m := range got.Node.Mentions {
			for _, s := range m.Spans {
				if s.Text != "Зелена синергия" {
					t.Errorf("span %+v in %s does not cover the name", s, m.Document.ID)
				}
			}
		}
	})
}
