package synth

import (
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func digest(docs []Doc) [32]byte {
	h := sha256.New()
	for _, d := range docs {
		h.Write([]byte(d.Name))
		h.Write([]byte{0})
		h.Write([]byte(d.Text))
		h.Write([]byte{0})
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func TestDeterministic(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"defaults", Config{Seed: 1, Docs: 60}},
		{"negative seed", Config{Seed: -7, Docs: 40}},
		{"explicit sizes", Config{Seed: 42, Docs: 80, Clusters: 12, Projects: 5, People: 30, Places: 3, Events: 9}},
		{"tiny world", Config{Seed: 3, Docs: 30, Clusters: 1, Associations: 1, Organisations: 1, Projects: 1, Programmes: 1, People: 1, Places: 1, Events: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Generate(tc.cfg), Generate(tc.cfg)
			if len(a) != tc.cfg.Docs {
				t.Fatalf("got %d docs, want %d", len(a), tc.cfg.Docs)
			}
			if digest(a) != digest(b) {
				for i := range a {
					if a[i] != b[i] {
						t.Fatalf("same config gave different bytes for %s", a[i].Name)
					}
				}
			}
			// A generator reproduces any single document on its own.
			g := NewGenerator(tc.cfg)
			if i := tc.cfg.Docs / 2; g.Doc(i) != a[i] {
				t.Errorf("Generator.Doc(%d) differs from Generate", i)
			}
			other := tc.cfg
			other.Seed++
			c := Generate(other)
			same := 0
			for i := range a {
				if a[i].Text == c[i].Text {
					same++
				}
			}
			if same > 0 {
				t.Errorf("seed %d and %d share %d identical documents", tc.cfg.Seed, other.Seed, same)
			}
		})
	}
}

func TestShape(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 300
	}
	cfg := Config{Seed: 7, Docs: n}
	g := NewGenerator(cfg)
	names := map[string]bool{}
	for i := range g.Len() {
		d, used := g.doc(i)
		if names[d.Name] || !strings.HasPrefix(d.Name, "synth-") || !strings.HasSuffix(d.Name, ".txt") {
			t.Fatalf("bad or duplicate name %q", d.Name)
		}
		names[d.Name] = true
		if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
			t.Fatalf("%s: empty or invalid UTF-8", d.Name)
		}
		if w := countWords(d.Text); w < 150 || w > 600 {
			t.Errorf("%s: %d words, want 150..600", d.Name, w)
		}
		if len(used) < 4 || len(used) > 12 {
			t.Errorf("%s: %d sentences from templates, want 4..12", d.Name, len(used))
		}
		seen := map[int]bool{}
		for _, u := range used {
			if seen[u] {
				t.Errorf("%s: template %d used twice", d.Name, u)
			}
			seen[u] = true
		}
		// Doubled stops, space before punctuation, double spaces outside bullet indents.
		unindented := strings.ReplaceAll(d.Text, "\n  •", "\n•")
		if strings.Contains(d.Text, "..") || strings.Contains(d.Text, " ,") || strings.Contains(d.Text, " .") || strings.Contains(unindented, "  ") {
			t.Errorf("%s: punctuation glitch in\n%s", d.Name, d.Text)
		}
	}
}

func TestWordBounds(t *testing.T) {
	tests := []struct{ min, max int }{{150, 600}, {300, 700}, {100, 250}}
	for _, tc := range tests {
		docs := Generate(Config{Seed: 11, Docs: 200, MinWords: tc.min, MaxWords: tc.max})
		for _, d := range docs {
			if w := countWords(d.Text); w < tc.min || w > tc.max {
				t.Errorf("bounds %d..%d: %s has %d words", tc.min, tc.max, d.Name, w)
			}
		}
	}
}

// key is the part of a name that every rendering of it contains.
func key(n name) string {
	if n.inner != "" {
		return n.inner
	}
	return n.pre
}

func TestRecurrence(t *testing.T) {
	cfg := Config{Seed: 5, Docs: 1500}
	g := NewGenerator(cfg)
	docs := Generate(cfg)
	count := func(k string) int {
		c := 0
		for _, d := range docs {
			if strings.Contains(d.Text, k) {
				c++
			}
		}
		return c
	}
	var clusterHits []int
	for _, o := range g.w.clusters {
		clusterHits = append(clusterHits, count(key(g.w.orgs[o].nm)))
	}
	slices.Sort(clusterHits)
	slices.Reverse(clusterHits)
	if top := clusterHits[0]; top < len(docs)/20 {
		t.Errorf("most popular cluster is in %d of %d documents, want at least 5%%", top, len(docs))
	}
	if clusterHits[9] < 20 {
		t.Errorf("10th most popular cluster is in only %d documents", clusterHits[9])
	}
	mentioned := 0
	for _, h := range clusterHits {
		if h > 0 {
			mentioned++
		}
	}
	if mentioned < len(clusterHits)/2 {
		t.Errorf("only %d of %d clusters are mentioned at all", mentioned, len(clusterHits))
	}
	best := 0
	for _, p := range g.w.projects {
		best = max(best, count(p.acr))
	}
	if best < len(docs)/20 {
		t.Errorf("most popular project is in %d documents", best)
	}
	best = 0
	for _, p := range g.w.people {
		best = max(best, count(p.last))
	}
	if best < 30 {
		t.Errorf("most popular person is in %d documents", best)
	}
}

func TestTemplateVariety(t *testing.T) {
	if len(templates) < 30 {
		t.Fatalf("only %d templates", len(templates))
	}
	g := NewGenerator(Config{Seed: 9, Docs: 1000})
	uses := make([]int, len(templates))
	for i := range g.Len() {
		_, used := g.doc(i)
		for _, u := range used {
			uses[u]++
		}
	}
	for i, n := range uses {
		if n == 0 {
			t.Errorf("template %d never used in %d documents", i, g.Len())
		}
	}
	// Quote styles vary across documents.
	styles := 0
	text := strings.Join(func() []string {
		var s []string
		for i := range 300 {
			s = append(s, g.Doc(i).Text)
		}
		return s
	}(), "")
	for _, q := range []string{"„", "“", "”", "«", "\""} {
		if strings.Contains(text, q) {
			styles++
		}
	}
	if styles < 4 {
		t.Errorf("only %d quote characters in use", styles)
	}
}

func TestNoSeedNames(t *testing.T) {
	// Names of the real organisations and projects in seeds/ must not be reproduced.
	banned := []string{"Зелена синергия", "Зелена Синергия", "TRACE-KEI", "(АБК)", " АБК ", "DanuBioValNet", "Морски клъстер България",
		"Български мебелен клъстер", "FORESDA", "BLUE NET", "ИАНМСП", "Рангелов", "Кехайов"}
	for _, d := range Generate(Config{Seed: 2, Docs: 1000}) {
		for _, b := range banned {
			if strings.Contains(d.Text, b) {
				t.Errorf("%s contains seed name %q", d.Name, b)
			}
		}
	}
}

func TestDefaults(t *testing.T) {
	tests := []struct {
		in   Config
		want Config
	}{
		{Config{Docs: 10000}, Config{Docs: 10000, Clusters: 333, Associations: 5, Organisations: 666, Projects: 400, Programmes: len(programmes), People: 1250, Places: 166, Events: 1666, MinWords: 150, MaxWords: 600}},
		{Config{Docs: 10}, Config{Docs: 10, Clusters: 40, Associations: 4, Organisations: 60, Projects: 30, Programmes: len(programmes), People: 80, Places: 20, Events: 40, MinWords: 150, MaxWords: 600}},
		{Config{Docs: 10, Clusters: -3, People: 7, MinWords: 200, MaxWords: 210}, Config{Docs: 10, Clusters: 40, Associations: 4, Organisations: 60, Projects: 30, Programmes: len(programmes), People: 7, Places: 20, Events: 40, MinWords: 200, MaxWords: 300}},
	}
	for _, tc := range tests {
		if got := tc.in.withDefaults(); got != tc.want {
			t.Errorf("withDefaults(%+v)\n got %+v\nwant %+v", tc.in, got, tc.want)
		}
	}
	if d := Generate(Config{Seed: 1}); len(d) != 0 {
		t.Errorf("Docs 0 gave %d documents", len(d))
	}
	if d := Generate(Config{Seed: 1, Docs: -5}); len(d) != 0 {
		t.Errorf("Docs -5 gave %d documents", len(d))
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	cfg := Config{Seed: 4, Docs: 25}
	if err := WriteDir(context.Background(), dir, cfg); err != nil {
		t.Fatal(err)
	}
	want := Generate(cfg)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(want) { // also catches leftover temporary files
		t.Fatalf("%d files, want %d", len(entries), len(want))
	}
	for _, d := range want {
		b, err := os.ReadFile(filepath.Join(dir, d.Name))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != d.Text {
			t.Errorf("%s on disk differs from Generate", d.Name)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WriteDir(ctx, t.TempDir(), cfg); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v", err)
	}

	file := filepath.Join(t.TempDir(), "plain")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err = WriteDir(context.Background(), filepath.Join(file, "sub"), cfg)
	if err == nil || !strings.Contains(err.Error(), "plain") {
		t.Errorf("output under a file: got %v, want an error naming the path", err)
	}
}

func BenchmarkDoc(b *testing.B) {
	g := NewGenerator(Config{Seed: 1, Docs: 10000})
	b.ResetTimer()
	var n int64
	for i := 0; b.Loop(); i++ {
		n += int64(len(g.Doc(i % 10000).Text))
	}
	b.SetBytes(n / int64(max(b.N, 1)))
}

func BenchmarkWorld10k(b *testing.B) {
	for b.Loop() {
		NewGenerator(Config{Seed: 1, Docs: 10000})
	}
}

// TestFactsConsistent reads facts back from the text and checks them against
// the world: documents must agree with one another for the graph to make sense.
func TestFactsConsistent(t *testing.T) {
	cfg := Config{Seed: 13, Docs: 1500}
	g := NewGenerator(cfg)
	plain := strings.NewReplacer("„", "", "“", "", "”", "", "«", "", "»", "", "\"", "")
	byName := map[string]int{}
	for i, o := range g.w.orgs {
		byName[o.nm.render(quotes{}, true)] = i
		if o.acr != "" {
			byName[o.acr] = i
		}
	}
	lookup := func(s string) (int, bool) {
		s = plain.Replace(strings.TrimSpace(s))
		if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
			s = s[:i] // drop an acronym introduction
		}
		i, ok := byName[s]
		return i, ok
	}
	var members, bullets int
	for _, d := range Generate(cfg) {
		for _, line := range strings.Split(d.Text, "\n") {
			// Bullet partner lines: "  • NAME, България" or "  • NAME от COUNTRY".
			if rest, ok := strings.CutPrefix(line, "  • "); ok {
				rest = strings.TrimSuffix(rest, " – координатор на проекта")
				rest = strings.TrimSuffix(rest, " – водещ партньор на проекта")
				if nm, ok := strings.CutSuffix(rest, ", България"); ok {
					o, found := lookup(nm)
					if !found || g.w.orgs[o].country != 0 {
						t.Errorf("%s: %q is not a Bulgarian organisation of the world", d.Name, nm)
					}
				} else if i := strings.LastIndex(rest, " от "); i > 0 {
					o, found := lookup(rest[:i])
					if !found || countries[g.w.orgs[o].country].name != rest[i+len(" от "):] {
						t.Errorf("%s: wrong country in %q", d.Name, line)
					}
				} else {
					t.Errorf("%s: unexpected partner line %q", d.Name, line)
				}
				bullets++
			}
			// Membership: "X е член на Y от YYYY г."
			for _, sentence := range strings.SplitAfter(line, ". ") {
				x, rest, ok := strings.Cut(sentence, " е член на ")
				if !ok {
					continue
				}
				y, _, _ := strings.Cut(rest, " от ")
				xi, ok1 := lookup(x)
				yi, ok2 := lookup(y)
				if !ok1 || !ok2 || g.w.orgs[xi].memberOf != yi {
					t.Errorf("%s: membership not in the world: %q", d.Name, sentence)
				}
				members++
			}
		}
	}
	if members < 20 || bullets < 100 {
		t.Errorf("too few facts checked: %d memberships, %d partner lines", members, bullets)
	}
}

func TestWorldNamesUnique(t *testing.T) {
	for _, cfg := range []Config{{Seed: 1, Docs: 10000}, {Seed: 8, Docs: 50}, {Seed: 3, Docs: 10, Clusters: 900, Organisations: 1200}} {
		w := NewGenerator(cfg).w
		seen := map[string]bool{}
		add := func(kind, s string) {
			if s == "" {
				return
			}
			// A trailing number means the name space ran out and a
			// disambiguator was appended; at these sizes it must not happen.
			if f := strings.Fields(s); strings.Trim(f[len(f)-1], "0123456789") == "" && len(f) > 1 {
				t.Errorf("seed %d: %s name %q needed a number to be unique", cfg.Seed, kind, s)
			}
			if seen[s] {
				t.Errorf("seed %d: %s name %q used twice", cfg.Seed, kind, s)
			}
			seen[s] = true
		}
		for _, o := range w.orgs {
			add("organisation", o.nm.render(quotes{}, true))
			add("acronym", o.acr)
		}
		for _, p := range w.people {
			add("person", p.first+" "+p.last)
		}
		for _, p := range w.projects {
			add("project", p.acr)
		}
	}
}

func TestWorldTimeline(t *testing.T) {
	w := NewGenerator(Config{Seed: 21, Docs: 3000}).w
	linked := 0
	for i, e := range w.events {
		if e.end.Before(e.start) {
			t.Errorf("event %d ends before it starts", i)
		}
		if e.project < 0 {
			continue
		}
		linked++
		p := w.projects[e.project]
		if e.start.Before(p.start) || e.start.After(p.start.AddDate(0, p.months, 0)) {
			t.Errorf("event %d on %s lies outside project %s (%s, %d months)", i, e.start.Format("2006-01-02"), p.acr, p.start.Format("2006-01"), p.months)
		}
	}
	if linked == 0 {
		t.Error("no event belongs to a project")
	}
	for _, p := range w.projects {
		pg := programmes[p.prog]
		if y := p.start.Year(); y < pg.from || y > pg.to {
			t.Errorf("project %s starts in %d, outside %s (%d-%d)", p.acr, y, pg.short, pg.from, pg.to)
		}
		if len(p.partners) == 0 || w.orgs[p.partners[0].org].kind == kAssoc {
			t.Errorf("project %s has no proper lead partner", p.acr)
		}
	}
}

func TestSmallWorlds(t *testing.T) {
	// Any positive sizes must work, however small or lopsided.
	for seed := range int64(40) {
		s := int(seed)
		cfg := Config{Seed: seed, Docs: 20, Clusters: 1 + s%5, Associations: 1 + s%2, Organisations: 1 + s%3,
			Projects: 1 + s%4, Programmes: 1 + s%3, People: 1 + s%6, Places: 1 + s%2, Events: 1 + s%5}
		for _, d := range Generate(cfg) {
			if w := countWords(d.Text); w < 150 || w > 600 || !utf8.ValidString(d.Text) {
				t.Errorf("seed %d %s: %d words", seed, d.Name, w)
			}
		}
	}
}
