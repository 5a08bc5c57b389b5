package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/clustergraph/clustergraph/graph"
	"github.com/clustergraph/clustergraph/graph/store"
	"github.com/clustergraph/clustergraph/loader"
	"github.com/clustergraph/clustergraph/loader/extract"
	"github.com/clustergraph/clustergraph/loader/synth"
)

// BenchmarkAPI measures search, partners and neighborhood through GraphQL
// over HTTP and the same Cypher through the driver alone (graph/store), at 1
// and 32 concurrent clients, reporting throughput and p50/p99 latency.
//
// By default it loads the test fixture into the test database.
// CLUSTERGRAPH_BENCH_SYNTH=N loads N synthetic documents (loader/synth, seed
// 1) instead, the way `clustergraph load` would; the README's figures are
//
//	CLUSTERGRAPH_BENCH_SYNTH=10000 go test ./graph -run '^$' -bench API -benchtime 2000x -timeout 30m
//
// To measure a graph already loaded, set CLUSTERGRAPH_BENCH_EXISTING=1 and
// NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (NEO4J_DATABASE): it only reads
// from that database. CLUSTERGRAPH_BENCH_ID and CLUSTERGRAPH_BENCH_SEARCH
// override the entity and the search text (default: the organisation with
// most relationships, the worst case, and the first word of its name).
func BenchmarkAPI(b *testing.B) {
	var (
		d  neo4j.DriverWithContext
		db string
	)
	switch {
	case os.Getenv("CLUSTERGRAPH_BENCH_EXISTING") != "":
		d, db = existingDB(b)
	case os.Getenv("CLUSTERGRAPH_BENCH_SYNTH") != "":
		d, db = testDB(b)
		loadSynth(b, d, db, os.Getenv("CLUSTERGRAPH_BENCH_SYNTH"))
	default:
		d, db = testDB(b)
		loadFixture(b, d, db)
	}
	id, text := benchTargets(b, d, db)
	b.Logf("entity %s, search %q", id, text)

	h, err := graph.NewHandler(graph.HandlerConfig{Driver: d, Database: db, Logger: discardLogger()})
	if err != nil {
		b.Fatal(err)
	}
	srv := newHTTPServer(b, h)
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: 128, MaxIdleConnsPerHost: 128}}
	st := store.New(d, store.Config{Database: db})
	ctx := context.Background()

	cases := []struct {
		name  string
		query string
		vars  map[string]any
		raw   func() error
	}{
		{"search", `query($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { id name type } } } }`,
			map[string]any{"q": text}, func() error {
				_, _, err := st.Search(ctx, store.LuceneQuery(text), nil, store.Page{Limit: 10})
				return err
			}},
		{"partners", `query($id: ID!) { partners(of: $id, first: 10) { totalCount edges { sharedCount node { id name } shared { via node { id name } } } } }`,
			map[string]any{"id": id}, func() error {
				_, _, err := st.Partners(ctx, id, nil, nil, nil, store.Page{Limit: 10})
				return err
			}},
		{"neighborhood", `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name type } edges { source target type } } }`,
			map[string]any{"id": id}, func() error {
				_, err := st.Neighborhood(ctx, id, 2, nil, 200, false)
				return err
			}},
	}
	for _, c := range cases {
		body, _ := json.Marshal(map[string]any{"query": c.query, "variables": c.vars})
		gql := func() error {
			resp, err := client.Post(srv+"/graphql", "application/json", bytes.NewReader(body))
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			if err != nil {
				return err
			}
			if resp.StatusCode != 200 || bytes.Contains(b, []byte(`"errors"`)) {
				return fmt.Errorf("status %d: %.200s", resp.StatusCode, b)
			}
			return nil
		}
		for _, clients := range []int{1, 32} {
			b.Run(fmt.Sprintf("%s/graphql/clients=%d", c.name, clients), func(b *testing.B) { load(b, clients, gql) })
			b.Run(fmt.Sprintf("%s/raw/clients=%d", c.name, clients), func(b *testing.B) { load(b, clients, c.raw) })
		}
	}
}

// load runs fn b.N times from the given number of concurrent clients and
// reports requests per second and the p50/p99 latency.
func load(b *testing.B, clients int, fn func() error) {
	if err := fn(); err != nil { // warm up and fail early
		b.Fatal(err)
	}
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	var wg sync.WaitGroup
	var failed atomic.Value
	b.ResetTimer()
	began := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if err := fn(); err != nil {
					failed.Store(err)
					return
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(began)
	b.StopTimer()
	if err, ok := failed.Load().(error); ok {
		b.Fatal(err)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(float64(len(lat))*p))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// benchTargets picks the entity and search text to measure.
func benchTargets(b *testing.B, d neo4j.DriverWithContext, db string) (string, string) {
	id, text := os.Getenv("CLUSTERGRAPH_BENCH_ID"), os.Getenv("CLUSTERGRAPH_BENCH_SEARCH")
	if id != "" && text != "" {
		return id, text
	}
	res, err := neo4j.ExecuteQuery(context.Background(), d, `
MATCH (n:Entity) WHERE n:Cluster OR n:Organization OR n:Association
RETURN n.id AS id, split(n.name, ' ')[0] AS word ORDER BY COUNT { (n)--(:Entity) } DESC, n.id LIMIT 1`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil || len(res.Records) == 0 {
		b.Fatalf("pick a benchmark entity: %v", err)
	}
	if id == "" {
		id, _ = res.Records[0].Values[0].(string)
	}
	if text == "" {
		text, _ = res.Records[0].Values[1].(string)
	}
	return id, text
}

// loadSynth writes n synthetic documents and loads them like `clustergraph load`.
func loadSynth(b *testing.B, d neo4j.DriverWithContext, db, n string) {
	docs, err := strconv.Atoi(n)
	if err != nil || docs < 1 {
		b.Fatalf("CLUSTERGRAPH_BENCH_SYNTH=%q: want a number of documents", n)
	}
	ctx := context.Background()
	dir := b.TempDir()
	if err := synth.WriteDir(ctx, dir, synth.Config{Seed: 1, Docs: docs}); err != nil {
		b.Fatal(err)
	}
	s, err := loader.Load(ctx, loader.Config{Paths: []string{dir}, Extractor: extract.New(), Driver: d, Database: db, Log: discardLogger()})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("loaded %d synthetic documents: %d nodes, %d relationships", docs, s.NodesCreated, s.RelsCreated)
}

// existingDB connects to the database named by NEO4J_URI for read-only
// measurements.
func existingDB(b *testing.B) (neo4j.DriverWithContext, string) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		b.Fatal("CLUSTERGRAPH_BENCH_EXISTING needs NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD)")
	}
	user := os.Getenv("NEO4J_USERNAME")
	if user == "" {
		user = "neo4j"
	}
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, os.Getenv("NEO4J_PASSWORD"), ""))
	if err != nil {
		b.Fatalf("driver for %s: %v", uri, err)
	}
	b.Cleanup(func() { _ = d.Close(context.Background()) })
	if err := d.VerifyConnectivity(context.Background()); err != nil {
		b.Fatalf("connect to %s: %v", uri, err)
	}
	return d, os.Getenv("NEO4J_DATABASE")
}
