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
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/clustergraph/clustergraph/graph"
	"github.com/clustergraph/clustergraph/graph/store"
	"github.com/clustergraph/clustergraph/internal/dbtest"
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
//	CLUSTERGRAPH_TEST_NEO4J_HEAP=1g CLUSTERGRAPH_TEST_NEO4J_PAGECACHE=512m \
//	  CLUSTERGRAPH_BENCH_SYNTH=10000 go test ./graph -run '^$' -bench API -benchtime 2000x -timeout 30m
//
// To measure a graph already loaded, set CLUSTERGRAPH_BENCH_EXISTING=1 and
// NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (NEO4J_DATABASE): it only reads
// from that database. CLUSTERGRAPH_BENCH_ID overrides the hub (default: the
// organisation with most relationships, the worst case).
// CLUSTERGRAPH_BENCH_MAX_DB_READS sets HandlerConfig.MaxDBReads (-1: no
// limit) for A/B runs of the admission control.
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
	t := benchTargets(b, d, db)
	b.Logf("hub %s; a sample of %d entities; %d search texts", t.hub, len(t.sample), len(t.words))

	// The graphql rows measure every request's own queries (no answer
	// cache); graphql-cached rows ask the same through a server with the
	// default cache, where the mix's requests repeat (a dashboard polling).
	cfg := graph.HandlerConfig{Driver: d, Database: db, Logger: discardLogger(), CacheBytes: -1}
	if v := os.Getenv("CLUSTERGRAPH_BENCH_MAX_DB_READS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatalf("CLUSTERGRAPH_BENCH_MAX_DB_READS=%q: want a number (-1: no limit)", v)
		}
		cfg.MaxDBReads = n
	}
	if cfg.MaxDBReads == 0 {
		cfg.MaxDBReads = graph.DefaultMaxDBReads()
	}
	b.Logf("at most %d database reads at once (GraphQL only; -1: no limit)", cfg.MaxDBReads)
	h, err := graph.NewHandler(cfg)
	if err != nil {
		b.Fatal(err)
	}
	srv := newHTTPServer(b, h)
	cachedCfg := cfg
	cachedCfg.CacheBytes = 0
	hc, err := graph.NewHandler(cachedCfg)
	if err != nil {
		b.Fatal(err)
	}
	cachedSrv := newHTTPServer(b, hc)
	// CLUSTERGRAPH_BENCH_AB=-1,4 also serves the API with each of those
	// MaxDBReads and adds rows that alternate between them in short blocks
	// at 32 clients: an A/B comparison under the same, drifting, load.
	var abNames []string
	var abSrvs []string
	if v := os.Getenv("CLUSTERGRAPH_BENCH_AB"); v != "" {
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				b.Fatalf("CLUSTERGRAPH_BENCH_AB=%q: want numbers, e.g. -1,4", v)
			}
			h, err := graph.NewHandler(graph.HandlerConfig{Driver: d, Database: db, Logger: discardLogger(), MaxDBReads: n, CacheBytes: -1})
			if err != nil {
				b.Fatal(err)
			}
			abNames = append(abNames, "L"+strings.ReplaceAll(strconv.Itoa(n), "-1", "none"))
			abSrvs = append(abSrvs, newHTTPServer(b, h))
		}
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: 128, MaxIdleConnsPerHost: 128}}
	st := store.New(d, store.Config{Database: db})
	ctx := context.Background()

	const (
		searchQ  = `query($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { id name type } } } }`
		partnerQ = `query($id: ID!) { partners(of: $id, first: 10) { totalCount edges { sharedCount node { id name } shared { via node { id name } } } } }`
		neighQ   = `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name type } edges { source target type } } }`
	)
	search := func(q string) func() error {
		return func() error {
			_, _, err := st.Search(ctx, store.LuceneQuery(q), nil, store.Page{Limit: 10})
			return err
		}
	}
	partners := func(id string) func() error {
		return func() error {
			_, _, err := st.Partners(ctx, id, nil, nil, nil, store.Page{Limit: 10}, store.SharedNodes)
			return err
		}
	}
	neighborhood := func(id string) func() error {
		return func() error {
			_, err := st.Neighborhood(ctx, id, 2, nil, 200, false)
			return err
		}
	}
	// A case is a list of requests the clients go through in turn: the
	// "mix" cases spread over a sample of entities, as a dashboard's users
	// would; the "hub" cases ask about the most connected one, the worst case.
	type request struct {
		vars map[string]any
		raw  func() error
	}
	type benchCase struct {
		name, query string
		reqs        []request
	}
	var searchMix, partnersMix, neighMix []request
	for _, w := range t.words {
		searchMix = append(searchMix, request{map[string]any{"q": w}, search(w)})
	}
	for _, id := range t.sample {
		partnersMix = append(partnersMix, request{map[string]any{"id": id}, partners(id)})
		neighMix = append(neighMix, request{map[string]any{"id": id}, neighborhood(id)})
	}
	cases := []benchCase{
		{"search/mix", searchQ, searchMix},
		{"partners/mix", partnerQ, partnersMix},
		{"neighborhood/mix", neighQ, neighMix},
		{"partners/hub", partnerQ, []request{{map[string]any{"id": t.hub}, partners(t.hub)}}},
		{"neighborhood/hub", neighQ, []request{{map[string]any{"id": t.hub}, neighborhood(t.hub)}}},
	}
	// The floors no query can go below on this machine: an empty read
	// transaction the way the store runs one (what every raw row pays before its
	// Cypher does anything) and a GraphQL request that reads no database
	// (what every graphql row pays for HTTP and gqlgen).
	emptyTx := func() error { return st.Ping(ctx) }
	noDB, _ := json.Marshal(map[string]any{"query": "{ __typename }"})
	for _, clients := range []int{1, 32} {
		b.Run(fmt.Sprintf("floor/raw-empty-tx/clients=%d", clients), func(b *testing.B) { load(b, clients, []func() error{emptyTx}) })
		b.Run(fmt.Sprintf("floor/graphql-no-db/clients=%d", clients), func(b *testing.B) {
			load(b, clients, []func() error{func() error { return postGraphQL(client, srv, noDB) }})
		})
	}
	for _, c := range cases {
		gql := make([]func() error, len(c.reqs))
		cached := make([]func() error, len(c.reqs))
		raw := make([]func() error, len(c.reqs))
		for i, r := range c.reqs {
			body, _ := json.Marshal(map[string]any{"query": c.query, "variables": r.vars})
			gql[i] = func() error { return postGraphQL(client, srv, body) }
			cached[i] = func() error { return postGraphQL(client, cachedSrv, body) }
			raw[i] = r.raw
		}
		if len(abSrvs) > 0 {
			variants := make([][]func() error, len(abSrvs))
			for v, vsrv := range abSrvs {
				for _, r := range c.reqs {
					body, _ := json.Marshal(map[string]any{"query": c.query, "variables": r.vars})
					variants[v] = append(variants[v], func() error { return postGraphQL(client, vsrv, body) })
				}
			}
			b.Run(fmt.Sprintf("%s/graphql-ab/clients=32", c.name), func(b *testing.B) { loadAB(b, 32, abNames, variants) })
		}
		for _, clients := range []int{1, 32} {
			b.Run(fmt.Sprintf("%s/graphql/clients=%d", c.name, clients), func(b *testing.B) { load(b, clients, gql) })
			b.Run(fmt.Sprintf("%s/raw/clients=%d", c.name, clients), func(b *testing.B) { load(b, clients, raw) })
			b.Run(fmt.Sprintf("%s/graphql-cached/clients=%d", c.name, clients), func(b *testing.B) { load(b, clients, cached) })
		}
	}
}

// postGraphQL sends one query and fails on any error in the answer.
func postGraphQL(client *http.Client, srv string, body []byte) error {
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

// load runs b.N requests, going through fns in turn, from the given number
// of concurrent clients and reports requests per second and the p50/p99
// latency.
func load(b *testing.B, clients int, fns []func() error) {
	for _, fn := range fns { // warm up and fail early
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	pid := neo4jPID()
	cpu0, neo0 := processCPU(), pidCPU(pid)
	began := time.Now()
	lat, err := runClients(clients, b.N, 0, fns)
	elapsed := time.Since(began)
	cpu, neo := processCPU()-cpu0, pidCPU(pid)-neo0
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(percentileMS(lat, 0.50), "p50-ms")
	b.ReportMetric(percentileMS(lat, 0.99), "p99-ms")
	// The CPU this process (clients, API, driver) spent per request: what
	// a busy machine's noise touches least.
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
	// Neo4j's own CPU per request, where its process is known: with the
	// above, the machine time a request costs, hence the throughput (and,
	// at a fixed number of clients, the latency) no API change can beat.
	if pid > 0 {
		b.ReportMetric(float64(neo.Microseconds())/float64(b.N), "neo4j-cpu-µs/op")
	}
}

// neo4jPID is the process id of the Neo4j the benchmark reads: the private
// server dbtest started, or CLUSTERGRAPH_BENCH_NEO4J_PID for an existing
// one on this machine (e.g. `clustergraph db status` prints it); 0 if
// unknown.
func neo4jPID() int {
	if v := os.Getenv("CLUSTERGRAPH_BENCH_NEO4J_PID"); v != "" {
		pid, _ := strconv.Atoi(v)
		return pid
	}
	if srv := dbtest.Server(); srv != nil {
		if st, err := srv.Status(); err == nil {
			return st.PID
		}
	}
	return 0
}

// pidCPU is the user and system CPU time process pid has used (Linux
// /proc), or 0 when it cannot be read.
func pidCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name, which may hold spaces, in ")".
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	// Clock ticks; USER_HZ is 100 on every Linux the project runs on.
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// runClients runs n requests from the given number of concurrent clients,
// request i calling fns[(offset+i) % len(fns)], and returns each request's
// latency (unsorted) or the last error.
func runClients(clients, n int, offset int64, fns []func() error) ([]time.Duration, error) {
	lat := make([]time.Duration, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	var failed atomic.Value
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(n) {
					return
				}
				t0 := time.Now()
				if err := fns[(offset+i)%int64(len(fns))](); err != nil {
					failed.Store(err)
					return
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	if err, ok := failed.Load().(error); ok {
		return nil, err
	}
	return lat, nil
}

// percentileMS is the p-th latency of sorted lat, in milliseconds.
func percentileMS(lat []time.Duration, p float64) float64 {
	return float64(lat[min(len(lat)-1, int(float64(len(lat))*p))].Microseconds()) / 1000
}

// processCPU is the user and system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAB runs b.N requests per variant from the given number of clients,
// alternating between the variants in blocks of 10 requests per client
// (short against the drift of a shared machine's load), and reports
// each variant's p50/p99 latency (e.g. p99-ms-L4).
func loadAB(b *testing.B, clients int, names []string, variants [][]func() error) {
	block := 10 * clients
	for _, fns := range variants {
		for _, fn := range fns {
			if err := fn(); err != nil {
				b.Fatal(err)
			}
		}
	}
	lats := make([][]time.Duration, len(variants))
	b.ResetTimer()
	for done := 0; done < b.N; done += block {
		n := min(block, b.N-done)
		for v, fns := range variants {
			lat, err := runClients(clients, n, int64(done), fns)
			if err != nil {
				b.Fatal(err)
			}
			lats[v] = append(lats[v], lat...)
		}
	}
	b.StopTimer()
	for v, lat := range lats {
		slices.Sort(lat)
		b.ReportMetric(percentileMS(lat, 0.50), "p50-ms-"+names[v])
		b.ReportMetric(percentileMS(lat, 0.99), "p99-ms-"+names[v])
	}
}

// targets are what the benchmark asks about.
type targets struct {
	hub    string   // the organisation with most relationships
	sample []string // every k-th organisation by id, at most 64
	words  []string // the first word of each sampled name
}

// benchTargets picks the entities and search texts to measure.
// CLUSTERGRAPH_BENCH_ID overrides the hub.
func benchTargets(b *testing.B, d neo4j.DriverWithContext, db string) targets {
	ctx := context.Background()
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting()}
	res, err := neo4j.ExecuteQuery(ctx, d, `
MATCH (n:Entity) WHERE n:Cluster OR n:Organization OR n:Association
WITH n ORDER BY n.id
WITH collect(n) AS ns
WITH ns, toInteger(ceil(size(ns) / 64.0)) AS k
UNWIND range(0, size(ns) - 1, k) AS i
RETURN ns[i].id AS id, split(ns[i].name, ' ')[0] AS word`,
		nil, neo4j.EagerResultTransformer, opts...)
	if err != nil || len(res.Records) == 0 {
		b.Fatalf("pick the benchmark entities: %v", err)
	}
	var t targets
	for _, r := range res.Records {
		id, _ := r.Values[0].(string)
		w, _ := r.Values[1].(string)
		t.sample = append(t.sample, id)
		t.words = append(t.words, w)
	}
	res, err = neo4j.ExecuteQuery(ctx, d, `
MATCH (n:Entity) WHERE n:Cluster OR n:Organization OR n:Association
RETURN n.id ORDER BY COUNT { (n)--(:Entity) } DESC, n.id LIMIT 1`,
		nil, neo4j.EagerResultTransformer, opts...)
	if err != nil || len(res.Records) == 0 {
		b.Fatalf("pick the hub: %v", err)
	}
	t.hub, _ = res.Records[0].Values[0].(string)
	if id := os.Getenv("CLUSTERGRAPH_BENCH_ID"); id != "" {
		t.hub = id
	}
	return t
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
