package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// endBodyCase is one invented sentence frame with the body it must name
// and the relations that body must carry.
type endBodyCase struct {
	text string
	want ent
	rels []rel
	not  []ent
}

func runEndBodies(t *testing.T, cases []endBodyCase) {
	t.Helper()
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		if findEnt(g, c.want.typ, c.want.name) == nil {
			t.Errorf("%q: no %s %q in %v", c.text, c.want.typ, c.want.name, names(g))
			continue
		}
		for _, r := range c.rels {
			if !hasRel(g, r) {
				t.Errorf("%q: no %s %q -> %q (%s):\n%s", c.text, r.typ, r.from, r.to, r.prop, dump(g))
			}
		}
		for _, e := range c.not {
			if findEnt(g, e.typ, e.name) != nil {
				t.Errorf("%q: unexpected %s %q", c.text, e.typ, e.name)
			}
		}
	}
}

// TestDescribedBodyWithTown checks that a body named by a description
// and written with its town after a dash keeps the town in its name and
// is seated there, whatever the case of its head, its article, or the
// frame it stands in (role, award, partner list); invented names.
func TestDescribedBodyWithTown(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Специална награда получи Керамичният клъстер – Тетевен за участието си в три проекта.",
			ent{kg.Cluster, "Керамичен клъстер – Тетевен"},
			[]rel{{kg.BasedIn, "Керамичен клъстер – Тетевен", "Тетевен", ""}},
			[]ent{{kg.Cluster, "Керамичен клъстер"}}},
		{"Председателят на Керамичен клъстер – Тетевен Иво Кънев откри срещата.",
			ent{kg.Cluster, "Керамичен клъстер – Тетевен"},
			[]rel{{kg.BasedIn, "Керамичен клъстер – Тетевен", "Тетевен", ""},
				{kg.HoldsRole, "Иво Кънев", "Керамичен клъстер – Тетевен", "председател"}}, nil},
		{"Журито беше председателствано от проф. Мария Колева, ректор на Висшето училище по дизайн и иновации – Ловеч.",
			ent{kg.Organization, "Висше училище по дизайн и иновации – Ловеч"},
			[]rel{{kg.BasedIn, "Висше училище по дизайн и иновации – Ловеч", "Ловеч", ""},
				{kg.HoldsRole, "Мария Колева", "Висше училище по дизайн и иновации – Ловеч", "ректор"}}, nil},
		{"Проектът ORVELA стартира. Партньор е Висше училище по застраховане и одит – Шумен.",
			ent{kg.Organization, "Висше училище по застраховане и одит – Шумен"},
			[]rel{{kg.BasedIn, "Висше училище по застраховане и одит – Шумен", "Шумен", ""}}, nil},
		{"Проектът ORVELA стартира. Водещ партньор беше Сдружение „Агроиновационен център – Тутракан“.",
			ent{kg.Organization, "Агроиновационен център – Тутракан"},
			[]rel{{kg.BasedIn, "Агроиновационен център – Тутракан", "Тутракан", ""}},
			[]ent{{kg.Association, "Агроиновационен център – Тутракан"}}},
		{"Проектът ORVELA стартира. Партньор е Сдружение „Бизнес иновационен център“.",
			ent{kg.Organization, "Бизнес иновационен център"}, nil, nil},
	})
	// a country after a lower-case cluster head is no part of its name
	checkEnts(t, "Керамичният клъстер – България обединява 30 фирми.", nil,
		[]ent{{kg.Cluster, "Керамичен клъстер – България"}})
	// an association named without a head of its own stays one
	checkEnts(t, "Водещ партньор е Сдружение „Родопски занаяти“.",
		[]ent{{kg.Association, "Родопски занаяти"}}, nil)
}
