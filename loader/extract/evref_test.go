package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestEventReferenceByKind checks what a definite event noun refers to: an
// event of its own kind, or, for a generic noun ("Събитието", "the event"),
// the event in play; a gathering's noun ("Конференцията", "the conference")
// never to a study visit, and never to an event the text names only later.
// Texts invented.
func TestEventReferenceByKind(t *testing.T) {
	const head = "Партньорите по проект ВОДЕН ПЪТ посетиха пристанищата по Дунав\n\nРусе, 28 юни 2024 г.\n\n"
	const visit = " На 27 юни те участваха в учебно посещение в пристанище Русе-изток, организирано от Клъстер „Речни технологии“."
	tests := []struct {
		name      string
		text      string
		want, not []rel
	}{
		{"a named conference, then its noun, then a visit",
			head + "На 26 юни Клъстер „Речни технологии“ организира международна конференция „Дунавски мостове 2024“. Конференцията се проведе в хотел „Дунав“." + visit,
			[]rel{{kg.HeldIn, "Дунавски мостове 2024", "Дунав", ""}},
			[]rel{{kg.HeldIn, "учебно посещение", "Дунав", ""}}},
		{"an unread conference is not the visit told of later",
			head + "Партньорите се събраха в Русе за заключителната конференция. Конференцията се проведе в хотел „Дунав“." + visit,
			nil,
			[]rel{{kg.HeldIn, "учебно посещение", "Дунав", ""}, {kg.HeldIn, "учебно посещение", "Русе", ""}}},
		{"the seminar's noun is not the visit",
			head + "Семинарът се проведе в хотел „Дунав“." + visit,
			nil,
			[]rel{{kg.HeldIn, "учебно посещение", "Дунав", ""}}},
		{"a generic noun refers to the event in play",
			head + "На 27 юни партньорите по проект ВОДЕН ПЪТ участваха в учебно посещение в пристанище Русе-изток, организирано от Клъстер „Речни технологии“. Събитието завърши в хотел „Дунав“.",
			[]rel{{kg.HeldIn, "учебно посещение", "Дунав", ""}}, nil},
		{"English: the conference's noun is not the visit",
			"Partners of the WATERWAY project visited the Danube ports\n\nROUSSE, June 28, 2024 – The partners of the WATERWAY project gathered in Ruse. The conference was held at Hotel Danube. On 27 June they took part in a study visit to the port of Ruse-East, organised by Cluster River Tech.",
			nil,
			[]rel{{kg.HeldIn, "study visit", "Hotel Danube", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-06-28", tc.text)
			checkRels(t, g, tc.want, tc.not)
		})
	}
}
