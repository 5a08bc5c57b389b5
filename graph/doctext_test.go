package graph_test

import (
	"testing"
)

// TestDocumentText serves the cleaned text of a document, only when asked
// for, and the offsets of mentions and evidence (code points) index it.
func TestDocumentText(t *testing.T) {
	e := newEnv(t)

	t.Run("offsets index the text by code points", func(t *testing.T) {
		var got struct {
			Node struct {
				Mentions []struct {
					Document struct {
						ID   string
						Text *string
					}
					Spans []struct {
						Start, End int
						Text       string
					}
				}
				Projects struct {
					Edges []struct {
						Evidence []struct {
							Text       string
							Start, End int
							Document   struct{ Text *string }
						}
					}
				}
			}
		}
		e.query(t, `{ node(id: "cluster:zelena-sinergiya") { ... on Cluster {
			mentions { document { id text } spans { start end text } }
			projects { edges { evidence { text start end document { text } } } } } } }`, nil, &got)
		if len(got.Node.Mentions) == 0 || len(got.Node.Projects.Edges) == 0 {
			t.Fatalf("fixture has no mentions or projects: %+v", got.Node)
		}
		for _, m := range got.Node.Mentions {
			if m.Document.Text == nil {
				t.Fatalf("document %s has no text", m.Document.ID)
			}
			runes := []rune(*m.Document.Text)
			for _, s := range m.Spans {
				if s.End > len(runes) || string(runes[s.Start:s.End]) != s.Text {
					t.Errorf("span %d..%d of %s is not %q", s.Start, s.End, m.Document.ID, s.Text)
				}
			}
		}
		for _, ed := range got.Node.Projects.Edges {
			for _, ev := range ed.Evidence {
				runes := []rune(*ev.Document.Text)
				if ev.End > len(runes) || string(runes[ev.Start:ev.End]) != ev.Text {
					t.Errorf("evidence %d..%d is not %q", ev.Start, ev.End, ev.Text)
				}
			}
		}
	})

	t.Run("missing document", func(t *testing.T) {
		var got struct{ Document *struct{ Text *string } }
		e.query(t, `{ document(id: "doc:none") { text } }`, nil, &got)
		if got.Document != nil {
			t.Errorf("document = %+v, want null", got.Document)
		}
	})

	t.Run("lists fetch texts only when asked, in one batch", func(t *testing.T) {
		var got struct {
			Documents struct {
				Nodes []struct{ Text *string }
			}
		}
		before := e.queries.Load()
		e.query(t, `{ documents(first: 10) { nodes { id title } } }`, nil, &got)
		without := e.queries.Load() - before
		before = e.queries.Load()
		e.query(t, `{ documents(first: 10) { nodes { id title text } } }`, nil, &got)
		with := e.queries.Load() - before
		if with != without+1 {
			t.Errorf("round trips: %d without text, %d with; want one more for the texts of all documents", without, with)
		}
		if len(got.Documents.Nodes) < 2 {
			t.Fatalf("fixture lists %d documents", len(got.Documents.Nodes))
		}
		for _, d := range got.Documents.Nodes {
			if d.Text == nil || *d.Text == "" {
				t.Errorf("a listed document has no text: %+v", got.Documents.Nodes)
			}
		}
	})
}
