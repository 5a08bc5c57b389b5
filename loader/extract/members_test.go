package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestMembershipFrames checks membership, structure and roles read from
// the frames a text names them in (invented sentences): networks named as
// networks, second predicates, member nouns in apposition, units named
// with their parent, titles in apposition.
func TestMembershipFrames(t *testing.T) {
	tests := []struct {
		name      string
		texts     []string
		ents      []ent
		notEnts   []ent
		want, not []rel
	}{
		{"a body the text calls a network is an association: the noun before it, or an apposition after it",
			[]string{"Клъстер „Слънчев бряг“ стана член на европейската мрежа AgriNet Clusters\n\nКлъстер „Слънчев бряг“ е приет за член на AgriNet Clusters. Клъстерът е член и на Асоциацията на бизнес клъстерите.",
				"Vineyard Clusters Europe – европейската мрежа на винарските клъстери, прие нов член.",
				"BlueClusters Baltic, a network of 30 maritime clusters, met in Riga."},
			[]ent{{kg.Association, "AgriNet Clusters"}, {kg.Association, "Vineyard Clusters Europe"}, {kg.Association, "BlueClusters Baltic"}},
			[]ent{{kg.Cluster, "AgriNet Clusters"}},
			[]rel{{kg.MemberOf, "Слънчев бряг", "AgriNet Clusters", ""}, {kg.MemberOf, "Слънчев бряг", "Асоциация на бизнес клъстерите", ""}},
			[]rel{{kg.MemberOf, "AgriNet Clusters", "Асоциация на бизнес клъстерите", ""}}},
		{"an apposition that is no network keeps the type",
			[]string{"Клъстер „Дъбова гора“ – регионален клъстер на мебелистите, прие нов член."},
			[]ent{{kg.Cluster, "Дъбова гора"}}, nil, nil, nil},
		{"a second predicate after 'and' has the sentence's subject: a project's partners are not members of its coordinator",
			[]string{"The AGRIVAL project started in May. AGRIVAL is coordinated by the Varna-based Black Sea Agro Cluster and brings together four organisations: Delta Seeds Ltd; the Agricultural University of Plovdiv; and Frutta Srl from Padua, Italy.",
				"Проектът ВОДАТЕХ стартира. ВОДАТЕХ е координиран от Клъстер „Чиста вода“ и обединява три организации: „Аква Тек“ ООД, Община Белене и „Хидро Систем“ ЕООД."},
			nil, nil,
			[]rel{{kg.PartnerIn, "Delta Seeds Ltd", "AGRIVAL", "partner"}, {kg.PartnerIn, "Frutta Srl", "AGRIVAL", "partner"},
				{kg.PartnerIn, "Аква Тек ООД", "ВОДАТЕХ", "partner"}},
			[]rel{{kg.MemberOf, "Delta Seeds Ltd", "Black Sea Agro Cluster", ""}, {kg.MemberOf, "Аква Тек ООД", "Чиста вода", ""}}},
		{"a subject with no predicate of its own before 'и' is no shared subject",
			[]string{"Клъстер „Чиста вода“ и Клъстер „Бистра река“ обединяват над 40 фирми, сред които „Аква Тек“ ООД."},
			nil, nil, nil,
			[]rel{{kg.PartnerIn, "Аква Тек ООД", "Чиста вода", ""}}},
		{"a member named after a singular member noun: 'член на клъстера – X', 'клъстерния член X', 'членуващата в клъстера компания X'",
			[]string{"Клъстер „Зелена долина“ отчете годината. Площадката е създадена на територията на член на клъстера – Бетон Инвест ЕООД. Демонстрацията ще бъде в полето на клъстерния член Родопски билки ООД. Платформата е разработена от членуващата в клъстера компания Дата Поинт АД.",
				"The Lake Cluster met in May. The pilot runs at the cluster member Fjord Analytics Ltd near the lake."},
			[]ent{{kg.Organization, "Родопски билки ООД"}}, nil,
			[]rel{{kg.MemberOf, "Бетон Инвест ЕООД", "Зелена долина", ""}, {kg.MemberOf, "Родопски билки ООД", "Зелена долина", ""},
				{kg.MemberOf, "Дата Поинт АД", "Зелена долина", ""}, {kg.MemberOf, "Fjord Analytics Ltd", "Lake Cluster", ""}}, nil},
		{"the other frames stay theirs: a subject before 'е член на', an apposition before the noun, a new member",
			[]string{"Клъстер „Зелена долина“ отчете годината. Бетон Инвест ЕООД е член на клъстера Агро Сервиз ООД, а Иван Петров, член на клъстера, говори."},
			nil, nil,
			[]rel{{kg.MemberOf, "Бетон Инвест ЕООД", "Зелена долина", ""}},
			[]rel{{kg.MemberOf, "Агро Сервиз ООД", "Зелена долина", ""}}},
		{"a capitalised adjective and a lower-case noun before a legal form are one name; not at the start of a sentence, nor a common noun",
			[]string{"Договорът е подписан с Балкански плодове ЕООД и с фирмата за семена АД.", "Тракийски семена ЕООД отказа."},
			[]ent{{kg.Organization, "Балкански плодове ЕООД"}}, []ent{{kg.Organization, "фирмата за семена АД"}, {kg.Organization, "Тракийски семена ЕООД"}}, nil, nil},
		{"titles before names in a comma list belong to the names after them",
			[]string{"Клъстер „Дунавско злато“ подписа договор с Лесотехническия университет. Подписи положиха председателят на клъстера Иван Стоев, ректорът на университета проф. д-р Мария Добрева и кметът на Община Лом Петър Илиев."},
			nil, nil,
			[]rel{{kg.HoldsRole, "Иван Стоев", "Дунавско злато", "председател"}, {kg.HoldsRole, "Петър Илиев", "Община Лом", "кмет"}},
			[]rel{{kg.HoldsRole, "Иван Стоев", "Лесотехнически университет", "ректор"}, {kg.HoldsRole, "Мария Добрева", "Община Лом", "кмет"}}},
		{"a post in a faculty or department named with its parent is a post in the parent",
			[]string{"Говори доц. Стела Пенева, декан на Горския факултет на Лесотехническия университет.",
				"Гл. ас. д-р Огнян Петков, преподавател в катедра „Енергетика“ на Технически университет – Варна, обясни схемата."},
			nil, nil,
			[]rel{{kg.HoldsRole, "Стела Пенева", "Лесотехнически университет", "декан"}, {kg.HoldsRole, "Огнян Петков", "Технически университет – Варна", "преподавател"}},
			[]rel{{kg.HoldsRole, "Стела Пенева", "Горски факултет", "декан"}, {kg.HoldsRole, "Огнян Петков", "Енергетика", "преподавател"}}},
		{"a passive election said of a person past the person's apposition",
			[]string{"The Danube Cluster Alliance held its annual assembly in Ruse. Mr Petar Ivanov, CEO of the Vidin Logistics Cluster, was re-elected President.",
				"Асоциация „Клъстери на Тракия“ проведе общо събрание. Иван Колев, управител на „Техно Пласт“ ООД, беше преизбран за председател."},
			nil, nil,
			[]rel{{kg.HoldsRole, "Petar Ivanov", "Danube Cluster Alliance", "president"}, {kg.HoldsRole, "Petar Ivanov", "Vidin Logistics Cluster", "ceo"},
				{kg.HoldsRole, "Иван Колев", "Клъстери на Тракия", "председател"}, {kg.HoldsRole, "Иван Колев", "Техно Пласт ООД", "управител"}},
			[]rel{{kg.HoldsRole, "Petar Ivanov", "Vidin Logistics Cluster", "president"}}},
		{"board members listed with their own appositions between them",
			[]string{"The Danube Cluster Alliance held its annual assembly in Ruse. Other Board members are Maria Petrova, executive director of the Lom Port Cluster, and Ivan Kolev of the Pleven Food Cluster.",
				"Асоциация „Клъстери на Тракия“ проведе общо събрание. Членове на УС са Дарина Попова, управител на „Техно Пласт“ ООД, и Стоян Генов."},
			nil, nil,
			[]rel{{kg.HoldsRole, "Maria Petrova", "Danube Cluster Alliance", "board member"}, {kg.HoldsRole, "Ivan Kolev", "Danube Cluster Alliance", "board member"},
				{kg.HoldsRole, "Maria Petrova", "Lom Port Cluster", "executive director"},
				{kg.HoldsRole, "Дарина Попова", "Клъстери на Тракия", "член на ус"}, {kg.HoldsRole, "Стоян Генов", "Клъстери на Тракия", "член на ус"}},
			[]rel{{kg.HoldsRole, "Maria Petrova", "Lom Port Cluster", "board member"}}},
		{"a board listed line by line after 'нов управителен съвет в състав:' (indefinite), with each person's own body between",
			[]string{"Клъстер „Речни брегове“ проведе събрание\n\nСъбранието прие отчета и избра нов управителен съвет в състав:\n- Кирил Данев, управител на „Речен пясък“ ЕООД – председател;\n- Нели Борисова, собственик на Борисова Дизайн – член."},
			nil, nil,
			[]rel{{kg.HoldsRole, "Кирил Данев", "Речни брегове", "председател"}, {kg.HoldsRole, "Кирил Данев", "Речен пясък ЕООД", "управител"},
				{kg.HoldsRole, "Нели Борисова", "Речни брегове", "член"}},
			[]rel{{kg.HoldsRole, "Кирил Данев", "Речен пясък ЕООД", "председател"}}},
		{"names listed with a company read by its legal form after a plural noun of companies are companies",
			[]string{"Клъстер „Речни брегове“ обучи 20 инженери от шест фирми – членове на клъстера, сред които Тракия Трейд ООД, Агромаш Пловдив и Сортекс – Тополово."},
			[]ent{{kg.Organization, "Агромаш Пловдив"}, {kg.Organization, "Сортекс – Тополово"}}, nil,
			[]rel{{kg.MemberOf, "Тракия Трейд ООД", "Речни брегове", ""}, {kg.MemberOf, "Агромаш Пловдив", "Речни брегове", ""},
				{kg.MemberOf, "Сортекс – Тополово", "Речни брегове", ""}}, nil},
		{"no company with a legal form, or no noun of companies: no spreading",
			[]string{"Гости бяха много хора, сред които Пловдив Прес и Агромаш Добрич.", "Клъстерът има шест членове, сред които Агромаш Сливен и Техномаш."},
			nil, []ent{{kg.Organization, "Пловдив Прес"}, {kg.Organization, "Агромаш Сливен"}}, nil, nil},
		{"a body alone in an apposition before a relative clause about the person",
			[]string{"Резултатите представиха:\n– доц. Милена Стоева, Лесотехническият университет, която показа данните от опитите;"},
			nil, nil, []rel{{kg.HoldsRole, "Милена Стоева", "Лесотехнически университет", ""}}, nil},
		{"a title and body right before a name are that name's, after another person too",
			[]string{"В срещата участваха кметът на Община Лом Петър Илиев, председателят на Търговско-промишлена палата – Видин Стоян Генов, както и гости."},
			nil, nil, []rel{{kg.HoldsRole, "Стоян Генов", "Търговско-промишлена палата – Видин", "председател"}},
			[]rel{{kg.HoldsRole, "Петър Илиев", "Търговско-промишлена палата – Видин", "председател"}}},
		{"a rank before a name ends the complement of a body's name",
			[]string{"Говори експертът от Института за регионални изследвания доц. Павел Кънев."},
			[]ent{{kg.Organization, "Институт за регионални изследвания"}}, []ent{{kg.Organization, "Институт за регионални изследвания доц"}},
			[]rel{{kg.HoldsRole, "Павел Кънев", "Институт за регионални изследвания", "експерт"}}, nil},
		{"a cluster named with its town after a dash keeps the town in its name",
			[]string{"Информационният ден беше организиран от ИТ Клъстер – Сливен в сряда."},
			[]ent{{kg.Cluster, "ИТ Клъстер – Сливен"}}, nil, []rel{{kg.BasedIn, "ИТ Клъстер – Сливен", "Сливен", ""}}, nil},
		{"a unit with a quoted name between the title and the body, the body by its noun",
			[]string{"Срещата беше организирана от Главна дирекция „Регионални програми“ към министерството. На срещата говори Ирина Божкова, началник на отдел „Мониторинг“ в главната дирекция."},
			nil, nil, []rel{{kg.HoldsRole, "Ирина Божкова", "Главна дирекция Регионални програми", "началник на отдел „мониторинг“"}}, nil},
		{"a title with the field it heads before the body and the name",
			[]string{"Ръководителят на научните програми в Клъстер „Дунавски софтуер“ д-р Пламен Ников представи модела."},
			nil, nil, []rel{{kg.HoldsRole, "Пламен Ников", "Дунавски софтуер", "ръководител на научните програми"}}, nil},
		{"a headline's network that a cluster joins is not the text's topic; a body in quoted speech is no body of the speaker's title",
			[]string{"Родопският млечен клъстер стана член на европейската мрежа DairyNet Europe\n\nКлъстер „Родопско мляко“ е приет за член на DairyNet Europe. „Членството ни дава достъп до проекти по програма „Хоризонт Европа“ и до нови пазари за нас“, коментира изпълнителният директор Ралица Томова. Според председателя на управителния съвет Георги Илиев това е голяма стъпка."},
			[]ent{{kg.Association, "DairyNet Europe"}}, nil,
			[]rel{{kg.HoldsRole, "Ралица Томова", "Родопско мляко", "изпълнителен директор"}, {kg.HoldsRole, "Георги Илиев", "Родопско мляко", "председател на управителния съвет"}},
			[]rel{{kg.HoldsRole, "Георги Илиев", "DairyNet Europe", "председател на управителния съвет"}}},
		{"a relative clause with its own subject: 'Y (ACR), в която клъстерът членува'",
			[]string{"Клъстер „Стара планина“ подписа договор. Присъстваха представители на Асоциацията на дървообработващите фирми (АДФ), в която клъстерът членува от 2020 г."},
			nil, nil, []rel{{kg.MemberOf, "Стара планина", "Асоциация на дървообработващите фирми", ""}}, nil},
		{"board members listed after a first name the recogniser did not read",
			[]string{"The Danube Cluster Alliance held its annual assembly in Ruse. Other Board members are Tiberiu Vlasceanu, executive director of the Galati Port Cluster, and Ivan Kolev of the Pleven Food Cluster."},
			nil, nil, []rel{{kg.HoldsRole, "Ivan Kolev", "Danube Cluster Alliance", "board member"}},
			[]rel{{kg.HoldsRole, "Ivan Kolev", "Galati Port Cluster", "board member"}}},
		{"a town's council is a body named for its territory: no seat; a board's 'управителният съвет' stays a board",
			[]string{"Според председателя на Общински съвет – Видин Пламен Стоев проектът е важен. Управителният съвет на клъстера одобри плана."},
			[]ent{{kg.Organization, "Общински съвет – Видин"}}, []ent{{kg.Organization, "Управителният съвет"}},
			[]rel{{kg.HoldsRole, "Пламен Стоев", "Общински съвет – Видин", "председател"}},
			[]rel{{kg.BasedIn, "Общински съвет – Видин", "Видин", ""}}},
		{"a description before a quoted company with its legal form is no second body; a town inside a company's name before its legal form",
			[]string{"Клъстер „Тракийско зърно“ прие нови членове:\n- Цех за преработка на плодове „Ябълка“ ООД от Кнежа;\n- Мелници Генерал Тошево АД."},
			[]ent{{kg.Organization, "Ябълка ООД"}, {kg.Organization, "Мелници Генерал Тошево АД"}}, []ent{{kg.Organization, "Цех за преработка на плодове"}},
			[]rel{{kg.MemberOf, "Ябълка ООД", "Тракийско зърно", ""}, {kg.MemberOf, "Мелници Генерал Тошево АД", "Тракийско зърно", ""}}, nil},
		{"a town alone before a legal form makes no name",
			[]string{"Фирмата е регистрирана в Пловдив АД като акционерно дружество."},
			nil, []ent{{kg.Organization, "Пловдив АД"}}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-05-01", tc.texts...)
			checkEntsIn(t, g, tc.ents, tc.notEnts)
			checkRels(t, g, tc.want, tc.not)
		})
	}
}
