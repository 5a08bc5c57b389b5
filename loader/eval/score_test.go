package eval

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// A small hand-made gold document used by the scorer tests.
func testGold() []Gold {
	return []Gold{{
		Document: "doc1.txt",
		Entities: []GoldEntity{
			{Type: kg.Cluster, Name: "Зелена синергия", Aliases: []string{"Клъстер Зелена синергия", "Зелена Сингерия"}},
			{Type: kg.Cluster, Name: "Морски клъстер България"},
			{Type: kg.Association, Name: "Асоциация на бизнес клъстерите", Aliases: []string{"АБК", "Асоциацията на бизнес клъстерите"}},
			{Type: kg.Project, Name: "TRACE-KEI"},
			{Type: kg.Event, Name: "общо събрание на АБК", Aliases: []string{"редовно общо събрание на АБК"}},
			{Type: kg.Place, Name: "Пловдив"},
			{Type: kg.Person, Name: "Светлин Рангелов"},
		},
		Relations: []GoldRelation{
			{Type: kg.PartnerIn, From: GoldRef{kg.Cluster, "Зелена синергия"}, To: GoldRef{kg.Project, "TRACE-KEI"}, Properties: map[string]any{"role": "partner"}},
			{Type: kg.MemberOf, From: GoldRef{kg.Cluster, "Зелена синергия"}, To: GoldRef{kg.Association, "АБК"}},
			{Type: kg.MemberOf, From: GoldRef{kg.Cluster, "Морски клъстер България"}, To: GoldRef{kg.Association, "АБК"}},
			{Type: kg.HeldIn, From: GoldRef{kg.Event, "общо събрание на АБК"}, To: GoldRef{kg.Place, "Пловдив"}},
			{Type: kg.HoldsRole, From: GoldRef{kg.Person, "Светлин Рангелов"}, To: GoldRef{kg.Association, "АБК"}, Properties: map[string]any{"title": []any{"изпълнителен директор", "изпълнителният директор"}}},
		},
	}}
}

type ent struct {
	id, typ, name string
	aliases       []string
}

type rel struct {
	typ, from, to string
	props         map[string]any
}

// graph builds a one-document graph; every entity is mentioned in doc1.
func graph(ents []ent, rels []rel) *kg.Graph {
	g := &kg.Graph{Documents: []kg.Document{{ID: "d1", Path: "loader/testdata/x/doc1.txt"}}}
	for _, e := range ents {
		g.Entities = append(g.Entities, kg.Entity{ID: e.id, Type: kg.EntityType(e.typ), Name: e.name, Aliases: e.aliases,
			Mentions: []kg.Span{{Document: "d1"}}})
	}
	for _, r := range rels {
		g.Relations = append(g.Relations, kg.Relation{Type: kg.RelationType(r.typ), From: r.from, To: r.to, Properties: r.props,
			Evidence: []kg.Span{{Document: "d1"}}})
	}
	return g
}

// perfect is a graph that states exactly the gold, in other surface forms.
func perfectEnts() []ent {
	return []ent{
		{"c1", "Cluster", "Клъстер „Зелена синергия“", nil},
		{"c2", "Cluster", "МОРСКИ КЛЪСТЕР БЪЛГАРИЯ", nil},
		{"a1", "Association", "Асоциацията на бизнес клъстерите", []string{"АБК"}},
		{"p1", "Project", "проект TRACE‑KEI", nil},
		{"e1", "Event", "Редовно общо събрание на Асоциацията на бизнес клъстерите", []string{"общо събрание на АБК"}},
		{"l1", "Place", "Пловдив", nil},
		{"s1", "Person", "Светлин  Рангелов", nil},
	}
}

func perfectRels() []rel {
	return []rel{
		{"PARTNER_IN", "c1", "p1", map[string]any{"role": "Partner"}},
		{"MEMBER_OF", "c1", "a1", nil},
		{"MEMBER_OF", "c2", "a1", nil},
		{"HELD_IN", "e1", "l1", nil},
		{"HOLDS_ROLE", "s1", "a1", map[string]any{"title": "Изпълнителен директор"}},
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name            string
		g               *kg.Graph
		ent, relS, relL Counts
		entByType       map[kg.EntityType]Counts
	}{
		{
			name: "perfect in other surface forms",
			g:    graph(perfectEnts(), perfectRels()),
			ent:  Counts{TP: 7}, relS: Counts{TP: 5}, relL: Counts{TP: 5},
		},
		{
			name: "empty graph",
			g:    &kg.Graph{},
			ent:  Counts{FN: 7}, relS: Counts{FN: 5}, relL: Counts{FN: 5},
		},
		{
			name: "nil graph does not panic",
			g:    nil,
			ent:  Counts{FN: 7}, relS: Counts{FN: 5}, relL: Counts{FN: 5},
		},
		{
			name: "over-merged clusters: one entity carries both names",
			g: graph(append([]ent{{"c1", "Cluster", "Зелена синергия", []string{"Морски клъстер България"}}}, perfectEnts()[2:]...),
				[]rel{{"MEMBER_OF", "c1", "a1", nil}}),
			ent:       Counts{TP: 6, FN: 1},
			relS:      Counts{TP: 1, FN: 4},
			relL:      Counts{TP: 1, FN: 4},
			entByType: map[kg.EntityType]Counts{kg.Cluster: {TP: 1, FN: 1}},
		},
		{
			name: "wrong type is both a false positive and a false negative",
			g: graph(append([]ent{{"c1", "Organization", "Зелена синергия", nil}}, perfectEnts()[1:]...),
				perfectRels()),
			ent:       Counts{TP: 6, FP: 1, FN: 1},
			relS:      Counts{TP: 3, FP: 2, FN: 2},
			relL:      Counts{TP: 3, FP: 2, FN: 2},
			entByType: map[kg.EntityType]Counts{kg.Cluster: {TP: 1, FN: 1}, kg.Organization: {FP: 1}},
		},
		{
			name: "under-merged: two entities for one leave a false positive",
			g: graph(append(perfectEnts(), ent{"a2", "Association", "АБК", nil}),
				append(perfectRels(), rel{"MEMBER_OF", "c1", "a2", nil})),
			ent:  Counts{TP: 7, FP: 1},
			relS: Counts{TP: 5, FP: 1},
			relL: Counts{TP: 5, FP: 1},
		},
		{
			name: "wrong role counts only in the strict score",
			g: graph(perfectEnts(), append(perfectRels()[1:],
				rel{"PARTNER_IN", "c1", "p1", map[string]any{"role": "coordinator"}})),
			ent:  Counts{TP: 7},
			relS: Counts{TP: 4, FP: 1, FN: 1},
			relL: Counts{TP: 5},
		},
		{
			name: "missing title property fails strict",
			g: graph(perfectEnts(), append(perfectRels()[:4],
				rel{"HOLDS_ROLE", "s1", "a1", nil})),
			ent:  Counts{TP: 7},
			relS: Counts{TP: 4, FP: 1, FN: 1},
			relL: Counts{TP: 5},
		},
		{
			name: "reversed relation direction does not match",
			g: graph(perfectEnts(), append(perfectRels()[:3],
				rel{"HELD_IN", "l1", "e1", nil}, perfectRels()[4])),
			ent:  Counts{TP: 7},
			relS: Counts{TP: 4, FP: 1, FN: 1},
			relL: Counts{TP: 4, FP: 1, FN: 1},
		},
		{
			name: "lenient event name matches, unrelated event does not",
			g: graph(append(perfectEnts()[:4], ent{"e1", "Event", "общото събрание на АБК в Пловдив", nil},
				ent{"e2", "Event", "национална клъстерна конференция", nil}, perfectEnts()[5], perfectEnts()[6]), nil),
			ent:       Counts{TP: 7, FP: 1},
			relS:      Counts{FN: 5},
			relL:      Counts{FN: 5},
			entByType: map[kg.EntityType]Counts{kg.Event: {TP: 1, FP: 1}},
		},
		{
			name: "lenient matching is for events only",
			g:    graph([]ent{{"x", "Cluster", "Зелена синергия България", nil}}, nil),
			ent:  Counts{FP: 1, FN: 7}, relS: Counts{FN: 5}, relL: Counts{FN: 5},
		},
		{
			name: "facts of another document are not counted here",
			g: func() *kg.Graph {
				g := graph(perfectEnts(), perfectRels())
				g.Documents = append(g.Documents, kg.Document{ID: "d2", Path: "other.txt"})
				for i := range g.Entities {
					g.Entities[i].Mentions[0].Document = "d2"
				}
				for i := range g.Relations {
					g.Relations[i].Evidence[0].Document = "d2"
				}
				return g
			}(),
			ent: Counts{FN: 7}, relS: Counts{FN: 5}, relL: Counts{FN: 5},
		},
		{
			name: "relations with unknown endpoint ids are false positives",
			g:    graph(perfectEnts(), append(perfectRels(), rel{"MEMBER_OF", "nope", "a1", nil})),
			ent:  Counts{TP: 7}, relS: Counts{TP: 5, FP: 1}, relL: Counts{TP: 5, FP: 1},
		},
		{
			name: "a duplicated relation is matched once",
			g:    graph(perfectEnts(), append(perfectRels(), perfectRels()[1])),
			ent:  Counts{TP: 7}, relS: Counts{TP: 5, FP: 1}, relL: Counts{TP: 5, FP: 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(testGold(), tc.g)
			if r.EntityTotal != tc.ent {
				t.Errorf("entities = %+v, want %+v\n%s", r.EntityTotal, tc.ent, r.Errors())
			}
			if r.RelationTotal != tc.relS {
				t.Errorf("relations strict = %+v, want %+v\n%s", r.RelationTotal, tc.relS, r.Errors())
			}
			if r.RelationLenientTotal != tc.relL {
				t.Errorf("relations lenient = %+v, want %+v", r.RelationLenientTotal, tc.relL)
			}
			for typ, want := range tc.entByType {
				if got := r.Entities[typ]; got != want {
					t.Errorf("entities[%s] = %+v, want %+v", typ, got, want)
				}
			}
			if s := r.String(); !strings.Contains(s, "TOTAL") {
				t.Errorf("String() lacks totals:\n%s", s)
			}
			// A held-out set's summary names no type and no document.
			tot := r.Totals()
			want := fmt.Sprintf("%5d %5d %5d", r.RelationTotal.TP, r.RelationTotal.FP, r.RelationTotal.FN)
			if !strings.Contains(tot, want) {
				t.Errorf("Totals() lacks the relation counts %q:\n%s", want, tot)
			}
			for _, d := range r.Documents {
				if strings.Contains(tot, d.Document) {
					t.Errorf("Totals() names document %s:\n%s", d.Document, tot)
				}
			}
			for typ := range r.Entities {
				if strings.Contains(tot, string(typ)) {
					t.Errorf("Totals() names type %s:\n%s", typ, tot)
				}
			}
		})
	}
}

func TestCountsMetrics(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 0, 0, 0},
		{Counts{TP: 3, FP: 1, FN: 2}, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35},
		{Counts{TP: 4}, 1, 1, 1},
		{Counts{FP: 2}, 0, 0, 0},
	}
	for _, tc := range tests {
		if math.Abs(tc.c.Precision()-tc.p) > 1e-9 || math.Abs(tc.c.Recall()-tc.r) > 1e-9 || math.Abs(tc.c.F1()-tc.f) > 1e-9 {
			t.Errorf("%+v: P/R/F1 = %v %v %v, want %v %v %v", tc.c, tc.c.Precision(), tc.c.Recall(), tc.c.F1(), tc.p, tc.r, tc.f)
		}
	}
}

func TestErrorsListsFacts(t *testing.T) {
	g := graph(append(perfectEnts()[1:], ent{"x", "Cluster", "Измислен клъстер", nil}),
		append(perfectRels()[2:4], rel{"PARTNER_IN", "x", "p1", map[string]any{"role": "lead"}}))
	out := Score(testGold(), g).Errors()
	for _, want := range []string{"== doc1.txt", "FN entity   Cluster         Зелена синергия", "FP entity   Cluster         Измислен клъстер",
		"FN relation PARTNER_IN", "FP relation PARTNER_IN      Cluster:Измислен клъстер -> Project:проект TRACE‑KEI {role=lead}"} {
		if !strings.Contains(out, want) {
			t.Errorf("Errors() lacks %q:\n%s", want, out)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Клъстер „Зелена синергия“", "зелена синергия"},
		{"Сдружение «Клъстер на здравните региони»", "клъстер на здравните региони"},
		{`проект "TRACE-KEI"`, "TRACE – KEI"},
		{"Оперативна програма „Иновации и конкурентоспособност“ 2014 – 2020", "оперативна програма иновации и конкурентоспособност 2014-2020"},
		{"DARE.", "dare"},
		{"Светлин\u00a0 Рангелов", "светлин рангелов"},
	}
	for _, tc := range tests {
		if NormalizeName(tc.a) != NormalizeName(tc.b) {
			t.Errorf("NormalizeName(%q) = %q, NormalizeName(%q) = %q; want equal", tc.a, NormalizeName(tc.a), tc.b, NormalizeName(tc.b))
		}
	}
	if NormalizeName("Клъстер") != "клъстер" {
		t.Errorf("a lone head noun must stay: %q", NormalizeName("Клъстер"))
	}
	if NormalizeName("Клъстер Зелена синергия") == NormalizeName("Клъстер Зелена енергия") {
		t.Error("different names compare equal")
	}
}

func TestWordOverlap(t *testing.T) {
	tests := []struct {
		a, b  string
		match bool
	}{
		{"общо събрание на АБК", "редовното общо събрание на АБК", true},
		{"общо събрание на АБК", "общо събрание на Асоциацията на бизнес клъстерите", false},
		{"Национална клъстерна конференция", "национална клъстерна конференция 2019", true},
		{"среща в Брюксел", "Национална клъстерна конференция", false},
		{"", "нещо", false},
	}
	for _, tc := range tests {
		if got := wordOverlap(tc.a, tc.b) >= EventThreshold; got != tc.match {
			t.Errorf("wordOverlap(%q, %q) = %.2f, match %v, want %v", tc.a, tc.b, wordOverlap(tc.a, tc.b), got, tc.match)
		}
	}
}

func TestScoreAttribution(t *testing.T) {
	// Two documents; entities mentioned in doc1, relations without
	// evidence (attributed through their endpoints) and one entity without
	// mentions, which belongs to no document when there are two.
	g := graph(perfectEnts(), perfectRels())
	g.Documents = append(g.Documents, kg.Document{ID: "d2", Path: "doc2.txt"})
	for i := range g.Relations {
		g.Relations[i].Evidence = nil
	}
	g.Entities = append(g.Entities, kg.Entity{ID: "orphan", Type: kg.Place, Name: "Русе"})
	r := Score(testGold(), g)
	if r.EntityTotal != (Counts{TP: 7}) || r.RelationTotal != (Counts{TP: 5}) {
		t.Errorf("entities %+v relations %+v\n%s", r.EntityTotal, r.RelationTotal, r.Errors())
	}
	if r.Unattributed != 1 {
		t.Errorf("unattributed = %d, want 1", r.Unattributed)
	}
}

func TestScoreOddInput(t *testing.T) {
	// None of these may panic; they only fail to match.
	g := &kg.Graph{
		Documents: []kg.Document{{ID: ""}, {ID: "d1", Path: `C:\x\doc1.txt`}},
		Entities: []kg.Entity{
			{ID: "a", Type: "Cluster", Name: "", Aliases: []string{"", "  "}, Mentions: []kg.Span{{Document: "d1"}}},
			{ID: "a", Type: "Nonsense", Name: "Зелена синергия", Mentions: []kg.Span{{Document: "d1"}, {Document: "unknown"}}},
			{ID: "b", Type: "Event", Name: "„“ – —", Mentions: []kg.Span{{Document: "d1"}}},
		},
		Relations: []kg.Relation{
			{Type: "PARTNER_IN", From: "a", To: "missing", Properties: map[string]any{"role": 3}, Evidence: []kg.Span{{Document: "d1"}}},
			{Type: "BOGUS", From: "", To: "", Evidence: []kg.Span{{Document: "d1"}}},
		},
	}
	gold := append(testGold(), Gold{Document: "empty.txt"})
	r := Score(gold, g)
	if r.EntityTotal.TP != 0 || r.RelationTotal.TP != 0 {
		t.Errorf("odd input matched: %+v %+v\n%s", r.EntityTotal, r.RelationTotal, r.Errors())
	}
	if r.EntityTotal.FP != 3 || r.RelationTotal.FP != 2 {
		t.Errorf("odd predictions not all false positives: %+v %+v", r.EntityTotal, r.RelationTotal)
	}
	_ = r.String()
	_ = r.Errors()
}

// TestLostToEntities checks which missed relations are put down to a
// missing end entity rather than to relation reading.
func TestLostToEntities(t *testing.T) {
	tests := []struct {
		name string
		g    *kg.Graph
		lost int
	}{
		{"everything found", graph(perfectEnts(), perfectRels()), 0},
		{"nothing found: every missed relation lacks its ends", &kg.Graph{}, 5},
		{"every entity but no relation: all missed by reading", graph(perfectEnts(), nil), 0},
		{"a cluster typed wrong takes its two relations with it",
			graph(append([]ent{{"c1", "Organization", "Зелена синергия", nil}}, perfectEnts()[1:]...), nil), 2},
		{"a relation found leniently is not lost",
			graph(append([]ent{{"c1", "Organization", "Зелена синергия", nil}}, perfectEnts()[1:]...),
				[]rel{{"HOLDS_ROLE", "s1", "a1", map[string]any{"title": "председател"}}}), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Score(testGold(), tt.g)
			if rep.LostToEntities != tt.lost {
				t.Errorf("LostToEntities = %d, want %d", rep.LostToEntities, tt.lost)
			}
			if rep.LostToEntities > rep.RelationLenientTotal.FN {
				t.Errorf("lost %d exceeds the missed relations %d", rep.LostToEntities, rep.RelationLenientTotal.FN)
			}
			if !strings.Contains(rep.Totals(), fmt.Sprintf("end entity: %d of %d", tt.lost, rep.RelationLenientTotal.FN)) {
				t.Errorf("Totals() does not report it:\n%s", rep.Totals())
			}
		})
	}
}
