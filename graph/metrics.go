package graph

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/clustergraph/clustergraph/graph/store"
)

// metrics are the Prometheus collectors of one handler.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	dbTime   *prometheus.HistogramVec
	dbErrors *prometheus.CounterVec
	inFlight prometheus.Gauge
	// The database read queue (see store.Limiter); nil without a limit.
	queueWait      prometheus.Histogram
	queueAbandoned prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "clustergraph_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "clustergraph_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route"}),
		dbTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "clustergraph_db_query_duration_seconds", Help: "Neo4j round-trip time by query.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"query"}),
		dbErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "clustergraph_db_query_errors_total", Help: "Failed Neo4j queries by query.",
		}, []string{"query"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "clustergraph_http_requests_in_flight", Help: "HTTP requests being served.",
		}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.latency, m.dbTime, m.dbErrors, m.inFlight} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// newLimiter returns a database read limiter of n slots whose queue is
// observed by m and registered with reg.
func (m *metrics) newLimiter(reg prometheus.Registerer, n int) (*store.Limiter, error) {
	m.queueWait = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "clustergraph_db_queue_wait_seconds", Help: "Time database reads waited for a slot (--max-db-reads).",
		Buckets: []float64{.0001, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	})
	m.queueAbandoned = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "clustergraph_db_queue_abandoned_total", Help: "Database reads whose request ended (timeout, cancel) while waiting for a slot.",
	})
	l := store.NewLimiter(n, func(wait time.Duration, err error) {
		m.queueWait.Observe(wait.Seconds())
		if err != nil {
			m.queueAbandoned.Inc()
		}
	})
	cs := []prometheus.Collector{m.queueWait, m.queueAbandoned,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "clustergraph_db_reads_in_flight", Help: "Database reads running (at most clustergraph_db_reads_max).",
		}, func() float64 { return float64(l.Running()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "clustergraph_db_reads_waiting", Help: "Database reads queued for a slot.",
		}, func() float64 { return float64(l.Waiting()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "clustergraph_db_reads_max", Help: "Database reads allowed to run at once.",
		}, func() float64 { return float64(l.Max()) }),
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (m *metrics) observeQuery(name string, took time.Duration, err error) {
	m.dbTime.WithLabelValues(name).Observe(took.Seconds())
	if err != nil {
		m.dbErrors.WithLabelValues(name).Inc()
	}
}

func (m *metrics) handler(g prometheus.Gatherer) http.Handler {
	return promhttp.HandlerFor(g, promhttp.HandlerOpts{})
}

// route maps a path onto a small fixed set of labels.
func route(path string) string {
	if path == "/" {
		return "/"
	}
	for _, r := range []string{"/graphql", "/playground", "/explorer", "/export", "/healthz", "/readyz", "/metrics"} {
		if path == r || strings.HasPrefix(path, r+"/") {
			return r
		}
	}
	return "other"
}

// statusWriter records the status code written.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (m *metrics) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.inFlight.Inc()
		defer m.inFlight.Dec()
		began := time.Now()
		sw, ok := w.(*statusWriter)
		if !ok {
			sw = &statusWriter{ResponseWriter: w}
		}
		next.ServeHTTP(sw, r)
		rt := route(r.URL.Path)
		code := sw.code
		if code == 0 {
			code = http.StatusOK
		}
		m.requests.WithLabelValues(rt, strconv.Itoa(code)).Inc()
		m.latency.WithLabelValues(rt).Observe(time.Since(began).Seconds())
	})
}

// logRequests writes one log line per request.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		began := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		code := sw.code
		if code == 0 {
			code = http.StatusOK
		}
		level := slog.LevelInfo
		if code >= 500 {
			level = slog.LevelWarn
		}
		log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", code,
			"duration_ms", float64(time.Since(began).Microseconds())/1000, "remote", r.RemoteAddr)
	})
}
