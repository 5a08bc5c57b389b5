package extract

import (
	"slices"
	"strings"
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

// TestUnnamedPanels checks that an unnamed panel or discussion is no event
// of its own, its moderator and panellists presenting at the larger event,
// while a quoted panel stays an event (foldPanels in events.go). The names
// are invented.
func TestUnnamedPanels(t *testing.T) {
	const en = "Regional forum on green shipping gathers ports in Burgas\n\nBurgas, May 14, 2026 –\n\n" +
		"The Green Shipping Forum 2026 took place on 13 May in Burgas. It was organised by the Pontic Ports Cluster. "
	const bg = "Форум за зелената енергия събра общините в Ловеч\n\nЛовеч, 14 май 2026 г.\n\n" +
		"Форумът „Зелена енергия за общините“ се проведе на 13 май в Ловеч. Организатор беше Клъстер „Слънчев Ловеч“. "
	tests := []struct {
		name   string
		text   string
		events []string
		rels   []rel
	}{
		{"English, a passive of moderating and a line of panellists",
			en + "A panel discussion on shore power was moderated by Velina Doncheva of the Pontic Ports Cluster. Panellists were Kostas Maris and Irina Bodurova.",
			[]string{"Green Shipping Forum 2026"},
			[]rel{{kg.PresentedAt, "Velina Doncheva", "Green Shipping Forum 2026", ""}, {kg.PresentedAt, "Irina Bodurova", "Green Shipping Forum 2026", ""}}},
		{"English, an ordinal panel",
			en + "The first panel was moderated by Velina Doncheva.",
			[]string{"Green Shipping Forum 2026"},
			[]rel{{kg.PresentedAt, "Velina Doncheva", "Green Shipping Forum 2026", ""}}},
		{"Bulgarian, an articled panel discussion with its topic, and who took part in it",
			bg + "Панелната дискусия за финансирането беше модерирана от Велина Дончева. В панелната дискусия участваха и Костадин Марев и Ирина Бодурова.",
			[]string{"Зелена енергия за общините"},
			[]rel{{kg.PresentedAt, "Велина Дончева", "Зелена енергия за общините", ""}, {kg.PresentedAt, "Ирина Бодурова", "Зелена енергия за общините", ""}}},
		{"a quoted panel stays an event",
			bg + "Панелната дискусия „Пари за покривите“ беше модерирана от Велина Дончева.",
			[]string{"Зелена енергия за общините", "Пари за покривите"},
			[]rel{{kg.PresentedAt, "Велина Дончева", "Пари за покривите", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-05-14", tc.text)
			checkEvents(t, g, tc.events)
			checkRels(t, g, tc.rels, nil)
		})
	}
}

// TestB2BMeetings checks when "B2B срещи" / "B2B meetings" is an event: not
// as a count of meetings ("над 90 B2B срещи", "една B2B среща"), and in a
// headline it is the body's one named event of meetings (b2bEvent,
// mergeHeadlineEvents). The names are invented.
func TestB2BMeetings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		events []string
	}{
		{"a count of meetings in the headline is no event",
			"Шивачи от Габрово проведоха над 70 B2B срещи в Милано\n\nГаброво, 3 април 2026 г.\n\n" +
				"Девет фирми – членове на Клъстер „Янтра Текстил“ участваха в изложението „Moda Milano 2026“, което се проведе от 1 до 3 април в Милано.",
			[]string{"Moda Milano 2026"}},
		{"English, a count after 'more than'",
			"Textile makers held more than 70 B2B meetings in Milan\n\nGabrovo, April 3, 2026 –\n\n" +
				"Nine members of the Yantra Textile Cluster took part in the Moda Milano 2026 fair, held from 1 to 3 April in Milan.",
			[]string{"Moda Milano 2026 fair"}},
		{"one meeting in words said is no event; the headline's meetings are the body's named ones",
			"Палатата кани на B2B срещи в областта на винения туризъм\n\nСтара Загора, 3 април 2026 г.\n\n" +
				"Търговско-промишлена палата – Сливен организира международни двустранни срещи „Wine & Road B2B 2026“. Срещите ще се проведат на 4 юни 2026 г. в Сливен. " +
				"„Една B2B среща може да замени десет пътувания“, коментира председателят на палатата Ива Русева.",
			[]string{"Wine & Road B2B 2026"}},
		{"meetings held within an event stay an event",
			"Информационен ден за малките фирми в Сливен\n\nСливен, 3 април 2026 г.\n\n" +
				"Информационният ден за малките фирми ще се проведе на 9 април в Сливен. В рамките на информационния ден ще се проведат и B2B срещи между производители и търговци.",
			[]string{"информационен ден за малките фирми", "B2B срещи между производители и търговци"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-04-03", tc.text)
			checkEvents(t, g, tc.events)
		})
	}
}

// TestCeremoniesAndTables checks that a ceremony of something named inside a
// dated sentence is an event ("на церемонията по връчване на наградите"),
// and that a quoted name after a table ("сгъваемата маса „X“", a product)
// is no event, while a round table stays one. The names are invented.
func TestCeremoniesAndTables(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a ceremony of handing over awards inside a sentence about another event",
			"Наградите на клъстерите бяха връчени в Пловдив\n\nПловдив, 29 ноември 2025 г.\n\n" +
				"Клъстер „Дунавски мехатроници“ е клъстер на годината. Отличието беше връчено снощи на церемонията по връчване на наградите в рамките на форума „Клъстери 2025“, който се проведе на 27 и 28 ноември в Пловдив.",
			[]string{"церемония по връчване на наградите", "Клъстери 2025"}, nil},
		{"a product table is no round table",
			"Мебелният клъстер връчи наградите си в Троян\n\nТроян, 29 ноември 2025 г.\n\n" +
				"Церемонията по връчването на наградите се проведе на 28 ноември в Троян. Наградени бяха:\n" +
				"- „Дъбова мебел“ ЕООД – за иновативен продукт, разтегателната маса „Калина“;\n",
			[]string{"церемония по връчването на наградите"}, []string{"Калина"}},
		{"a quoted round table stays an event",
			"Кръгла маса за горите в Троян\n\nТроян, 29 ноември 2025 г.\n\n" +
				"Клъстерът проведе на 28 ноември кръгла маса „Гората утре“ в Троян.",
			[]string{"Гората утре"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-11-29", tc.text)
			for _, n := range tc.want {
				if findEnt(g, kg.Event, n) == nil {
					t.Errorf("missing event %q\n%s", n, dump(g))
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

// TestTopicListIsNoEvent checks that an action noun listed after a comma
// among the fields of an agreement ("в областта на туризма, обучението на
// кадри и ...") is no event: only a head that opens its clause is one by its
// complement alone (describedEvent). The names are invented.
func TestTopicListIsNoEvent(t *testing.T) {
	text := "Два клъстера подписаха меморандум за сътрудничество\n\nМелник, 30 май 2025 г.\n\n" +
		"Клъстер „Пирински лозя“ и Клъстер „Вардарско вино“ подписаха вчера меморандум за сътрудничество в областта на винения туризъм, обучението на кадри и съвместното представяне на изложения."
	_, g := extractTexts(t, "2025-05-30", text)
	for _, e := range g.Entities {
		if e.Type == kg.Event && strings.HasPrefix(e.Name, "обучение") {
			t.Errorf("unexpected event %q\n%s", e.Name, dump(g))
		}
	}
}

// TestStvenoAdjective checks that a neuter adjective in "-ствено"
// ("присъствено обучение", "производствено посещение") describes an event's
// kind, as other indefinite neuter adjectives do, though "-ено" mostly ends
// participles (neuterAdj). The names are invented.
func TestStvenoAdjective(t *testing.T) {
	for _, tc := range []struct{ sent, event string }{
		{"През януари 2027 г. Клъстер „Вълна и прежда“ ще проведе и присъствено обучение в Ямбол за фирмите.", "присъствено обучение"},
		{"На 3 май 2026 г. Клъстер „Вълна и прежда“ проведе производствено посещение в Ямбол.", "производствено посещение"},
	} {
		_, g := extractTexts(t, "2026-05-04", "Клъстерът обучи фирмите от региона\n\nЯмбол, 4 май 2026 г.\n\n"+tc.sent)
		if findEnt(g, kg.Event, tc.event) == nil {
			t.Errorf("no event %q\n%s", tc.event, dump(g))
		}
		checkRels(t, g, []rel{{kg.HeldIn, tc.event, "Ямбол", ""}}, nil)
	}
}

// checkEvents fails unless the graph's events are exactly want, in any order.
func checkEvents(t *testing.T, g *kg.Graph, want []string) {
	t.Helper()
	var got []string
	for _, e := range g.Entities {
		if e.Type == kg.Event {
			got = append(got, e.Name)
		}
	}
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("events %q, want %q\n%s", got, want, dump(g))
	}
}

// TestEnglishEventNameEnds checks that an English event phrase with a
// complement ends where its clause's verb begins ("took place", "was
// held"), instead of taking the verb into the name. The names are invented.
func TestEnglishEventNameEnds(t *testing.T) {
	for _, tc := range []struct{ name, sentence, verb string }{
		{"took place", "The kick-off meeting of HULLCOAT took place on 2 March 2026 in Burgas.", "took"},
		{"was held", "The kick-off meeting of HULLCOAT was held on 2 March 2026 in Burgas.", "was"},
		{"will start", "The training week of HULLCOAT will start on 12 March 2026 in Burgas.", "will"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Shipbuilders meet their new partners in Burgas this spring\n\nBurgas, 3 March 2026\n\n" +
				tc.sentence + " Forty shipyards from five countries attended."
			_, g := extractTexts(t, "2026-03-10", text)
			found := false
			for _, e := range g.Entities {
				if e.Type != kg.Event {
					continue
				}
				found = true
				if strings.Contains(" "+e.Name+" ", " "+tc.verb+" ") {
					t.Errorf("event %q took the verb %q into its name", e.Name, tc.verb)
				}
			}
			if !found {
				t.Fatalf("no event\n%s", dump(g))
			}
		})
	}
}
