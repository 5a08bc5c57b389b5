package extract

import (
	"fmt"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestListAcrossSentences: an enumeration whose head comes in the next
// sentence ("... A, B и C. Всички те са членове на клъстера") and a member
// noun whose body is left out ("като сред новоприетите членове са A и B").
// Invented names; every tense of the copula, pronoun and count forms, both
// languages, and the cases that must stay silent.
func TestListAcrossSentences(t *testing.T) {
	const intro = "Клъстер „Северна мебел“ (КСМ) участва в изложението Домотека 2025 в София. "
	const introEn = "The Northern Furniture Cluster took part in the Domoteka 2025 fair in Sofia. "
	const cl, clEn = "Северна мебел", "Northern Furniture Cluster"
	const (
		A = "„Дъбрава Дизайн“ ООД"
		B = "„Лира Интериор“ ЕООД"
		C = "„Тисов дом“ АД"
	)
	an, bn, cn := "Дъбрава Дизайн ООД", "Лира Интериор ЕООД", "Тисов дом АД"
	aE, bE, cE := "Dabrava Design Ltd", "Lira Interior Ltd", "Tisov Dom JSC"
	mem := func(x string) rel { return rel{kg.MemberOf, x, cl, ""} }
	memE := func(x string) rel { return rel{kg.MemberOf, x, clEn, ""} }
	three := []rel{mem(an), mem(bn), mem(cn)}
	shown := "На щанда свои мебели показаха " + A + ", " + B + " и " + C + ". "
	var rows []paraRow
	for _, subj := range []string{"Всички те", "Те", "И трите фирми", "Трите компании"} {
		for _, cop := range []string{"са", "бяха", "ще бъдат", "са вече"} {
			rows = append(rows, paraRow{"bg: " + subj + " " + cop + " членове", intro + shown + subj + " " + cop + " членове на клъстера.", three, nil})
		}
	}
	rows = append(rows,
		paraRow{"bg: named body after the pronoun", intro + shown + "Те са членове на КСМ.", three, nil},
		paraRow{"bg: list with както и", intro + "На щанда бяха " + A + " и " + B + ", както и " + C + " от Тетевен. Всички те са членове на клъстера.", three, nil},
		paraRow{"bg: a count that differs names no list", intro + shown + "Двете фирми са членове на клъстера.", nil, three},
		paraRow{"bg: a singular pronoun is not the list", intro + shown + "Тя е член на клъстера.", nil, []rel{mem(an), mem(bn)}},
		paraRow{"bg: new paragraph breaks the reference", intro + shown + "\n\nВсички те са членове на клъстера.", nil, three},
	)
	shownEn := "Dabrava Design Ltd, Lira Interior Ltd and Tisov Dom JSC showed their furniture. "
	threeE := []rel{memE(aE), memE(bE), memE(cE)}
	for _, subj := range []string{"All of them", "They", "All three", "All three companies", "These companies"} {
		for _, cop := range []string{"are", "were", "will be", "are all"} {
			rows = append(rows, paraRow{"en: " + subj + " " + cop + " members", introEn + shownEn + subj + " " + cop + " members of the cluster.", threeE, nil})
		}
	}
	rows = append(rows,
		paraRow{"en: both", introEn + "Dabrava Design Ltd and Lira Interior Ltd showed their furniture. They are both members of the cluster.", []rel{memE(aE), memE(bE)}, nil},
		paraRow{"en: count differs", introEn + shownEn + "Both are members of the cluster.", nil, threeE},
	)
	// the body left out after a member noun that opens its clause
	const grew = "Клъстер „Северна мебел“ отчете ръст на членовете през 2024 г."
	for _, frame := range []string{
		"Сред новоприетите членове са %s и %s.",
		"Сред новите членове бяха %s и %s.",
		"Новите членове са %s и %s.",
		"Броят им расте, като сред новите му членове са %s и %s.",
		"Броят им расте, като сред новоприетите членове ще бъдат %s и %s.",
	} {
		rows = append(rows, paraRow{"bg elided body: " + frame, grew + " " + fmt.Sprintf(frame, A, B), []rel{mem(an), mem(bn)}, nil})
	}
	const grewEn = "The Northern Furniture Cluster grew in 2024. "
	for _, frame := range []string{
		"Its new members include %s and %s.",
		"New members are %s and %s.",
		"Among the new members were %s and %s.",
		"Its newest members will be %s and %s.",
	} {
		rows = append(rows, paraRow{"en elided body: " + frame, grewEn + fmt.Sprintf(frame, aE, bE), []rel{memE(aE), memE(bE)}, nil})
	}
	rows = append(rows,
		paraRow{"a count of members names no list", grew + " Клъстерът има 27 членове и " + A + " е сред тях.", nil, []rel{mem(bn)}},
	)
	runParaphrases(t, rows, kg.MemberOf)
}

// TestPartnersAcrossSentences: partners named in one sentence and called
// partners by a plural pronoun in the next.
func TestPartnersAcrossSentences(t *testing.T) {
	const intro = "Проектът „Горски пътеки“ стартира през 2024 г. "
	const introEn = "The project „Forest Trails“ started in 2024. "
	P, PE := "Горски пътеки", "Forest Trails"
	part := func(x, p string) rel { return rel{kg.PartnerIn, x, p, "partner"} }
	var rows []paraRow
	for _, subj := range []string{"Те", "Всички те", "И трите организации"} {
		for _, cop := range []string{"са", "бяха", "ще бъдат"} {
			rows = append(rows, paraRow{"bg: " + subj + " " + cop, intro + "Първата среща събра „Смърч Инвест“ ООД, Община Батак и Лесотехнически институт – Велинград. " + subj + " " + cop + " партньори по проекта.",
				[]rel{part("Смърч Инвест ООД", P), part("Община Батак", P), part("Лесотехнически институт – Велинград", P)}, nil})
		}
	}
	for _, subj := range []string{"They", "All three", "All of them"} {
		rows = append(rows, paraRow{"en: " + subj, introEn + "The first meeting brought together Smarch Invest Ltd, Batak Wood Ltd and the University of Velingrad. " + subj + " are partners in the project.",
			[]rel{part("Smarch Invest Ltd", PE), part("Batak Wood Ltd", PE), part("University of Velingrad", PE)}, nil})
	}
	runParaphrases(t, rows, kg.PartnerIn)
}

// TestPartnersOfSubtitledProject: a headline names the project short
// („X“), the body with its subtitle („X – ...“), and the partner lists come
// two or three sentences on, after "Проектът ...": one project, and every
// listed partner is its partner, whatever the order and tense.
func TestPartnersOfSubtitledProject(t *testing.T) {
	const head = "Заключителна среща по проекта „RiverLink“ в Свищов\n\nСвищов, 13.06.2025 г.\n\n"
	const first = "Клъстер „Дунавски брегове“ беше домакин на заключителната среща по проекта „RiverLink – речен туризъм по Долен Дунав“. "
	const firstEn = "The Lower Danube Shores Cluster hosted the final meeting of the project „RiverLink – River Tourism on the Lower Danube“. "
	fill := "Срещата събра 60 участници. Проектът е финансиран по програма Interreg Euro-MED. "
	fillEn := "The meeting brought 60 participants together. The project is funded by Interreg Euro-MED. "
	part := func(x string) rel { return rel{kg.PartnerIn, x, "RiverLink", "partner"} }
	want := []rel{part("Consorzio Fiume Blu"), part("Университет на Олтения")}
	rows := []paraRow{}
	for _, f := range []string{
		"Сред партньорите са още Consorzio Fiume Blu (Италия) и Университетът на Олтения (Румъния).",
		"Сред партньорите бяха още Consorzio Fiume Blu (Италия) и Университетът на Олтения (Румъния).",
		"Партньори са още Consorzio Fiume Blu (Италия) и Университетът на Олтения (Румъния).",
		"Партньори по проекта бяха Consorzio Fiume Blu (Италия) и Университетът на Олтения (Румъния).",
	} {
		rows = append(rows, paraRow{"bg: " + f, first + fill + f, want, nil})
	}
	rows = append(rows, paraRow{"en: other partners", firstEn + fillEn + "The partners are Consorzio Fiume Blu (Italy) and the University of Oltenia (Romania).",
		[]rel{part("Consorzio Fiume Blu"), part("University of Oltenia")}, nil})
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "", head+tc.body)
			projects := 0
			for _, e := range g.Entities {
				if e.Type == kg.Project {
					projects++
				}
			}
			if projects != 1 {
				t.Errorf("want one project, have %d:\n%s", projects, familyRels(g, kg.PartnerIn))
			}
			for _, r := range tc.want {
				if !hasRel(g, r) {
					t.Errorf("missing %s %q -> %q (%s); have:\n%s", r.typ, r.from, r.to, r.prop, familyRels(g, kg.PartnerIn))
				}
			}
		})
	}
}

// TestTownListsAreNoChain: towns listed after "в" are items of a list, not
// a venue in a town; a venue, a resort and a town written in a row are a
// chain.
func TestTownListsAreNoChain(t *testing.T) {
	rows := []paraRow{
		{"bg: three towns", "Клъстерът представи нови маршрути в Кюстендил, Велинград и Сандански.", nil,
			[]rel{{kg.PartOf, "Кюстендил", "Велинград", ""}, {kg.PartOf, "Велинград", "Сандански", ""}}},
		{"bg: four towns", "Обученията ще бъдат в Русе, Лом, Видин и Силистра.", nil,
			[]rel{{kg.PartOf, "Русе", "Лом", ""}, {kg.PartOf, "Лом", "Видин", ""}}},
		{"en: three towns", "The cluster opened offices in Ruse, Lom and Vidin.", nil,
			[]rel{{kg.PartOf, "Русе", "Лом", ""}, {kg.PartOf, "Лом", "Видин", ""}}},
		{"bg: hotel, resort, town", "Срещата се проведе вчера в хотел „Елица“, к.к. Пампорово, Смолян.",
			[]rel{{kg.PartOf, "Елица", "Пампорово", ""}, {kg.PartOf, "Пампорово", "Смолян", ""}}, nil},
		{"bg: town and country", "Срещата се проведе вчера в Крайова, Румъния и събра 40 участници.",
			[]rel{{kg.PartOf, "Крайова", "Румъния", ""}}, nil},
	}
	runParaphrases(t, rows, kg.PartOf)
}

// TestAmongCompaniesOfTheCluster: "Сред тях са A и B" / "Among them were A
// and B" after a sentence about the companies of a cluster lists its
// members, whatever noun and preposition named them.
func TestAmongCompaniesOfTheCluster(t *testing.T) {
	const intro = "Клъстер „Северна мебел“ подписа меморандум с Лесотехническия университет. "
	const introEn = "The Northern Furniture Cluster signed a memorandum with the University of Forestry. "
	mem := func(x string) rel { return rel{kg.MemberOf, x, "Северна мебел", ""} }
	memE := func(x string) rel { return rel{kg.MemberOf, x, "Northern Furniture Cluster", ""} }
	var rows []paraRow
	for _, s := range []string{
		"Студентите ще започнат стаж в компании от клъстера.",
		"Студентите ще започнат стаж във фирмите на клъстера.",
		"Студентите ще започнат стаж в предприятия от клъстера.",
		"Стажовете ще предложат членовете на клъстера.",
	} {
		for _, among := range []string{"Сред тях са", "Сред тях бяха", "Сред тях ще бъдат"} {
			rows = append(rows, paraRow{s + " " + among, intro + s + " " + among + " „Дъбрава Дизайн“ ООД и „Лира Интериор“ ЕООД.",
				[]rel{mem("Дъбрава Дизайн ООД"), mem("Лира Интериор ЕООД")}, nil})
		}
	}
	for _, s := range []string{
		"The group included six member companies of the cluster.",
		"Internships will be offered by companies from the cluster.",
		"The firms of the cluster will host the students.",
	} {
		rows = append(rows, paraRow{"en: " + s, introEn + s + " Among them were Dabrava Design Ltd and Lira Interior Ltd.",
			[]rel{memE("Dabrava Design Ltd"), memE("Lira Interior Ltd")}, nil})
	}
	// companies of a town or region are no body's members
	rows = append(rows, paraRow{"companies of a town", intro + "Студентите ще започнат стаж в компании от Тетевен. Сред тях са „Дъбрава Дизайн“ ООД и „Лира Интериор“ ЕООД.",
		nil, []rel{mem("Дъбрава Дизайн ООД")}})
	runParaphrases(t, rows, kg.MemberOf)
}

// TestUnitOfParent: a unit attached to its parent by "към"/"при" (and an
// English "of" after a unit head) is part of it; a centre only by
// "към"/"при".
func TestUnitOfParent(t *testing.T) {
	part := func(x, y string) rel { return rel{kg.PartOf, x, y, ""} }
	rows := []paraRow{
		{"centre attached to a school", "Обучението води Центърът за професионално обучение към Професионалната гимназия по туризъм – Банско.",
			[]rel{part("Център за професионално обучение", "Професионална гимназия по туризъм – Банско")}, nil},
		{"centre at an institute", "Курсовете организира Центърът за обучение при Института по горите.",
			[]rel{part("Център за обучение", "Институт по горите")}, nil},
		{"unit with its acronym before към", "Процедурата се управлява от дирекция „Национален фонд“ (ДНФ) към Министерството на финансите.",
			[]rel{part("Национален фонд", "Министерство на финансите")}, nil},
		{"DG of the Commission", "Eva Lind of DG GROW of the European Commission spoke about the call.",
			[]rel{part("DG GROW", "Европейска комисия")}, nil},
	}
	runParaphrases(t, rows, kg.PartOf)
}

// TestListPastRelativeClause: a relative clause set off by commas after a
// list item does not end the list, in member and partner lists; a clause
// that names a body keeps it out of the list.
func TestListPastRelativeClause(t *testing.T) {
	const intro = "Клъстер „Северна мебел“ проведе общо събрание. "
	mem := func(x string) rel { return rel{kg.MemberOf, x, "Северна мебел", ""} }
	part := func(x string) rel { return rel{kg.PartnerIn, x, "Горски пътеки", "partner"} }
	rows := []paraRow{
		{"new members with a clause", intro + "Събранието прие двама нови членове – „Дъбрава Дизайн“ ООД от Тетевен, която произвежда столове, и дърводелница „Лира“ ЕООД.",
			[]rel{mem("Дъбрава Дизайн ООД"), mem("Лира ЕООД")}, nil},
		{"members are, clause mid-list", intro + "Членове на клъстера са „Дъбрава Дизайн“ ООД, която произвежда столове, „Тисов дом“ АД и „Лира“ ЕООД.",
			[]rel{mem("Дъбрава Дизайн ООД"), mem("Тисов дом АД"), mem("Лира ЕООД")}, nil},
		{"members were, masculine clause", intro + "Членове на клъстера бяха „Тисов дом“ АД, който прави врати, и „Лира“ ЕООД.",
			[]rel{mem("Тисов дом АД"), mem("Лира ЕООД")}, nil},
		{"a body inside the clause is no item", intro + "Членове на клъстера са „Тисов дом“ АД, която работи с Община Тетевен, и „Лира“ ЕООД.",
			[]rel{mem("Тисов дом АД"), mem("Лира ЕООД")}, []rel{mem("Община Тетевен")}},
		{"partners with a clause", "Проектът „Горски пътеки“ стартира през 2024 г. Партньори са „Смърч Инвест“ ООД, която отговаря за маршрутите, и Община Батак.",
			[]rel{part("Смърч Инвест ООД"), part("Община Батак")}, nil},
	}
	runParaphrases(t, rows, kg.MemberOf, kg.PartnerIn)
}

// TestVisitDestination: a visit, trip or mission "to" a town took place
// there, and a town written with its country (with or without "the") is
// part of it.
func TestVisitDestination(t *testing.T) {
	const who = "A delegation of the Northern Furniture Cluster "
	held := func(ev, p string) rel { return rel{kg.HeldIn, ev, p, ""} }
	part := func(a, b string) rel { return rel{kg.PartOf, a, b, ""} }
	var rows []paraRow
	for _, v := range []string{"returned yesterday from a study visit to", "will go on a study visit to", "was on a three-day study visit to"} {
		rows = append(rows,
			paraRow{"en: " + v + " town, country", who + v + " Lyon, France, organised by the cluster.", []rel{held("study visit", "Лион"), part("Лион", "Франция")}, nil},
			paraRow{"en: " + v + " town, the country", who + v + " Lyon, the Netherlands, organised by the cluster.", []rel{held("study visit", "Лион"), part("Лион", "Нидерландия")}, nil},
		)
	}
	rows = append(rows,
		paraRow{"en: met in town, the country", "The partners met yesterday in Lyon, the Netherlands, for the kick-off meeting.", []rel{part("Лион", "Нидерландия")}, nil},
		paraRow{"en: no visit, no venue", who + "sent a letter to Lyon, France.", nil, []rel{held("study visit", "Лион")}},
	)
	runParaphrases(t, rows, kg.HeldIn, kg.PartOf)
}
