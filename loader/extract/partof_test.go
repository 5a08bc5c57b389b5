package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventOfProject checks an event said to be one of a project's events
// (partof.go) on systematic variants with invented names: the subject by
// name, bare noun or pronoun; an ordinal, "one of" or a noun of events
// after the copula; the project by name or by its noun; past and present;
// Bulgarian and English; and "organised under the X project". A
// predicate about something else ("е първото участие на клъстера") is
// no part of.
func TestEventOfProject(t *testing.T) {
	const (
		leadBG = "Клъстерът проведе голямо събитие в града\n\nРусе, 28 юни 2024 г.\n\nПроектът WOODBRIDGE се изпълнява от Клъстер „Вектор Мебел“. Форумът „Дървени мостове 2024“ се проведе вчера в Русе. "
		leadEN = "The cluster held a large event in the city\n\nROUSSE, June 28, 2024 –\n\nThe WOODBRIDGE project is led by the Vector Furniture Cluster. The Timber Bridges Forum 2024 took place yesterday in Rousse. "
		evBG   = "Дървени мостове 2024"
		evEN   = "Timber Bridges Forum 2024"
		proj   = "WOODBRIDGE"
	)
	rows := []struct{ name, text, ev string }{}
	for _, subj := range []string{"Това", "Събитието", "Форумът"} {
		for _, cop := range []string{"е", "беше"} {
			for _, pred := range []string{"второто събитие по проекта", "второто по проекта WOODBRIDGE", "едно от събитията по проекта", "заключителното събитие по проект WOODBRIDGE"} {
				rows = append(rows, struct{ name, text, ev string }{"bg " + subj + " " + cop + " " + pred, leadBG + subj + " " + cop + " " + pred + ".", evBG})
			}
		}
	}
	for _, subj := range []string{"It", "This", "The event", "The forum"} {
		for _, cop := range []string{"is", "was"} {
			for _, pred := range []string{"the project's second forum", "the second event of the WOODBRIDGE project", "one of the activities of the WOODBRIDGE project"} {
				rows = append(rows, struct{ name, text, ev string }{"en " + subj + " " + cop + " " + pred, leadEN + subj + " " + cop + " " + pred + ".", evEN})
			}
		}
	}
	rows = append(rows, struct{ name, text, ev string }{"en organised under", leadEN + "It was organised under the WOODBRIDGE project.", evEN})
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", r.text)
			checkRels(t, g, []rel{{kg.PartOf, r.ev, proj, ""}}, nil)
		})
	}
	t.Run("a predicate about something else", func(t *testing.T) {
		_, g := extractTexts(t, "2024-06-28", "Клъстерът проведе голямо събитие в града\n\nРусе, 28 юни 2024 г.\n\nФорумът „Дървени мостове 2024“ се проведе вчера в Русе. Това е първото участие на Клъстер „Вектор Мебел“ в събитие от такъв мащаб. Клъстерът е партньор в проекта WOODBRIDGE.")
		checkRels(t, g, nil, []rel{{kg.PartOf, evBG, proj, ""}})
	})
}
