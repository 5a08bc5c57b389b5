package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Dump returns a canonical text form of the whole graph (its facts, not the
// GraphVersion bookkeeping node): every node with
// its sorted labels and properties, every relationship with its endpoints'
// ids, type and properties, one per line and sorted. Two databases hold the
// same graph exactly when their dumps are equal; tests compare them.
func Dump(ctx context.Context, driver neo4j.DriverWithContext, database string) (string, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting()}
	nodes, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props", nil, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return "", fmt.Errorf("dump nodes: %w", err)
	}
	rels, err := neo4j.ExecuteQuery(ctx, driver,
		"MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props", nil, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return "", fmt.Errorf("dump relationships: %w", err)
	}
	var lines []string
	for _, r := range nodes.Records {
		labels := toStrings(r.Values[0])
		sort.Strings(labels)
		lines = append(lines, "N "+strings.Join(labels, ":")+" "+canon(r.Values[1]))
	}
	for _, r := range rels.Records {
		lines = append(lines, fmt.Sprintf("R %v -%v-> %v %s", r.Values[0], r.Values[1], r.Values[2], canon(r.Values[3])))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n"), nil
}

func toStrings(v any) []string {
	xs, _ := v.([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, fmt.Sprint(x))
	}
	return out
}

// canon encodes a property map with sorted keys (encoding/json sorts them).
func canon(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
