package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

func TestInfo(t *testing.T) {
	info := New().Info()
	if info.Name != "clustergraph" || info.Version == "" {
		t.Errorf("Info = %+v", info)
	}
}

// TestDeterministic runs the same input twice and wants byte-equal JSON.
func TestDeterministic(t *testing.T) {
	docs := append(seedDocs(t), devDocs(t)...)
	var outs [][]byte
	for i := 0; i < 3; i++ {
		g, err := New().Extract(context.Background(), docs)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b)
	}
	for i := 1; i < len(outs); i++ {
		if !bytes.Equal(outs[0], outs[i]) {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Extract(ctx, devDocs(t))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestEmptyInput(t *testing.T) {
	g, err := New().Extract(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(g)
	// the contract wants lists, not nulls
	for _, k := range []string{`"documents":[]`, `"entities":[]`, `"relations":[]`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("empty graph JSON %s lacks %s", b, k)
		}
	}
}

// TestOutputContract checks the properties every entity must carry.
func TestOutputContract(t *testing.T) {
	docs := append(seedDocs(t), devDocs(t)...)
	g, err := New().Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, docs, g)
	if len(g.Entities) == 0 || len(g.Relations) == 0 {
		t.Fatal("nothing extracted")
	}
	for _, e := range g.Entities {
		if _, ok := e.Properties["latinAliases"].([]string); !ok {
			t.Errorf("%q: latinAliases missing", e.Name)
		}
		if e.Aliases == nil {
			t.Errorf("%q: aliases must be a list", e.Name)
		}
		if strings.ContainsAny(e.Name, "„“”«»") && e.Type != kg.Project && e.Type != kg.Event {
			t.Errorf("%q: name keeps quotes", e.Name)
		}
		for _, k := range []string{"start", "end"} {
			if v, ok := e.Properties[k].(string); ok && (len(v) != 10 && len(v) != 7 || v[4] != '-') {
				t.Errorf("%q: %s = %q is not an ISO date", e.Name, k, v)
			}
		}
		if e.Type == kg.Person {
			for _, title := range []string{"г-н", "г-жа", "д-р", "инж", "проф"} {
				if strings.HasPrefix(strings.ToLower(e.Name), title) {
					t.Errorf("person %q keeps a title", e.Name)
				}
			}
		}
		if e.Type == kg.Place && (strings.HasPrefix(e.Name, "гр.") || strings.HasPrefix(e.Name, "к.к.")) {
			t.Errorf("place %q keeps its marker", e.Name)
		}
	}
	for _, r := range g.Relations {
		switch r.Type {
		case kg.PartnerIn, kg.Organized:
			if _, ok := r.Properties["role"].(string); !ok {
				t.Errorf("%s without role", r.Type)
			}
		case kg.HoldsRole:
			// an affiliation without a title ("X от Y") has no title property
			if v, ok := r.Properties["title"]; ok {
				if s, _ := v.(string); s == "" {
					t.Errorf("%s with title %v", r.Type, v)
				}
			}
		}
	}
}
