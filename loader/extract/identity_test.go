package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventIdentity checks that one real event a text describes in several
// ways is one entity, named by its shortest description in dictionary form
// (identity.go; eventName, topicComplement, nextInSeries, timeSpan and
// quotedSpeech in phrases.go and recognise.go). The texts are invented.
func TestEventIdentity(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		events []string // every event of the text, by name
		rels   []rel
		not    []rel
	}{
		{"a headline's described meeting and the body's dated one are one event, named as the body names it",
			"Стартова среща по проект VITIS събра партньори от пет държави в Пловдив\n\n" +
				"Пловдив, 10 март 2026 г.\n\n" +
				"На 8 и 9 март в хотел „Марица“ в Пловдив се проведе стартовата среща на партньорите по проект „Лозарство без граници“ (VITIS). " +
				"Домакин на срещата беше Клъстер „Тракийско вино“.",
			[]string{"стартова среща на партньорите"},
			[]rel{{kg.Organized, "Тракийско вино", "стартова среща на партньорите", "host"}, {kg.PartOf, "стартова среща на партньорите", "Лозарство без граници", ""}},
			nil},
		{"a final conference in the headline and in the body (dated by a participle) is one event; its project is no part of the name",
			"Заключителна конференция по проект AGROLINK\n\n" +
				"С заключителна конференция, проведена на 12 ноември в Габрово, приключи проект „Свързано земеделие“ (AGROLINK). " +
				"Проектът беше изпълнен от Клъстер „Зелена долина“.",
			[]string{"заключителна конференция"}, nil, nil},
		{"an adjective's article and case go ('информационния ден' → 'информационен ден'); what the day was about is no part of its name",
			"Клъстерът събра фирмите в Русе\n\n" +
				"Над 50 фирми се включиха в информационния ден за процедура „Иновации в клъстерите“ по Програма „Конкурентоспособност и иновации в предприятията“, който се проведе на 3 април в Русе. " +
				"Събитието беше организирано от Клъстер „Дунав Тех“.",
			[]string{"информационен ден"},
			[]rel{{kg.Organized, "Дунав Тех", "информационен ден", ""}}, nil},
		{"a ceremony opening its sentence is named without its article and capital",
			"Наградите бяха връчени в София\n\n" +
				"Церемонията по награждаването се състоя на 4 декември в зала „Мир“ в София.",
			[]string{"церемония по награждаването"}, nil, nil},
		{"two meetings of different stages stay two events",
			"Клъстерът отчете първата година на проекта\n\n" +
				"Встъпителната среща по проекта се проведе на 5 февруари в Бургас. " +
				"Заключителната среща на партньорите ще се проведе на 20 октомври в Несебър. " +
				"Проектът „Морски умения“ се изпълнява от Клъстер „Черно море“.",
			[]string{"встъпителна среща по проект Морски умения", "заключителна среща на партньорите"}, nil, nil},
		{"the next meeting of a series has no entity of its own; a span of time written with an event's kind ('миналата седмица') is no event",
			"Клъстерът прие нови членове на събранието си\n\n" +
				"Решението беше взето на онлайн заседание на управителния съвет миналата седмица. " +
				"Работната среща на членовете се проведе на 2 юни в Добрич. Следващата среща от поредицата е насрочена за 7 юли във Варна.",
			[]string{"работна среща на членовете"},
			nil,
			[]rel{{kg.HeldIn, "следваща среща", "Варна", ""}}},
		{"a quoted sentence with a clause, followed by a verb of saying, is words said, not an event named by its last word",
			"Фирмите проведоха над 40 срещи на изложението „Козметика 2026“ в Пловдив\n\n" +
				"Изложението „Козметика 2026“ се проведе на 3 март. " +
				"„Получихме три запитвания, които ще обсъдим следващата седмица“, разказа управителят на Роза Натура ООД Иван Колев.",
			[]string{"Козметика 2026"}, nil, nil},
		{"a quote that opens its sentence and is then said is words said, however it ends ('„... модел за обучение“, заяви той')",
			"Старт на проекта VINOSKILL в Мелник\n\n" +
				"Стартовата среща на партньорите по проекта VINOSKILL се проведе на 13 март в Мелник. Срещата откри председателят на клъстера Иво Стоев. " +
				"„Лозарството в региона изпитва недостиг на кадри и с този проект искаме да създадем общ модел за обучение“, заяви той. " +
				"„Ще има и второ обучение“, добави Стоев.",
			[]string{"стартова среща на партньорите"}, nil, nil},
		{"a mention that opens a quotation ('„Срещата ни даде ...“') is the described event, not a name of its own",
			"Работна среща по проекта BALKANWOOD в Солун\n\n" +
				"На 3-4 юни 2026 г. в Солун се проведе работната среща на партньорите по проект „Дърво без граници“ (BALKANWOOD). " +
				"„Работната среща ни показа колко близки са проблемите ни“, каза ръководителят на проекта Петър Илиев.",
			[]string{"работна среща на партньорите"}, nil, nil},
		{"a next meeting given a day of its own is still no event, nor is its town the meeting's named before",
			"Клъстерът обсъди стратегията си за следващите години\n\n" +
				"Членовете одобриха отчета. Работната среща на членовете се проведе на 2 юни в Добрич. " +
				"Следващата среща е планирана за 15 септември 2026 г. в Балчик.",
			[]string{"работна среща на членовете"},
			nil, []rel{{kg.HeldIn, "работна среща на членовете", "Балчик", ""}}},
		{"a sentence opening with 'По време на среща с ...' is set at that meeting",
			"Министърът на икономиката посети фирми в Смолян\n\n" +
				"Министърът пристигна в града вчера сутринта.\n\n" +
				"По време на среща с членовете на клъстера министърът представи новата програма.",
			[]string{"среща с членовете на клъстера"}, nil, nil},
		{"a verbal noun that a dated sentence says took place is an event ('Официалното представяне на X се състоя на ...')",
			"Новата платформа на клъстера вече е достъпна за фирмите\n\n" +
				"Официалното представяне на платформата се състоя на 14 април в Регионалната библиотека в Шумен.",
			[]string{"официално представяне на платформата"},
			[]rel{{kg.HeldIn, "официално представяне на платформата", "Шумен", ""}}, nil},
		{"an event noun taking place refers to the event named, and an undated verbal noun names nothing",
			"Клъстерът организира обучение за своите членове в Русе\n\n" +
				"Клъстерът организира тридневното обучение „Цифрови близнаци в производството“. " +
				"Обучението се проведе от 4 до 6 март в Русе. Честването на годишнината се състоя в ресторант „Дунав“.",
			[]string{"Цифрови близнаци в производството"}, nil, nil},
		{"a round table is an event by its two words ('кръгла маса'), also one that 'ще бъдат представени' at; the town is its, not the visit's",
			"Делегация на клъстера посети фирми в Линц през септември\n\n" +
				"Учебното посещение в Линц се проведе от 8 до 11 септември. " +
				"Резултатите от посещението ще бъдат представени на регионална кръгла маса в Шумен през ноември.",
			[]string{"учебно посещение", "регионална кръгла маса"},
			[]rel{{kg.HeldIn, "регионална кръгла маса", "Шумен", ""}},
			[]rel{{kg.HeldIn, "учебно посещение", "Шумен", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-03-10", tc.text)
			var got []string
			for _, e := range g.Entities {
				if e.Type == kg.Event {
					got = append(got, e.Name)
				}
			}
			if len(got) != len(tc.events) {
				t.Errorf("events %q, want %q\n%s", got, tc.events, dump(g))
			}
			for _, want := range tc.events {
				if findEnt(g, kg.Event, want) == nil {
					t.Errorf("missing event %q among %q", want, got)
				}
			}
			checkRels(t, g, tc.rels, tc.not)
		})
	}
}

// TestDescribedEventsAcrossDocuments checks which events two texts share:
// one only described and undated is each text's own, in one run and in
// two; a named one is shared. The texts are invented.
func TestDescribedEventsAcrossDocuments(t *testing.T) {
	const (
		undatedA = "Клъстерът отчете годината\n\nКлъстер „Янтра Металс“ проведе заключителна конференция в Габрово. Заключителната конференция събра над 80 участници."
		undatedB = "Партньорите обсъдиха резултатите\n\nКлъстер „Морски технологии“ проведе заключителна конференция в Бургас. Заключителната конференция събра над 50 участници."
		namedA   = "Клъстерът участва във форума\n\nКлъстер „Янтра Металс“ участва във форума „Индустрия на бъдещето“ в Габрово."
		namedB   = "Форумът събра фирми\n\nФорумът „Индустрия на бъдещето“ събра над 200 участници в Габрово."
	)
	tests := []struct {
		name     string
		a, b     string
		event    string // the event both texts mention, by name
		separate bool   // run the two texts in two Extract calls
		shared   bool   // whether both texts' mentions are one entity
	}{
		{"an undated described event is each text's own", undatedA, undatedB, "заключителна конференция", false, false},
		{"also when the texts are loaded one by one", undatedA, undatedB, "заключителна конференция", true, false},
		{"a named event is one, undated too", namedA, namedB, "Индустрия на бъдещето", false, true},
		{"and across runs", namedA, namedB, "Индустрия на бъдещето", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := []kg.Document{{ID: "a", Text: tt.a}, {ID: "b", Text: tt.b}}
			runs := [][]kg.Document{docs}
			if tt.separate {
				runs = [][]kg.Document{docs[:1], docs[1:]}
			}
			var graphs []*kg.Graph
			for _, run := range runs {
				g, err := New().Extract(context.Background(), run)
				if err != nil {
					t.Fatal(err)
				}
				checkGraph(t, run, g)
				graphs = append(graphs, g)
			}
			ids := map[string][]string{} // entity id -> documents it is mentioned in
			for _, g := range graphs {
				for _, e := range g.Entities {
					if e.Type != kg.Event || !strings.EqualFold(e.Name, tt.event) {
						continue
					}
					for _, m := range e.Mentions {
						if !slices.Contains(ids[e.ID], m.Document) {
							ids[e.ID] = append(ids[e.ID], m.Document)
						}
					}
				}
			}
			if len(ids) == 0 {
				t.Fatalf("no event %q found", tt.event)
			}
			shared := false
			for _, ds := range ids {
				if len(ds) == 2 {
					shared = true
				}
			}
			if shared != tt.shared {
				t.Errorf("event %q: documents by id %v, want shared=%v", tt.event, ids, tt.shared)
			}
		})
	}
}
