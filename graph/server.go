package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/clustergraph/clustergraph/graph/model"
	"github.com/clustergraph/clustergraph/graph/store"
)

// HandlerConfig configures the HTTP handler. Only Driver is required.
type HandlerConfig struct {
	// Driver is the Neo4j driver, created and closed by the caller; neo4j://
	// routing URIs work since every query is a read transaction.
	Driver neo4j.DriverWithContext
	// Database is the Neo4j database name; empty means the server default.
	Database string
	// QueryTimeout bounds each database query; default 10s.
	QueryTimeout time.Duration
	// CORSOrigins restricts cross-origin requests; empty allows any origin
	// (without credentials, as fits a read-only API).
	CORSOrigins []string
	// Logger receives request logs and hidden internal errors; default slog.Default().
	Logger *slog.Logger
	// MaxComplexity bounds a query's cost (lists count as first × child); default 20000.
	MaxComplexity int
	// MaxDepth bounds the nesting of a query's selections; default 12.
	MaxDepth int
	// MaxPageSize bounds `first`; default 100. DefaultPageSize applies when
	// `first` is omitted; default 20.
	MaxPageSize     int
	DefaultPageSize int
	// MaxNeighborhood bounds the nodes of a neighbourhood or export; default 2000.
	MaxNeighborhood int
	// ParserTokenLimit bounds the tokens of a query document; default 20000.
	ParserTokenLimit int
	// Registerer receives the Prometheus metrics and Gatherer serves them
	// at /metrics; default a fresh registry (so handlers never collide).
	Registerer prometheus.Registerer
	Gatherer   prometheus.Gatherer
	// OnQuery, when set, observes every database round trip (tests count them).
	OnQuery store.QueryHook
	// MaxDBReads bounds the database reads the handler runs at once; more
	// wait in a first-come queue, within QueryTimeout. 0 means
	// DefaultMaxDBReads(); negative means no limit.
	MaxDBReads int
	// CacheBytes bounds the answer cache (see cache.go): 0 means
	// DefaultCacheBytes, negative means no cache.
	CacheBytes int64
}

// DefaultCacheBytes is the default size of the answer cache.
const DefaultCacheBytes = 64 << 20

// DefaultMaxDBReads is the default bound on concurrent database reads:
// three per core (GOMAXPROCS), which Neo4j and the API share on a
// one-machine deployment. Of 2, 4, 6 and 8 on two cores, 6 cut the p99 at
// 32 clients most (see the README's API performance section).
func DefaultMaxDBReads() int {
	return 3 * runtime.GOMAXPROCS(0)
}

func (c *HandlerConfig) defaults() error {
	if c.Driver == nil {
		return errors.New("graph handler: a Neo4j driver is required")
	}
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = 10 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	setDefault(&c.MaxComplexity, 20000)
	setDefault(&c.MaxDepth, 12)
	setDefault(&c.MaxPageSize, 100)
	setDefault(&c.DefaultPageSize, 20)
	setDefault(&c.MaxNeighborhood, 2000)
	setDefault(&c.ParserTokenLimit, 5000)
	if c.MaxDBReads == 0 {
		c.MaxDBReads = DefaultMaxDBReads()
	}
	if c.CacheBytes == 0 {
		c.CacheBytes = DefaultCacheBytes
	}
	if c.DefaultPageSize > c.MaxPageSize {
		c.DefaultPageSize = c.MaxPageSize
	}
	if c.Registerer == nil || c.Gatherer == nil {
		reg := prometheus.NewRegistry()
		c.Registerer, c.Gatherer = reg, reg
	}
	return nil
}

func setDefault(v *int, d int) {
	if *v <= 0 {
		*v = d
	}
}

// NewHandler returns the API's HTTP handler:
//
//	/            the explorer (search, entities, evidence, graph), embedded
//	/graphql     GraphQL over POST and GET
//	/playground  GraphiQL, served from embedded assets
//	/export/...  graph.graphml, nodes.csv, edges.csv, graph.json (?center=ID&depth=N&types=T,T)
//	/healthz     the process is up
//	/readyz      the database answers
//	/metrics     Prometheus metrics
//
// The handler keeps no state between requests, so several servers can run
// behind a load balancer.
func NewHandler(cfg HandlerConfig) (http.Handler, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	scfg := store.Config{Database: cfg.Database, Timeout: cfg.QueryTimeout, Hooks: []store.QueryHook{m.observeQuery}}
	if cfg.MaxDBReads > 0 {
		if scfg.Limiter, err = m.newLimiter(cfg.Registerer, cfg.MaxDBReads); err != nil {
			return nil, err
		}
	}
	st := store.New(cfg.Driver, scfg)
	if cfg.OnQuery != nil {
		st = st.WithHook(cfg.OnQuery)
	}
	cache, err := newAnswerCache(cfg.CacheBytes, st.GraphVersion, cfg.Registerer)
	if err != nil {
		return nil, err
	}
	gql := newGraphQLServer(st, cache, cfg)

	mux := http.NewServeMux()
	mux.Handle("/graphql", withLoaders(st, gql))
	mux.Handle("GET /playground", playgroundHandler())
	mux.Handle("GET /playground/", playgroundHandler())
	mux.Handle("GET /export/", &exporter{store: st, maxNodes: cfg.MaxNeighborhood, log: cfg.Logger})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		// Probes want a quick answer, whatever the query timeout.
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := st.Ping(ctx); err != nil {
			cfg.Logger.Warn("readiness check failed", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("database unavailable\n"))
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /metrics", m.handler(cfg.Gatherer))
	if err := mountExplorer(mux); err != nil {
		return nil, err
	}

	c := cors.New(cors.Options{
		AllowedOrigins:   cfg.CORSOrigins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders:   []string{"Content-Type", "Accept"},
		AllowCredentials: false,
		MaxAge:           600,
	})
	return logRequests(cfg.Logger, m.instrument(c.Handler(mux))), nil
}

// newGraphQLServer builds the gqlgen server with explicit transports and limits.
func newGraphQLServer(st *store.Store, cache *answerCache, cfg HandlerConfig) *handler.Server {
	res := &Resolver{Store: st, DefaultPageSize: cfg.DefaultPageSize, MaxPageSize: cfg.MaxPageSize, MaxNeighborhood: cfg.MaxNeighborhood}
	ec := Config{Resolvers: res}
	setListComplexity(&ec.Complexity, cfg.DefaultPageSize)
	srv := handler.New(NewExecutableSchema(ec))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postTransport{cache: cache})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.ParserTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.Use(depthLimit{max: cfg.MaxDepth})
	srv.Use(&enumVariables{})
	srv.SetErrorPresenter(errorPresenter(cfg.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		cfg.Logger.ErrorContext(ctx, "resolver panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("internal error")
	})
	return srv
}

// errorPresenter shows clients only messages written for them; database and
// driver errors are logged and replaced by a generic text.
func errorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) && gerr.Err == nil {
			// Parser and validation errors from gqlgen itself.
			return gerr
		}
		pub := graphql.DefaultErrorPresenter(ctx, err)
		cause := err
		if gerr != nil && gerr.Err != nil {
			cause = gerr.Err
		}
		var in *inputError
		switch {
		case errors.As(err, &in):
			pub.Message = in.msg
		case errors.Is(err, store.ErrTimeout):
			pub.Message = store.ErrTimeout.Error()
			log.WarnContext(ctx, "query timed out", "path", pub.Path.String(), "err", cause)
		case errors.Is(err, store.ErrUnavailable):
			pub.Message = store.ErrUnavailable.Error()
			log.WarnContext(ctx, "database unavailable", "path", pub.Path.String(), "err", cause)
		case errors.Is(err, context.Canceled):
			pub.Message = "request cancelled"
		default:
			if gerr != nil && gerr.Err != nil && isSafeGQL(gerr.Err) {
				return pub
			}
			log.ErrorContext(ctx, "resolver error", "path", pub.Path.String(), "err", cause)
			pub.Message = "internal error"
		}
		pub.Extensions = nil
		return pub
	}
}

// isSafeGQL reports errors gqlgen raises about argument values (e.g. an
// invalid enum), which are about the client's input.
func isSafeGQL(err error) bool {
	var in *inputError
	return errors.As(err, &in)
}

// depthLimit rejects operations nested deeper than max selections.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string { return "DepthLimit" }

func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	if n := selectionDepth(op.Operation.SelectionSet, op.Doc, 0); n > d.max {
		return gqlerror.Errorf("query is nested %d levels deep; the limit is %d", n, d.max)
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, doc *ast.QueryDocument, seen int) int {
	if seen > 100 {
		return seen
	}
	deepest := 0
	for _, s := range set {
		var n int
		switch x := s.(type) {
		case *ast.Field:
			if strings.HasPrefix(x.Name, "__") {
				// Introspection (GraphiQL's nests ofType deeply) reads only the schema.
				n = 1
			} else if len(x.SelectionSet) > 0 {
				n = 1 + selectionDepth(x.SelectionSet, doc, seen+1)
			} else {
				n = 1
			}
		case *ast.InlineFragment:
			n = selectionDepth(x.SelectionSet, doc, seen+1)
		case *ast.FragmentSpread:
			if doc != nil {
				if f := doc.Fragments.ForName(x.Name); f != nil {
					n = selectionDepth(f.SelectionSet, doc, seen+1)
				}
			}
		}
		deepest = max(deepest, n)
	}
	return deepest
}

// setListComplexity makes every paginated field (one whose arguments end in
// first and after) cost its page size times its children, so the complexity
// limit bounds the rows a query can touch.
func setListComplexity(root *ComplexityRoot, defaultPage int) {
	intT := reflect.TypeFor[int]()
	firstT := reflect.TypeFor[*int]()
	afterT := reflect.TypeFor[*string]()
	rv := reflect.ValueOf(root).Elem()
	for i := range rv.NumField() {
		obj := rv.Field(i)
		if obj.Kind() != reflect.Struct {
			continue
		}
		for j := range obj.NumField() {
			f := obj.Field(j)
			ft := f.Type()
			n := ft.NumIn()
			if ft.Kind() != reflect.Func || n < 3 || ft.In(0) != intT || ft.In(n-2) != firstT || ft.In(n-1) != afterT {
				continue
			}
			f.Set(reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
				child := int(args[0].Int())
				page := defaultPage
				if p, ok := args[len(args)-2].Interface().(*int); ok && p != nil {
					page = *p
				}
				return []reflect.Value{reflect.ValueOf(1 + max(page, 1)*max(child, 1))}
			}))
		}
	}
	// The analyst queries that scan more than they return.
	root.Query.Partnerships = func(child int, _ []model.PartnerVia, _ *int, first *int, _ *string) int {
		return 10 * (1 + pageOr(first, defaultPage)*max(child, 1))
	}
	root.Query.Neighborhood = func(child int, _ string, depth *int, _ []model.EntityType, limit *int) int {
		return 1 + pageOr(limit, 200)*max(child, 1)/10
	}
}

func pageOr(p *int, d int) int {
	if p == nil {
		return d
	}
	return max(*p, 1)
}

// ListenAndServe serves h on addr until ctx is cancelled, then shuts down
// gracefully, letting running requests finish for up to 10 seconds.
func ListenAndServe(ctx context.Context, addr string, h http.Handler, log *slog.Logger) error {
	if log == nil {
		log = slog.Default()
	}
	srv := &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Info("serving", "addr", addr)
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", addr, err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	log.Info("server stopped")
	return nil
}

// WarmUp runs each kind of API read once against the database (see
// store.Warm), so that the first requests after a start do not wait for
// Neo4j to plan and compile them. Errors are the database's; a server can
// start serving anyway.
func WarmUp(ctx context.Context, drv neo4j.DriverWithContext, database string, timeout time.Duration) error {
	if timeout <= 0 {
		timeout = time.Minute
	}
	// Each statement gets the whole budget: the first runs are the slow ones.
	st := store.New(drv, store.Config{Database: database, Timeout: timeout})
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := st.Warm(ctx); err != nil {
		return fmt.Errorf("warm up: %w", err)
	}
	return nil
}
