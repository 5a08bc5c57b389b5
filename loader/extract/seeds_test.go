package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// seedDocs reads the repository's seed texts as documents, for tests that
// check invariants on real input (not expected answers).
func seedDocs(t testing.TB) []kg.Document {
	t.Helper()
	files, _ := filepath.Glob("../../seeds/*.txt")
	var docs []kg.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, kg.Document{ID: filepath.Base(f), Path: f, Text: string(b)})
	}
	return docs
}

func TestSeedsExtract(t *testing.T) {
	docs := seedDocs(t)
	if len(docs) == 0 {
		t.Skip("no seeds")
	}
	g, err := New().Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, docs, g)
	if os.Getenv("SHOW") != "" {
		_ = WriteText(os.Stdout, g)
	}
}

// devDocs reads the development texts written for this package, each
// published on a fixed date so that dates without a year resolve.
func devDocs(t testing.TB) []kg.Document {
	t.Helper()
	files, _ := filepath.Glob("testdata/dev/*.txt")
	var docs []kg.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pub := "2019-06-01"
		docs = append(docs, kg.Document{ID: filepath.Base(f), Path: f, Text: string(b), Published: &pub})
	}
	return docs
}
