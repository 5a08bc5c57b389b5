package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventPhrasings checks the event rules on the genre's phrasings (names
// and wording invented): the events themselves, who took part, presented,
// organised, where they were held and what they belong to.
func TestEventPhrasings(t *testing.T) {
	type ent struct {
		typ  kg.EntityType
		name string
	}
	tests := []struct {
		name    string
		texts   []string
		want    []rel
		not     []rel
		ents    []ent
		notEnts []ent
	}{
		{"organisers listed with their acronyms ('Организатори на срещата са X (АКР) и Y (АКР2)')",
			[]string{"Национална среща „Зелени общини“ ще се проведе на 3 май 2026 г. в Русе. Организатори на срещата са Сдружението на еко общините (СЕО) и Министерството на околната среда и водите (МОСВ), а съорганизатор е Община Русе."},
			[]rel{{kg.Organized, "Сдружение на еко общините", "Зелени общини", "organizer"}, {kg.Organized, "Министерство на околната среда и водите", "Зелени общини", "organizer"}},
			nil, nil, nil},
		{"a moderator named right after the noun ('– модератор X, ...')",
			[]string{"Кръгла маса „Умни села“ се проведе на 12 март 2026 г. в Ловеч. Вторият панел – модератор Ивелина Стоянова, изпълнителен директор на Клъстер „Агро Тех“, – обсъди дигиталните услуги."},
			[]rel{{kg.PresentedAt, "Ивелина Стоянова", "Умни села", ""}}, nil, nil, nil},
		{"presenters after the verb ('Свое виждане представиха и X, Y, както и Z'); a project in a presenter's title is not presented",
			[]string{"Форумът „Чиста енергия“ се проведе на 8 април 2026 г. в Добрич. Свое мнение представиха и изпълнителният директор на Клъстер „Слънце“ Петър Игнатов, Мирослава Пенева, ръководител на проекта SUNGRID в Община Балчик, както и Радослав Кирков."},
			[]rel{{kg.PresentedAt, "Петър Игнатов", "Чиста енергия", ""}, {kg.PresentedAt, "Мирослава Пенева", "Чиста енергия", ""}, {kg.PresentedAt, "Радослав Кирков", "Чиста енергия", ""}},
			[]rel{{kg.PresentedAt, "SUNGRID", "Чиста енергия", ""}}, nil, nil},
		{"a talk before the verb, its speaker after ('Презентация за ... изнесе X', 'Приветствие отправи Y')",
			[]string{"Семинарът „Вино и туризъм“ се проведе на 4 юни 2026 г. в Мелник. Лозарите обсъдиха пазара. Презентация за новите правила на пазара изнесе Гергана Петкова, експерт в Изпълнителната агенция по горите. Приветствие отправи Стоян Маринов, кмет на Община Сандански."},
			[]rel{{kg.PresentedAt, "Гергана Петкова", "Вино и туризъм", ""}, {kg.PresentedAt, "Стоян Маринов", "Вино и туризъм", ""}}, nil, nil, nil},
		{"a subject before 'представи': the person after the verb is what was presented, not a presenter",
			[]string{"Форумът „Камък и дърво“ се проведе на 4 юни 2026 г. в Сливен. Клъстер „Бял камък“ представи Десислава Грозева като свой нов директор."},
			nil, []rel{{kg.PresentedAt, "Десислава Грозева", "Камък и дърво", ""}}, nil, nil},
		{"a quoted name that is held opens the sentence ('„X“ се организира от Y', '„Z“ ще се проведе')",
			[]string{"Клъстерът обяви новата си програма. „Школа за млади технолози“ се организира от Клъстер „Мехатроника Юг“. „Дни на роботиката“ ще се проведе на 5 май 2026 г. в Пловдив."},
			[]rel{{kg.Organized, "Мехатроника Юг", "Школа за млади технолози", "organizer"}, {kg.HeldIn, "Дни на роботиката", "Пловдив", ""}},
			nil, []ent{{kg.Event, "Школа за млади технолози"}, {kg.Event, "Дни на роботиката"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-05-10", tc.texts...)
			for _, r := range tc.want {
				if !hasRel(g, r) {
					t.Errorf("missing %s %q -> %q (%s)\n%s", r.typ, r.from, r.to, r.prop, dump(g))
				}
			}
			for _, r := range tc.not {
				if hasRel(g, r) {
					t.Errorf("unexpected %s %q -> %q (%s)\n%s", r.typ, r.from, r.to, r.prop, dump(g))
				}
			}
			for _, e := range tc.ents {
				if findEnt(g, e.typ, e.name) == nil {
					t.Errorf("missing %s %q\n%s", e.typ, e.name, dump(g))
				}
			}
			for _, e := range tc.notEnts {
				if findEnt(g, e.typ, e.name) != nil {
					t.Errorf("unexpected %s %q\n%s", e.typ, e.name, dump(g))
				}
			}
		})
	}
}
