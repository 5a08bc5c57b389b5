package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/clustergraph/clustergraph/internal/dbtest"
	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

func TestMain(m *testing.M) {
	if os.Getenv("CG_CRASH_HELPER") == "1" {
		os.Exit(crashHelper())
	}
	os.Exit(dbtest.Main(m))
}

// builder makes small graphs by hand: mentions are found in the text, so
// every span is real.
type builder struct {
	g    kg.Graph
	ents map[string]int
}

func newBuilder() *builder {
	return &builder{g: kg.Graph{Extractor: kg.ExtractorInfo{Name: "test", Version: "1"}}, ents: map[string]int{}}
}

func (b *builder) doc(id, text string) *builder {
	b.g.Documents = append(b.g.Documents, kg.Document{ID: id, Path: id + ".txt", Title: id, Text: text, Hash: fmt.Sprintf("%x", len(text))})
	return b
}

func (b *builder) text(doc string) string {
	for _, d := range b.g.Documents {
		if d.ID == doc {
			return d.Text
		}
	}
	panic("no document " + doc)
}

func span(doc, text, sub string) kg.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %s", sub, doc))
	}
	start := len([]rune(text[:i]))
	return kg.Span{Document: doc, Start: start, End: start + len([]rune(sub)), Text: sub}
}

func eid(t kg.EntityType, name string) string { return string(t) + ":" + name }

// ent records that doc mentions the entity as surface.
func (b *builder) ent(doc string, t kg.EntityType, name, surface string) *builder {
	id := eid(t, name)
	i, ok := b.ents[id]
	if !ok {
		b.g.Entities = append(b.g.Entities, kg.Entity{ID: id, Type: t, Name: name, Aliases: []string{}, Properties: map[string]any{"latin": strings.ToLower(name)}})
		i = len(b.g.Entities) - 1
		b.ents[id] = i
	}
	b.g.Entities[i].Mentions = append(b.g.Entities[i].Mentions, span(doc, b.text(doc), surface))
	return b
}

func (b *builder) rel(doc string, t kg.RelationType, from, to string, props map[string]any, sentence string) *builder {
	b.g.Relations = append(b.g.Relations, kg.Relation{Type: t, From: from, To: to, Properties: props, Evidence: []kg.Span{span(doc, b.text(doc), sentence)}})
	return b
}

const (
	text1 = "Клъстер Алфа участва в проекта БЕТА. Проектът БЕТА е финансиран от Фонд Гама."
	text2 = "Клъстер Алфа е координатор на проекта БЕТА. Срещата се проведе във Варна."
	text3 = "Клъстер Делта участва в проекта БЕТА."
)

var (
	alfa  = eid(kg.Cluster, "Алфа")
	beta  = eid(kg.Project, "БЕТА")
	gama  = eid(kg.Programme, "Фонд Гама")
	delta = eid(kg.Cluster, "Делта")
	varna = eid(kg.Place, "Варна")
)

// corpus is three documents; d2 and d3 can be varied.
func corpus(text2, text3 string) *kg.Graph {
	b := newBuilder().doc("d1", text1).doc("d2", text2)
	b.ent("d1", kg.Cluster, "Алфа", "Клъстер Алфа").ent("d1", kg.Project, "БЕТА", "БЕТА").ent("d1", kg.Programme, "Фонд Гама", "Фонд Гама")
	b.rel("d1", kg.PartnerIn, alfa, beta, map[string]any{"role": "partner"}, "Клъстер Алфа участва в проекта БЕТА.")
	b.rel("d1", kg.FundedBy, beta, gama, nil, "Проектът БЕТА е финансиран от Фонд Гама.")
	b.ent("d2", kg.Cluster, "Алфа", "Клъстер Алфа").ent("d2", kg.Project, "БЕТА", "БЕТА")
	if strings.Contains(text2, "координатор") {
		b.rel("d2", kg.PartnerIn, alfa, beta, map[string]any{"role": "coordinator"}, "Клъстер Алфа е координатор на проекта БЕТА.")
	}
	if strings.Contains(text2, "Варна") {
		b.ent("d2", kg.Place, "Варна", "Варна")
	}
	if strings.Contains(text2, "участва") {
		b.rel("d2", kg.PartnerIn, alfa, beta, map[string]any{"role": "partner"}, "Клъстер Алфа участва в проекта БЕТА.")
	}
	if text3 != "" {
		b.doc("d3", text3)
		b.ent("d3", kg.Cluster, "Делта", "Клъстер Делта").ent("d3", kg.Project, "БЕТА", "БЕТА")
		b.rel("d3", kg.PartnerIn, delta, beta, map[string]any{"role": "partner"}, text3)
	}
	return &b.g
}

func TestSplit(t *testing.T) {
	g := corpus(text2, text3)
	facts := Split(g)
	if len(facts) != 3 {
		t.Fatalf("want 3 fact sets, got %d", len(facts))
	}
	byID := map[string]DocFacts{}
	for _, f := range facts {
		byID[f.Doc.ID] = f
	}
	tests := []struct {
		doc                 string
		ents, mentions, rel int
	}{
		{"d1", 3, 3, 2},
		{"d2", 3, 3, 1},
		{"d3", 2, 2, 1},
	}
	for _, tt := range tests {
		f := byID[tt.doc]
		if len(f.Entities) != tt.ents || len(f.Mentions) != tt.mentions || len(f.Relations) != tt.rel {
			t.Errorf("%s: %d entities, %d mentions, %d relations; want %d, %d, %d",
				tt.doc, len(f.Entities), len(f.Mentions), len(f.Relations), tt.ents, tt.mentions, tt.rel)
		}
	}
	// The same input gives the same hashes; a changed entity property
	// changes the hash of every document that mentions the entity.
	again := Split(corpus(text2, text3))
	for i := range facts {
		if facts[i].Hash != again[i].Hash {
			t.Errorf("%s: hash not deterministic", facts[i].Doc.ID)
		}
	}
	g2 := corpus(text2, text3)
	for i := range g2.Entities {
		if g2.Entities[i].ID == delta {
			g2.Entities[i].Aliases = []string{"Делта-клъстер"}
		}
	}
	changed := Split(g2)
	for i := range facts {
		want := facts[i].Doc.ID == "d3"
		if got := facts[i].Hash != changed[i].Hash; got != want {
			t.Errorf("%s: hash changed = %v after an alias of Делта changed, want %v", facts[i].Doc.ID, got, want)
		}
	}
	// Relations citing unknown documents or entities are dropped, not fatal.
	g2.Relations = append(g2.Relations, kg.Relation{Type: kg.HeldIn, From: "nope", To: varna, Evidence: []kg.Span{{Document: "d1"}}},
		kg.Relation{Type: kg.HeldIn, From: alfa, To: beta, Evidence: []kg.Span{{Document: "missing"}}})
	if got := Split(g2); len(got[0].Relations) != 2 {
		t.Errorf("d1 has %d relations after adding broken ones, want 2", len(got[0].Relations))
	}
}

func mustDump(t *testing.T, db *dbtest.DB) string {
	t.Helper()
	d, err := Dump(context.Background(), db.Driver, db.Database)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustLoad(t *testing.T, db *dbtest.DB, g *kg.Graph, opt Options) Summary {
	t.Helper()
	s, err := NewWriter(db.Driver, db.Database, nil).Load(context.Background(), g, opt)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// cleanDump is the graph a load of g into an empty database gives.
func cleanDump(t *testing.T, db *dbtest.DB, g *kg.Graph) string {
	t.Helper()
	if err := db.Reset(context.Background()); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, db, g, Options{})
	return mustDump(t, db)
}

func TestLoadTwiceIsIdentical(t *testing.T) {
	db := dbtest.Open(t)
	g := corpus(text2, text3)
	s1 := mustLoad(t, db, g, Options{})
	if s1.DocsNew != 3 || s1.NodesCreated != 3+5 {
		t.Errorf("first load: %+v; want 3 new documents and 8 nodes", s1)
	}
	d1 := mustDump(t, db)
	s2 := mustLoad(t, db, corpus(text2, text3), Options{})
	if s2.DocsUnchanged != 3 || s2.DocsNew+s2.DocsChanged != 0 || s2.PropertiesSet+s2.NodesCreated+s2.RelsCreated+s2.NodesDeleted+s2.RelsDeleted != 0 {
		t.Errorf("second load wrote something: %+v", s2)
	}
	if d2 := mustDump(t, db); d2 != d1 {
		t.Errorf("graph changed on reload:\n--- first\n%s\n--- second\n%s", d1, d2)
	}
	// The shared PARTNER_IN edge carries evidence from both documents.
	res, err := neo4j.ExecuteQuery(context.Background(), db.Driver,
		"MATCH (:Entity {id: $a})-[r:PARTNER_IN {key: 'partner'}]->(:Entity {id: $b}) RETURN r.docs AS docs, r.evTexts AS texts, r.role AS role",
		map[string]any{"a": alfa, "b": beta}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 1 {
		t.Fatalf("want one partner edge, got %d", len(res.Records))
	}
	m := res.Records[0].AsMap()
	if fmt.Sprint(m["docs"]) != "[d1]" || m["role"] != "partner" {
		t.Errorf("partner edge %v", m)
	}
}

func TestChangedDocumentReplacesOnlyItsFacts(t *testing.T) {
	tests := []struct {
		name string
		// legacy strips the relationship lists from the stored documents,
		// as a database written before they existed has them.
		legacy bool
	}{
		{"documents list their relationships", false},
		{"documents written without the list", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := dbtest.Open(t)
			mustLoad(t, db, corpus(text2, text3), Options{})
			if tt.legacy {
				stripRelLists(t, db)
			}
			// d2 drops the coordinator claim and Варна, and now says "участва".
			changed := "Клъстер Алфа участва в проекта БЕТА. Друго."
			g2 := corpus(changed, text3)
			s := mustLoad(t, db, g2, Options{})
			if s.DocsChanged != 1 || s.DocsUnchanged != 2 {
				t.Errorf("summary %+v; want 1 changed, 2 unchanged", s)
			}
			if tt.legacy {
				stripRelLists(t, db)
			}
			got := mustDump(t, db)
			want := cleanDump(t, db, g2)
			if tt.legacy {
				stripRelLists(t, db)
				want = mustDump(t, db)
			}
			if got != want {
				t.Errorf("incremental result differs from a clean load:\n--- incremental\n%s\n--- clean\n%s", got, want)
			}
			if strings.Contains(got, "Варна") || strings.Contains(got, "coordinator") {
				t.Error("facts only the old d2 supported survived")
			}
			if !strings.Contains(got, `"docs":["d1","d2"]`) {
				t.Errorf("the partner edge should now be supported by d1 and d2:\n%s", got)
			}
		})
	}
}

func stripRelLists(t *testing.T, db *dbtest.DB) {
	t.Helper()
	_, err := neo4j.ExecuteQuery(context.Background(), db.Driver, "MATCH (d:Document) REMOVE d.relTypes, d.relFroms, d.relTos, d.relKeys",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
	if err != nil {
		t.Fatal(err)
	}
}

func TestPrune(t *testing.T) {
	db := dbtest.Open(t)
	mustLoad(t, db, corpus(text2, text3), Options{})
	without := corpus(text2, "")
	s := mustLoad(t, db, without, Options{})
	if s.DocsPruned != 0 || !strings.Contains(mustDump(t, db), "Делта") {
		t.Fatalf("without --prune a missing document must stay: %+v", s)
	}
	s = mustLoad(t, db, without, Options{Prune: true})
	if s.DocsPruned != 1 {
		t.Errorf("pruned %d documents, want 1", s.DocsPruned)
	}
	got := mustDump(t, db)
	if strings.Contains(got, "Делта") || strings.Contains(got, `"id":"d3"`) {
		t.Error("pruned document's facts survived")
	}
	if !strings.Contains(got, beta) {
		t.Error("shared project БЕТА was deleted with the pruned document")
	}
	if want := cleanDump(t, db, without); got != want {
		t.Errorf("pruned graph differs from a clean load:\n--- pruned\n%s\n--- clean\n%s", got, want)
	}
}

func TestUnreachableDatabaseFailsClearly(t *testing.T) {
	drv, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth(), func(c *config.Config) {
		c.MaxTransactionRetryTime = 100 * time.Millisecond
	})
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(context.Background())
	w := NewWriter(drv, "neo4j", nil)
	w.Retries, w.RetryBase = 2, 10*time.Millisecond
	_, err = w.Load(context.Background(), corpus(text2, text3), Options{})
	if err == nil || !strings.Contains(err.Error(), "unreachable after 3 attempts") {
		t.Errorf("want a clear unreachable error after 3 attempts, got %v", err)
	}
}

// bigGraph is a deterministic synthetic graph of n documents over a shared
// pool of entities, for crash tests and benchmarks.
func bigGraph(n int, seed uint64) *kg.Graph {
	r := rand.New(rand.NewPCG(seed, 1))
	types := []kg.EntityType{kg.Cluster, kg.Organization, kg.Project, kg.Programme, kg.Person, kg.Place, kg.Event}
	pool := n / 2
	if pool < 20 {
		pool = 20
	}
	g := &kg.Graph{Extractor: kg.ExtractorInfo{Name: "test", Version: "1"}}
	ents := make([]kg.Entity, pool)
	for i := range ents {
		t := types[i%len(types)]
		name := fmt.Sprintf("%s %d", t, i)
		ents[i] = kg.Entity{ID: eid(t, name), Type: t, Name: name, Aliases: []string{fmt.Sprintf("E%d", i)}, Properties: map[string]any{"latin": strings.ToLower(name)}}
	}
	z := rand.NewZipf(rand.New(rand.NewPCG(seed, 2)), 1.2, 4, uint64(pool-1))
	for d := 0; d < n; d++ {
		id := fmt.Sprintf("doc-%05d", d)
		var sb strings.Builder
		var picked []int
		for s := 0; s < 6; s++ {
			a, b := int(z.Uint64()), int(z.Uint64())
			if a == b {
				b = (b + 1) % pool
			}
			picked = append(picked, a, b)
			fmt.Fprintf(&sb, "%s работи с %s по тема %d. ", ents[a].Name, ents[b].Name, r.IntN(1000))
		}
		text := sb.String()
		g.Documents = append(g.Documents, kg.Document{ID: id, Path: id + ".txt", Title: id, Text: text, Hash: fmt.Sprintf("h%d", d)})
		for _, k := range picked {
			ents[k].Mentions = append(ents[k].Mentions, span(id, text, ents[k].Name+" "))
		}
		for s := 0; s+1 < len(picked); s += 2 {
			a, b := picked[s], picked[s+1]
			sent := fmt.Sprintf("%s работи с %s", ents[a].Name, ents[b].Name)
			g.Relations = append(g.Relations, kg.Relation{Type: kg.RelationTypes[(a+b)%len(kg.RelationTypes)], From: ents[a].ID, To: ents[b].ID,
				Properties: map[string]any{}, Evidence: []kg.Span{span(id, text, sent)}})
		}
	}
	for _, e := range ents {
		if len(e.Mentions) > 0 {
			g.Entities = append(g.Entities, e)
		}
	}
	return g
}

const crashDocs = 1500

// crashHelper is the child process of TestCrashMidLoadThenRerun: it loads
// in small batches until it is killed.
func crashHelper() int {
	ctx := context.Background()
	drv, err := neo4j.NewDriverWithContext(os.Getenv("CG_URI"), neo4j.BasicAuth(os.Getenv("CG_USER"), os.Getenv("CG_PASSWORD"), ""))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	w := NewWriter(drv, os.Getenv("CG_DATABASE"), nil)
	w.BatchDocs = 10
	if _, err := w.Load(ctx, bigGraph(crashDocs, 7), Options{}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func countDocs(ctx context.Context, db *dbtest.DB) int64 {
	res, err := neo4j.ExecuteQuery(ctx, db.Driver, "MATCH (d:Document) RETURN count(d)", nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
	if err != nil {
		return -1
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n
}

func TestCrashMidLoadThenRerun(t *testing.T) {
	db := dbtest.Open(t)
	ctx := context.Background()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CG_CRASH_HELPER=1", "CG_URI="+db.URI, "CG_USER="+db.Username, "CG_PASSWORD="+db.Password, "CG_DATABASE="+db.Database)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some but not all documents are in.
	deadline := time.Now().Add(3 * time.Minute)
	var at int64
	for {
		at = countDocs(ctx, db)
		if at >= 100 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	after := countDocs(ctx, db)
	if after <= 0 || after >= crashDocs {
		t.Fatalf("kill did not land mid-load: %d of %d documents written (helper stderr: %s)", after, crashDocs, stderr.String())
	}
	t.Logf("killed the loader with %d of %d documents written", after, crashDocs)
	g := bigGraph(crashDocs, 7)
	s := mustLoad(t, db, g, Options{})
	if int64(s.DocsUnchanged) != after || s.DocsNew != crashDocs-int(after) {
		t.Errorf("rerun: %+v; want %d unchanged and %d new", s, after, crashDocs-after)
	}
	got := mustDump(t, db)
	if want := cleanDump(t, db, g); got != want {
		t.Error("graph after crash and rerun differs from a clean load")
	}
}

func BenchmarkLoad(b *testing.B) {
	db := dbtest.Open(b)
	g := bigGraph(2000, 3)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		if err := db.Reset(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := NewWriter(db.Driver, db.Database, nil).Load(ctx, g, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(g.Documents)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

func graphVersion(t *testing.T, db *dbtest.DB) string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), db.Driver, "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.version, '')",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
	if err != nil {
		t.Fatal(err)
	}
	v, _ := res.Records[0].Values[0].(string)
	return v
}

// The graph version moves exactly when a load changes facts: readers that
// cache answers by it must see every change and need not drop anything
// on a load that changed nothing.
func TestGraphVersionMovesWithFacts(t *testing.T) {
	db := dbtest.Open(t)
	steps := []struct {
		name  string
		g     *kg.Graph
		opt   Options
		moves bool
	}{
		{"first load", corpus(text2, text3), Options{}, true},
		{"same texts again", corpus(text2, text3), Options{}, false},
		{"a changed text", corpus(text2+" Клъстер Алфа е координатор на проекта БЕТА.", text3), Options{}, true},
		{"a missing text without prune", corpus(text2+" Клъстер Алфа е координатор на проекта БЕТА.", ""), Options{}, false},
		{"a missing text with prune", corpus(text2+" Клъстер Алфа е координатор на проекта БЕТА.", ""), Options{Prune: true}, true},
	}
	last := graphVersion(t, db)
	for _, s := range steps {
		mustLoad(t, db, s.g, s.opt)
		v := graphVersion(t, db)
		if moved := v != last; moved != s.moves {
			t.Errorf("%s: version %q -> %q; want moved=%v", s.name, last, v, s.moves)
		}
		last = v
	}
	if d := mustDump(t, db); strings.Contains(d, "GraphVersion") {
		t.Error("the dump lists the version node; it is bookkeeping, not a fact")
	}
}
