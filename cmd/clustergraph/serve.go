package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/clustergraph/clustergraph/graph"
)

// serveFlags are the flags of serve and of up's serve step.
type serveFlags struct {
	addr         string
	cors         string
	queryTimeout time.Duration
	maxPage      int
	maxDBReads   int
	cacheMB      int
}

func (s *serveFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&s.addr, "addr", envOr("CLUSTERGRAPH_ADDR", "127.0.0.1:8080"), "listen address (env CLUSTERGRAPH_ADDR); use :8080 to listen on every interface")
	fs.StringVar(&s.cors, "cors-origins", envOr("CLUSTERGRAPH_CORS_ORIGINS", ""), "comma-separated origins allowed to call the API from a browser (env CLUSTERGRAPH_CORS_ORIGINS); empty: any origin, no credentials")
	fs.DurationVar(&s.queryTimeout, "query-timeout", 10*time.Second, "time limit of each database query")
	fs.IntVar(&s.maxPage, "max-page-size", 100, "largest `first` a client may ask for")
	fs.IntVar(&s.cacheMB, "cache-mb", graph.DefaultCacheBytes>>20, "MiB of GraphQL answers kept for questions asked again while the graph is unchanged (the graph version is read on every request, so answers are never stale); 0: no cache")
	fs.IntVar(&s.maxDBReads, "max-db-reads", graph.DefaultMaxDBReads(), "database reads run at once; more wait in a first-come queue within --query-timeout (-1: no limit; default three per core)")
}

func runServe(ctx context.Context, a *app, args []string) error {
	var d dbFlags
	var s serveFlags
	fs := newFlags(a, "serve", "[flags]",
		"Serve the graph: GraphQL at /graphql, GraphiQL at /playground, the explorer at /, exports at /export/,\n"+
			"health at /healthz and /readyz, Prometheus metrics at /metrics. Stops gracefully on SIGINT/SIGTERM.")
	d.register(fs)
	s.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %v: %w", fs.Args(), errUsage)
	}
	c, err := d.connect(ctx, a)
	if err != nil {
		return err
	}
	defer c.Close(context.Background())
	return doServe(ctx, a, c, s)
}

func doServe(ctx context.Context, a *app, c *conn, s serveFlags) error {
	var origins []string
	for _, o := range strings.Split(s.cors, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	h, err := graph.NewHandler(graph.HandlerConfig{
		Driver: c.driver, Database: c.database, CORSOrigins: origins, Logger: a.log,
		QueryTimeout: s.queryTimeout, MaxPageSize: s.maxPage, MaxDBReads: s.maxDBReads,
		CacheBytes: cacheBytes(s.cacheMB),
	})
	if err != nil {
		return err
	}
	t := time.Now()
	if err := graph.WarmUp(ctx, c.driver, c.database, 2*time.Minute); err != nil {
		// Serving still makes sense: /readyz tells when the database answers.
		a.log.Warn("warming up the API's queries failed", "err", err)
	} else {
		a.log.Info("warmed up the API's queries", "took", time.Since(t).Round(time.Millisecond))
	}
	host := s.addr
	if strings.HasPrefix(host, ":") {
		host = "localhost" + host
	}
	fmt.Fprintf(a.stdout, "serving http://%s/ (explorer), http://%s/playground (GraphiQL), http://%s/graphql (API)\n", host, host, host)
	return graph.ListenAndServe(ctx, s.addr, h, a.log)
}

// cacheBytes turns --cache-mb into HandlerConfig.CacheBytes: 0 (or less)
// turns the cache off.
func cacheBytes(mb int) int64 {
	if mb <= 0 {
		return -1
	}
	return int64(mb) << 20
}
