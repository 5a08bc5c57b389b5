package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestRelationPhrasings checks relation rules on the genre's phrasings, one
// short text each (names invented), with the relations that must and must
// not come out.
func TestRelationPhrasings(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []rel
		not   []rel
	}{
		{"members joined, list after the verb",
			[]string{"Клъстер „Речен път“ (КРП) събра членовете си. Към клъстера се присъединиха „Алфа Транс“ ООД от Лом, спедиторската фирма „Бета карго“ ЕАД и операторът „Гама Порт“ АД."},
			[]rel{{kg.MemberOf, "Алфа Транс ООД", "Речен път", ""}, {kg.MemberOf, "Бета карго ЕАД", "Речен път", ""}, {kg.MemberOf, "Гама Порт АД", "Речен път", ""}},
			[]rel{{kg.MemberOf, "Речен път", "Алфа Транс ООД", ""}}},
		{"members after a count and 'сред които'",
			[]string{"Членове на Клъстер „Зелен град“ са 14 предприятия, сред които „Делта Пласт“ АД и „Омега Керамика“ ЕООД."},
			[]rel{{kg.MemberOf, "Делта Пласт АД", "Зелен град", ""}, {kg.MemberOf, "Омега Керамика ЕООД", "Зелен град", ""}}, nil},
		{"among the members, a pronoun for the cluster",
			[]string{"Клъстер „Светлина“ е основан през 2015 г. Сред членовете му са „Оптикон Системс“ АД и „Лазер Плюс“ ЕООД."},
			[]rel{{kg.MemberOf, "Оптикон Системс АД", "Светлина", ""}, {kg.MemberOf, "Лазер Плюс ЕООД", "Светлина", ""}}, nil},
		{"member of two associations",
			[]string{"Клъстер „Игри Юг“ е член на Асоциация „Гейм Дев“ (АГД) и на европейската мрежа Games Developer Federation (GDF)."},
			[]rel{{kg.MemberOf, "Игри Юг", "Гейм Дев", ""}, {kg.MemberOf, "Игри Юг", "Games Developer Federation", ""}}, nil},
		{"whose member is",
			[]string{"На срещата беше представена платформата Асоциация „Фотоника Европа“, чийто член е Клъстер „Средна гора“ от 2022 г."},
			[]rel{{kg.MemberOf, "Средна гора", "Фотоника Европа", ""}},
			[]rel{{kg.MemberOf, "Фотоника Европа", "Средна гора", ""}}},
		{"candidacy is not membership",
			[]string{"Общото събрание гласува кандидатурата на Клъстер „Запад“ за членство в Асоциацията на машиностроителите."},
			nil, []rel{{kg.MemberOf, "Запад", "Асоциация на машиностроителите", ""}}},
		{"English: joined the cluster",
			[]string{"The Balkan Robotics Cluster held its assembly. Two new members have joined the cluster: Rila Robotics Ltd and Vitosha Motion Ltd."},
			[]rel{{kg.MemberOf, "Rila Robotics Ltd", "Balkan Robotics Cluster", ""}, {kg.MemberOf, "Vitosha Motion Ltd", "Balkan Robotics Cluster", ""}}, nil},
		{"lead partner and partners in the next sentence",
			[]string{"Клъстер „Речен път“ (КРП) започва работа по проект „Зелени брегове“. Водещ партньор е Община Калафат (Румъния), а КРП и Търговско-промишлената палата – Видин са партньори от българска страна."},
			[]rel{{kg.PartnerIn, "Община Калафат", "Зелени брегове", "lead"}, {kg.PartnerIn, "Речен път", "Зелени брегове", "partner"},
				{kg.BasedIn, "Община Калафат", "Румъния", ""}}, nil},
		{"the other partners are",
			[]string{"Клъстер „Вкусна Тракия“ е партньор в проекта „Хранителни мостове“. Останалите партньори са Food Cluster Slovenia (Словения) и асоциацията Catalonia Gourmet."},
			[]rel{{kg.PartnerIn, "Вкусна Тракия", "Хранителни мостове", "partner"}, {kg.PartnerIn, "Food Cluster Slovenia", "Хранителни мостове", "partner"}}, nil},
		{"coordinated from",
			[]string{"Клъстер „Светлина“ е партньор в проекта „Оптични мостове“. Проектът се координира от института Fraunhofer IOF в Йена, Германия."},
			[]rel{{kg.PartnerIn, "Fraunhofer IOF", "Оптични мостове", "coordinator"}}, nil},
		{"a scientific lead is a partner",
			[]string{"The Blue Water Cluster joins the project „AQUAREUSE“. Among the partners are:\n- Aarhus University (Denmark) – scientific lead;\n- Iskar Water Services AD (Bulgaria)."},
			[]rel{{kg.PartnerIn, "Aarhus University", "AQUAREUSE", "partner"}, {kg.PartnerIn, "Iskar Water Services AD", "AQUAREUSE", "partner"}},
			[]rel{{kg.PartnerIn, "Aarhus University", "AQUAREUSE", "lead"}}},
		{"role in, role from, a second role",
			[]string{"Клъстер „МедТех Русе“ (КМР) откри обучение. Лектор е д-р Весела Колева, председател на УС на КМР и преподавател в Русенски университет. Говори и Огнян Михов, експерт по регулаторни въпроси от Асоциация „Медицински изделия“."},
			[]rel{{kg.HoldsRole, "Весела Колева", "МедТех Русе", "председател на ус"}, {kg.HoldsRole, "Весела Колева", "Русенски университет", "преподавател"},
				{kg.HoldsRole, "Огнян Михов", "Медицински изделия", "експерт"}}, nil},
		{"whose manager, who is chair",
			[]string{"Домакин беше Клъстер „Мобилност Щирия“, чийто управител д-р Франц Лехнер представи опита си. „Ще успеем“, заяви Румяна Делева, която е председател на Клъстер „Тракийска трапеза“."},
			[]rel{{kg.HoldsRole, "Франц Лехнер", "Мобилност Щирия", "управител"}, {kg.HoldsRole, "Румяна Делева", "Тракийска трапеза", "председател"}}, nil},
		{"affiliation without a title",
			[]string{"Сред лекторите беше Илия Радев от Института по пчеларство."},
			[]rel{{kg.HoldsRole, "Илия Радев", "Институт по пчеларство", ""}}, nil},
		{"English possessive role",
			[]string{"The Black Sea Security Cluster opened its centre. \"It matters,\" said Ms Yoana Petrova, the cluster's managing director."},
			[]rel{{kg.HoldsRole, "Yoana Petrova", "Black Sea Security Cluster", "managing director"}}, nil},
		{"event: organisers, venue in a resort, participants, the next edition",
			[]string{"Форумът „Вкус на Родопите“ се проведе на 12 май 2024 г. в хотел „Снежана“ в к.к. Пампорово. Той беше организиран от Клъстер „Родопа Мляко“ съвместно с Община Смолян. Във форума участваха представители на „Родопа Фуудс“ ООД и „Смолян Мес“ АД. Участие взе и кметът Николай Мелемов. Следващото издание на форума ще се състои в Кърджали."},
			[]rel{{kg.HeldIn, "Вкус на Родопите", "Снежана", ""}, {kg.HeldIn, "Вкус на Родопите", "Пампорово", ""}, {kg.PartOf, "Снежана", "Пампорово", ""},
				{kg.Organized, "Родопа Мляко", "Вкус на Родопите", "organizer"}, {kg.Organized, "Община Смолян", "Вкус на Родопите", "co-organizer"},
				{kg.ParticipatedIn, "Родопа Фуудс ООД", "Вкус на Родопите", ""}, {kg.ParticipatedIn, "Смолян Мес АД", "Вкус на Родопите", ""},
				{kg.ParticipatedIn, "Николай Мелемов", "Вкус на Родопите", ""}},
			[]rel{{kg.HeldIn, "Вкус на Родопите", "Кърджали", ""}}},
		{"English: apposition before the verb, co-organised",
			[]string{"The Lake Robotics Cluster (LRC), a Varna-based association of 30 companies, hosted the Robo Days Varna conference on 6 October 2026. The event was co-organised with the Technical University of Varna."},
			[]rel{{kg.Organized, "Lake Robotics Cluster", "Robo Days Varna conference", ""}, {kg.Organized, "Technical University of Varna", "Robo Days Varna conference", "co-organizer"}}, nil},
		{"English: 'it' is the event of the sentence before, not a later one; 'its chairman'",
			[]string{"Danube Robotics Cluster joins ROBOFARM\n\nThe Danube Robotics Cluster (DRC) is a partner in the ROBOFARM project. The first partner meeting of ROBOFARM took place in Wageningen. It was organised by Wageningen University. DRC was represented by its chairman Petar Ivanov. The Digital Farming Summit 2025 will take place in Sofia on 5 June."},
			[]rel{{kg.HoldsRole, "Petar Ivanov", "Danube Robotics Cluster", "chairman"}},
			[]rel{{kg.Organized, "Wageningen University", "Digital Farming Summit 2025", ""}}},
		{"seats: founded in, from the town, a university in a town (country)",
			[]string{"Клъстерът „Медена поляна“, който беше учреден през 2021 г. в гр. Търговище, обединява 46 стопанства. Клъстер „Зелен кръг“ (ЗК) от гр. Перник се включи в проекта. Консорциумът се ръководи от Силезийския технически университет в Гливице (Полша). От чешка страна участва агенцията CzechInvest Moravia, а германският партньор е клъстерът Ruhr Circular, базиран в Есен."},
			[]rel{{kg.BasedIn, "Медена поляна", "Търговище", ""}, {kg.BasedIn, "Зелен кръг", "Перник", ""},
				{kg.BasedIn, "Силезийски технически университет", "Гливице", ""}, {kg.PartOf, "Гливице", "Полша", ""}, {kg.BasedIn, "Ruhr Circular", "Есен", ""}},
			[]rel{{kg.BasedIn, "CzechInvest Moravia", "Есен", ""}}},
		{"members in the next sentence, a founder, a project that brings partners together",
			[]string{"Членове на Клъстер „Металик“ са предимно машиностроителни предприятия. Сред тях са „Монтана Форм“ ООД и „Огоста Хидро“ АД. Техническият университет – Габрово е негов учредител. Проектът „Смарт Метал“ обединява шест партньори, сред които „Лом Бейринг“ АД."},
			[]rel{{kg.MemberOf, "Монтана Форм ООД", "Металик", ""}, {kg.MemberOf, "Огоста Хидро АД", "Металик", ""},
				{kg.PartnerIn, "Лом Бейринг АД", "Смарт Метал", "partner"}},
			[]rel{{kg.MemberOf, "Лом Бейринг АД", "Металик", ""}}},
		{"consortium members are partners; two roles of one person",
			[]string{"Клъстер „Текстил Юг“ (КТЮ) стартира проект „Дигитален шивач“. В консорциума участват още Професионалната гимназия по облекло – Благоевград и фирма „Пирин Стил“ ЕООД. Председател на управителния съвет на клъстера е Георги Петров, собственик на „Струма Текс“ АД."},
			[]rel{{kg.PartnerIn, "Пирин Стил ЕООД", "Дигитален шивач", "partner"}, {kg.PartnerIn, "Професионална гимназия по облекло – Благоевград", "Дигитален шивач", "partner"},
				{kg.HoldsRole, "Георги Петров", "Текстил Юг", "председател на ус"}, {kg.HoldsRole, "Георги Петров", "Струма Текс АД", "собственик"}}, nil},
		{"event by pronoun, a relative presenter, presented by a person; a presenter is not also a participant",
			[]string{"Форумът „Зелен преход“ се проведе в Перник. В него се включиха експерти на Министерството на околната среда и водите (МОСВ), които представиха новия план. В него участваха и Иван Петров и Мария Колева. Проектът „Симбиоза“ беше представен от ръководителя му Петя Колева."},
			[]rel{{kg.PresentedAt, "Министерство на околната среда и водите", "Зелен преход", ""},
				{kg.ParticipatedIn, "Иван Петров", "Зелен преход", ""}, {kg.ParticipatedIn, "Мария Колева", "Зелен преход", ""},
				{kg.PresentedAt, "Петя Колева", "Зелен преход", ""}},
			[]rel{{kg.ParticipatedIn, "Министерство на околната среда и водите", "Зелен преход", ""}}},
		{"funding chain: sub-programme of a programme, the programme by a fund, a meeting of the project",
			[]string{"Проектът „Симбиоза“ е одобрен по процедура „Кръгова икономика“ на Програмата за околна среда и действия по климата. Домакините представиха проекта „Дневник на улова“, финансиран по Програмата за морско дело и рибарство 2021-2027. Програмата от своя страна се финансира от Европейския фонд за морско дело, рибарство и аквакултури. Стартовата среща по проекта „Дневник на улова“ се проведе в Бургас."},
			[]rel{{kg.FundedBy, "Симбиоза", "Кръгова икономика", ""}, {kg.PartOf, "Кръгова икономика", "Програма за околна среда и действия по климата", ""},
				{kg.FundedBy, "Програма за морско дело и рибарство 2021-2027", "Европейски фонд за морско дело, рибарство и аквакултури", ""},
				{kg.PartOf, "среща по проект Дневник на улова", "Дневник на улова", ""}}, nil},
		{"organisers: a relative clause ends the organisers; 'it will co-organise X with Y'",
			[]string{"The Black Sea Security Cluster held its general assembly. It will co-organise the Cyber Summit 2026 conference with the European Cyber Security Organisation in Varna. Учебното посещение в Грац беше организирано по проекта „Е-мобилност“, в който Клъстер „Габрово Е“ участва заедно с Община Габрово."},
			[]rel{{kg.Organized, "Black Sea Security Cluster", "Cyber Summit 2026 conference", "co-organizer"}, {kg.Organized, "European Cyber Security Organisation", "Cyber Summit 2026 conference", "co-organizer"}},
			[]rel{{kg.Organized, "Община Габрово", "Учебното посещение", ""}}},
		{"admitted as members, members of the cluster (членуват), partner 'участва като', founder of A and member of B",
			[]string{"Управителният съвет на ИКТ клъстер „Дунав Тех“ прие за членове „Код Фабрика“ ЕООД и „Русе Софт“ АД. В клъстера членуват и Община Русе и „Дунав Логистик“ ООД. „Дунав Тех“ участва като партньор в проекта DIGI-DANUBE. Клъстерът е основател на Асоциация „Дунавска иновация“ и член на Българската асоциация на софтуерните компании (БАСКОМ)."},
			[]rel{{kg.MemberOf, "Код Фабрика ЕООД", "Дунав Тех", ""}, {kg.MemberOf, "Русе Софт АД", "Дунав Тех", ""}, {kg.MemberOf, "Община Русе", "Дунав Тех", ""},
				{kg.MemberOf, "Дунав Логистик ООД", "Дунав Тех", ""}, {kg.PartnerIn, "Дунав Тех", "DIGI-DANUBE", "partner"},
				{kg.MemberOf, "Дунав Тех", "Българска асоциация на софтуерните компании", ""}},
			[]rel{{kg.MemberOf, "Дунавска иновация", "Българска асоциация на софтуерните компании", ""}}},
		{"a venue hosts the event",
			[]string{"Форумът „Вкус на планината“ събра 300 гости. Домакин беше хотел „Снежанка Резорт“, където дегустациите продължиха до късно."},
			[]rel{{kg.HeldIn, "Вкус на планината", "Снежанка Резорт", ""}}, nil},
		{"the event stays the topic through 'в нея'; participants after the verb when the subject is a prepositional object",
			[]string{"Встъпителната среща по проекта „Умения“ се проведе в Брага. В нея участваха представители на всички партньори. От страна на Клъстер „Метал Шумен“ присъстваха Иван Димитров и Милена Петрова."},
			[]rel{{kg.ParticipatedIn, "Иван Димитров", "встъпителна среща по проект Умения", ""}, {kg.ParticipatedIn, "Милена Петрова", "встъпителна среща по проект Умения", ""}},
			[]rel{{kg.ParticipatedIn, "Метал Шумен", "встъпителна среща по проект Умения", ""}}},
		{"an organisation holds its own assembly",
			[]string{"На 11 май Клъстер „Зелена сила“ участва в общо събрание на Асоциацията на бизнес клъстерите (АБК)."},
			[]rel{{kg.Organized, "Асоциация на бизнес клъстерите", "общо събрание на АБК", "organizer"}},
			[]rel{{kg.Organized, "Зелена сила", "общо събрание на АБК", ""}}},
		{"English boards, an acronym inside a capitalised title, a second role; role before the organisation and the person",
			[]string{"The Lower Danube Logistics Cluster (LDLC) held its assembly. It was opened by Prof. Ivan Kolev, Chairman of the Board of LDLC and professor at the University of Ruse. Eng. Todor Vlahov, Chairman of the Managing Board of LDLC, spoke. Учен от Института по рибни ресурси, д-р Милка Янева, представи данни."},
			[]rel{{kg.HoldsRole, "Ivan Kolev", "Lower Danube Logistics Cluster", "chairman of the board"}, {kg.HoldsRole, "Ivan Kolev", "University of Ruse", "professor"},
				{kg.HoldsRole, "Todor Vlahov", "Lower Danube Logistics Cluster", "chairman of the managing board"}, {kg.HoldsRole, "Милка Янева", "Институт по рибни ресурси", "учен"}}, nil},
		{"speakers present: spoke at, lectures given by, opened by",
			[]string{"Форумът „Вкус на планината“ събра 300 гости. По време на форума говориха Божидар Чаков и Христо Бонев. Лекции изнесоха проф. Дина Ласкова и Нина Гранитова. Форумът беше открит от председателя на УС на клъстера инж. Пламен Цоков."},
			[]rel{{kg.PresentedAt, "Божидар Чаков", "Вкус на планината", ""}, {kg.PresentedAt, "Христо Бонев", "Вкус на планината", ""},
				{kg.PresentedAt, "Дина Ласкова", "Вкус на планината", ""}, {kg.PresentedAt, "Нина Гранитова", "Вкус на планината", ""},
				{kg.PresentedAt, "Пламен Цоков", "Вкус на планината", ""}}, nil},
		{"a unit is part of its parent organisation",
			[]string{"Мероприятието беше организирано съвместно с Института по пчеларство към Селскостопанска академия. Към клъстера се присъедини и Институтът по оптически материали и технологии към БАН."},
			[]rel{{kg.PartOf, "Институт по пчеларство", "Селскостопанска академия", ""}, {kg.PartOf, "Институт по оптически материали и технологии", "Българска академия на науките", ""}}, nil},
		{"English: the subject before a relative clause between commas",
			[]string{"Automotive Cluster Bulgaria (ACB) has accepted new members. The cluster, which brings together 72 companies including Sensata Technologies Ltd, is a member of the European Automotive Cluster Network."},
			[]rel{{kg.MemberOf, "Automotive Cluster Bulgaria", "European Automotive Cluster Network", ""}},
			[]rel{{kg.MemberOf, "Sensata Technologies Ltd", "European Automotive Cluster Network", ""}}},
		{"English: 'ORG director X', an attendee with a title, 'in the Hotel'",
			[]string{"The Black Sea Biotech Cluster (BSBC) joins MARINOVA. The kick-off meeting took place on 10 June in the Riverside Hotel and was attended by BSBC director Maria Ivanova."},
			[]rel{{kg.HoldsRole, "Maria Ivanova", "Black Sea Biotech Cluster", "director"}, {kg.ParticipatedIn, "Maria Ivanova", "kick-off meeting", ""},
				{kg.HeldIn, "kick-off meeting", "Riverside Hotel", ""}}, nil},
		{"a project's partners in the next sentence; 'X, който е водещ партньор'; origins are not venues; 'в с. X' is a seat",
			[]string{"Над 60 представители от България, Румъния и Гърция се събраха в Добрич за срещата по проекта AGRI-LOOP. Домакин беше Аграрен клъстер „Добруджанско зърно“ (АКДЗ), който е водещ партньор по проекта. Проектът се финансира с бюджет от 2,4 млн. евро и обединява 9 партньори. Сред тях са Аристотелевият университет в Солун и фирмата „Агро Инвест Груп“ ЕООД. Участниците посетиха фермата на ЕТ „Петров – Зърно“ в с. Карапелит."},
			[]rel{{kg.PartnerIn, "Добруджанско зърно", "AGRI-LOOP", "lead"}, {kg.PartnerIn, "Аристотелев университет", "AGRI-LOOP", "partner"},
				{kg.PartnerIn, "Агро Инвест Груп ЕООД", "AGRI-LOOP", "partner"}, {kg.BasedIn, "Петров – Зърно", "Карапелит", ""}},
			[]rel{{kg.HeldIn, "среща по проект AGRI-LOOP", "Румъния", ""}, {kg.HeldIn, "среща по проект AGRI-LOOP", "Гърция", ""}}},
		{"members: a bulleted list, 'has N members – ... and X', 'обединява' without an introducer, English 'has joined' past an apposition, 'the cluster has become a member'",
			[]string{"Клъстер „Родопа Био“ (КРБ) прие нови членове. Членове на клъстера са:\n– „Агро Био“ ООД от Смолян\n– „Фрукта“ ЕООД\nКлъстерът, учреден през 2021 г. в Търговище, обединява 46 стопанства и фирмата „Хани Фудс“ ЕООД. Днес клъстерът има 16 членове – строителни фирми, проектантски бюра и Професионалната гимназия по строителство – Враца.",
				"The Lower Danube Cluster (LDC), an association of 27 companies, has joined the Danube Mobility Alliance. In addition, the cluster has become a member of the European Network of River Clusters."},
			[]rel{{kg.MemberOf, "Агро Био ООД", "Родопа Био", ""}, {kg.MemberOf, "Фрукта ЕООД", "Родопа Био", ""}, {kg.MemberOf, "Хани Фудс ЕООД", "Родопа Био", ""},
				{kg.MemberOf, "Lower Danube Cluster", "Danube Mobility Alliance", ""}, {kg.MemberOf, "Lower Danube Cluster", "European Network of River Clusters", ""}}, nil},
		{"taking part in a project is a partnership",
			[]string{"Клъстер „Зелена енергия“ започва работа по проект „Слънчеви покриви“ (SUNROOF). В проекта участват още Тракийският университет и фирма „Солар Тех“ ООД. В проект SUNROOF участва и гръцката организация Solar Hellas."},
			[]rel{{kg.PartnerIn, "Тракийски университет", "Слънчеви покриви", "partner"}, {kg.PartnerIn, "Солар Тех ООД", "Слънчеви покриви", "partner"},
				{kg.PartnerIn, "Solar Hellas", "Слънчеви покриви", "partner"}}, nil},
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
