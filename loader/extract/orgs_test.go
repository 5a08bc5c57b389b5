package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestOrgPhrasings checks the organisation-side rules (membership,
// partners, funding, roles, seats) on invented sentences of the genre, with
// the relations that must and must not come out.
func TestOrgPhrasings(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []rel
		not   []rel
	}{
		{"a minister is named by the field of the ministry the text names",
			[]string{"Министерството на земеделието и храните (МЗХ) обяви нова мярка. Според заместник-министъра на земеделието и храните Петър Колев мярката ще помогне на фермерите.",
				"The Ministry of Tourism opened the fair. The Minister of Tourism Ivan Georgiev cut the ribbon."},
			[]rel{{kg.HoldsRole, "Петър Колев", "Министерство на земеделието и храните", "заместник-министър"},
				{kg.HoldsRole, "Ivan Georgiev", "Министерство на туризма", "minister"}}, nil},
		{"no ministry named, no role; a field that names another ministry",
			[]string{"Според заместник-министъра на земеделието Петър Колев мярката ще помогне.",
				"Министерството на енергетиката организира среща. На нея говори министърът на туризма Иван Петров."},
			nil,
			[]rel{{kg.HoldsRole, "Иван Петров", "Министерство на енергетиката", ""}}},
		{"a new chair elected: 'За нов председател на управителния съвет беше избран X, <his other role>'",
			[]string{"Асоциация „Клъстери на Юга“ (АКЮ) проведе общото си събрание. За нов председател на управителния съвет беше избран Стоян Маринов, досегашен управител на Клъстер „Лозя“ от Мелник."},
			[]rel{{kg.HoldsRole, "Стоян Маринов", "Клъстери на Юга", "председател на управителния съвет"},
				{kg.HoldsRole, "Стоян Маринов", "Лозя", "управител"}},
			[]rel{{kg.HoldsRole, "Стоян Маринов", "Лозя", "председател на управителния съвет"}}},
		{"a board title as written: 'на УС' stays short, 'на управителния съвет' stays long",
			[]string{"Клъстер „Горна вода“ откри офис. Говори Ана Русева, председател на УС на Клъстер „Горна вода“. Присъства и Иво Дачев, член на управителния съвет на Клъстер „Горна вода“."},
			[]rel{{kg.HoldsRole, "Ана Русева", "Горна вода", "председател на ус"}, {kg.HoldsRole, "Иво Дачев", "Горна вода", "член на управителния съвет"}}, nil},
		{"an assembly admits new members: of the association the text is about, not of a cluster named before",
			[]string{"Съюзът на машиностроителните клъстери прие членове\n\nНа събранието на Съюза на машиностроителните клъстери (СМК) говори Петър Илиев, управител на Клъстер „Стомана“ от Перник. Общото събрание одобри приемането на три нови члена – Клъстер „Лагери“ от Казанлък и Клъстер „Валове“."},
			[]rel{{kg.MemberOf, "Лагери", "Съюз на машиностроителните клъстери", ""}, {kg.MemberOf, "Валове", "Съюз на машиностроителните клъстери", ""}},
			[]rel{{kg.MemberOf, "Лагери", "Стомана", ""}, {kg.MemberOf, "Валове", "Стомана", ""}}},
		{"a counted noun is no reference: '30 клъстера' does not point to a cluster named before",
			[]string{"Асоциацията на машиностроителните клъстери расте\n\nНа годишното събрание на Асоциацията на машиностроителните клъстери (АМК) говори Петър Илиев, управител на Клъстер „Стомана“ от Перник. С тях АМК вече обединява 30 клъстера от страната."},
			nil,
			[]rel{{kg.MemberOf, "Стомана", "Асоциация на машиностроителните клъстери", ""}}},
		{"board entrants listed with their own bodies and titles: 'В новия УС влизат още A от X, B, председател на Y, и C'",
			[]string{"Асоциация „Дунавски клъстери“ (АДК) избра ново ръководство. В новия УС влизат още Мирослав Генов от Клъстер „Пристан“, Снежана Илиева, управител на Клъстер „Лодки“, и Калин Русев.",
				"Сдружение „Бизнес клъстер Тимок“ проведе събрание. В Управителния съвет влязоха Ива Нанева и Борис Гечев."},
			[]rel{{kg.HoldsRole, "Мирослав Генов", "Дунавски клъстери", "член на ус"}, {kg.HoldsRole, "Снежана Илиева", "Дунавски клъстери", "член на ус"},
				{kg.HoldsRole, "Калин Русев", "Дунавски клъстери", "член на ус"}, {kg.HoldsRole, "Снежана Илиева", "Лодки", "управител"},
				{kg.HoldsRole, "Ива Нанева", "Бизнес клъстер Тимок", "член на управителния съвет"}, {kg.HoldsRole, "Борис Гечев", "Бизнес клъстер Тимок", "член на управителния съвет"}},
			[]rel{{kg.HoldsRole, "Мирослав Генов", "Пристан", "член на ус"}}},
		{"entering a body is no board seat",
			[]string{"Клъстер „Пристан“ расте. В клъстера влизат и фирмите „Котва“ ООД и „Кърма“ ЕООД, както и Мирослав Генов."},
			nil,
			[]rel{{kg.HoldsRole, "Мирослав Генов", "Пристан", "член на ус"}}},
		{"a town closing a list line is the seat of the line's body; a quoted name before the dash",
			[]string{"Клъстер „Бяла вода“ прие нови членове. Новите членове са:\n- „Аква Логик“ ООД – системи за напояване, Пазарджик;\n- „Капка Про“ ЕООД – филтри и помпи – Пещера;\n- Професионална гимназия по механизация „Христо Смирненски“ – Велинград;\n- „Извор Консулт“ ЕООД – консултантски услуги."},
			[]rel{{kg.BasedIn, "Аква Логик ООД", "Пазарджик", ""}, {kg.BasedIn, "Капка Про ЕООД", "Пещера", ""}, {kg.BasedIn, "Професионална гимназия по механизация Христо Смирненски – Велинград", "Велинград", ""}},
			[]rel{{kg.BasedIn, "Извор Консулт ЕООД", "Велинград", ""}}},
		{"a line naming two bodies, or a town inside the line, gives no seat",
			[]string{"Програмата включва:\n- „Аква Логик“ ООД и „Капка Про“ ЕООД – обучение, Пазарджик;\n- „Извор Консулт“ ЕООД – посещение в Пещера и среща с фирми."},
			nil,
			[]rel{{kg.BasedIn, "Аква Логик ООД", "Пазарджик", ""}, {kg.BasedIn, "Капка Про ЕООД", "Пазарджик", ""}, {kg.BasedIn, "Извор Консулт ЕООД", "Пещера", ""}}},
		{"an unknown town written with its country ('от Пирея, Гърция') is a town, part of the country, the seat of the body before it; the list goes on after it",
			[]string{"Проектът SEAWIND стартира. Сред партньорите по проекта SEAWIND са Институтът за вятърна енергия „Еол“ от Каламата, Гърция, Бургаският свободен университет и испанската фондация „Марина Нова“."},
			[]rel{{kg.BasedIn, "Институт за вятърна енергия Еол", "Каламата", ""}, {kg.PartOf, "Каламата", "Гърция", ""},
				{kg.PartnerIn, "Институт за вятърна енергия Еол", "SEAWIND", "partner"}, {kg.PartnerIn, "Бургаски свободен университет", "SEAWIND", "partner"},
				{kg.PartnerIn, "Марина Нова", "SEAWIND", "partner"}},
			[]rel{{kg.BasedIn, "Бургаски свободен университет", "Каламата", ""}}},
		{"a given name before a country is no town",
			[]string{"Сред гостите беше Мария от Георги, България."},
			nil,
			[]rel{{kg.PartOf, "Георги", "България", ""}}},
		{"the antecedent of 'който е водещ партньор' past the body's seat ('X (ACR) от Бургас, който ...')",
			[]string{"Проектът SEAWIND стартира в Бургас. Домакин беше Клъстер „Вятърни паркове“ (КВП) от Бургас, който е водещ партньор по проекта."},
			[]rel{{kg.PartnerIn, "Вятърни паркове", "SEAWIND", "lead"}, {kg.BasedIn, "Вятърни паркове", "Бургас", ""}}, nil},
		{"exhibitors listed after a count of a body's members taking part are its members",
			[]string{"Седем фирми – членове на Клъстер „Тракийски вкус“ (КТВ) участваха в изложението „Фуд Експо 2026“ в Милано. Щандът беше посетен от стотици търговци. Сред изложителите бяха мандрата „Бяло поле“ ЕООД от Стара Загора и пекарната „Житен клас“ ООД.",
				"Twelve members of the Adriatic Wine Cluster exhibited at the Vinexpo 2026 fair in Paris. Among the exhibitors were the winery Dalmatia Vina Ltd and the cooperage Oak Barrels Ltd."},
			[]rel{{kg.MemberOf, "Бяло поле ЕООД", "Тракийски вкус", ""}, {kg.MemberOf, "Житен клас ООД", "Тракийски вкус", ""},
				{kg.MemberOf, "Dalmatia Vina Ltd", "Adriatic Wine Cluster", ""}, {kg.MemberOf, "Oak Barrels Ltd", "Adriatic Wine Cluster", ""}}, nil},
		{"exhibitors are no members when no count of members took part",
			[]string{"Клъстер „Тракийски вкус“ организира изложението „Фуд Експо 2026“ в Милано. Членовете на клъстера са 40. Сред изложителите бяха мандрата „Бяло поле“ ЕООД и пекарната „Житен клас“ ООД."},
			nil,
			[]rel{{kg.MemberOf, "Бяло поле ЕООД", "Тракийски вкус", ""}, {kg.MemberOf, "Житен клас ООД", "Тракийски вкус", ""}}},
		{"a second predicate of the sentence's subject ('X е създаден през 2017 г. и е член на Y')",
			[]string{"Клъстер „Горски плодове“ расте. Клъстер „Горски плодове“ е основан през 2019 г. и е член на Асоциацията на земеделските клъстери (АЗК)."},
			[]rel{{kg.MemberOf, "Горски плодове", "Асоциация на земеделските клъстери", ""}}, nil},
		{"a second predicate with another body between is not the subject's",
			[]string{"Клъстер „Горски плодове“ подписа договор с Община Смолян и е член на Асоциацията на земеделските клъстери (АЗК)."},
			nil, []rel{{kg.MemberOf, "Община Смолян", "Асоциация на земеделските клъстери", ""}}},
		{"'в който членува': the antecedent is the body, the subject its member",
			[]string{"Асоциацията на земеделските клъстери (АЗК) проведе събрание. Председателят посочи, че АЗК ще продължи да работи в Асоциация „Агро Европа“ (АЕ), в която членува от 2018 г.",
				"Агро новини от региона\n\nКлъстер „Горски плодове“ участва активно в Асоциация „Устойчиво земеделие“, в която членува от 2020 г."},
			[]rel{{kg.MemberOf, "Асоциация на земеделските клъстери", "Агро Европа", ""}, {kg.MemberOf, "Горски плодове", "Устойчиво земеделие", ""}},
			[]rel{{kg.MemberOf, "Агро Европа", "Асоциация на земеделските клъстери", ""}}},
		{"a coordinator's seat: its town after the acronym, its country after 'координиран от'",
			[]string{"Проектът FORESTA стартира през май 2026 г.\n\nПроектът беше координиран от Университета по горско стопанство (UGS) в Грац, Австрия.",
				"Проектът SOLARIS стартира през май 2026 г.\n\nТой е координиран от Института по слънчева енергия „Хелиос“ в Испания."},
			[]rel{{kg.BasedIn, "Университет по горско стопанство", "Грац", ""}, {kg.PartOf, "Грац", "Австрия", ""},
				{kg.BasedIn, "Институт по слънчева енергия Хелиос", "Испания", ""}}, nil},
		{"a body named with a country is not its seat outside a coordinator's phrase",
			[]string{"Клъстер „Горски плодове“ обсъди инвестициите на Фондация „Зелена гора“ в Германия."},
			nil, []rel{{kg.BasedIn, "Зелена гора", "Германия", ""}}},
		{"consortium partners after 'с участието на'",
			[]string{"Проектът AGROWATER се изпълнява от консорциум от осем партньори, координиран от Университета в Падуа, с участието на Община Карлово и Клъстер „Розова долина“."},
			[]rel{{kg.PartnerIn, "Община Карлово", "AGROWATER", "partner"}, {kg.PartnerIn, "Розова долина", "AGROWATER", "partner"}}, nil},
		{"'с участието на' without a consortium names no partners",
			[]string{"Проектът AGROWATER беше представен на среща с участието на Община Карлово."},
			nil, []rel{{kg.PartnerIn, "Община Карлово", "AGROWATER", "partner"}}},
		{"titles with a qualifier or a deputy: 'производствен мениджър', 'заместник-директора на X', 'investment manager at X'",
			[]string{"Говори Мария Илиева, производствен мениджър в „Конфекция Рила“ ООД. Гостите бяха водени от заместник-директора на Националния институт по лозарство (НИЛ) Иван Чобанов.",
				"The jury included Mr Petar Kolev, investment manager at Rila Capital Partners."},
			[]rel{{kg.HoldsRole, "Мария Илиева", "Конфекция Рила ООД", "производствен мениджър"},
				{kg.HoldsRole, "Иван Чобанов", "Национален институт по лозарство", "заместник-директор"},
				{kg.HoldsRole, "Petar Kolev", "Rila Capital Partners", "investment manager"}}, nil},
		{"a project's leader at a body: 'ръководител на проекта X в Y'; a role after the person's body: 'X от Y, ръководител на проекта,'",
			[]string{"Проектът AQUAGRID стартира.\n\nГовориха Анна Пенева, ръководител на проекта AQUAGRID в Община Белене, и проф. Ханс Бауер от Техническия университет – Грац, ръководител на проекта, който откри срещата."},
			[]rel{{kg.HoldsRole, "Анна Пенева", "Община Белене", "ръководител на проекта"},
				{kg.HoldsRole, "Ханс Бауер", "Технически университет – Грац", "ръководител на проекта"}}, nil},
		{"a role after the body that is another body's is not the person's title there",
			[]string{"Говори проф. Ханс Бауер от Техническия университет – Грац, председател на Асоциацията на инженерите."},
			nil,
			[]rel{{kg.HoldsRole, "Ханс Бауер", "Технически университет – Грац", "председател"}}},
		{"a quoted name after a role with the cluster head inside is a cluster",
			[]string{"Говори Пламен Русев, управител на „Мебелен клъстер Странджа“ (МКС)."},
			[]rel{{kg.HoldsRole, "Пламен Русев", "Мебелен клъстер Странджа", "управител"}}, nil},
		{"partner nouns opening a sentence about the project: 'Трети партньор е X', 'Германският партньор е клъстерът X', 'Българските участници са двама: A и B', 'Сред останалите участници са A и B'",
			[]string{"Клъстер „Дунавски брегове“ (КДБ) се включи в проекта „Речни коридори“ (RIVERLINK), одобрен по програма Interreg Danube.\n\nКоординатор е Университетът в Регенсбург. Германският партньор е клъстерът Donau Logistik. Българските участници са двама: КДБ и Община Лом. Трети партньор е Институтът по речен транспорт. Сред останалите участници са Регион Мунтения от Румъния и Сръбската търговска камара."},
			[]rel{{kg.PartnerIn, "Дунавски брегове", "Речни коридори", "partner"}, {kg.PartnerIn, "Donau Logistik", "Речни коридори", "partner"},
				{kg.PartnerIn, "Община Лом", "Речни коридори", "partner"}, {kg.PartnerIn, "Институт по речен транспорт", "Речни коридори", "partner"},
				{kg.PartnerIn, "Регион Мунтения", "Речни коридори", "partner"}}, nil},
		{"participants of a meeting are not partners; a lead partner keeps its role",
			[]string{"Проектът „Речни коридори“ (RIVERLINK) продължава.\n\nПартньорската среща на проекта RIVERLINK се проведе в Лом. Участниците бяха Община Лом и Институтът по речен транспорт. Водещ партньор е Университетът в Регенсбург."},
			nil,
			[]rel{{kg.PartnerIn, "Община Лом", "Речни коридори", "partner"}, {kg.PartnerIn, "Университет в Регенсбург", "Речни коридори", "partner"}}},
		{"the relative clause of a project: 'по проекта X, в който клъстерът участва заедно с Y'",
			[]string{"Клъстер „Зелен транспорт“ (КЗТ) организира посещение в Линц. Посещението беше по проекта E-FLEET, в който клъстерът участва заедно с Община Русе."},
			[]rel{{kg.PartnerIn, "Зелен транспорт", "E-FLEET", "partner"}, {kg.PartnerIn, "Община Русе", "E-FLEET", "partner"}}, nil},
		{"a name's acronym that spells the region after 'в' keeps the region in the name",
			[]string{"Новини\n\nГовори председателят на Асоциацията на енергийните клъстери в Централна Европа (АЕКЦЕ) Мария Стоева."},
			[]rel{{kg.HoldsRole, "Мария Стоева", "Асоциация на енергийните клъстери в Централна Европа", "председател"}},
			[]rel{{kg.HoldsRole, "Мария Стоева", "Асоциация на енергийните клъстери", "председател"}}},
		{"'процедурата' is the call; the fund of a call pays its programme too; a programme of a fund",
			[]string{"МИР откри процедура\n\nМинистерството обяви процедура „Зелени клъстери“ по Програма „Иновации в предприятията“ 2021–2027. Общият бюджет на процедурата е 30 млн. евро, осигурени от Европейския фонд за регионално развитие.",
				"Форум на клъстерите\n\nЛекторът ще представи опита на исландските клъстери по програма „Сини иновации“ на Кохезионния фонд."},
			[]rel{{kg.FundedBy, "Зелени клъстери", "Европейски фонд за регионално развитие", ""},
				{kg.FundedBy, "Програма Иновации в предприятията 2021-2027", "Европейски фонд за регионално развитие", ""},
				{kg.FundedBy, "Сини иновации", "Кохезионен фонд", ""}}, nil},
		{"a town after a dash closes a body's name phrase: its seat",
			[]string{"Асоциацията прие нови членове – Клъстер „Слънчеви системи“ – Хасково и Клъстер за енергийни услуги – Ловеч. За председател беше избрана Анна Колева, управител на Клъстер „Вятърна сила“ – Добрич."},
			[]rel{{kg.BasedIn, "Слънчеви системи", "Хасково", ""}, {kg.BasedIn, "Вятърна сила", "Добрич", ""}}, nil},
		{"a dash before two places joined by a dash, or before a country, names no seat",
			[]string{"Клъстер „Слънчеви системи“ – Хасково – Кърджали работи в региона. Клъстер „Вятърна сила“ – България е нов член."},
			nil,
			[]rel{{kg.BasedIn, "Слънчеви системи", "Хасково", ""}, {kg.BasedIn, "Вятърна сила", "България", ""}}},
		{"member companies: 'The cluster's member companies include A and B', 'Членуващите в клъстера фирми A и B'",
			[]string{"Rila Wood Cluster grows\n\nThe Rila Wood Cluster (RWC) held its assembly. The cluster's member companies include Alfa Timber Ltd and Beta Furniture Ltd.",
				"Клъстер „Бета мебел“ расте\n\nКлъстер „Бета мебел“ (КБМ) проведе събрание. Членуващите в клъстера фирми „Гама Дърво“ ООД и „Делта Лак“ ЕООД показаха продукти."},
			[]rel{{kg.MemberOf, "Alfa Timber Ltd", "Rila Wood Cluster", ""}, {kg.MemberOf, "Beta Furniture Ltd", "Rila Wood Cluster", ""},
				{kg.MemberOf, "Гама Дърво ООД", "Бета мебел", ""}, {kg.MemberOf, "Делта Лак ЕООД", "Бета мебел", ""}}, nil},
		{"a bare 'сдружението' is the body the text is about, not another association it names; 'сдружението на X' is another",
			[]string{"Клъстер „Бета мебел“ расте\n\nКлъстер „Бета мебел“ (КБМ) стана член на Европейския мебелен алианс (ЕМА). Сдружението включва 25 фирми, сред които „Омега Пласт“ ООД и „Сигма Бор“ АД. Към него се присъедини и сдружението на дърводелците от Тетевен."},
			[]rel{{kg.MemberOf, "Омега Пласт ООД", "Бета мебел", ""}, {kg.MemberOf, "Сигма Бор АД", "Бета мебел", ""}},
			[]rel{{kg.MemberOf, "Омега Пласт ООД", "Европейски мебелен алианс", ""}, {kg.BasedIn, "Бета мебел", "Тетевен", ""}}},
		{"a board's line-up after 'Членове на УС са', of the body named after the board or the text's",
			[]string{"Клъстер „Зелена логистика“ проведе събрание. Членове на УС са Иван Иванов, Петър Петров и Мария Маринова.",
				"Асоциацията на речните превозвачи (АРП) отчете годината. Членовете на Управителния съвет на Клъстер „Пристанища“ са Пламен Колев и Анна Илиева."},
			[]rel{{kg.HoldsRole, "Иван Иванов", "Зелена логистика", "член на ус"}, {kg.HoldsRole, "Петър Петров", "Зелена логистика", "член на ус"},
				{kg.HoldsRole, "Мария Маринова", "Зелена логистика", "член на ус"},
				{kg.HoldsRole, "Пламен Колев", "Пристанища", "член на управителния съвет"}, {kg.HoldsRole, "Анна Илиева", "Пристанища", "член на управителния съвет"}},
			[]rel{{kg.HoldsRole, "Пламен Колев", "Асоциация на речните превозвачи", "член на управителния съвет"}}},
		{"members of a body that are companies are no board",
			[]string{"Клъстер „Зелена логистика“ проведе събрание. Членове на клъстера са „Нео Транс“ АД и Иван Иванов."},
			nil, []rel{{kg.HoldsRole, "Иван Иванов", "Зелена логистика", "член на ус"}}},
		{"a board seat in a later predicate of a person's relative clause ('X, която ръководи асоциацията ... и остава член на УС')",
			[]string{"Асоциация „Клъстери на Юга“ (АКЮ) избра нов председател. Той сменя Мила Стоева, която ръководи асоциацията четири години и остава член на УС."},
			[]rel{{kg.HoldsRole, "Мила Стоева", "Клъстери на Юга", "член на ус"}}, nil},
		{"a later predicate that names another body's board gives no seat in the text's body",
			[]string{"Асоциация „Клъстери на Юга“ (АКЮ) избра нов председател. Той сменя Мила Стоева, която ръководи асоциацията четири години и остава член на УС на Клъстер „Лозя“."},
			nil, []rel{{kg.HoldsRole, "Мила Стоева", "Клъстери на Юга", "член на ус"}}},
		{"a role given in the future ('Мениджър на клъстера ще бъде X'); a second role after 'е и'",
			[]string{"Клъстер „Родопски вкус“ има нов управител\n\nНовият управител на Клъстер „Родопски вкус“ е Никола Генчев. Мениджър на клъстера ще бъде Елица Стоева. Генчев е и собственик на фирмата „Генчеви Фуудс“ ООД."},
			[]rel{{kg.HoldsRole, "Никола Генчев", "Родопски вкус", "управител"}, {kg.HoldsRole, "Елица Стоева", "Родопски вкус", "мениджър"},
				{kg.HoldsRole, "Никола Генчев", "Генчеви Фуудс ООД", "собственик"}}, nil},
		{"an acronym with a possessive ending is the body it abbreviates ('The DFC's chairman X')",
			[]string{"Danube Food Cluster joins FOODLINK\n\nThe Danube Food Cluster (DFC) is a partner in the FOODLINK project. The DFC's chairman Ivan Petrov said the cluster will lead the training."},
			[]rel{{kg.HoldsRole, "Ivan Petrov", "Danube Food Cluster", "chairman"}},
			[]rel{{kg.HoldsRole, "Ivan Petrov", "DFC's", "chairman"}}},
		{"'Това са A, B и C' after a count of new members; 'These are A and B' after a count of partners",
			[]string{"Клъстер „Северна мебел“ расте\n\nКлъстер „Северна мебел“ прие три нови членове. Това са фабриката „Дъб Стил“ ООД от Мездра, студиото „Арт Форма“ ЕООД и „Вратица“ АД.",
				"WOODNET starts\n\nThe project WOODNET brings together five partners. These are Alfa Timber Ltd and the University of Forestry."},
			[]rel{{kg.MemberOf, "Дъб Стил ООД", "Северна мебел", ""}, {kg.MemberOf, "Арт Форма ЕООД", "Северна мебел", ""}, {kg.MemberOf, "Вратица АД", "Северна мебел", ""},
				{kg.PartnerIn, "Alfa Timber Ltd", "WOODNET", "partner"}, {kg.PartnerIn, "University of Forestry", "WOODNET", "partner"}}, nil},
		{"'Това са' after no count names nobody",
			[]string{"Клъстер „Северна мебел“ расте\n\nКлъстер „Северна мебел“ проведе събрание. Това са „Дъб Стил“ ООД и „Вратица“ АД."},
			nil, []rel{{kg.MemberOf, "Дъб Стил ООД", "Северна мебел", ""}}},
		{"a town written with its country is part of it, after a seat word, in brackets, on a list line or in a dateline",
			[]string{"Клъстер „Дунавска лоза“ прие нов член\n\nНовият член е винарната „Лозов рид“ ООД със седалище в Крайова, Румъния.",
				"Patras, Greece, 3 March 2025 — The Olive Cluster met its partners.\n\nThe meeting gathered Anna Kirova, manager of Lyon Agro Hub (Lyon, France), and others.",
				"Проектът VINEROUTE има трима партньори:\n- Лозарски институт, Лариса, Гърция;\n- Сдружение „Лозари“ – Брашов (Румъния);"},
			[]rel{{kg.PartOf, "Крайова", "Румъния", ""}, {kg.PartOf, "Патра", "Гърция", ""}, {kg.PartOf, "Лион", "Франция", ""},
				{kg.PartOf, "Лариса", "Гърция", ""}, {kg.PartOf, "Брашов", "Румъния", ""}}, nil},
		{"a title of a body before the person across a rank, a seat with an acronym, or the field of the office",
			[]string{"Морски клъстер „Делфин“ проведе среща. На нея председателят на „Делфин“ кап. Иван Колев представи доклад.",
				"Лентата прерязаха областният управител и председателят на Електронен клъстер – Русе (ЕКР) Стоян Иванов.",
				"На подписването присъства и заместник-кметът на Община Варна по туризъм и култура Мария Петрова, която изрази готовност."},
			[]rel{{kg.HoldsRole, "Иван Колев", "Делфин", "председател"}, {kg.HoldsRole, "Стоян Иванов", "Електронен клъстер", "председател"},
				{kg.HoldsRole, "Мария Петрова", "Община Варна", "заместник-кмет"}}, nil},
		{"'по' before a capital is no field of an office",
			[]string{"Докладът на Агенция „Пътища“ по Програма „Регионално развитие“ Иван Колев представи сам."},
			nil, []rel{{kg.HoldsRole, "Иван Колев", "Пътища", ""}}},
		{"a board listed line by line after 'в състав:': the title after each line's last dash is in the body the text is about",
			[]string{"Клъстер „Горна вода“ избра нов борд\n\nКлъстер „Горна вода“ проведе общо събрание.\n\nСъбранието избра нов управителен съвет (УС) в състав:\n• Иво Донев, управител на „Аква Инвест“ ООД – председател на УС;\n• Мила Стоева от Софийски университет „Св. Климент Охридски“ – заместник-председател;\n• Петко Ралев („Хидро Системи“ АД) – член на УС;\n• Ана Божкова – член на УС.\n\nКато председател Иво Донев обеща нови проекти."},
			[]rel{{kg.HoldsRole, "Иво Донев", "Горна вода", "председател на ус"}, {kg.HoldsRole, "Мила Стоева", "Горна вода", "заместник-председател"},
				{kg.HoldsRole, "Петко Ралев", "Горна вода", "член на ус"}, {kg.HoldsRole, "Ана Божкова", "Горна вода", "член на ус"},
				{kg.HoldsRole, "Иво Донев", "Аква Инвест ООД", "управител"}},
			[]rel{{kg.HoldsRole, "Иво Донев", "Горна вода", "председател"}, {kg.HoldsRole, "Иво Донев", "Аква Инвест ООД", "председател на ус"}}},
		{"bulleted lines after a colon that names no board hold no board role",
			[]string{"Клъстер „Горна вода“ проведе форум\n\nКлъстер „Горна вода“ проведе форум.\n\nНа форума говориха:\n• Иво Донев – член на журито;\n• Мила Стоева – модератор."},
			nil, []rel{{kg.HoldsRole, "Иво Донев", "Горна вода", "член на журито"}, {kg.HoldsRole, "Мила Стоева", "Горна вода", "модератор"}}},
		{"companies right after '<body> members' are its members",
			[]string{"Water Cluster Sofia hosts guests\n\nThe Water Cluster Sofia (WCS) hosted a fair. Among the exhibitors were WCS members Aqua Invest Ltd (Plovdiv), Hydro Systems JSC from Varna and the start-up AquaLab, which won an award."},
			[]rel{{kg.MemberOf, "Aqua Invest Ltd", "Water Cluster Sofia", ""}, {kg.MemberOf, "Hydro Systems JSC", "Water Cluster Sofia", ""}, {kg.MemberOf, "AquaLab", "Water Cluster Sofia", ""}}, nil},
		{"'<company> members' or members with no company after them name no members",
			[]string{"Water Cluster Sofia hosts guests\n\nThe Water Cluster Sofia hosted a fair. Aqua Invest Ltd members of staff met Hydro Systems JSC.",
				"Water Cluster Sofia hosts guests\n\nThe Water Cluster Sofia hosted a fair. WCS members said that Hydro Systems JSC was late."},
			nil, []rel{{kg.MemberOf, "Hydro Systems JSC", "Aqua Invest Ltd", ""}, {kg.MemberOf, "Hydro Systems JSC", "Water Cluster Sofia", ""}}},
		{"a title with the unit the person heads, then the organisation: 'head of the department of soil science at X', 'ръководител на лабораторията по оптика в X'",
			[]string{"The study was presented by Maria Petrova, head of the department of soil science at Trakia University.",
				"Доклад изнесе Петя Колева, ръководител на лабораторията по оптика в Оптикон Системс ООД."},
			[]rel{{kg.HoldsRole, "Maria Petrova", "Trakia University", "head of the department of soil science"},
				{kg.HoldsRole, "Петя Колева", "Оптикон Системс ООД", "ръководител на лабораторията по оптика"}}, nil},
		{"a unit that ends in a preposition or runs into a clause names no organisation",
			[]string{"Maria Petrova, head of the team that works in Trakia University, spoke.",
				"Говори Петя Колева, ръководител на екипа, който работи в Оптикон Системс ООД."},
			nil, []rel{{kg.HoldsRole, "Maria Petrova", "Trakia University", ""}, {kg.HoldsRole, "Петя Колева", "Оптикон Системс ООД", ""}}},
		{"a list of places or of countries is no location: 'от Варна, Румъния и Гърция', 'Sofia, Plovdiv, Greece'",
			[]string{"На форума дойдоха гости от Варна, Румъния и Гърция.",
				"Members came from Sofia, Plovdiv, Greece and Serbia."},
			nil, []rel{{kg.PartOf, "Варна", "Румъния", ""}, {kg.PartOf, "Plovdiv", "Greece", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-05-01", tc.texts...)
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
		})
	}
}

// TestQuotedNameTypes checks the type a quoted name without a head before
// it takes from a head inside it.
func TestQuotedNameTypes(t *testing.T) {
	tests := []struct {
		text, name string
		want       kg.EntityType
	}{
		{"Говори Пламен Русев, управител на „Мебелен клъстер Странджа“ (МКС).", "Мебелен клъстер Странджа", kg.Cluster},
		{"Говори Пламен Русев, управител на „Странджа Фуудс“.", "Странджа Фуудс", kg.Organization},
	}
	for _, tc := range tests {
		_, g := extractTexts(t, "2024-05-01", tc.text)
		found := false
		for _, e := range g.Entities {
			if e.Name == tc.name {
				found = true
				if e.Type != tc.want {
					t.Errorf("%q: type %s, want %s", tc.name, e.Type, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not found\n%s", tc.name, dump(g))
		}
	}
}
