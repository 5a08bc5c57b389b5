package extract

import (
	"slices"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventNaming checks the settled naming of events: the shortest
// description that identifies one, in dictionary form, without what it was
// about (the topic of "на тема" in quotedNames). The names are invented.
func TestEventNaming(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		event   string
		aliases []string // written forms kept as aliases
		not     []string // no event of these names
	}{
		{"a quoted topic after 'на тема' is what a webinar was about, not its name",
			"Клъстерът обучи фирмите онлайн\n\nСливен, 21 ноември 2024 г.\n\n" +
				"Във вторник Клъстер „Вълна и прежда“ проведе онлайн уебинар на тема „Рециклирана вълна: какво предстои до 2028 г.“. В уебинара участваха 40 фирми.",
			"уебинар", []string{"Рециклирана вълна: какво предстои до 2028 г"}, []string{"Рециклирана вълна: какво предстои до 2028 г"}},
		{"future tense, an articled head before the topic",
			"Асоциацията ще събере фирмите в Ловеч\n\nЛовеч, 2 март 2026 г.\n\n" +
				"На 9 март Асоциация „Дунавски бряг“ ще проведе семинар на тема „Енергия от слънцето“ в Ловеч.",
			"семинар", []string{"Енергия от слънцето"}, []string{"Енергия от слънцето"}},
		{"a topic the headline writes as the event's quoted name stays the name",
			"Кръгла маса „Пътят на виното“ събра общините в Брацигово\n\nБрацигово, 3 юни 2025 г.\n\n" +
				"Клъстер „Лозя на Родопите“ проведе на 2 юни 2025 г. кръгла маса на тема „Пътят на виното“.",
			"Пътят на виното", nil, []string{"кръгла маса"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-03-10", tc.text)
			e := findEnt(g, kg.Event, tc.event)
			if e == nil {
				t.Fatalf("no event %q\n%s", tc.event, dump(g))
			}
			for _, a := range tc.aliases {
				if !slices.Contains(e.Aliases, a) {
					t.Errorf("event %q lacks alias %q (has %q)", tc.event, a, e.Aliases)
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
