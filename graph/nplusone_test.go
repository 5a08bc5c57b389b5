package graph_test

import (
	"fmt"
	"testing"
)

// TestRoundTripsDoNotGrowWithResults runs the same nested query over one
// and over all clusters (the best connected first, so that every level has
// data even for one) and requires at most one database round trip per
// batched field, however many parents each level has.
func TestRoundTripsDoNotGrowWithResults(t *testing.T) {
	e := newEnv(t)
	const q = `query($n: Int) {
  entities(filter: {types: [Cluster]}, orderBy: {field: DEGREE, direction: DESC}, first: $n) { nodes {
    name
    mentions { count document { title } }
    ... on Cluster {
      memberOf(first: 5) { edges { node { name } evidence { text document { title } } } }
      projects(first: 5) { edges { role node { name ... on Project {
        partners(first: 10) { edges { role node { name } evidence { document { title published } } } }
        fundedBy(first: 3) { edges { node { name } } }
      } } } }
      organized(first: 5) { edges { node { name ... on Event { place { node { name } } } } } }
    }
  } }
}`
	// Each run differs by a comment, so the answer cache serves none of
	// them, and the fewest round trips of three runs counts: a dataloader
	// batch closes after a short wait, so a stall on a busy machine can
	// split one batch in two on a single run, while N+1 adds trips on every
	// run.
	counts := map[int]int64{}
	for _, n := range []int{1, 3, 6} {
		var got struct {
			Entities struct{ Nodes []struct{ Name string } }
		}
		counts[n] = -1
		for run := range 3 {
			before := e.queries.Load()
			e.query(t, fmt.Sprintf("%s\n# n=%d run=%d", q, n, run), map[string]any{"n": n}, &got)
			used := e.queries.Load() - before
			if len(got.Entities.Nodes) != n {
				t.Fatalf("got %d clusters, want %d", len(got.Entities.Nodes), n)
			}
			if counts[n] < 0 || used < counts[n] {
				counts[n] = used
			}
		}
	}
	t.Logf("round trips by number of clusters: %v", counts)
	// One round trip per batched field of the query at most: entities,
	// mentions, mention documents, memberOf, its evidence documents, projects,
	// partners, their evidence documents, fundedBy, organized, place. Loads of
	// the same kind at different depths may share a batch, so fewer is fine.
	// Without batching six clusters alone would need 6 mentions + 6 memberOf +
	// 6 projects + 6 organized queries.
	const perField = 11
	for n, c := range counts {
		if c > perField {
			t.Errorf("%d clusters took %d round trips, want at most %d whatever the number of results", n, c, perField)
		}
	}
}
