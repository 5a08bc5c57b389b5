package extract

import (
	"fmt"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestPresenceFrames checks the frames of present.go on systematic
// variants of one report (invented names): a part named by its noun in
// every tense, before or after its people, with the people in a sentence,
// after a colon, on bulleted or dashed lines; passive verbs of opening,
// leading and presenting with every agent of a coordination; Bulgarian and
// English. The event is in play from the lead; the frame sentence names it
// or not.
func TestPresenceFrames(t *testing.T) {
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
	both := func(typ kg.RelationType, x, y, ev string) []rel {
		return []rel{{typ, x, ev, ""}, {typ, y, ev, ""}}
	}
	var rows []row
	// a presenter's noun before its people, every tense and list form
	nouns := []string{"Лектори", "Говорители", "Панелисти", "Докладчици", "Модератори", "Презентатори"}
	copulas := []string{"бяха", "са", "ще бъдат"}
	for _, n := range nouns {
		for _, c := range copulas {
			for _, form := range []struct{ name, f string }{
				{"plain", "%s на събитието %s %s и %s."},
				{"bullets", "%s на събитието %s: • %s, експерт в Агенция „Лъч“ – за финансирането; • %s, директор на „Вектор“ ЕООД – за дигитализацията."},
				{"dashed lines", "%s на събитието %s:\n– %s, експерт в Агенция „Лъч“ – за финансирането;\n– %s, директор на „Вектор“ ЕООД – за дигитализацията."},
				{"bulleted lines", "%s на събитието %s:\n• %s, експерт в Агенция „Лъч“;\n• %s, директор на „Вектор“ ЕООД."},
			} {
				rows = append(rows, row{fmt.Sprintf("noun first %s %s %s", n, c, form.name), leadBG + fmt.Sprintf(form.f, n, c, a, b),
					both(kg.PresentedAt, a, b, evBG), both(kg.ParticipatedIn, a, b, evBG)})
			}
		}
		rows = append(rows, row{"noun before a colon alone " + n, leadBG + n + ": " + a + " и " + b + ".", both(kg.PresentedAt, a, b, evBG), nil})
	}
	for _, n := range []string{"лекторите", "говорителите", "панелистите", "докладчиците"} {
		rows = append(rows, row{"among the " + n, leadBG + "Сред " + n + " бяха " + a + " и " + b + ".", both(kg.PresentedAt, a, b, evBG), nil})
	}
	for _, c := range copulas {
		// turned round, and a singular part with a role before the name
		rows = append(rows, row{"people first " + c, leadBG + fmt.Sprintf("%s и %s %s лектори на форума.", a, b, c), both(kg.PresentedAt, a, b, evBG), nil})
	}
	for _, c := range copulas {
		rows = append(rows,
			row{"people first among the speakers " + c, leadBG + fmt.Sprintf("%s и %s %s сред лекторите.", a, b, c), both(kg.PresentedAt, a, b, evBG), nil},
			row{"people first among the guests " + c, leadBG + fmt.Sprintf("%s и %s %s сред гостите на форума.", a, b, c), both(kg.ParticipatedIn, a, b, evBG), nil})
	}
	for _, c := range []string{"were", "will be"} {
		rows = append(rows, row{"people first among the speakers " + c, leadEN + fmt.Sprintf("%s and %s %s among the speakers.", ae, be, c), both(kg.PresentedAt, ae, be, evEN), nil})
	}
	for _, c := range []string{"беше", "е", "ще бъде", "бе"} {
		rows = append(rows,
			row{"singular moderator " + c, leadBG + fmt.Sprintf("Модератор %s изпълнителният директор на „Вектор“ ЕООД %s.", c, a), []rel{{kg.PresentedAt, a, evBG, ""}}, nil},
			row{"opened by, every agent " + c, leadBG + fmt.Sprintf("Форумът %s открит от заместник-кмета на Община Русе %s и от председателя на клъстера %s.", c, a, b),
				both(kg.PresentedAt, a, b, evBG), nil},
			row{"opened by, pronoun subject " + c, leadBG + fmt.Sprintf("Той %s открит от заместник-кмета на Община Русе %s и от председателя на клъстера %s.", c, a, b),
				both(kg.PresentedAt, a, b, evBG), nil},
			row{"moderated by, a session of the event " + c, leadBG + fmt.Sprintf("Дискусията %s модерирана от %s и %s.", c, a, b), both(kg.PresentedAt, a, b, evBG), nil},
		)
	}
	for _, c := range []string{"бяха", "са", "ще бъдат"} {
		rows = append(rows,
			row{"presented by, every agent " + c, leadBG + fmt.Sprintf("Резултатите %s представени от проф. %s от Русенския университет и от %s, мениджър на Клъстер „Лъч“.", c, a, b),
				// the speakers' bodies present too (settled convention)
				append(both(kg.PresentedAt, a, b, evBG), rel{kg.PresentedAt, "Русенски университет", evBG, ""}, rel{kg.PresentedAt, "Лъч", evBG, ""}), nil},
		)
	}
	for _, c := range []string{"беше", "ще бъде"} {
		rows = append(rows, row{"a body represented by its people took part " + c,
			leadBG + fmt.Sprintf("Българският партньор %s представен от изпълнителния директор на клъстера %s и от проектния мениджър %s.", c, a, b),
			both(kg.ParticipatedIn, a, b, evBG), both(kg.PresentedAt, a, b, evBG)})
	}
	// English
	for _, c := range []string{"were", "are", "will be", "included"} {
		rows = append(rows,
			row{"speakers " + c, leadEN + fmt.Sprintf("Speakers %s %s and %s.", c, ae, be), both(kg.PresentedAt, ae, be, evEN), nil},
			row{"panelists with colon " + c, leadEN + fmt.Sprintf("The panelists %s: %s, an expert at the Ray Agency, and %s, director of Vector Ltd.", c, ae, be), both(kg.PresentedAt, ae, be, evEN), nil},
		)
	}
	for _, c := range []string{"was", "will be"} {
		rows = append(rows,
			row{"opened by and by " + c, leadEN + fmt.Sprintf("The forum %s opened by %s and by %s.", c, ae, be), both(kg.PresentedAt, ae, be, evEN), nil},
			row{"moderated by " + c, leadEN + fmt.Sprintf("The panel %s moderated by %s and %s.", c, ae, be), both(kg.PresentedAt, ae, be, evEN), nil},
			row{"people first " + c, leadEN + fmt.Sprintf("%s %s the moderator.", ae, c), []rel{{kg.PresentedAt, ae, evEN, ""}}, nil},
		)
	}
	// a part's noun right before its people, on a programme's lines
	for _, n := range []string{"лектор", "модератор", "говорител", "панелист"} {
		rows = append(rows,
			row{"apposed noun after the line's event, bullets " + n,
				"Клъстер за иновации обяви програмата на своите уебинари\n\nРусе, 28 юни 2024 г.\n\nКлъстер „Дунавска искра“ обяви програмата на уебинарите си:\n" +
					fmt.Sprintf("• 3 юли 2024 – уебинар „Сигурни мрежи“, %s доц. %s, експерт в „Вектор“ ЕООД;\n• 10 юли 2024 – уебинар „Умни фабрики“, %s %s от Агенция „Лъч“.", n, a, n, b),
				[]rel{{kg.PresentedAt, a, "Сигурни мрежи", ""}, {kg.PresentedAt, b, "Умни фабрики", ""}},
				[]rel{{kg.PresentedAt, a, "Умни фабрики", ""}, {kg.PresentedAt, b, "Сигурни мрежи", ""}}},
			row{"apposed noun after 'с' " + n, leadBG + fmt.Sprintf("Следобедът продължи с панел за финансирането – с %s %s.", n, a), []rel{{kg.PresentedAt, a, evBG, ""}}, nil},
		)
	}
	rows = append(rows, row{"a role noun inside a sentence is no apposition", leadBG + fmt.Sprintf("Клъстерът назначи за говорител %s.", a), nil, []rel{{kg.PresentedAt, a, evBG, ""}}})
	// who signed a document signed at the event took part, in any order
	leadSign := "Клъстер за иновации и Община Русе подписаха меморандум\n\nРусе, 28 юни 2024 г.\n\nЦеремонията по подписването на меморандум между Клъстер „Дунавска искра“ и Община Русе се състоя вчера в Русе.\n\n"
	evSign := "церемония по подписването на меморандум"
	for _, f := range []string{
		"Документа подписаха кметът на Русе %s и председателят на клъстера %s.",
		"Меморандума подписаха %s и %s.",
		"%s и %s подписаха документа.",
		"Документът беше подписан от кмета %s и от председателя на клъстера %s.",
		"Подписи положиха %s и %s.",
	} {
		rows = append(rows, row{"signatories: " + f, leadSign + fmt.Sprintf(f, a, b), both(kg.ParticipatedIn, a, b, evSign), nil})
	}
	// what is no presenting
	rows = append(rows,
		row{"a plant opened by someone is no event", leadBG + fmt.Sprintf("Новият завод на „Вектор“ ЕООД беше открит от %s.", a), nil, []rel{{kg.PresentedAt, a, evBG, ""}}},
		row{"'водещ партньор' names no host", leadBG + fmt.Sprintf("Водещ партньор е Клъстер „Лъч“, а %s е негов председател.", a), nil,
			[]rel{{kg.PresentedAt, "Лъч", evBG, ""}, {kg.PresentedAt, a, evBG, ""}}},
		row{"no event in play, no presenter", "Клъстер за иновации прие нови членове в Русе\n\nРусе, 28 юни 2024 г.\n\nКлъстер „Дунавска искра“ прие нови членове. " +
			fmt.Sprintf("Лектори бяха %s и %s.", a, b), nil, both(kg.PresentedAt, a, b, evBG)},
	)
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", r.text)
			checkRels(t, g, r.want, r.not)
		})
	}
}
