package extract

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestDebugText prints the graph of the text in $TEXT (a development aid).
func TestDebugText(t *testing.T) {
	txt := os.Getenv("TEXT")
	if txt == "" {
		t.Skip("set TEXT to run")
	}
	pub := "2018-05-15"
	docs := []kg.Document{{ID: "d", Text: txt, Published: &pub}}
	g, err := New().Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, docs, g)
	if os.Getenv("JSON") != "" {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", " ")
		_ = enc.Encode(g)
		return
	}
	_ = WriteText(os.Stdout, g)
}

// TestDebugDev prints the graph of the development texts (set SHOW=1).
func TestDebugDev(t *testing.T) {
	if os.Getenv("SHOW") == "" {
		t.Skip("set SHOW to run")
	}
	docs := devDocs(t)
	g, err := New().Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, docs, g)
	_ = WriteText(os.Stdout, g)
}

// TestDebugSeedsDated prints the seeds' graph with publication dates and
// titles such as the input layer gives (set SHOW=1).
func TestDebugSeedsDated(t *testing.T) {
	if os.Getenv("SHOW") == "" {
		t.Skip("set SHOW to run")
	}
	docs := seedDocs(t)
	pubs := []string{"2018-05-15", "2015-02-16", "2016-12-20", "2020-09-30", "2018-07-10"}
	for i := range docs {
		if i < len(pubs) {
			docs[i].Published = &pubs[i]
		}
	}
	g, err := New().Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, docs, g)
	_ = WriteText(os.Stdout, g)
}
