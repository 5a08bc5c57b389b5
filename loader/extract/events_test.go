package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventPhrasings checks the event rules on the genre's phrasings (names
// and wording invented): the events themselves, who took part, presented,
// organised, where they were held and what they belong to.
func TestEventPhrasings(t *testing.T) {
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
		{"a presenter after ', а' past titles and a role with its organisation ('..., а доц. X, ръководител на ... в Y, запозна гостите с')",
			[]string{"Семинарът „Сини пристанища“ се проведе на 9 март 2026 г. в Бургас. Д-р Лидия Ранкова от Морския институт представи опита на института, а доц. Тодор Банев, ръководител на лаборатория в Технически университет – Варна, запозна гостите с новите измервания, а кметът на Община Несебър Иван Дочев разказа за плажовете."},
			[]rel{{kg.PresentedAt, "Лидия Ранкова", "Сини пристанища", ""}, {kg.PresentedAt, "Тодор Банев", "Сини пристанища", ""}, {kg.PresentedAt, "Иван Дочев", "Сини пристанища", ""}}, nil, nil, nil},
		{"the talks go on: a speaker in the sentence after a presenter ('X представи ... . Y от Z говори за ...', 'Dr X reviewed ...')",
			[]string{"Заключителната конференция по проекта SOLARVILL се проведе на 3 юни 2026 г. в Ямбол. Управителят на Клъстер „Слънчев край“ Диана Стойкова представи резултатите. Бойко Ганчев от Енергийния институт говори за пазара на енергия.",
				"The Wind Cluster held the forum “Offshore Days 2026” on 3 June 2026 in Varna. Ms Irina Petkova, chair of the Wind Cluster, presented the results. \"We are ready,\" said Ms Petkova. Dr Milen Todorov, project manager at the Black Sea Institute, reviewed the financial progress."},
			[]rel{{kg.PresentedAt, "Бойко Ганчев", "заключителна конференция по проект SOLARVILL", ""}, {kg.PresentedAt, "Milen Todorov", "Offshore Days 2026", ""}}, nil, nil, nil},
		{"no talks before, no speaker: 'Y говори за' in a text where nobody presented",
			[]string{"Заключителната конференция по проекта SOLARVILL се проведе на 3 юни 2026 г. в Ямбол. Проектът продължи три години. Бойко Ганчев от Енергийния институт говори за пазара на енергия."},
			nil, []rel{{kg.PresentedAt, "Бойко Ганчев", "заключителна конференция по проект SOLARVILL", ""}}, nil, nil},
		{"a coming event the sentence before announced is not where the next speaker spoke",
			[]string{"Общото събрание на клъстера се проведе на 2 март 2026 г. в Троян. Клъстерът ще участва в изложението „Дом и мебел 2026“, което ще се проведе от 5 до 9 октомври в София. Изпълнителният директор на камарата Надя Колева подчерта, че браншът расте."},
			nil, []rel{{kg.PresentedAt, "Надя Колева", "Дом и мебел 2026", ""}}, nil, nil},
		{"bulleted lines after 'Лектори бяха:' / 'Participants:' name speakers and participants",
			[]string{"Клъстер „Мода Юг“ организира обучение „Умения за шивачи“ на 5 май 2026 г. в Банско.\n\nЛектори бяха:\n• инж. Мария Иванова, технолог в „Пирин Текс“ АД – CAD системи;\n• Огнян Петров, управител на „Софт Текс“ ЕООД, София – планиране.\n\nУчастниците получиха сертификати.",
				"The Danube Wood Cluster held the workshop “Smart Joinery” on 5 May 2026 in Ruse.\n\nParticipants:\n- Arbor Tech Ltd – furniture;\n- Ivan Popov, owner of Lime Wood Ltd.\n\nThe next workshop will be in June."},
			[]rel{{kg.PresentedAt, "Мария Иванова", "Умения за шивачи", ""}, {kg.PresentedAt, "Огнян Петров", "Умения за шивачи", ""},
				{kg.ParticipatedIn, "Arbor Tech Ltd", "Smart Joinery", ""}, {kg.ParticipatedIn, "Ivan Popov", "Smart Joinery", ""},
				// a speaker's body presents too (settled convention)
				{kg.PresentedAt, "Софт Текс ЕООД", "Умения за шивачи", ""}},
			nil, nil, nil},
		{"a headline's described event is the body's one of that kind and project ('Международна среща по проект X' / 'втората партньорска среща по проекта X'); a draft of a document is no project presented",
			[]string{"Клъстерът домакин на международна среща по проект FIELDNET\n\n12.10.2026\n\nНад 40 експерти се събраха на 8 октомври в Шумен за втората партньорска среща по проекта FIELDNET. Заместник-министърът Петя Ненова представи проекта на Национална стратегия за почвите."},
			[]rel{{kg.PresentedAt, "Петя Ненова", "партньорска среща по проект FIELDNET", ""}},
			[]rel{{kg.PresentedAt, "FIELDNET", "партньорска среща по проект FIELDNET", ""}},
			[]ent{{kg.Event, "партньорска среща по проект FIELDNET"}}, []ent{{kg.Event, "среща по проект FIELDNET"}}},
		{"the next meeting of a series is no event ('Следващата партньорска среща ще се състои ... в X', 'the next meeting of the consortium'), and its place is not the text's meeting's",
			[]string{"Стартовата среща по проекта RIVERLAB се проведе на 2 март 2026 г. в Русе. Следващата партньорска среща ще се състои през октомври в Пловдив.",
				"The first partner meeting of the SOILNET project took place on 4 June 2026 in Sofia. The next meeting of the consortium is planned for November in Ruse."},
			nil,
			// the text's own meeting is not the coming one
			[]rel{{kg.HeldIn, "среща по проект RIVERLAB", "Пловдив", ""}, {kg.HeldIn, "first partner meeting", "Ruse", ""}, {kg.HeldIn, "first partner meeting", "Русе", ""}},
			nil, []ent{{kg.Event, "следваща партньорска среща"}, {kg.Event, "next meeting"}}},
		{"'Следващият форум' alone is the next edition of the text's forum, no event of its own",
			[]string{"Форумът „Планини 2026“ се проведе на 3 април 2026 г. в Смолян. Следващият форум ще бъде в Банско през октомври."},
			nil, nil, nil, []ent{{kg.Event, "Следващият форум"}}},
		{"the partners of an event organise it ('Партньори на събитието са A, B и C'); who invites to take part organises ('кани ... да се включат в хакатона X')",
			[]string{"Клъстер „Дигитално Русе“ кани студенти и млади програмисти да се включат в хакатона „Код Дунав 2026“, който ще се проведе на 9 октомври 2026 г. в Русе. Партньори на събитието са Русенският университет „Ангел Кънчев“, Община Русе и Регионалната библиотека – Русе."},
			[]rel{{kg.Organized, "Дигитално Русе", "Код Дунав 2026", ""}, {kg.Organized, "Русенски университет „Ангел Кънчев“", "Код Дунав 2026", ""}, {kg.Organized, "Община Русе", "Код Дунав 2026", ""}},
			nil, nil, nil},
		{"a project's partners are no event's organisers",
			[]string{"Клъстер „Дигитално Русе“ участва в проекта DANUBIT. Партньори по проекта са Община Русе и Община Гюргево."},
			[]rel{{kg.PartnerIn, "Община Русе", "DANUBIT", "partner"}}, []rel{{kg.Organized, "Община Русе", "DANUBIT", ""}}, nil, nil},
		{"a Latin name ending with an event's kind is the event even after an organisation's head ('Black Sea Startup Challenge'); a headline's 'Winners of the X' is X; 'The competition' refers to it",
			[]string{"Winners of the Danube Startup Challenge announced\n\nRuse, 30.05.2026\n\nFive teams are the winners of the third Danube Startup Challenge, organised by the Ruse Digital Cluster together with the Giurgiu Innovation Hub. The competition is part of the DANUBIT project, funded by the Interreg Programme."},
			[]rel{{kg.Organized, "Ruse Digital Cluster", "Danube Startup Challenge", ""}, {kg.Organized, "Giurgiu Innovation Hub", "Danube Startup Challenge", ""},
				{kg.PartOf, "Danube Startup Challenge", "DANUBIT", ""}},
			nil, []ent{{kg.Event, "Danube Startup Challenge"}},
			[]ent{{kg.Organization, "Danube Startup Challenge"}, {kg.Event, "Winners of the Danube Startup Challenge"}}},
		{"an organisation's Latin name is no event ('Sofia Startup Hub', 'University of Ruse')",
			[]string{"The Sofia Startup Hub and the University of Ruse signed an agreement on 3 May 2026."},
			nil, nil, []ent{{kg.Organization, "Sofia Startup Hub"}}, []ent{{kg.Event, "Sofia Startup Hub"}}},
		{"'X 2026, one of the largest ... fairs' is an event; 'the Y exhibition centre' is its venue, not an event; 'the pavilion, organised by Z' is no event's organiser",
			[]string{"Nine members of the Rhodope Dairy Cluster exhibited at AGRO Expo Lyon 2026, one of the largest farm fairs in Europe, held from 3 to 6 March at the Eurexpo Lyon exhibition centre in France. Among the exhibitors were Rila Milk Ltd and Smolyan Cheese Ltd. The cluster's stand was part of the national pavilion, organised by the Agency for Export Promotion."},
			[]rel{{kg.HeldIn, "AGRO Expo Lyon 2026", "Eurexpo Lyon", ""}, {kg.PartOf, "Eurexpo Lyon", "Франция", ""},
				{kg.ParticipatedIn, "Rila Milk Ltd", "AGRO Expo Lyon 2026", ""}},
			[]rel{{kg.Organized, "Agency for Export Promotion", "AGRO Expo Lyon 2026", ""}},
			[]ent{{kg.Event, "AGRO Expo Lyon 2026"}, {kg.Place, "Eurexpo Lyon"}},
			[]ent{{kg.Event, "Eurexpo Lyon exhibition"}, {kg.Organization, "AGRO Expo Lyon 2026"}}},
		{"a sentence opening with the event its people attended ('На церемонията по откриването на центъра присъстваха X, както и представители на Y')",
			[]string{"Клъстер „Бяла река“ и Община Тетевен подписаха договор. На церемонията по откриването на центъра присъстваха и кметът на Община Ябланица Иван Русев, както и представители на Сдружението на дърводелците (СД)."},
			[]rel{{kg.ParticipatedIn, "Иван Русев", "церемония по откриването на центъра", ""}, {kg.ParticipatedIn, "Сдружение на дърводелците", "церемония по откриването на центъра", ""},
				// an attendee's body takes part too (settled convention)
				{kg.ParticipatedIn, "Община Ябланица", "церемония по откриването на центъра", ""}},
			nil, []ent{{kg.Event, "церемония по откриването на центъра"}}, nil},
		{"an attendee's body takes part; a speaker's body presents and does not also take part ('Гост беше X, кмет на Y', 'Y ... Z, директор на W, представи')",
			[]string{"Клъстер „Бяла река“ организира семинар „Дърво и огън“ на 3 май 2026 г. в Тетевен. Гост на семинара беше Иван Русев, кмет на Община Ябланица. Мила Дочева, директор на Горското стопанство – Тетевен, представи горските планове. Сред участниците беше и Мила Дочева."},
			[]rel{{kg.ParticipatedIn, "Иван Русев", "Дърво и огън", ""}, {kg.ParticipatedIn, "Община Ябланица", "Дърво и огън", ""},
				{kg.PresentedAt, "Горско стопанство – Тетевен", "Дърво и огън", ""}},
			[]rel{{kg.ParticipatedIn, "Горско стопанство – Тетевен", "Дърво и огън", ""}}, nil, nil},
		{"a head with a complement inside a clause is no event ('с цел обучение на кадри')",
			[]string{"На 3 май 2026 г. Клъстер „Бяла река“ подписа договор с цел обучение на кадри за фабриките."},
			nil, nil, nil, []ent{{kg.Event, "обучение на кадри"}}},
		{"a project in the presenter's title is not presented ('Ръководителят на проекта X запозна', 'project coordinator at Y, presented')",
			[]string{"Встъпителната среща по проекта AQUAVIT се проведе на 3 март 2026 г. в Русе. Ръководителят на проекта проф. Марин Колев от Русенския университет запозна партньорите с работния план.",
				"The final conference of the project PLASTLOOP took place on 26 June 2026 in Sofia. Prof. Anna Berger, project coordinator at the Vienna Institute, presented the main results."},
			[]rel{{kg.PresentedAt, "Марин Колев", "встъпителна среща по проект AQUAVIT", ""}},
			[]rel{{kg.PresentedAt, "AQUAVIT", "встъпителна среща по проект AQUAVIT", ""}, {kg.PresentedAt, "PLASTLOOP", "final conference of the project PLASTLOOP", ""}}, nil, nil},
		{"the audience as the subject: 'Участниците бяха приветствани от X' — X spoke at the event the text speaks of",
			[]string{"Форумът „Зелен Дунав“ се проведе на 3 октомври 2026 г. в Русе. Проектът се координира от Университета в Сегед. Участниците бяха приветствани от заместник-кмета на Община Русе Петър Маринов."},
			[]rel{{kg.PresentedAt, "Петър Маринов", "Зелен Дунав", ""}}, nil, nil, nil},
		{"the members of a jury take part in the competition ('The jury was chaired by X and included Y', 'В журито бяха X и Y')",
			[]string{"The Rousse Startup Challenge 2026 was held on 3 May 2026 in Ruse. The jury was chaired by Prof. Ivan Dimov, chair of the Ruse Cluster, and included Ms Maria Stoeva, director of the Giurgiu Hub.",
				"Хакатонът „Код Варна 2026“ се проведе на 5 май 2026 г. във Варна. В журито бяха Мария Колева и Петър Стоев."},
			[]rel{{kg.ParticipatedIn, "Ivan Dimov", "Rousse Startup Challenge 2026", ""}, {kg.ParticipatedIn, "Maria Stoeva", "Rousse Startup Challenge 2026", ""},
				{kg.ParticipatedIn, "Мария Колева", "Код Варна 2026", ""}, {kg.ParticipatedIn, "Петър Стоев", "Код Варна 2026", ""}},
			nil, nil, nil},
		{"a speaker introduced by the speech he gave ('Във встъпителните си думи проф. X ... подчерта', 'In his opening remarks, Dr Y explained')",
			[]string{"Заключителната конференция по проекта SOILBIO се проведе на 3 юни 2026 г. в Плевен. Проектът продължи три години. Във встъпителните си думи проф. Ханс Майер от Виенския университет, ръководител на проекта, подчерта, че целите са постигнати.",
				"The forum “Blue Danube Days” took place on 5 May 2026 in Ruse. The cluster has 40 members. In his opening remarks, Dr Peter Walsh explained the goals of the network."},
			[]rel{{kg.PresentedAt, "Ханс Майер", "заключителна конференция по проект SOILBIO", ""}, {kg.PresentedAt, "Peter Walsh", "Blue Danube Days", ""}},
			nil, nil, nil},
		{"the winners listed after 'The results:' / 'Победителите са:' take part; the line's label ends at its colon",
			[]string{"The Rousse Startup Challenge 2026 was held on 3 May 2026 in Ruse.\n\nThe results:\n- 1st place (EUR 5,000): Danubia Labs, Ruse – river sensors;\n- 2nd place (EUR 3,000): Giurgiu Robotics, Giurgiu – delivery robots.\n\nThe cluster thanked the jury."},
			[]rel{{kg.ParticipatedIn, "Danubia Labs", "Rousse Startup Challenge 2026", ""}, {kg.ParticipatedIn, "Giurgiu Robotics", "Rousse Startup Challenge 2026", ""}},
			nil, nil, nil},
		{"bodies an event side was represented by take part ('The Bulgarian side was represented by the X cluster, the Y chamber and Z')",
			[]string{"The forum “Danube Water Days 2026” took place on 4 June 2026 in Kavala, Greece. The Bulgarian side was represented by the Water Cluster Bulgaria, the Chamber of Commerce of Smolyan and the University of Ruse."},
			[]rel{{kg.ParticipatedIn, "Water Cluster Bulgaria", "Danube Water Days 2026", ""}, {kg.ParticipatedIn, "University of Ruse", "Danube Water Days 2026", ""}},
			nil, nil, nil},
		{"exhibitors: 'Седем фирми – членове на Клъстер X представиха продукцията си на щанд на изложението Y', 'Nine members of the Z exhibited their products at W' — the body takes part, it presents nothing",
			[]string{"Седем фирми – членове на Клъстер „Родопски вкус“ (КРВ) представиха продукцията си на общ щанд на изложението „Храни Балкан 2026“, което се проведе на 5 май 2026 г. в Пловдив.",
				"Nine members of the Danube Honey Cluster exhibited their products at the fair “Green Week Berlin 2026”, held on 5 May 2026 in Berlin."},
			[]rel{{kg.ParticipatedIn, "Родопски вкус", "Храни Балкан 2026", ""}, {kg.ParticipatedIn, "Danube Honey Cluster", "Green Week Berlin 2026", ""}},
			[]rel{{kg.PresentedAt, "Родопски вкус", "Храни Балкан 2026", ""}}, nil, nil},
		{"a talk is no exhibit: 'X представи резултатите на конференцията'",
			[]string{"Клъстер „Родопски вкус“ представи резултатите от проекта на конференцията „Храна и здраве 2026“, която се проведе на 5 май 2026 г. в Пловдив."},
			[]rel{{kg.PresentedAt, "Родопски вкус", "Храна и здраве 2026", ""}}, nil, nil, nil},
		{"a headline naming two events is about the one its lead names again ('Over 200 pitches at „X“': X is the news, not the pitches)",
			[]string{"Over 200 B2B meetings at “Agro Match Days 2026” in Pleven\n\nPleven, 6 May 2026 – More than 90 firms took part in the brokerage event “Agro Match Days 2026”, held on 4-5 May 2026 at Expo Center – Pleven.\n\nThe event was organised by the Danube Agro Cluster. \"We are ready,\" said Ivan Ivanov, manager of the cluster. The adviser at the chamber, Stoyan Marinov, presented the services of the chamber.",
				"Над 50 B2B срещи на форума „Вино Север 2026“\n\nФорумът „Вино Север 2026“ се проведе на 4 май 2026 г. в Плевен. Организатор беше Клъстер „Лоза“. „Готови сме“, каза Иван Гърков. Управителят на Клъстер „Лоза“ Иван Гърков представи пазарите."},
			[]rel{{kg.PresentedAt, "Stoyan Marinov", "Agro Match Days 2026", ""}, {kg.PresentedAt, "Иван Гърков", "Вино Север 2026", ""}},
			[]rel{{kg.PresentedAt, "Stoyan Marinov", "B2B meetings", ""}, {kg.PresentedAt, "Иван Гърков", "B2B срещи", ""}}, nil, nil},
		{"winners of a prize take part in the event ('X спечели наградата на Y', 'Наградите получиха A и B', 'бе присъдена на X', 'which won the award'); a person receiving it does not, nor a winner of funding",
			[]string{"Форумът „Зелен бизнес 2026“ се проведе на 6 май 2026 г. в Габрово. Клъстер „Еко Балкан“ спечели голямата награда на форума. Наградите получиха още „Слънчо Солар“ ООД и Сдружение „Чиста река“. Специалната награда бе присъдена на „Био Ферма“ ЕООД. Отличието прие управителят Пламен Кънев.",
				"The contest “Agri Pitch 2026” took place on 6 May 2026 in Pleven. Among the finalists was the start-up SeedLab Ltd, which won the audience award.",
				"Форумът „Вода 2026“ се проведе на 6 май 2026 г. в Ловеч. Клъстер „Осъм“ спечели финансиране за нов проект."},
			[]rel{{kg.ParticipatedIn, "Еко Балкан", "Зелен бизнес 2026", ""}, {kg.ParticipatedIn, "Слънчо Солар ООД", "Зелен бизнес 2026", ""},
				{kg.ParticipatedIn, "Чиста река", "Зелен бизнес 2026", ""}, {kg.ParticipatedIn, "Био Ферма ЕООД", "Зелен бизнес 2026", ""},
				{kg.ParticipatedIn, "SeedLab Ltd", "Agri Pitch 2026", ""}},
			[]rel{{kg.ParticipatedIn, "Пламен Кънев", "Зелен бизнес 2026", ""}, {kg.ParticipatedIn, "Осъм", "Вода 2026", ""}}, nil, nil},
		{"an edition's ordinal belongs to the event's name ('the 12th Black Sea Wine Forum'), not to an organisation's",
			[]string{"On 6 May 2026 the 12th Black Sea Wine Forum took place in Varna. It was organised by the Varna Wine Cluster. The forum gathered 90 winemakers."},
			[]rel{{kg.HeldIn, "12th Black Sea Wine Forum", "Варна", ""}, {kg.Organized, "Varna Wine Cluster", "12th Black Sea Wine Forum", "organizer"}},
			nil, []ent{{kg.Event, "12th Black Sea Wine Forum"}}, []ent{{kg.Event, "Black Sea Wine Forum"}}},
		{"a description right before a quoted name describes that event ('на международното изложение за мебели и дизайн „X“'), it is no event of its own",
			[]string{"Общ щанд на мебелния бранш на изложението „Мебел Форма 2026“ в Пловдив\n\nШест фирми показаха мебели на общия щанд на Клъстер „Дърво Север“ на международното изложение за мебелни компоненти и интериорни материали „Мебел Форма 2026“, което се проведе от 3 до 6 май 2026 г. в Пловдив."},
			[]rel{{kg.HeldIn, "Мебел Форма 2026", "Пловдив", ""}},
			[]rel{{kg.HeldIn, "международното изложение за мебелни компоненти и интериорни материали", "Пловдив", ""}},
			[]ent{{kg.Event, "Мебел Форма 2026"}}, []ent{{kg.Event, "международното изложение за мебелни компоненти и интериорни материали"}}},
		{"who organised the participation takes part, it organises no fair ('Участието беше организирано от X', 'The participation was organised by Y'); an event organised by Z still is",
			[]string{"Осем фирми от Добрич представиха своите храни на изложението „Фуд Нордик 2026“, което се проведе от 3 до 5 май 2026 г. в Осло. Участието беше организирано от Клъстер „Златна нива“ в партньорство с Регионалната занаятчийска камара.",
				"Five dairies showed their cheese at the fair “Cheese Days 2026”, held on 3 May 2026 in Lyon. The participation was organised by the Rhodope Dairy Cluster.",
				"Форумът „Зърно 2026“ се проведе на 3 май 2026 г. в Плевен. Форумът беше организиран от Клъстер „Златна нива“."},
			[]rel{{kg.ParticipatedIn, "Златна нива", "Фуд Нордик 2026", ""}, {kg.ParticipatedIn, "Rhodope Dairy Cluster", "Cheese Days 2026", ""},
				{kg.Organized, "Златна нива", "Зърно 2026", "organizer"}},
			[]rel{{kg.Organized, "Златна нива", "Фуд Нордик 2026", "organizer"}, {kg.Organized, "Rhodope Dairy Cluster", "Cheese Days 2026", "organizer"},
				{kg.Organized, "Регионална занаятчийска камара", "Фуд Нордик 2026", "co-organizer"}}, nil, nil},
		{"a report presented by a person past a role and its board written out ('беше представен от досегашния председател на управителния съвет X'); not a person after another clause",
			[]string{"Общото събрание на Клъстер „Сребърна“ се проведе на 3 април 2026 г. в Силистра. Годишният отчет беше представен от досегашния председател на управителния съвет Мартин Колев.",
				"Общото събрание на Клъстер „Лудогорие“ се проведе на 3 април 2026 г. в Разград. Отчетът беше представен от екипа, а по-късно Христо Маринов раздаде грамотите."},
			[]rel{{kg.PresentedAt, "Мартин Колев", "общо събрание на Сребърна", ""}},
			[]rel{{kg.PresentedAt, "Христо Маринов", "общо събрание на Лудогорие", ""}}, nil, nil},
		{"who opens or closes the event speaks at it ('Откривайки семинара, кметът на Община X Y подчерта', 'Closing the workshop, Dr Z stressed'); not in a text with no event",
			[]string{"Семинарът „Чиста вода 2026“ се проведе на 3 април 2026 г. в Луковит. Участваха над 50 души. Откривайки семинара, кметът на Община Луковит Стефан Петков подчерта, че водата е приоритет.",
				"The workshop “Soil Days 2026” took place on 3 April 2026 in Pleven. It gathered 40 farmers. Closing the workshop, Dr Anna Stoeva of the Agri Cluster stressed the need for data.",
				"Клъстерът отвори нов офис в Ловеч. Откривайки офиса, управителят Боян Цонев подчерта, че фирмите растат."},
			[]rel{{kg.PresentedAt, "Стефан Петков", "Чиста вода 2026", ""}, {kg.PresentedAt, "Anna Stoeva", "Soil Days 2026", ""}},
			[]rel{{kg.PresentedAt, "Боян Цонев", "Чиста вода 2026", ""}}, nil, nil},
		{"a panel 'модерирана от X' (as 'moderated by X'): X presents at the panel; 'одобрена от' is no moderating",
			[]string{"Конференцията „Текстил 2026“ се проведе на 3 април 2026 г. в Габрово. В следобедната част се проведе панелна дискусия „Мода и кръгова икономика“, модерирана от журналистката Гергана Ненова.",
				"Конференцията „Лен 2026“ се проведе на 3 април 2026 г. в Русе. Програмата на конференцията беше одобрена от председателя Тихомир Лалев."},
			[]rel{{kg.PresentedAt, "Гергана Ненова", "Мода и кръгова икономика", ""}},
			[]rel{{kg.PresentedAt, "Тихомир Лалев", "Лен 2026", ""}}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-05-10", tc.texts...)
			checkRels(t, g, tc.want, tc.not)
			checkEntsIn(t, g, tc.ents, tc.notEnts)
		})
	}
}

func TestEnglishOrdinal(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{{"7th", true}, {"21st", true}, {"2nd", true}, {"103rd", true}, {"th", false}, {"0th", false}, {"7", false}, {"x7th", false}, {"1a2th", false}, {"2026", false}} {
		if got := englishOrdinal(tc.in); got != tc.want {
			t.Errorf("englishOrdinal(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestShortHeadline checks that a short headline the input layer found is
// the title, so the lead sentence after it, and the event it reports, is
// read as text, not skipped as a headline. The names are invented.
func TestShortHeadline(t *testing.T) {
	lead := "Клъстер „Тракийски занаяти“ организира семинар за дървообработване на 2 март 2026 г. в Казанлък."
	for _, title := range []string{"Семинар в Казанлък", "Майсторите се събраха", "Казанлък посрещна майсторите от региона"} {
		t.Run(title, func(t *testing.T) {
			pub := "2026-03-10"
			docs := []kg.Document{{ID: "a", Title: title, Published: &pub, Text: title + "\n\n" + lead + "\n\nПрисъстваха 30 майстори от региона."}}
			g, err := New().Extract(context.Background(), docs)
			if err != nil {
				t.Fatal(err)
			}
			checkGraph(t, docs, g)
			var ev *kg.Entity
			for i := range g.Entities {
				if g.Entities[i].Type == kg.Event {
					ev = &g.Entities[i]
				}
			}
			if ev == nil {
				t.Fatalf("the lead's event is lost\n%s", dump(g))
			}
			if !hasRel(g, rel{kg.Organized, "Тракийски занаяти", ev.Name, ""}) || !hasRel(g, rel{kg.HeldIn, ev.Name, "Казанлък", ""}) {
				t.Errorf("event %q lacks its organiser or place\n%s", ev.Name, dump(g))
			}
		})
	}
}

// TestCelebrations checks that the event a body marks an occasion with is
// an event it organised, named without the occasion ("по случай"). The
// bodies are invented.
func TestCelebrations(t *testing.T) {
	const head = "Клъстерът навърши десет години от основаването си\n\nШумен, 3 октомври 2026 г.\n\n"
	const cl = "Мадарски конник"
	for _, tc := range []struct{ name, body, event string }{
		{"fronted: С тържествен концерт ...", "С тържествен концерт в зала „Шумен“ Клъстер „Мадарски конник“ отбеляза 10 години от създаването си.", "тържествен концерт"},
		{"after the verb: ... с празничен концерт", "На 2 октомври Клъстер „Мадарски конник“ отбеляза 10 години от създаването си с празничен концерт.", "празничен концерт"},
		{"organised, with the occasion after", "Клъстер „Мадарски конник“ организира тържествено събитие по случай 10 години от създаването си.", "тържествено събитие"},
		{"en: celebrated with a concert", "On 2 October the Madara Rider Cluster celebrated its tenth anniversary with a festive concert in Shumen.", "festive concert"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-10-03", head+tc.body+" Гости бяха кметът на Шумен и 80 членове на клъстера.")
			if findEnt(g, kg.Event, tc.event) == nil {
				t.Fatalf("no event %q\n%s", tc.event, dump(g))
			}
			org := cl
			if strings.HasPrefix(tc.name, "en:") {
				org = "Madara Rider Cluster"
			}
			if !hasRel(g, rel{kg.Organized, org, tc.event, "organizer"}) {
				t.Errorf("%s did not organise %q\n%s", org, tc.event, dump(g))
			}
		})
	}
}

// TestStandAtFair checks that a body that organises a stand or a
// participation at a fair, or invites its members onto its stand, takes
// part in the fair and does not organise it. The names are invented.
func TestStandAtFair(t *testing.T) {
	const head = "Фирмите от региона се представят на голямото изложение\n\nПловдив, 10 ноември 2026 г.\n\n"
	const cl, fair = "Лозя и вина", "Винария 2027"
	for _, body := range []string{
		"Клъстер „Лозя и вина“ организира национален щанд на изложението „Винария 2027“, което ще се проведе от 3 до 7 март 2027 г. в Пловдив.",
		"Клъстер „Лозя и вина“ кани своите членове да се включат в щанда на изложението „Винария 2027“, което ще се проведе от 3 до 7 март 2027 г. в Пловдив.",
		"Клъстер „Лозя и вина“ организира участието на 12 фирми в изложението „Винария 2027“, което ще се проведе от 3 до 7 март 2027 г. в Пловдив.",
	} {
		t.Run(body[:60], func(t *testing.T) {
			_, g := extractTexts(t, "2026-11-10", head+body)
			checkRels(t, g, []rel{{kg.ParticipatedIn, cl, fair, ""}}, []rel{{kg.Organized, cl, fair, ""}})
		})
	}
	// inviting members to an event of one's own still organises it
	_, g := extractTexts(t, "2026-11-10", head+"Клъстер „Лозя и вина“ кани своите членове да участват в семинара „Нови сортове“, който ще се проведе на 3 март 2027 г. в Пловдив.")
	checkRels(t, g, []rel{{kg.Organized, cl, "Нови сортове", "organizer"}}, nil)
}
