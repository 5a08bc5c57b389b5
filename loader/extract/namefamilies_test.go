package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestClusterNamedAroundHead checks that a cluster whose name holds its head
// between capitalised nouns and a place ("X клъстер Y", "X Клъстер Y") is
// that whole name, seated in the place, and not a cluster named by the
// place alone; with invented names in several frames (partner lists, a
// role's body, members, sentence start).
func TestClusterNamedAroundHead(t *testing.T) {
	cases := []struct {
		text        string
		name, place string
		rel         *rel
	}{
		{"Проектът GRAVITEK стартира. Партньори са още Лавандула клъстер Румъния и Хартия АД.",
			"Лавандула клъстер Румъния", "Румъния",
			&rel{kg.PartnerIn, "Лавандула клъстер Румъния", "GRAVITEK", "partner"}},
		{"Проектът GRAVITEK стартира. Партньор в проекта е и Керамика Клъстер Видин.",
			"Керамика Клъстер Видин", "Видин",
			&rel{kg.PartnerIn, "Керамика Клъстер Видин", "GRAVITEK", "partner"}},
		{"Председателят на Агро Клъстер Сливен Цветелина Дамянова откри срещата.",
			"Агро Клъстер Сливен", "Сливен",
			&rel{kg.HoldsRole, "Цветелина Дамянова", "Агро Клъстер Сливен", "председател"}},
		{"Членове на Текстил клъстер Гърция са фирмите Омега ООД и Сигма ЕООД.",
			"Текстил клъстер Гърция", "Гърция",
			&rel{kg.MemberOf, "Омега ООД", "Текстил клъстер Гърция", ""}},
		{"Пакетаж Бокс клъстер България ще ръководи работния пакет за обучения.",
			"Пакетаж Бокс клъстер България", "България", nil},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		if findEnt(g, kg.Cluster, c.name) == nil {
			t.Errorf("%q: no cluster %q in %v", c.text, c.name, names(g))
			continue
		}
		if findEnt(g, kg.Cluster, c.place) != nil {
			t.Errorf("%q: the place %q read as a cluster", c.text, c.place)
		}
		if !hasRel(g, rel{kg.BasedIn, c.name, c.place, ""}) {
			t.Errorf("%q: %q not based in %q:\n%s", c.text, c.name, c.place, dump(g))
		}
		if c.rel != nil && !hasRel(g, *c.rel) {
			t.Errorf("%q: no %v:\n%s", c.text, *c.rel, dump(g))
		}
	}
	// a place before the head, a word the text writes in lower case, or no
	// place after the head: the nouns stay apart
	checkEnts(t, "Днес Клъстер Ловеч обяви конкурс. Днес е важен ден, а днес всичко е готово.", nil,
		[]ent{{kg.Cluster, "Днес Клъстер Ловеч"}})
	checkEnts(t, "Пловдив Клъстер Русе подписа договор.", nil,
		[]ent{{kg.Cluster, "Пловдив Клъстер Русе"}})
}

// TestForeignNameParticles checks that a foreign name goes on past the
// lower-case particles of its language and that a foreign head joined by a
// hyphen types it, with invented names.
func TestForeignNameParticles(t *testing.T) {
	cases := []struct {
		text string
		want ent
		rel  *rel
	}{
		{"Проектът LUMIRA стартира. Координатор на проекта е Brandtner-Institut für Glastechnik от Кобленц, Германия.",
			ent{kg.Organization, "Brandtner-Institut für Glastechnik"},
			&rel{kg.PartnerIn, "Brandtner-Institut für Glastechnik", "LUMIRA", "coordinator"}},
		{"Проектът LUMIRA стартира. Партньор в проекта е Università degli Studi di Trentola.",
			ent{kg.Organization, "Università degli Studi di Trentola"},
			&rel{kg.PartnerIn, "Università degli Studi di Trentola", "LUMIRA", "partner"}},
		{"The LUMIRA project started. Its partners are Instituut voor Glaskunde and Hochschule zur Förderung der Keramik.",
			ent{kg.Organization, "Instituut voor Glaskunde"}, nil},
		{"The LUMIRA project started. Its partners are Instituut voor Glaskunde and Hochschule zur Förderung der Keramik.",
			ent{kg.Organization, "Hochschule zur Förderung der Keramik"}, nil},
		{"Проектът LUMIRA стартира. Партньор е и Centro delle Ricerche del Vetro.",
			ent{kg.Organization, "Centro delle Ricerche del Vetro"}, nil},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		if findEnt(g, c.want.typ, c.want.name) == nil {
			t.Errorf("%q: no %s %q in %v", c.text, c.want.typ, c.want.name, names(g))
			continue
		}
		if c.rel != nil && !hasRel(g, *c.rel) {
			t.Errorf("%q: no %v:\n%s", c.text, *c.rel, dump(g))
		}
	}
}

// TestLatinNameEdges checks the edges of Latin names: a lower-case head
// after a body's name of two or more capitalised words describes it, a
// short capital code closing a hotel's name is part of it, a French "pôle"
// is a cluster, and an unknown given name with surname particles in a
// person's slot is a person; invented names.
func TestLatinNameEdges(t *testing.T) {
	cases := []struct {
		text string
		want ent
		not  *ent
		rel  *rel
	}{
		{"The LUMIRA project is coordinated by Veldhoven Growth agency.",
			ent{kg.Organization, "Veldhoven Growth"}, &ent{kg.Organization, "Veldhoven Growth agency"},
			&rel{kg.PartnerIn, "Veldhoven Growth", "LUMIRA", "coordinator"}},
		{"The LUMIRA project is led by Kessel Valley Innovation association.",
			ent{kg.Association, "Kessel Valley Innovation"}, nil, nil},
		{"The LUMIRA partners met on 3 May at the Norvik Hotel EU in Brussels.",
			ent{kg.Place, "Norvik Hotel EU"}, &ent{kg.Place, "Norvik Hotel"}, nil},
		{"Members include Pôle Textile Lorrain and Pôle Bois Alsace.",
			ent{kg.Cluster, "Pôle Textile Lorrain"}, &ent{kg.Organization, "Pôle Textile Lorrain"}, nil},
		{"Femke van der Velde, head of projects at Veldhoven Growth agency, presented the plan.",
			ent{kg.Person, "Femke van der Velde"}, nil,
			&rel{kg.HoldsRole, "Femke van der Velde", "Veldhoven Growth", "head of projects"}},
		{"The plan was presented by Ilse de Wit and by Joris Verbeek.",
			ent{kg.Person, "Ilse de Wit"}, nil, nil},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		if findEnt(g, c.want.typ, c.want.name) == nil {
			t.Errorf("%q: no %s %q in %v", c.text, c.want.typ, c.want.name, names(g))
			continue
		}
		if c.not != nil && findEnt(g, c.not.typ, c.not.name) != nil {
			t.Errorf("%q: unexpected %s %q", c.text, c.not.typ, c.not.name)
		}
		if c.rel != nil && !hasRel(g, *c.rel) {
			t.Errorf("%q: no %v:\n%s", c.text, *c.rel, dump(g))
		}
	}
	// a body's name with a particle is no person
	checkEnts(t, "Centro de Innovación Marina, a research centre in Vigo, joined.", nil,
		[]ent{{kg.Person, "Centro de Innovación"}})
}
