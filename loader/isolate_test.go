package loader_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader"
	"github.com/clustergraph/clustergraph/loader/kg"
)

// pickyExtractor fails on any run that includes a text containing "BOOM",
// or, with pair set, on any run that has both "A" and "B" texts.
type pickyExtractor struct{ pair bool }

func (pickyExtractor) Info() kg.ExtractorInfo { return kg.ExtractorInfo{Name: "picky", Version: "1"} }

func (p pickyExtractor) Extract(_ context.Context, docs []kg.Document) (*kg.Graph, error) {
	var a, b bool
	for _, d := range docs {
		if strings.Contains(d.Text, "BOOM") {
			return nil, errors.New("extract: internal error: index out of range")
		}
		a = a || d.Text == "A"
		b = b || d.Text == "B"
	}
	if p.pair && a && b {
		return nil, errors.New("extract: internal error: A meets B")
	}
	return &kg.Graph{Documents: docs}, nil
}

func TestExtractIsolating(t *testing.T) {
	doc := func(path, text string) kg.Document { return kg.Document{ID: path, Path: path, Text: text} }
	tests := []struct {
		name       string
		x          pickyExtractor
		docs       []kg.Document
		wantDocs   []string // paths extracted
		wantFailed []string // paths reported
		wantErr    bool
	}{
		{"all good", pickyExtractor{}, []kg.Document{doc("a.txt", "A"), doc("b.txt", "B")}, []string{"a.txt", "b.txt"}, nil, false},
		{"one bad text is left out", pickyExtractor{}, []kg.Document{doc("a.txt", "A"), doc("bad.txt", "x BOOM x"), doc("c.txt", "C")}, []string{"a.txt", "c.txt"}, []string{"bad.txt"}, false},
		{"a lone bad text", pickyExtractor{}, []kg.Document{doc("bad.txt", "BOOM")}, nil, []string{"bad.txt"}, false},
		{"a failure only together is an error", pickyExtractor{pair: true}, []kg.Document{doc("a.txt", "A"), doc("b.txt", "B")}, nil, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, failed, err := loader.ExtractIsolating(context.Background(), tc.x, tc.docs)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			var gotFailed []string
			for _, e := range failed {
				path, _, _ := strings.Cut(e.Error(), ":")
				gotFailed = append(gotFailed, path)
				if !strings.Contains(e.Error(), "left out") {
					t.Errorf("failure %q does not say the text was left out", e)
				}
			}
			if !slices.Equal(gotFailed, tc.wantFailed) {
				t.Errorf("failed = %v, want %v", gotFailed, tc.wantFailed)
			}
			if tc.wantErr {
				return
			}
			var gotDocs []string
			for _, d := range g.Documents {
				gotDocs = append(gotDocs, d.Path)
			}
			if !slices.Equal(gotDocs, tc.wantDocs) {
				t.Errorf("extracted %v, want %v", gotDocs, tc.wantDocs)
			}
		})
	}
}
