package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// checkGraph asserts the output contract: every span lies in its document
// and its text equals the covered substring, relation endpoints exist, types
// are in the closed sets, every entity has a latin key and mentions, every
// relation evidence.
func checkGraph(t testing.TB, docs []kg.Document, g *kg.Graph) {
	t.Helper()
	texts := map[string][]rune{}
	for _, d := range docs {
		texts[d.ID] = []rune(d.Text)
	}
	span := func(what string, s kg.Span) {
		rs, ok := texts[s.Document]
		if !ok {
			t.Fatalf("%s: unknown document %q", what, s.Document)
		}
		if s.Start < 0 || s.End > len(rs) || s.Start >= s.End {
			t.Fatalf("%s: span %d..%d out of range (len %d)", what, s.Start, s.End, len(rs))
		}
		if got := string(rs[s.Start:s.End]); got != s.Text {
			t.Fatalf("%s: span text %q, document has %q", what, s.Text, got)
		}
		if !utf8.ValidString(s.Text) {
			t.Fatalf("%s: invalid UTF-8", what)
		}
	}
	ids := map[string]bool{}
	for _, e := range g.Entities {
		if !e.Type.Valid() {
			t.Fatalf("entity %q: bad type %q", e.Name, e.Type)
		}
		if ids[e.ID] {
			t.Fatalf("duplicate entity id %s (%q)", e.ID, e.Name)
		}
		ids[e.ID] = true
		if e.Name == "" || len(e.Mentions) == 0 {
			t.Fatalf("entity %s: empty name or no mentions", e.ID)
		}
		if _, ok := e.Properties["latin"].(string); !ok {
			t.Fatalf("entity %q: no latin key", e.Name)
		}
		for _, m := range e.Mentions {
			span("mention of "+e.Name, m)
		}
	}
	for _, r := range g.Relations {
		if !r.Type.Valid() {
			t.Fatalf("bad relation type %q", r.Type)
		}
		if !ids[r.From] || !ids[r.To] {
			t.Fatalf("relation %s: endpoint missing (%s -> %s)", r.Type, r.From, r.To)
		}
		if len(r.Evidence) == 0 {
			t.Fatalf("relation %s: no evidence", r.Type)
		}
		for _, ev := range r.Evidence {
			span("evidence of "+string(r.Type), ev)
		}
	}
}
