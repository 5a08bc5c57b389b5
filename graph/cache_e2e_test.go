package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/clustergraph/clustergraph/graph"
	"github.com/clustergraph/clustergraph/loader"
	"github.com/clustergraph/clustergraph/loader/extract"
)

// TestAnswerCacheFollowsLoads: a question asked again is answered without
// its queries (one version read), and a load that changes the graph is
// seen by the very next question.
func TestAnswerCacheFollowsLoads(t *testing.T) {
	d, db := testDB(t)
	dir := t.TempDir()
	write := func(text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, "news.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := loader.Load(context.Background(), loader.Config{Paths: []string{dir}, Extractor: extract.New(), Driver: d, Database: db, Log: discardLogger()}); err != nil {
			t.Fatal(err)
		}
	}
	const before = "Клъстер „Северни мостове“ е партньор по проекта „Речни пътища“.\n"
	write(before)

	const q = `query($q: String!) { search(query: $q, first: 5) { totalCount edges { node { name } } } }`
	type answer struct {
		Search struct {
			TotalCount int
			Edges      []struct{ Node struct{ Name string } }
		}
	}
	ask := func(e *env, word string) (answer, int64) {
		t.Helper()
		var a answer
		n := e.queries.Load()
		e.query(t, q, map[string]any{"q": word}, &a)
		return a, e.queries.Load() - n
	}

	cached := newEnvOn(t, d, db, graph.HandlerConfig{})
	uncached := newEnvOn(t, d, db, graph.HandlerConfig{CacheBytes: -1})
	for _, e := range []*env{cached, uncached} {
		if a, _ := ask(e, "брегове"); a.Search.TotalCount != 0 {
			t.Fatalf("before the change: %+v, want no hit", a)
		}
	}
	first, n1 := ask(cached, "мостове")
	again, n2 := ask(cached, "мостове")
	if first.Search.TotalCount != 1 || first.Search.Edges[0].Node.Name != "Северни мостове" {
		t.Fatalf("search мостове = %+v", first)
	}
	if n2 != 1 || n1 < 2 {
		t.Errorf("asked twice: %d then %d round trips; want the second to read only the version", n1, n2)
	}
	if again.Search.TotalCount != first.Search.TotalCount || again.Search.Edges[0] != first.Search.Edges[0] {
		t.Errorf("the cached answer %+v differs from the first %+v", again, first)
	}
	if _, n := ask(uncached, "мостове"); n != 1 {
		t.Errorf("without a cache: %d round trips, want the search alone", n)
	}
	if _, n := ask(uncached, "мостове"); n != 1 {
		t.Errorf("without a cache, asked again: %d round trips, want the search alone", n)
	}

	write(before + "Клъстер „Южни брегове“ се присъедини към проекта „Речни пътища“.\n")
	for name, e := range map[string]*env{"cached": cached, "uncached": uncached} {
		if a, _ := ask(e, "брегове"); a.Search.TotalCount != 1 {
			t.Errorf("%s, right after the load: search брегове = %+v, want the new cluster", name, a)
		}
	}
}
