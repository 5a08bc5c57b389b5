package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestHeldInChain checks that an event is held in every place its venue
// lies in when the same text says so, and only then. The texts are invented.
func TestHeldInChain(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []rel
	}{
		{"venue written with its town",
			"Клъстер „Тракийски камък“ проведе форума „Камък 2026“ на 4 юни 2026 г. в хотел „Марица“ в Пловдив.",
			[]rel{{kg.HeldIn, "Камък 2026", "Марица", ""}, {kg.HeldIn, "Камък 2026", "Пловдив", ""}}, nil},
		{"town written with its country",
			"The Danube Wood Cluster held the forum “Timber Days 2026” on 3 March 2026 in Linz, Austria.",
			[]rel{{kg.HeldIn, "Timber Days 2026", "Линц", ""}, {kg.HeldIn, "Timber Days 2026", "Австрия", ""}}, nil},
		{"a venue whose town the text gives only for another event",
			"Форумът „Дърво 2026“ се проведе на 5 май 2026 г. в зала „Европа“. Изложението „Мебел 2026“ ще бъде в Интер Експо Център – София.",
			nil, []rel{{kg.HeldIn, "Дърво 2026", "София", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-06-05", tc.text)
			checkRels(t, g, tc.want, tc.not)
		})
	}
}
