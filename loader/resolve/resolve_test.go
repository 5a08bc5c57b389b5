package resolve

import (
	"strings"
	"testing"
	"unicode"

	"github.com/clustergraph/clustergraph/loader/kg"
)

func TestKeyMergesVariants(t *testing.T) {
	groups := [][]string{
		{"Асоциацията на бизнес клъстерите", "Асоциация на бизнес клъстерите", "АСОЦИАЦИЯ НА БИЗНЕС КЛЪСТЕРИТЕ"},
		{"„Зелена синергия“", "\"Зелена синергия\"", "«Зелена Синергия»", "Зелена синергия"},
		{"Оперативна програма „Иновации и конкурентоспособност“ 2014 – 2020", "Оперативна програма Иновации и конкурентоспособност 2014-2020"},
		{"Европейския фонд за регионално развитие", "Европейски фонд за регионално развитие"},
		{"Националният иновационен фонд", "Националния иновационен фонд"},
		{"конкурентоспособността", "конкурентоспособност"},
		{"Университета по хранителни технологии", "Университетът по хранителни технологии", "Университет по хранителни технологии"},
		{"БИОПРО", "BIOPRO"},
	}
	for _, g := range groups {
		k0 := Key(g[0])
		for _, s := range g[1:] {
			if k := Key(s); k != k0 {
				t.Errorf("Key(%q) = %q, Key(%q) = %q: want equal", g[0], k0, s, k)
			}
		}
	}
}

func TestKeyKeepsApart(t *testing.T) {
	pairs := [][2]string{
		{"Клъстер Зелена енергия", "Клъстер Зелена синергия"},
		{"Морски клъстер", "Мебелен клъстер"},
		{"ОПИК 2014-2020", "ОПИК 2021-2027"},
	}
	for _, p := range pairs {
		a, b := Key(p[0]), Key(p[1])
		if a == b || Similar(a, b) {
			t.Errorf("%q and %q would merge (%q, %q)", p[0], p[1], a, b)
		}
	}
}

func TestSimilar(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Зелена синергия", "Зелена Сингерия", true},
		{"Клъстер Мехатроника и автоматизация", "Клъстер Мехатроника и автомтизация", true},
		{"Зелена синергия", "Зелена енергия", false},
		{"Клъстер Изток", "Клъстер Запад", false},
		{"Програма 2014", "Програма 2015", false},
		{"ИКТ клъстер", "ИКТ клъстер", true},
		{"Синергия", "Сингерия", false}, // a single word is too little to call a slip
	}
	for _, tc := range tests {
		if got := Similar(Key(tc.a), Key(tc.b)); got != tc.want {
			t.Errorf("Similar(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{" „Зелена  синергия“ ", "Зелена синергия"},
		{"Оперативна програма „Иновации“ 2014 – 2020", "Оперативна програма „Иновации“ 2014-2020"},
		{"DARE.", "DARE"},
		{"TRACE-KEI", "TRACE-KEI"},
	}
	for _, tc := range tests {
		if got := Clean(tc.in); got != tc.want {
			t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIDStable(t *testing.T) {
	a := ID(kg.Cluster, Key("Клъстер „Зелена синергия“"))
	b := ID(kg.Cluster, Key("Клъстер Зелена синергия"))
	if a != b {
		t.Errorf("ids differ: %s %s", a, b)
	}
	if ID(kg.Cluster, "x") == ID(kg.Association, "x") {
		t.Error("type must be part of the id")
	}
}

// Lower must be strings.ToLower exactly (the extractor's output depends on
// it), for every rune and for text with invalid UTF-8.
func TestLowerIsToLower(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
	}
	for _, s := range []string{"", "ABC def", "Клъстер „ЗЕЛЕНА“ Ѐ Џ ЀЏ", "İSTANBUL ΑΘΉΝΑ Straße", "a\xffБ\xd0", "\xe2\x80", "ǅ ǈ ᾈ"} {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}

// IsQuote must report exactly the runes of quoteRunes.
func TestIsQuoteIsQuoteRunes(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := IsQuote(r), strings.ContainsRune(quoteRunes, r); got != want {
			t.Fatalf("IsQuote(%U) = %v, want %v", r, got, want)
		}
	}
}
