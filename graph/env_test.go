package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/clustergraph/clustergraph/graph"
	"github.com/clustergraph/clustergraph/internal/dbtest"
)

func TestMain(m *testing.M) { os.Exit(dbtest.Main(m)) }

// testDB returns the shared test database (see internal/dbtest), emptied
// and with the schema applied, including the entity_search index.
func testDB(t testing.TB) (neo4j.DriverWithContext, string) {
	t.Helper()
	db := dbtest.Open(t)
	return db.Driver, db.Database
}

// loadFixture writes testdata/fixture.cypher into the (empty) test database.
func loadFixture(t testing.TB, d neo4j.DriverWithContext, db string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	src, err := os.ReadFile("testdata/fixture.cypher")
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	run := func(q string) {
		if _, err := neo4j.ExecuteQuery(ctx, d, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db)); err != nil {
			t.Fatalf("fixture statement failed: %v\n%s", err, q)
		}
	}
	var stmt strings.Builder
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "//") {
			continue
		}
		if strings.TrimSpace(line) == ";" {
			run(stmt.String())
			stmt.Reset()
			continue
		}
		stmt.WriteString(line + "\n")
	}
	run("CALL db.awaitIndexes(60)")
}

// env is a running API over the fixture.
type env struct {
	srv     *httptest.Server
	queries atomic.Int64
}

func newEnv(t testing.TB) *env {
	t.Helper()
	d, db := testDB(t)
	loadFixture(t, d, db)
	return newEnvOn(t, d, db, graph.HandlerConfig{})
}

func newEnvOn(t testing.TB, d neo4j.DriverWithContext, db string, cfg graph.HandlerConfig) *env {
	t.Helper()
	e := &env{}
	cfg.Driver, cfg.Database = d, db
	cfg.Logger = slog.New(slog.NewTextHandler(tlog{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cfg.OnQuery = func(string, time.Duration, error) { e.queries.Add(1) }
	h, err := graph.NewHandler(cfg)
	if err != nil {
		t.Fatalf("NewHandler: %v", err)
	}
	e.srv = httptest.NewServer(h)
	t.Cleanup(e.srv.Close)
	return e
}

// tlog sends server logs to the test log, shown when a test fails.
type tlog struct{ t testing.TB }

func (w tlog) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

// gqlResponse is a GraphQL response.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
		Path    []any  `json:"path"`
	} `json:"errors"`
}

// post runs a GraphQL query over HTTP POST and returns the raw response.
func (e *env) post(t testing.TB, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(e.srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	return out
}

// do sends req and returns its status, content type and whole body.
func do(t testing.TB, req *http.Request) (int, string, []byte) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", req.Method, req.URL.Path, err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), body
}

// query runs a query that must succeed and decodes its data into v.
func (e *env) query(t testing.TB, query string, vars map[string]any, v any) {
	t.Helper()
	r := e.post(t, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v\n%s", r.Errors, query)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode data: %v\n%s", err, r.Data)
	}
}

func discardLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// newHTTPServer serves h on a local port for the length of the test and
// returns its base URL.
func newHTTPServer(t testing.TB, h http.Handler) string {
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s.URL
}
