package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestDescribedHappenings checks events a text describes without a name
// (names and wording invented): a happening its lead reports by a verb and
// then refers to by the verb's noun, a visit with a neuter adjective, and
// who makes a visit.
func TestDescribedHappenings(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		want    []rel
		not     []rel
		ents    []ent
		notEnts []ent
	}{
		{"the lead's verb and its noun ('X посети Y ... Посещението беше организирано съвместно с Z')",
			[]string{"Гости от Тоскана при Мебелния клъстер\n\nДелегация на Клъстер „Тоскана Мебел“ посети на 3 и 4 март Търговище. Посещението беше организирано съвместно с Българо-италианската търговска камара (БИТК). Гостите разгледаха три фабрики."},
			[]rel{{kg.Organized, "Българо-италианска търговска камара", "посещение", "co-organizer"}},
			nil, []ent{{kg.Event, "посещение"}}, nil},
		{"the delegation's leader and members named after it ('Ръководител на делегацията беше X', 'В състава й бяха и представители на Y')",
			[]string{"Гости от Тоскана при Мебелния клъстер\n\nДелегация на Клъстер „Тоскана Мебел“ посети на 3 и 4 март Търговище. Посещението беше организирано от Община Търговище. Ръководител на делегацията беше Марко Росини, директор на клъстера. В състава й бяха и представители на Университета на Флоренция. Гостите разгледаха три фабрики."},
			[]rel{{kg.ParticipatedIn, "Марко Росини", "посещение", ""}, {kg.ParticipatedIn, "Университет на Флоренция", "посещение", ""}},
			nil, []ent{{kg.Event, "посещение"}}, nil},
		{"a signing the lead reports, attended later ('подписаха меморандум ... На подписването присъства X')",
			[]string{"Клъстер „Зелен код“ и Русенският университет подписаха меморандум\n\nМеморандум за сътрудничество подписаха днес Клъстер „Зелен код“ и Русенски университет „Ангел Кънчев“. На подписването присъства и Иван Колев, управител на „Код Лаб“ ЕООД."},
			[]rel{{kg.ParticipatedIn, "Иван Колев", "подписване", ""}},
			nil, []ent{{kg.Event, "подписване"}}, nil},
		{"signatories after the verb take part in the signing the lead reports, not in a named event further on ('Меморандум подписаха днес X и Y')",
			[]string{"Клъстер „Зелен код“ и Русенският университет подписаха меморандум\n\nМеморандум за сътрудничество подписаха днес Клъстер „Зелен код“ и Русенски университет „Ангел Кънчев“. На подписването присъства и Иван Колев. Клъстерът ще участва и във форума „Русе Тех 2026“ през май."},
			[]rel{{kg.ParticipatedIn, "Зелен код", "подписване", ""}, {kg.ParticipatedIn, "Русенски университет „Ангел Кънчев“", "подписване", ""}},
			[]rel{{kg.ParticipatedIn, "Иван Колев", "Русе Тех 2026", ""}},
			[]ent{{kg.Event, "подписване"}, {kg.Event, "Русе Тех 2026"}}, nil},
		{"no verb in the lead: the noun alone names no event ('подписването на договора е условие')",
			[]string{"Клъстер „Зелен код“ има нов управител\n\nНовият управител е Мария Ненова. Тя смята, че подписването на договора с общината е важно условие за развитие."},
			nil, nil, nil, []ent{{kg.Event, "подписване"}}},
		{"the noun as a topic, not as an occasion ('подписването на анекса ще отнеме време')",
			[]string{"Клъстер „Зелен код“ и общината подписаха споразумение\n\nСпоразумение подписаха днес Клъстер „Зелен код“ и Община Разград. Според кмета подписването на анекса ще отнеме още месец."},
			nil, nil, nil, []ent{{kg.Event, "подписване"}}},
		{"a moment of a named event is no event of its own ('Подписването се състоя в рамките на форума „X“')",
			[]string{"Две камари от Видин и Калафат подписаха споразумение\n\nСпоразумение подписаха на 5 май Търговската камара – Видин и Търговската камара – Калафат. Подписването се състоя в рамките на бизнес форума „Дунав 2026“ във Видин."},
			nil, nil, []ent{{kg.Event, "Дунав 2026"}}, []ent{{kg.Event, "подписване"}}},
		{"who holds a visit takes part in it, the host organises ('X проведе учебно посещение в Y')",
			[]string{"Лозари от Мелник учат занаята във Франция\n\nКлъстер „Лозя и вино“ проведе учебно посещение в Бордо, Франция, на 3 – 5 юни 2026 г. Групата разгледа три изби. Следва посещение в Испания."},
			[]rel{{kg.ParticipatedIn, "Лозя и вино", "учебно посещение", ""}},
			[]rel{{kg.Organized, "Лозя и вино", "учебно посещение", "organizer"}},
			[]ent{{kg.Event, "учебно посещение"}}, nil},
		{"a participle before the noun is no kind of event ('отредено посещение')",
			[]string{"Голяма награда за лозарите от Мелник\n\nКлъстерът „Лозя и вино“ получи награда на 3 юни 2026 г. и отредено посещение с цел обучение на наградения. Наградата е първата за клъстера. Тя беше връчена в София."},
			nil, nil, nil, []ent{{kg.Event, "отредено посещение с цел обучение на наградения"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2026-05-10", tc.texts...)
			checkRels(t, g, tc.want, tc.not)
			checkEntsIn(t, g, tc.ents, tc.notEnts)
		})
	}
}

func TestNeuterAdj(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{{"учебно", true}, {"работно", true}, {"отредено", false}, {"организирано", false}, {"съвместно", false}, {"учебна", false}} {
		if got := neuterAdj(tc.in); got != tc.want {
			t.Errorf("neuterAdj(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
