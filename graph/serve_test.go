package graph_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/clustergraph/clustergraph/graph"
	"github.com/clustergraph/clustergraph/internal/dbtest"
)

func get(t *testing.T, u string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// leaks reports whether a client-visible message shows database internals.
func leaks(msg string) bool {
	for _, s := range []string{"Neo4j", "Neo.", "MATCH", "Cypher", "cypher", "bolt", "dial tcp", "connect"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func TestServing(t *testing.T) {
	e := newEnv(t)

	t.Run("GET /graphql", func(t *testing.T) {
		resp, body := get(t, e.srv.URL+"/graphql?query="+url.QueryEscape(`{ stats { documents } }`), nil)
		if resp.StatusCode != 200 || !strings.Contains(body, `"documents":5`) {
			t.Errorf("GET /graphql = %d %s", resp.StatusCode, body)
		}
	})

	t.Run("errors are clear and safe", func(t *testing.T) {
		deep := "{ node(id: \"x\") { ... on Cluster { projects(first: 1) { edges { node { ... on Project { partners(first: 1) { edges { node { ... on Cluster { projects(first: 1) { edges { node { ... on Project { partners(first: 1) { edges { node { name } } } } } } } } } } } } } } } } } }"
		tests := []struct {
			name, query, want string
			vars              map[string]any
		}{
			{"bad cursor", `{ entities(after: "nonsense") { totalCount } }`, "invalid cursor", nil},
			{"page too large", `{ entities(first: 1000) { totalCount } }`, "first must be at most 100", nil},
			{"negative page", `{ search(query: "a", first: -1) { totalCount } }`, "first must not be negative", nil},
			{"bad date", `{ timeline(from: "28.09.2020") { totalCount } }`, "from must be a date", nil},
			{"bad depth", `{ neighborhood(id: "x", depth: 9) { truncated } }`, "depth must be between 0 and 3", nil},
			{"too deep", deep, "nested", nil},
			{"too complex", `{ entities(first: 100) { nodes { ... on Cluster { projects(first: 100) { edges { node { ... on Project { partners(first: 100) { totalCount } } } } } } } } }`, "complexity", nil},
			{"syntax", `{ entities( }`, "Expected", nil},
			{"unknown field", `{ nope }`, "Cannot query field", nil},
			{"enum literal", `{ search(query: "a", types: [PROJECT]) { totalCount } }`, `"PROJECT" does not exist`, nil},
			{"enum variable", `query($t: [EntityType!]) { search(query: "a", types: $t) { totalCount } }`, `"PROJECT" is not a value of EntityType`, map[string]any{"t": []any{"Project", "PROJECT"}}},
			{"enum in an input object", `query($o: EntityOrder) { entities(orderBy: $o) { totalCount } }`, "EntitySortField", map[string]any{"o": map[string]any{"field": "PARTNER"}}},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				r := e.post(t, tc.query, tc.vars)
				if len(r.Errors) == 0 {
					t.Fatalf("no error for %s", tc.query)
				}
				if !strings.Contains(r.Errors[0].Message, tc.want) {
					t.Errorf("error = %q, want it to mention %q", r.Errors[0].Message, tc.want)
				}
				if leaks(r.Errors[0].Message) {
					t.Errorf("error shows internals: %q", r.Errors[0].Message)
				}
			})
		}
	})

	t.Run("GraphiQL's introspection passes the limits", func(t *testing.T) {
		ofType := "kind name"
		for range 9 {
			ofType = "kind name ofType { " + ofType + " }"
		}
		q := "query IntrospectionQuery { __schema { queryType { name } types { kind name fields(includeDeprecated: true) { name args { name type { " +
			ofType + " } } type { " + ofType + " } } interfaces { " + ofType + " } possibleTypes { " + ofType + " } } } }"
		if r := e.post(t, q, nil); len(r.Errors) > 0 {
			t.Errorf("introspection failed: %+v", r.Errors)
		}
	})

	t.Run("token limit", func(t *testing.T) {
		q := "{ " + strings.Repeat("stats { documents } ", 3000) + "}"
		r := e.post(t, q, nil)
		if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "token") {
			t.Errorf("a 12000-token query gave %+v", r.Errors)
		}
	})

	t.Run("health, readiness, metrics", func(t *testing.T) {
		for _, p := range []string{"/healthz", "/readyz"} {
			if resp, body := get(t, e.srv.URL+p, nil); resp.StatusCode != 200 {
				t.Errorf("%s = %d %s", p, resp.StatusCode, body)
			}
		}
		_, body := get(t, e.srv.URL+"/metrics", nil)
		for _, m := range []string{"clustergraph_http_requests_total", "clustergraph_http_request_duration_seconds", "clustergraph_db_query_duration_seconds_count{query=\"stats\"}",
			"clustergraph_db_queue_wait_seconds_count", "clustergraph_db_reads_in_flight", "clustergraph_db_reads_waiting", "clustergraph_db_reads_max"} {
			if !strings.Contains(body, m) {
				t.Errorf("/metrics lacks %s", m)
			}
		}
	})

	t.Run("playground from embedded assets", func(t *testing.T) {
		resp, body := get(t, e.srv.URL+"/playground", nil)
		if resp.StatusCode != 200 || !strings.Contains(body, "/playground/graphiql.min.js") || strings.Contains(body, "https://") {
			t.Errorf("/playground = %d, body %.200s", resp.StatusCode, body)
		}
		for _, a := range []string{"graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "start.js"} {
			resp, body := get(t, e.srv.URL+"/playground/"+a, nil)
			if resp.StatusCode != 200 || len(body) < 100 {
				t.Errorf("/playground/%s = %d, %d bytes", a, resp.StatusCode, len(body))
			}
		}
	})

	t.Run("CORS allows any origin without credentials", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodOptions, e.srv.URL+"/graphql", nil)
		req.Header.Set("Origin", "https://dashboard.example")
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("Allow-Origin = %q, want *", got)
		}
		if resp.Header.Get("Access-Control-Allow-Credentials") != "" {
			t.Error("credentials allowed")
		}
	})
}

func TestCORSOrigins(t *testing.T) {
	d, db := testDB(t)
	e := newEnvOn(t, d, db, graph.HandlerConfig{CORSOrigins: []string{"https://ok.example"}})
	for origin, want := range map[string]string{"https://ok.example": "https://ok.example", "https://evil.example": ""} {
		resp, _ := get(t, e.srv.URL+"/healthz", map[string]string{"Origin": origin})
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != want {
			t.Errorf("origin %s: Allow-Origin = %q, want %q", origin, got, want)
		}
	}
}

func TestExports(t *testing.T) {
	e := newEnv(t)
	t.Run("graphml of a subgraph", func(t *testing.T) {
		resp, body := get(t, e.srv.URL+"/export/graph.graphml?center=project:trace-kei&depth=1", nil)
		if resp.StatusCode != 200 {
			t.Fatalf("status %d: %s", resp.StatusCode, body)
		}
		var doc struct {
			Graph struct {
				Nodes []struct {
					ID   string `xml:"id,attr"`
					Data []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatalf("invalid GraphML: %v", err)
		}
		if len(doc.Graph.Nodes) != 7 || len(doc.Graph.Edges) != 6 {
			t.Errorf("GraphML has %d nodes, %d edges; want 7, 6", len(doc.Graph.Nodes), len(doc.Graph.Edges))
		}
	})
	t.Run("csv of the whole graph", func(t *testing.T) {
		_, nodes := get(t, e.srv.URL+"/export/nodes.csv", nil)
		rows, err := csv.NewReader(strings.NewReader(nodes)).ReadAll()
		if err != nil || len(rows) != 26 || rows[0][0] != "id" {
			t.Errorf("nodes.csv: %d rows, err %v", len(rows), err)
		}
		_, edges := get(t, e.srv.URL+"/export/edges.csv", nil)
		rows, err = csv.NewReader(strings.NewReader(edges)).ReadAll()
		if err != nil || len(rows) != 34 || rows[0][0] != "source" {
			t.Errorf("edges.csv: %d rows, err %v", len(rows), err)
		}
	})
	t.Run("json with evidence", func(t *testing.T) {
		_, body := get(t, e.srv.URL+"/export/graph.json?center=event:bg-ro-conference-2020&depth=1&types=Programme,Organization", nil)
		var g struct {
			Nodes []struct{ ID, Type string }
			Edges []struct {
				Source, Target, Type string
				Evidence             []struct{ Text string }
			}
		}
		if err := json.Unmarshal([]byte(body), &g); err != nil {
			t.Fatalf("invalid JSON: %v: %.200s", err, body)
		}
		if len(g.Nodes) != 3 || len(g.Edges) != 2 {
			t.Errorf("json: %+v", g)
		}
		for _, ed := range g.Edges {
			if len(ed.Evidence) == 0 {
				t.Errorf("edge %+v has no evidence", ed)
			}
		}
	})
	t.Run("exactly the ids given", func(t *testing.T) {
		// Two partners of TRACE-KEI and the project, plus an id that is not
		// there: the three nodes and the two PARTNER_IN edges among them.
		_, body := get(t, e.srv.URL+"/export/graph.json?ids=cluster:dare,project:trace-kei,no:such,cluster:innoskart", nil)
		var g struct {
			Nodes []struct{ ID string }
			Edges []struct {
				Source, Target, Type string
				Evidence             []struct{ Text string }
			}
		}
		if err := json.Unmarshal([]byte(body), &g); err != nil {
			t.Fatalf("invalid JSON: %v: %.200s", err, body)
		}
		var ids []string
		for _, n := range g.Nodes {
			ids = append(ids, n.ID)
		}
		if strings.Join(ids, ",") != "cluster:dare,project:trace-kei,cluster:innoskart" {
			t.Errorf("nodes = %v, want the three known ids in the order given", ids)
		}
		if len(g.Edges) != 2 {
			t.Errorf("edges = %+v, want the two PARTNER_IN among them", g.Edges)
		}
		for _, ed := range g.Edges {
			if ed.Type != "PARTNER_IN" || ed.Target != "project:trace-kei" || len(ed.Evidence) == 0 {
				t.Errorf("edge %+v", ed)
			}
		}
	})
	t.Run("bad parameters", func(t *testing.T) {
		for _, q := range []string{"graph.json?ids=" + strings.Repeat("x,", 2001) + "x", "graph.json?depth=7&center=x", "graph.json?types=Nope", "graph.json?limit=-1", "graph.xlsx", "graph.json?center=no:such"} {
			resp, _ := get(t, e.srv.URL+"/export/"+q, nil)
			if resp.StatusCode < 400 || resp.StatusCode >= 500 {
				t.Errorf("/export/%s = %d, want a 4xx", q, resp.StatusCode)
			}
		}
	})
}

// proxy forwards TCP connections to target until it is stopped; stopping
// drops every open connection, as a database restart does.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	addr   string
}

func startProxy(t *testing.T, addr, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("proxy listen: %v", err)
	}
	p := &proxy{ln: ln, target: target, addr: ln.Addr().String()}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			u, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, u)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(u, c); u.Close() }()
			go func() { _, _ = io.Copy(c, u); c.Close() }()
		}
	}()
	return p
}

func (p *proxy) stop() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// TestDatabaseOutage cuts the connection to Neo4j while serving: requests
// fail with a clear error and /readyz reports it, then, once the database is
// back, requests succeed again with the same server and driver.
func TestDatabaseOutage(t *testing.T) {
	tdb := dbtest.Open(t)
	loadFixture(t, tdb.Driver, tdb.Database)
	db := tdb.Database
	u, err := url.Parse(tdb.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := startProxy(t, "127.0.0.1:0", u.Host)
	// bolt:// (direct) so the driver does not route around the proxy.
	pd, err := neo4j.NewDriverWithContext("bolt://"+p.addr, neo4j.BasicAuth(tdb.Username, tdb.Password, ""),
		func(c *neo4j.Config) {
			c.ConnectionAcquisitionTimeout = 2 * time.Second
			c.SocketConnectTimeout = time.Second
		})
	if err != nil {
		t.Fatal(err)
	}
	defer pd.Close(context.Background())
	e := newEnvOn(t, pd, db, graph.HandlerConfig{QueryTimeout: 3 * time.Second})
	const q = `{ search(query: "zelena") { totalCount } }`
	if r := e.post(t, q, nil); len(r.Errors) > 0 {
		t.Fatalf("before the outage: %+v", r.Errors)
	}

	p.stop()
	r := e.post(t, q, nil)
	if len(r.Errors) == 0 {
		t.Fatal("no error while the database is down")
	}
	if msg := r.Errors[0].Message; !strings.Contains(msg, "unavailable") || leaks(msg) {
		t.Errorf("error while down = %q", msg)
	}
	if resp, _ := get(t, e.srv.URL+"/readyz", nil); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz while down = %d, want 503", resp.StatusCode)
	}

	p = startProxy(t, p.addr, u.Host)
	defer p.stop()
	deadline := time.Now().Add(15 * time.Second)
	for {
		r := e.post(t, q, nil)
		if len(r.Errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("still failing after the database came back: %+v", r.Errors)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if resp, _ := get(t, e.srv.URL+"/readyz", nil); resp.StatusCode != 200 {
		t.Errorf("/readyz after recovery = %d", resp.StatusCode)
	}

	// A restart between two requests leaves the pool's connections dead;
	// the next request must not fail on them but retry on a new one.
	// Several reads at once put several connections in the pool.
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() { defer wg.Done(); e.post(t, q, nil) }()
	}
	wg.Wait()
	p.stop()
	p = startProxy(t, p.addr, u.Host)
	defer p.stop()
	for i := range 4 {
		if r := e.post(t, q, nil); len(r.Errors) > 0 {
			t.Fatalf("request %d after a restart between requests: %+v", i, r.Errors)
		}
	}
}

// TestRoutingURI serves the API through a neo4j:// routing driver, as with a
// cluster or Aura: every read is a read transaction the router can send to
// a secondary.
func TestRoutingURI(t *testing.T) {
	db := dbtest.Open(t)
	loadFixture(t, db.Driver, db.Database)
	scheme, rest, ok := strings.Cut(db.URI, "://")
	if !ok || (scheme != "bolt" && scheme != "neo4j") {
		t.Skipf("test database URI %q has no bolt:// or neo4j:// form", db.URI)
	}
	routed, err := neo4j.NewDriverWithContext("neo4j://"+rest, neo4j.BasicAuth(db.Username, db.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = routed.Close(context.Background()) })
	e := newEnvOn(t, routed, db.Database, graph.HandlerConfig{})
	var got struct {
		Stats  struct{ Documents int }
		Search struct{ TotalCount int }
	}
	r := e.post(t, `{ stats { documents } search(query: "trace kei") { totalCount } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("errors through neo4j://: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Stats.Documents != 5 || got.Search.TotalCount == 0 {
		t.Errorf("through neo4j:// stats = %d documents, search = %d hits; want 5 and some", got.Stats.Documents, got.Search.TotalCount)
	}
}

func TestWarmUp(t *testing.T) {
	d, db := testDB(t)
	if err := graph.WarmUp(context.Background(), d, db, time.Minute); err != nil {
		t.Errorf("warm up on an empty graph: %v", err)
	}
	loadFixture(t, d, db)
	if err := graph.WarmUp(context.Background(), d, db, time.Minute); err != nil {
		t.Errorf("warm up on the fixture: %v", err)
	}
	down, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close(context.Background())
	if err := graph.WarmUp(context.Background(), down, "neo4j", 2*time.Second); err == nil {
		t.Error("warm up without a database did not fail")
	}
}
