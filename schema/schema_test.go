package schema_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/clustergraph/clustergraph/internal/dbtest"
	"github.com/clustergraph/clustergraph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestMain(m *testing.M) { os.Exit(dbtest.Main(m)) }

func TestStatements(t *testing.T) {
	stmts, err := schema.Statements()
	if err != nil {
		t.Fatal(err)
	}
	if len(stmts) == 0 {
		t.Fatal("no schema statements embedded")
	}
	for _, st := range stmts {
		if !strings.Contains(st.Cypher, "IF NOT EXISTS") {
			t.Errorf("%s: statement is not idempotent: %s", st.File, st.Cypher)
		}
		if strings.Contains(st.Cypher, ";") || strings.Contains(st.Cypher, "//") {
			t.Errorf("%s: statement was not split cleanly: %s", st.File, st.Cypher)
		}
	}
}

func TestApplyIdempotentAndWriteRead(t *testing.T) {
	db := dbtest.Open(t) // applies the schema once
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := schema.Apply(ctx, db.Driver, db.Database); err != nil {
		t.Fatalf("second apply: %v", err)
	}
	q := func(cypher string, params map[string]any) *neo4j.EagerResult {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, db.Driver, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
		if err != nil {
			t.Fatalf("%s: %v", cypher, err)
		}
		return res
	}
	res := q("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names", nil)
	names, _ := res.Records[0].Get("names")
	for _, want := range []string{"entity_id", "document_id"} {
		if !contains(names.([]any), want) {
			t.Errorf("constraint %s missing; have %v", want, names)
		}
	}
	res = q("SHOW FULLTEXT INDEXES YIELD name, state, options RETURN name, state, options.indexConfig.`fulltext.analyzer` AS analyzer", nil)
	if len(res.Records) != 1 {
		t.Fatalf("want one full-text index, got %d", len(res.Records))
	}
	rec := res.Records[0].AsMap()
	if rec["name"] != schema.FulltextIndex || rec["state"] != "ONLINE" {
		t.Errorf("full-text index %v", rec)
	}
	t.Logf("full-text analyzer: %v", rec["analyzer"])

	// Write and read a node through the driver; the uniqueness constraint holds.
	q("CREATE (:Entity:Cluster {id: $id, name: $name, search: $name})", map[string]any{"id": "c1", "name": "Зелена синергия"})
	res = q("MATCH (e:Entity {id: $id}) RETURN e.name AS name, labels(e) AS labels", map[string]any{"id": "c1"})
	if got, _ := res.Records[0].Get("name"); got != "Зелена синергия" {
		t.Errorf("read back name %v", got)
	}
	_, err := neo4j.ExecuteQuery(ctx, db.Driver, "CREATE (:Entity {id: $id})", map[string]any{"id": "c1"},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
	if err == nil {
		t.Error("duplicate entity id accepted: uniqueness constraint missing")
	}
	res = q("CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id",
		map[string]any{"index": schema.FulltextIndex, "q": "синергия"})
	if len(res.Records) != 1 {
		t.Errorf("full-text search for синергия found %d nodes, want 1", len(res.Records))
	}
}

func contains(xs []any, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
