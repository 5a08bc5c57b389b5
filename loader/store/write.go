package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"time"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Writer writes fact sets into one Neo4j database.
type Writer struct {
	driver   neo4j.DriverWithContext
	database string
	log      *slog.Logger
	// BatchDocs bounds how many documents share one transaction; batches are
	// all-or-nothing, so a crash leaves every document either old or new.
	// Few, big batches are cheaper overall: every batch rewrites the
	// evidence lists of the popular relationships it touches, and those
	// lists grow as the load goes on.
	BatchDocs int
	// BatchRows bounds the rows (entities, mentions, relations) of a batch,
	// and so the server memory one transaction holds.
	BatchRows int
	// Retries is how often a batch is tried again after a lost connection,
	// with exponential backoff starting at RetryBase.
	Retries   int
	RetryBase time.Duration
}

// NewWriter returns a writer with batch sizes fit for a small server.
func NewWriter(driver neo4j.DriverWithContext, database string, log *slog.Logger) *Writer {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Writer{driver: driver, database: database, log: log, BatchDocs: 2500, BatchRows: 120000, Retries: 5, RetryBase: 500 * time.Millisecond}
}

// Options steer one load.
type Options struct {
	// Prune retracts documents that are in the database but not in the graph.
	Prune bool
	// Progress, when set, is called after each batch with documents done and
	// the number to write.
	Progress func(done, total int)
	// Salt is mixed into each document's input key with its content hash
	// and the extractor version: a hash of anything else that shapes the
	// facts, such as the curation file.
	Salt string
	// Keep names the paths of inputs that failed this time: with Prune,
	// their documents keep the facts of their last good load instead of
	// being retracted as if the file were gone.
	Keep []string
}

// InputKey fingerprints what a document's facts are made from.
func InputKey(d kg.Document, ex kg.ExtractorInfo, salt string) string {
	h := sha256.Sum256([]byte(d.Hash + "\x00" + ex.Name + "/" + ex.Version + "\x00" + salt))
	return hex.EncodeToString(h[:])
}

// Unchanged reports whether the database already holds exactly these
// inputs: every document stored with the same input key and, when prune is
// set, no other document. Then extraction would give the facts already
// stored (it is deterministic), and a load can stop before extracting.
// Documents from the paths in keep (inputs that failed this time) do not
// count as other documents.
func (w *Writer) Unchanged(ctx context.Context, docs []kg.Document, ex kg.ExtractorInfo, salt string, prune bool, keep []string) (bool, error) {
	existing, err := w.documents(ctx)
	if err != nil {
		return false, err
	}
	if len(docs) == 0 {
		return false, nil
	}
	ids := make(map[string]bool, len(docs))
	for _, d := range docs {
		if old, ok := existing[d.ID]; !ok || old.inputKey != InputKey(d, ex, salt) {
			return false, nil
		}
		ids[d.ID] = true
	}
	if prune {
		k := pathSet(keep)
		for id, old := range existing {
			if !ids[id] && !k[old.path] {
				return false, nil // pruning would retract it
			}
		}
	}
	return true, nil
}

// Summary is what one load did.
type Summary struct {
	DocsNew, DocsChanged, DocsUnchanged, DocsPruned int
	NodesCreated, NodesDeleted                      int
	RelsCreated, RelsDeleted                        int
	PropertiesSet                                   int
	Duration                                        time.Duration
}

func (s *Summary) add(c neo4j.Counters) {
	s.NodesCreated += c.NodesCreated()
	s.NodesDeleted += c.NodesDeleted()
	s.RelsCreated += c.RelationshipsCreated()
	s.RelsDeleted += c.RelationshipsDeleted()
	s.PropertiesSet += c.PropertiesSet()
}

type stored struct{ factsHash, inputKey, path string }

func pathSet(paths []string) map[string]bool {
	m := make(map[string]bool, len(paths))
	for _, p := range paths {
		m[p] = true
	}
	return m
}

// Load brings the database in line with g: new and changed documents are
// (re)written, unchanged ones skipped, and with Prune documents missing from
// g are retracted. Entities and relationships no document supports any
// more are deleted.
func (w *Writer) Load(ctx context.Context, g *kg.Graph, opt Options) (Summary, error) {
	start := time.Now()
	var sum Summary
	existing, err := w.documents(ctx)
	if err != nil {
		return sum, err
	}
	facts := Split(g)
	var todo []DocFacts
	inGraph := make(map[string]bool, len(facts))
	for _, f := range facts {
		inGraph[f.Doc.ID] = true
		old, ok := existing[f.Doc.ID]
		switch {
		case !ok:
			sum.DocsNew++
			todo = append(todo, f)
		case old.factsHash != f.Hash || old.inputKey != InputKey(f.Doc, g.Extractor, opt.Salt):
			sum.DocsChanged++
			todo = append(todo, f)
		default:
			sum.DocsUnchanged++
		}
	}
	var prune []string
	if opt.Prune {
		keep := pathSet(opt.Keep)
		for id, old := range existing {
			if !inGraph[id] && !keep[old.path] {
				prune = append(prune, id)
			}
		}
		sort.Strings(prune)
	}
	// Document order makes new evidence sort after the old (see relationCypher).
	sort.Slice(todo, func(i, j int) bool { return todo[i].Doc.ID < todo[j].Doc.ID })
	total := len(todo) + len(prune)
	done := 0
	maxStored := ""
	for id := range existing {
		maxStored = max(maxStored, id)
	}
	for _, b := range w.batches(todo) {
		c, err := w.writeBatch(ctx, g.Extractor, b, existing, maxStored, opt.Salt)
		maxStored = max(maxStored, b[len(b)-1].Doc.ID)
		if err != nil {
			sum.Duration = time.Since(start)
			return sum, err
		}
		for _, x := range c {
			sum.add(x)
		}
		done += len(b)
		if opt.Progress != nil {
			opt.Progress(done, total)
		}
	}
	for i := 0; i < len(prune); i += w.BatchDocs {
		ids := prune[i:min(i+w.BatchDocs, len(prune))]
		c, err := w.retry(ctx, "prune documents", func(tx neo4j.ManagedTransaction) ([]neo4j.Counters, error) {
			touched, cs, err := retract(ctx, tx, ids, true)
			if err != nil {
				return nil, err
			}
			c, err := dropOrphans(ctx, tx, touched)
			return append(cs, c), err
		})
		if err != nil {
			sum.Duration = time.Since(start)
			return sum, err
		}
		for _, x := range c {
			sum.add(x)
		}
		sum.DocsPruned += len(ids)
		done += len(ids)
		if opt.Progress != nil {
			opt.Progress(done, total)
		}
	}
	sum.Duration = time.Since(start)
	return sum, nil
}

// documents reads the fingerprints of the stored documents.
func (w *Writer) documents(ctx context.Context) (map[string]stored, error) {
	recs, err := retryTx(ctx, w, "read stored documents", neo4j.AccessModeRead, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		_, recs, err := run(ctx, tx, "MATCH (d:Document) RETURN d.id AS id, coalesce(d.factsHash, '') AS facts, coalesce(d.inputKey, '') AS input, coalesce(d.path, '') AS path", nil)
		return recs, err
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]stored, len(recs))
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		fh, _ := r.Values[1].(string)
		ik, _ := r.Values[2].(string)
		p, _ := r.Values[3].(string)
		out[id] = stored{factsHash: fh, inputKey: ik, path: p}
	}
	return out, nil
}

func (w *Writer) batches(todo []DocFacts) [][]DocFacts {
	var out [][]DocFacts
	var cur []DocFacts
	rows := 0
	for _, f := range todo {
		n := len(f.Entities) + len(f.Mentions) + len(f.Relations) + 1
		if len(cur) > 0 && (len(cur) >= w.BatchDocs || rows+n > w.BatchRows) {
			out = append(out, cur)
			cur, rows = nil, 0
		}
		cur = append(cur, f)
		rows += n
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// writeBatch retracts the batch's documents and writes their new facts in
// one transaction.
func (w *Writer) writeBatch(ctx context.Context, ex kg.ExtractorInfo, b []DocFacts, existing map[string]stored, maxStored, salt string) ([]neo4j.Counters, error) {
	// Appended evidence stays in order when every document of the batch
	// sorts after every stored one; otherwise the touched edges are resorted.
	resort := b[0].Doc.ID <= maxStored
	ids := make([]string, len(b))
	var old []string // only stored documents have facts to retract
	for i, f := range b {
		ids[i] = f.Doc.ID
		if _, ok := existing[f.Doc.ID]; ok {
			old = append(old, f.Doc.ID)
		}
	}
	t0 := time.Now()
	defer func() { w.log.Debug("batch written", "documents", len(b), "took", time.Since(t0)) }()
	return w.retry(ctx, fmt.Sprintf("write documents %s … (%d)", ids[0], len(ids)), func(tx neo4j.ManagedTransaction) ([]neo4j.Counters, error) {
		var cs []neo4j.Counters
		var touched []string
		if len(old) > 0 {
			t0 := time.Now()
			t, c, err := retract(ctx, tx, old, false)
			if err != nil {
				return nil, err
			}
			w.log.Debug("statement", "what", "retract", "rows", len(old), "took", time.Since(t0))
			touched = t
			cs = append(cs, c...)
		}
		wc, err := writeFacts(ctx, tx, w.log, ex, b, resort, salt)
		if err != nil {
			return nil, err
		}
		cs = append(cs, wc...)
		for _, f := range b {
			for _, e := range f.Entities {
				touched = append(touched, e.ID)
			}
		}
		t0 := time.Now()
		c, err := dropOrphans(ctx, tx, touched)
		if err != nil {
			return nil, err
		}
		w.log.Debug("statement", "what", "orphans", "rows", len(touched), "took", time.Since(t0))
		return append(cs, c), nil
	})
}

// bumpVersionCypher gives the graph a new version with every write
// transaction. Readers (the API's answer cache) compare it to know whether
// what they computed earlier still holds. A random token, not a counter: a
// database wiped and loaded again must not come back to a version it had.
// The version node is not a fact, so Dump leaves it out.
const bumpVersionCypher = `MERGE (v:GraphVersion {id: 'graph'})
SET v.version = randomUUID(), v.writes = coalesce(v.writes, 0) + 1, v.updated = datetime()`

// retry runs work in a write transaction, which also bumps the graph
// version; see retryTx.
func (w *Writer) retry(ctx context.Context, what string, work func(tx neo4j.ManagedTransaction) ([]neo4j.Counters, error)) ([]neo4j.Counters, error) {
	return retryTx(ctx, w, what, neo4j.AccessModeWrite, work)
}

// retryTx runs work in a transaction. The driver already retries transient
// errors within one call (for its MaxTransactionRetryTime); this adds
// backoff across lost connections on top, then gives up with a message that
// says what to do.
func retryTx[T any](ctx context.Context, w *Writer, what string, mode neo4j.AccessMode, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	var zero T
	var last error
	delay := w.RetryBase
	for attempt := 0; attempt <= w.Retries; attempt++ {
		if attempt > 0 {
			w.log.Warn("database connection lost; retrying", "op", what, "attempt", attempt, "of", w.Retries, "in", delay, "err", last)
			select {
			case <-ctx.Done():
				return zero, ctx.Err()
			case <-time.After(delay):
			}
			delay *= 2
		}
		sess := w.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.database, AccessMode: mode})
		fn := func(tx neo4j.ManagedTransaction) (any, error) { return work(tx) }
		if mode == neo4j.AccessModeWrite {
			fn = func(tx neo4j.ManagedTransaction) (any, error) {
				v, err := work(tx)
				if err != nil {
					return v, err
				}
				// In the same transaction, so the version moves exactly
				// when the facts do.
				if _, _, err := run(ctx, tx, bumpVersionCypher, nil); err != nil {
					return v, fmt.Errorf("bump the graph version: %w", err)
				}
				return v, nil
			}
		}
		var res any
		var err error
		if mode == neo4j.AccessModeRead {
			res, err = sess.ExecuteRead(ctx, fn)
		} else {
			res, err = sess.ExecuteWrite(ctx, fn)
		}
		_ = sess.Close(ctx)
		if err == nil {
			v, _ := res.(T)
			return v, nil
		}
		if ctx.Err() != nil {
			return zero, ctx.Err()
		}
		if !lostConnection(err) {
			return zero, fmt.Errorf("%s: %w", what, err)
		}
		last = err
	}
	return zero, fmt.Errorf("%s: Neo4j unreachable after %d attempts (%w); what was written before is complete, run the load again when the database is back", what, w.Retries+1, last)
}

// lostConnection reports errors that a later attempt may not have: the
// server went away, or the driver's own retries ran out on such errors.
func lostConnection(err error) bool {
	if neo4j.IsConnectivityError(err) {
		return true
	}
	var te *neo4j.TransactionExecutionLimit
	if errors.As(err, &te) {
		return true
	}
	var ue *neo4j.UsageError
	return !errors.As(err, &ue) && neo4j.IsRetryable(err)
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (neo4j.Counters, []*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, nil, err
	}
	s, err := res.Consume(ctx)
	if err != nil {
		return nil, nil, err
	}
	return s.Counters(), recs, nil
}

// retractEvidenceCypher removes the documents' evidence from the
// relationships they support; a relationship left with no supporting
// document is deleted. Each relationship is rewritten once for the whole
// batch: a popular one is supported by hundreds of the batch's documents,
// and its evidence lists hold thousands of sentences.
//
// A document lists the relationships it supports (relTypes, relFroms,
// relTos, relKeys), each found through the entity id constraint. Documents
// written before that list existed fall back to scanning the relationships
// of the entities they mention. It runs before the mentions are removed.
const retractEvidenceCypher = `
UNWIND $docs AS docId
MATCH (d:Document {id: docId})
CALL (d) {
    WITH d WHERE d.relTypes IS NOT NULL
    UNWIND range(0, size(d.relTypes) - 1) AS i
    MATCH (:Entity {id: d.relFroms[i]})-[r:$(d.relTypes[i]) {key: d.relKeys[i]}]->(:Entity {id: d.relTos[i]})
    RETURN r
  UNION
    WITH d WHERE d.relTypes IS NULL
    MATCH (e:Entity)-[:MENTIONED_IN]->(d)
    MATCH (e)-[r]-(:Entity)
    WHERE d.id IN r.docs
    RETURN r
}
WITH r, collect(DISTINCT d.id) AS gone
WITH r, gone, [i IN range(0, size(r.evDocs) - 1) WHERE NOT r.evDocs[i] IN gone] AS keep
WITH r, [x IN r.docs WHERE NOT x IN gone] AS docs,
     [i IN keep | r.evDocs[i]] AS ed, [i IN keep | r.evStarts[i]] AS es,
     [i IN keep | r.evEnds[i]] AS ee, [i IN keep | r.evTexts[i]] AS et
SET r.docs = docs, r.evDocs = ed, r.evStarts = es, r.evEnds = ee, r.evTexts = et
WITH r WHERE size(r.docs) = 0
DELETE r`

// retractMentionsCypher removes the documents' mentions (and, when
// pruning, the documents) and returns the ids of the entities they
// mentioned, which may have become orphans.
const retractMentionsCypher = `
UNWIND $docs AS docId
MATCH (d:Document {id: docId})
OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
DELETE m
WITH d, collect(e.id) AS touched
CALL (d) {
  WITH d WHERE $deleteDocs
  DETACH DELETE d
}
RETURN touched`

func retract(ctx context.Context, tx neo4j.ManagedTransaction, docIDs []string, deleteDocs bool) ([]string, []neo4j.Counters, error) {
	c1, _, err := run(ctx, tx, retractEvidenceCypher, map[string]any{"docs": docIDs})
	if err != nil {
		return nil, nil, fmt.Errorf("retract evidence of documents: %w", err)
	}
	c2, recs, err := run(ctx, tx, retractMentionsCypher, map[string]any{"docs": docIDs, "deleteDocs": deleteDocs})
	if err != nil {
		return nil, nil, fmt.Errorf("retract mentions of documents: %w", err)
	}
	var touched []string
	for _, r := range recs {
		xs, _ := r.Values[0].([]any)
		for _, x := range xs {
			if s, ok := x.(string); ok {
				touched = append(touched, s)
			}
		}
	}
	return touched, []neo4j.Counters{c1, c2}, nil
}

// dropOrphansCypher deletes entities no document mentions any more and
// refreshes docCount of the others.
const dropOrphansCypher = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS n
CALL (e, n) {
  WITH e, n WHERE n = 0
  DETACH DELETE e
}
CALL (e, n) {
  WITH e, n WHERE n > 0 AND coalesce(e.docCount, -1) <> n
  SET e.docCount = n
}`

func dropOrphans(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (neo4j.Counters, error) {
	sort.Strings(ids)
	ids = dedupe(ids)
	c, _, err := run(ctx, tx, dropOrphansCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("drop unsupported entities: %w", err)
	}
	return c, nil
}

// docsCypher writes the Document nodes and their mention edges in one
// pass, so each document is looked up once. The entities exist already
// (entityCypher runs first). CREATE, not MERGE: the batch's documents were
// retracted first and so have no mentions.
const docsCypher = `
UNWIND $rows AS row
MERGE (d:Document {id: row.props.id})
SET d = row.props
WITH d, row
UNWIND row.mentions AS m
MATCH (e:Entity {id: m.entity})
CREATE (e)-[:MENTIONED_IN {count: m.count, starts: m.starts, ends: m.ends}]->(d)`

// entityCypher upserts entities. Types come from the closed list in
// loader/kg (Split drops anything else) and are set as dynamic labels; the
// other type labels are removed in case curation changed the type.
const entityCypher = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.props, e:$(row.type)
REMOVE e:$(row.others)`

// relationCypher appends the batch's evidence to relationships of one
// type (from the closed list in loader/kg: a static type, because MERGE on
// a dynamic type cannot use the node degrees and is twice as slow). The
// retraction left none of the rows' documents on the relationships.
func relationCypher(t kg.RelationType) string {
	return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:` + string(t) + ` {key: row.key}]->(b)
SET r += row.props,
    r.docs = coalesce(r.docs, []) + row.docs, r.evDocs = coalesce(r.evDocs, []) + row.evDocs,
    r.evStarts = coalesce(r.evStarts, []) + row.evStarts, r.evEnds = coalesce(r.evEnds, []) + row.evEnds,
    r.evTexts = coalesce(r.evTexts, []) + row.evTexts`
}

// resortCypher puts the evidence lists of the given relationships back in
// (document, offset) order where appending broke it, so that the stored
// graph does not depend on load order. Loads go in document order, so it
// only runs when a batch holds documents that sort before stored ones.
const resortCypher = `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:$(row.type) {key: row.key}]->(:Entity {id: row.to})
WITH DISTINCT r
WHERE NOT all(i IN range(1, size(r.evDocs) - 1) WHERE r.evDocs[i-1] < r.evDocs[i]
      OR (r.evDocs[i-1] = r.evDocs[i] AND (r.evStarts[i-1] < r.evStarts[i]
          OR (r.evStarts[i-1] = r.evStarts[i] AND r.evEnds[i-1] <= r.evEnds[i]))))
CALL (r) {
  UNWIND range(0, size(r.evDocs) - 1) AS i
  WITH r, i ORDER BY r.evDocs[i], r.evStarts[i], r.evEnds[i]
  RETURN collect(i) AS ord
}
CALL (r) {
  UNWIND r.docs AS x
  WITH x ORDER BY x
  RETURN collect(x) AS sorted
}
WITH r, ord, sorted, r.evDocs AS ed, r.evStarts AS es, r.evEnds AS ee, r.evTexts AS et
SET r.docs = sorted, r.evDocs = [i IN ord | ed[i]], r.evStarts = [i IN ord | es[i]],
    r.evEnds = [i IN ord | ee[i]], r.evTexts = [i IN ord | et[i]]`

// relWrite is one relationship's row in a batch: the evidence of every
// document of the batch that supports it. Rows of one UNWIND must not
// update the same relationship, hence one row even when several documents
// support it.
type relWrite struct {
	typ           kg.RelationType
	from, to, key string
	props         map[string]any
	docs          []string
	evDocs        []string
	evStarts      []int
	evEnds        []int
	evTexts       []string
}

// add appends one document's contribution.
func (r *relWrite) add(x RelationRow) {
	r.docs = append(r.docs, x.Doc)
	for range x.EvStarts {
		r.evDocs = append(r.evDocs, x.Doc)
	}
	r.evStarts = append(r.evStarts, x.EvStarts...)
	r.evEnds = append(r.evEnds, x.EvEnds...)
	r.evTexts = append(r.evTexts, x.EvTexts...)
}

// param is the row as relationCypher reads it, evidence in (document,
// offset) order and docs sorted, so that appending after the stored
// evidence keeps the order whenever the batch's documents sort last.
func (r *relWrite) param() map[string]any {
	idx := evidenceOrder(r.evDocs, r.evStarts, r.evEnds)
	ed, es, ee, et := make([]string, len(idx)), make([]int, len(idx)), make([]int, len(idx)), make([]string, len(idx))
	for k, i := range idx {
		ed[k], es[k], ee[k], et[k] = r.evDocs[i], r.evStarts[i], r.evEnds[i], r.evTexts[i]
	}
	docs := append([]string(nil), r.docs...)
	sort.Strings(docs)
	return map[string]any{"from": r.from, "to": r.to, "key": r.key, "props": r.props,
		"docs": dedupe(docs), "evDocs": ed, "evStarts": es, "evEnds": ee, "evTexts": et}
}

// statement runs one batched statement of a write transaction.
type statement struct {
	ctx context.Context
	tx  neo4j.ManagedTransaction
	log *slog.Logger
	cs  []neo4j.Counters
}

func (st *statement) exec(what, cypher string, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	t := time.Now()
	c, _, err := run(st.ctx, st.tx, cypher, map[string]any{"rows": rows})
	if err != nil {
		return fmt.Errorf("write %s: %w", what, err)
	}
	st.log.Debug("statement", "what", what, "rows", len(rows), "took", time.Since(t))
	st.cs = append(st.cs, c)
	return nil
}

func writeFacts(ctx context.Context, tx neo4j.ManagedTransaction, log *slog.Logger, ex kg.ExtractorInfo, b []DocFacts, resort bool, salt string) ([]neo4j.Counters, error) {
	st := &statement{ctx: ctx, tx: tx, log: log}
	docs := make([]map[string]any, len(b))
	ents := map[kg.EntityType]map[string]map[string]any{}
	type relID struct {
		t             kg.RelationType
		from, to, key string
	}
	rels := map[relID]*relWrite{}
	var relOrder []*relWrite
	for i, f := range b {
		props := docProps(ex, f)
		props["inputKey"] = InputKey(f.Doc, ex, salt)
		mentions := make([]map[string]any, len(f.Mentions))
		for k, m := range f.Mentions {
			mentions[k] = map[string]any{"entity": m.Entity, "count": m.Count, "starts": m.Starts, "ends": m.Ends}
		}
		docs[i] = map[string]any{"props": props, "mentions": mentions}
		for _, e := range f.Entities {
			if ents[e.Type] == nil {
				ents[e.Type] = map[string]map[string]any{}
			}
			ents[e.Type][e.ID] = map[string]any{"id": e.ID, "props": e.Props}
		}
		for _, r := range f.Relations {
			id := relID{r.Type, r.From, r.To, r.Key}
			w := rels[id]
			if w == nil {
				w = &relWrite{typ: r.Type, from: r.From, to: r.To, key: r.Key, props: r.Props}
				rels[id] = w
				relOrder = append(relOrder, w)
			}
			w.add(r)
		}
	}
	var entRows []map[string]any
	for _, t := range kg.EntityTypes {
		ids := make([]string, 0, len(ents[t]))
		for id := range ents[t] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		others := make([]string, 0, len(kg.EntityTypes)-1)
		for _, x := range kg.EntityTypes {
			if x != t {
				others = append(others, string(x))
			}
		}
		for _, id := range ids {
			row := ents[t][id]
			row["type"], row["others"] = string(t), others
			entRows = append(entRows, row)
		}
	}
	if err := st.exec("entities", entityCypher, entRows); err != nil {
		return nil, err
	}
	if err := st.exec("documents and mentions", docsCypher, docs); err != nil {
		return nil, err
	}
	byType := map[kg.RelationType][]map[string]any{}
	var all []map[string]any
	for _, r := range relOrder {
		byType[r.typ] = append(byType[r.typ], r.param())
		all = append(all, map[string]any{"type": string(r.typ), "from": r.from, "to": r.to, "key": r.key})
	}
	for _, t := range kg.RelationTypes {
		if err := st.exec(string(t)+" relationships", relationCypher(t), byType[t]); err != nil {
			return nil, err
		}
	}
	if resort {
		if err := st.exec("evidence order", resortCypher, all); err != nil {
			return nil, err
		}
	}
	return st.cs, nil
}
