package extract

import (
	"fmt"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestAudienceFrames checks the speaker frames read by audienceFrame and
// talkByFrame (present.go) on systematic variants with invented names: a
// speaker addressing the audience in every tense, with titles and a role,
// Bulgarian and English; a talk named with its giver, whatever the verb.
// The event is in play from the lead; a sentence about another event's
// audience, a self-introduction without audience and a talk "on" a body
// give nothing.
func TestAudienceFrames(t *testing.T) {
	const (
		leadBG = "Клъстер за иновации проведе годишен форум в Лозница\n\nЛозница, 12 март 2025 г.\n\nКлъстер „Горска искра“ проведе вчера в Лозница форума „Горски диалог 2025“.\n\n"
		leadEN = "Wood cluster held its annual forum in Lovech\n\nLovech, 12 March 2025\n\nThe Lovech Timber Cluster held the forum “Timber Dialogue 2025” in Lovech yesterday.\n\n"
		evBG   = "Горски диалог 2025"
		evEN   = "Timber Dialogue 2025"
		p, q   = "Стоянка Мирчева", "Пламен Дюлгеров"
		pe, qe = "Stoyanka Mircheva", "Plamen Dulgerov"
	)
	type row struct {
		name, text string
		want, not  []rel
	}
	var rows []row
	// a verb of addressing with the audience as its object (or after
	// "пред"/"към"), every tense, a title or a role before the name
	for _, v := range []string{"приветства", "приветстваше", "ще приветства", "поздрави", "ще поздрави"} {
		for _, aud := range []string{"гостите", "участниците", "всички присъстващи", "делегатите"} {
			rows = append(rows, row{"BG " + v + " " + aud, leadBG + fmt.Sprintf("Кметът на Община Лозница %s %s %s.", p, v, aud),
				[]rel{{kg.PresentedAt, p, evBG, ""}}, nil})
		}
	}
	for _, v := range []string{"каза пред", "сподели пред", "се обърна към", "разказа пред", "ще говори пред"} {
		rows = append(rows, row{"BG " + v, leadBG + fmt.Sprintf("Проф. %s %s участниците, че горите на региона растат.", p, v),
			[]rel{{kg.PresentedAt, p, evBG, ""}}, nil})
	}
	rows = append(rows,
		row{"BG coordinated speakers", leadBG + fmt.Sprintf("%s и д-р %s приветстваха гостите.", p, q),
			[]rel{{kg.PresentedAt, p, evBG, ""}, {kg.PresentedAt, q, evBG, ""}}, nil},
		row{"BG host in apposition", leadBG + fmt.Sprintf("Домакинът на срещата, ректорът на Лесотехническия университет проф. %s, приветства гостите.", p),
			[]rel{{kg.PresentedAt, p, evBG, ""}}, nil},
	)
	for _, v := range []string{"told", "welcomed", "greeted", "addressed", "will welcome", "thanked", "briefed"} {
		for _, aud := range []string{"delegates", "the participants", "all 40 guests", "the audience"} {
			rows = append(rows, row{"EN " + v + " " + aud, leadEN + fmt.Sprintf("%s, Chair of the Lovech Timber Cluster, %s %s.", pe, v, aud),
				[]rel{{kg.PresentedAt, pe, evEN, ""}}, nil})
		}
	}
	rows = append(rows,
		row{"EN spoke to", leadEN + fmt.Sprintf("Dr %s spoke to participants about wood exports.", pe), []rel{{kg.PresentedAt, pe, evEN, ""}}, nil},
		row{"EN another event's audience", leadEN + fmt.Sprintf("%s told delegates of the Spring Timber Fair, to be held in May, about the plans.", pe),
			nil, []rel{{kg.PresentedAt, pe, evEN, ""}}},
	)
	// a talk with its giver
	one := []rel{{kg.PresentedAt, pe, evEN, ""}}
	for _, r := range []struct {
		s    string
		want []rel
	}{
		{fmt.Sprintf("Members heard a presentation by %s, policy officer at the Timber Agency, on the new rules.", pe), one},
		{fmt.Sprintf("Participants also heard from %s, director of the Timber Agency.", pe), one},
		{fmt.Sprintf("The afternoon opened with a keynote by Prof. %s.", pe), one},
		{fmt.Sprintf("A talk by %s followed.", pe), one},
		{fmt.Sprintf("There were lectures from %s and %s.", pe, qe), append(one, rel{kg.PresentedAt, qe, evEN, ""})},
	} {
		rows = append(rows, row{"EN talk " + r.s, leadEN + r.s, r.want, nil})
	}
	for _, s := range []string{
		"Следобедът продължи с лекция на проф. %s.",
		"Участниците изслушаха презентация от %s.",
		"Доклад на д-р %s откри втория ден.",
	} {
		rows = append(rows, row{"BG talk " + s, leadBG + fmt.Sprintf(s, p), []rel{{kg.PresentedAt, p, evBG, ""}}, nil})
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", r.text)
			checkRels(t, g, r.want, r.not)
		})
	}
}
