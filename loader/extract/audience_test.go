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

// TestExhibitorFrames checks exhibitors (exhibiting in rules.go) on
// variants with invented names: the products fronted or after the verb, the
// exhibitors before or after it, past tense and future, Bulgarian and
// English, the fair named in the sentence or only in play. Showing
// products makes a participant, not a presenter.
func TestExhibitorFrames(t *testing.T) {
	const (
		leadBG = "Мебелният клъстер на изложение в Пловдив тази седмица\n\nПловдив, 12 март 2025 г.\n\nКлъстер „Горски занаят“ участва в изложението „Дървознание 2025“ в Пловдив.\n\n"
		leadEN = "Furniture cluster at a fair in Plovdiv this week\n\nPlovdiv, 12 March 2025\n\nThe Timbercraft Cluster took part in the fair “Woodlore 2025” in Plovdiv.\n\n"
		evBG   = "Дървознание 2025"
		evEN   = "Woodlore 2025"
	)
	a, b, c := "Явор Дизайн ООД", "Кленова стружка ЕООД", "Брезов дом АД"
	ae, be := "Maplewood Ltd", "Birchline Ltd"
	part := func(ev string, xs ...string) (want, not []rel) {
		for _, x := range xs {
			want = append(want, rel{kg.ParticipatedIn, x, ev, ""})
			not = append(not, rel{kg.PresentedAt, x, ev, ""})
		}
		return want, not
	}
	type row struct{ name, text string }
	bg := []row{
		{"fronted products, list after", "На щанда свои продукти показаха „Явор Дизайн“ ООД, „Кленова стружка“ ЕООД и „Брезов дом“ АД."},
		{"fronted products, described items", "На щанда на клъстера свои продукти показаха габровските „Явор Дизайн“ ООД и „Кленова стружка“ ЕООД, както и „Брезов дом“ АД от Севлиево."},
		{"products after the verb", "На общия щанд представиха своите продукти „Явор Дизайн“ ООД, „Кленова стружка“ ЕООД и „Брезов дом“ АД."},
		{"future", "Свои продукти на щанда ще покажат „Явор Дизайн“ ООД, „Кленова стружка“ ЕООД и „Брезов дом“ АД."},
		{"subject first, fair named", "„Явор Дизайн“ ООД, „Кленова стружка“ ЕООД и „Брезов дом“ АД представиха продукцията си на изложението „Дървознание 2025“."},
	}
	for _, r := range bg {
		t.Run("BG "+r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", leadBG+r.text)
			want, not := part(evBG, a, b, c)
			checkRels(t, g, want, not)
		})
	}
	en := []row{
		{"subject first", "Maplewood Ltd and Birchline Ltd showcased their products on the cluster's stand."},
		{"exhibited", "Maplewood Ltd and Birchline Ltd exhibited their products at Woodlore 2025."},
	}
	for _, r := range en {
		t.Run("EN "+r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", leadEN+r.text)
			want, not := part(evEN, ae, be)
			checkRels(t, g, want, not)
		})
	}
}

// TestHostApposed checks a host named in apposition to "домакин"/"host"
// (hostsNamed, discourse.go), with the body itself or a person's role in it,
// and that the host's greeting makes the person (and so the body) speak.
func TestHostApposed(t *testing.T) {
	const (
		leadBG = "Годишна среща на дървообработващия клъстер в Лозница\n\nЛозница, 12 март 2025 г.\n\nВчера в Лозница се проведе годишната среща на Клъстер „Горска искра“.\n\n"
		leadEN = "Timber cluster held its annual meeting in Lovech\n\nLovech, 12 March 2025\n\nThe annual meeting of the Lovech Timber Cluster took place in Lovech yesterday.\n\n"
		evBG   = "годишна среща на Горска искра"
		evEN   = "annual meeting"
	)
	host := func(org, ev string) []rel { return []rel{{kg.Organized, org, ev, "host"}} }
	rows := []struct {
		name, text string
		want       []rel
	}{
		{"BG role in apposition", leadBG + "Домакинът на срещата, ректорът на Лесотехническия университет проф. Стоянка Мирчева, приветства гостите.",
			append(host("Лесотехнически университет", evBG), rel{kg.PresentedAt, "Стоянка Мирчева", evBG, ""})},
		{"BG body in apposition", leadBG + "Домакинът, Лесотехническият университет, предостави залата си.", host("Лесотехнически университет", evBG)},
		{"BG no event complement", leadBG + "Домакинът, управителят на „Дъбов лист“ ООД Пламен Дюлгеров, откри срещата.", host("Дъбов лист ООД", evBG)},
		{"EN body in apposition", leadEN + "The host, Birchline Ltd, showed its new plant.", host("Birchline Ltd", evEN)},
		{"EN role in apposition", leadEN + "The host, the director of Birchline Ltd Plamen Dulgerov, welcomed the guests.", host("Birchline Ltd", evEN)},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", r.text)
			checkRels(t, g, r.want, nil)
		})
	}
}

// TestGroupFrame checks the composition of a visiting group (groupFrame,
// present.go) on variants with invented names: the verb of composition in
// Bulgarian and English, past and present, the members before or after a
// leader, bodies named themselves or by their representatives; all take
// part in the visit in play. A group of something else gives nothing.
func TestGroupFrame(t *testing.T) {
	const (
		leadEN = "Timber cluster delegation on a study visit to Graz\n\nSofia, 12 March 2025\n\nA delegation of the Lovech Timber Cluster was on a study visit to Graz, Austria, from 3 to 5 March. "
		leadBG = "Делегация на дървообработващия клъстер на посещение в Грац\n\nСофия, 12 март 2025 г.\n\nДелегация на Клъстер „Горска искра“ беше на учебно посещение в Грац, Австрия, от 3 до 5 март. "
		evEN   = "study visit"
		evBG   = "учебно посещение"
	)
	in := func(ev string, xs ...string) []rel {
		var out []rel
		for _, x := range xs {
			out = append(out, rel{kg.ParticipatedIn, x, ev, ""})
		}
		return out
	}
	rows := []struct {
		name, text string
		want, not  []rel
	}{
		{"EN led by and included representatives", leadEN + "The group was led by the cluster's chair, Dr. Boris Velev, and included representatives of Maplewood Ltd and of the University of Forestry.",
			in(evEN, "Boris Velev", "Maplewood Ltd", "University of Forestry"), nil},
		{"EN members of the delegation were", leadEN + "Members of the delegation were Maplewood Ltd, Birchline Ltd and the University of Forestry.",
			in(evEN, "Maplewood Ltd", "Birchline Ltd", "University of Forestry"), nil},
		{"EN consisted of", leadEN + "The Bulgarian group consisted of Maplewood Ltd, Birchline Ltd and the University of Forestry.",
			in(evEN, "Maplewood Ltd", "Birchline Ltd", "University of Forestry"), nil},
		{"EN includes, present tense", leadEN + "The delegation includes Maplewood Ltd and Birchline Ltd.", in(evEN, "Maplewood Ltd", "Birchline Ltd"), nil},
		{"EN headed by", leadEN + "The delegation was headed by Boris Velev.", in(evEN, "Boris Velev"), nil},
		{"EN a group of something else", leadEN + "A group of companies, including Maplewood Ltd, wrote to the ministry.", nil, in(evEN, "Maplewood Ltd")},
		{"BG led and included representatives", leadBG + "Групата беше водена от председателя на клъстера д-р Борис Велев и включваше представители на „Явор Дизайн“ ООД и на Лесотехническия университет.",
			in(evBG, "Борис Велев", "Явор Дизайн ООД", "Лесотехнически университет"), nil},
		{"BG in the composition", leadBG + "В състава на делегацията влизаха „Явор Дизайн“ ООД, „Кленова стружка“ ЕООД и Лесотехническият университет.",
			in(evBG, "Явор Дизайн ООД", "Кленова стружка ЕООД", "Лесотехнически университет"), nil},
		{"BG described group included", leadBG + "Българската делегация включваше „Явор Дизайн“ ООД и „Кленова стружка“ ЕООД.", in(evBG, "Явор Дизайн ООД", "Кленова стружка ЕООД"), nil},
		{"BG consisted of", leadBG + "Групата се състоеше от „Явор Дизайн“ ООД и „Кленова стружка“ ЕООД.", in(evBG, "Явор Дизайн ООД", "Кленова стружка ЕООД"), nil},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", r.text)
			checkRels(t, g, r.want, r.not)
		})
	}
	// the hosts speak to the group
	for _, s := range []string{
		"Hannes Moser, director of the Graz Energy Agency, told the visitors about district heating.",
		"Hannes Moser, director of the Graz Energy Agency, guided the delegation through the plant.",
		"Hannes Moser, director of the Graz Energy Agency, welcomed the delegation.",
	} {
		t.Run("EN host to the group "+s, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", leadEN+s)
			checkRels(t, g, []rel{{kg.PresentedAt, "Hannes Moser", evEN, ""}, {kg.PresentedAt, "Graz Energy Agency", evEN, ""}}, nil)
		})
	}
}

// TestRepresentativeTold checks that a body whose representative or expert
// (one or several) told or showed something at the event presents there
// (representativesTold, discourse.go), the noun opening the sentence.
func TestRepresentativeTold(t *testing.T) {
	const (
		leadBG = "Годишна среща на дървообработващия клъстер в Лозница\n\nЛозница, 12 март 2025 г.\n\nВчера в Лозница се проведе форумът „Горски диалог 2025“. "
		leadEN = "Wood cluster held its annual forum in Lovech\n\nLovech, 12 March 2025\n\nThe forum “Timber Dialogue 2025” took place in Lovech yesterday. "
	)
	rows := []struct{ name, text, body, ev string }{
		{"BG singular", leadBG + "Представител на Агенция „Горски ресурси“ представи новата стратегия.", "Горски ресурси", "Горски диалог 2025"},
		{"BG singular future", leadBG + "Представител на Агенция „Горски ресурси“ ще представи новата стратегия.", "Горски ресурси", "Горски диалог 2025"},
		{"BG expert", leadBG + "Експерт от Агенция „Горски ресурси“ сподели опита на агенцията.", "Горски ресурси", "Горски диалог 2025"},
		{"BG plural", leadBG + "Представители на Агенция „Горски ресурси“ представиха новата стратегия.", "Горски ресурси", "Горски диалог 2025"},
		{"EN singular", leadEN + "A representative of the Timber Agency presented the new strategy.", "Timber Agency", "Timber Dialogue 2025"},
		{"EN plural", leadEN + "Representatives of the Timber Agency shared their plans.", "Timber Agency", "Timber Dialogue 2025"},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", r.text)
			checkRels(t, g, []rel{{kg.PresentedAt, r.body, r.ev, ""}}, nil)
		})
	}
}

// TestSigningWithinFair checks that signatories and those in whose presence
// a document was signed take part in the text's signing event, also when
// the sentence before named the fair the signing was part of and the
// signing is named only after them (invented names).
func TestSigningWithinFair(t *testing.T) {
	const lead = "Меморандум между два клъстера подписан на изложение в Пловдив\n\nПловдив, 12 март 2025 г.\n\n" +
		"В рамките на изложението „Дървознание 2025“ вчера беше подписан меморандум между Клъстер „Горска искра“ и Клъстер „Кленов лист“.\n\n"
	const ev = "церемония по подписването"
	rows := []struct {
		name, text string
		want       []rel
	}{
		{"signatories after the verb, ceremony named next", lead + "Документа подписаха председателят на „Горска искра“ Борис Велев и управителят на „Кленов лист“ Стоянка Мирчева. Церемонията по подписването се състоя на щанда на клъстера.",
			[]rel{{kg.ParticipatedIn, "Борис Велев", ev, ""}, {kg.ParticipatedIn, "Стоянка Мирчева", ev, ""}}},
		{"in the presence of", lead + "Церемонията по подписването се състоя на щанда на клъстера, в присъствието на заместник-министъра на земеделието Пламен Дюлгеров.",
			[]rel{{kg.ParticipatedIn, "Пламен Дюлгеров", ev, ""}}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", r.text)
			checkRels(t, g, r.want, []rel{{kg.ParticipatedIn, "Борис Велев", "Дървознание 2025", ""}})
		})
	}
	const leadEN = "Timber cluster forum in Lovech\n\nLovech, 12 March 2025\n\nThe forum “Timber Dialogue 2025” took place in Lovech yesterday. "
	t.Run("EN in the presence of", func(t *testing.T) {
		_, g := extractTexts(t, "2025-03-12", leadEN+"The forum was held in the presence of Plamen Dulgerov, deputy minister of agriculture.")
		checkRels(t, g, []rel{{kg.ParticipatedIn, "Plamen Dulgerov", "Timber Dialogue 2025", ""}}, nil)
	})
}

// TestStandHost checks that the body whose stand a ceremony took place on
// hosts the ceremony, but not the fair the stand stood at.
func TestStandHost(t *testing.T) {
	const lead = "Меморандум между два клъстера подписан на изложение в Пловдив\n\nПловдив, 12 март 2025 г.\n\n" +
		"В рамките на изложението „Дървознание 2025“ вчера беше подписан меморандум между Клъстер „Горска искра“ и Клъстер „Кленов лист“.\n\n"
	rows := []struct {
		name, text string
		want, not  []rel
	}{
		{"ceremony on a ministry's stand", lead + "Церемонията по подписването се състоя на щанда на Министерството на земеделието.",
			[]rel{{kg.Organized, "Министерство на земеделието", "церемония по подписването", "host"}}, nil},
		{"products on a cluster's stand at the fair", lead + "Девет фирми показаха продуктите си на общия щанд на Клъстер „Горска искра“ на изложението „Дървознание 2025“.",
			nil, []rel{{kg.Organized, "Горска искра", "Дървознание 2025", "host"}}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			_, g := extractTexts(t, "2025-03-12", r.text)
			checkRels(t, g, r.want, r.not)
		})
	}
}
