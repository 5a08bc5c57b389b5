package extract

import (
	"context"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestDevTexts checks facts a careful reader finds in the development texts
// (testdata/dev, written for this package with names of their own), so that
// a rule change cannot lose them silently.
func TestDevTexts(t *testing.T) {
	docs := devDocs(t)
	if len(docs) == 0 {
		t.Skip("no development texts")
	}
	g, err := New().Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	checkGraph(t, docs, g)
	ents := []ent{
		{kg.Cluster, "Мехатроника и автоматизация"},
		{kg.Association, "Асоциация на бизнес клъстерите"},
		{kg.Organization, "Изпълнителна агенция за насърчаване на малките и средните предприятия"},
		{kg.Cluster, "Клъстер Мебели и интериор"},
		{kg.Project, "WOODINNO"},
		{kg.Programme, "COSME"},
		{kg.Cluster, "Bulgarian ICT Cluster"},
		{kg.Event, "Digital Days 2021"},
		{kg.Event, "Устойчив туризъм 2019"},
		{kg.Place, "Златни пясъци"},
		{kg.Project, "Развитие на клъстер Пловдивски ИТ хъб чрез съвместни услуги"},
		{kg.Cluster, "Зелена енергия"},
		{kg.Cluster, "Зелена икономика"},
		{kg.Programme, "Хоризонт 2020"},
		{kg.Event, "Свързани региони"},
		{kg.Event, "кръгла маса"}, // "кръгла маса на тема „Иновации в ...“": named by its kind
		{kg.Person, "Anna Berger"},
	}
	for _, e := range ents {
		if findEnt(g, e.typ, e.name) == nil {
			t.Errorf("missing %s %q", e.typ, e.name)
		}
	}
	if p := findEnt(g, kg.Project, "Развитие на клъстер Пловдивски ИТ хъб чрез съвместни услуги"); p != nil && p.Properties["code"] != "BG16RFOP002-1.005-0123" {
		t.Errorf("project code = %v", p.Properties["code"])
	}
	if e := findEnt(g, kg.Event, "Устойчив туризъм 2019"); e != nil && (e.Properties["start"] != "2019-05-31" || e.Properties["end"] != "2019-06-01") {
		t.Errorf("forum dates = %v..%v", e.Properties["start"], e.Properties["end"])
	}
	rels := []rel{
		{kg.HoldsRole, "Димитър Стоянов", "Мехатроника и автоматизация", "председател на ус"},
		{kg.HoldsRole, "Елена Маринова", "Изпълнителна агенция за насърчаване на малките и средните предприятия", "изпълнителен директор"},
		{kg.MemberOf, "Мехатроника и автоматизация", "Асоциация на бизнес клъстерите", ""},
		{kg.MemberOf, "Аутомотив България", "Асоциация на бизнес клъстерите", ""},
		{kg.PartnerIn, "Holzcluster Steiermark", "WOODINNO", "coordinator"},
		{kg.PartnerIn, "Клъстер Мебели и интериор", "WOODINNO", "partner"},
		{kg.FundedBy, "WOODINNO", "COSME", ""},
		{kg.Organized, "Bulgarian ICT Cluster", "Digital Days 2021", "organizer"},
		{kg.HeldIn, "Digital Days 2021", "София", ""},
		{kg.PresentedAt, "DIGIBRIDGE", "Digital Days 2021", ""},
		{kg.Organized, "Черноморие", "Устойчив туризъм 2019", "organizer"},
		{kg.Organized, "Община Варна", "Устойчив туризъм 2019", "co-organizer"},
		{kg.HeldIn, "Устойчив туризъм 2019", "Златни пясъци", ""},
		{kg.FundedBy, "Развитие на клъстер Пловдивски ИТ хъб чрез съвместни услуги", "Оперативна програма Иновации и конкурентоспособност 2014-2020", ""},
		{kg.Organized, "Енергийни решения", "Енергийна ефективност в индустрията", "organizer"},
		{kg.ParticipatedIn, "Енергиен клъстер Бургас", "Енергийна ефективност в индустрията", ""},
		{kg.ParticipatedIn, "Аграрни технологии", "Агритехника 2019", ""},
		{kg.HeldIn, "Агритехника 2019", "Хановер", ""},
		{kg.HoldsRole, "Борис Александров", "Зелена енергия", "изпълнителен директор"},
		{kg.HoldsRole, "Ивета Димова", "Зелена икономика", "управител"},
		{kg.PartnerIn, "Fraunhofer Institute", "AI4SME", "coordinator"},
		{kg.FundedBy, "AI4SME", "Хоризонт 2020", ""},
		{kg.Organized, "Русенска търговско-индустриална камара", "Свързани региони", "organizer"},
		{kg.Organized, "Дунав Логистика", "Свързани региони", "co-organizer"},
		{kg.HoldsRole, "Георги Петков", "Дунав Логистика", "управител"},
		{kg.FundedBy, "DANUBELOG", "Interreg Danube", ""},
		{kg.HoldsRole, "Мария Петрова", "Университет по хранителни технологии", "ректор"},
		{kg.PartnerIn, "Mechatronics Cluster Bulgaria", "DanuClust", "partner"},
		{kg.Organized, "Green Tech Cluster", "Smart Energy Days 2021", "organizer"},
		{kg.Organized, "Plovdiv Municipality", "Smart Energy Days 2021", "co-organizer"},
		{kg.PartnerIn, "Green Tech Cluster", "GREENGRID", "coordinator"},
		{kg.PresentedAt, "GREENGRID", "Smart Energy Days 2021", ""},
		{kg.HoldsRole, "George Petrov", "Green Tech Cluster", "manager"},
		{kg.HeldIn, "Smart Energy Days 2021", "Пловдив", ""},
	}
	for _, r := range rels {
		if !hasRel(g, r) {
			t.Errorf("missing %s %q -> %q (%s)", r.typ, r.from, r.to, r.prop)
		}
	}
	if t.Failed() {
		t.Log(dump(g))
	}
}
