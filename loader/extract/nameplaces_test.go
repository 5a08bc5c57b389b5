package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestNameSeats: a town or country closing a name is its seat; adjectives,
// regions, non-places, governments of a territory and venues named by a
// town are not.
func TestNameSeats(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []rel
		not    []rel
		places []string // Place entities the text must have
	}{
		{"town after a dash",
			"Договор подписаха Клъстер „Зелени стъпки“ и Технически университет – Калофер.",
			[]rel{{kg.BasedIn, "Технически университет – Калофер", "Калофер", ""}}, nil, []string{"Калофер"}},
		{"town closing a cluster's quoted name",
			"В срещата участва Клъстер „Камък и дърво – Трявна“ с шест членове.",
			[]rel{{kg.BasedIn, "Камък и дърво – Трявна", "Трявна", ""}}, nil, []string{"Трявна"}},
		{"English: town as the last word",
			"The meeting was attended by the Robotics Cluster Ruse and two universities.",
			[]rel{{kg.BasedIn, "Robotics Cluster Ruse", "Русе", ""}}, nil, []string{"Русе"}},
		{"English: university of a town",
			"Researchers of the Technical University of Tartu presented the results.",
			[]rel{{kg.BasedIn, "Technical University of Tartu", "Тарту", ""}}, nil, nil},
		{"school in a town",
			"Домакин на семинара беше Университетът в Сегед.",
			[]rel{{kg.BasedIn, "Университет в Сегед", "Сегед", ""}}, nil, []string{"Сегед"}},
		{"country closing a cluster's name",
			"Клъстер Керамика България обяви нов конкурс за млади дизайнери.",
			[]rel{{kg.BasedIn, "Керамика България", "България", ""}}, nil, nil},
		{"a venue named with its town is part of it",
			"Изложението ще се проведе в Интер Експо Център – София през март.",
			[]rel{{kg.PartOf, "Интер Експо Център", "София", ""}}, nil, nil},
		{"an adjective names no town",
			"Русенски университет и Пловдивски университет подписаха споразумение.",
			nil, []rel{{kg.BasedIn, "Русенски университет", "Русе", ""}, {kg.BasedIn, "Пловдивски университет", "Пловдив", ""}}, nil},
		{"a company whose name holds a place-like word",
			"Туроператорът „Дунав Турс“ ЕООД и фирмата „Петров – Зърно“ ЕООД се включиха в проекта.",
			nil, []rel{{kg.BasedIn, "Дунав Турс ЕООД", "Дунав", ""}}, nil},
		{"a region is no seat",
			"Хранителен клъстер Добруджа представи продуктите си.",
			nil, []rel{{kg.BasedIn, "Хранителен клъстер Добруджа", "Добруджа", ""}}, nil},
		{"a municipality is named for its territory",
			"Община Калофер и Областна администрация – Пловдив подкрепиха инициативата.",
			nil, []rel{{kg.BasedIn, "Община Калофер", "Калофер", ""}, {kg.BasedIn, "Областна администрация – Пловдив", "Пловдив", ""}}, nil},
		{"two towns joined by a dash",
			"Местна инициативна група „Несебър – Поморие“ обяви прием на проекти.",
			nil, []rel{{kg.BasedIn, "Несебър – Поморие", "Поморие", ""}}, nil},
		{"a hotel named by a town",
			"Срещата се проведе в хотел „Рига“ в Русе.",
			nil, []rel{{kg.PartOf, "Рига", "Рига", ""}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-05-01", tc.text)
			checkRels(t, g, tc.want, tc.not)
			for _, p := range tc.places {
				found := false
				for _, e := range g.Entities {
					found = found || e.Type == kg.Place && e.Name == p && len(e.Mentions) > 0
				}
				if !found {
					t.Errorf("no Place %q with a mention\n%s", p, dump(g))
				}
			}
		})
	}
}
