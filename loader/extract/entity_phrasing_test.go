package extract

import (
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// TestAcronymInitials checks that an acronym the text never defines is
// read as the organisation whose name it spells, whatever the inflection
// of the name and whether the head word is spelled or not.
func TestAcronymInitials(t *testing.T) {
	cases := []struct {
		text      string
		typ       kg.EntityType
		name, acr string
	}{
		{"Българският клъстер за информационни технологии е домакин. БКИТ покани партньори.",
			kg.Cluster, "Български клъстер за информационни технологии", "БКИТ"},
		{"Клъстер Мехатроника и автоматизация организира форум. По думите на КМА, форумът е успешен.",
			kg.Cluster, "Мехатроника и автоматизация", "КМА"},
		{"Клъстерът за кръгова икономика организира среща. Членовете на ККИ са 20.",
			kg.Cluster, "Клъстер за кръгова икономика", "ККИ"},
		{"The Bulgarian Water Technology Cluster hosted the forum. BWTC members presented projects.",
			kg.Cluster, "Bulgarian Water Technology Cluster", "BWTC"},
	}
	for _, c := range cases {
		_, g := extractTexts(t, "2026-05-01", c.text)
		e := findEnt(g, c.typ, c.name)
		if e == nil {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.name, names(g))
			continue
		}
		if e.Properties["acronym"] != c.acr {
			t.Errorf("%q: acronym %v, want %s", c.text, e.Properties["acronym"], c.acr)
		}
		for _, x := range g.Entities {
			if x.Name == c.acr {
				t.Errorf("%q: acronym %s kept as an entity of its own", c.text, c.acr)
			}
		}
	}
	// two organisations with the same initials: the acronym stays apart
	_, g := extractTexts(t, "2026-05-01", "Клъстер за кръгова икономика и Клъстер за креативни индустрии подписаха меморандум. ККИ ще координира.")
	for _, n := range []string{"Клъстер за кръгова икономика", "Клъстер за креативни индустрии"} {
		if e := findEnt(g, kg.Cluster, n); e != nil && e.Properties["acronym"] != nil {
			t.Errorf("ambiguous ККИ given to %s", n)
		}
	}
}

func names(g *kg.Graph) string {
	var b []string
	for _, e := range g.Entities {
		b = append(b, string(e.Type)+":"+e.Name)
	}
	return strings.Join(b, "; ")
}
