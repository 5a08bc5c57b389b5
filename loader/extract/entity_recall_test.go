package extract

import (
	"slices"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// The cases here are invented sentences for the recognition of relation
// endpoints: names whose seat, type or kind a relation needs.

// TestSeatFormAlias checks that a body named with a complement and written
// with its seat ("в Лисабон", "от с. X", "from Portugal") keeps the form
// with the seat as an alias, and the seat as a place of its own.
func TestSeatFormAlias(t *testing.T) {
	cases := []struct {
		text   string
		typ    kg.EntityType
		name   string
		alias  string // "" when no alias with a seat is wanted
		place  string
		noSeat string // an alias that must not be made
	}{
		{"Университетът по горско стопанство в Лисабон е партньор по проекта.",
			kg.Organization, "Университет по горско стопанство", "Университет по горско стопанство в Лисабон", "Лисабон", ""},
		{"Асоциацията на текстилните фирми от Португалия се присъедини към мрежата.",
			kg.Association, "Асоциация на текстилните фирми", "Асоциация на текстилните фирми от Португалия", "Португалия", ""},
		{"Сдружението на пчеларите от с. Лозница подписа споразумението.",
			kg.Association, "Сдружение на пчеларите", "Сдружение на пчеларите от с. Лозница", "Лозница", ""},
		// a long complement at a sentence start is a name when its seat follows
		{"Нов проект\n\nКлъстерът има нов проект. Университетът по агрономия и ветеринарна медицина в Букурещ също участва.",
			kg.Organization, "Университет по агрономия и ветеринарна медицина", "Университет по агрономия и ветеринарна медицина в Букурещ", "Букурещ", ""},
		{"Клъстерът подписа споразумение с Регионалния информационен център във Велико Търново.",
			kg.Organization, "Регионален информационен център", "Регионален информационен център във Велико Търново", "Велико Търново", ""},
		{"Съюзът на преработвателите от Варна и Бургас подкрепи инициативата.",
			kg.Association, "Съюз на преработвателите", "", "Варна", "Съюз на преработвателите от Варна"},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		e := findEnt(g, c.typ, c.name)
		if e == nil {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.name, names(g))
			continue
		}
		if c.alias != "" && !slices.Contains(e.Aliases, c.alias) {
			t.Errorf("%q: aliases %v lack %q", c.text, e.Aliases, c.alias)
		}
		if c.noSeat != "" && slices.Contains(e.Aliases, c.noSeat) {
			t.Errorf("%q: alias %q cuts a list of places", c.text, c.noSeat)
		}
		if findEnt(g, kg.Place, c.place) == nil {
			t.Errorf("%q: no place %q in %v", c.text, c.place, names(g))
		}
	}
}

// TestClusterRegisteredAsAssociation checks that a quoted name with the
// cluster noun inside, after "Сдружение", is a cluster, while a body of
// clusters stays an association.
func TestClusterRegisteredAsAssociation(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Сдружение „Машиностроителен клъстер Русе“ организира кръгла маса.",
			[]ent{{kg.Cluster, "Машиностроителен клъстер Русе"}}, []ent{{kg.Association, "Машиностроителен клъстер Русе"}}},
		{"Сдружение „Зелен клъстер Родопи“ стана член на мрежата.",
			[]ent{{kg.Cluster, "Зелен клъстер Родопи"}}, nil},
		{"Сдружение „Асоциация на клъстерите в Тракия“ прие нови членове.",
			nil, []ent{{kg.Cluster, "Асоциация на клъстерите в Тракия"}}},
		{"Сдружение „Приятели на планината“ организира поход.",
			[]ent{{kg.Association, "Приятели на планината"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestAwardEvents checks that a quoted name after an award or competition
// noun is an event that its winners take part in, while a quoted category
// names nothing.
func TestAwardEvents(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
		rels      []rel
	}{
		{"Оптикс ООД от Пловдив спечели голямата награда „Иновативна фирма 2025“. Отличието бе връчено на 3 декември в София.",
			[]ent{{kg.Event, "Иновативна фирма 2025"}}, []ent{{kg.Organization, "Иновативна фирма 2025"}},
			[]rel{{kg.ParticipatedIn, "Оптикс ООД", "Иновативна фирма 2025", ""}}},
		{"На форума ще бъдат връчени годишните награди „Зелен бизнес“. Номинирани в категорията „Най-добър проект“ са три фирми.",
			[]ent{{kg.Event, "Зелен бизнес"}}, []ent{{kg.Event, "Най-добър проект"}}, nil},
		{"Клъстерът обяви конкурса „Млад дизайнер 2026“ за студенти.",
			[]ent{{kg.Event, "Млад дизайнер 2026"}}, nil, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
		_, g := extractTexts(t, "2026-05-01", c.text)
		for _, r := range c.rels {
			if !hasRel(g, r) {
				t.Errorf("%q: no %v", c.text, r)
			}
		}
	}
}

// TestCodeNameProjects checks that a project's hyphenated code name is read
// where no head noun introduces it, in a text that speaks of projects, and
// that codes, programme strands, acronyms in brackets and longer names are
// left to the rules that read them.
func TestCodeNameProjects(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Клъстерът има три проекта. Той е партньор в SOLAR-TWIN заедно с още седем организации.",
			[]ent{{kg.Project, "SOLAR-TWIN"}}, nil},
		{"Бюджетът на проекта е 2 млн. евро. Целта на AQUA-LINK е да обучи 200 души.",
			[]ent{{kg.Project, "AQUA-LINK"}}, nil},
		{"The project started in May. The cluster leads SEA-SKILLS, funded by Interreg Europe.",
			[]ent{{kg.Project, "SEA-SKILLS"}}, nil},
		// a plain capital word in apposition to "project"
		{"The project started in May. The cluster presented its flagship project, MEDISAFE, which is funded by EU4Health.",
			[]ent{{kg.Project, "MEDISAFE"}}, nil},
		{"Клъстерът има нови проекти. Той представи проекта си, AGROLINK, на форума.",
			[]ent{{kg.Project, "AGROLINK"}}, nil},
		// no project in the text: a code name is not guessed
		{"Фирмата пусна на пазара модела SOLAR-TWIN.",
			nil, []ent{{kg.Project, "SOLAR-TWIN"}}},
		// strands and codes are no code names
		{"Проектът е по програма Interreg VI-A и по процедура BG-RRP-2.",
			nil, []ent{{kg.Project, "VI-A"}, {kg.Project, "BG-RRP-2"}}},
		// an acronym in brackets names the project before it
		{"Клъстерът участва в проекта „Умни пристанища за Черно море“ (PORT-SMART). Ролята му в PORT-SMART е да обучава.",
			[]ent{{kg.Project, "Умни пристанища за Черно море"}}, []ent{{kg.Project, "PORT-SMART"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
	// a code opening a longer name is that project, named by the code as
	// the annotators do (rules-240), the long name an alias
	_, g := extractTexts(t, "2026-05-01", "Посещението беше по проекта „RIVER-CARE: Clean Rivers for Europe“. Партньорите в RIVER-CARE са девет.")
	e := findEnt(g, kg.Project, "RIVER-CARE")
	if e == nil {
		t.Fatalf("no project RIVER-CARE in %v", names(g))
	}
	if !slices.Contains(e.Aliases, "RIVER-CARE: Clean Rivers for Europe") {
		t.Errorf("aliases %v lack the long name", e.Aliases)
	}
	if findEnt(g, kg.Project, "RIVER-CARE: Clean Rivers for Europe") != nil {
		t.Errorf("the long name is a second project: %v", names(g))
	}
}

func TestCodeNameShape(t *testing.T) {
	for w, want := range map[string]bool{
		"GREENPORT-BS": true, "HY-DANUBE": true, "BLUE-SKILLS": true, "ROBO-SME": true,
		"VI-A": false, "BG-RRP-2": false, "EU4H-PJ": false, "AB-CD": false, "ABC": false, "GREEN--BS": false,
	} {
		if got := codeNameShape(w); got != want {
			t.Errorf("codeNameShape(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNamingVerbs checks that a quoted name given by a verb of naming
// ("Проектът се нарича „X“", "носи името", "is called") takes the kind of
// the subject it names.
func TestNamingVerbs(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Клъстерът се включи в международен проект. Проектът се нарича „Зелени покриви в малките градове“ и е одобрен миналата година.",
			[]ent{{kg.Project, "Зелени покриви в малките градове"}}, nil},
		{"Новият проект на сдружението носи името „Вода за всички“.",
			[]ent{{kg.Project, "Вода за всички"}}, []ent{{kg.Cluster, "Вода за всички"}}},
		{"The two-day event is called \"Green Valley Days\" and opens on Monday.",
			[]ent{{kg.Event, "Green Valley Days"}}, nil},
		{"Форумът, наречен „Дни на иновациите“, събра 200 души.",
			[]ent{{kg.Event, "Дни на иновациите"}}, nil},
		// a quote after a naming verb with no subject of a kind is no name
		{"Той се казва „да“ на всяка идея.",
			nil, []ent{{kg.Project, "да"}, {kg.Event, "да"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestVenues checks that the place of an event is read when it is a named
// building, an economic zone, a library or community centre, or a centre
// whose head has a capitalised word before it.
func TestVenues(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Годишната среща на клъстера ще се проведе на 12 март в Старото митническо здание в Бургас.",
			[]ent{{kg.Place, "Старо митническо здание"}, {kg.Place, "Бургас"}}, nil},
		{"Фестивалът ще се проведе от 9 до 11 октомври в Арт център „Пристанището“ в Бургас.",
			[]ent{{kg.Place, "Пристанището"}}, []ent{{kg.Organization, "Пристанището"}}},
		{"Срещата се проведе на 4 май в залата на Регионална библиотека „Христо Смирненски“ в Пловдив.",
			[]ent{{kg.Place, "Регионална библиотека Христо Смирненски"}}, nil},
		{"The investors' day was held on 5 May in the Danube Economic Zone.",
			[]ent{{kg.Place, "Danube Economic Zone"}}, nil},
		// a library that is no venue stays a body
		{"Регионална библиотека „Христо Смирненски“ подписа договор с клъстера.",
			nil, []ent{{kg.Place, "Регионална библиотека Христо Смирненски"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestCompanyAfterGenericNoun checks that a generic noun for a company
// before a name with a legal form ("Фирмата X ООД") is no part of the name.
func TestCompanyAfterGenericNoun(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Фирмата Оптикс ООД от Пловдив стана член на клъстера.",
			[]ent{{kg.Organization, "Оптикс ООД"}}, []ent{{kg.Organization, "Фирмата Оптикс ООД"}}},
		{"Сред членовете е и Компания Мега Трейд АД.",
			[]ent{{kg.Organization, "Мега Трейд АД"}}, []ent{{kg.Organization, "Компания Мега Трейд АД"}}},
		{"The company Nordic Tools Ltd joined the cluster.",
			[]ent{{kg.Organization, "Nordic Tools Ltd"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestDescribedSessions checks that a session named by its kind ("tasting
// session") and a meeting followed by a participle of holding ("заседание на
// УС, проведено на ...") are events, and that a session named only by its
// order or by a generic word is not.
func TestDescribedSessions(t *testing.T) {
	const bg, en = "Нови членове на клъстера\n\nИКТ клъстер „Варна Дигитал“ прие нови членове. ", "The cluster at the fair\n\nThe cluster took part in the fair. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{en + "On 20 October the members presented their wines at a tasting session at the town hall.",
			[]ent{{kg.Event, "tasting session"}}, nil},
		{en + "The final pitching session was held on 28 May at the university.",
			[]ent{{kg.Event, "final pitching session"}}, nil},
		{bg + "На заседание на Управителния съвет, проведено на 20 май 2026 г., бяха приети нови членове.",
			[]ent{{kg.Event, "заседание на Управителния съвет"}}, nil},
		{en + "The second session was held on 28 May at the university.",
			nil, []ent{{kg.Event, "second session"}}},
		{en + "On 20 October the call was presented in a separate session.",
			nil, []ent{{kg.Event, "separate session"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestLatinBodiesByContext checks that a Latin name no head noun types is a
// body when what is written around it says so, and stays unread otherwise.
func TestLatinBodiesByContext(t *testing.T) {
	const head = "Textile cluster news\n\nThe cluster met on 3 May 2026. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Representatives of Danube Knitwear attended the talks.",
			[]ent{{kg.Organization, "Danube Knitwear"}}, nil},
		{head + "Maria Ivanova of Orbis Looms was elected treasurer.",
			[]ent{{kg.Organization, "Orbis Looms"}, {kg.Person, "Maria Ivanova"}}, nil},
		{head + "Its members include the pharmacy chain Green Cross Pharma.",
			[]ent{{kg.Organization, "Green Cross Pharma"}}, nil},
		{head + "It welcomed FiberLab, a spin-off of the local university.",
			[]ent{{kg.Organization, "FiberLab"}}, nil},
		{head + "The delegation toured the plant of Orbis Drive.",
			[]ent{{kg.Organization, "Orbis Drive"}}, nil},
		{"Клъстерът в Италия\n\nДелегацията посети Италия на 3 май 2026 г. Гостите разгледаха фабриката на Mira Knitwear.",
			[]ent{{kg.Organization, "Mira Knitwear"}}, nil},
		// a given name before a trade is a company, not a person
		{head + "Representatives of Elena Textiles attended the talks.",
			[]ent{{kg.Organization, "Elena Textiles"}}, []ent{{kg.Person, "Elena Textiles"}}},
		// no context: a Latin phrase alone is no body
		{head + "The motto was Weave the Future.",
			nil, []ent{{kg.Organization, "Weave the Future"}}},
		{head + "The study covered Value Chains for Plastic Packaging.",
			nil, []ent{{kg.Organization, "Value Chains for Plastic Packaging"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestExhibitionCentres checks that a centre for fairs or congresses is a
// venue (a place) wherever it is named, and that other centres are not.
func TestExhibitionCentres(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Клъстерът на панаира\n\nКлъстерът участва в панаира. Щандът беше в изложбения център Fieramilano в Милано.",
			[]ent{{kg.Place, "Fieramilano"}}, []ent{{kg.Organization, "Fieramilano"}}},
		{"Cluster visit\n\nThe cluster visited France. The members then toured the Lyon Convention Centre.",
			[]ent{{kg.Place, "Lyon Convention Centre"}}, nil},
		{"Клъстерът подписа договор с Конгресен център „Черно море“.",
			[]ent{{kg.Place, "Черно море"}}, nil},
		// a centre of another kind stays a body
		{"Клъстерът подписа договор с Център за развитие „Черно море“.",
			nil, []ent{{kg.Place, "Черно море"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestInterregNames checks Interreg programmes named by a hyphenated area
// ("Interreg Euro-MED") or by a strand with its area in Bulgarian
// ("Interreg NEXT Черноморски басейн"), and that a reference name stays one.
func TestInterregNames(t *testing.T) {
	const head = "Нов проект\n\nКлъстерът стартира нов проект. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Проектът „Сини пристанища“ е финансиран по програма Interreg Euro-MED 2021–2027.",
			[]ent{{kg.Programme, "Interreg Euro-MED 2021-2027"}}, nil},
		{head + "Проектът „Сини води“ е по Interreg NEXT Черноморски басейн.",
			[]ent{{kg.Programme, "Interreg NEXT Черноморски басейн"}}, []ent{{kg.Programme, "Interreg NEXT"}}},
		{head + "Проектът „Зелени градове“ е по Interreg Europe.",
			[]ent{{kg.Programme, "Interreg Europe"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestPlansAreProgrammes checks that a named plan is a programme, as the
// annotation rules type plans, and that a plan named by no capital is not.
func TestPlansAreProgrammes(t *testing.T) {
	const head = "Кръгова икономика\n\nОбщината стартира проект. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Експерти на министерството представиха Националния план за управление на отпадъците.",
			[]ent{{kg.Programme, "Национален план за управление на отпадъците"}}, nil},
		{head + "Фирмата представи бизнес план за разширяване.",
			nil, []ent{{kg.Programme, "бизнес план за разширяване"}, {kg.Programme, "план за разширяване"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestCompoundEventHeads checks that a compound of two event kinds
// ("среща-форум") heads an event name, and that a campaign's quoted name is
// an event.
func TestCompoundEventHeads(t *testing.T) {
	const head = "Годишнина\n\nКлъстерът празнува 15 години. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "На 24 април клъстерът ще проведе тържествена среща-форум „15 години заедно“ в Габрово.",
			[]ent{{kg.Event, "15 години заедно"}}, nil},
		{head + "Клъстерът организира семинар-обучение „Дигитални умения“ на 3 май.",
			[]ent{{kg.Event, "Дигитални умения"}}, nil},
		{head + "Дегустацията е част от кампанията „Отворени винарни 2026“.",
			[]ent{{kg.Event, "Отворени винарни 2026"}}, nil},
		// a campaign names an event only in quotes: after it an unquoted
		// name is often a person's
		{head + "Кампанията на Иван Петров започна.",
			[]ent{{kg.Person, "Иван Петров"}}, []ent{{kg.Event, "Иван Петров"}}},
		// a compound whose parts are not both event kinds heads nothing
		{head + "Клъстерът представи доклад-анализ „Пазарът на труда“.",
			nil, []ent{{kg.Event, "Пазарът на труда"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestInstitutionNamesakeAbroad checks that a Bulgarian reference
// institution's name written with a foreign town names a namesake there: no
// reference acronym, and the form with the town as an alias.
func TestInstitutionNamesakeAbroad(t *testing.T) {
	_, g := extractTexts(t, "2026-05-01", "Нов проект\n\nКлъстерът има нов проект. Партньор е Университетът по архитектура, строителство и геодезия в Букурещ.")
	e := findEnt(g, kg.Organization, "Университет по архитектура, строителство и геодезия")
	if e == nil {
		t.Fatalf("no university in %v", names(g))
	}
	if !slices.Contains(e.Aliases, "Университет по архитектура, строителство и геодезия в Букурещ") {
		t.Errorf("aliases %v lack the form with the town", e.Aliases)
	}
	if e.Properties["acronym"] != nil {
		t.Errorf("the namesake abroad took the reference acronym %v", e.Properties["acronym"])
	}
	// the reference body in its own country keeps its acronym
	_, g = extractTexts(t, "2026-05-01", "Нов проект\n\nКлъстерът има нов проект. Партньор е Университетът по архитектура, строителство и геодезия в София.")
	if e := findEnt(g, kg.Organization, "Университет по архитектура, строителство и геодезия"); e == nil || e.Properties["acronym"] != "УАСГ" {
		t.Errorf("the reference university lost its acronym: %v", e)
	}
}

// TestLatinSeats checks English names with their seat: "X in Paris" keeps
// the form with the town as an alias, an embassy is not based in the
// country it represents, and a connector before a place ends no name.
func TestLatinSeats(t *testing.T) {
	const head = "Cluster in France\n\nThe cluster took part in a fair in France. "
	_, g := extractTexts(t, "2026-05-01", head+"On 20 October the members presented wines at a tasting at the Bulgarian Embassy in Paris.")
	e := findEnt(g, kg.Organization, "Bulgarian Embassy")
	if e == nil {
		t.Fatalf("no embassy in %v", names(g))
	}
	if !slices.Contains(e.Aliases, "Bulgarian Embassy in Paris") {
		t.Errorf("aliases %v lack the form with the town", e.Aliases)
	}
	_, g = extractTexts(t, "2026-05-01", head+"The Embassy of Bulgaria in France supported the visit.")
	if hasRel(g, rel{kg.BasedIn, "Embassy of Bulgaria", "България", ""}) {
		t.Errorf("an embassy is based in the country it represents")
	}
	checkEnts(t, head+"The Romanian Cluster Association in Bucharest joined.",
		[]ent{{kg.Association, "Romanian Cluster Association"}}, []ent{{kg.Cluster, "Romanian Cluster Association in"}})
}

// TestComplementEndsAtVerb checks that a name's complement ends before a
// verb of the sentence ("Институтът за горите разказа за проекта").
func TestComplementEndsAtVerb(t *testing.T) {
	const head = "Конференция\n\nКлъстерът проведе конференция на 3 май 2026 г. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Иван Петров от Датския институт за биогаз говори за пазара на биометан.",
			[]ent{{kg.Organization, "Датски институт за биогаз"}}, []ent{{kg.Organization, "Датски институт за биогаз говори за пазара на биометан"}}},
		{head + "Представител на Института за горите разказа за проекта.",
			[]ent{{kg.Organization, "Институт за горите"}}, nil},
		{head + "Вчера Асоциацията на млекопреработвателите подписа меморандум.",
			[]ent{{kg.Association, "Асоциация на млекопреработвателите"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestTechParks checks that a technology park named as a partner is a body
// and one where something is held is a venue.
func TestTechParks(t *testing.T) {
	const head = "Проект\n\nКлъстерът има нов проект. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Сред партньорите е Технологичният парк „Искър“ от Самоков.",
			[]ent{{kg.Organization, "Технологичен парк Искър"}}, []ent{{kg.Place, "Технологичен парк Искър"}}},
		{head + "Клъстерът откри на 2 ноември лаборатория в Научно-технологичен парк „Марица“.",
			[]ent{{kg.Place, "Научно-технологичен парк Марица"}}, []ent{{kg.Organization, "Научно-технологичен парк Марица"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestQuotedSpeechIsNoName checks that quotes holding several sentences are
// words said, not a name, while a name with abbreviations stays one.
func TestQuotedSpeechIsNoName(t *testing.T) {
	const head = "Интервю\n\nКлъстерът расте. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "„Липсата на хора е най-големият ни проблем днес. Затова тази година подписахме договор с Професионалната гимназия „Христо Смирненски“ за дуално обучение“, казва той.",
			[]ent{{kg.Organization, "Професионална гимназия Христо Смирненски"}}, []ent{{kg.Event, "Липсата на хора е най-големият ни проблем днес. Затова тази година подписахме договор с Професионалната гимназия Христо Смирненски за дуално обучение"}}},
		// a long title of two sentences after its head noun is a name (a
		// topic after "на тема" is the event's alias: evnames_test.go)
		{head + "На 3 май 2026 г. клъстерът проведе конференция под надслов „Зелената икономика като двигател на растежа. Клъстерите и тяхната роля в процеса“.",
			[]ent{{kg.Event, "Зелената икономика като двигател на растежа. Клъстерите и тяхната роля в процеса"}}, nil},
		{head + "Партньор е Университет „Проф. д-р Асен Златаров“ от Бургас.",
			[]ent{{kg.Organization, "Университет „Проф. д-р Асен Златаров“"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestPersonAfterName checks that a person named right after a body's name
// ("кметът на Община X Иво Петков", "клъстер Y-Danubius Andrei Z", "the
// University of X and Andrei Y") is no part of that name, while a given
// name inside a Latin name after an English head stays in it.
func TestPersonAfterName(t *testing.T) {
	const head = "Среща\n\nНа 3 май 2026 г. се проведе среща. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Присъстваха заместник-кметът на Община Ловеч Иво Петков и други гости.",
			[]ent{{kg.Organization, "Община Ловеч"}, {kg.Person, "Иво Петков"}}, []ent{{kg.Organization, "Община Ловеч Иво Петков"}}},
		{head + "Договора подписа президентът на словашкия клъстер Auto-Danubius Andrei Popescu.",
			[]ent{{kg.Person, "Andrei Popescu"}}, []ent{{kg.Cluster, "Auto-Danubius Andrei Popescu"}}},
		{head + "Участваха и проф. Калина Стоева от Университета в Шумен и директорът на клъстер Мебел Калоян Денев.",
			[]ent{{kg.Person, "Калоян Денев"}}, nil},
		{"Panel\n\nThe panel on 3 May 2026 included Prof. Elena Marinova of the University of Plovdiv and Andrei Popa, cluster manager of Nordic Wood Cluster.",
			[]ent{{kg.Organization, "University of Plovdiv"}, {kg.Person, "Andrei Popa"}}, []ent{{kg.Organization, "University of Plovdiv and Andrei Popa"}}},
		{"Visit\n\nOn 3 May 2026 the cluster visited the Fondazione Emilia Innovazione in Bologna.",
			nil, []ent{{kg.Person, "Emilia Innovazione"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestNameComplements checks complements a name keeps: a field of an
// articled adjective and a noun after "в", a reference name that goes on
// into a foreign body's longer name, and an articled "Висшия" in its
// dictionary form.
func TestNameComplements(t *testing.T) {
	const head = "Среща\n\nНа 3 май 2026 г. в Букурещ се проведе среща. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Присъстваха представители на Камарата на архитектите в инвестиционното проектиране.",
			[]ent{{kg.Association, "Камара на архитектите в инвестиционното проектиране"}}, []ent{{kg.Association, "Камара на архитектите"}}},
		{head + "Присъстваха представители на Министерството на земеделието и горските ресурси на Молдова.",
			[]ent{{kg.Organization, "Министерство на земеделието и горските ресурси на Молдова"}, {kg.Place, "Молдова"}}, []ent{{kg.Organization, "Министерство на земеделието"}}},
		{head + "Министерството на земеделието и местните общини подкрепиха срещата.",
			[]ent{{kg.Organization, "Министерство на земеделието"}}, nil},
		{head + "Лекция изнесе Петър Колев от Висшия машинно-технологичен институт.",
			[]ent{{kg.Organization, "Висш машинно-технологичен институт"}}, []ent{{kg.Organization, "Висшия машинно-технологичен институт"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestReferenceProgrammesAndRegions checks EU programmes and world regions
// of the reference lists, as written in Bulgarian and English.
func TestReferenceProgrammesAndRegions(t *testing.T) {
	const head = "Новини\n\nНа 3 май 2026 г. клъстерът обяви нов проект. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Той е финансиран от NextGenerationEU.", []ent{{kg.Programme, "NextGenerationEU"}}, []ent{{kg.Association, "NextGenerationEU"}}},
		{head + "Болницата участва в проект по програма EU4Health.", []ent{{kg.Programme, "EU4Health"}}, []ent{{kg.Organization, "EU4Health"}}},
		{head + "Сдружението кандидатства по Creative Europe.", []ent{{kg.Programme, "Творческа Европа"}}, nil},
		{head + "Фирмите търсят партньори от Близкия изток и Северна Африка.",
			[]ent{{kg.Place, "Близък изток"}, {kg.Place, "Северна Африка"}}, []ent{{kg.Place, "Близкия"}}},
		{"News\n\nOn 3 May 2026 the members met buyers from the Middle East and Latin America.",
			[]ent{{kg.Place, "Близък изток"}, {kg.Place, "Латинска Америка"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestShortClusterNames checks that a cluster named by the first words of
// a longer cluster name of the same text is that cluster, that two longer
// names leave the short one apart, and that a described cluster written
// with a town is the named cluster of that town.
func TestShortClusterNames(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Делегация гостува на Автомобилния клъстер Пловдив\n\nНа 3 май 2026 г. делегация посети Пловдив по покана на Сдружение „Автомобилен клъстер Пловдив“.",
			[]ent{{kg.Cluster, "Автомобилен клъстер Пловдив"}}, []ent{{kg.Cluster, "Автомобилен клъстер"}}},
		{"Среща на клъстери\n\nНа 3 май 2026 г. Мебелен клъстер Тетевен и Мебелен клъстер Троян подписаха меморандум. Мебелен клъстер е домакин.",
			[]ent{{kg.Cluster, "Мебелен клъстер Тетевен"}, {kg.Cluster, "Мебелен клъстер Троян"}}, nil},
		// a description with a town, among several named clusters, is the one of that town
		{"Министърът посети Автомобилния клъстер в Кърджали\n\nНа 3 май 2026 г. министърът посети Клъстер „Автокомпоненти Кърджали“. Клъстерът работи с Automotive Cluster Slovenia.",
			[]ent{{kg.Cluster, "Автокомпоненти Кърджали"}, {kg.Cluster, "Automotive Cluster Slovenia"}}, []ent{{kg.Cluster, "Автомобилен клъстер"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestOfficeBeforeSurname checks that an English office written before a
// surname ("said Mayor Kalinov") makes no person of office and surname.
func TestOfficeBeforeSurname(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Summit\n\nThe summit on 3 May 2026 was opened by Mayor of Ruse Petar Kalinov. \"We are a bridge,\" said Mayor Kalinov.",
			[]ent{{kg.Person, "Petar Kalinov"}}, []ent{{kg.Person, "Mayor Kalinov"}}},
		{"Summit\n\nOn 3 May 2026 Minister Elena Petrova opened the forum. Later Director Ivanov spoke.",
			[]ent{{kg.Person, "Elena Petrova"}}, []ent{{kg.Person, "Minister Elena Petrova"}, {kg.Person, "Director Ivanov"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestSuspendedHyphen checks that a company name with a compound cut short
// by a hyphen before the conjunction ("Bau- und Umwelttechnik GmbH") is read
// whole.
func TestSuspendedHyphen(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Consortium\n\nOn 3 May 2026 the partners met. Partners: Hafner Bau- und Umwelttechnik GmbH from Leipzig, Germany, and Kraus Metall GmbH.",
			[]ent{{kg.Organization, "Hafner Bau- und Umwelttechnik GmbH"}, {kg.Organization, "Kraus Metall GmbH"}}, []ent{{kg.Organization, "Umwelttechnik GmbH"}}},
		{"Consortium\n\nOn 3 May 2026 the partners met: Moser Holz- and Metallbau AG and the university.",
			[]ent{{kg.Organization, "Moser Holz- and Metallbau AG"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestRoleOrganisationRun checks that a Latin run after "директор на" /
// "director of" is the role's organisation, whole: no person is made of its
// last words.
func TestRoleOrganisationRun(t *testing.T) {
	const head = "Конференция\n\nНа 3 май 2026 г. в Габрово се проведе конференция. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Иван Петров, изпълнителен директор на Têxtil Circular Norte, сподели опита на фирмата.",
			[]ent{{kg.Organization, "Têxtil Circular Norte"}}, []ent{{kg.Person, "Circular Norte"}, {kg.Organization, "Têxtil"}}},
		{head + "Мария Петрова, управител на Verde Moda, също говори.",
			[]ent{{kg.Organization, "Verde Moda"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestTownFromCountry checks that an unknown town after "from"/"от" and
// before its country is a place, not a body.
func TestTownFromCountry(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Academy\n\nOn 3 May 2026 the academy opened with Karadeniz Technical University from Trabzon, Türkiye, as a partner.",
			[]ent{{kg.Place, "Trabzon"}, {kg.Organization, "Karadeniz Technical University"}}, []ent{{kg.Organization, "Trabzon"}}},
		{"Академия\n\nНа 3 май 2026 г. академията започна с партньори от Giresun, Турция.",
			[]ent{{kg.Place, "Giresun"}}, []ent{{kg.Organization, "Giresun"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestOfTheRegion checks that a region or country after "of the" right
// after an English head completes the name ("University of the Basque
// Country").
func TestOfTheRegion(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Meeting\n\nOn 3 May 2026 the partners met in Bilbao. The University of the Basque Country supported the project.",
			[]ent{{kg.Organization, "University of the Basque Country"}}, nil},
		{"Meeting\n\nOn 3 May 2026 the Academy of the Czech Republic hosted the partners.",
			[]ent{{kg.Organization, "Academy of the Czech Republic"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestHospitals checks that a hospital or clinic named with a quoted name
// is an organisation.
func TestHospitals(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Клъстер\n\nНа 3 май 2026 г. клъстерът прие нови членове: „ТелеМед“ АД и Университетска болница „Света Анна“ – Варна.",
			[]ent{{kg.Organization, "Университетска болница Света Анна – Варна"}, {kg.Place, "Варна"}}, nil},
		{"Cluster\n\nOn 3 May 2026 the cluster welcomed the Sunrise Children's Clinic and the Riverside Hospital as members.",
			[]ent{{kg.Organization, "Riverside Hospital"}, {kg.Organization, "Sunrise Children's Clinic"}}, nil},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestInstitutionTypeNames checks that a quoted name after an abbreviated
// institution kind ("УМБАЛ", "ПГ") is that institution, though it names a
// person, while the person elsewhere stays a person.
func TestInstitutionTypeNames(t *testing.T) {
	const head = "Клъстер\n\nНа 3 май 2026 г. клъстерът прие нови членове. "
	cases := []struct {
		text      string
		want, not []ent
	}{
		{head + "Сред тях са УМБАЛ „Д-р Иван Рилски“ и „МедиСофт“ ООД.",
			[]ent{{kg.Organization, "Д-р Иван Рилски"}}, []ent{{kg.Person, "Иван Рилски"}}},
		{head + "Учениците от ПГ „Христо Ботев“ също участваха.",
			[]ent{{kg.Organization, "Христо Ботев"}}, []ent{{kg.Person, "Христо Ботев"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestArticledNounIsNoTown checks that a capitalised masculine noun with
// its short article after "в" ("в Регистъра") is no unknown town, while
// unknown towns still are.
func TestArticledNounIsNoTown(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Регистър\n\nНа 3 май 2026 г. клъстерът беше вписан в Регистъра на клъстерите.",
			nil, []ent{{kg.Place, "Регистъра"}}},
		{"Среща\n\nНа 3 май 2026 г. срещата се проведе в Центъра за иновации и в Гълъбово.",
			nil, []ent{{kg.Place, "Центъра"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestBulletTypedLines checks that quoted names opening bulleted lines
// after a line ending in a list noun and a colon take that noun's type.
func TestBulletTypedLines(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
	}{
		{"Отчет\n\nНа 3 май 2026 г. се проведе общото събрание. Клъстерът изпълнява два проекта:\n- „Зелени вериги за МСП“ по програма „Цифрова Европа“, в който клъстерът е партньор;\n- „Умни умения за строителството“ по Erasmus+.",
			[]ent{{kg.Project, "Зелени вериги за МСП"}, {kg.Project, "Умни умения за строителството"}}, nil},
		{"Report\n\nOn 3 May 2026 the assembly met. The members founded two clusters:\n• „Wood Nordic“, in Varna;\n• „Baltic Food“, in Burgas.",
			[]ent{{kg.Cluster, "Wood Nordic"}, {kg.Cluster, "Baltic Food"}}, nil},
		// a colon after another noun types nothing
		{"Отчет\n\nНа 3 май 2026 г. се проведе събрание. Бяха обсъдени темите:\n- „Зелени вериги“;\n- „Умни умения“.",
			nil, []ent{{kg.Project, "Зелени вериги"}}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
	}
}

// TestSeatBeforeLegalForm checks that a town closing a quoted company name
// before its legal form is the company's seat and a place of its own.
func TestSeatBeforeLegalForm(t *testing.T) {
	cases := []struct {
		text      string
		want, not []ent
		seat      [2]string // company, town; "" when none
	}{
		{"Нови членове\n\nНа 3 май 2026 г. към клъстера се присъедини „Пристанище Видин“ АД.",
			[]ent{{kg.Place, "Видин"}}, nil, [2]string{"Пристанище Видин АД", "Видин"}},
		{"Нови членове\n\nНа 3 май 2026 г. към клъстера се присъедини „Златно зърно – Генерал Тошево“ ООД.",
			[]ent{{kg.Place, "Генерал Тошево"}}, nil, [2]string{"Златно зърно – Генерал Тошево ООД", "Генерал Тошево"}},
		{"Нови членове\n\nНа 3 май 2026 г. към клъстера се присъедини „Видин Транс“ ЕООД.",
			nil, []ent{{kg.Place, "Видин"}}, [2]string{}},
	}
	for _, c := range cases {
		checkEnts(t, c.text, c.want, c.not)
		if c.seat[0] == "" {
			continue
		}
		_, g := extractTexts(t, "2026-05-01", c.text)
		if !hasRel(g, rel{typ: kg.BasedIn, from: c.seat[0], to: c.seat[1]}) {
			t.Errorf("%q: no BASED_IN %s -> %s", c.text, c.seat[0], c.seat[1])
		}
	}
}
