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

// TestEventNameInsideDescription checks that a capitalised name with its
// year inside an event's description names the event ("световното
// изложение за X Y 2025"), in Latin or Cyrillic, and that the body an
// assembly is of stays a body; invented names.
func TestEventNameInsideDescription(t *testing.T) {
	cases := []struct {
		text, event, org string
	}{
		{"Клъстер „Вълна“ участва в световното изложение за морски технологии Ocean Tech Forum 2025, което се проведе от 3 до 6 март в Генуа.",
			"Ocean Tech Forum 2025", "Вълна"},
		{"Клъстер „Вълна“ ще участва в международното изложение за машини Металекс Експо 2026, което ще се проведе от 3 до 6 април в Пловдив.",
			"Металекс Експо 2026", "Вълна"},
		{"Клъстер „Вълна“ участва миналата седмица в изложението за храни и напитки Gusto Sud 2025 в Неапол.",
			"Gusto Sud 2025", "Вълна"},
	}
	for _, c := range cases {
		// a title of five words and a dateline, so the sentence is the body's
		_, g := extractTexts(t, "2026-05-01", "Клъстерът представи свои членове на изложение\nПловдив, 1 май 2026 г.\n"+c.text)
		if findEnt(g, kg.Event, c.event) == nil {
			t.Errorf("%q: no event %q in %v", c.text, c.event, names(g))
			continue
		}
		if !hasRel(g, rel{kg.ParticipatedIn, c.org, c.event, ""}) {
			t.Errorf("%q: %s did not take part in %s:\n%s", c.text, c.org, c.event, dump(g))
		}
	}
	checkEnts(t, "На 3 май 2025 г. се проведе общо събрание на ДКТ в Русе.", nil, []ent{{kg.Event, "ДКТ"}})
}

// TestSubtitledProject checks that a project written as a short name and a
// subtitle ("X – <description>", "X: <description>") is named by the
// short name, and that its event by description stays short enough to be
// its event; invented names.
func TestSubtitledProject(t *testing.T) {
	cases := []struct {
		text, name string
	}{
		{"Клъстер „Бор“ е партньор в проекта „SilvaNet – устойчиво управление на горите в Родопите“.", "SilvaNet"},
		{"Клъстер „Бор“ е партньор по проекта „SilvaNet: устойчиво управление на горите“.", "SilvaNet"},
		{"The Pine cluster is a partner in the project „Silva Net – sustainable forest management in the Rhodopes“.", "Silva Net"},
		{"Клъстер „Бор“ е партньор в проекта „ГораПлюс – нови умения за горските стопанства“.", "ГораПлюс"},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		if findEnt(g, kg.Project, c.name) == nil {
			t.Errorf("%q: no project %q in %v", c.text, c.name, names(g))
		}
	}
	// a programme of two places joined by a dash keeps its name
	checkEnts(t, "Проектът „Дунав – Добруджа“ се финансира от програмата.", []ent{{kg.Project, "Дунав – Добруджа"}}, nil)
	// the headline's short name and the body's subtitled one are one project
	_, g := extractTexts(t, "2026-05-01", "Заключителна среща по проекта „SilvaNet“ в Смолян\nСмолян, 14 май 2025 г.\n"+
		"Клъстер „Бор“ беше домакин вчера на заключителната среща по проекта „SilvaNet – устойчиво управление на горите в Родопите“.")
	n := 0
	for _, e := range g.Entities {
		if e.Type == kg.Project {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one project, got %v", names(g))
	}
}

// TestBodyWithTownAfterComplement checks that a town written right after a
// body's complement closes its name and is its seat, that a chamber "за
// търговия" is an organisation, and that an articled body with a dash and
// its town opens a sentence as a name; invented names.
func TestBodyWithTownAfterComplement(t *testing.T) {
	cases := []struct {
		text, name, town string
	}{
		{"Водещ партньор по проекта е Камарата за търговия и индустрия Калафат, а клъстерът е партньор.",
			"Камара за търговия и индустрия Калафат", "Калафат"},
		{"Сред гостите беше и Асоциацията на млекопреработвателите Пазарджик.",
			"Асоциация на млекопреработвателите Пазарджик", "Пазарджик"},
		{"Търговско-промишлената палата – Видин, партньор в мрежата, кани фирмите на среща.",
			"Търговско-промишлена палата – Видин", "Видин"},
		{"Занаятчийската камара – Ловеч и клъстерът подписаха споразумение.",
			"Занаятчийска камара – Ловеч", "Ловеч"},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", "Бизнесът от региона се срещна с партньори\nВидин, 1 май 2026 г.\n"+c.text)
		var e *kg.Entity
		for _, typ := range []kg.EntityType{kg.Organization, kg.Association} {
			if e = findEnt(g, typ, c.name); e != nil {
				break
			}
		}
		if e == nil {
			t.Errorf("%q: no body %q in %v", c.text, c.name, names(g))
			continue
		}
		if !hasRel(g, rel{kg.BasedIn, c.name, c.town, ""}) {
			t.Errorf("%q: %q not based in %q:\n%s", c.text, c.name, c.town, dump(g))
		}
	}
	checkEnts(t, "Водещ партньор е Камарата за търговия и индустрия Калафат.",
		[]ent{{kg.Organization, "Камара за търговия и индустрия Калафат"}}, []ent{{kg.Association, "Камара за търговия и индустрия Калафат"}})
}

// TestVenueWithTown checks that a centre for fairs or congresses named
// with its town is one venue, part of the town: written as one word
// ("Експоцентър Бургас") or with two adjectives joined by "и"
// ("Фестивалния и конгресен център – Бургас"); invented texts.
func TestVenueWithTown(t *testing.T) {
	cases := []struct {
		text, venue, town string
	}{
		{"Форумът ще се проведе на 3 април в Експоцентър Ямбол.", "Експоцентър Ямбол", "Ямбол"},
		{"Срещата се състоя вчера в Конгресцентър Ловеч.", "Конгресцентър Ловеч", "Ловеч"},
		{"Клъстерът кани фирмите на 20 март във Фестивалния и конгресен център – Бургас на информационен ден.",
			"Фестивален и конгресен център – Бургас", "Бургас"},
		{"Изложението беше открито на 5 май в Търговския и изложбен център – Русе.",
			"Търговски и изложбен център – Русе", "Русе"},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", "Клъстерът кани фирмите на среща в региона\nБургас, 1 март 2025 г.\n"+c.text)
		if findEnt(g, kg.Place, c.venue) == nil {
			t.Errorf("%q: no venue %q in %v", c.text, c.venue, names(g))
			continue
		}
		if !hasRel(g, rel{kg.PartOf, c.venue, c.town, ""}) {
			t.Errorf("%q: %q not part of %q:\n%s", c.text, c.venue, c.town, dump(g))
		}
	}
}
