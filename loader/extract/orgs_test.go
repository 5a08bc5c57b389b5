package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestOrgPhrasings checks the organisation-side rules (membership,
// partners, funding, roles, seats) on invented sentences of the genre, with
// the relations that must and must not come out.
func TestOrgPhrasings(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []rel
		not   []rel
	}{
		{"a minister is named by the field of the ministry the text names",
			[]string{"Министерството на земеделието и храните (МЗХ) обяви нова мярка. Според заместник-министъра на земеделието и храните Петър Колев мярката ще помогне на фермерите.",
				"The Ministry of Tourism opened the fair. The Minister of Tourism Ivan Georgiev cut the ribbon."},
			[]rel{{kg.HoldsRole, "Петър Колев", "Министерство на земеделието и храните", "заместник-министър"},
				{kg.HoldsRole, "Ivan Georgiev", "Министерство на туризма", "minister"}}, nil},
		{"no ministry named, no role; a field that names another ministry",
			[]string{"Според заместник-министъра на земеделието Петър Колев мярката ще помогне.",
				"Министерството на енергетиката организира среща. На нея говори министърът на туризма Иван Петров."},
			nil,
			[]rel{{kg.HoldsRole, "Иван Петров", "Министерство на енергетиката", ""}}},
		{"a new chair elected: 'За нов председател на управителния съвет беше избран X, <his other role>'",
			[]string{"Асоциация „Клъстери на Юга“ (АКЮ) проведе общото си събрание. За нов председател на управителния съвет беше избран Стоян Маринов, досегашен управител на Клъстер „Лозя“ от Мелник."},
			[]rel{{kg.HoldsRole, "Стоян Маринов", "Клъстери на Юга", "председател на управителния съвет"},
				{kg.HoldsRole, "Стоян Маринов", "Лозя", "управител"}},
			[]rel{{kg.HoldsRole, "Стоян Маринов", "Лозя", "председател на управителния съвет"}}},
		{"a board title as written: 'на УС' stays short, 'на управителния съвет' stays long",
			[]string{"Клъстер „Горна вода“ откри офис. Говори Ана Русева, председател на УС на Клъстер „Горна вода“. Присъства и Иво Дачев, член на управителния съвет на Клъстер „Горна вода“."},
			[]rel{{kg.HoldsRole, "Ана Русева", "Горна вода", "председател на ус"}, {kg.HoldsRole, "Иво Дачев", "Горна вода", "член на управителния съвет"}}, nil},
		{"an assembly admits new members: of the association the text is about, not of a cluster named before",
			[]string{"Съюзът на машиностроителните клъстери прие членове\n\nНа събранието на Съюза на машиностроителните клъстери (СМК) говори Петър Илиев, управител на Клъстер „Стомана“ от Перник. Общото събрание одобри приемането на три нови члена – Клъстер „Лагери“ от Казанлък и Клъстер „Валове“."},
			[]rel{{kg.MemberOf, "Лагери", "Съюз на машиностроителните клъстери", ""}, {kg.MemberOf, "Валове", "Съюз на машиностроителните клъстери", ""}},
			[]rel{{kg.MemberOf, "Лагери", "Стомана", ""}, {kg.MemberOf, "Валове", "Стомана", ""}}},
		{"a counted noun is no reference: '30 клъстера' does not point to a cluster named before",
			[]string{"Асоциацията на машиностроителните клъстери расте\n\nНа годишното събрание на Асоциацията на машиностроителните клъстери (АМК) говори Петър Илиев, управител на Клъстер „Стомана“ от Перник. С тях АМК вече обединява 30 клъстера от страната."},
			nil,
			[]rel{{kg.MemberOf, "Стомана", "Асоциация на машиностроителните клъстери", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-05-01", tc.texts...)
			for _, r := range tc.want {
				if !hasRel(g, r) {
					t.Errorf("missing %s %q -> %q (%s)\n%s", r.typ, r.from, r.to, r.prop, dump(g))
				}
			}
			for _, r := range tc.not {
				if hasRel(g, r) {
					t.Errorf("unexpected %s %q -> %q (%s)\n%s", r.typ, r.from, r.to, r.prop, dump(g))
				}
			}
		})
	}
}
