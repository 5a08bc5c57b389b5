package extract

import (
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestMemberParaphrases: MEMBER_OF whatever the tense, the voice (the
// cluster unites its members, a member joins the cluster), the list
// punctuation or the language.
func TestMemberParaphrases(t *testing.T) {
	const intro = "Клъстер „Дунавска зелена енергия“ проведе общо събрание в Русе. "
	const introEn = "The Danube Green Energy Cluster held its general assembly in Ruse. "
	const cl, clEn = "Дунавска зелена енергия", "Danube Green Energy Cluster"
	const (
		A = "„Агро Юг“ ООД"
		B = "„Бета Солар“ ЕООД"
		C = "Община Тутракан"
	)
	an, bn, cn := "Агро Юг ООД", "Бета Солар ЕООД", "Община Тутракан"
	mem := func(x string) rel { return rel{kg.MemberOf, x, cl, ""} }
	memE := func(x string) rel { return rel{kg.MemberOf, x, clEn, ""} }
	aE, bE := "Agro Yug Ltd", "Beta Solar Ltd"
	var rows []paraRow
	for _, cop := range []string{"са", "бяха", "ще бъдат"} {
		rows = append(rows,
			paraRow{"members are, copula " + cop, intro + "Членове на клъстера " + cop + " " + A + ", " + B + " и " + C + ".", []rel{mem(an), mem(bn), mem(cn)}, nil},
			paraRow{"members are with colon, copula " + cop, intro + "Членове на клъстера " + cop + ": " + A + ", " + B + " и " + C + ".", []rel{mem(an), mem(bn), mem(cn)}, nil},
			paraRow{"among the members, copula " + cop, intro + "Сред членовете на клъстера " + cop + " " + A + " и " + B + ".", []rel{mem(an), mem(bn)}, nil},
			paraRow{"subjects are members, copula " + cop, intro + A + " и " + B + " " + cop + " членове на клъстера.", []rel{mem(an), mem(bn)}, nil},
		)
	}
	for _, cop := range []string{"е", "беше", "бе", "ще бъде", "стана", "става"} {
		rows = append(rows,
			paraRow{"subject is a member, verb " + cop, intro + A + " " + cop + " член на клъстера.", []rel{mem(an)}, nil},
		)
	}
	for _, v := range []string{"се присъедини към", "се присъединява към", "ще се присъедини към", "се присъединиха към"} {
		rows = append(rows,
			paraRow{"joined, verb " + v, intro + A + " " + v + " клъстера.", []rel{mem(an)}, nil},
		)
	}
	for _, v := range []string{"обединява", "обединяваше", "обедини", "включва"} {
		rows = append(rows,
			paraRow{"the cluster unites, verb " + v, intro + "Клъстерът " + v + " " + A + ", " + B + " и " + C + ".", []rel{mem(an), mem(bn), mem(cn)}, nil},
		)
	}
	rows = append(rows,
		paraRow{"members in bullets", intro + "Членове на клъстера са:\n• " + A + ";\n• " + B + ";\n• " + C + ".", []rel{mem(an), mem(bn), mem(cn)}, nil},
		paraRow{"new members after a dash", intro + "Нови членове на клъстера – " + A + " и " + B + ".", []rel{mem(an), mem(bn)}, nil},
		paraRow{"members are in the cluster", intro + "В клъстера членуват " + A + " и " + B + ".", []rel{mem(an), mem(bn)}, nil},
		paraRow{"passive: were admitted", intro + "За нови членове на клъстера бяха приети " + A + " и " + B + ".", []rel{mem(an), mem(bn)}, nil},
		paraRow{"admitted as members, a counted phrase and a colon", intro + "Клъстерът прие за членове три нови организации: " + A + ", " + B + " и " + C + ".", []rel{mem(an), mem(bn), mem(cn)}, nil},
		paraRow{"admitted as members, the list right after", intro + "Клъстерът прие за членове " + A + " и " + B + ".", []rel{mem(an), mem(bn)}, nil},
		paraRow{"en: admitted as members", introEn + "The cluster admitted as members two companies: Agro Yug Ltd and Beta Solar Ltd.", []rel{memE(aE), memE(bE)}, nil},
		paraRow{"became members, plural", intro + A + " и " + B + " станаха членове на клъстера.", []rel{mem(an), mem(bn)}, nil},
		paraRow{"named cluster as object", "Нова година за клъстерите край Дунав и в региона\n\nРусе, 28 юни 2024 г.\n\n" + A + " беше член на Клъстер „Дунавска зелена енергия“ от 2019 г.", []rel{mem(an)}, nil},
		paraRow{"en: joined", introEn + "Agro Yug Ltd joined the cluster in May.", []rel{memE(aE)}, nil},
		paraRow{"en: has joined", introEn + "Agro Yug Ltd has joined the cluster.", []rel{memE(aE)}, nil},
		paraRow{"en: will join", introEn + "Agro Yug Ltd will join the cluster.", []rel{memE(aE)}, nil},
		paraRow{"en: became a member", introEn + "Agro Yug Ltd became a member of the cluster.", []rel{memE(aE)}, nil},
		paraRow{"en: is a member", introEn + "Agro Yug Ltd is a member of the cluster.", []rel{memE(aE)}, nil},
		paraRow{"en: was a member", introEn + "Agro Yug Ltd was a member of the cluster.", []rel{memE(aE)}, nil},
		paraRow{"en: among its members are", introEn + "Among its members are Agro Yug Ltd and Beta Solar Ltd.", []rel{memE(aE), memE(bE)}, nil},
		paraRow{"en: among its members were", introEn + "Among its members were Agro Yug Ltd and Beta Solar Ltd.", []rel{memE(aE), memE(bE)}, nil},
		paraRow{"en: members include", introEn + "Its members include Agro Yug Ltd and Beta Solar Ltd.", []rel{memE(aE), memE(bE)}, nil},
		paraRow{"en: the cluster brings together", introEn + "The cluster brings together Agro Yug Ltd and Beta Solar Ltd.", []rel{memE(aE), memE(bE)}, nil},
		paraRow{"en: members are", introEn + "The members of the cluster are Agro Yug Ltd and Beta Solar Ltd.", []rel{memE(aE), memE(bE)}, nil},
		paraRow{"en: members will be", introEn + "The first members of the cluster will be Agro Yug Ltd and Beta Solar Ltd.", []rel{memE(aE), memE(bE)}, nil},
	)
	net := rel{kg.MemberOf, an, "Danube Cluster Network", ""}
	rows = append(rows,
		paraRow{"member also of", intro + "Клъстерът е член и на Danube Cluster Network.", []rel{{kg.MemberOf, cl, "Danube Cluster Network", ""}}, nil},
		paraRow{"also a member of", intro + A + " е също член на Danube Cluster Network.", []rel{net}, nil},
		paraRow{"was a member also of", intro + A + " беше член и на Danube Cluster Network.", []rel{net}, nil},
		paraRow{"partner in a network is a member", intro + A + " е партньор в мрежата Danube Cluster Network.", []rel{net}, []rel{{kg.PartnerIn, an, "Danube Cluster Network", ""}}},
		paraRow{"relative: which is a partner in the network", intro + "Срещата организира " + A + ", която е партньор в мрежата Danube Cluster Network.", []rel{net}, nil},
		paraRow{"en: is also a member of", introEn + "Agro Yug Ltd is also a member of the Danube Cluster Network.", []rel{{kg.MemberOf, aE, "Danube Cluster Network", ""}}, nil},
		paraRow{"en: partner in the network", introEn + "Agro Yug Ltd is a partner in the Danube Cluster Network.", []rel{{kg.MemberOf, aE, "Danube Cluster Network", ""}}, nil},
		paraRow{"en: among them, described", introEn + "The cluster brings together 40 members, among them the shipyard Varna Marine Ltd and the software company Seaway Labs Ltd.", []rel{memE("Varna Marine Ltd"), memE("Seaway Labs Ltd")}, nil},
		paraRow{"among them, described", intro + "Клъстерът обединява 40 членове, сред които корабостроителницата „Варна Марин“ АД и софтуерната компания „Сийуей Лабс“ ООД.", []rel{mem("Варна Марин АД"), mem("Сийуей Лабс ООД")}, nil},
	)
	runParaphrases(t, rows, kg.MemberOf)
}
