package extract

import (
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventInPlay checks who took which part in the event a report is
// about when the sentence does not name it (discourse.go: the event in
// play, eventRoles), on invented texts.
func TestEventInPlay(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []rel
		not   []rel
	}{
		{"representatives who told or showed something present for their bodies, the verb before or after them",
			[]string{"Семинар за горите се проведе в Смолян\n\nСеминарът „Гора 2030“ се проведе на 4 март в Смолян. Опита си споделиха и представители на Клъстер „Родопска гора“ и на Клъстер „Бял бор“.",
				"Forum on water held in Ruse\n\nThe forum “Water Days 2026” was held on 4 March in Ruse. Representatives of the Danube Pipes Cluster and of the Ruse Water Cluster presented their plans."},
			[]rel{{kg.PresentedAt, "Родопска гора", "Гора 2030", ""}, {kg.PresentedAt, "Бял бор", "Гора 2030", ""},
				{kg.PresentedAt, "Danube Pipes Cluster", "Water Days 2026", ""}, {kg.PresentedAt, "Ruse Water Cluster", "Water Days 2026", ""}}, nil},
		{"a body represented by a person, subject of a verb of telling: both present",
			[]string{"Среща за туризма се проведе в Шумен\n\nФорумът „Туризъм без граници“ се проведе на 4 март в Шумен. Клъстер „Мадара“, представен от управителя Иван Иванов, разказа за новите маршрути."},
			[]rel{{kg.PresentedAt, "Мадара", "Туризъм без граници", ""}, {kg.PresentedAt, "Иван Иванов", "Туризъм без граници", ""}}, nil},
		{"a host named by the noun alone, in a sentence that names no event, hosts the event in play; not the host of a coming one",
			[]string{"Работна среща се проведе в Габрово\n\nРаботната среща „Текстил 4.0“ се проведе на 4 март в Габрово по проект TEXNET, а домакин беше местният клъстер „Янтра Текстил“ – партньор по проекта.",
				"Форум за храни се проведе в Добрич\n\nФорумът „Храна 2026“ се проведе на 4 март в Добрич. Домакин на следващото издание ще бъде Клъстер „Балчик Фуд“."},
			[]rel{{kg.Organized, "Янтра Текстил", "Текстил 4.0", ""}},
			[]rel{{kg.Organized, "Балчик Фуд", "Храна 2026", ""}}},
		{"who sat on a panel or joined a discussion presented: at the panel when it is named, else at the event in play",
			[]string{"Конференция за дървото в Ямбол\n\nКонференцията „Дърво и мебел 2026“ се проведе на 4 март в Ямбол. В панелната дискусия „Мебел от бъдещето“ участваха Петър Колев, управител на „Явор Мебел“ ООД, и Мария Христова, експерт в Клъстер „Тунджа Дърво“.",
				"Кръгла маса за виното в Сливен\n\nКонференцията „Лоза 2026“ се проведе на 4 март в Сливен. В дискусията се включиха Иван Петров и Гергана Стоева."},
			[]rel{{kg.PresentedAt, "Петър Колев", "Мебел от бъдещето", ""}, {kg.PresentedAt, "Мария Христова", "Мебел от бъдещето", ""},
				{kg.PresentedAt, "Иван Петров", "Лоза 2026", ""}, {kg.PresentedAt, "Гергана Стоева", "Лоза 2026", ""}},
			[]rel{{kg.ParticipatedIn, "Петър Колев", "Мебел от бъдещето", ""}}},
		{"who handed over an award took part in the award ceremony, the text's one, not the competition",
			[]string{"Награди за иновации в Плевен\n\nКлъстер „Вит“ спечели конкурса „Иновация 2026“. Церемонията по връчването се състоя на 4 март в Плевен.\n\nПризът беше връчен от заместник-министъра Петя Маринова."},
			nil, []rel{{kg.ParticipatedIn, "Петя Маринова", "Иновация 2026", ""}}},
		{"an event the subject is asked to join takes no one's part away from the event in play",
			[]string{"Семинар в Бавария\n\nДелегация на Клъстер „Рила Софт“ участва в семинара „Софт Бавария“ в Мюнхен на 4 март. Домакинът Ханс Мюлер представи модела на клъстера и предложи фирмите да се включат в конференцията „Bavaria Tech Day“. От страна на клъстера в делегацията участва Иван Петров."},
			[]rel{{kg.ParticipatedIn, "Иван Петров", "Софт Бавария", ""}},
			[]rel{{kg.ParticipatedIn, "Иван Петров", "Bavaria Tech Day", ""}, {kg.PresentedAt, "Ханс Мюлер", "Bavaria Tech Day", ""}}},
		{"when the paragraph named two events, a speaker sentence after them attaches to neither by default",
			[]string{"Общото събрание на Клъстер „Алфа“ се проведе в Русе\n\nОбщото събрание на Клъстер „Алфа“ се проведе на 2 март.\n\nФорумът „Вода 2026“ и изложението „Помпа Експо“ се проведоха в Русе на 4 март. Свои идеи споделиха и представители на Клъстер „Бета“."},
			nil, []rel{{kg.PresentedAt, "Бета", "Вода 2026", ""}, {kg.PresentedAt, "Бета", "Помпа Експо", ""}}},
		{"the body whose premises an event took place in hosts it (also named by its bare noun); not the hall a body rents for its own assembly",
			[]string{"Кръгла маса в Сливен\n\nКръглата маса „Вълна 2026“ се проведе на 4 март в сградата на Търговско-промишлената палата – Сливен.",
				"Договор в Габрово\n\nСпоразумение между Клъстер „Янтра Текстил“ и Община Габрово беше подписано на 4 март в заседателната зала на общината. На церемонията по подписването присъстваха и гости.",
				"Събрание в Смолян\n\nОбщото събрание на Клъстер „Родопа Мебел“ се проведе на 4 март в залата на Регионалната занаятчийска камара – Смолян."},
			[]rel{{kg.Organized, "Търговско-промишлена палата – Сливен", "Вълна 2026", ""},
				{kg.ParticipatedIn, "Янтра Текстил", "церемония по подписването", ""}},
			[]rel{{kg.ParticipatedIn, "Община Габрово", "церемония по подписването", ""},
				{kg.Organized, "Регионална занаятчийска камара – Смолян", "общо събрание на Клъстер „Родопа Мебел“", ""}}},
		{"who put their signatures under the document took part in the signing",
			[]string{"Меморандум в Ловеч\n\nМеморандум между Клъстер „Осъм“ и Община Ловеч беше подписан на 4 март. Подписи под документа положиха председателят на клъстера Иван Петров и кметът Гергана Стоева. На церемонията по подписването присъстваха и гости."},
			[]rel{{kg.ParticipatedIn, "Иван Петров", "церемония по подписването", ""}, {kg.ParticipatedIn, "Гергана Стоева", "церемония по подписването", ""},
				{kg.ParticipatedIn, "Осъм", "церемония по подписването", ""}, {kg.ParticipatedIn, "Община Ловеч", "церемония по подписването", ""}}, nil},
		{"a delegation or group of a body's representatives on a visit took part in it, as did those 'в групата'",
			[]string{"Учебно посещение в Бавария: какво научиха фирмите от региона\n\nДелегация от 12 представители на Клъстер „Рила Софт“, Община Дупница и Югозападния университет беше на учебно посещение в Мюнхен от 3 до 5 март. В групата бяха и доц. Иван Петров и Мария Колева.",
				"Учебно посещение в Баския: какво научиха фирмите от региона\n\nГрупа от 10 представители на Клъстер „Понт“, Технически университет – Варна (ТУ – Варна) и Община Бургас проведе учебно посещение в Билбао от 3 до 5 март."},
			[]rel{{kg.ParticipatedIn, "Рила Софт", "учебно посещение", ""}, {kg.ParticipatedIn, "Община Дупница", "учебно посещение", ""},
				{kg.ParticipatedIn, "Иван Петров", "учебно посещение", ""}, {kg.ParticipatedIn, "Мария Колева", "учебно посещение", ""},
				{kg.ParticipatedIn, "Понт", "учебно посещение", ""}, {kg.ParticipatedIn, "Технически университет – Варна", "учебно посещение", ""},
				{kg.ParticipatedIn, "Община Бургас", "учебно посещение", ""}}, nil},
		{"the lines after a passive's agent ('бяха представени от:') name presenters, past their ranks ('гл. ас. д-р')",
			[]string{"Конференция в Монтана\n\nКонференцията „Строим кръгово“ се проведе на 4 март в Монтана. Пред около 80 участници – строители, проектанти и представители на общини – резултатите бяха представени от:\n– Иван Петров, директор на клъстера;\n– гл. ас. д-р Мария Колева, която разказа за пилотите."},
			[]rel{{kg.PresentedAt, "Иван Петров", "Строим кръгово", ""}, {kg.PresentedAt, "Мария Колева", "Строим кръгово", ""}}, nil},
		{"a host after 'hosted by' past its description ('the Varna-based X')",
			[]string{"News\n\nThe Blue Days 2026 forum was held on 4 March 2026 in Varna, Bulgaria, hosted by the Varna-based Sea Tech Cluster (STC)."},
			[]rel{{kg.Organized, "Sea Tech Cluster", "Blue Days 2026 forum", ""}}, nil},
		{"the bodies listed after a head count of participants ('Участие взеха 20 души от ..., сред които A и B') took part; the bodies whose people lectured presented",
			[]string{"Обучение в Русе\n\nОбучението „Сигурни мрежи“ се проведе от 3 до 5 март в Русе, а лектори бяха специалисти от Русенския университет „Ангел Кънчев“ и от фирмата „Кибер Щит“ ООД. Участие взеха 20 инженери от седем фирми, сред които „Дунав Метал“ ООД и „Русе Лифт“ АД."},
			[]rel{{kg.PresentedAt, "Русенски университет „Ангел Кънчев“", "Сигурни мрежи", ""}, {kg.PresentedAt, "Кибер Щит ООД", "Сигурни мрежи", ""},
				{kg.ParticipatedIn, "Дунав Метал ООД", "Сигурни мрежи", ""}, {kg.ParticipatedIn, "Русе Лифт АД", "Сигурни мрежи", ""}}, nil},
		{"a project's partners counted 'сред които' take part in no event",
			[]string{"Среща в Русе\n\nСрещата „Мрежи 2026“ се проведе на 4 март в Русе. В проекта участват 9 организации, сред които „Дунав Метал“ ООД и „Русе Лифт“ АД."},
			nil, []rel{{kg.ParticipatedIn, "Дунав Метал ООД", "Мрежи 2026", ""}}},
		{"a jury takes part in the text's competition, not in the ceremony its prizes were handed at",
			[]string{"Награди в Пловдив\n\nКлъстер „Марица“ спечели конкурса „Зелен клъстер 2026“. Церемонията по връчването се състоя на 4 март в Пловдив. Журито, председателствано от проф. Иван Петров, оцени 20 кандидатури."},
			[]rel{{kg.ParticipatedIn, "Иван Петров", "Зелен клъстер 2026", ""}}, nil},
		{"'страните' after a signing are its parties: they organise what they announce",
			[]string{"Меморандум в Ловеч\n\nМеморандум между Клъстер „Осъм“ и Община Ловеч беше подписан на 4 март. Като първа съвместна инициатива страните ще организират на 10 април изложението „Осъм Експо“."},
			[]rel{{kg.Organized, "Осъм", "Осъм Експо", ""}, {kg.Organized, "Община Ловеч", "Осъм Експо", ""}}, nil},
		{"the lines of a programme name who sat on each panel ('с участието на', 'with speakers from')",
			[]string{"Форум в Русе\n\nФорумът „Индустрия 2026“ се проведе на 4 март в Русе. Програмата включваше:\n- панелна дискусия „Кадри за индустрията“ с участието на Иван Петров и Мария Колева;\n- панелна дискусия „Зелена енергия“ с участието на представители на Клъстер „Дунав Енерджи“."},
			[]rel{{kg.PresentedAt, "Иван Петров", "Кадри за индустрията", ""}, {kg.PresentedAt, "Мария Колева", "Кадри за индустрията", ""},
				{kg.PresentedAt, "Дунав Енерджи", "Зелена енергия", ""}},
			[]rel{{kg.PresentedAt, "Иван Петров", "Индустрия 2026", ""}}},
		{"a speaker introduced by the talk he gave speaks at the event in play ('In his keynote, Dr X, director of Y, spoke about ...'); 'who joined' is the person before, and her body takes part through her (settled convention)",
			[]string{"Summit in Ruse\n\nThe Danube Water Summit 2026 took place on 4 March 2026 in Ruse. In his keynote, Dr. Peter Novak, Director of the Slovak Water Agency, spoke about the new rules. Board members are Ivan Petrov and Dr. Olga Marinova of the Odesa Port Cluster, who joined the meeting online."},
			[]rel{{kg.PresentedAt, "Peter Novak", "Danube Water Summit 2026", ""}, {kg.ParticipatedIn, "Olga Marinova", "Danube Water Summit 2026", ""},
				{kg.ParticipatedIn, "Odesa Port Cluster", "Danube Water Summit 2026", ""}},
			[]rel{{kg.ParticipatedIn, "Ivan Petrov", "Danube Water Summit 2026", ""}}},
		{"a document signed somewhere by its signatories ('подписан в Ректората на университета от ректора X и от Y'): they take part",
			[]string{"Меморандум в Шумен\n\nКлъстер „Мадара Софт“ и Шуменският университет подписаха меморандум. Документът беше подписан в Ректората на университета от ректора проф. Иван Петров и от председателя на клъстера Мария Колева. На подписването присъстваха и гости."},
			[]rel{{kg.ParticipatedIn, "Иван Петров", "подписване", ""}, {kg.ParticipatedIn, "Мария Колева", "подписване", ""}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-05-10", tc.texts...)
			checkRels(t, g, tc.want, tc.not)
		})
	}
	// the ceremony's name is the events' rules' business (articled or
	// not): the handover is at the event headed by "церемония"
	_, g := extractTexts(t, "2026-05-10", "Награди за иновации в Плевен\n\nКлъстер „Вит“ спечели конкурса „Иновация 2026“. Церемонията по връчването се състоя на 4 март в Плевен.\n\nПризът беше връчен от заместник-министъра Петя Маринова.")
	names := map[string]string{}
	for _, e := range g.Entities {
		names[e.ID] = e.Name
	}
	found := false
	for _, x := range g.Relations {
		found = found || x.Type == kg.ParticipatedIn && names[x.From] == "Петя Маринова" && strings.Contains(strings.ToLower(names[x.To]), "церемония")
	}
	if !found {
		t.Errorf("the one who handed over the prize takes no part in the ceremony\n%s", dump(g))
	}
}
