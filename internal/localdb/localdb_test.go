package localdb

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// needJava fails under CI and skips elsewhere when the local server cannot
// be had, so that CI never passes without running these.
func needJava(t *testing.T) {
	t.Helper()
	_, err := FindJava()
	if err == nil {
		_, err = exec.LookPath("mvn")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("local Neo4j needs Java and Maven (CI=true, so this fails): %v", err)
		}
		t.Skipf("local Neo4j needs Java and Maven: %v", err)
	}
}

func TestStartReuseStop(t *testing.T) {
	needJava(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	home := filepath.Join(t.TempDir(), "neo4j")
	s, err := New(Options{Home: home, HeapInitial: "256m", HeapMax: "512m", PageCache: "64m"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })

	if _, err := s.Status(); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("status before start: want ErrNotRunning, got %v", err)
	}
	st, err := s.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(st.URI, "bolt://127.0.0.1:") {
		t.Errorf("URI %q is not loopback bolt", st.URI)
	}
	info, err := os.Stat(filepath.Join(home, "password"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("password file mode %v, want 0600", info.Mode().Perm())
	}
	conf, err := os.ReadFile(filepath.Join(home, "conf", "neo4j.conf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"server.http.enabled=false", "dbms.usage_report.enabled=false", "server.default_listen_address=127.0.0.1"} {
		if !strings.Contains(string(conf), want) {
			t.Errorf("neo4j.conf lacks %q", want)
		}
	}

	// A second start reuses the running server.
	st2, err := s.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st2.PID != st.PID || st2.URI != st.URI {
		t.Errorf("second start gave pid %d uri %s, want the running %d %s", st2.PID, st2.URI, st.PID, st.URI)
	}

	// The server answers queries with the generated password.
	pw, err := s.Password()
	if err != nil {
		t.Fatal(err)
	}
	drv, err := neo4j.NewDriverWithContext(st.URI, neo4j.BasicAuth(Username, pw, ""))
	if err != nil {
		t.Fatal(err)
	}
	res, err := neo4j.ExecuteQuery(ctx, drv, "RETURN 40 + $n AS x", map[string]any{"n": 2}, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := res.Records[0].Get("x"); x != int64(42) {
		t.Errorf("query answered %v, want 42", x)
	}
	_ = drv.Close(ctx)

	// A wrong password is refused: authentication is on.
	bad, _ := neo4j.NewDriverWithContext(st.URI, neo4j.BasicAuth(Username, "wrong-password", ""))
	if err := bad.VerifyConnectivity(ctx); err == nil {
		t.Error("connected with a wrong password: authentication is off")
	}
	_ = bad.Close(ctx)

	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("/proc/" + strconv.Itoa(st.PID)); err == nil && !zombie(st.PID) {
		t.Errorf("process %d still exists after stop", st.PID)
	}
	if _, err := s.Status(); !errors.Is(err, ErrNotRunning) {
		t.Errorf("status after stop: want ErrNotRunning, got %v", err)
	}
	// Stopping again is harmless.
	if err := s.Stop(ctx); err != nil {
		t.Errorf("second stop: %v", err)
	}

	// A restart keeps the data, the password and (the port being free) the URI.
	st3, err := s.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st3.URI != st.URI {
		t.Errorf("restart moved the server from %s to %s", st.URI, st3.URI)
	}
	if pw2, _ := s.Password(); pw2 != pw {
		t.Error("restart changed the password")
	}
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestStaleStateIsNotRunning(t *testing.T) {
	home := t.TempDir()
	s, err := New(Options{Home: home})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(home, "run"), 0o755); err != nil {
		t.Fatal(err)
	}
	// Our own pid is alive but is not a Neo4j of this home: never ours.
	if err := writeJSON(s.statePath(), State{PID: os.Getpid(), URI: "bolt://127.0.0.1:1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Status(); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("want ErrNotRunning for a foreign pid, got %v", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatalf("stop with stale state: %v", err)
	}
}

func TestMissingJavaAdvice(t *testing.T) {
	t.Setenv("JAVA_HOME", "")
	t.Setenv("PATH", t.TempDir())
	_, err := FindJava()
	if err == nil {
		t.Fatal("found Java on an empty PATH")
	}
	for _, want := range []string{"Java", "NEO4J_URI", "install"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	s, _ := New(Options{Home: t.TempDir(), Cache: t.TempDir()})
	err = s.Install(context.Background())
	if err == nil || !strings.Contains(err.Error(), "Maven") || !strings.Contains(err.Error(), "NEO4J_URI") {
		t.Errorf("install without mvn: want advice naming Maven and NEO4J_URI, got %v", err)
	}
}
