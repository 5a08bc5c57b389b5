package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// endBodyCase is one invented sentence frame with the body it must name
// and the relations that body must carry.
type endBodyCase struct {
	text string
	want ent
	rels []rel
	not  []ent
}

func runEndBodies(t *testing.T, cases []endBodyCase) {
	t.Helper()
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		if findEnt(g, c.want.typ, c.want.name) == nil {
			t.Errorf("%q: no %s %q in %v", c.text, c.want.typ, c.want.name, names(g))
			continue
		}
		for _, r := range c.rels {
			if !hasRel(g, r) {
				t.Errorf("%q: no %s %q -> %q (%s):\n%s", c.text, r.typ, r.from, r.to, r.prop, dump(g))
			}
		}
		for _, e := range c.not {
			if findEnt(g, e.typ, e.name) != nil {
				t.Errorf("%q: unexpected %s %q", c.text, e.typ, e.name)
			}
		}
	}
}

// TestDescribedBodyWithTown checks that a body named by a description
// and written with its town after a dash keeps the town in its name and
// is seated there, whatever the case of its head, its article, or the
// frame it stands in (role, award, partner list); invented names.
func TestDescribedBodyWithTown(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Специална награда получи Керамичният клъстер – Тетевен за участието си в три проекта.",
			ent{kg.Cluster, "Керамичен клъстер – Тетевен"},
			[]rel{{kg.BasedIn, "Керамичен клъстер – Тетевен", "Тетевен", ""}},
			[]ent{{kg.Cluster, "Керамичен клъстер"}}},
		{"Председателят на Керамичен клъстер – Тетевен Иво Кънев откри срещата.",
			ent{kg.Cluster, "Керамичен клъстер – Тетевен"},
			[]rel{{kg.BasedIn, "Керамичен клъстер – Тетевен", "Тетевен", ""},
				{kg.HoldsRole, "Иво Кънев", "Керамичен клъстер – Тетевен", "председател"}}, nil},
		{"Журито беше председателствано от проф. Мария Колева, ректор на Висшето училище по дизайн и иновации – Ловеч.",
			ent{kg.Organization, "Висше училище по дизайн и иновации – Ловеч"},
			[]rel{{kg.BasedIn, "Висше училище по дизайн и иновации – Ловеч", "Ловеч", ""},
				{kg.HoldsRole, "Мария Колева", "Висше училище по дизайн и иновации – Ловеч", "ректор"}}, nil},
		{"Проектът ORVELA стартира. Партньор е Висше училище по застраховане и одит – Шумен.",
			ent{kg.Organization, "Висше училище по застраховане и одит – Шумен"},
			[]rel{{kg.BasedIn, "Висше училище по застраховане и одит – Шумен", "Шумен", ""}}, nil},
		{"Проектът ORVELA стартира. Водещ партньор беше Сдружение „Агроиновационен център – Тутракан“.",
			ent{kg.Organization, "Агроиновационен център – Тутракан"},
			[]rel{{kg.BasedIn, "Агроиновационен център – Тутракан", "Тутракан", ""}},
			[]ent{{kg.Association, "Агроиновационен център – Тутракан"}}},
		{"Проектът ORVELA стартира. Партньор е Сдружение „Бизнес иновационен център“.",
			ent{kg.Organization, "Бизнес иновационен център"}, nil, nil},
	})
	// a country after a lower-case cluster head is no part of its name
	checkEnts(t, "Керамичният клъстер – България обединява 30 фирми.", nil,
		[]ent{{kg.Cluster, "Керамичен клъстер – България"}})
	// an association named without a head of its own stays one
	checkEnts(t, "Водещ партньор е Сдружение „Родопски занаяти“.",
		[]ent{{kg.Association, "Родопски занаяти"}}, nil)
}

// TestProjectNamedByFunding checks that a name no head noun types is a
// project when the words after it say a programme pays for it, in lists,
// with a participle or without, in Bulgarian and English; invented names.
func TestProjectNamedByFunding(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Клъстерът изпълни шест международни проекта, сред които SunBridge по програма „Интелигентна енергия – Европа“ и MedLink по Interreg MED.",
			ent{kg.Project, "SunBridge"},
			[]rel{{kg.FundedBy, "SunBridge", "Интелигентна енергия – Европа", ""}, {kg.FundedBy, "MedLink", "Interreg MED", ""}}, nil},
		{"Фирмата участва в TerraLink, финансиран по програма Interreg Europe.",
			ent{kg.Project, "TerraLink"}, []rel{{kg.FundedBy, "TerraLink", "Interreg Europe", ""}}, nil},
		{"Участваме в SunBridge по програма „Хоризонт Европа“ заедно с Алфа ООД.",
			ent{kg.Project, "SunBridge"}, []rel{{kg.PartnerIn, "Алфа ООД", "SunBridge", "partner"}}, nil},
		{"The cluster took part in SunBridge, funded under Horizon Europe, with Alpha Ltd.",
			ent{kg.Project, "SunBridge"}, nil, nil},
		{"The cluster took part in SunBridge, financed by the Interreg Central Europe programme.",
			ent{kg.Project, "SunBridge"}, nil, nil},
		// a possessive clitic between the head and the quoted name
		{"Голямата награда получи Клъстер „Умна врата“ за проекта си „ЕкоДъска“.",
			ent{kg.Project, "ЕкоДъска"}, nil, nil},
	})
	// a company with its legal form stays a company
	checkEnts(t, "Участва и Алфа ООД по програма „Хоризонт Европа“.", []ent{{kg.Organization, "Алфа ООД"}},
		[]ent{{kg.Project, "Алфа ООД"}})
}

// TestQuotedBodyAfterDescribedRole checks that a quoted name after a
// role and a lower-case description with complements of its own is the
// body the person holds the role in; invented names.
func TestQuotedBodyAfterDescribedRole(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Панела ще модерира Борислав Чолаков, собственик на хотелската верига „Зефир“.",
			ent{kg.Organization, "Зефир"}, []rel{{kg.HoldsRole, "Борислав Чолаков", "Зефир", "собственик"}}, nil},
		{"Лектор беше Теодор Колев, основател на онлайн магазина за детско облекло „Мини Бримка“.",
			ent{kg.Organization, "Мини Бримка"}, []rel{{kg.HoldsRole, "Теодор Колев", "Мини Бримка", "основател"}}, nil},
		{"Говори Иван Петров, управител на семейната винарна „Старият дъб“.",
			ent{kg.Organization, "Старият дъб"}, []rel{{kg.HoldsRole, "Иван Петров", "Старият дъб", "управител"}}, nil},
	})
	// a comma between the role and the place's description: no role there
	checkEnts(t, "Участниците посетиха базата на Алфа АД, член на клъстера, в индустриална зона „Тополата“.", nil,
		[]ent{{kg.Organization, "Тополата"}})
}

// TestProgrammeStrands checks that a numbered strand of a programme
// (priority, key action) named after it in quotes, after a dash or after a
// colon is a programme of its own, part of the programme and paying for
// the project; invented names.
func TestProgrammeStrands(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Проектът BLUE-FISH е финансиран по програма „Еразъм+“, Ключова дейност 2 „Партньорства за сътрудничество“.",
			ent{kg.Programme, "Партньорства за сътрудничество"},
			[]rel{{kg.FundedBy, "BLUE-FISH", "Партньорства за сътрудничество", ""},
				{kg.PartOf, "Партньорства за сътрудничество", "Еразъм+", ""}}, nil},
		{"Проектът BLUE-FISH е финансиран по програма „Еразъм+“, Ключова дейност 2 – Партньорства за сътрудничество. Той стартира.",
			ent{kg.Programme, "Партньорства за сътрудничество"},
			[]rel{{kg.PartOf, "Партньорства за сътрудничество", "Еразъм+", ""}}, nil},
		{"The GREEN-SEA project is funded by the Interreg Greece-Bulgaria 2021-2027 Programme, Priority 2: A greener cross-border area.",
			ent{kg.Programme, "A greener cross-border area"},
			[]rel{{kg.FundedBy, "GREEN-SEA", "A greener cross-border area", ""}}, nil},
		{"Процедурата е по Приоритет 1 „Иновации и растеж“ на Програма „Конкурентоспособност и иновации в предприятията“ 2021-2027.",
			ent{kg.Programme, "Иновации и растеж"}, nil, nil},
	})
	// a work item is no strand
	checkEnts(t, "Дейност 2 „Обучения за фирми“ започна през май.", nil,
		[]ent{{kg.Programme, "Обучения за фирми"}})
}

// TestCountedProjectNoun checks that a project noun in the count form
// after a numeral ("в четири проекта") refers to no project the text
// names, so a programme in that sentence does not fund it.
func TestCountedProjectNoun(t *testing.T) {
	_, g := extractTexts(t, "2026-05-01", "Наградата получи Клъстер „Умна врата“ за проекта си „ЕкоДъска“. "+
		"Отличие получи и Клъстер „Тиха вода“, който е партньор в четири проекта по програма „Хоризонт Европа“.")
	checkRels(t, g, nil, []rel{{kg.FundedBy, "ЕкоДъска", "Хоризонт Европа", ""}})
}

// TestPossessiveParent checks that an English possessive before a unit
// of a body ("X's Directorate-General for Y", "X's Faculty of Z") names
// two bodies, the unit part of the possessor; invented names.
func TestPossessiveParent(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Eva Lind, policy officer at the European Commission's Directorate-General for Ocean Affairs, spoke at the forum.",
			ent{kg.Organization, "Directorate-General for Ocean Affairs"},
			[]rel{{kg.PartOf, "Directorate-General for Ocean Affairs", "Европейска комисия", ""}},
			[]ent{{kg.Organization, "European Commission's Directorate-General for Ocean Affairs"}}},
		{"Participation from the European Commission's Directorate-General for Ocean Affairs (DG OCEA) is expected.",
			ent{kg.Organization, "Directorate-General for Ocean Affairs"},
			[]rel{{kg.PartOf, "Directorate-General for Ocean Affairs", "Европейска комисия", ""}}, nil},
		{"Experts from the Gorna Institute's Laboratory of Optics presented the results at the forum.",
			ent{kg.Organization, "Laboratory of Optics"},
			[]rel{{kg.PartOf, "Laboratory of Optics", "Gorna Institute", ""}}, nil},
	})
	// a possessive before anything but a unit names no second body
	checkEnts(t, "The forum was opened in Ruse. Maria's speech closed the forum.", nil,
		[]ent{{kg.Organization, "Maria"}})
}

// TestVenuesByCommonNouns checks that a venue named by capitalised
// common nouns ending in a venue's head ("the Festival and Congress
// Centre", "the Congress Hall"), a hub or a campus where an event is
// held is a place, part of the town after it, and that a hub whose
// premises hold the event stays the body that hosts it; invented names.
func TestVenuesByCommonNouns(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"The Black Sea Forum will take place on 11 June 2025 at the Festival and Congress Centre in Varna, Bulgaria.",
			ent{kg.Place, "Festival and Congress Centre"},
			[]rel{{kg.HeldIn, "Black Sea Forum", "Festival and Congress Centre", ""},
				{kg.PartOf, "Festival and Congress Centre", "Варна", ""}}, nil},
		{"The Black Sea Forum will take place on 11 June 2025 at the Congress Centre in Varna.",
			ent{kg.Place, "Congress Centre"}, []rel{{kg.HeldIn, "Black Sea Forum", "Congress Centre", ""}}, nil},
		{"The two-day meeting took place at the Inovo Hub and was hosted by the Alpha Cluster.",
			ent{kg.Place, "Inovo Hub"}, nil, []ent{{kg.Organization, "Inovo Hub"}}},
		{"On 3 May 2025 the study visit of the cluster took place at the Brightline Campus Delft.",
			ent{kg.Place, "Brightline Campus Delft"}, nil, nil},
		{"The third partner meeting took place on 4 June 2026 at the premises of the Agro Hub of Thessaly.",
			ent{kg.Organization, "Agro Hub of Thessaly"}, nil, []ent{{kg.Place, "Agro Hub of Thessaly"}}},
	})
	// two names joined by "and", each with its own head, stay two
	checkEnts(t, "The project partners are the Automotive Cluster Slovenia and the ICT Cluster Romania.",
		[]ent{{kg.Cluster, "Automotive Cluster Slovenia"}}, nil)
}

// TestMoreLegalForms checks companies written with North Macedonian,
// German cooperative and partnership forms; invented names.
func TestMoreLegalForms(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The group travelled to Freistadt, where the energy cooperative SolarWärme eGen showed its plant.", "SolarWärme eGen"},
		{"The project ORVELA started. Partners are Brastel SRL and Vodenix DOOEL.", "Vodenix DOOEL"},
		{"Партньор е Водникс ДООЕЛ от Скопие.", "Водникс ДООЕЛ"},
		{"The delegation met engineers of Holzbau Brandl KG.", "Holzbau Brandl KG"},
	} {
		checkEnts(t, c.text, []ent{{kg.Organization, c.name}}, nil)
	}
}

// TestPartnershipProjects checks that a cooperation or cluster
// partnership is a project however it is written (apposition, kind
// before the name, quoted), that its later mentions by the name's own
// head noun and by "the partnership" are the same project, and that
// "project adviser" refers to no project; invented names.
func TestPartnershipProjects(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"ZELVA, an Erasmus+ cooperation partnership on green skills, started in May.",
			ent{kg.Project, "ZELVA"}, []rel{{kg.FundedBy, "ZELVA", "Еразъм+", ""}}, []ent{{kg.Organization, "ZELVA"}}},
		{"Seven clusters launched the European Strategic Cluster Partnership FOREST-LINK Alliance in Ruse. The partnership is funded under the Single Market Programme and is coordinated by the Danube Timber Cluster. The FOREST-LINK Alliance is a member of the Wood Clusters Network.",
			ent{kg.Project, "FOREST-LINK Alliance"},
			[]rel{{kg.PartnerIn, "Danube Timber Cluster", "FOREST-LINK Alliance", "coordinator"},
				{kg.FundedBy, "FOREST-LINK Alliance", "Програма за единния пазар", ""}},
			[]ent{{kg.Association, "FOREST-LINK Alliance"}}},
		{`The European Cluster Partnership "FOREST-LINK Alliance" was launched in Ruse.`,
			ent{kg.Project, "FOREST-LINK Alliance"}, nil, []ent{{kg.Cluster, "European Cluster"}}},
	})
	// other partnerships are not projects
	checkEnts(t, "The grant was awarded under a call of the Clean Hydrogen Partnership.", nil,
		[]ent{{kg.Project, "Clean Hydrogen Partnership"}})
	// "project adviser at X" presents no project
	_, g := extractTexts(t, "2026-05-21", "The ORVELA project held its kick-off meeting in Ruse on 20 May 2026. Ms Ana Bell, project adviser at EISMEA, presented the reporting rules.")
	checkRels(t, g, nil, []rel{{kg.PresentedAt, "ORVELA", "kick-off meeting", ""}})
}

// TestNameEdgesAtKnownWords checks two name edges: a known acronym that
// closes a foreign name is part of it ("Fraunhofer IPA", not the
// programme IPA), and a region after "в" stays in a body's name when a
// seat after a dash closes it ("Асоциация за иновации в Кавказ –
// Грузия"); invented names.
func TestNameEdgesAtKnownWords(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Проектът ORVELA стартира. В него КМР е партньор, а координатор е Lindhoff IPA (Германия).",
			ent{kg.Organization, "Lindhoff IPA"}, []rel{{kg.BasedIn, "Lindhoff IPA", "Германия", ""}},
			[]ent{{kg.Programme, "Инструмент за предприсъединителна помощ"}}},
		{"Партньори са Асоциация за иновации в Кавказ – Грузия и Алфа ООД.",
			ent{kg.Association, "Асоциация за иновации в Кавказ – Грузия"},
			[]rel{{kg.BasedIn, "Асоциация за иновации в Кавказ – Грузия", "Грузия", ""}},
			[]ent{{kg.Association, "Асоциация за иновации"}}},
	})
	// the programme alone is still the programme
	checkEnts(t, "Проектът ORVELA е финансиран по IPA.", []ent{{kg.Programme, "Инструмент за предприсъединителна помощ"}}, nil)
}

// TestNameAfterDescription checks that a Latin name after a lower-case
// Bulgarian description with a complement of its own is a body of the
// description's head, and an item of the list it stands in; invented
// names.
func TestNameAfterDescription(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"Проектът ORVELA стартира. Партньори са Бета АД и италианският клъстер за мебели и дизайн LEGNOTECH.",
			ent{kg.Cluster, "LEGNOTECH"}, []rel{{kg.PartnerIn, "LEGNOTECH", "ORVELA", "partner"}}, nil},
		{"Проектът ORVELA стартира. Партньори са Бета АД, испанската асоциация на производителите на опаковки ANEPOL и Алфа ООД.",
			ent{kg.Association, "ANEPOL"}, []rel{{kg.PartnerIn, "ANEPOL", "ORVELA", "partner"}, {kg.PartnerIn, "Алфа ООД", "ORVELA", "partner"}}, nil},
	})
	// an event noun after the name: the name is the event's, not a body's
	checkEnts(t, "Клъстерът кани на B2B срещи в областта на козметиката.", nil, []ent{{kg.Organization, "B2B"}})
}

// TestNumberBeforeSeat checks that a number closing a body's name before
// its seat after a dash stays in the name; invented names.
func TestNumberBeforeSeat(t *testing.T) {
	runEndBodies(t, []endBodyCase{
		{"С Регионалната агенция за развитие и бизнес център 2000 – Кюстендил организираме всяка година форум.",
			ent{kg.Organization, "Регионална агенция за развитие и бизнес център 2000 – Кюстендил"},
			[]rel{{kg.BasedIn, "Регионална агенция за развитие и бизнес център 2000 – Кюстендил", "Кюстендил", ""}},
			[]ent{{kg.Organization, "Регионална агенция за развитие и бизнес център"}}},
	})
}
