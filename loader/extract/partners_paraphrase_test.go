package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// paraphraseDoc wraps a body in a news text the way the genre writes it: a
// headline of five words or more, a dateline, then the body.
func paraphraseDoc(body string) string {
	return "Нови партньорства за развитие на региона край Дунав\n\nРусе, 28 юни 2024 г.\n\n" + body
}

// familyRels lists the relations of the given types, one a line, for a
// short failure message.
func familyRels(g *kg.Graph, types ...kg.RelationType) string {
	names := map[string]string{}
	for _, e := range g.Entities {
		names[e.ID] = e.Name
	}
	var b strings.Builder
	for _, x := range g.Relations {
		for _, ty := range types {
			if x.Type == ty {
				fmt.Fprintf(&b, "  %s %q -> %q %v\n", x.Type, names[x.From], names[x.To], x.Properties)
			}
		}
	}
	return b.String()
}

type paraRow struct {
	name string
	body string
	want []rel
	not  []rel
}

func runParaphrases(t *testing.T, rows []paraRow, types ...kg.RelationType) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "", paraphraseDoc(tc.body))
			for _, r := range tc.want {
				if !hasRel(g, r) {
					t.Errorf("missing %s %q -> %q (%s); have:\n%s", r.typ, r.from, r.to, r.prop, familyRels(g, types...))
				}
			}
			for _, r := range tc.not {
				if hasRel(g, r) {
					t.Errorf("unexpected %s %q -> %q (%s)", r.typ, r.from, r.to, r.prop)
				}
			}
		})
	}
}

// TestPartnerParaphrases: one frame, many surface forms. The same partners
// must come out whatever the tense of the copula, the voice, the order, the
// list punctuation or the language.
func TestPartnerParaphrases(t *testing.T) {
	const intro = "Проектът „Речни мостове“ стартира с първа среща в Русе. "
	const introEn = "The project „River Bridges“ started with a kick-off meeting in Ruse. "
	P, PE := "Речни мостове", "River Bridges"
	lead := func(x string) rel { return rel{kg.PartnerIn, x, P, "lead"} }
	part := func(x string) rel { return rel{kg.PartnerIn, x, P, "partner"} }
	coord := func(x string) rel { return rel{kg.PartnerIn, x, P, "coordinator"} }
	benef := func(x string) rel { return rel{kg.PartnerIn, x, P, "beneficiary"} }
	leadE := func(x string) rel { return rel{kg.PartnerIn, x, PE, "lead"} }
	partE := func(x string) rel { return rel{kg.PartnerIn, x, PE, "partner"} }
	coordE := func(x string) rel { return rel{kg.PartnerIn, x, PE, "coordinator"} }
	const (
		D = "Сдружение „Делта Дунав“"
		A = "Община Тутракан"
		B = "Клъстер „Зелена Добруджа“"
		C = "„Агро Юг“ ООД"
	)
	dn, an, bn, cn := "Делта Дунав", "Община Тутракан", "Зелена Добруджа", "Агро Юг ООД"
	var rows []paraRow
	for _, cop := range []string{"е", "беше", "бе", "ще бъде"} {
		rows = append(rows,
			paraRow{"lead, copula " + cop, intro + "Водещ партньор по проекта " + cop + " " + D + ".", []rel{lead(dn)}, nil},
			paraRow{"lead and elliptic partners, copula " + cop, intro + "Водещ партньор " + cop + " " + D + ", а партньори – " + A + " и " + B + ".", []rel{lead(dn), part(an), part(bn)}, nil},
			paraRow{"lead and elliptic partner, copula " + cop, intro + "Водещ партньор " + cop + " " + D + ", а партньор – " + A + ".", []rel{lead(dn), part(an)}, nil},
			paraRow{"subject is lead, copula " + cop, intro + D + " " + cop + " водещ партньор по проекта.", []rel{lead(dn)}, nil},
			paraRow{"subject is coordinator, copula " + cop, intro + D + " " + cop + " координатор на проекта.", []rel{coord(dn)}, nil},
			paraRow{"coordinator is, copula " + cop, intro + "Координатор на проекта " + cop + " " + D + ".", []rel{coord(dn)}, nil},
			paraRow{"beneficiary is, copula " + cop, intro + "Бенефициент по проекта " + cop + " " + D + ".", []rel{benef(dn)}, nil},
			paraRow{"associated partner, copula " + cop, intro + "Асоцииран партньор " + cop + " " + A + ".", []rel{part(an)}, nil},
		)
	}
	for _, cop := range []string{"са", "бяха", "ще бъдат"} {
		rows = append(rows,
			paraRow{"partners are, copula " + cop, intro + "Партньори по проекта " + cop + " " + A + " и " + B + ".", []rel{part(an), part(bn)}, nil},
			paraRow{"partners are with colon, copula " + cop, intro + "Партньори по проекта " + cop + ": " + A + ", " + B + " и " + C + ".", []rel{part(an), part(bn), part(cn)}, nil},
			paraRow{"subjects are partners, copula " + cop, intro + A + " и " + B + " " + cop + " партньори по проекта.", []rel{part(an), part(bn)}, nil},
			paraRow{"partners with countries, copula " + cop, intro + "Партньори " + cop + " " + A + " (България), " + B + " от Румъния и " + C + ".", []rel{part(an), part(bn), part(cn)}, nil},
		)
	}
	rows = append(rows,
		paraRow{"partners after a dash", intro + "Партньори – " + A + ", " + B + " и " + C + ".", []rel{part(an), part(bn), part(cn)}, nil},
		paraRow{"partners in bullets", intro + "Партньори по проекта са:\n• " + A + ";\n• " + B + ";\n• " + C + ".", []rel{part(an), part(bn), part(cn)}, nil},
		paraRow{"partners in dash lines", intro + "Партньорите по проекта са:\n- " + A + " (България);\n- " + B + " (България);\n- " + C + ".", []rel{part(an), part(bn), part(cn)}, nil},
		paraRow{"partners separated by semicolons", intro + "Партньори по проекта са " + A + "; " + B + "; " + C + ".", []rel{part(an), part(bn), part(cn)}, nil},
		paraRow{"carried out by, in partnership with", intro + "Проектът се изпълнява от " + D + " в партньорство с " + A + " и " + B + ".", []rel{benef(dn), part(an), part(bn)}, nil},
		paraRow{"was carried out by, in partnership with", intro + "Проектът беше изпълнен от " + D + " в партньорство с " + A + " и " + B + ".", []rel{benef(dn), part(an), part(bn)}, nil},
		paraRow{"coordinated by, present passive", intro + "Проектът се координира от " + D + ".", []rel{coord(dn)}, nil},
		paraRow{"coordinated by, past participle", intro + "Проектът беше координиран от " + D + ".", []rel{coord(dn)}, nil},
		paraRow{"coordinated by, future participle", intro + "Проектът ще бъде координиран от " + D + ".", []rel{coord(dn)}, nil},
		paraRow{"led by, past participle", intro + "Проектът е воден от " + D + ".", []rel{lead(dn)}, nil},
		paraRow{"subject coordinates", intro + D + " координира проекта.", []rel{coord(dn)}, nil},
		paraRow{"subject coordinated (imperfect)", intro + D + " координираше проекта.", []rel{coord(dn)}, nil},
		paraRow{"subject will coordinate", intro + D + " ще координира проекта.", []rel{coord(dn)}, nil},
		paraRow{"pronoun: it is coordinated by", intro + "Той се координира от " + D + ".", []rel{coord(dn)}, nil},
		paraRow{"coordinator, then partners: each keeps its role", intro + D + " беше координатор на проекта, а партньори бяха " + A + " и " + B + ".",
			[]rel{coord(dn), part(an), part(bn)}, []rel{coord(an), lead(bn)}},
		paraRow{"apposition with a dash is no ellipsis", intro + "Проектът обединява " + A + " – партньор от българска страна, и " + B + ".",
			nil, []rel{part(bn), lead(bn)}},
		paraRow{"fronted partners, lead later", intro + "Партньори по проекта са " + A + " и " + B + ", а водещ партньор е " + D + ".", []rel{lead(dn), part(an), part(bn)}, nil},
	)
	for _, cop := range []string{"is", "was", "will be"} {
		rows = append(rows,
			paraRow{"en: lead partner, copula " + cop, introEn + "The lead partner " + cop + " the Danube Delta Association.", []rel{leadE("Danube Delta Association")}, nil},
			paraRow{"en: subject is lead partner, copula " + cop, introEn + "The Danube Delta Association " + cop + " the lead partner.", []rel{leadE("Danube Delta Association")}, nil},
			paraRow{"en: subject is coordinator, copula " + cop, introEn + "The Danube Delta Association " + cop + " the project coordinator.", []rel{coordE("Danube Delta Association")}, nil},
		)
	}
	for _, cop := range []string{"are", "were", "will be"} {
		rows = append(rows,
			paraRow{"en: partners are, copula " + cop, introEn + "The partners " + cop + " Tutrakan Municipality and the Green Dobrudzha Cluster.", []rel{partE("Tutrakan Municipality"), partE("Green Dobrudzha Cluster")}, nil},
		)
	}
	rows = append(rows,
		paraRow{"en: led by", introEn + "The project is led by the Danube Delta Association.", []rel{leadE("Danube Delta Association")}, nil},
		paraRow{"en: coordinated by, past", introEn + "The project was coordinated by the Danube Delta Association.", []rel{coordE("Danube Delta Association")}, nil},
		paraRow{"en: coordinates", introEn + "The Danube Delta Association coordinates the project.", []rel{coordE("Danube Delta Association")}, nil},
		paraRow{"en: partners include", introEn + "Partners include Tutrakan Municipality and the Green Dobrudzha Cluster.", []rel{partE("Tutrakan Municipality"), partE("Green Dobrudzha Cluster")}, nil},
		paraRow{"en: lead and elliptic partners", introEn + "The lead partner was the Danube Delta Association, and the partners – Tutrakan Municipality and the Green Dobrudzha Cluster.", []rel{leadE("Danube Delta Association"), partE("Tutrakan Municipality"), partE("Green Dobrudzha Cluster")}, nil},
	)
	rows = append(rows,
		paraRow{"inline: with lead partner X", intro + "Проектът с водещ партньор " + D + " ще продължи две години.", []rel{lead(dn)}, nil},
		paraRow{"under the leadership of", intro + "Проектът се изпълнява под ръководството на " + D + ".", []rel{lead(dn)}, nil},
		paraRow{"subject leads the project", intro + D + " ръководи проекта.", []rel{lead(dn)}, nil},
		paraRow{"subject led the project (past)", intro + D + " ръководеше проекта.", []rel{lead(dn)}, nil},
		paraRow{"subject is the lead organisation", intro + D + " е водеща организация по проекта.", []rel{lead(dn)}, nil},
		paraRow{"subject will be a partner", intro + A + " ще бъде партньор по проекта.", []rel{part(an)}, nil},
		paraRow{"subject was a partner", intro + A + " беше партньор по проекта.", []rel{part(an)}, nil},
		paraRow{"subject is the beneficiary, past", intro + D + " беше бенефициент по проекта.", []rel{benef(dn)}, nil},
		paraRow{"partners also", intro + "Партньори по проекта са още " + A + " и " + B + ".", []rel{part(an), part(bn)}, nil},
		paraRow{"partners are also, past", intro + "Партньори по проекта бяха също " + A + " и " + B + ".", []rel{part(an), part(bn)}, nil},
		paraRow{"participate in the project, past", intro + "В проекта участваха " + A + " и " + B + ".", []rel{part(an), part(bn)}, nil},
		paraRow{"participate in the project, future", intro + "В проекта ще участват " + A + " и " + B + ".", []rel{part(an), part(bn)}, nil},
		paraRow{"as a partner", intro + A + " участва в проекта като партньор.", []rel{part(an)}, nil},
		paraRow{"en: leads the project", introEn + "The Danube Delta Association leads the project.", []rel{leadE("Danube Delta Association")}, nil},
		paraRow{"en: led the project", introEn + "The Danube Delta Association led the project.", []rel{leadE("Danube Delta Association")}, nil},
		paraRow{"en: is a partner", introEn + "Tutrakan Municipality is a partner in the project.", []rel{partE("Tutrakan Municipality")}, nil},
		paraRow{"en: was a partner", introEn + "Tutrakan Municipality was a partner in the project.", []rel{partE("Tutrakan Municipality")}, nil},
		paraRow{"en: partners were, colon", introEn + "The project partners were: Tutrakan Municipality and the Green Dobrudzha Cluster.", []rel{partE("Tutrakan Municipality"), partE("Green Dobrudzha Cluster")}, nil},
		paraRow{"en: under the leadership of", introEn + "The project is implemented under the leadership of the Danube Delta Association.", []rel{leadE("Danube Delta Association")}, nil},
		paraRow{"en: the project's partners", introEn + "The project's partners are Tutrakan Municipality and the Green Dobrudzha Cluster.", []rel{partE("Tutrakan Municipality"), partE("Green Dobrudzha Cluster")}, nil},
		paraRow{"en: in partnership with", introEn + "The project is carried out by the Danube Delta Association in partnership with Tutrakan Municipality.", []rel{partE("Tutrakan Municipality")}, nil},
	)
	rows = append(rows,
		paraRow{"roles in brackets in a list", intro + "Партньори по проекта са " + D + " (водещ партньор), " + A + " и " + B + ".", []rel{lead(dn), part(an), part(bn)}, []rel{lead(an)}},
		paraRow{"roles in brackets, coordinator", intro + "В проекта участват " + D + " (координатор), " + A + " и " + B + ".", []rel{coord(dn), part(an), part(bn)}, []rel{coord(an)}},
		paraRow{"roles after dashes in lines", intro + "Партньори по проекта:\n• " + D + " – водещ партньор;\n• " + A + " – партньор;\n• " + B + " – партньор.", []rel{lead(dn), part(an), part(bn)}, nil},
		paraRow{"lead as apposition", intro + D + ", водещ партньор по проекта, представи резултатите.", []rel{lead(dn)}, nil},
		paraRow{"lead as dash apposition", intro + D + " – водещият партньор по проекта – представи резултатите.", []rel{lead(dn)}, nil},
		paraRow{"relative clause: which was the lead partner", intro + "Срещата откри " + D + ", което беше водещ партньор по проекта.", []rel{lead(dn)}, nil},
		paraRow{"relative clause: which will coordinate", intro + "Срещата откри " + D + ", което ще координира проекта.", []rel{coord(dn)}, nil},
		paraRow{"en: roles in brackets", introEn + "The partners are the Danube Delta Association (lead partner), Tutrakan Municipality and the Green Dobrudzha Cluster.", []rel{leadE("Danube Delta Association"), partE("Tutrakan Municipality"), partE("Green Dobrudzha Cluster")}, []rel{leadE("Tutrakan Municipality")}},
		paraRow{"en: apposition", introEn + "The Danube Delta Association, the project's lead partner, presented the results.", []rel{leadE("Danube Delta Association")}, nil},
		paraRow{"en: which was the coordinator", introEn + "The meeting was opened by the Danube Delta Association, which was the project coordinator.", []rel{coordE("Danube Delta Association")}, nil},
	)
	rows = append(rows,
		paraRow{"with A and B as partners", intro + "Проектът се ръководи от " + D + ", с " + A + " и " + B + " като партньори.", []rel{lead(dn), part(an), part(bn)}, nil},
		paraRow{"en: with A and B as partners", introEn + "The project is led by the Danube Delta Association, with Tutrakan Municipality and the Green Dobrudzha Cluster as partners.",
			[]rel{leadE("Danube Delta Association"), partE("Tutrakan Municipality"), partE("Green Dobrudzha Cluster")}, nil},
		paraRow{"en: with A (country) and B from a town, as partners", introEn + "The project is led by the Danube Delta Association, with Tutrakan Municipality (Bulgaria) and Agro Yug Ltd from Calarasi, Romania, as partners.",
			[]rel{partE("Tutrakan Municipality"), partE("Agro Yug Ltd")}, nil},
		paraRow{"A and B take part as partners", intro + A + " и " + B + " участват в проекта като партньори.", []rel{part(an), part(bn)}, nil},
	)
	// an organisation that starts, wins or receives funding for its own
	// project carries it out: its beneficiary
	const P2 = "проекта „Речни мостове“"
	for _, v := range []string{"стартира " + P2, "спечели финансиране по програма „Интеррег“ за " + P2, "получи безвъзмездна помощ за " + P2} {
		rows = append(rows, paraRow{"beneficiary: " + v, "Новини от Русе. " + D + " " + v + ".", []rel{benef(dn)}, nil})
	}
	benefE := rel{kg.PartnerIn, "Danube Delta Association", PE, "beneficiary"}
	for _, v := range []string{"launched the project „River Bridges“", "won funding from Interreg for the project „River Bridges“", "received funding for the project „River Bridges“"} {
		rows = append(rows, paraRow{"en: beneficiary: " + v, "News from Ruse. The Danube Delta Association " + v + ".", []rel{benefE}, nil})
	}
	rows = append(rows,
		paraRow{"partner in a list of projects", "Новини от Русе. " + D + " е партньор в проектите „Речни мостове“ и „Дунавски пътеки“.", []rel{part(dn), {kg.PartnerIn, dn, "Дунавски пътеки", "partner"}}, nil},
		paraRow{"takes part in a list of projects", "Новини от Русе. " + D + " участва в проектите „Речни мостове“, „Дунавски пътеки“ и „Зелен бряг“.", []rel{part(dn), {kg.PartnerIn, dn, "Дунавски пътеки", "partner"}, {kg.PartnerIn, dn, "Зелен бряг", "partner"}}, nil},
		paraRow{"a list of projects shares its funding line", "Новини от Русе. " + D + " изпълнява проектите „Речни мостове“ и „Дунавски пътеки“, финансирани по програма „Интеррег“.", []rel{benef(dn), {kg.PartnerIn, dn, "Дунавски пътеки", "beneficiary"}}, nil},
		paraRow{"carries out a list of projects", "Новини от Русе. " + D + " изпълнява проектите „Речни мостове“ и „Дунавски пътеки“.", []rel{benef(dn), {kg.PartnerIn, dn, "Дунавски пътеки", "beneficiary"}}, nil},
		paraRow{"a starter that another body coordinates is no beneficiary", "Новини от Русе. " + D + " стартира " + P2 + ". Координатор на проекта е " + A + ".", []rel{coord(an)}, []rel{benef(dn)}},
		paraRow{"a prize won is no project", "Новини от Русе. " + D + " спечели наградата на конкурса, а " + A + " стартира проекта „Речни мостове“.", []rel{benef(an)}, []rel{benef(dn)}},
	)
	runParaphrases(t, rows, kg.PartnerIn)
}

// TestChamberOfEconomy: a chamber of economy abroad is a chamber of
// commerce (an organisation, by the conventions), while the Bulgarian
// employers' body of that name keeps the type its reference entry gives.
func TestChamberOfEconomy(t *testing.T) {
	_, g := extractTexts(t, "", paraphraseDoc("Партньори по проекта „Речни мостове“ са Словенска стопанска камара – Марибор и Българската стопанска камара."))
	checkEntsIn(t, g, []ent{{kg.Organization, "Словенска стопанска камара – Марибор"}, {kg.Association, "Българска стопанска камара"}},
		[]ent{{kg.Association, "Словенска стопанска камара – Марибор"}})
	checkRels(t, g, []rel{{kg.PartnerIn, "Словенска стопанска камара – Марибор", "Речни мостове", "partner"}}, nil)
}
