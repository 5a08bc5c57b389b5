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
