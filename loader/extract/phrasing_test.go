package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// ent is an expected entity: type and name.
type ent struct {
	typ  kg.EntityType
	name string
}

// rel is an expected relation between named entities; prop is the role or
// title, when the relation has one.
type rel struct {
	typ      kg.RelationType
	from, to string
	prop     string
}

func extractTexts(t *testing.T, pub string, texts ...string) ([]kg.Document, *kg.Graph) {
	t.Helper()
	var docs []kg.Document
	for i, s := range texts {
		d := kg.Document{ID: string(rune('a' + i)), Text: s}
		if pub != "" {
			p := pub
			d.Published = &p
		}
		docs = append(docs, d)
	}
	g, err := New().Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, docs, g)
	return docs, g
}

func findEnt(g *kg.Graph, typ kg.EntityType, name string) *kg.Entity {
	for i := range g.Entities {
		if g.Entities[i].Type == typ && g.Entities[i].Name == name {
			return &g.Entities[i]
		}
	}
	return nil
}

func hasRel(g *kg.Graph, r rel) bool {
	names := map[string]string{}
	for _, e := range g.Entities {
		names[e.ID] = e.Name
	}
	for _, x := range g.Relations {
		if x.Type != r.typ || names[x.From] != r.from || names[x.To] != r.to {
			continue
		}
		if r.prop == "" || x.Properties["role"] == r.prop || x.Properties["title"] == r.prop {
			return true
		}
	}
	return false
}

func dump(g *kg.Graph) string {
	var b strings.Builder
	_ = WriteText(&b, g)
	return b.String()
}

// checkRels fails t for each relation of want that g lacks and each of not
// that g has.
func checkRels(t *testing.T, g *kg.Graph, want, not []rel) {
	t.Helper()
	for _, r := range want {
		if !hasRel(g, r) {
			t.Errorf("missing %s %q -> %q (%s)\n%s", r.typ, r.from, r.to, r.prop, dump(g))
		}
	}
	for _, r := range not {
		if hasRel(g, r) {
			t.Errorf("unexpected %s %q -> %q (%s)\n%s", r.typ, r.from, r.to, r.prop, dump(g))
		}
	}
}

// checkEntsIn fails for every wanted entity g lacks and every unwanted one
// it has.
func checkEntsIn(t *testing.T, g *kg.Graph, want, not []ent) {
	t.Helper()
	for _, e := range want {
		if findEnt(g, e.typ, e.name) == nil {
			t.Errorf("missing %s %q\n%s", e.typ, e.name, dump(g))
		}
	}
	for _, e := range not {
		if findEnt(g, e.typ, e.name) != nil {
			t.Errorf("unexpected %s %q\n%s", e.typ, e.name, dump(g))
		}
	}
}

func TestPhrasings(t *testing.T) {
	tests := []struct {
		name  string
		pub   string
		texts []string
		ents  []ent
		rels  []rel
	}{
		{"quoted cluster, low quotes", "", []string{"Клъстер „Умни градове“ подписа споразумение."},
			[]ent{{kg.Cluster, "Умни градове"}}, nil},
		{"quoted cluster, English quotes", "", []string{"Сдружение “Клъстер Текстил и мода” прие нови членове."},
			[]ent{{kg.Cluster, "Клъстер Текстил и мода"}}, nil},
		{"quoted association, straight quotes", "", []string{"Асоциация \"Балкански винари\" подкрепи инициативата."},
			[]ent{{kg.Association, "Балкански винари"}}, nil},
		{"quoted project, guillemets", "", []string{"Екипът работи по проект «Дигитални умения за всички» от миналата година."},
			[]ent{{kg.Project, "Дигитални умения за всички"}}, nil},
		{"operational programme with years", "", []string{"Финансирането е по Оперативна програма „Региони в растеж“ 2014 – 2020."},
			[]ent{{kg.Programme, "Оперативна програма Региони в растеж 2014-2020"}}, nil},
		{"unknown programme with quotes keeps its head", "", []string{"Проектът BALTECH е по Програма „Иновативни Балкани“ 2021-2027."},
			[]ent{{kg.Programme, "Програма Иновативни Балкани 2021-2027"}, {kg.Project, "BALTECH"}},
			[]rel{{kg.FundedBy, "BALTECH", "Програма Иновативни Балкани 2021-2027", ""}}},
		{"acronym defined then used alone", "", []string{"Българската асоциация на ИТ клъстерите (БАИТК) обяви конкурс. Председателят на БАИТК Стоян Пенев каза, че БАИТК ще подкрепи младите."},
			[]ent{{kg.Association, "Българска асоциация на ИТ клъстерите"}, {kg.Person, "Стоян Пенев"}},
			[]rel{{kg.HoldsRole, "Стоян Пенев", "Българска асоциация на ИТ клъстерите", "председател"}}},
		{"acronym across documents", "", []string{"Клъстер „Родопи Био“ (КРБ) е създаден през 2012 г.", "Управителят на КРБ Мирослав Тодоров откри форума."},
			[]ent{{kg.Cluster, "Родопи Био"}},
			[]rel{{kg.HoldsRole, "Мирослав Тодоров", "Родопи Био", "управител"}}},
		{"acronym before its expansion", "", []string{"Членове на АСК (Асоциация на софтуерните клъстери) са 12 клъстера. Председателят на АСК Иван Колев откри срещата."},
			[]ent{{kg.Association, "Асоциация на софтуерните клъстери"}},
			[]rel{{kg.HoldsRole, "Иван Колев", "Асоциация на софтуерните клъстери", "председател"}}},
		{"Latin project and programme in Cyrillic text", "", []string{"Клъстерът е партньор по проекта SMARTWOOD по програма Interreg Europe."},
			[]ent{{kg.Project, "SMARTWOOD"}, {kg.Programme, "Interreg Europe"}},
			[]rel{{kg.FundedBy, "SMARTWOOD", "Interreg Europe", ""}}},
		{"partner list with countries", "", []string{"Партньори в проект NEWFOOD са:\n• AGROTECH от Гърция – координатор на проекта\n• Клъстер „Храни Север“, България\n• FOODVALLEY от Нидерландия"},
			[]ent{{kg.Project, "NEWFOOD"}},
			[]rel{{kg.PartnerIn, "AGROTECH", "NEWFOOD", "coordinator"}, {kg.PartnerIn, "Храни Север", "NEWFOOD", "partner"},
				{kg.BasedIn, "AGROTECH", "Гърция", ""}, {kg.BasedIn, "FOODVALLEY", "Нидерландия", ""}}},
		{"lead partner", "", []string{"Клъстерът работи по проекта GREENPORT с водещ партньор Port of Antwerp, Белгия."},
			nil, []rel{{kg.PartnerIn, "Port of Antwerp", "GREENPORT", "lead"}, {kg.BasedIn, "Port of Antwerp", "Белгия", ""}}},
		{"role before person", "", []string{"Председателят на УС на Клъстер „Север“ Калин Радев откри срещата."},
			[]ent{{kg.Person, "Калин Радев"}}, []rel{{kg.HoldsRole, "Калин Радев", "Север", "председател на ус"}}},
		{"title, person, dash role", "", []string{"Гост беше г-жа Росица Ангелова – изпълнителен директор на Клъстер „Изток“."},
			[]ent{{kg.Person, "Росица Ангелова"}}, []rel{{kg.HoldsRole, "Росица Ангелова", "Изток", "изпълнителен директор"}}},
		{"role with dash then titled person", "", []string{"Докладът беше изнесен от управителя на Клъстер „Юг“ – д-р Нина Костова."},
			[]ent{{kg.Person, "Нина Костова"}}, []rel{{kg.HoldsRole, "Нина Костова", "Юг", "управител"}}},
		{"engineer, comma role", "", []string{"Инж. Стефан Маринов, председател на Сдружение „Машиностроене“, представи плановете."},
			[]ent{{kg.Person, "Стефан Маринов"}}, []rel{{kg.HoldsRole, "Стефан Маринов", "Машиностроене", "председател"}}},
		{"numeric date and city", "", []string{"На 03.04.2019 г. в гр. Габрово се проведе конференция „Индустрия 4.0“."},
			[]ent{{kg.Event, "Индустрия 4.0"}, {kg.Place, "Габрово"}}, []rel{{kg.HeldIn, "Индустрия 4.0", "Габрово", ""}}},
		{"day range and resort", "", []string{"Форумът „Морски технологии“ ще се проведе на 12-13.06.2021 г. в к.к. Албена."},
			[]ent{{kg.Event, "Морски технологии"}}, []rel{{kg.HeldIn, "Морски технологии", "Албена", ""}}},
		{"written dates with year", "", []string{"На 7 и 8 ноември 2019 г. Клъстер „Дунав“ организира семинар „Зелена логистика“ в Силистра."},
			[]ent{{kg.Event, "Зелена логистика"}}, []rel{{kg.Organized, "Дунав", "Зелена логистика", "organizer"}, {kg.HeldIn, "Зелена логистика", "Силистра", ""}}},
		{"date without year from publication", "2020-03-10", []string{"На 3 март в Ямбол се състоя работна среща на Клъстер „Тракия“."},
			[]ent{{kg.Event, "работна среща на Тракия"}}, []rel{{kg.HeldIn, "работна среща на Тракия", "Ямбол", ""}}},
		{"foreign city after в", "", []string{"Клъстер „Балкан“ участва в изложението „Smart City Expo“ в Барселона."},
			[]ent{{kg.Place, "Барселона"}}, []rel{{kg.ParticipatedIn, "Балкан", "Smart City Expo", ""}, {kg.HeldIn, "Smart City Expo", "Барселона", ""}}},
		{"project code", "", []string{"Проект № BG16RFOP002-2.073-0021 „Растеж чрез сътрудничество“ се изпълнява от Клъстер „Витоша“."},
			[]ent{{kg.Project, "Растеж чрез сътрудничество"}}, nil},
		{"funded by a fund through a programme", "", []string{"Проектът „Нови пазари“ е финансиран от Европейския фонд за регионално развитие чрез Оперативна програма „Иновации и конкурентоспособност“ 2014-2020."},
			nil, []rel{{kg.FundedBy, "Нови пазари", "Оперативна програма Иновации и конкурентоспособност 2014-2020", ""},
				{kg.FundedBy, "Оперативна програма Иновации и конкурентоспособност 2014-2020", "Европейски фонд за регионално развитие", ""}}},
		{"membership", "", []string{"Клъстер „Пирин Туризъм“ е член на Асоциацията на туристическите клъстери."},
			nil, []rel{{kg.MemberOf, "Пирин Туризъм", "Асоциация на туристическите клъстери", ""}}},
		{"passive organisation with partners", "", []string{"Конференцията „Вода 2030“ беше организирана от Клъстер „Аква“ съвместно с Община Сливен."},
			nil, []rel{{kg.Organized, "Аква", "Вода 2030", "organizer"}, {kg.Organized, "Община Сливен", "Вода 2030", "co-organizer"}}},
		{"presented at", "", []string{"Проектът CIRCULAR беше представен на форума „Кръгова икономика“ в Бургас."},
			nil, []rel{{kg.PresentedAt, "CIRCULAR", "Кръгова икономика", ""}}},
		{"English text", "", []string{"The Danube Logistics Cluster (DLC) organised the forum \"River Ports 2022\" in Ruse. Mr Ivan Kolev, manager of DLC, presented the project PORTLINK."},
			[]ent{{kg.Cluster, "Danube Logistics Cluster"}, {kg.Person, "Ivan Kolev"}},
			[]rel{{kg.Organized, "Danube Logistics Cluster", "River Ports 2022", "organizer"}, {kg.HoldsRole, "Ivan Kolev", "Danube Logistics Cluster", "manager"}}},
		{"host and participants list", "", []string{"Клъстер „Пирин Уд“ беше домакин на работна среща на Асоциацията на горските клъстери (АГК). Участници в срещата бяха Клъстер „Родопи Уд“ и Сдружение „Горски стопани“."},
			[]ent{{kg.Event, "работна среща на АГК"}},
			[]rel{{kg.Organized, "Пирин Уд", "работна среща на АГК", "host"}, {kg.ParticipatedIn, "Родопи Уд", "работна среща на АГК", ""},
				{kg.ParticipatedIn, "Горски стопани", "работна среща на АГК", ""}}},
		{"partnership with foreign partners", "", []string{"Проектът „Умно земеделие“ се изпълнява в партньорство с Агроцентър Македония (Гърция) и Asociatia Agro Nord (Румъния)."},
			[]ent{{kg.Organization, "Агроцентър Македония"}},
			[]rel{{kg.PartnerIn, "Агроцентър Македония", "Умно земеделие", "partner"}, {kg.BasedIn, "Агроцентър Македония", "Гърция", ""},
				{kg.PartnerIn, "Asociatia Agro Nord", "Умно земеделие", "partner"}}},
		{"anaphoric cluster", "", []string{"Клъстер „Пловдив Био“ обединява 30 компании, сред които „Агро Био“ ООД и „Фрукта“ ЕООД. Председател на клъстера е Милена Тонева."},
			nil, []rel{{kg.MemberOf, "Агро Био ООД", "Пловдив Био", ""}, {kg.HoldsRole, "Милена Тонева", "Пловдив Био", "председател"}}},
		{"two roles", "", []string{"Г-н Пламен Янев, управител на „Балкан Мет“ ООД и член на УС на Клъстер „Метал“, приветства гостите."},
			nil, []rel{{kg.HoldsRole, "Пламен Янев", "Балкан Мет ООД", "управител"}, {kg.HoldsRole, "Пламен Янев", "Метал", "член на ус"}}},
		{"English partners and roles", "", []string{"Dr. Anna Berger, Director of the Alpine Cluster Platform, presented the project SNOWTECH, funded by the Interreg Alpine Space programme. Partners in the project are Wood Cluster Tyrol, Mechatronics Cluster Bavaria and Ski Cluster Slovenia."},
			[]ent{{kg.Person, "Anna Berger"}, {kg.Project, "SNOWTECH"}},
			[]rel{{kg.HoldsRole, "Anna Berger", "Alpine Cluster Platform", "director"}, {kg.PartnerIn, "Wood Cluster Tyrol", "SNOWTECH", "partner"},
				{kg.PartnerIn, "Mechatronics Cluster Bavaria", "SNOWTECH", "partner"}, {kg.PartnerIn, "Ski Cluster Slovenia", "SNOWTECH", "partner"}}},
		{"English association with acronym", "", []string{"The Romanian Association of Industrial Clusters (RAIC) signed the agreement. RAIC has 40 members."},
			[]ent{{kg.Association, "Romanian Association of Industrial Clusters"}}, nil},
		{"organisers, members among, implemented by", "", []string{"Клъстер „Север“ беше сред организаторите на форума „Индустрия 2030“. Клъстер „Юг“ е сред членовете на Асоциацията на индустриалните клъстери. Проектът „Нови умения“ се изпълнява от Сдружение „Кариери“. Клъстер „Запад“ изпълнява проект „Дигитален старт“."},
			nil, []rel{{kg.Organized, "Север", "Индустрия 2030", "organizer"}, {kg.MemberOf, "Юг", "Асоциация на индустриалните клъстери", ""},
				{kg.PartnerIn, "Кариери", "Нови умения", "beneficiary"}, {kg.PartnerIn, "Запад", "Дигитален старт", "beneficiary"}}},
		{"companies with legal forms", "", []string{"Сред членовете на клъстера са „Bosch Rexroth“ ЕООД, Алфа Софт ООД, Varna Ship AD и Пловдив Агро АД."},
			[]ent{{kg.Organization, "Bosch Rexroth ЕООД"}, {kg.Organization, "Алфа Софт ООД"}, {kg.Organization, "Varna Ship AD"}, {kg.Organization, "Пловдив Агро АД"}}, nil},
		{"capitalised event name holding a place, speakers", "", []string{"Клъстерът „ИКТ Юг“ организира първия Форум за дигитални умения на Южна България. Форумът се проведе в хотел „Рила“ в Благоевград. Сред лекторите бяха Петя Тодорова и Калоян Янев."},
			[]ent{{kg.Event, "Форум за дигитални умения на Южна България"}, {kg.Place, "Рила"}},
			[]rel{{kg.Organized, "ИКТ Юг", "Форум за дигитални умения на Южна България", "organizer"}, {kg.HeldIn, "Форум за дигитални умения на Южна България", "Благоевград", ""},
				{kg.PresentedAt, "Петя Тодорова", "Форум за дигитални умения на Южна България", ""}, {kg.PresentedAt, "Калоян Янев", "Форум за дигитални умения на Южна България", ""}}},
		{"members before and after the noun", "", []string{"Клъстер „Пирин“ и Клъстер „Рила“ са членове на Асоциацията на планинските клъстери. Член на асоциацията е и Сдружение „Родопа“."},
			nil, []rel{{kg.MemberOf, "Пирин", "Асоциация на планинските клъстери", ""}, {kg.MemberOf, "Рила", "Асоциация на планинските клъстери", ""},
				{kg.MemberOf, "Родопа", "Асоциация на планинските клъстери", ""}}},
		{"unquoted cluster name with и", "", []string{"Клъстер Роботика и автоматизация организира семинар в Русе."},
			[]ent{{kg.Cluster, "Роботика и автоматизация"}}, nil},
		{"call within a programme", "", []string{"Клъстерът сключи договор по процедура BG16RFOP002-1.099 „Подкрепа за дигитални клъстери“ по ОПИК."},
			[]ent{{kg.Programme, "Подкрепа за дигитални клъстери"}},
			[]rel{{kg.PartOf, "Подкрепа за дигитални клъстери", "Оперативна програма Иновации и конкурентоспособност 2014-2020", ""}}},
		{"municipalities and a mayor", "", []string{"Проектът се изпълнява с община Смолян. Кметът на Община Бургас Димитър Николов откри форума."},
			[]ent{{kg.Organization, "Община Смолян"}, {kg.Organization, "Община Бургас"}, {kg.Person, "Димитър Николов"}},
			[]rel{{kg.HoldsRole, "Димитър Николов", "Община Бургас", "кмет"}}},
		{"project named after a dash", "", []string{"Бяха представени резултатите от проекта за морски клъстери в Черноморския басейн – SEA NET."},
			[]ent{{kg.Project, "SEA NET"}}, nil},
		{"qualified and joined roles", "", []string{"Иван Петров, дългогодишен председател на Клъстер „Изток“, откри форума. Мария Колева, основател и управител на „Бета Софт“ ООД, също говори."},
			nil, []rel{{kg.HoldsRole, "Иван Петров", "Изток", "председател"}, {kg.HoldsRole, "Мария Колева", "Бета Софт ООД", "основател и управител"}}},
		{"seat", "", []string{"Клъстерът „Габрово Тех“ е регистриран в гр. Габрово. The Lake Tech Cluster is based in Varna."},
			nil, []rel{{kg.BasedIn, "Габрово Тех", "Габрово", ""}, {kg.BasedIn, "Lake Tech Cluster", "Варна", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, tc.pub, tc.texts...)
			for _, e := range tc.ents {
				if findEnt(g, e.typ, e.name) == nil {
					t.Errorf("missing %s %q\n%s", e.typ, e.name, dump(g))
				}
			}
			for _, r := range tc.rels {
				if !hasRel(g, r) {
					t.Errorf("missing %s %q -> %q (%s)\n%s", r.typ, r.from, r.to, r.prop, dump(g))
				}
			}
		})
	}
}

func TestResolutionMerges(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  ent
		n     int // mentions at least
	}{
		{"definite article", []string{"Асоциацията на металургичните клъстери проведе среща.", "Асоциация на металургичните клъстери е създадена през 2015 г."},
			ent{kg.Association, "Асоциация на металургичните клъстери"}, 2},
		{"acronym and full name", []string{"Национална асоциация на клъстерите (НАК) е основана през 2010 г.", "НАК организира обучение."},
			ent{kg.Association, "Национална асоциация на клъстерите"}, 2},
		{"upper-case variant", []string{"Клъстер „Слънчев бряг“ отчете ръст.", "КЛЪСТЕР „СЛЪНЧЕВ БРЯГ“ ОТЧЕТЕ РЪСТ."},
			ent{kg.Cluster, "Слънчев бряг"}, 2},
		{"quote variants", []string{"Клъстер „Родопа Мед“ представи продуктите си.", "Клъстер \"Родопа Мед\" и Клъстер «Родопа Мед»."},
			ent{kg.Cluster, "Родопа Мед"}, 3},
		{"surname after a full name", []string{"Управителят на Клъстер „Юг“ Стефан Колев откри срещата. Г-н Колев благодари на гостите."},
			ent{kg.Person, "Стефан Колев"}, 2},
		{"spelling slip", []string{"Клъстер „Източна логистика“ участва.", "Клъстер „Източна лоигстика“ също участва.", "Клъстер „Източна логистика“ домакинства."},
			ent{kg.Cluster, "Източна логистика"}, 3},
		{"Клъстер X and X", []string{"Клъстер „Черно море Био“ е основан през 2011 г.", "Членовете на „Черно море Био“ се събраха."},
			ent{kg.Cluster, "Черно море Био"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "", tc.texts...)
			e := findEnt(g, tc.want.typ, tc.want.name)
			if e == nil {
				t.Fatalf("missing %s %q\n%s", tc.want.typ, tc.want.name, dump(g))
			}
			if len(e.Mentions) < tc.n {
				t.Errorf("%q: %d mentions, want at least %d\n%s", e.Name, len(e.Mentions), tc.n, dump(g))
			}
		})
	}
}

// TestNoOverMerge keeps similar but different names apart.
func TestNoOverMerge(t *testing.T) {
	_, g := extractTexts(t, "", "Клъстер „Зелена енергия“ и Клъстер „Зелена синергия“ подписаха споразумение с Клъстер „Зелена икономика“.",
		"Морски клъстер България и Мебелен клъстер България са различни организации.")
	for _, n := range []string{"Зелена енергия", "Зелена синергия", "Зелена икономика"} {
		if findEnt(g, kg.Cluster, n) == nil {
			t.Errorf("missing cluster %q\n%s", n, dump(g))
		}
	}
	ids := map[string]bool{}
	for _, e := range g.Entities {
		if e.Type == kg.Cluster {
			ids[e.ID] = true
		}
	}
	if len(ids) < 4 {
		t.Errorf("want at least 4 distinct clusters, got %d\n%s", len(ids), dump(g))
	}
}

// TestStableIDs checks that ids do not depend on the run or the company a
// document keeps.
func TestStableIDs(t *testing.T) {
	a := "Клъстер „Тракийски вина“ участва в изложението „Винария 2020“ в Пловдив."
	b := "Асоциацията на производителите на вино покани Клъстер „Тракийски вина“."
	_, g1 := extractTexts(t, "", a)
	_, g2 := extractTexts(t, "", b, a)
	e1 := findEnt(g1, kg.Cluster, "Тракийски вина")
	e2 := findEnt(g2, kg.Cluster, "Тракийски вина")
	if e1 == nil || e2 == nil || e1.ID != e2.ID {
		t.Fatalf("ids differ or missing: %v %v", e1, e2)
	}
	if e1.Properties["latin"] != "trakiyski vina" {
		t.Errorf("latin = %v", e1.Properties["latin"])
	}
}
