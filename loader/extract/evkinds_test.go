package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventKinds checks that events of the rarer kinds are recognised like
// the common ones (sentences invented): a gala evening, a camp, a
// colloquium, a tour; and that words merely near them are not events.
func TestEventKinds(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		want    []rel
		ents    []ent
		notEnts []ent
	}{
		{"a described evening with its place ('С тържествена вечер в хотел X ... отбеляза')",
			[]string{"Десет години Клъстер „Сладко изкуство“\n\nС тържествена вечер в хотел „Лозе“ в Мелник Клъстер „Сладко изкуство“ отбеляза на 4 март 2026 г. своята десета годишнина. На празника присъстваха над сто гости."},
			[]rel{{kg.HeldIn, "тържествена вечер", "Мелник", ""}},
			[]ent{{kg.Event, "тържествена вечер"}}, nil},
		{"a named camp, colloquium and tour",
			[]string{"Клъстер „Кодове“ проведе лагер „Млади програмисти“ на 5 юли 2026 г. в Смолян.",
				"The Wood Cluster held the colloquium “Timber 2030” on 5 July 2026 in Ruse.",
				"Клъстер „Вино Юг“ организира турне „Вкусът на Тракия“ на 5 юли 2026 г. в Хасково."},
			[]rel{{kg.Organized, "Кодове", "Млади програмисти", "organizer"}, {kg.HeldIn, "Timber 2030", "Русе", ""}, {kg.HeldIn, "Вкусът на Тракия", "Хасково", ""}},
			[]ent{{kg.Event, "Млади програмисти"}, {kg.Event, "Timber 2030"}, {kg.Event, "Вкусът на Тракия"}}, nil},
		{"a school or academy of a season is held, it is no body ('Лятна академия по роботика', 'Open Data Winter School')",
			[]string{"Клъстер „Роботи Север“ организира Лятна академия по роботика от 6 до 10 юли 2026 г. във Велико Търново.",
				"The Data Cluster held the Open Data Winter School from 2 to 6 February 2026 in Sofia."},
			[]rel{{kg.Organized, "Роботи Север", "Лятна академия по роботика", "organizer"}},
			[]ent{{kg.Event, "Лятна академия по роботика"}, {kg.Event, "Open Data Winter School"}},
			[]ent{{kg.Organization, "Лятна академия по роботика"}, {kg.Organization, "Open Data Winter School"}}},
		{"an academy with no season stays a body",
			[]string{"Клъстер „Роботи Север“ и Национална академия по роботика подписаха споразумение на 6 юли 2026 г. във Велико Търново."},
			nil, []ent{{kg.Organization, "Национална академия по роботика"}}, nil},
		{"a Latin name right after an event noun in the plural is the event ('двустранните срещи Agro Match 2026', 'семинари Green Skills', 'the meetings Danube Talks')",
			[]string{"Десет фирми участваха в двустранните срещи Agro Match 2026, които се проведоха от 3 до 5 май 2026 г. в Пловдив.",
				"Клъстер „Зелено утре“ организира семинари Green Skills на 5 юни 2026 г. в Стара Загора.",
				"The cluster hosted the meetings Danube Talks on 5 June 2026 in Ruse."},
			[]rel{{kg.HeldIn, "Agro Match 2026", "Пловдив", ""}, {kg.Organized, "Зелено утре", "Green Skills", "organizer"}},
			[]ent{{kg.Event, "Agro Match 2026"}, {kg.Event, "Green Skills"}, {kg.Event, "Danube Talks"}}, nil},
		{"an English verb that is also an event noun in the plural types no name ('visits Festo Production')",
			[]string{"Every spring the minister visits Festo Production and praises its apprentices."},
			nil, nil, []ent{{kg.Event, "Festo Production"}}},
		{"a quoted name after an event noun in the plural is one event ('семинарите „Зелени умения“', 'срещи „Вино и туризъм“')",
			[]string{"Клъстер „Зелено утре“ организира семинарите „Зелени умения“ на 5 юни 2026 г. в Стара Загора.",
				"Клъстер „Лозе“ проведе срещи „Вино и туризъм“ на 8 юни 2026 г. в Мелник."},
			[]rel{{kg.Organized, "Зелено утре", "Зелени умения", "organizer"}, {kg.HeldIn, "Вино и туризъм", "Мелник", ""}},
			[]ent{{kg.Event, "Зелени умения"}, {kg.Event, "Вино и туризъм"}}, nil},
		{"a dated bullet line with a quoted title is an event of the programme ('• 12.05.2026 – „X“'); an undated one is not",
			[]string{"Клъстер „Дигитален Север“ обявява цикъл от уебинари.\n\nГрафик:\n• 12.05.2026 – „Сигурни пароли“;\n• 26.05.2026 г. – „Данни в облака“;\n\nВсички са безплатни.",
				"Клъстер „Дигитален Юг“ публикува наръчници.\n\nЗаглавия:\n• „Сигурни сървъри“;\n• „Облак за всеки“.\n\nВсички са безплатни."},
			nil, []ent{{kg.Event, "Сигурни пароли"}, {kg.Event, "Данни в облака"}},
			[]ent{{kg.Event, "Сигурни сървъри"}, {kg.Event, "Облак за всеки"}}},
		{"a described event dated right after its complement ('На среща на членовете на 3 юни клъстерът прие'); undated it stays a phrase",
			[]string{"Нови членове в Клъстер „Мляко Юг“\n\n5 юни 2026\n\nКлъстерът расте бързо. На среща на членовете на 3 юни клъстерът прие трима нови членове.",
				"Нови членове в Клъстер „Мляко Север“\n\n5 юни 2026\n\nКлъстерът расте бързо. На среща на съдружниците клъстерът прие трима нови членове."},
			nil, []ent{{kg.Event, "среща на членовете"}}, []ent{{kg.Event, "среща на съдружниците"}}},
		{"the form an event is held in stays in its name ('онлайн заседание на ...', 'хибридна среща на ...')",
			[]string{"Нови членове в Клъстер „Мляко Юг“\n\n5 юни 2026\n\nКлъстерът расте бързо. Решението е взето на онлайн заседание на борда на мрежата на 3 юни.",
				"Нови членове в Клъстер „Мляко Север“\n\n5 юни 2026\n\nКлъстерът расте бързо. Хибридна среща на членовете се проведе на 4 юни в Русе."},
			nil, []ent{{kg.Event, "онлайн заседание на борда на мрежата"}, {kg.Event, "хибридна среща на членовете"}}, nil},
		{"a course is not an event of its own kind (a study course is no event)",
			[]string{"Университетът предлага двумесечен курс по програмиране в Русе от 2026 г."},
			nil, nil, []ent{{kg.Event, "двумесечен курс"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-05-10", tc.texts...)
			checkRels(t, g, tc.want, nil)
			checkEntsIn(t, g, tc.ents, tc.notEnts)
		})
	}
}
