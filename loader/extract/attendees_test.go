package extract

import (
	"fmt"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestApposedAttendees checks attendees named before their verb with
// appositions (attendees.go), on systematic variants with invented names:
// tense, one or two people, an apposition after each or after one, a
// body after "от"/"of", titles before the names, an adverb before the
// verb, the event named after the verb or left to the event in play;
// Bulgarian and English. A sentence about a project, a verb of saying and a
// relative clause are no attendance.
func TestApposedAttendees(t *testing.T) {
	const (
		leadBG = "Клъстер за иновации проведе годишен форум в Русе\n\nРусе, 28 юни 2024 г.\n\nКлъстер „Дунавска искра“ проведе вчера в Русе форума „Искра 2024“.\n\n"
		leadEN = "Innovation cluster held its annual forum in Ruse\n\nRuse, 28 June 2024\n\nThe Danube Spark Cluster held the forum “Spark 2024” in Ruse yesterday.\n\n"
		evBG   = "Искра 2024"
		evEN   = "Spark 2024"
		a, b   = "Стефан Гълъбов", "Ирина Дренска"
		ae, be = "Stefan Galabov", "Irina Drenska"
	)
	type row struct {
		name, text string
		want, not  []rel
	}
	var rows []row
	two := func(x, y, ev string) []rel {
		return []rel{{kg.ParticipatedIn, x, ev, ""}, {kg.ParticipatedIn, y, ev, ""}}
	}
	subjectsBG := []struct{ name, s string }{
		{"apposition after the first", a + ", управител на „Вектор Мебел“ ООД, и " + b},
		{"apposition after each", a + ", управител на „Вектор Мебел“ ООД, и " + b + ", председател на Сдружение „Лъч“,"},
		{"bodies after от", "доц. " + a + " от Министерството на земеделието и храните и инж. " + b + " от „Вектор Мебел“ ООД"},
	}
	verbsBG := []string{"участваха във форума", "също участваха", "присъстваха на събитието", "ще присъстват на форума", "взеха участие във форума", "също взеха участие"}
	for _, s := range subjectsBG {
		for _, v := range verbsBG {
			rows = append(rows, row{"bg " + s.name + " " + v, leadBG + s.s + " " + v + ".", two(a, b, evBG), nil})
		}
	}
	for _, v := range []string{"участва във форума", "също взе участие", "присъства на събитието"} {
		rows = append(rows, row{"bg one person " + v, leadBG + a + ", управител на „Вектор Мебел“ ООД, " + v + ".",
			[]rel{{kg.ParticipatedIn, a, evBG, ""}, {kg.ParticipatedIn, "Вектор Мебел ООД", evBG, ""}}, nil})
	}
	subjectsEN := []struct{ name, s string }{
		{"apposition after the first", ae + ", director of Vector Furniture Ltd, and " + be},
		{"apposition after each", ae + ", director of Vector Furniture Ltd, and " + be + ", manager of the Lach Cluster,"},
		{"bodies after of", "Dr " + ae + " of Vector Furniture Ltd (Plovdiv, Bulgaria) and " + be + " of the Lach Cluster"},
	}
	for _, s := range subjectsEN {
		for _, v := range []string{"attended the forum", "also attended", "took part in the forum", "also took part", "will attend the forum", "participated in the forum"} {
			rows = append(rows, row{"en " + s.name + " " + v, leadEN + s.s + " " + v + ".", two(ae, be, evEN), nil})
		}
	}
	rows = append(rows,
		row{"a verb of saying before it", leadBG + a + ", управител на „Вектор Мебел“ ООД, каза, че фирмите ще участват в изложението.",
			nil, []rel{{kg.ParticipatedIn, a, evBG, ""}}},
		row{"partner in a project", leadBG + a + ", управител на „Вектор Мебел“ ООД, участва в проекта „Лъч“ като партньор.",
			nil, []rel{{kg.ParticipatedIn, a, evBG, ""}}},
		row{"a relative clause", leadEN + fmt.Sprintf("%s, who founded Vector Furniture Ltd, and %s attended the forum.", ae, be),
			[]rel{{kg.ParticipatedIn, be, evEN, ""}}, nil},
	)
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", r.text)
			checkRels(t, g, r.want, r.not)
		})
	}
}

// TestClockLines checks the lines of a programme that each open with one
// clock time and a dash (rules.go, clockLine): the people on them present
// at the event in play, whatever the clock's form, the line's label or the
// language; a single timed line is no programme.
func TestClockLines(t *testing.T) {
	const (
		leadBG = "Покана за годишния форум на клъстера в Русе\n\nРусе, 28 юни 2024 г.\n\nКлъстер „Дунавска искра“ организира на 3 юли 2024 г. в Русе форума „Искра 2024“.\n\nПрограма\n\n"
		leadEN = "Invitation to the annual forum of the cluster in Ruse\n\nRuse, 28 June 2024\n\nThe Danube Spark Cluster will hold the forum “Spark 2024” in Ruse on 3 July 2024.\n\nProgramme\n\n"
		a, b   = "Стефан Гълъбов", "Ирина Дренска"
		ae, be = "Stefan Galabov", "Irina Drenska"
	)
	for _, clk := range [][2]string{{"10:00", "10:30"}, {"9.30 ч.", "10.15 ч."}, {"14,00 h", "14,45 h"}} {
		bg := fmt.Sprintf("%s – Откриване: %s, председател на УС на клъстера\n%s – „Финансиране на проекти“ – %s, главен експерт в Министерството на енергетиката\n", clk[0], a, clk[1], b)
		en := fmt.Sprintf("%s – Opening: %s, chair of the cluster\n%s – “Funding projects” – %s, Ministry of Energy\n", clk[0], ae, clk[1], be)
		t.Run("bg "+clk[0], func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", leadBG+bg)
			checkRels(t, g, []rel{{kg.PresentedAt, a, "Искра 2024", ""}, {kg.PresentedAt, b, "Искра 2024", ""}}, nil)
		})
		t.Run("en "+clk[0], func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", leadEN+en)
			checkRels(t, g, []rel{{kg.PresentedAt, ae, "Spark 2024", ""}, {kg.PresentedAt, be, "Spark 2024", ""}}, nil)
		})
	}
	t.Run("one timed line", func(t *testing.T) {
		_, g := extractTexts(t, "2024-06-28", leadBG+"10:00 – разговор със "+a+" за бъдещето на клъстера\n")
		checkRels(t, g, nil, []rel{{kg.PresentedAt, a, "Искра 2024", ""}})
	})
}

// TestOrganisedParticipation checks "the participation was organised by X"
// (rules.go, organisedParticipation) on systematic variants with invented
// names: the noun articled or after an articled adjective, every tense,
// with the agent alone, with a partner after "съвместно с"/"together with",
// or with the partner alone (the body the text speaks for takes part with
// it). The bodies take part in the fair; they organise no fair.
func TestOrganisedParticipation(t *testing.T) {
	const (
		lead  = "Клъстерът участва в голямо изложение\n\nРусе, 28 юни 2024 г.\n\nКлъстер „Вектор Мебел“ участва в изложението „Мебел Експо 2024“, което се провежда от 10 до 12 юни в Пловдив. "
		leadE = "The cluster takes part in a large fair\n\nROUSSE, June 28, 2024 –\n\nThe Vector Furniture Cluster takes part in the Furniture Expo 2024, held from 10 to 12 June in Plovdiv. "
		ev    = "Мебел Експо 2024"
		evE   = "Furniture Expo 2024"
		a, b  = "Вектор Мебел", "Орбитал"
	)
	for _, noun := range []string{"Участието", "Българското участие", "Националното участие"} {
		for _, v := range []string{"е организирано", "беше организирано", "ще бъде организирано"} {
			for _, form := range []struct{ name, tail string }{
				{"agent and partner", " от Клъстер „" + a + "“ съвместно със Сдружение „" + b + "“."},
				{"partner alone", " съвместно със Сдружение „" + b + "“."},
			} {
				t.Run(noun+" "+v+" "+form.name, func(t *testing.T) {
					_, g := extractTexts(t, "2024-06-28", lead+noun+" "+v+form.tail)
					checkRels(t, g, []rel{{kg.ParticipatedIn, a, ev, ""}, {kg.ParticipatedIn, b, ev, ""}},
						[]rel{{kg.Organized, a, ev, ""}, {kg.Organized, b, ev, ""}})
				})
			}
		}
	}
	for _, v := range []string{"was organised", "is organised"} {
		t.Run("en "+v, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", leadE+"The Bulgarian participation "+v+" by the Vector Furniture Cluster together with the Orbital Association.")
			checkRels(t, g, []rel{{kg.ParticipatedIn, "Vector Furniture Cluster", evE, ""}, {kg.ParticipatedIn, "Orbital Association", evE, ""}},
				[]rel{{kg.Organized, "Vector Furniture Cluster", evE, ""}, {kg.Organized, "Orbital Association", evE, ""}})
		})
	}
}

// TestFutureExhibitors checks the exhibitors' noun before its bodies in
// every tense ("Сред изложителите бяха/са/ще бъдат A и B", "Exhibitors
// will include A and B"): they take part in the fair in play.
func TestFutureExhibitors(t *testing.T) {
	const lead = "Клъстерът участва в голямо изложение\n\nРусе, 28 юни 2024 г.\n\nКлъстер „Вектор Мебел“ участва в изложението „Мебел Експо 2024“, което се провежда от 10 до 12 юни в Пловдив. "
	for _, c := range []string{"бяха", "са", "ще бъдат"} {
		t.Run(c, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", lead+"Сред изложителите "+c+" „Орбитал Мебел“ ООД и „Дъбрава“ АД.")
			checkRels(t, g, []rel{{kg.ParticipatedIn, "Орбитал Мебел ООД", "Мебел Експо 2024", ""}, {kg.ParticipatedIn, "Дъбрава АД", "Мебел Експо 2024", ""}}, nil)
		})
	}
}

// TestPronounEvent checks a sentence that opens with a preposition and a
// pronoun after a sentence that named two events (attendees.go,
// pronounEvent): the pronoun stands for the last one its gender agrees
// with, whatever the verb after it.
func TestPronounEvent(t *testing.T) {
	const lead = "Клъстерът участва в голямо изложение\n\nРусе, 28 юни 2024 г.\n\nКлъстер „Вектор Мебел“ участва в изложението „Мебел Експо 2024“ в Пловдив. "
	const a, b = "Деспина Ралева", "Петко Дюлгеров"
	rows := []struct {
		name, second, pron, ev string
	}{
		{"masculine seminar after the fair", "По време на изложението клъстерът представи продуктите си на семинара „Дърво и дизайн“, организиран от Сдружение „Орбитал“.", "На него", "Дърво и дизайн"},
		{"feminine conference after the fair", "По време на изложението клъстерът участва в конференцията „Зелено дърво“, организирана от Сдружение „Орбитал“.", "На нея", "Зелено дърво"},
		{"feminine conference before a seminar", "На изложението клъстерът откри конференцията „Зелено дърво“, а после и семинара „Дърво и дизайн“.", "В нея", "Зелено дърво"},
	}
	for _, r := range rows {
		for _, v := range []struct {
			verb string
			typ  kg.RelationType
		}{{"говориха още", kg.PresentedAt}, {"участваха", kg.ParticipatedIn}, {"присъстваха и", kg.ParticipatedIn}} {
			t.Run(r.name+" "+v.verb, func(t *testing.T) {
				_, g := extractTexts(t, "2024-06-28", lead+r.second+" "+r.pron+" "+v.verb+" "+a+" и "+b+".")
				checkRels(t, g, []rel{{v.typ, a, r.ev, ""}, {v.typ, b, r.ev, ""}}, []rel{{v.typ, a, "Мебел Експо 2024", ""}})
			})
		}
	}
}

// TestStandOwner checks the body whose stand is at a fair (attendees.go,
// standOwners): it takes part in the fair, with the stand articled or
// not, described or not, with the body's acronym, in Bulgarian and
// English.
func TestStandOwner(t *testing.T) {
	const lead = "Клъстерът участва в голямо изложение\n\nРусе, 28 юни 2024 г.\n\n"
	for _, s := range []string{"на националния щанд на", "на общия щанд на", "на щанда на"} {
		for _, body := range []string{"Клъстер „Вектор Мебел“", "Клъстер „Вектор Мебел“ (КВМ)"} {
			t.Run(s+" "+body, func(t *testing.T) {
				_, g := extractTexts(t, "2024-06-28", lead+"Осем фирми представят продукцията си "+s+" "+body+" на изложението „Мебел Експо 2024“, което се провежда от 10 до 12 юни в Пловдив.")
				checkRels(t, g, []rel{{kg.ParticipatedIn, "Вектор Мебел", "Мебел Експо 2024", ""}}, nil)
			})
		}
	}
	t.Run("en", func(t *testing.T) {
		_, g := extractTexts(t, "2024-06-28", "The cluster took part in a large fair\n\nROUSSE, June 28, 2024 –\n\nEight companies showed their products on the joint stand of the Vector Furniture Cluster at the Furniture Expo 2024, held from 10 to 12 June in Plovdiv.")
		checkRels(t, g, []rel{{kg.ParticipatedIn, "Vector Furniture Cluster", "Furniture Expo 2024", ""}}, nil)
	})
}

// TestSharedTalk checks "shared" as a verb of telling at the event in play,
// after another speaker or alone, with an apposition or "of" a body.
func TestSharedTalk(t *testing.T) {
	const lead = "The cluster held a large event in the city\n\nROUSSE, June 28, 2024 –\n\nThe Timber Bridges Forum 2024 took place yesterday in Rousse. "
	for _, s := range []string{
		"Kaloyan Varbanov, director of Orbital Ltd, presented a training scheme. Despina Raleva, manager of the Vector Furniture Cluster, shared her experience.",
		"Despina Raleva, manager of the Vector Furniture Cluster, shared how the cluster trained 100 welders.",
		"Despina Raleva of the Vector Furniture Cluster shared the results of a survey.",
	} {
		t.Run(s[:40], func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", lead+s)
			checkRels(t, g, []rel{{kg.PresentedAt, "Despina Raleva", "Timber Bridges Forum 2024", ""}}, nil)
		})
	}
}

// TestJoinedWithTalk checks "С доклад (за X / на тема „Y“) се включи Z" in
// the singular and plural, and "presentations by X and Y" (rules.go,
// joinedWithTalk; the talk noun as a trigger): the speakers present at the
// event in play.
func TestJoinedWithTalk(t *testing.T) {
	const (
		lead  = "Клъстерът проведе голямо събитие в града\n\nРусе, 28 юни 2024 г.\n\nФорумът „Дървени мостове 2024“ се проведе вчера в Русе. "
		leadE = "The cluster held a large event in the city\n\nROUSSE, June 28, 2024 –\n\nThe Timber Bridges Forum 2024 took place yesterday in Rousse. "
		ev    = "Дървени мостове 2024"
		evE   = "Timber Bridges Forum 2024"
		a, b  = "Калоян Върбанов", "Деспина Ралева"
	)
	for _, s := range []string{
		"С доклад се включиха " + a + " и " + b + ".",
		"С доклад за износа се включиха " + a + " от „Орбитал Мебел“ ООД и " + b + ".",
		"С презентации на тема „Дървото в строителството“ се включиха " + a + " и " + b + ".",
	} {
		t.Run(s[:30], func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", lead+s)
			checkRels(t, g, []rel{{kg.PresentedAt, a, ev, ""}, {kg.PresentedAt, b, ev, ""}}, nil)
		})
	}
	// bodies present with their talks too, and "участваха" joins as "се включиха" does
	const oa, ob = "Община Тутракан", "Русенски университет"
	for _, s := range []string{
		"Със свои презентации се включиха Община Тутракан и Русенският университет.",
		"С доклади във форума участваха Община Тутракан и Русенският университет.",
	} {
		t.Run(s[:30], func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", lead+s)
			checkRels(t, g, []rel{{kg.PresentedAt, oa, ev, ""}, {kg.PresentedAt, ob, ev, ""}}, []rel{{kg.ParticipatedIn, oa, ev, ""}})
		})
	}
	for _, v := range []string{"featured presentations by", "included talks by", "opened with presentations by"} {
		t.Run(v, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", leadE+"The forum "+v+" Kaloyan Varbanov of Orbital Ltd and Despina Raleva.")
			checkRels(t, g, []rel{{kg.PresentedAt, "Kaloyan Varbanov", evE, ""}, {kg.PresentedAt, "Despina Raleva", evE, ""}}, nil)
		})
	}
}
