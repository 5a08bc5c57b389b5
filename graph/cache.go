package graph

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/simplelru"
	"github.com/prometheus/client_golang/prometheus"
)

// answerCache keeps whole GraphQL answers (data only, never errors) for
// the graph version they were computed at. The graph changes only when
// the loader writes, and every loader transaction sets a new version (see
// schema/MODEL.md), so a question asked again at the same version (a
// dashboard polling, many people opening the same page) costs one tiny
// version read instead of its queries. The version is read on every
// request, so an answer is never older than the graph it is served from;
// several servers behind a load balancer each keep their own cache and
// need no coordination.
type answerCache struct {
	version  func(ctx context.Context) (string, error)
	maxBytes int64
	maxEntry int64

	mu      sync.Mutex
	current string // the version the entries belong to
	bytes   int64
	entries *simplelru.LRU[[sha256.Size]byte, []byte]

	lookups *prometheus.CounterVec
	size    prometheus.GaugeFunc
}

// newAnswerCache returns a cache of at most maxBytes of answers, or nil
// (no cache) when maxBytes is not positive.
func newAnswerCache(maxBytes int64, version func(context.Context) (string, error), reg prometheus.Registerer) (*answerCache, error) {
	if maxBytes <= 0 {
		return nil, nil
	}
	c := &answerCache{version: (&freshReads{read: version}).get, maxBytes: maxBytes, maxEntry: max(maxBytes/16, 1)}
	// The byte budget bounds the cache; the entry count only has to be
	// larger than any budget of small answers fills.
	l, err := simplelru.NewLRU(1<<20, func(_ [sha256.Size]byte, v []byte) { c.bytes -= int64(len(v)) })
	if err != nil {
		return nil, err
	}
	c.entries = l
	c.lookups = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "clustergraph_answer_cache_lookups_total",
		Help: "GraphQL answers looked up in the answer cache: hit, miss, or bypass (the graph version could not be read).",
	}, []string{"result"})
	c.size = prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "clustergraph_answer_cache_bytes", Help: "Bytes of answers held in the answer cache (--cache-mb).",
	}, func() float64 {
		c.mu.Lock()
		defer c.mu.Unlock()
		return float64(c.bytes)
	})
	for _, col := range []prometheus.Collector{c.lookups, c.size} {
		if err := reg.Register(col); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// cacheKey identifies a request by everything that shapes its answer: the
// query document, the operation and the variables. json.Marshal writes map
// keys sorted, so equal variables give equal keys whatever their order.
func cacheKey(p *graphql.RawParams) ([sha256.Size]byte, bool) {
	vars, err := json.Marshal(p.Variables)
	if err != nil {
		return [sha256.Size]byte{}, false
	}
	ext, err := json.Marshal(p.Extensions)
	if err != nil {
		return [sha256.Size]byte{}, false
	}
	h := sha256.New()
	for _, part := range [][]byte{[]byte(p.Query), []byte(p.OperationName), vars, ext} {
		// Length-prefixed, so no two requests run together into one key.
		n := len(part)
		h.Write([]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)})
		h.Write(part)
	}
	var k [sha256.Size]byte
	h.Sum(k[:0])
	return k, true
}

// lookup reads the graph version and returns the answer cached for key at
// it, if any. ok is false when the version cannot be read: the request then
// goes to the database as if there were no cache (and fails there clearly
// when the database is down).
func (c *answerCache) lookup(ctx context.Context, key [sha256.Size]byte) (answer []byte, version string, ok bool) {
	v, err := c.version(ctx)
	if err != nil {
		c.lookups.WithLabelValues("bypass").Inc()
		return nil, "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.current {
		// Entries of another version can never be served again.
		c.entries.Purge()
		c.current = v
	}
	if a, hit := c.entries.Get(key); hit {
		c.lookups.WithLabelValues("hit").Inc()
		return a, v, true
	}
	c.lookups.WithLabelValues("miss").Inc()
	return nil, v, true
}

// store keeps answer for key if it was computed at the version the cache
// is at; an answer from a version already replaced is dropped.
func (c *answerCache) store(version string, key [sha256.Size]byte, answer []byte) {
	n := int64(len(answer))
	if n > c.maxEntry {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.current {
		return
	}
	if old, ok := c.entries.Peek(key); ok {
		c.bytes -= int64(len(old)) // Add below replaces it without eviction
	}
	c.entries.Add(key, answer)
	c.bytes += n
	for c.bytes > c.maxBytes {
		if _, _, ok := c.entries.RemoveOldest(); !ok {
			break
		}
	}
}

// freshReads shares the reads of read among concurrent callers without
// ever handing one a value read before it called: a caller joins the next
// read to start, not one already under way. Under load that is one version
// read per round trip instead of one per request.
type freshReads struct {
	read func(context.Context) (string, error)

	mu      sync.Mutex
	running bool
	next    *freshCall // the read that callers since the running one began wait for
	waiting int        // callers waiting for next (tests watch it)
}

type freshCall struct {
	done chan struct{}
	v    string
	err  error
}

// get returns a value read after get was called.
func (f *freshReads) get(ctx context.Context) (string, error) {
	f.mu.Lock()
	c := f.next
	switch {
	case c != nil:
		f.waiting++
	case f.running:
		c = &freshCall{done: make(chan struct{})}
		f.next = c
		f.waiting = 1
	default:
		c = &freshCall{done: make(chan struct{})}
		f.running = true
		go f.run(c)
	}
	f.mu.Unlock()
	select {
	case <-c.done:
		return c.v, c.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// run reads for c, then for the callers that came while it did.
func (f *freshReads) run(c *freshCall) {
	for c != nil {
		// Not under any one caller's context: the others still want the
		// value when the first gives up. The store bounds the read's time.
		c.v, c.err = f.read(context.Background())
		close(c.done)
		f.mu.Lock()
		c, f.next, f.waiting = f.next, nil, 0
		f.running = c != nil
		f.mu.Unlock()
	}
}
