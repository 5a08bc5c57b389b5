package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestTownEvents checks that events of one kind held in several towns are
// separate events, each named with its town and carrying its own day,
// places and people, while what the text says of them all goes to each
// (townevents.go). The rows vary tense, word order, list punctuation and
// language; the names are invented.
func TestTownEvents(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		events map[string]string // name → start day
		rels   []rel
		not    []rel
	}{
		{"past tense, the second town's clause elided after a dash; a town alone picks its event",
			"Клъстерът проведе семинари за фирмите в два града\n\nШумен, 12 март 2026 г.\n\n" +
				"Клъстер „Лудогорски занаяти“ организира два семинара за дигитализация на малките фирми. " +
				"Семинарът в Шумен се проведе на 9 март в хотел „Мадара“, а семинарът в Добрич – на 10 март в Регионалната библиотека. " +
				"Лектор беше Радослав Пенев. В Добрич гост беше и кметът на Община Добрич Калин Дъбов.",
			map[string]string{"семинар в Шумен": "2026-03-09", "семинар в Добрич": "2026-03-10"},
			[]rel{{kg.Organized, "Лудогорски занаяти", "семинар в Шумен", ""}, {kg.Organized, "Лудогорски занаяти", "семинар в Добрич", ""},
				{kg.HeldIn, "семинар в Шумен", "Мадара", ""}, {kg.HeldIn, "семинар в Добрич", "Регионална библиотека", ""},
				{kg.HeldIn, "семинар в Шумен", "Шумен", ""}, {kg.HeldIn, "семинар в Добрич", "Добрич", ""},
				{kg.PresentedAt, "Радослав Пенев", "семинар в Шумен", ""}, {kg.PresentedAt, "Радослав Пенев", "семинар в Добрич", ""},
				{kg.ParticipatedIn, "Калин Дъбов", "семинар в Добрич", ""}},
			[]rel{{kg.HeldIn, "семинар в Шумен", "Регионална библиотека", ""}, {kg.HeldIn, "семинар в Добрич", "Мадара", ""},
				{kg.ParticipatedIn, "Калин Дъбов", "семинар в Шумен", ""}}},
		{"future tense, one sentence per town, the events named by their bare articled noun; a plural noun speaks of all",
			"Асоциацията ще проведе срещи с бизнеса в три града\n\nРусе, 2 февруари 2026 г.\n\n" +
				"Срещата в Русе ще се проведе на 10 февруари 2026 г. в зала „Канети“. " +
				"Срещата в Плевен ще се проведе на 12 февруари в хотел „Ростов“. " +
				"Срещата в Ловеч е насрочена за 14 февруари. На срещите ще говори председателят на Асоциация „Дунавски бряг“ Мартин Ганев.",
			map[string]string{"среща в Русе": "2026-02-10", "среща в Плевен": "2026-02-12", "среща в Ловеч": "2026-02-14"},
			[]rel{{kg.HeldIn, "среща в Русе", "Канети", ""}, {kg.HeldIn, "среща в Плевен", "Ростов", ""}, {kg.HeldIn, "среща в Ловеч", "Ловеч", ""},
				{kg.PresentedAt, "Мартин Ганев", "среща в Русе", ""}, {kg.PresentedAt, "Мартин Ганев", "среща в Ловеч", ""}},
			[]rel{{kg.HeldIn, "среща в Русе", "Ростов", ""}}},
		{"a bulleted list of the towns' events after a colon",
			"Фондацията организира информационни дни за новата процедура\n\n27.01.2026 г.\n\n" +
				"Фондация „Зелен мост“ организира три информационни дни:\n\n" +
				"• информационен ден в Хасково – 10 февруари 2026 г., хотел „Европа“;\n" +
				"• информационен ден в Кърджали – 12 февруари 2026 г., зала „Родопи“;\n" +
				"• информационен ден в Ямбол – 17 февруари 2026 г.\n\n" +
				"На информационните дни процедурата ще бъде представена от Деница Маринова.",
			map[string]string{"информационен ден в Хасково": "2026-02-10", "информационен ден в Кърджали": "2026-02-12", "информационен ден в Ямбол": "2026-02-17"},
			[]rel{{kg.HeldIn, "информационен ден в Хасково", "Европа", ""}, {kg.HeldIn, "информационен ден в Ямбол", "Ямбол", ""},
				{kg.PresentedAt, "Деница Маринова", "информационен ден в Кърджали", ""}},
			[]rel{{kg.HeldIn, "информационен ден в Кърджали", "Европа", ""}}},
		{"English, the second clause elided",
			"Cluster held info days on the new call in two cities\n\nRuse, March 12, 2026 –\n\n" +
				"The Danube Mechatronics Cluster organised two info days on the new call. " +
				"The info day in Ruse took place on 9 March at the Riga Hotel, and the info day in Pleven on 10 March. " +
				"The speaker at both was Ivan Kolev.",
			map[string]string{"info day in Ruse": "2026-03-09", "info day in Pleven": "2026-03-10"},
			[]rel{{kg.HeldIn, "info day in Ruse", "Riga Hotel", ""}, {kg.HeldIn, "info day in Pleven", "Плевен", ""},
				{kg.PresentedAt, "Ivan Kolev", "info day in Pleven", ""}},
			[]rel{{kg.HeldIn, "info day in Pleven", "Riga Hotel", ""}}},
		{"a town's event only announced, with no day, is none of the series",
			"Клъстерът проведе семинари за фирмите в два града\n\nШумен, 12 март 2026 г.\n\n" +
				"Семинарът в Шумен се проведе на 9 март, а семинарът в Добрич – на 10 март. Предстои семинар в Разград.",
			map[string]string{"семинар в Шумен": "2026-03-09", "семинар в Добрич": "2026-03-10"},
			nil,
			[]rel{{kg.HeldIn, "семинар в Шумен", "Разград", ""}, {kg.HeldIn, "семинар в Добрич", "Разград", ""}}},
		{"one event told of twice in one town stays one, named without its town",
			"Клъстерът проведе семинар за фирмите в Шумен\n\nШумен, 12 март 2026 г.\n\n" +
				"Клъстер „Лудогорски занаяти“ организира семинар за дигитализация. Семинарът в Шумен се проведе на 9 март в хотел „Мадара“. " +
				"Лектор беше Радослав Пенев. Догодина семинарът в Шумен ще бъде повторен.",
			map[string]string{"семинар за дигитализация": "2026-03-09"},
			[]rel{{kg.PresentedAt, "Радослав Пенев", "семинар за дигитализация", ""}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-03-10", tc.text)
			n := 0
			for _, e := range g.Entities {
				if e.Type != kg.Event {
					continue
				}
				n++
				day, ok := tc.events[e.Name]
				if !ok {
					t.Errorf("unexpected event %q\n%s", e.Name, dump(g))
					continue
				}
				if e.Properties["start"] != day {
					t.Errorf("event %q starts %v, want %s", e.Name, e.Properties["start"], day)
				}
			}
			if n != len(tc.events) {
				t.Errorf("%d events, want %d\n%s", n, len(tc.events), dump(g))
			}
			checkRels(t, g, tc.rels, tc.not)
		})
	}
}
