package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestDiscourse checks the readings across sentences (discourse.go) on
// invented texts: subject pronouns for the subject of the sentence before,
// and speakers at the event a report is about.
func TestDiscourse(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []rel
		not   []rel
	}{
		{"a subject pronoun stands for the subject of the sentence before ('X е основан ... Той обединява ..., сред които A и B')",
			[]string{"Клъстер „Северен вятър“ е основан през 2018 г. в Шумен. Той обединява 19 фирми, сред които „Вента Груп“ ООД и „Перка Инженеринг“ АД.",
				"The Danube Hemp Cluster was founded in 2021. It brings together 14 firms, including Konop Tech Ltd. and Fibra Nova Ltd."},
			[]rel{{kg.MemberOf, "Вента Груп ООД", "Северен вятър", ""}, {kg.MemberOf, "Перка Инженеринг АД", "Северен вятър", ""},
				{kg.MemberOf, "Konop Tech Ltd", "Danube Hemp Cluster", ""}}, nil},
		{"a pronoun for a person is no organisation's membership ('Мария Колева ... . Тя е и член на Y' is not the cluster's)",
			[]string{"Новини\n\nКлъстер „Вятър“ отчете годината. Мария Колева работи в „Алфа Софт“ ООД. Тя е и член на Асоциацията на инженерите (АИ)."},
			nil, []rel{{kg.MemberOf, "Вятър", "Асоциация на инженерите", ""}}},
		{"a pronoun for a person takes the role the sentence gives ('X е родена във Варна. Тя е изпълнителен директор на Y')",
			[]string{"Новини\n\nМария Колева е родена във Варна. Тя е изпълнителен директор на Клъстер „Море“ от 2019 г. Иван Петров завършва университета през 2001 г. Той е председател на УС на Асоциацията на пекарите."},
			[]rel{{kg.HoldsRole, "Мария Колева", "Море", "изпълнителен директор"}, {kg.HoldsRole, "Иван Петров", "Асоциация на пекарите", "председател на ус"}}, nil},
		{"a pronoun whose verb says something takes place is the event named before ('... форума X. Той ще се проведе в Y', 'It will take place in Z'), when the genders agree",
			[]string{"Новини\n\nКлъстер „Алфа“ отчете годината. Клъстерът обяви форума „Вода 2026“. Той ще се проведе на 5 май в Русе.",
				"News\n\nThe Alpha Cluster reviewed the year. The cluster announced the forum “Water 2026”. It will take place on 5 May in Ruse."},
			[]rel{{kg.HeldIn, "Вода 2026", "Русе", ""}, {kg.HeldIn, "Water 2026", "Русе", ""}}, nil},
		{"a pronoun of another gender is not the event ('конференцията X. Той ще се проведе ...')",
			[]string{"Новини\n\nКлъстер „Алфа“ отчете годината. Клъстерът обяви конференцията „Вода 2026“. Той ще се проведе на 5 май в Русе."},
			nil, []rel{{kg.HeldIn, "Вода 2026", "Русе", ""}}},
		{"'групира'/'groups' is a verb of membership as 'обединява' is ('X groups 31 companies, including A and B')",
			[]string{"News\n\nThe Wool Cluster Yambol, founded in 2015, groups 31 companies, including Yambol Yarn Ltd and Tundzha Felt Ltd."},
			[]rel{{kg.MemberOf, "Yambol Yarn Ltd", "Wool Cluster Yambol", ""}, {kg.MemberOf, "Tundzha Felt Ltd", "Wool Cluster Yambol", ""}}, nil},
		{"the pronoun must agree with the subject's head noun ('Асоциацията X ... . Той ...' is someone else)",
			[]string{"Асоциацията на пекарите „Златен клас“ е създадена през 2015 г. в Добрич. Той обединява 19 фирми, сред които „Житен дом“ ООД и „Брашно Плюс“ АД."},
			nil, []rel{{kg.MemberOf, "Житен дом ООД", "Златен клас", ""}}},
		{"a verb with no subject of its own has the subject of the sentence before ('X е учреден ... Към момента обединява ..., сред които A и B')",
			[]string{"Клъстер „Горски плод“ е учреден през 2022 г. в Смолян. Към момента обединява 23 организации, сред които „Бор Фуд“ ООД и „Шипка“ АД."},
			[]rel{{kg.MemberOf, "Бор Фуд ООД", "Горски плод", ""}, {kg.MemberOf, "Шипка АД", "Горски плод", ""}}, nil},
		{"a subject of its own, or a noun before the verb, is no dropped subject",
			[]string{"Клъстер „Горски плод“ е учреден през 2022 г. в Смолян. Проектът обединява 23 организации, сред които „Бор Фуд“ ООД и „Шипка“ АД."},
			nil, []rel{{kg.MemberOf, "Бор Фуд ООД", "Горски плод", ""}}},
		{"membership in an apposition or a relative clause ('X – член на клъстера', 'X Ltd., a member of the cluster', 'Y (АКР), чийто член клъстерът е')",
			[]string{"Клъстер „Горски плод“ отчете годината. Сред новостите беше сушилнята на „Бор Фуд“ ООД – член на клъстера. Клъстерът благодари на Асоциацията на фермерите (АФ), чийто член клъстерът е от 2018 г.",
				"The Green Fruit Cluster reviewed the year. The students visited the plant of Kiwi Tech Ltd., a member of the cluster, and the port."},
			[]rel{{kg.MemberOf, "Бор Фуд ООД", "Горски плод", ""}, {kg.MemberOf, "Горски плод", "Асоциация на фермерите", ""}, {kg.MemberOf, "Kiwi Tech Ltd", "Green Fruit Cluster", ""}}, nil},
		{"members in plural without 'one of' are no apposition of one body ('X, членове на Y' reads nothing)",
			[]string{"Клъстер „Горски плод“ отчете годината. Дойдоха „Бор Фуд“ ООД, членове на който са фермери."},
			nil, []rel{{kg.MemberOf, "Бор Фуд ООД", "Горски плод", ""}}},
		{"an office without its body is held in the body of its kind named before ('От страна на Община X ... заместник-кметът Y', 'от ректора проф. Z')",
			[]string{"Срещата се проведе в Добрич. От страна на Община Балчик в срещата участва заместник-кметът Петко Петров.",
				"Договорът беше подписан в Ректората на Шуменския университет „Епископ Константин Преславски“ от ректора проф. Иван Иванов и от управителя Гергана Димова."},
			[]rel{{kg.HoldsRole, "Петко Петров", "Община Балчик", "заместник-кмет"}, {kg.HoldsRole, "Иван Иванов", "Шуменски университет „Епископ Константин Преславски“", "ректор"}},
			[]rel{{kg.HoldsRole, "Гергана Димова", "Шуменски университет „Епископ Константин Преславски“", "управител"}}},
		{"an office whose kind the text names twice, or a title that only contains an office's letters ('директор' is no 'ректор'), reads no body",
			[]string{"Общините Балчик и Каварна подписаха договор. Кметът Петко Петров го похвали.",
				"Технически университет – Варна и Медицински университет – Варна откриха център. Заместник-ректорът Иван Иванов го представи.",
				"Технически университет – Габрово откри център. Директорът Иван Маринов го представи."},
			nil, []rel{{kg.HoldsRole, "Иван Иванов", "Технически университет – Варна", "заместник-ректор"}, {kg.HoldsRole, "Иван Маринов", "Технически университет – Габрово", "директор"}}},
		{"a passive that names only the partners ('Тя беше организирана съвместно с X', 'organised together with Y'): the body the text speaks for organised it too",
			[]string{"Кръгла маса в Ловеч\n\nКлъстер „Зелен дом“ представи резултатите от анкета. Кръглата маса „Умен дом 2026“ се проведе на 25 ноември в Ловеч. Тя беше организирана съвместно с Община Ловеч.",
				"Hemp Days in Varna\n\nThe Danube Hemp Cluster presented a study. The workshop “Hemp Days 2026” took place on 5 May 2026 in Varna. It was organised together with the Municipality of Varna."},
			[]rel{{kg.Organized, "Зелен дом", "Умен дом 2026", "organizer"}, {kg.Organized, "Община Ловеч", "Умен дом 2026", "co-organizer"},
				{kg.Organized, "Danube Hemp Cluster", "Hemp Days 2026", "organizer"}}, nil},
		{"an agent written ('организирана от X съвместно с Y') or a subject before the verb leaves no organiser unsaid",
			[]string{"Кръгла маса в Ловеч\n\nКлъстер „Зелен дом“ представи резултатите от анкета. Кръглата маса „Умен дом 2026“ се проведе на 25 ноември в Ловеч. Тя беше организирана от Община Ловеч съвместно с Областна администрация Ловеч."},
			nil, []rel{{kg.Organized, "Зелен дом", "Умен дом 2026", "organizer"}}},
		{"numbered lines after a line whose verb introduces them ('На щанда се представиха:', 'В срещата участваха:') name the verb's subjects",
			[]string{"Щанд на изложението „Дом Експо 2026“\n\nОсем компании представиха продуктите си на изложението „Дом Експо 2026“, което се проведе от 3 до 6 май в Пловдив.\nНа щанда с площ 80 кв. м се представиха:\n1. „Бор Мебел“ ЕООД (Смолян) – кухни;\n2. „Явор Дизайн“ ООД – маси;\n3. „Липа Профил“ АД от Тетевен – профили.\nЩандът беше посетен от министъра.",
				"Среща в Русе\n\nСрещата „Дунав 2026“ се проведе на 3 май 2026 г. в Русе.\nВ срещата участваха:\n- „Дунав Транс“ ЕООД;\n- Община Русе.\n"},
			[]rel{{kg.PresentedAt, "Бор Мебел ЕООД", "Дом Експо 2026", ""}, {kg.PresentedAt, "Явор Дизайн ООД", "Дом Експо 2026", ""}, {kg.PresentedAt, "Липа Профил АД", "Дом Експо 2026", ""},
				{kg.ParticipatedIn, "Дунав Транс ЕООД", "Дунав 2026", ""}, {kg.ParticipatedIn, "Община Русе", "Дунав 2026", ""}}, nil},
		{"numbered lines with no line introducing them, or after a line that names someone, take no part",
			[]string{"Щанд на изложението „Дом Експо 2026“\n\nИзложението „Дом Експо 2026“ се проведе от 3 до 6 май в Пловдив.\nКлъстерът има нови членове:\n1. „Бор Мебел“ ЕООД (Смолян) – кухни;\n2. „Явор Дизайн“ ООД – маси."},
			nil, []rel{{kg.PresentedAt, "Бор Мебел ЕООД", "Дом Експо 2026", ""}, {kg.ParticipatedIn, "Бор Мебел ЕООД", "Дом Експо 2026", ""}}},
		{"a remark in brackets after an item does not end the enumeration ('A („Най-добро сътрудничество“) и B')",
			[]string{"Награди 2026\n\nКонкурсът „Клъстер на годината 2026“ се проведе на 28 ноември 2026 г. в София.\n\nВ другите категории наградите получиха „Бета“ ООД („Най-добро сътрудничество“), „Гама“ ЕООД (второ място) и „Делта“ АД."},
			[]rel{{kg.ParticipatedIn, "Бета ООД", "Клъстер на годината 2026", ""}, {kg.ParticipatedIn, "Гама ЕООД", "Клъстер на годината 2026", ""}, {kg.ParticipatedIn, "Делта АД", "Клъстер на годината 2026", ""}}, nil},
		{"a list of speakers goes on past an apposition with an acronym ('X, председател на УС на клъстера, Y, ... и Z')",
			[]string{"Форумът „Дърво 2026“ се проведе на 3 май 2026 г. в Тетевен. На форума говориха Пенчо Пенев, председател на УС на клъстера, Лиляна Русева, директор на ПГ, и Стоян Дилов – управител на „Бук Мебел“ ООД."},
			[]rel{{kg.PresentedAt, "Пенчо Пенев", "Дърво 2026", ""}, {kg.PresentedAt, "Лиляна Русева", "Дърво 2026", ""}, {kg.PresentedAt, "Стоян Дилов", "Дърво 2026", ""}}, nil},
		{"who chaired the event presents at it ('Заседанието се проведе в X и беше водено от председателя на УС доц. Y', 'chaired by'); a delegation led by someone is no event",
			[]string{"Общото събрание на Клъстер „Пчела“ прие отчета на 3 март 2026 г. Заседанието се проведе в Националния аграрен университет и беше водено от председателя на Управителния съвет доц. Петко Савов.",
				"Форумът „Мед 2026“ се проведе на 3 май 2026 г. в Русе. Делегацията, водена от Иван Колев, посети изложбата."},
			[]rel{{kg.PresentedAt, "Петко Савов", "общо събрание на Пчела", ""}},
			[]rel{{kg.PresentedAt, "Иван Колев", "Мед 2026", ""}}},
		{"where someone works is an untitled role ('X работи в Y', a dropped subject: 'Преди това е работил ... в Y', 'She worked for Z'); a machine that works somewhere holds none",
			[]string{"Новини\n\nИван Петров е изпълнителен директор на Клъстер „Вятър“ от 2019 г. Преди това е работил девет години в Агенцията за енергийна ефективност (АЕЕ). Мария Колева работи в „Алфа Софт“ ООД. Прототипът работи в цеха на „Бета“ ООД.",
				"News\n\nAnna Berg worked for the Nordic Wind Agency before joining the cluster."},
			[]rel{{kg.HoldsRole, "Иван Петров", "Агенция за енергийна ефективност", ""}, {kg.HoldsRole, "Мария Колева", "Алфа Софт ООД", ""}, {kg.HoldsRole, "Anna Berg", "Nordic Wind Agency", ""}},
			[]rel{{kg.HoldsRole, "Мария Колева", "Бета ООД", ""}}},
		{"a headline that names an event as the frame ('... по време на изложението X') is about what it frames: the lead's event is the text's",
			[]string{"Над 100 бизнес срещи по време на изложението „Агро Експо 2026“\n\nКлъстер „Зелена нива“ организира на 4 март 2026 г. борсата „Агро Match 2026“. Срещите се проведоха в Пловдив.\n\nУчастниците бяха приветствани от Стефан Колев, управител на „Зелена нива“."},
			[]rel{{kg.PresentedAt, "Стефан Колев", "Агро Match 2026", ""}},
			[]rel{{kg.PresentedAt, "Стефан Колев", "Агро Експо 2026", ""}}},
		{"an articled plural of an event noun refers to the text's event ('Срещите се проведоха в X', 'The sessions took place at Y')",
			[]string{"Борса в Пловдив\n\nКлъстер „Зелена нива“ организира на 4 март 2026 г. борсата „Агро Match 2026“. Срещите се проведоха в Пловдив.",
				"Hemp Days\n\nThe Hemp Cluster held the workshop “Hemp Days 2026” on 5 May 2026. The sessions took place in Varna."},
			[]rel{{kg.HeldIn, "Агро Match 2026", "Пловдив", ""}, {kg.HeldIn, "Hemp Days 2026", "Варна", ""}}, nil},
		{"an indefinite plural is no reference ('Срещи се проведоха и в Русе' names other meetings)",
			[]string{"Борса в Пловдив\n\nКлъстер „Зелена нива“ организира на 4 март 2026 г. борсата „Агро Match 2026“ в Пловдив. Срещи се проведоха и в Русе."},
			nil, []rel{{kg.HeldIn, "Агро Match 2026", "Русе", ""}}},
		{"the host or organiser of an event named before the copula, past describing words ('Домакин на срещата беше португалският партньор X')",
			[]string{"Среща в Лисабон\n\nНа 4 ноември 2026 г. в Лисабон се проведе срещата „Agri Loop Meeting 2026“. Домакин на срещата беше португалският партньор Agência Regional do Tejo (ARIT). Организатор на срещата беше испанският клъстер Cluster Agro Sur."},
			[]rel{{kg.Organized, "Agência Regional do Tejo", "Agri Loop Meeting 2026", "host"}, {kg.Organized, "Cluster Agro Sur", "Agri Loop Meeting 2026", "organizer"}}, nil},
		{"a speaker at the event the sentence names ('каза X при откриването', 'said Y at the opening')",
			[]string{"Форумът „Зелени покриви 2026“ се проведе на 4 май 2026 г. в Сливен. Участваха над 90 души. „Покривите са новите паркове“, каза Десислава Кънева при откриването.",
				"The forum “Blue Roofs 2026” took place on 4 May 2026 in Varna. Over 90 people attended. \"Roofs are the new parks,\" said Mira Dobreva, head of the Roof Cluster, at the opening."},
			[]rel{{kg.PresentedAt, "Десислава Кънева", "Зелени покриви 2026", ""}, {kg.PresentedAt, "Mira Dobreva", "Blue Roofs 2026", ""}}, nil},
		{"a speaker who thanks the audience or speaks in a welcome speech presents at the text's event",
			[]string{"Конференцията „Медени дни 2026“ се проведе на 4 май 2026 г. в Хасково. Присъстваха 70 пчелари. Председателят на клъстера Илиян Грудев благодари на участниците за активността."},
			[]rel{{kg.PresentedAt, "Илиян Грудев", "Медени дни 2026", ""}}, nil},
		{"no speaker at the event: a quote after it ('каза X след посещението'), a quote with no cue, a quote in a text about a project",
			[]string{"Конференцията „Медени дни 2026“ се проведе на 4 май 2026 г. в Хасково. „Пазарът расте“, каза Петя Данова след конференцията. „Цените падат“, заяви Борис Манев.",
				"Проектът HONEYNET започна през 2026 г. „Проектът свързва пчелари от три държави“, каза Стела Тонева на срещата.",
				// an event inside the quotation is not where the speaker spoke
				"Конференцията „Медени дни 2026“ се проведе на 4 май 2026 г. в Хасково. „Догодина ще сме на изложението „Агра 2027“ с много повече мед“, каза Велин Тодоров."},
			nil, []rel{{kg.PresentedAt, "Петя Данова", "Медени дни 2026", ""}, {kg.PresentedAt, "Борис Манев", "Медени дни 2026", ""},
				{kg.PresentedAt, "Стела Тонева", "HONEYNET", ""}, {kg.PresentedAt, "Велин Тодоров", "Агра 2027", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-05-10", tc.texts...)
			checkRels(t, g, tc.want, tc.not)
		})
	}
}
