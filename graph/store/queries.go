package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/clustergraph/clustergraph/graph/model"
	"github.com/clustergraph/clustergraph/loader/kg"
)

// Page selects a slice of an ordered result.
type Page struct {
	Skip  int
	Limit int
}

func (p Page) params(m map[string]any) map[string]any {
	m["skip"] = p.Skip
	m["limit"] = p.Limit
	return m
}

// nilIfEmpty turns an empty list into a Cypher null so "$x IS NULL" filters work.
func nilIfEmpty[T any](l []T) any {
	if len(l) == 0 {
		return nil
	}
	return l
}

func typeStrings(ts []model.EntityType) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		if t.IsValid() {
			out = append(out, string(t))
		}
	}
	return out
}

func optParam(s *string) any {
	if s == nil || *s == "" {
		return nil
	}
	return *s
}

// Nodes loads entities and documents by id. Missing ids are absent from the map.
func (s *Store) Nodes(ctx context.Context, ids []string) (map[string]model.Node, error) {
	recs, err := s.read(ctx, "nodes", `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (d:Document {id: id})
RETURN id, n`+entityProj+` AS n, d`+docProj+` AS d`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]model.Node, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		if e := entity(rec.Values[1]); e != nil {
			out[id] = e
		} else if d := document(rec.Values[2]); d != nil {
			out[id] = d
		}
	}
	return out, nil
}

// Mentions loads the MENTIONED_IN relationships of entities, most mentions first.
func (s *Store) Mentions(ctx context.Context, ids []string) (map[string][]*model.Mention, error) {
	recs, err := s.read(ctx, "mentions", `
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[m:MENTIONED_IN]->(d:Document)
WITH id, m, d ORDER BY coalesce(m.count, size(m.starts)) DESC, d.id
RETURN id, collect({doc: d.id, count: coalesce(m.count, size(m.starts)), starts: m.starts, ends: m.ends,
  texts: [i IN range(0, size(coalesce(m.starts, [])) - 1) | substring(coalesce(d.text, ''), m.starts[i], m.ends[i] - m.starts[i])]}) AS ms`,
		map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]*model.Mention, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		for _, x := range asList(rec.Values[1]) {
			m := asMap(x)
			mn := &model.Mention{DocumentID: str(m, "doc"), Count: integer(m, "count")}
			starts, ends, texts := ints(m, "starts"), ints(m, "ends"), strs(m, "texts")
			for i := range starts {
				sp := &model.Span{Start: starts[i]}
				if i < len(ends) {
					sp.End = ends[i]
				}
				if i < len(texts) {
					sp.Text = texts[i]
				}
				mn.Spans = append(mn.Spans, sp)
			}
			out[id] = append(out[id], mn)
		}
	}
	return out, nil
}

// DocumentTexts loads the cleaned text of documents. It is separate from
// Nodes so that lists of documents never carry their (long) texts.
func (s *Store) DocumentTexts(ctx context.Context, ids []string) (map[string]*string, error) {
	recs, err := s.read(ctx, "document_texts", `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d.text AS text`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*string, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		if t, ok := rec.Values[1].(string); ok {
			out[id] = &t
		}
	}
	return out, nil
}

// DocumentEntities loads the entities each document mentions, by name.
func (s *Store) DocumentEntities(ctx context.Context, ids []string, types []model.EntityType) (map[string][]model.Entity, error) {
	recs, err := s.read(ctx, "documentEntities", `
UNWIND $ids AS id
MATCH (n:Entity)-[:MENTIONED_IN]->(d:Document {id: id})
WHERE $types IS NULL OR n.type IN $types
WITH id, n ORDER BY n.name, n.id
RETURN id, collect(n`+entityProj+`) AS ns`, map[string]any{"ids": ids, "types": nilIfEmpty(typeStrings(types))})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]model.Entity, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		out[id] = entities(rec.Values[1])
	}
	return out, nil
}

// RelSpec selects relationships of an entity: types (empty: all), direction
// seen from the entity, and the types of the entity at the other end.
type RelSpec struct {
	Types     []model.RelationType
	Dir       model.Direction
	NodeTypes []model.EntityType
}

// Key is a comparable form of the spec, for grouping loader keys.
func (r RelSpec) Key() string {
	var b strings.Builder
	for _, t := range r.Types {
		b.WriteString(string(t) + ",")
	}
	b.WriteString("/" + string(r.Dir) + "/")
	for _, t := range r.NodeTypes {
		b.WriteString(string(t) + ",")
	}
	return b.String()
}

// Related is one relationship seen from an entity.
type Related struct {
	Node model.Entity
	Out  bool
	Rel  *model.Relationship
}

// Related loads, for each entity id, the relationships matching spec,
// ordered by type, then the other end's name.
func (s *Store) Related(ctx context.Context, spec RelSpec, ids []string) (map[string][]Related, error) {
	var kts []kg.RelationType
	for _, t := range spec.Types {
		kts = append(kts, kg.RelationType(t))
	}
	types := allRels
	if len(kts) > 0 {
		types = relTypes(kts)
	}
	if types == "" {
		return map[string][]Related{}, nil
	}
	pattern := "-[r:" + types + "]-"
	switch spec.Dir {
	case model.DirectionOut:
		pattern += ">"
	case model.DirectionIn:
		pattern = "<" + pattern
	}
	recs, err := s.read(ctx, "related", `
UNWIND $ids AS id
MATCH (n:Entity {id: id})`+pattern+`(m:Entity)
WHERE $nodeTypes IS NULL OR m.type IN $nodeTypes
WITH id, r, m, startNode(r) = n AS out ORDER BY type(r), m.name, m.id, r.key
RETURN id, collect({out: out, node: m`+entityProj+`, rel: `+relProj("r")+`}) AS rs`,
		map[string]any{"ids": ids, "nodeTypes": nilIfEmpty(typeStrings(spec.NodeTypes))})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]Related, len(recs))
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		for _, x := range asList(rec.Values[1]) {
			m := asMap(x)
			e := entity(m["node"])
			r := relationship(m["rel"])
			if e == nil || r == nil {
				continue
			}
			o, _ := m["out"].(bool)
			out[id] = append(out[id], Related{Node: e, Out: o, Rel: r})
		}
	}
	return out, nil
}

// Hit is one search result.
type Hit struct {
	Node  model.Entity
	Score float64
}

// searchCap bounds how many index hits a search considers (and so its totalCount).
const searchCap = 1000

// Search runs a Lucene query (see LuceneQuery) against the entity_search index.
func (s *Store) Search(ctx context.Context, lucene string, types []model.EntityType, p Page) ([]Hit, int, error) {
	if lucene == "" {
		return nil, 0, nil
	}
	recs, err := s.read(ctx, "search", `
CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: $cap}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score ORDER BY score DESC, node.id
WITH collect({n: node, s: score}) AS rows
CALL {
  WITH rows
  UNWIND rows[$skip..$skip + $limit] AS r
  WITH r.n AS n, r.s AS s
  RETURN collect({n: n`+entityProj+`, s: s}) AS page
}
RETURN size(rows) AS total, page`,
		p.params(map[string]any{"q": lucene, "cap": searchCap, "types": nilIfEmpty(typeStrings(types))}))
	if err != nil {
		return nil, 0, err
	}
	if len(recs) == 0 {
		return nil, 0, nil
	}
	total := toInt(recs[0].Values[0])
	var hits []Hit
	for _, x := range asList(recs[0].Values[1]) {
		m := asMap(x)
		if e := entity(m["n"]); e != nil {
			sc, _ := m["s"].(float64)
			hits = append(hits, Hit{Node: e, Score: sc})
		}
	}
	return hits, total, nil
}

// EntityQuery filters and sorts the entity list.
type EntityQuery struct {
	Types     []model.EntityType
	Name      string
	From, To  *string
	Place     *string
	Programme *string
	Sort      model.EntitySortField
	Desc      bool
}

// sortKeys maps each sort field to a Cypher expression over n.
var sortKeys = map[model.EntitySortField]string{
	model.EntitySortFieldName:     "toLower(n.name)",
	model.EntitySortFieldMentions: "coalesce(n.docCount, 0)",
	model.EntitySortFieldPartners: `CASE WHEN n:Project THEN COUNT { MATCH (n)<-[:PARTNER_IN]-(o:Entity) RETURN DISTINCT o }
  ELSE COUNT { MATCH (n)-[:PARTNER_IN]->(:Project)<-[:PARTNER_IN]-(o:Entity) WHERE o <> n RETURN DISTINCT o } END`,
	model.EntitySortFieldProjects: "COUNT { MATCH (n)-[:" + allRels + "]-(o:Project) RETURN DISTINCT o }",
	model.EntitySortFieldEvents:   "COUNT { MATCH (n)-[:" + allRels + "]-(o:Event) RETURN DISTINCT o }",
	model.EntitySortFieldDegree:   "COUNT { (n)-[:" + allRels + "]-() }",
	model.EntitySortFieldStart:    "n.start",
}

// Entities lists entities matching q, sorted, with the total count.
func (s *Store) Entities(ctx context.Context, q EntityQuery, p Page) ([]model.Entity, int, error) {
	key, ok := sortKeys[q.Sort]
	if !ok {
		key = sortKeys[model.EntitySortFieldName]
	}
	dir := "ASC"
	if q.Desc {
		dir = "DESC"
	}
	recs, err := s.read(ctx, "entities", `
MATCH (n:`+labelExpr(typeStrings(q.Types))+`)
WHERE n:Entity
  AND ($name IS NULL OR toLower(n.name) CONTAINS $name OR n.latin CONTAINS $name
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $name)
       OR any(a IN coalesce(n.latinAliases, []) WHERE a CONTAINS $name))
  AND ($from IS NULL OR (n.start IS NOT NULL AND coalesce(n.end, n.start) >= $from))
  AND ($to IS NULL OR (n.start IS NOT NULL AND n.start <= $to))
  AND ($place IS NULL OR EXISTS { MATCH (n)-[:HELD_IN|BASED_IN]->(:Place)-[:PART_OF*0..3]->(:Place {id: $place}) })
  AND ($programme IS NULL OR EXISTS { MATCH (n)-[:PARTNER_IN|ORGANIZED|FUNDED_BY|PART_OF*1..4]->(:Programme {id: $programme}) })
WITH n, `+key+` AS k
ORDER BY k `+dir+`, n.id
WITH collect(n) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x`+entityProj+`] AS page`,
		p.params(map[string]any{
			"name": optParam(lowerPtr(q.Name)), "from": optParam(q.From), "to": optParam(q.To),
			"place": optParam(q.Place), "programme": optParam(q.Programme),
		}))
	if err != nil {
		return nil, 0, err
	}
	if len(recs) == 0 {
		return nil, 0, nil
	}
	return entities(recs[0].Values[1]), toInt(recs[0].Values[0]), nil
}

func lowerPtr(s string) *string {
	s = strings.ToLower(strings.TrimSpace(s))
	return &s
}

// DocumentList lists documents published in [from, to], newest first.
func (s *Store) DocumentList(ctx context.Context, from, to *string, p Page) ([]*model.Document, int, error) {
	recs, err := s.read(ctx, "documents", `
MATCH (d:Document)
WHERE ($from IS NULL OR d.published >= $from) AND ($to IS NULL OR d.published <= $to)
WITH d ORDER BY d.published DESC, d.id
WITH collect(d) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x`+docProj+`] AS page`,
		p.params(map[string]any{"from": optParam(from), "to": optParam(to)}))
	if err != nil {
		return nil, 0, err
	}
	if len(recs) == 0 {
		return nil, 0, nil
	}
	var docs []*model.Document
	for _, x := range asList(recs[0].Values[1]) {
		if d := document(x); d != nil {
			docs = append(docs, d)
		}
	}
	return docs, toInt(recs[0].Values[0]), nil
}

// Shared is one project, event or association two partners share, with both
// sides' relationships to it.
type Shared struct {
	Via         model.PartnerVia
	Node        model.Entity
	Left, Right *model.Relationship
}

// Partner is an entity that shares contexts with another.
type Partner struct {
	Node model.Entity
	// Count is the number of shared contexts, whatever the detail.
	Count  int
	Shared []Shared
}

// SharedDetail is how much of each shared context a partners query returns:
// a hub's partners share thousands of contexts, and projecting and sending
// them is most of such a query's cost, so only what the client asked for
// is fetched.
type SharedDetail int

const (
	// SharedCount returns the number of shared contexts only.
	SharedCount SharedDetail = iota
	// SharedNodes returns the shared entities without the relationships.
	SharedNodes
	// SharedRels adds both sides' relationships, without evidence.
	SharedRels
	// SharedEvidence adds the relationships' evidence sentences.
	SharedEvidence
)

// sharedItem projects one shared context (via, x, r1, r2 in scope) at
// detail d (above SharedCount).
func sharedItem(d SharedDetail) string {
	r1, r2 := "null", "null"
	switch d {
	case SharedRels:
		r1, r2 = relProjBare("r1"), relProjBare("r2")
	case SharedEvidence:
		r1, r2 = relProj("r1"), relProj("r2")
	}
	return fmt.Sprintf("{via: via, x: x%s, r1: %s, r2: %s}", entityProj, r1, r2)
}

// orgLike are the entity types that can be partners (b is the partner).
const orgLike = "(b:Association OR b:Cluster OR b:Organization)"

// eventRels are the ways an entity takes part in an event.
const eventRels = "ORGANIZED|PARTICIPATED_IN|PRESENTED_AT"

// partnerUnion matches (a)-[r1]->(x)<-[r2]-(b) for every kind of shared
// context; the caller binds a (and b when bound is true) and the date range.
// The branches are disjoint by via, so UNION ALL spares a distinct over
// thousands of rows for a hub.
func partnerUnion(bound bool) string {
	b, cond := "(b:Entity)", " AND b <> a AND "+orgLike
	if bound {
		b, cond = "(b)", ""
	}
	return `
  MATCH (a)-[r1:PARTNER_IN]->(x:Project)<-[r2:PARTNER_IN]-` + b + `
  WHERE 'PROJECT' IN $via` + cond + `
    AND ($from IS NULL OR x.start IS NULL OR coalesce(x.end, x.start) >= $from)
    AND ($to IS NULL OR x.start IS NULL OR x.start <= $to)
  RETURN x, r1, r2, 'PROJECT' AS via` + maybeB(bound) + `
  UNION ALL
  WITH a` + withB(bound) + `
  MATCH (a)-[r1:` + eventRels + `]->(x:Event)<-[r2:` + eventRels + `]-` + b + `
  WHERE 'EVENT' IN $via` + cond + `
    AND ($from IS NULL OR (x.start IS NOT NULL AND coalesce(x.end, x.start) >= $from))
    AND ($to IS NULL OR (x.start IS NOT NULL AND x.start <= $to))
  RETURN x, r1, r2, 'EVENT' AS via` + maybeB(bound) + `
  UNION ALL
  WITH a` + withB(bound) + `
  MATCH (a)-[r1:MEMBER_OF]->(x:Entity)<-[r2:MEMBER_OF]-` + b + `
  WHERE 'ASSOCIATION' IN $via` + cond + `
  RETURN x, r1, r2, 'ASSOCIATION' AS via` + maybeB(bound)
}

func maybeB(bound bool) string {
	if bound {
		return ""
	}
	return ", b"
}

func withB(bound bool) string {
	if bound {
		return ", b"
	}
	return ""
}

func viaStrings(via []model.PartnerVia) []string {
	if len(via) == 0 {
		via = model.AllPartnerVia
	}
	out := make([]string, 0, len(via))
	for _, v := range via {
		if v.IsValid() {
			out = append(out, string(v))
		}
	}
	return out
}

func shared(v any) []Shared {
	var out []Shared
	for _, x := range asList(v) {
		m := asMap(x)
		e := entity(m["x"])
		if e == nil {
			continue
		}
		out = append(out, Shared{Via: model.PartnerVia(str(m, "via")), Node: e, Left: relationship(m["r1"]), Right: relationship(m["r2"])})
	}
	return out
}

// sharedBetween gathers, as shared, the contexts that bound entities a and b
// share, ordered, at detail d (above SharedCount).
func sharedBetween(d SharedDetail) string {
	return `
  CALL {
    WITH a, b
    CALL {
      WITH a, b` + partnerUnion(true) + `
    }
    WITH x, r1, r2, via ORDER BY via, x.name
    RETURN collect(` + sharedItem(d) + `) AS shared
  }`
}

// Partners lists the organisations that share projects, events or
// associations with the entity id, most shared first, each with the shared
// contexts at detail d.
func (s *Store) Partners(ctx context.Context, id string, via []model.PartnerVia, from, to *string, p Page, d SharedDetail) ([]Partner, int, error) {
	// The shared contexts are collected as references (cheap) and ordered
	// and projected, as far as asked, for the page's partners only: a hub
	// has hundreds of partners through thousands of contexts.
	items := `
  CALL {
    WITH sh
    UNWIND sh AS s
    WITH s.via AS via, s.x AS x, s.r1 AS r1, s.r2 AS r2
    ORDER BY via, x.name
    RETURN collect(` + sharedItem(d) + `) AS shared
  }`
	if d == SharedCount {
		items = `
  WITH b, sh, [] AS shared`
	}
	recs, err := s.read(ctx, "partners", `
MATCH (a:Entity {id: $id})
CALL {
  WITH a`+partnerUnion(false)+`
}
WITH b, collect({via: via, x: x, r1: r1, r2: r2}) AS sh
ORDER BY size(sh) DESC, b.name, b.id
WITH collect({b: b, sh: sh}) AS rows
WITH size(rows) AS total, rows[$skip..$skip + $limit] AS page
CALL {
  WITH page
  UNWIND page AS row
  WITH row.b AS b, row.sh AS sh`+items+`
  RETURN collect({b: b`+entityProj+`, n: size(sh), shared: shared}) AS out
}
RETURN total, out`,
		p.params(map[string]any{"id": id, "via": viaStrings(via), "from": optParam(from), "to": optParam(to)}))
	if err != nil {
		return nil, 0, err
	}
	if len(recs) == 0 {
		return nil, 0, nil
	}
	var out []Partner
	for _, x := range asList(recs[0].Values[1]) {
		m := asMap(x)
		if e := entity(m["b"]); e != nil {
			out = append(out, Partner{Node: e, Count: toInt(m["n"]), Shared: shared(m["shared"])})
		}
	}
	return out, toInt(recs[0].Values[0]), nil
}

// Pair is two partners and what they share.
type Pair struct {
	A, B model.Entity
	// Count is the number of shared contexts, whatever the detail.
	Count  int
	Shared []Shared
}

// Partnerships lists the partner pairs sharing at least minShared contexts,
// strongest first, with the shared contexts at detail d.
func (s *Store) Partnerships(ctx context.Context, via []model.PartnerVia, minShared int, p Page, d SharedDetail) ([]Pair, int, error) {
	items := sharedBetween(d)
	if d == SharedCount {
		items = `
  WITH a, b, n, [] AS shared`
	}
	// Count the pairs on bare rows, then gather the shared contexts again
	// for the page's pairs only: collecting them for every pair of the
	// whole graph, as Partners does for one entity, would hold them all.
	recs, err := s.read(ctx, "partnerships", `
MATCH (a:Entity) WHERE a:Association OR a:Cluster OR a:Organization
CALL {
  WITH a`+partnerUnion(false)+`
}
WITH a, b WHERE a.id < b.id
WITH a, b, count(*) AS n WHERE n >= $min
ORDER BY n DESC, a.id, b.id
WITH collect([a, b, n]) AS pairs
WITH size(pairs) AS total, pairs[$skip..$skip + $limit] AS page
CALL {
  WITH page
  UNWIND page AS pair
  WITH pair[0] AS a, pair[1] AS b, pair[2] AS n
`+items+`
  RETURN collect({a: a`+entityProj+`, b: b`+entityProj+`, n: n, shared: shared}) AS out
}
RETURN total, out`,
		p.params(map[string]any{"via": viaStrings(via), "min": minShared, "from": nil, "to": nil}))
	if err != nil {
		return nil, 0, err
	}
	if len(recs) == 0 {
		return nil, 0, nil
	}
	var out []Pair
	for _, x := range asList(recs[0].Values[1]) {
		m := asMap(x)
		a, b := entity(m["a"]), entity(m["b"])
		if a != nil && b != nil {
			out = append(out, Pair{A: a, B: b, Count: toInt(m["n"]), Shared: shared(m["shared"])})
		}
	}
	return out, toInt(recs[0].Values[0]), nil
}

// Path is a sequence of entities joined by relationships.
type Path struct {
	Nodes []model.Entity
	Rels  []*model.Relationship
}

func paths(recs []any) []Path {
	var out []Path
	for _, x := range recs {
		m := asMap(x)
		out = append(out, Path{Nodes: entities(m["nodes"]), Rels: relationships(m["rels"])})
	}
	return out
}

// FundingLinks returns the chains from the entity id through projects or
// events to programmes and the funds behind them, shortest first. Each chain
// ends at a programme that nothing further funds.
func (s *Store) FundingLinks(ctx context.Context, id string, limit int) ([]Path, error) {
	recs, err := s.read(ctx, "fundingLinks", `
MATCH (s:Entity {id: $id})
MATCH p = (s)-[:PARTNER_IN|`+eventRels+`|FUNDED_BY|PART_OF*1..5]->(f:Programme)
WHERE all(n IN nodes(p)[1..] WHERE n:Project OR n:Event OR n:Programme)
  AND all(r IN relationships(p)[1..] WHERE type(r) IN ['FUNDED_BY', 'PART_OF'])
  AND NOT EXISTS { (f)-[:FUNDED_BY|PART_OF]->(:Programme) }
WITH p ORDER BY length(p), [n IN nodes(p) | n.name]
LIMIT $limit
RETURN collect({nodes: [n IN nodes(p) | n`+entityProj+`], rels: [r IN relationships(p) | `+relProj("r")+`]}) AS paths`,
		map[string]any{"id": id, "limit": limit})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, nil
	}
	return paths(asList(recs[0].Values[0])), nil
}

// ShortestPath returns a shortest undirected path of at most maxHops (1..10)
// between two entities, or nil when there is none.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int) (*Path, error) {
	maxHops = min(max(maxHops, 1), 10)
	recs, err := s.read(ctx, "path", fmt.Sprintf(`
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:%s*..%d]-(b))
RETURN {nodes: [n IN nodes(p) | n%s], rels: [r IN relationships(p) | %s]} AS path`, allRels, maxHops, entityProj, relProj("r")),
		map[string]any{"from": from, "to": to})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, nil
	}
	ps := paths([]any{recs[0].Values[0]})
	return &ps[0], nil
}

// Subgraph is a set of entities and the relationships among them.
type Subgraph struct {
	Nodes     []model.Entity
	Rels      []*model.Relationship
	Truncated bool
}

// Neighborhood returns the entities within depth (1..3) hops of id (the
// centre always included; others restricted to types when given), at most
// limit of them, and every relationship among them. Without evidence the
// relationships come without their evidence sentences, which are most of
// the bytes of a large neighbourhood.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int, types []model.EntityType, limit int, evidence bool) (*Subgraph, error) {
	proj := relProjBare("r")
	if evidence {
		proj = relProj("r")
	}
	depth = min(max(depth, 0), 3)
	var b strings.Builder
	b.WriteString("MATCH (c:Entity {id: $id})\nWITH [c] AS seen, [c] AS frontier\n")
	for range depth {
		b.WriteString(`CALL {
  WITH seen, frontier
  UNWIND frontier AS f
  MATCH (f)-[:` + allRels + `]-(m:Entity)
  WHERE ($types IS NULL OR m.type IN $types) AND NOT m IN seen
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS next
}
WITH seen + next AS seen, next AS frontier
`)
	}
	b.WriteString(`WITH seen, seen[..$limit] AS ns
CALL {
  WITH ns
  UNWIND ns AS x
  MATCH (x)-[r:` + allRels + `]->(y)
  WHERE y IN ns
  RETURN collect(` + proj + `) AS rels
}
RETURN [n IN ns | n` + entityProj + `] AS nodes, rels, size(seen) > $limit AS truncated`)
	recs, err := s.read(ctx, "neighborhood", b.String(),
		map[string]any{"id": id, "types": nilIfEmpty(typeStrings(types)), "limit": limit})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, nil
	}
	trunc, _ := recs[0].Values[2].(bool)
	return &Subgraph{Nodes: entities(recs[0].Values[0]), Rels: relationships(recs[0].Values[1]), Truncated: trunc}, nil
}

// WholeGraph returns every entity and relationship, at most limit entities
// (by id) and the relationships among them.
func (s *Store) WholeGraph(ctx context.Context, limit int) (*Subgraph, error) {
	return s.subgraph(ctx, "wholeGraph", `
MATCH (n:Entity)
WITH n ORDER BY n.id`, map[string]any{"limit": limit})
}

// Induced returns the entities with the given ids (at most limit of them,
// in the order given; unknown ids are ignored) and every relationship among
// them, with evidence: the graph a client has on screen, for export.
func (s *Store) Induced(ctx context.Context, ids []string, limit int) (*Subgraph, error) {
	return s.subgraph(ctx, "induced", `
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
WITH n, min(i) AS at ORDER BY at`, map[string]any{"ids": ids, "limit": limit})
}

// subgraph runs nodes, a query part that yields the entities n in order,
// and returns the first $limit of them with every relationship among them
// (with evidence).
func (s *Store) subgraph(ctx context.Context, name, nodes string, params map[string]any) (*Subgraph, error) {
	recs, err := s.read(ctx, name, nodes+`
WITH collect(n) AS rows
WITH rows, rows[..$limit] AS ns
CALL {
  WITH ns
  UNWIND ns AS x
  MATCH (x)-[r:`+allRels+`]->(y)
  WHERE y IN ns
  RETURN collect(`+relProj("r")+`) AS rels
}
RETURN [n IN ns | n`+entityProj+`] AS nodes, rels, size(rows) > $limit AS truncated`, params)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return &Subgraph{}, nil
	}
	trunc, _ := recs[0].Values[2].(bool)
	return &Subgraph{Nodes: entities(recs[0].Values[0]), Rels: relationships(recs[0].Values[1]), Truncated: trunc}, nil
}

// TimelineQuery filters the timeline.
type TimelineQuery struct {
	From, To  *string
	Place     *string
	Involving *string
	Types     []model.EntityType
}

// TimelineItem is one dated entity with the places it was held in.
type TimelineItem struct {
	Node   model.Entity
	Places []model.Entity
}

// Timeline lists dated entities (events unless types say otherwise) in
// chronological order.
func (s *Store) Timeline(ctx context.Context, q TimelineQuery, p Page) ([]TimelineItem, int, error) {
	types := typeStrings(q.Types)
	if len(types) == 0 {
		types = []string{string(model.EntityTypeEvent)}
	}
	recs, err := s.read(ctx, "timeline", `
MATCH (n:`+labelExpr(types)+`)
WHERE n:Entity AND n.start IS NOT NULL
  AND ($from IS NULL OR coalesce(n.end, n.start) >= $from)
  AND ($to IS NULL OR n.start <= $to)
  AND ($place IS NULL OR EXISTS { MATCH (n)-[:HELD_IN|BASED_IN]->(:Place)-[:PART_OF*0..3]->(:Place {id: $place}) })
  AND ($involving IS NULL OR EXISTS { MATCH (n)-[:`+allRels+`]-(:Entity {id: $involving}) })
WITH n ORDER BY n.start, n.name, n.id
WITH collect(n) AS rows
RETURN size(rows) AS total,
  [x IN rows[$skip..$skip + $limit] | {node: x`+entityProj+`, places: [(x)-[:HELD_IN]->(pl:Place) | pl`+entityProj+`]}] AS page`,
		p.params(map[string]any{"from": optParam(q.From), "to": optParam(q.To), "place": optParam(q.Place), "involving": optParam(q.Involving)}))
	if err != nil {
		return nil, 0, err
	}
	if len(recs) == 0 {
		return nil, 0, nil
	}
	var out []TimelineItem
	for _, x := range asList(recs[0].Values[1]) {
		m := asMap(x)
		if e := entity(m["node"]); e != nil {
			out = append(out, TimelineItem{Node: e, Places: entities(m["places"])})
		}
	}
	return out, toInt(recs[0].Values[0]), nil
}

// Counts are the graph's totals by type.
type Counts struct {
	Entities, Documents, Relationships int
	EntitiesByType                     []*model.TypeCount
	RelationshipsByType                []*model.TypeCount
}

// Stats counts entities and relationships by type (from Neo4j's count store).
func (s *Store) Stats(ctx context.Context) (*Counts, error) {
	var parts []string
	for _, t := range kg.EntityTypes {
		parts = append(parts, fmt.Sprintf("MATCH (n:%s) RETURN 'node' AS kind, '%s' AS t, count(n) AS c", t, t))
	}
	for _, t := range kg.RelationTypes {
		parts = append(parts, fmt.Sprintf("MATCH ()-[r:%s]->() RETURN 'rel' AS kind, '%s' AS t, count(r) AS c", t, t))
	}
	parts = append(parts, "MATCH (d:Document) RETURN 'doc' AS kind, 'Document' AS t, count(d) AS c",
		"MATCH (n:Entity) RETURN 'all' AS kind, 'Entity' AS t, count(n) AS c")
	recs, err := s.read(ctx, "stats", strings.Join(parts, "\nUNION ALL\n"), nil)
	if err != nil {
		return nil, err
	}
	c := &Counts{}
	for _, rec := range recs {
		kind, _ := rec.Values[0].(string)
		t, _ := rec.Values[1].(string)
		n := toInt(rec.Values[2])
		switch kind {
		case "node":
			c.EntitiesByType = append(c.EntitiesByType, &model.TypeCount{Type: t, Count: n})
		case "rel":
			c.RelationshipsByType = append(c.RelationshipsByType, &model.TypeCount{Type: t, Count: n})
			c.Relationships += n
		case "doc":
			c.Documents = n
		case "all":
			c.Entities = n
		}
	}
	return c, nil
}

// Degree is an entity with its number of relationships.
type Degree struct {
	Node   model.Entity
	Degree int
}

// TopEntities returns the n entities with the most relationships.
func (s *Store) TopEntities(ctx context.Context, types []model.EntityType, n int) ([]Degree, error) {
	recs, err := s.read(ctx, "topEntities", `
MATCH (n:`+labelExpr(typeStrings(types))+`)
WHERE n:Entity
WITH n, COUNT { (n)-[:`+allRels+`]-() } AS d
ORDER BY d DESC, n.id
LIMIT $n
RETURN n`+entityProj+` AS n, d`, map[string]any{"n": n})
	if err != nil {
		return nil, err
	}
	out := make([]Degree, 0, len(recs))
	for _, rec := range recs {
		if e := entity(rec.Values[0]); e != nil {
			out = append(out, Degree{Node: e, Degree: toInt(rec.Values[1])})
		}
	}
	return out, nil
}
