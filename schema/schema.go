// Package schema holds the graph model in one place: the GraphQL SDL
// (*.graphqls) and the Neo4j constraints and indexes (*.cypher), embedded in
// the binary so that a deployed server needs no files beside it.
package schema

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed *.cypher
var cypherFiles embed.FS

// FulltextIndex is the name of the full-text index over Entity.search.
const FulltextIndex = "entity_search"

// Statement is one schema statement and the file it came from.
type Statement struct {
	File   string
	Cypher string
}

// Statements returns the schema statements in file order, split at
// semicolons that end a line. Comment lines are dropped.
func Statements() ([]Statement, error) {
	names, err := fs.Glob(cypherFiles, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list schema files: %w", err)
	}
	sort.Strings(names)
	var out []Statement
	for _, name := range names {
		b, err := cypherFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read schema file %s: %w", name, err)
		}
		var cur strings.Builder
		for _, line := range strings.Split(string(b), "\n") {
			t := strings.TrimSpace(line)
			if t == "" || strings.HasPrefix(t, "//") {
				continue
			}
			cur.WriteString(t)
			if strings.HasSuffix(t, ";") {
				out = append(out, Statement{File: name, Cypher: strings.TrimSuffix(cur.String(), ";")})
				cur.Reset()
			} else {
				cur.WriteByte(' ')
			}
		}
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, Statement{File: name, Cypher: s})
		}
	}
	return out, nil
}

// Analyzer picks the full-text analyzer: "bulgarian" when the server offers
// it (stems definite articles and case forms), else "standard-no-stop-words".
func Analyzer(ctx context.Context, drv neo4j.DriverWithContext, database string) (string, error) {
	res, err := neo4j.ExecuteQuery(ctx, drv, "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN analyzer",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return "", fmt.Errorf("list full-text analyzers: %w", err)
	}
	for _, r := range res.Records {
		if a, _ := r.Values[0].(string); a == "bulgarian" {
			return a, nil
		}
	}
	return "standard-no-stop-words", nil
}

// Apply creates the constraints and indexes that are missing and waits for
// the indexes to come online. It is idempotent.
func Apply(ctx context.Context, drv neo4j.DriverWithContext, database string) error {
	stmts, err := Statements()
	if err != nil {
		return err
	}
	analyzer, err := Analyzer(ctx, drv, database)
	if err != nil {
		return err
	}
	for _, st := range stmts {
		params := map[string]any{}
		if strings.Contains(st.Cypher, "$analyzer") {
			params["analyzer"] = analyzer
		}
		if _, err := neo4j.ExecuteQuery(ctx, drv, st.Cypher, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(database)); err != nil {
			return fmt.Errorf("apply schema %s: %q: %w", st.File, st.Cypher, err)
		}
	}
	if _, err := neo4j.ExecuteQuery(ctx, drv, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(database)); err != nil {
		return fmt.Errorf("wait for indexes: %w", err)
	}
	return nil
}
