// Package store holds every Cypher query the GraphQL API runs. Queries are
// parameterised; the only text spliced into them are labels and relationship
// types taken from the closed lists in loader/kg and integers the code bounds
// itself. Every query runs as a read transaction with a timeout.
package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// ErrUnavailable means the database could not be reached or did not answer
// in time; the request may succeed when retried.
var ErrUnavailable = errors.New("the graph database is unavailable, try again shortly")

// ErrTimeout means a query ran longer than the configured timeout.
var ErrTimeout = errors.New("the graph database did not answer in time; narrow the query")

// QueryHook observes every database round trip: the query's name, how long it
// took and its error. Metrics and tests use it.
type QueryHook func(name string, took time.Duration, err error)

// Config configures a Store.
type Config struct {
	// Database is the Neo4j database name; empty means the server default.
	Database string
	// Timeout bounds each query (client and server side); 0 means 10s.
	Timeout time.Duration
	// Hooks are called after every round trip, in order.
	Hooks []QueryHook
	// Limiter, when set, bounds the reads running at once; a read waits
	// for a slot within its Timeout.
	Limiter *Limiter
}

// Store runs the API's read queries. It is safe for concurrent use and keeps
// no state besides its configuration.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// New returns a Store over driver. The caller owns the driver.
func New(driver neo4j.DriverWithContext, cfg Config) *Store {
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	return &Store{driver: driver, cfg: cfg}
}

// WithHook returns a copy of s that also calls h after every round trip; the
// copy shares the driver.
func (s *Store) WithHook(h QueryHook) *Store {
	c := *s
	c.cfg.Hooks = append(append([]QueryHook(nil), s.cfg.Hooks...), h)
	return &c
}

// Ping checks that the database answers a read query.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.read(ctx, "ping", "RETURN 1 AS ok", nil)
	return err
}

// read runs one read query in its own read transaction, routed to readers.
func (s *Store) read(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	txTimeout := s.cfg.Timeout
	if l := s.cfg.Limiter; l != nil {
		if err := l.Acquire(ctx); err != nil {
			return nil, classify(ctx, name, fmt.Errorf("wait for a database slot: %w", err))
		}
		defer l.Release()
		// The time in the queue counts against the query's timeout.
		if dl, ok := ctx.Deadline(); ok {
			txTimeout = max(time.Until(dl), time.Millisecond)
		}
	}
	began := time.Now()
	recs, err := s.run(ctx, cypher, params, neo4j.WithTxTimeout(txTimeout), neo4j.WithTxMetadata(map[string]any{"app": "clustergraph-api", "query": name}))
	took := time.Since(began)
	for _, h := range s.cfg.Hooks {
		h(name, took, err)
	}
	if err != nil {
		return nil, classify(ctx, name, err)
	}
	return recs, nil
}

// run runs cypher as one auto-commit read transaction in a session of its
// own, routed to readers. Auto-commit because it is one round trip (RUN and
// PULL pipelined) where a managed transaction, which neo4j.ExecuteQuery and
// ExecuteRead use, adds BEGIN and COMMIT: 1.7x the empty transactions a
// second at 32 clients on two cores and 40% less driver CPU; every query
// here is a single read statement, so nothing needs a longer transaction.
// Managed transactions retry by themselves; auto-commit ones do not, so run
// retries what the driver calls retryable (a stale pooled connection after
// a restart, a leader switch), a read being safe to repeat, within ctx.
func (s *Store) run(ctx context.Context, cypher string, params map[string]any, tx ...func(*neo4j.TransactionConfig)) ([]*neo4j.Record, error) {
	return retry(ctx, retryWaits, func() ([]*neo4j.Record, error) { return s.runOnce(ctx, cypher, params, tx...) })
}

// retryWaits are the pauses before each retry of a failed read.
var retryWaits = []time.Duration{0, 50 * time.Millisecond, 250 * time.Millisecond}

// retry calls once until it succeeds, fails with an error the driver does
// not call retryable, has been retried after each of waits, or ctx ends.
func retry(ctx context.Context, waits []time.Duration, once func() ([]*neo4j.Record, error)) ([]*neo4j.Record, error) {
	for attempt := 0; ; attempt++ {
		recs, err := once()
		if err == nil || !neo4j.IsRetryable(err) || attempt == len(waits) || ctx.Err() != nil {
			return recs, err
		}
		t := time.NewTimer(waits[attempt])
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, err
		case <-t.C:
		}
	}
}

func (s *Store) runOnce(ctx context.Context, cypher string, params map[string]any, tx ...func(*neo4j.TransactionConfig)) ([]*neo4j.Record, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead})
	defer func() { _ = sess.Close(ctx) }()
	res, err := sess.Run(ctx, cypher, params, tx...)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// classify wraps a driver error in ErrUnavailable or ErrTimeout where it is
// one of those, keeping the original for logs. A connection failure counts
// as unavailable even when the driver's retries then ran out of time.
func classify(ctx context.Context, name string, err error) error {
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("query %s: %w", name, err)
	}
	if unreachable(err) {
		return fmt.Errorf("query %s: %w: %w", name, ErrUnavailable, err)
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.TransientError") && !strings.Contains(ne.Code, "TimedOut") {
		return fmt.Errorf("query %s: %w: %w", name, ErrUnavailable, err)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) ||
		ne != nil && strings.Contains(ne.Code, "TimedOut") {
		return fmt.Errorf("query %s: %w: %w", name, ErrTimeout, err)
	}
	return fmt.Errorf("query %s: %w", name, err)
}

// unreachable reports whether err, or the last attempt of a retried
// transaction, is a connectivity failure.
func unreachable(err error) bool {
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var tl *neo4j.TransactionExecutionLimit
	if errors.As(err, &tl) && len(tl.Errors) > 0 {
		return unreachable(tl.Errors[len(tl.Errors)-1])
	}
	var ue *neo4j.UsageError
	return errors.As(err, &ue) && strings.Contains(ue.Message, "closed")
}

// relTypes is the closed list of relationship types as a Cypher type
// expression, e.g. "MEMBER_OF|PARTNER_IN|...".
func relTypes(ts []kg.RelationType) string {
	parts := make([]string, 0, len(ts))
	for _, t := range ts {
		if t.Valid() {
			parts = append(parts, string(t))
		}
	}
	return strings.Join(parts, "|")
}

// allRels is every domain relationship type.
var allRels = relTypes(kg.RelationTypes)

// labelExpr returns a label expression such as "Event|Project" for the valid
// types, or "Entity" when none is given.
func labelExpr(ts []string) string {
	var parts []string
	for _, t := range ts {
		if kg.EntityType(t).Valid() {
			parts = append(parts, t)
		}
	}
	if len(parts) == 0 {
		return "Entity"
	}
	return strings.Join(parts, "|")
}

// entityProj projects the entity properties the API reads (never `search`).
const entityProj = "{.id, .type, .name, .aliases, .latin, .docCount, .start, .end, .code, .acronym, .country}"

// docProj projects the document properties the API reads (never `text`).
const docProj = "{.id, .path, .url, .title, .published, .hash, .extractor}"

// maxEvidence bounds the evidence returned per relationship.
const maxEvidence = 20

// relProjBare projects relationship variable r without its evidence, for
// answers that draw edges but do not explain them.
func relProjBare(r string) string {
	return fmt.Sprintf("{type: type(%[1]s), from: startNode(%[1]s).id, to: endNode(%[1]s).id, key: %[1]s.key, role: %[1]s.role, title: %[1]s.title, docs: %[1]s.docs}", r)
}

// relProj returns a map projection of relationship variable r.
func relProj(r string) string {
	return fmt.Sprintf("{type: type(%[1]s), from: startNode(%[1]s).id, to: endNode(%[1]s).id, key: %[1]s.key, role: %[1]s.role, title: %[1]s.title, docs: %[1]s.docs, evDocs: %[1]s.evDocs[..%[2]d], evStarts: %[1]s.evStarts[..%[2]d], evEnds: %[1]s.evEnds[..%[2]d], evTexts: %[1]s.evTexts[..%[2]d]}", r, maxEvidence)
}

// GraphVersion reads the graph's version, a token every loader write
// transaction replaces (see schema/MODEL.md): an answer computed at one
// version holds while it stays. A database no loader of this version has
// written reads as "".
func (s *Store) GraphVersion(ctx context.Context) (string, error) {
	recs, err := s.read(ctx, "version", "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.version, '') AS v", nil)
	if err != nil {
		return "", err
	}
	if len(recs) == 0 {
		return "", nil
	}
	v, _ := recs[0].Values[0].(string)
	return v, nil
}
