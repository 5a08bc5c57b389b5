package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestWorldPlaces: foreign towns of the generated list (data/worldplaces.tsv)
// are places where the text names a place, in Bulgarian and Latin forms, the
// form as written a name of the place; words, given names, surnames and words of other names
// that share a town's form stay no place.
func TestWorldPlaces(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		places []string // Place entities the text must have
		not    []string // names that must be no Place
		rels   []rel
	}{
		{"Bulgarian form after в",
			"Клъстерът „Зелен бриз“ проведе работна среща в Торун през май.",
			[]string{"Торун"}, nil, nil},
		{"Bulgarian form after от, with its country",
			"На форума говориха експерти от Тулча, Румъния, и от Видин.",
			[]string{"Тулча"}, nil, []rel{{kg.PartOf, "Тулча", "Румъния", ""}}},
		{"a list of towns after a place",
			"Посетителите обиколиха лозята около Неготино и Кавадарци миналата седмица.",
			[]string{"Неготино", "Кавадарци"}, nil, nil},
		{"Latin form in English",
			"The next partner meeting of the Blue Harbour project will be held in Kotor in November.",
			[]string{"Kotor"}, nil, nil},
		{"Latin form with diacritics and its country",
			"The furniture maker Brenvale (Toruń, Poland) joined the cluster last year.",
			[]string{"Toruń"}, nil, nil},
		{"a town's other spelling is its name as written",
			"Делегацията посети завод в Инголщат, Германия.",
			[]string{"Инголщат"}, nil, nil},
		{"a surname shared with a town",
			"Презентацията изнесе Ингрид Холм, експерт по морски технологии.",
			nil, []string{"Холм"}, nil},
		{"a word of a company's name",
			"Among the exhibitors were the dairy Vetrena Mandra and the bakery Zlatna Niva.",
			nil, []string{"Mándra", "Mandra", "Nivå", "Niva"}, nil},
		{"a surname ending as Bulgarian surnames do",
			"Срещата откри Петър Славков, а после говори Явор Киров.",
			nil, []string{"Славков", "Киров"}, nil},
		{"a town's form only as written, not by its stem",
			"Докладът на Велина Марчева беше приет от Силвия Петкова.",
			nil, []string{"Марч", "Silvi"}, nil},
		{"an acronym in capitals is no town",
			"Председателят на БАКИ откри церемонията в София.",
			[]string{"София"}, []string{"Баки"}, nil},
		{"a common word opening a sentence",
			"Reading the report, the board agreed. Мост към бизнеса беше темата на срещата.",
			nil, []string{"Reading", "Мост"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, g := extractTexts(t, "2024-05-01", tc.text)
			checkRels(t, g, tc.rels, nil)
			has := func(name string) bool {
				for _, e := range g.Entities {
					if e.Type != kg.Place || len(e.Mentions) == 0 {
						continue
					}
					if e.Name == name || slices.Contains(e.Aliases, name) {
						return true
					}
				}
				return false
			}
			for _, p := range tc.places {
				if !has(p) {
					t.Errorf("no Place %q with a mention\n%s", p, dump(g))
				}
			}
			for _, p := range tc.not {
				if has(p) {
					t.Errorf("unexpected Place %q\n%s", p, dump(g))
				}
			}
		})
	}
}

// TestWorldPlacesLoad: the generated list adds towns without taking any
// form of the hand-made lists, common words or given names.
func TestWorldPlacesLoad(t *testing.T) {
	g := loadGazetteer()
	gen := 0
	for _, r := range g.genRecs {
		gen++
		words := g.genBlob[r.words : r.words+r.n]
		form := strings.ReplaceAll(words, "\x00", " ")
		if e := g.byKey[nameKey(form)]; e != nil && !e.gen {
			t.Errorf("generated form %q shadows the reference entry %q", form, e.name)
		}
		if !strings.Contains(words, "\x00") && g.lexiconWord(form) {
			t.Errorf("generated form %q is a lexicon word or given name", form)
		}
		if !g.genEntries[r.entry].gen || g.genEntries[r.entry].props["country"] == nil {
			t.Errorf("generated form %q: entry %+v", form, g.genEntries[r.entry])
		}
	}
	if gen < 10000 {
		t.Errorf("only %d generated town forms loaded", gen)
	}
	for _, tc := range []struct{ form, want string }{{"Брашов", "Брашов"}, {"Сплит", "Сплит"}} {
		if e := g.byKey[nameKey(tc.form)]; e == nil || e.gen || e.name != tc.want {
			t.Errorf("%q: want the hand-made entry %q, got %+v", tc.form, tc.want, e)
		}
	}
}
