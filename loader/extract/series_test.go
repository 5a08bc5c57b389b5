package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestPluralSeries checks that a series the text announces in the plural
// and lists by town is one event per town (the settled convention), named
// with its town, held there, on its own day and organised by whoever
// organises the series; and that other plural event nouns with places are
// left alone. The bodies and series are invented.
func TestPluralSeries(t *testing.T) {
	const head = "Нова процедура за клъстерите в страната\n\nСофия, 2 март 2026 г.\n\n"
	type ev struct{ name, town, start string }
	tests := []struct {
		name string
		text string
		org  string
		want []ev
		not  []string
	}{
		{"days before the towns",
			head + "Агенцията за регионално развитие организира информационни дни на 10 март в Монтана и на 12 март във Видин. Поканени са всички фирми.",
			"Агенция за регионално развитие",
			[]ev{{"информационен ден в Монтана", "Монтана", "2026-03-10"}, {"информационен ден във Видин", "Видин", "2026-03-12"}}, nil},
		{"days after the towns",
			head + "Агенцията за регионално развитие ще проведе обучителни семинари в Монтана на 10 март и във Видин на 12 март.",
			"Агенция за регионално развитие",
			[]ev{{"обучителен семинар в Монтана", "Монтана", "2026-03-10"}, {"обучителен семинар във Видин", "Видин", "2026-03-12"}}, nil},
		{"a list of towns without days",
			head + "Агенцията за регионално развитие организира регионални срещи в Монтана, Видин и Враца.",
			"Агенция за регионално развитие",
			[]ev{{"регионална среща в Монтана", "Монтана", ""}, {"регионална среща във Видин", "Видин", ""}, {"регионална среща във Враца", "Враца", ""}}, nil},
		{"the towns in the next sentence",
			head + "Агенцията за регионално развитие организира информационни дни. Събитията ще се проведат на 10 март в Монтана и на 12 март във Видин.",
			"Агенция за регионално развитие",
			[]ev{{"информационен ден в Монтана", "Монтана", "2026-03-10"}, {"информационен ден във Видин", "Видин", "2026-03-12"}}, nil},
		{"English",
			"New call for clusters in the Danube region\n\nRuse, 2 March 2026\n\nThe Danube Cluster Network will hold regional workshops on 10 March in Ruse and on 12 March in Vidin.",
			"Danube Cluster Network",
			[]ev{{"regional workshop in Ruse", "Русе", "2026-03-10"}, {"regional workshop in Vidin", "Видин", "2026-03-12"}}, nil},
		{"a series with a name of its own is no list of events",
			head + "Фирмите участваха в бизнес срещи Danube Match 2026, които се проведоха на 1 март в Болоня, Италия.",
			"", nil, []string{"среща в Болоня", "среща в Италия"}},
		{"one town is no series",
			head + "Агенцията за регионално развитие организира информационни дни на 10 и 11 март в Монтана.",
			"", nil, []string{"информационен ден в Монтана"}},
		{"places without an organised series",
			head + "Фирмите от клъстера имат срещи с клиенти в Монтана и Видин всяка седмица.",
			"", nil, []string{"среща в Монтана", "среща във Видин"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-03-02", tc.text)
			for _, w := range tc.want {
				e := findEnt(g, kg.Event, w.name)
				if e == nil {
					t.Errorf("no event %q\n%s", w.name, dump(g))
					continue
				}
				if w.start != "" && e.Properties["start"] != w.start {
					t.Errorf("%q starts %v, want %s", w.name, e.Properties["start"], w.start)
				}
				if !hasRel(g, rel{kg.HeldIn, w.name, w.town, ""}) {
					t.Errorf("%q not held in %s\n%s", w.name, w.town, dump(g))
				}
				if !hasRel(g, rel{kg.Organized, tc.org, w.name, "organizer"}) {
					t.Errorf("%q not organised by %s\n%s", w.name, tc.org, dump(g))
				}
			}
			for _, n := range tc.not {
				if findEnt(g, kg.Event, n) != nil {
					t.Errorf("unexpected event %q\n%s", n, dump(g))
				}
			}
		})
	}
}

// TestProjectLists checks that a funding line after a list of projects
// funds each of them, not only the one it stands next to. The names are
// invented.
func TestProjectLists(t *testing.T) {
	for _, body := range []string{
		"Сдружение „Делта Дунав“ изпълнява проектите „Речни мостове“ и „Дунавски пътеки“, финансирани по програма „Интеррег“.",
		"Сдружение „Делта Дунав“ е партньор в проектите „Речни мостове“ и „Дунавски пътеки“ по програма „Интеррег“.",
	} {
		t.Run(body[:40], func(t *testing.T) {
			_, g := extractTexts(t, "2026-03-02", "Нови проекти за региона край Дунав и в Русе\n\nРусе, 2 март 2026 г.\n\n"+body)
			checkRels(t, g, []rel{{kg.FundedBy, "Речни мостове", "INTERREG", ""}, {kg.FundedBy, "Дунавски пътеки", "INTERREG", ""}}, nil)
		})
	}
}
