// Package dbtest gives tests a real Neo4j that is theirs alone.
//
// By default each test binary starts its own local server (own temporary
// data directory, own free port), so tests never touch the user's database
// and two test runs on one machine do not collide. A server named
// explicitly by CLUSTERGRAPH_TEST_NEO4J_URI (with _USERNAME, _PASSWORD,
// _DATABASE) is used instead; its database is wiped by the tests, which is
// why the ordinary NEO4J_URI is never used here.
//
// When no server can be had, tests fail under CI=true and skip, saying why,
// elsewhere.
package dbtest

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/clustergraph/clustergraph/internal/localdb"
	"github.com/clustergraph/clustergraph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DB is a connection to the test database.
type DB struct {
	Driver   neo4j.DriverWithContext
	Database string
	URI      string
	Username string
	Password string
}

var (
	once    sync.Once
	shared  *DB
	initErr error
	server  *localdb.Server
	tmpHome string
)

// Main wraps testing.M.Run for packages that use Open: it stops the server
// the package started once all its tests are done. Use it as
// `func TestMain(m *testing.M) { os.Exit(dbtest.Main(m)) }`.
func Main(m *testing.M) int {
	code := m.Run()
	if shared != nil {
		_ = shared.Driver.Close(context.Background())
	}
	if server != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		if err := server.Stop(ctx); err != nil {
			fmt.Fprintln(os.Stderr, "dbtest: stop test Neo4j:", err)
		}
		cancel()
	}
	if tmpHome != "" && os.Getenv("CLUSTERGRAPH_TEST_KEEP") == "" {
		_ = os.RemoveAll(tmpHome)
	}
	return code
}

// Open returns the package's test database, empty and with the schema
// applied. Tests that use it must not run in parallel with each other.
func Open(t testing.TB) *DB {
	t.Helper()
	once.Do(func() { shared, initErr = start() })
	if initErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no Neo4j for integration tests (CI=true, so this fails instead of skipping): %v", initErr)
		}
		t.Skipf("no Neo4j for integration tests: %v", initErr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := shared.Reset(ctx); err != nil {
		t.Fatalf("reset test database: %v", err)
	}
	return shared
}

// Reset empties the database and applies the schema.
func (db *DB) Reset(ctx context.Context) error {
	// Batched so that large test graphs do not need one huge transaction:
	// 20,000 nodes of a loaded 10k corpus (with their ~10 relationships
	// each) ran the tests' 768m heap out of memory.
	for {
		res, err := neo4j.ExecuteQuery(ctx, db.Driver,
			"MATCH (n) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS c", nil,
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
		if err != nil {
			return fmt.Errorf("wipe test database: %w", err)
		}
		if c, _ := res.Records[0].Values[0].(int64); c == 0 {
			break
		}
	}
	return schema.Apply(ctx, db.Driver, db.Database)
}

// Server returns the local server the package started, or nil when the
// tests run against CLUSTERGRAPH_TEST_NEO4J_URI. Tests that restart the
// database use it.
func Server() *localdb.Server { return server }

func start() (*DB, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	db := &DB{
		URI:      os.Getenv("CLUSTERGRAPH_TEST_NEO4J_URI"),
		Username: os.Getenv("CLUSTERGRAPH_TEST_NEO4J_USERNAME"),
		Password: os.Getenv("CLUSTERGRAPH_TEST_NEO4J_PASSWORD"),
		Database: os.Getenv("CLUSTERGRAPH_TEST_NEO4J_DATABASE"),
	}
	if db.URI == "" {
		var err error
		tmpHome, err = os.MkdirTemp("", "clustergraph-test-neo4j-")
		if err != nil {
			return nil, fmt.Errorf("create test database directory: %w", err)
		}
		level := slog.LevelWarn
		if testing.Verbose() {
			level = slog.LevelInfo
		}
		server, err = localdb.New(localdb.Options{
			Home: filepath.Join(tmpHome, "neo4j"), HeapInitial: "256m", HeapMax: envOr("CLUSTERGRAPH_TEST_NEO4J_HEAP", "768m"),
			PageCache: envOr("CLUSTERGRAPH_TEST_NEO4J_PAGECACHE", "128m"), DieWithParent: true,
			Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})),
		})
		if err != nil {
			return nil, err
		}
		st, err := server.Start(ctx)
		if err != nil {
			server = nil
			return nil, err
		}
		pw, err := server.Password()
		if err != nil {
			return nil, err
		}
		db.URI, db.Username, db.Password = st.URI, localdb.Username, pw
	}
	if db.Username == "" {
		db.Username = "neo4j"
	}
	if db.Database == "" {
		db.Database = "neo4j"
	}
	drv, err := neo4j.NewDriverWithContext(db.URI, neo4j.BasicAuth(db.Username, db.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("driver for %s: %w", db.URI, err)
	}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		return nil, fmt.Errorf("connect to test Neo4j at %s: %w", db.URI, err)
	}
	db.Driver = drv
	return db, nil
}

// envOr returns the environment variable k, or d when it is unset. Tests
// keep the private server small; benchmarks on large graphs size it like
// the default local server (heap 1g, page cache 512m) through these.
func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
