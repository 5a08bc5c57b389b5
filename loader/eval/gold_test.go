package eval

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// inflections are the endings (articles, plural, oblique forms) by which a
// word in the text may differ from the same word in a gold name.
var inflections = []string{"ът", "ят", "а", "я", "та", "то", "те", "ите", "ата", "ята", "и", "ия", "ият"}

func sameForm(a, b string) bool {
	if a == b {
		return true
	}
	for _, s := range inflections {
		if a+s == b || b+s == a || dropVowel(a)+s == b || dropVowel(b)+s == a {
			return true
		}
	}
	return false
}

// dropVowel removes the fleeting vowel of a word ending in е or ъ plus a
// consonant: национален -> националн (националния), близък -> близк.
func dropVowel(w string) string {
	r := []rune(w)
	if n := len(r); n > 3 && (r[n-2] == 'е' || r[n-2] == 'ъ') {
		return string(r[:n-2]) + string(r[n-1])
	}
	return w
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// occursIn reports whether name is written in text, case-insensitively, up
// to punctuation, quotes and the inflectional endings of single words; or,
// for codes (names with digits), with all non-alphanumerics removed.
func occursIn(name, text string) bool {
	nw, tw := words(name), words(text)
	if len(nw) == 0 {
		return false
	}
	for i := 0; i+len(nw) <= len(tw); i++ {
		ok := true
		for j := range nw {
			if !sameForm(nw[j], tw[i+j]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	if !strings.ContainsFunc(name, unicode.IsDigit) {
		return false
	}
	return strings.Contains(strings.Join(tw, ""), strings.Join(nw, ""))
}

// townEventOccurs reports the name of one town's event of a series the
// text lists ("информационни дни ... на 18 юли във Варна" gives
// "информационен ден във Варна", the settled convention): its kind and its
// town each occur in the text.
func townEventOccurs(name, text string) bool {
	for _, prep := range []string{" във ", " в ", " in "} {
		if i := strings.LastIndex(name, prep); i > 0 {
			kind := name[:i]
			// the series in the plural: "дни" is the plural of "ден",
			// "workshops" of "workshop"
			plural := strings.TrimSuffix(kind, "ден") + "дни"
			if prep == " in " {
				plural = kind + "s"
			}
			return (occursIn(kind, text) || occursIn(plural, text)) && occursIn(name[i+len(prep):], text)
		}
	}
	return false
}

func TestOccursIn(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"Асоциация на бизнес клъстерите", "в общо събрание на Асоциацията на бизнес клъстерите (АБК)", true},
		{"Клъстер „Зелена синергия“", "Клъстер \"Зелена синергия\" участва", true},
		{"BG161PO003-2.4.02-0075-C0001", "№ BG 161 PO 003 – 2.4.02 – 0075 – C0001/26.09.2013", true},
		{"Зелена енергия", "Клъстер Зелена синергия", false},
		{"АБК", "АБКО и други", false},
		{"Национален клъстерен форум", "домакин на Националния клъстерен форум", true},
		{"Близък изток", "от Близкия изток", true},
	}
	for _, tc := range tests {
		if got := occursIn(tc.name, tc.text); got != tc.want {
			t.Errorf("occursIn(%q, %q) = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

type goldSet struct {
	name, texts, gold string
	minDocs           int
}

// minDocs is how many gold files each set holds at least, so a set that
// lost files fails; every set of SetNames must be listed here.
var minDocs = map[string]int{"seeds": 5, "dev": 15, "heldout": 12, "dev2": 15, "dev3": 15, "dev4": 15, "dev5": 15, "dev6": 15, "dev8": 15, "heldout7": 15, "dev9": 15, "dev10": 15, "dev11": 15, "heldout12": 15, "heldout13": 15, "heldout14": 15, "heldout15": 15}

// goldSets lists every set Run accepts, so a new set is checked as soon as
// it is added to SetNames.
func goldSets(t *testing.T) []goldSet {
	var out []goldSet
	for _, name := range SetNames() {
		texts, gold, err := SetDirs(name)
		if err != nil {
			t.Fatal(err)
		}
		n, ok := minDocs[name]
		if !ok {
			t.Fatalf("set %q has no minimum document count in minDocs", name)
		}
		out = append(out, goldSet{name, texts, gold, n})
	}
	return out
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// TestGoldFiles checks every gold file against its text: it parses and
// validates, every name and alias occurs in the text, event dates are ISO
// and every text of the set has its gold.
func TestGoldFiles(t *testing.T) {
	for _, set := range goldSets(t) {
		t.Run(set.name, func(t *testing.T) {
			golds, err := LoadGold(set.gold)
			if err != nil {
				t.Fatal(err)
			}
			if len(golds) < set.minDocs {
				t.Errorf("%d gold files in %s, want at least %d", len(golds), set.gold, set.minDocs)
			}
			texts, _ := filepath.Glob(filepath.Join(set.texts, "*.txt"))
			have := map[string]bool{}
			for _, g := range golds {
				have[g.Document] = true
			}
			for _, p := range texts {
				if !have[filepath.Base(p)] {
					t.Errorf("text %s has no gold file", p)
				}
			}
			for _, g := range golds {
				text, _, err := ReadText(filepath.Join(set.texts, g.Document))
				if err != nil {
					t.Errorf("%s: %v", g.Document, err)
					continue
				}
				if len(g.Entities) == 0 || len(g.Relations) == 0 {
					t.Errorf("%s: gold without entities or relations", g.Document)
				}
				for _, e := range g.Entities {
					for _, n := range e.Names() {
						if !occursIn(n, text) && !(e.Type == kg.Event && townEventOccurs(n, text)) {
							t.Errorf("%s: %s %q: name %q does not occur in the text", g.Document, e.Type, e.Name, n)
						}
					}
					for _, k := range []string{"start", "end"} {
						if v, ok := e.Properties[k]; ok && (e.Type != kg.Event || !isoDate.MatchString(v)) {
							t.Errorf("%s: %s %q: %s=%q must be an ISO date on an Event", g.Document, e.Type, e.Name, k, v)
						}
					}
				}
			}
		})
	}
}

// TestWrittenTexts checks the texts written for the dev and held-out sets
// are of the agreed size (150-500 words).
func TestWrittenTexts(t *testing.T) {
	for _, set := range goldSets(t) {
		if set.name == "seeds" {
			continue
		}
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.texts); err != nil {
				t.Fatal(err)
			}
			texts, _ := filepath.Glob(filepath.Join(set.texts, "*.txt"))
			for _, p := range texts {
				text, _, err := ReadText(p)
				if err != nil {
					t.Error(err)
					continue
				}
				if n := len(strings.Fields(text)); n < 150 || n > 500 {
					t.Errorf("%s: %d words, want 150-500", p, n)
				}
			}
		})
	}
}

func TestTownEventOccurs(t *testing.T) {
	const text = "МИР ще проведе информационни дни: на 16 юли в Русе и на 18 юли във Варна. Regional workshops in Ruse and Vidin."
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"информационен ден във Варна", true},
		{"информационен ден в Русе", true},
		{"информационен ден в Бургас", false}, // no such town in the text
		{"кръгла маса в Русе", false},         // no such kind
		{"regional workshop in Vidin", true},
		{"Варна", false},
	} {
		if got := townEventOccurs(tc.name, text); got != tc.want {
			t.Errorf("townEventOccurs(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
