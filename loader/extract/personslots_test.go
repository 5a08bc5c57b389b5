package extract

import (
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Invented names of many nationalities whose given names are on no list:
// the slot alone must make them persons.
var (
	slotNamesLatin = []string{"Kaito Tanaka", "Siobhan Kearney", "Arvid Lindqvist", "Thandiwe Mokoena", "Efua Mensah",
		"Jurgis Kalnins", "Tiago Ferreira", "Olga Shevchenko", "Kenan Yildiz"}
	slotNamesCyrillic = []string{"Каито Танака", "Шивон Кърни", "Арвид Линдквист", "Тандиве Мокоена", "Ефуа Менса",
		"Юргис Калнинш", "Тиаго Ферейра", "Олена Гриценко", "Кенан Йълмаз", "Хенрик Ларсен"}
)

// personSlotDoc wraps a sentence in a text with a title and a dateline.
func personSlotDoc(bg bool, sentence string) string {
	if bg {
		return "Морският клъстер проведе годишния си форум във Варна\n\nВарна, 28 юни 2024 г.\n\n" +
			"Годишният форум на морския клъстер се проведе във Варна. " + sentence
	}
	return "Maritime cluster holds its annual forum in Varna this week\n\nVarna, 28 June 2024\n\n" +
		"The annual forum of the maritime cluster took place in Varna. " + sentence
}

// TestPersonSlots checks that two capitalised words in a slot only a
// person fills are a person whatever the given name: before a role's
// apposition, as the one who speaks, as the agent of a passive of
// presenting, opening or moderating, and before "of" and a body.
func TestPersonSlots(t *testing.T) {
	frames := []struct {
		bg    bool
		frame string // {N} is the name
		want  []rel  // relations that must hold ({N} in from)
	}{
		// an apposition with a role and its body
		{false, "{N}, director of the Odesa Port Authority, opened the forum.", []rel{{kg.HoldsRole, "{N}", "Odesa Port Authority", "director"}}},
		{false, "Among the speakers was {N}, the managing director of Karadeniz Shipyards.", nil},
		{false, "{N}, CEO of Istanbul-based Deniz Teknik A.Ş., presented the new ferry.", []rel{{kg.HoldsRole, "{N}", "Deniz Teknik A.Ş", "ceo"}}},
		{true, "{N} – управител на Корабостроителница „Черно море“, сподели опита си.", nil},
		{true, "На форума говори {N} – изпълнителен директор на клъстера.", nil},
		// the one who speaks
		{false, "{N} said the cluster would grow next year.", nil},
		{false, "{N} noted that exports rose by a fifth.", nil},
		{false, "{N} has stressed that ports need skilled staff.", nil},
		{true, "{N} каза, че клъстерът ще расте.", nil},
		{true, "{N} подчерта значението на сътрудничеството.", nil},
		{true, "{N} сподели, че пристанищата имат нужда от кадри.", nil},
		{true, "{N} е заявила, че износът расте.", nil},
		{true, "{N} беше посочил, че износът расте.", nil},
		// the agent of a passive of presenting, opening, moderating
		{false, "Keynote speeches were delivered by {N} of Karadeniz Shipyards (Trabzon).", []rel{{kg.HoldsRole, "{N}", "Karadeniz Shipyards", ""}}},
		{false, "The panel was moderated by {N}.", nil},
		{false, "The forum was opened officially by {N}.", nil},
		{false, "The forum was opened by the mayor and by {N}.", nil},
		{true, "Форумът беше открит от {N}.", nil},
		{true, "Дискусията ще бъде модерирана от {N}.", nil},
		{true, "Презентацията беше изнесена от {N}.", nil},
		// a person of a body
		{false, "Speakers included {N} of Baltic Marine Institute.", []rel{{kg.HoldsRole, "{N}", "Baltic Marine Institute", ""}}},
		{true, "{N} от Университета в Кейптаун представи проекта.", []rel{{kg.HoldsRole, "{N}", "Университет в Кейптаун", ""}}},
		{true, "Вчера {N} от Морския клъстер на Ирландия представи проекта.", nil},
		// according to
		{true, "Според {N} клъстерът ще расте.", nil},
		{true, "Износът, според {N}, ще расте.", nil},
		{false, "According to {N}, exports rose by a fifth.", nil},
		// a noun only a person is: an age, an occupation, a nationality
		{true, "23-годишният {N} спечели конкурса за иновации.", nil},
		{true, "Фермерът {N} разказа за опита си с дроновете.", nil},
		{true, "Историкът {N} припомни основаването на пристанището.", nil},
		{true, "Испанката {N} представи проекта.", nil},
		{true, "Журналистката {N} попита за бюджета.", nil},
		{true, "Ирландецът {N} спечели наградата.", nil},
		{false, "The 40-year-old {N} founded the company in 2015.", nil},
		// a person's relative pronoun
		{true, "{N}, която ръководи отдела за иновации, представи проекта.", nil},
		{true, "На форума говори и {N}, който ръководи отдела за иновации.", nil},
		{false, "{N}, who heads the research unit, presented the project.", nil},
		// lists whose other items are people
		{true, "В дискусията участваха Иван Петров, {N} и Стоян Колев.", nil},
		{true, "В дискусията участваха {N} и Мария Иванова.", nil},
		{true, "Лектори бяха {N}, Ахмед Хасан и Лий Мин.", nil},
		{true, "Лектори на уебинара ще бъдат: {N} и Ахмед Хасан.", nil},
		{false, "Speakers included Ivan Petrov, {N} and Maria Ivanova.", nil},
		{false, "The speakers were {N} and Ahmed Hassan.", nil},
	}
	for _, f := range frames {
		pool := slotNamesLatin
		if f.bg {
			pool = slotNamesCyrillic
		}
		for _, name := range pool {
			text := personSlotDoc(f.bg, strings.ReplaceAll(f.frame, "{N}", name))
			_, g := extractTexts(t, "2024-06-28", text)
			if findEnt(g, kg.Person, name) == nil {
				t.Errorf("%q: no person %q in %v", f.frame, name, names(g))
				continue
			}
			for _, r := range f.want {
				r.from = strings.ReplaceAll(r.from, "{N}", name)
				if !hasRel(g, r) {
					t.Errorf("%q with %q: no %s %s -> %s", f.frame, name, r.typ, r.from, r.to)
				}
			}
		}
	}
}

// TestPersonSlotsNotBodies checks that the slots do not make persons of
// bodies and common words written in them.
func TestPersonSlotsNotBodies(t *testing.T) {
	cases := []struct {
		bg       bool
		sentence string
		notPer   string
		want     kg.EntityType // a type the name must have instead ("" for none)
		wantName string
	}{
		// a Latin name in a Bulgarian sentence is more often a body or a medium
		{true, "Nordic Econometrics заяви, че износът ще расте.", "Nordic Econometrics", "", ""},
		{true, "Резултатите, представени от Nordic Econometrics, са обнадеждаващи.", "Nordic Econometrics", "", ""},
		// a particle and a capital go on with a body's name
		{false, "The workshop was opened by Associação Têxtil do Norte.", "Associação Têxtil", "", ""},
		// a complement before "of the" is no person
		{false, "Prof. Ana Marin, Vice-Rector for International Cooperation of the Baltic Marine University, welcomed the students.", "International Cooperation", kg.Person, "Ana Marin"},
		// a word the text writes in lower case, an articled noun
		{true, "Самата Платформа заяви, че платформа за морски данни ще бъде създадена.", "Самата Платформа", "", ""},
		// a town in brackets after a body is a place, and the body ends before the person's "of"
		{false, "Keynote speeches were delivered by Arvid Lindqvist of Nordhavn Shipyards (Gdynia).", "Lindqvist of Nordhavn Shipyards", kg.Organization, "Nordhavn Shipyards"},
		// a body a person is of is no item of a list of people
		{false, "Ivan Petrov of Orbix Medica and Elena Georgieva of the Medical University were elected vice-chairs.", "Orbix Medica", "", ""},
		// a capitalised word before a head with its article is no modifier of it
		{true, "Според Хенрик Ларсен клъстерът ще расте.", "Ларсен клъстер", kg.Person, "Хенрик Ларсен"},
		// "X-based": the place before the hyphen
		{false, "Speakers included Efua Mensah, CEO of Gdynia-based Nordhavn Shipyards.", "Gdynia", kg.Organization, "Nordhavn Shipyards"},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2024-06-28", personSlotDoc(c.bg, c.sentence))
		if findEnt(g, kg.Person, c.notPer) != nil || findEnt(g, kg.Cluster, c.notPer) != nil {
			t.Errorf("%q: %q read as a person: %v", c.sentence, c.notPer, names(g))
		}
		for _, typ := range []kg.EntityType{kg.Organization, kg.Association, kg.Cluster} {
			if strings.Contains(c.notPer, " of ") && findEnt(g, typ, c.notPer) != nil {
				t.Errorf("%q: %q read as a body: %v", c.sentence, c.notPer, names(g))
			}
		}
		if c.want != "" && findEnt(g, c.want, c.wantName) == nil {
			t.Errorf("%q: no %s %q in %v", c.sentence, c.want, c.wantName, names(g))
		}
	}
}
