package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/clustergraph/clustergraph/internal/localdb"
	"github.com/clustergraph/clustergraph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// dbFlags is the database configuration shared by every command that
// talks to Neo4j. Flags win over the conventional NEO4J_* variables; with
// no URI at all the default local server is used (and started if needed).
type dbFlags struct {
	uri, username, password, database string
	home, cache                       string
	heap, pageCache                   string
}

func (d *dbFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&d.uri, "neo4j-uri", "", "Neo4j URI (env NEO4J_URI); empty: the default local server")
	fs.StringVar(&d.username, "neo4j-username", "", "Neo4j user (env NEO4J_USERNAME; default neo4j)")
	fs.StringVar(&d.password, "neo4j-password", "", "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&d.database, "neo4j-database", "", "Neo4j database (env NEO4J_DATABASE; default neo4j)")
	d.registerLocal(fs)
}

func (d *dbFlags) registerLocal(fs *flag.FlagSet) {
	fs.StringVar(&d.home, "local-home", "", "directory of the local server's data, logs and password (env CLUSTERGRAPH_HOME/neo4j; default ~/.local/share/clustergraph/neo4j)")
	fs.StringVar(&d.cache, "local-cache", "", "cache of downloaded Neo4j jars (env CLUSTERGRAPH_CACHE; default the user cache directory)")
	fs.StringVar(&d.heap, "local-heap", envOr("CLUSTERGRAPH_NEO4J_HEAP", "1g"), "maximum JVM heap of the local server")
	fs.StringVar(&d.pageCache, "local-pagecache", envOr("CLUSTERGRAPH_NEO4J_PAGECACHE", "512m"), "page cache of the local server")
}

// resolve fills empty fields from the environment.
func (d *dbFlags) resolve() {
	fill := func(p *string, env, def string) {
		if *p == "" {
			*p = envOr(env, def)
		}
	}
	fill(&d.uri, "NEO4J_URI", "")
	fill(&d.username, "NEO4J_USERNAME", "neo4j")
	fill(&d.password, "NEO4J_PASSWORD", "")
	fill(&d.database, "NEO4J_DATABASE", "neo4j")
}

func (d *dbFlags) local(a *app) (*localdb.Server, error) {
	return localdb.New(localdb.Options{Home: d.home, Cache: d.cache, HeapMax: d.heap, PageCache: d.pageCache, Logger: a.log})
}

// conn is an open, verified connection.
type conn struct {
	driver   neo4j.DriverWithContext
	database string
	uri      string
}

func (c *conn) Close(ctx context.Context) error { return c.driver.Close(ctx) }

// connect opens the configured database, starting the local server when no
// URI is configured, and applies the schema.
func (d *dbFlags) connect(ctx context.Context, a *app) (*conn, error) {
	d.resolve()
	uri, user, pw := d.uri, d.username, d.password
	if uri == "" {
		s, err := d.local(a)
		if err != nil {
			return nil, err
		}
		st, err := s.Start(ctx)
		if err != nil {
			return nil, err
		}
		if pw, err = s.Password(); err != nil {
			return nil, err
		}
		uri, user = st.URI, localdb.Username
	}
	drv, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, pw, ""))
	if err != nil {
		return nil, fmt.Errorf("neo4j driver for %s: %w", uri, err)
	}
	vctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		_ = drv.Close(ctx)
		return nil, fmt.Errorf("cannot reach Neo4j at %s as %q: %w (check NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, or unset NEO4J_URI to use the local server)", uri, user, err)
	}
	sctx, cancel2 := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel2()
	if err := schema.Apply(sctx, drv, d.database); err != nil {
		_ = drv.Close(ctx)
		return nil, err
	}
	a.log.Info("connected to Neo4j", "uri", uri, "database", d.database)
	return &conn{driver: drv, database: d.database, uri: uri}, nil
}

func runDB(ctx context.Context, a *app, args []string) error {
	var d dbFlags
	fs := newFlags(a, "db", "start|stop|status|env [flags]",
		"Manage the default local Neo4j (Neo4j Community "+localdb.DefaultVersion+" fetched with mvn, Bolt on 127.0.0.1).\n"+
			"  start   start it (or reuse the running one) and print its Bolt URI\n"+
			"  stop    stop the process it started (by pid file)\n"+
			"  status  say whether it runs, and its Bolt URI\n"+
			"  env     print export lines for NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD")
	d.registerLocal(fs)
	if len(args) == 0 {
		fs.Usage()
		return fmt.Errorf("missing action: start, stop, status or env: %w", errUsage)
	}
	action := args[0]
	if strings.HasPrefix(action, "-") {
		if err := fs.Parse(args); err != nil {
			return err
		}
		return fmt.Errorf("missing action: start, stop, status or env: %w", errUsage)
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	s, err := d.local(a)
	if err != nil {
		return err
	}
	switch action {
	case "start":
		st, err := s.Start(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "running: %s (pid %d, data %s)\n", st.URI, st.PID, st.Home)
		return nil
	case "stop":
		if err := s.Stop(ctx); err != nil {
			return err
		}
		fmt.Fprintln(a.stdout, "stopped")
		return nil
	case "status":
		st, err := s.Status()
		if errors.Is(err, localdb.ErrNotRunning) {
			fmt.Fprintf(a.stdout, "not running (data %s)\n", s.Home())
			return nil
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "running: %s (pid %d, Neo4j %s, started %s, data %s, log %s)\n",
			st.URI, st.PID, st.Version, st.Started, st.Home, s.LogPath())
		return nil
	case "env":
		st, err := s.Status()
		if err != nil {
			return fmt.Errorf("%w: start it with `clustergraph db start`", err)
		}
		pw, err := s.Password()
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "export NEO4J_URI=%s\nexport NEO4J_USERNAME=%s\nexport NEO4J_PASSWORD=%s\nexport NEO4J_DATABASE=neo4j\n",
			shellQuote(st.URI), shellQuote(localdb.Username), shellQuote(pw))
		return nil
	}
	return fmt.Errorf("unknown action %q: want start, stop, status or env: %w", action, errUsage)
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
