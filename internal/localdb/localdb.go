// Package localdb runs the default local Neo4j: a Neo4j Community server
// assembled from Maven Central with mvn, cached outside the repository,
// configured for loopback only and started and stopped by pid file.
//
// Docker is not assumed. The server's jars are the runtime dependencies of
// org.neo4j.assembly:neo4j-community-standalone (the release tarball is not
// deployed to Maven Central), and the server is started through its entry
// point class with the heap flags given by hand, as bin/neo4j would.
package localdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// DefaultVersion is the pinned Neo4j 5.26 LTS release. Pinned, because the
// 5.26 line keeps getting patch releases and builds must be repeatable.
const DefaultVersion = "5.26.30"

// Username is the only user of a local server.
const Username = "neo4j"

// Options says where a local server lives and how big it may be.
type Options struct {
	// Home is the instance directory: conf/, data/, logs/, run/ and the
	// password file. Two instances need two homes.
	Home string
	// Cache holds the downloaded jars, shared by all instances
	// (<Cache>/neo4j-<version>/lib).
	Cache string
	// Version of Neo4j; DefaultVersion when empty.
	Version string
	// Heap and PageCache sizes in Neo4j/JVM notation ("512m", "1g").
	HeapInitial, HeapMax, PageCache string
	// Port for Bolt on 127.0.0.1; 0 picks a free one at start.
	Port int
	// ReadyTimeout bounds the wait for the server to answer; 0 means 3 minutes.
	ReadyTimeout time.Duration
	// Logger receives progress; nil discards.
	Logger *slog.Logger
	// DieWithParent kills the server when the process that started it dies
	// (Linux only): test servers must not outlive a killed test binary.
	DieWithParent bool
}

// State is what a running instance writes beside its data, so that other
// processes (db status, db env, a second `up`) find it.
type State struct {
	PID      int    `json:"pid"`
	URI      string `json:"uri"`
	Version  string `json:"version"`
	Home     string `json:"home"`
	Started  string `json:"started"`
	Username string `json:"username"`
}

// Server is a handle on one instance directory.
type Server struct {
	opt Options
	log *slog.Logger
}

// DefaultHome is where the user's own local database lives:
// $CLUSTERGRAPH_HOME, else $XDG_DATA_HOME/clustergraph/neo4j, else
// ~/.local/share/clustergraph/neo4j.
func DefaultHome() (string, error) {
	if h := os.Getenv("CLUSTERGRAPH_HOME"); h != "" {
		return filepath.Join(h, "neo4j"), nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "clustergraph", "neo4j"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find home directory for the local database (set CLUSTERGRAPH_HOME): %w", err)
	}
	return filepath.Join(home, ".local", "share", "clustergraph", "neo4j"), nil
}

// DefaultCache is where downloaded server jars are kept:
// $CLUSTERGRAPH_CACHE, else the user cache directory.
func DefaultCache() (string, error) {
	if c := os.Getenv("CLUSTERGRAPH_CACHE"); c != "" {
		return c, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("find cache directory for Neo4j jars (set CLUSTERGRAPH_CACHE): %w", err)
	}
	return filepath.Join(dir, "clustergraph"), nil
}

// New returns a handle with defaults filled in. It touches nothing on disk.
func New(opt Options) (*Server, error) {
	var err error
	if opt.Home == "" {
		if opt.Home, err = DefaultHome(); err != nil {
			return nil, err
		}
	}
	if opt.Cache == "" {
		if opt.Cache, err = DefaultCache(); err != nil {
			return nil, err
		}
	}
	if opt.Home, err = filepath.Abs(opt.Home); err != nil {
		return nil, fmt.Errorf("local database home: %w", err)
	}
	if opt.Cache, err = filepath.Abs(opt.Cache); err != nil {
		return nil, fmt.Errorf("local database cache: %w", err)
	}
	if opt.Version == "" {
		opt.Version = DefaultVersion
	}
	if opt.HeapInitial == "" {
		opt.HeapInitial = "512m"
	}
	if opt.HeapMax == "" {
		opt.HeapMax = "1g"
	}
	if opt.PageCache == "" {
		opt.PageCache = "512m"
	}
	if opt.ReadyTimeout == 0 {
		opt.ReadyTimeout = 3 * time.Minute
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Server{opt: opt, log: log}, nil
}

// Home is the instance directory.
func (s *Server) Home() string { return s.opt.Home }

func (s *Server) libDir() string {
	return filepath.Join(s.opt.Cache, "neo4j-"+s.opt.Version, "lib")
}
func (s *Server) confDir() string       { return filepath.Join(s.opt.Home, "conf") }
func (s *Server) statePath() string     { return filepath.Join(s.opt.Home, "run", "clustergraph.json") }
func (s *Server) passwordPath() string  { return filepath.Join(s.opt.Home, "password") }
func (s *Server) LogPath() string       { return filepath.Join(s.opt.Home, "logs", "neo4j.log") }
func (s *Server) consolePath() string   { return filepath.Join(s.opt.Home, "logs", "console.log") }
func (s *Server) installMarker() string { return filepath.Join(s.libDir(), ".complete") }

// ErrNotRunning is returned by Status when no server of this home runs.
var ErrNotRunning = errors.New("local Neo4j is not running")

// Status reports the running instance of this home, or ErrNotRunning.
// A stale state file (process gone, or the pid now belongs to something
// else) counts as not running.
func (s *Server) Status() (State, error) {
	b, err := os.ReadFile(s.statePath())
	if errors.Is(err, os.ErrNotExist) {
		return State{}, ErrNotRunning
	}
	if err != nil {
		return State{}, fmt.Errorf("read local database state: %w", err)
	}
	var st State
	if err := json.Unmarshal(b, &st); err != nil {
		return State{}, fmt.Errorf("read local database state %s: %w", s.statePath(), err)
	}
	if !s.ours(st.PID) {
		return State{}, ErrNotRunning
	}
	return st, nil
}

// ours reports whether pid is alive and is this home's Neo4j, so that a pid
// reused by an unrelated process is never signalled.
func (s *Server) ours(pid int) bool {
	if pid <= 0 {
		return false
	}
	cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		// No /proc (not Linux): fall back to signal 0.
		p, ferr := os.FindProcess(pid)
		return ferr == nil && p.Signal(syscall.Signal(0)) == nil
	}
	c := string(cmd)
	return strings.Contains(c, "CommunityEntryPoint") && strings.Contains(c, "--home-dir="+s.opt.Home)
}

// Password returns the generated password of this instance.
func (s *Server) Password() (string, error) {
	b, err := os.ReadFile(s.passwordPath())
	if err != nil {
		return "", fmt.Errorf("read local database password: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// Start makes sure the server of this home runs and answers, installing and
// configuring it on first use. A running server is reused.
func (s *Server) Start(ctx context.Context) (State, error) {
	if st, err := s.Status(); err == nil {
		if err := s.waitReady(ctx, st, 30*time.Second); err == nil {
			s.log.Info("local Neo4j already running", "uri", st.URI, "pid", st.PID)
			return st, nil
		}
	}
	java, err := FindJava()
	if err != nil {
		return State{}, err
	}
	if err := s.Install(ctx); err != nil {
		return State{}, err
	}
	for _, d := range []string{"conf", "data", "logs", "run"} {
		if err := os.MkdirAll(filepath.Join(s.opt.Home, d), 0o755); err != nil {
			return State{}, fmt.Errorf("create local database directory: %w", err)
		}
	}
	port := s.opt.Port
	if port == 0 {
		// Keep the previous port when it is still free, so that NEO4J_URI
		// exported by `db env` survives a restart.
		if port = s.previousPort(); port == 0 || !portFree(port) {
			if port, err = freePort(); err != nil {
				return State{}, err
			}
		}
	}
	if err := s.writeConf(port); err != nil {
		return State{}, err
	}
	if err := s.ensurePassword(ctx, java); err != nil {
		return State{}, err
	}
	console, err := os.OpenFile(s.consolePath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return State{}, fmt.Errorf("open server console log: %w", err)
	}
	defer console.Close()
	args := []string{
		"-Xms" + s.opt.HeapInitial, "-Xmx" + s.opt.HeapMax,
		"-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+DisableExplicitGC",
		"-Dfile.encoding=UTF-8",
		"-cp", s.confDir() + "/*:" + s.libDir() + "/*",
		"org.neo4j.server.CommunityEntryPoint",
		"--home-dir=" + s.opt.Home, "--config-dir=" + s.confDir(),
	}
	// Not exec.CommandContext: the server must outlive this command.
	cmd := exec.Command(java, args...)
	cmd.Dir = s.opt.Home
	cmd.Stdout, cmd.Stderr = console, console
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+s.opt.Home, "NEO4J_CONF="+s.confDir())
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if s.opt.DieWithParent {
		setPdeathsig(cmd.SysProcAttr)
	}
	s.log.Info("starting local Neo4j", "version", s.opt.Version, "home", s.opt.Home, "port", port)
	if err := cmd.Start(); err != nil {
		return State{}, fmt.Errorf("start local Neo4j with %s: %w", java, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	st := State{
		PID: cmd.Process.Pid, URI: fmt.Sprintf("bolt://127.0.0.1:%d", port), Version: s.opt.Version,
		Home: s.opt.Home, Started: time.Now().UTC().Format(time.RFC3339), Username: Username,
	}
	if err := writeJSON(s.statePath(), st); err != nil {
		_ = cmd.Process.Kill()
		return State{}, err
	}
	readyCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-exited:
			cancel()
		case <-readyCtx.Done():
		}
	}()
	if err := s.waitReady(readyCtx, st, s.opt.ReadyTimeout); err != nil {
		select {
		case werr := <-exited:
			_ = os.Remove(s.statePath())
			return State{}, fmt.Errorf("local Neo4j exited during start-up (%v); see %s and %s", werr, s.LogPath(), s.consolePath())
		default:
		}
		if ctx.Err() != nil {
			_ = s.Stop(context.Background())
			return State{}, fmt.Errorf("start local Neo4j: %w", ctx.Err())
		}
		_ = s.Stop(context.Background())
		return State{}, fmt.Errorf("local Neo4j did not answer on %s within %s: %w; see %s and %s",
			st.URI, s.opt.ReadyTimeout, err, s.LogPath(), s.consolePath())
	}
	s.log.Info("local Neo4j ready", "uri", st.URI, "pid", st.PID)
	return st, nil
}

// waitReady polls the driver's connectivity check until it passes.
func (s *Server) waitReady(ctx context.Context, st State, timeout time.Duration) error {
	pw, err := s.Password()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	drv, err := neo4j.NewDriverWithContext(st.URI, neo4j.BasicAuth(Username, pw, ""), func(c *config.Config) {
		c.SocketConnectTimeout = 2 * time.Second
	})
	if err != nil {
		return fmt.Errorf("driver for %s: %w", st.URI, err)
	}
	defer drv.Close(context.Background())
	var last error
	for {
		if last = drv.VerifyConnectivity(ctx); last == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("%w (last error: %v)", ctx.Err(), last)
			}
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// Stop stops the process this home started (by its pid file, never by
// name) and waits for it to exit. Stopping a stopped server is no error.
func (s *Server) Stop(ctx context.Context) error {
	st, err := s.Status()
	if errors.Is(err, ErrNotRunning) {
		_ = os.Remove(s.statePath())
		return nil
	}
	if err != nil {
		return err
	}
	p, err := os.FindProcess(st.PID)
	if err != nil {
		return fmt.Errorf("find local Neo4j process %d: %w", st.PID, err)
	}
	s.log.Info("stopping local Neo4j", "pid", st.PID)
	_ = p.Signal(syscall.SIGTERM)
	deadline := time.Now().Add(60 * time.Second)
	for s.ours(st.PID) && !zombie(st.PID) {
		if time.Now().After(deadline) {
			s.log.Warn("local Neo4j did not stop in 60s; killing it", "pid", st.PID)
			_ = p.Signal(syscall.SIGKILL)
			deadline = time.Now().Add(10 * time.Second)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("stop local Neo4j: %w", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	if err := os.Remove(s.statePath()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove local database state: %w", err)
	}
	return nil
}

// zombie reports a process that has exited but was not reaped yet (it is
// our own child when Start and Stop run in one process, as in tests).
func zombie(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// The state follows the parenthesised command name.
	if i := strings.LastIndexByte(string(b), ')'); i >= 0 && i+2 < len(b) {
		return b[i+2] == 'Z'
	}
	return false
}

// Install fetches the server jars into the cache with mvn unless present.
// Concurrent installs are safe: each assembles in its own temporary
// directory and the first rename wins.
func (s *Server) Install(ctx context.Context) error {
	if _, err := os.Stat(s.installMarker()); err == nil {
		return nil
	}
	mvn, err := exec.LookPath("mvn")
	if err != nil {
		return errors.New("Maven (mvn) is not installed, and the local Neo4j is fetched with it from Maven Central. " +
			"Install Maven (Debian/Ubuntu: `apt-get install maven`; macOS: `brew install maven`) with Java 17 or later, " +
			"or point ClusterGraph at an existing Neo4j 5 server instead by setting NEO4J_URI (with NEO4J_USERNAME, " +
			"NEO4J_PASSWORD, NEO4J_DATABASE), for example a Docker `neo4j:5` container or Neo4j Aura")
	}
	parent := filepath.Dir(s.libDir())
	if err := os.MkdirAll(filepath.Dir(parent), 0o755); err != nil {
		return fmt.Errorf("create Neo4j cache: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(parent), ".install-*")
	if err != nil {
		return fmt.Errorf("create Neo4j cache: %w", err)
	}
	defer os.RemoveAll(tmp)
	pom := fmt.Sprintf(`<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>clustergraph.local</groupId><artifactId>neo4j-server</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j.assembly</groupId><artifactId>neo4j-community-standalone</artifactId>
      <version>%s</version><type>pom</type>
    </dependency>
  </dependencies>
</project>
`, s.opt.Version)
	if err := os.WriteFile(filepath.Join(tmp, "pom.xml"), []byte(pom), 0o644); err != nil {
		return fmt.Errorf("write Maven project: %w", err)
	}
	lib := filepath.Join(tmp, "neo4j-"+s.opt.Version, "lib")
	s.log.Info("fetching Neo4j from Maven Central (first run only)", "version", s.opt.Version, "cache", parent)
	cmd := exec.CommandContext(ctx, mvn, "-B", "-q", "-f", filepath.Join(tmp, "pom.xml"),
		"dependency:copy-dependencies", "-DincludeScope=runtime", "-DoutputDirectory="+lib)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("fetch Neo4j %s with mvn: %w\n%s\nCheck that Maven Central is reachable (proxy settings in ~/.m2/settings.xml), or set NEO4J_URI to an existing server",
			s.opt.Version, err, tail(string(out), 2000))
	}
	poms, _ := filepath.Glob(filepath.Join(lib, "*.pom"))
	for _, p := range poms {
		_ = os.Remove(p)
	}
	jars, _ := filepath.Glob(filepath.Join(lib, "neo4j-server-*.jar"))
	if len(jars) == 0 {
		return fmt.Errorf("fetch Neo4j %s with mvn: no neo4j-server jar among the dependencies in %s", s.opt.Version, lib)
	}
	if err := os.WriteFile(filepath.Join(lib, ".complete"), []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o644); err != nil {
		return fmt.Errorf("mark Neo4j install complete: %w", err)
	}
	if err := os.Rename(filepath.Join(tmp, "neo4j-"+s.opt.Version), parent); err != nil {
		if _, serr := os.Stat(s.installMarker()); serr == nil {
			return nil // another process finished first
		}
		return fmt.Errorf("install Neo4j into %s: %w", parent, err)
	}
	return nil
}

func (s *Server) writeConf(port int) error {
	conf := fmt.Sprintf(`# Written by clustergraph on every start; edits are overwritten.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:%d
server.bolt.advertised_address=127.0.0.1:%d
server.http.enabled=false
server.https.enabled=false
dbms.usage_report.enabled=false
dbms.security.auth_enabled=true
server.memory.heap.initial_size=%s
server.memory.heap.max_size=%s
server.memory.pagecache.size=%s
server.directories.data=%s
server.directories.logs=%s
server.directories.run=%s
server.directories.import=%s
db.tx_log.rotation.retention_policy=1 days
`, port, port, s.opt.HeapInitial, s.opt.HeapMax, s.opt.PageCache,
		filepath.Join(s.opt.Home, "data"), filepath.Join(s.opt.Home, "logs"),
		filepath.Join(s.opt.Home, "run"), filepath.Join(s.opt.Home, "import"))
	if err := os.WriteFile(filepath.Join(s.confDir(), "neo4j.conf"), []byte(conf), 0o644); err != nil {
		return fmt.Errorf("write neo4j.conf: %w", err)
	}
	return nil
}

// ensurePassword generates the instance password before the first start,
// keeps it beside the data with mode 0600, and hands it to neo4j-admin.
func (s *Server) ensurePassword(ctx context.Context, java string) error {
	if _, err := os.Stat(filepath.Join(s.opt.Home, "data", "dbms", "auth.ini")); err == nil {
		if _, err := s.Password(); err == nil {
			return nil
		}
		return fmt.Errorf("local database at %s has users but its password file %s is missing: delete %s to start afresh",
			s.opt.Home, s.passwordPath(), s.opt.Home)
	}
	buf := make([]byte, 16)
	if _, err := rand.Read(buf); err != nil {
		return fmt.Errorf("generate password: %w", err)
	}
	pw := hex.EncodeToString(buf)
	if err := os.WriteFile(s.passwordPath(), []byte(pw+"\n"), 0o600); err != nil {
		return fmt.Errorf("write password file: %w", err)
	}
	cmd := exec.CommandContext(ctx, java, "-cp", s.libDir()+"/*",
		"org.neo4j.server.startup.Neo4jAdminCommand", "dbms", "set-initial-password", pw)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+s.opt.Home, "NEO4J_CONF="+s.confDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("set initial password with neo4j-admin: %w\n%s", err, tail(string(out), 2000))
	}
	return nil
}

var javaVersionRE = regexp.MustCompile(`version "(\d+)(?:\.(\d+))?`)

// FindJava returns a Java 17+ executable ($JAVA_HOME/bin/java, else PATH)
// or an error that says what to install.
func FindJava() (string, error) {
	const advice = "Install a Java 17 or 21 runtime (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; " +
		"macOS: `brew install openjdk@17`) and Maven, or point ClusterGraph at an existing Neo4j 5 server by setting " +
		"NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), for example a Docker `neo4j:5` container or Neo4j Aura"
	java := ""
	if jh := os.Getenv("JAVA_HOME"); jh != "" {
		if _, err := os.Stat(filepath.Join(jh, "bin", "java")); err == nil {
			java = filepath.Join(jh, "bin", "java")
		}
	}
	if java == "" {
		p, err := exec.LookPath("java")
		if err != nil {
			return "", errors.New("Java is not installed, and the local Neo4j needs it. " + advice)
		}
		java = p
	}
	out, err := exec.Command(java, "-version").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("run %s -version: %w. %s", java, err, advice)
	}
	m := javaVersionRE.FindStringSubmatch(string(out))
	if m == nil {
		return "", fmt.Errorf("cannot read the Java version from %q. %s", tail(string(out), 200), advice)
	}
	major, _ := strconv.Atoi(m[1])
	if major == 1 && m[2] != "" {
		major, _ = strconv.Atoi(m[2])
	}
	if major < 17 {
		return "", fmt.Errorf("Java %d found at %s, but Neo4j 5 needs Java 17 or later. %s", major, java, advice)
	}
	return java, nil
}

var boltPortRE = regexp.MustCompile(`(?m)^server\.bolt\.listen_address=127\.0\.0\.1:(\d+)$`)

func (s *Server) previousPort() int {
	b, err := os.ReadFile(filepath.Join(s.confDir(), "neo4j.conf"))
	if err != nil {
		return 0
	}
	m := boltPortRE.FindSubmatch(b)
	if m == nil {
		return 0
	}
	p, _ := strconv.Atoi(string(m[1]))
	return p
}

func portFree(port int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return false
	}
	_ = l.Close()
	return true
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port on 127.0.0.1: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
