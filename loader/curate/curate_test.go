package curate

import (
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// graph: one document where the rules merged two clusters into one entity
// (X), kept an association apart from its acronym (A, B), misnamed a
// cluster (S) and mistyped a company (H).
func graph() *kg.Graph {
	text := "Клъстер Мехатроника и Клъстер Мехатроника Юг подписаха споразумение. АБК и Асоциацията на бизнес клъстерите са едно. Зелена Сингерия участва. Sea Harmony е фирма."
	doc := "d1"
	sp := func(sub string) kg.Span {
		i := strings.Index(text, sub)
		s := len([]rune(text[:i]))
		return kg.Span{Document: doc, Start: s, End: s + len([]rune(sub)), Text: sub}
	}
	return &kg.Graph{
		Documents: []kg.Document{{ID: doc, Text: text}},
		Entities: []kg.Entity{
			{ID: "X", Type: kg.Cluster, Name: "Мехатроника", Aliases: []string{"Мехатроника Юг"}, Properties: map[string]any{},
				Mentions: []kg.Span{sp("Клъстер Мехатроника и"), sp("Клъстер Мехатроника Юг")}},
			{ID: "A", Type: kg.Association, Name: "Асоциация на бизнес клъстерите", Aliases: []string{}, Properties: map[string]any{}, Mentions: []kg.Span{sp("Асоциацията на бизнес клъстерите")}},
			{ID: "B", Type: kg.Organization, Name: "АБК", Aliases: []string{}, Properties: map[string]any{}, Mentions: []kg.Span{sp("АБК")}},
			{ID: "S", Type: kg.Cluster, Name: "Зелена Сингерия", Aliases: []string{}, Properties: map[string]any{}, Mentions: []kg.Span{sp("Зелена Сингерия")}},
			{ID: "H", Type: kg.Cluster, Name: "Sea Harmony", Aliases: []string{}, Properties: map[string]any{}, Mentions: []kg.Span{sp("Sea Harmony")}},
		},
		Relations: []kg.Relation{
			{Type: kg.MemberOf, From: "S", To: "A", Properties: map[string]any{}, Evidence: []kg.Span{sp("АБК и Асоциацията на бизнес клъстерите са едно.")}},
			{Type: kg.MemberOf, From: "S", To: "B", Properties: map[string]any{}, Evidence: []kg.Span{sp("АБК и Асоциацията на бизнес клъстерите са едно.")}},
			{Type: kg.PartOf, From: "X", To: "H", Properties: map[string]any{}, Evidence: []kg.Span{sp("Клъстер Мехатроника Юг подписаха споразумение.")}},
		},
	}
}

const corrections = `
merge:
  - into: "Асоциация на бизнес клъстерите"
    from: ["АБК"]
keep_apart:
  - ["Мехатроника", "Мехатроника Юг"]
rename:
  - entity: "зелена сингерия"
    name: "Зелена синергия"
retype:
  - entity: "Cluster:Sea Harmony"
    type: Organization
  - entity: "id:nope"
    type: Place
`

func byName(g *kg.Graph, name string) *kg.Entity {
	for i := range g.Entities {
		if g.Entities[i].Name == name {
			return &g.Entities[i]
		}
	}
	return nil
}

func TestApply(t *testing.T) {
	f, err := Parse("test.yaml", []byte(corrections))
	if err != nil {
		t.Fatal(err)
	}
	in := graph()
	out, rep, err := f.Apply(in)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Applied != 4 || len(rep.Unmatched) != 1 {
		t.Errorf("report %+v; want 4 applied and the id:nope rule unmatched", rep)
	}
	if len(in.Entities) != 5 {
		t.Error("Apply modified its input")
	}
	t.Run("merge", func(t *testing.T) {
		a := byName(out, "Асоциация на бизнес клъстерите")
		if a == nil || byName(out, "АБК") != nil {
			t.Fatal("АБК was not merged into the association")
		}
		if len(a.Mentions) != 2 || !strings.Contains(strings.Join(a.Aliases, "|"), "АБК") {
			t.Errorf("merged entity: mentions %d, aliases %v", len(a.Mentions), a.Aliases)
		}
		n := 0
		for _, r := range out.Relations {
			if r.Type == kg.MemberOf {
				n++
				if r.To != "A" || len(r.Evidence) != 2 {
					t.Errorf("member edge %+v", r)
				}
			}
		}
		if n != 1 {
			t.Errorf("want the two MEMBER_OF edges joined into one, got %d", n)
		}
	})
	t.Run("keep apart", func(t *testing.T) {
		a, b := byName(out, "Мехатроника"), byName(out, "Мехатроника Юг")
		if a == nil || b == nil || a.ID == b.ID {
			t.Fatalf("clusters not split: %v %v", a, b)
		}
		if len(a.Mentions) != 1 || len(b.Mentions) != 1 || b.Mentions[0].Text != "Клъстер Мехатроника Юг" {
			t.Errorf("mentions not divided by name: %v / %v", a.Mentions, b.Mentions)
		}
		for _, r := range out.Relations {
			if r.Type == kg.PartOf && r.From != b.ID {
				t.Errorf("the PART_OF edge whose evidence names Мехатроника Юг should move to it: %+v", r)
			}
		}
	})
	t.Run("rename and retype", func(t *testing.T) {
		s := byName(out, "Зелена синергия")
		if s == nil || s.ID != "S" || !strings.Contains(strings.Join(s.Aliases, "|"), "Зелена Сингерия") {
			t.Errorf("rename: %+v", s)
		}
		if s != nil && s.Properties["latin"] != "zelena sinergia" {
			t.Errorf("latin key of the new name: %v", s.Properties["latin"])
		}
		h := byName(out, "Sea Harmony")
		if h == nil || h.Type != kg.Organization || h.ID != "H" {
			t.Errorf("retype: %+v", h)
		}
	})
	// Corrections are deterministic, so reloads give the same graph.
	again, _, _ := f.Apply(graph())
	if len(again.Entities) != len(out.Entities) || len(again.Relations) != len(out.Relations) {
		t.Error("applying twice gives different graphs")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"bad type", "retype:\n  - entity: X\n    type: Planet\n", "unknown type"},
		{"merge without from", "merge:\n  - into: X\n", "non-empty `from`"},
		{"keep_apart of three", "keep_apart:\n  - [a, b, c]\n", "exactly two"},
		{"unknown key", "merj: []\n", "merj"},
		{"not yaml", "merge: [", "test.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("test.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("want error mentioning %q, got %v", tt.want, err)
			}
		})
	}
}

func TestMergeContradictingKeepApartFails(t *testing.T) {
	f, err := Parse("c.yaml", []byte("keep_apart:\n  - [Мехатроника, Мехатроника Юг]\nmerge:\n  - into: Мехатроника\n    from: [Мехатроника Юг]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.Apply(graph()); err == nil || !strings.Contains(err.Error(), "contradicts") {
		t.Errorf("want a contradiction error, got %v", err)
	}
}
