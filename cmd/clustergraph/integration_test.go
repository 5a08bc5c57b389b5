package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clustergraph/clustergraph/internal/dbtest"
)

func TestMain(m *testing.M) { os.Exit(dbtest.Main(m)) }

func seedsDir(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func dbArgs(db *dbtest.DB) []string {
	return []string{"--neo4j-uri", db.URI, "--neo4j-username", db.Username, "--neo4j-password", db.Password, "--neo4j-database", db.Database}
}

func TestExtractCommand(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "broken.txt")
	if err := os.WriteFile(bad, []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "--log-format", "json", "extract", "--format", "json", seedsDir(t), bad)
	if code != 1 {
		t.Errorf("exit %d with one bad file, want 1", code)
	}
	if !strings.Contains(errs, "broken.txt") {
		t.Errorf("the bad file is not named on stderr: %s", errs)
	}
	var g struct {
		Extractor struct{ Name, Version string }
		Documents []struct {
			ID, Path, Title string
			Published       *string
		}
		Entities []struct {
			ID, Type, Name string
			Aliases        []string
			Properties     map[string]any
			Mentions       []struct {
				Document   string
				Start, End int
				Text       string
			}
		}
		Relations []struct {
			Type, From, To string
			Evidence       []struct {
				Document   string
				Start, End int
				Text       string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatalf("output is not the JSON contract: %v\n%s", err, out)
	}
	if g.Extractor.Name != "clustergraph" || len(g.Documents) != 5 || len(g.Entities) == 0 || len(g.Relations) == 0 {
		t.Errorf("extractor %+v, %d documents, %d entities, %d relations", g.Extractor, len(g.Documents), len(g.Entities), len(g.Relations))
	}
	ids := map[string]bool{}
	for _, e := range g.Entities {
		ids[e.ID] = true
		if len(e.Mentions) == 0 || e.Properties["latin"] == nil {
			t.Errorf("entity %s has no mentions or no latin key", e.Name)
		}
	}
	for _, r := range g.Relations {
		if !ids[r.From] || !ids[r.To] || len(r.Evidence) == 0 {
			t.Errorf("relation %s %s->%s: dangling or without evidence", r.Type, r.From, r.To)
		}
	}
	code, out, _ = runCLI(t, "extract", "--format", "text", seedsDir(t))
	if code != 0 || !strings.Contains(out, "entities") {
		t.Errorf("text format: exit %d\n%s", code, out)
	}
}

func TestLoadCommand(t *testing.T) {
	db := dbtest.Open(t)
	args := append([]string{"--log-level", "warn", "load"}, dbArgs(db)...)
	code, out, errs := runCLI(t, append(args, seedsDir(t))...)
	if code != 0 || !strings.Contains(out, "documents: 5 new, 0 changed, 0 unchanged") {
		t.Fatalf("first load: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runCLI(t, append(args, seedsDir(t))...)
	if code != 0 || !strings.Contains(out, "0 new, 0 changed, 5 unchanged") || !strings.Contains(out, "0 nodes created, 0 deleted; 0 relationships created, 0 deleted; 0 properties set") {
		t.Errorf("second load changed something: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runCLI(t, append(args, seedsDir(t), filepath.Join(t.TempDir(), "missing.txt"))...)
	if code != 1 || !strings.Contains(errs, "missing.txt") || !strings.Contains(out, "1 failed") {
		t.Errorf("load with a missing file: exit %d, want 1 naming the file\n%s%s", code, out, errs)
	}
	// A directory with one binary file among texts: the file is named and
	// skipped, the others are loaded, the exit code says something failed,
	// and an unchanged reload still skips extraction.
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		text := "Клъстер „Зелени сгради“ участва в проекта GREENBUILD.\n\nФайл " + name + "."
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "scan.txt"), []byte("\x00\x01\x02binary\xff\xfe\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, summary string }{
		{"first load", "documents: 2 new, 0 changed, 0 unchanged, 0 pruned, 1 failed"},
		{"unchanged reload", "documents: 0 new, 0 changed, 2 unchanged, 0 pruned, 1 failed"},
	}
	for _, tt := range tests {
		code, out, errs = runCLI(t, append(args, dir)...)
		if code != 1 || !strings.Contains(errs, "scan.txt") || !strings.Contains(out, tt.summary) || !strings.Contains(out, "failed: ") {
			t.Errorf("%s of a directory with a binary file: exit %d, want 1, the file named and the summary %q\n%s%s", tt.name, code, out, errs, tt.summary)
		}
	}
	if !strings.Contains(out, "extract 0s") {
		t.Errorf("unchanged reload with a failed input extracted again:\n%s", out)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// syncBuffer lets the test read what the running command printed.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestUpLoadsSeedsAndServes(t *testing.T) {
	db := dbtest.Open(t)
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errs syncBuffer
	done := make(chan int, 1)
	go func() {
		args := append([]string{"--log-level", "warn", "up", "--addr", addr}, dbArgs(db)...)
		done <- run(ctx, append(args, seedsDir(t)), &out, &errs)
	}()
	base := "http://" + addr
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("up exited %d before serving:\n%s%s", code, out.String(), errs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("up did not serve in time:\n%s%s", out.String(), errs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	body := `{"query":"{ search(query: \"TRACE-KEI\", first: 5) { edges { node { name type } } } }"}`
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"name":"TRACE-KEI"`) {
		t.Errorf("search for TRACE-KEI after up: %s", b)
	}
	if !strings.Contains(out.String(), "5 new") {
		t.Errorf("up did not load the seeds: %s", out.String())
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 && code != 130 {
			t.Errorf("up exited %d on shutdown: %s", code, errs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("up did not shut down")
	}
}
