package extract

import (
	"fmt"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestOrganiserFrames checks organisers on systematic variants with
// invented names: an aside of support between the subject and its verb
// (hosts.go's neighbours in rules.go: supportAside), a host or initiator
// named in a complement of a sentence that tells of the event
// (hostComplement), a second organiser after ", а" with a dash for the
// verb, and a partner after an organiser noun's copula; Bulgarian and
// English, every tense. The supporter organises nothing.
func TestOrganiserFrames(t *testing.T) {
	const (
		lead = "Клъстерът проведе голямо събитие в града\n\nРусе, 28 юни 2024 г.\n\n"
		ev   = "Дървени мостове 2024"
		a, b = "Вектор Мебел", "Орбитал"
		sup  = "Община Русе"
	)
	held := []string{"се проведе вчера", "ще се проведе на 3 юли", "се провежда днес"}
	type row struct {
		name, text string
		want, not  []rel
	}
	var rows []row
	orgd := func(x, role string) rel { return rel{kg.Organized, x, ev, role} }
	notSup := []rel{{kg.Organized, sup, ev, ""}}
	for _, h := range held {
		open := "Форумът „" + ev + "“ " + h + " в Русе"
		rows = append(rows,
			row{"hosting complement " + h, lead + open + " с домакинството на Клъстер „" + a + "“.", []rel{orgd(a, "host")}, nil},
			row{"hosting complement under " + h, lead + open + " под домакинството на Клъстер „" + a + "“ и Сдружение „" + b + "“.", []rel{orgd(a, "host"), orgd(b, "host")}, nil},
			row{"initiative complement " + h, lead + open + " по инициатива на Клъстер „" + a + "“.", []rel{orgd(a, "organizer")}, nil},
			row{"elided co-organiser " + h, lead + open + ". Домакин на събитието е Клъстер „" + a + "“, а съорганизатор – Сдружение „" + b + "“.",
				[]rel{orgd(a, "host"), orgd(b, "co-organizer")}, nil},
			row{"partner after the organiser noun " + h, lead + open + ". Организатор на форума е Клъстер „" + a + "“ в партньорство със Сдружение „" + b + "“.",
				[]rel{orgd(a, "organizer"), orgd(b, "co-organizer")}, nil},
		)
	}
	for _, v := range []string{"организират", "организираха", "ще организират"} {
		for _, aside := range []string{"с подкрепата на " + sup, "със съдействието на " + sup, "под патронажа на " + sup} {
			rows = append(rows, row{"aside " + v + " " + aside,
				lead + fmt.Sprintf("Клъстер „%s“ и Сдружение „%s“, %s, %s форума „%s“ на 3 юли в Русе.", a, b, aside, v, ev),
				[]rel{orgd(a, ""), orgd(b, "")}, notSup})
		}
	}
	const evEN = "Timber Bridges Forum 2024"
	for _, v := range []string{"organised", "will organise", "organises"} {
		for _, aside := range []string{"with the support of the Rousse Municipality", "under the patronage of the Rousse Municipality", "supported by the Rousse Municipality"} {
			rows = append(rows, row{"aside en " + v + " " + aside,
				"The cluster held a large event in the city\n\nROUSSE, June 28, 2024 –\n\n" +
					fmt.Sprintf("The Vector Furniture Cluster, %s, %s the %s in Rousse.", aside, v, evEN),
				[]rel{{kg.Organized, "Vector Furniture Cluster", evEN, ""}}, []rel{{kg.Organized, "Rousse Municipality", evEN, ""}}})
		}
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", r.text)
			checkRels(t, g, r.want, r.not)
			if t.Failed() {
				t.Log(dump(g))
			}
		})
	}
}
