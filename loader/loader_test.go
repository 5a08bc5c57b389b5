package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/clustergraph/clustergraph/internal/dbtest"
	"github.com/clustergraph/clustergraph/loader"
	"github.com/clustergraph/clustergraph/loader/curate"
	"github.com/clustergraph/clustergraph/loader/extract"
	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/synth"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestMain(m *testing.M) { os.Exit(dbtest.Main(m)) }

func load(t testing.TB, db *dbtest.DB, paths []string, cur *curate.File, prune bool) loader.Summary {
	t.Helper()
	s, err := loader.Load(context.Background(), loader.Config{Paths: paths, Extractor: extract.New(), Curation: cur, Prune: prune, Driver: db.Driver, Database: db.Database})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func names(t *testing.T, db *dbtest.DB, cypher string, params map[string]any) []string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), db.Driver, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range res.Records {
		s, _ := r.Values[0].(string)
		out = append(out, s)
	}
	return out
}

// TestCurationSurvivesReloads: a correction is applied on every load; an
// unchanged reload skips extraction; editing the corrections rewrites
// exactly the documents whose facts change.
func TestCurationSurvivesReloads(t *testing.T) {
	db := dbtest.Open(t)
	dir := t.TempDir()
	texts := map[string]string{
		"a.txt": "Клъстер „Медицински технологии“ (КМТ) организира кръгла маса в гр. Русе на 12.03.2024 г.\n\nКМТ е член на Асоциацията на бизнес клъстерите.",
		"b.txt": "Сдружение „Зелени сгради“ представи проекта GREENBUILD в Бургас.",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	curPath := filepath.Join(dir, "curation.yaml")
	write := func(s string) *curate.File {
		if err := os.WriteFile(curPath, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := curate.Load(curPath)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	cur := write("rename:\n  - entity: \"Медицински технологии\"\n    name: \"Клъстер Медицински технологии Русе\"\n")
	paths := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}
	s := load(t, db, paths, cur, false)
	if s.DocsNew != 2 {
		t.Fatalf("first load %+v", s)
	}
	got := names(t, db, "MATCH (e:Entity) WHERE e.name STARTS WITH 'Клъстер Медицински' RETURN e.name", nil)
	if len(got) != 1 {
		t.Fatalf("renamed cluster not in the graph: %v (rules may not have found it)", got)
	}
	s = load(t, db, paths, cur, false)
	if s.DocsUnchanged != 2 || s.ExtractTime != 0 {
		t.Errorf("unchanged reload should skip extraction: %+v", s)
	}
	if got := names(t, db, "MATCH (e:Entity) WHERE e.name STARTS WITH 'Клъстер Медицински' RETURN e.name", nil); len(got) != 1 {
		t.Errorf("the correction did not survive the reload: %v", got)
	}
	// A changed correction rewrites the document that mentions the entity.
	cur = write("rename:\n  - entity: \"Медицински технологии\"\n    name: \"КМТ Русе\"\n")
	s = load(t, db, paths, cur, false)
	if s.DocsChanged == 0 {
		t.Errorf("editing the corrections changed nothing: %+v", s)
	}
	if got := names(t, db, "MATCH (e:Entity {name: 'КМТ Русе'}) RETURN e.name", nil); len(got) != 1 {
		t.Errorf("new correction not applied: %v", got)
	}
}

// TestLoadCountsEachFailedInputOnce: inputs that cannot be read and texts
// extraction leaves out are both reported, and the count of inputs in the
// error is the number given, each counted once.
func TestLoadCountsEachFailedInputOnce(t *testing.T) {
	db := dbtest.Open(t)
	dir := t.TempDir()
	files := map[string]string{"a.txt": "A", "bad.txt": "x BOOM x", "c.txt": "C", "scan.txt": "\x00\x01\x02binary\xff\xfe\x00"}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := loader.Load(context.Background(), loader.Config{Paths: []string{dir}, Extractor: pickyExtractor{}, Driver: db.Driver, Database: db.Database})
	if !errors.Is(err, loader.ErrSomeFailed) || !strings.Contains(err.Error(), "2 of 4 inputs") {
		t.Errorf("err = %v, want ErrSomeFailed saying 2 of 4 inputs", err)
	}
	if s.DocsNew != 2 || s.DocsFailed != 2 {
		t.Errorf("summary %+v; want 2 new and 2 failed", s)
	}
}

// BenchmarkLoad10k loads a 10,000-document synthetic corpus into an empty
// database, then loads it again unchanged. Run with -benchtime=1x:
//
//	go test ./loader -run '^$' -bench Load10k -benchtime=1x
//
// Wall times on a shared machine depend on what else runs, so it also
// reports the CPU time the loader and the test's own Neo4j server spent
// (from /proc, when there is one).
func BenchmarkLoad10k(b *testing.B) {
	db := dbtest.Open(b)
	dir := b.TempDir()
	if err := synth.WriteDir(context.Background(), dir, synth.Config{Seed: 1, Docs: 10000}); err != nil {
		b.Fatal(err)
	}
	serverPID := 0
	if srv := dbtest.Server(); srv != nil {
		if st, err := srv.Status(); err == nil {
			serverPID = st.PID
		}
	}
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		if err := db.Reset(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		goCPU, dbCPU := cpuSeconds("self"), cpuSeconds(strconv.Itoa(serverPID))
		t0 := time.Now()
		s := load(b, db, []string{dir}, nil, false)
		full := time.Since(t0)
		goCPU, dbCPU = cpuSeconds("self")-goCPU, cpuSeconds(strconv.Itoa(serverPID))-dbCPU
		t1 := time.Now()
		r := load(b, db, []string{dir}, nil, false)
		reload := time.Since(t1)
		if r.DocsUnchanged != 10000 || r.ExtractTime != 0 {
			b.Fatalf("reload: %+v", r)
		}
		b.ReportMetric(full.Seconds(), "load-s")
		b.ReportMetric(float64(s.DocsNew)/full.Seconds(), "docs/s")
		b.ReportMetric(float64(s.RelsCreated)/full.Seconds(), "rels/s")
		b.ReportMetric(s.ExtractTime.Seconds(), "extract-s")
		b.ReportMetric(s.Summary.Duration.Seconds(), "write-s")
		b.ReportMetric(reload.Seconds(), "reload-s")
		if serverPID > 0 && dbCPU >= 0 {
			b.ReportMetric(goCPU, "loader-cpu-s")
			b.ReportMetric(dbCPU, "neo4j-cpu-s")
		}
		b.Logf("load: %s", strings.ReplaceAll(s.String(), "\n", "; "))
		b.Logf("reload: %s", strings.ReplaceAll(r.String(), "\n", "; "))
	}
}

// cpuSeconds is the user+system CPU time of a process from /proc, or -1.
func cpuSeconds(pid string) float64 {
	data, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return -1
	}
	// Fields after the command name, which is in parentheses and may hold spaces.
	i := strings.LastIndexByte(string(data), ')')
	if i < 0 {
		return -1
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 13 {
		return -1
	}
	user, err1 := strconv.ParseFloat(f[11], 64)
	sys, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return -1
	}
	return (user + sys) / 100 // USER_HZ, 100 on Linux
}

// boomExtractor is the rule-based extractor, except that it fails on any
// run with a text containing "BOOM", like an extractor bug would.
type boomExtractor struct{ kg.Extractor }

func (b boomExtractor) Extract(ctx context.Context, docs []kg.Document) (*kg.Graph, error) {
	for _, d := range docs {
		if strings.Contains(d.Text, "BOOM") {
			return nil, errors.New("extract: internal error: index out of range")
		}
	}
	return b.Extractor.Extract(ctx, docs)
}

// TestPruneKeepsFailedInputs: with --prune, a file that is still there but
// fails this time (unreadable, or it trips the extractor) keeps the facts of
// its last good load, and is retracted once the file is really gone. An
// unreadable file does not stop an unchanged reload from skipping
// extraction (a text that trips the extractor is only known by extracting).
func TestPruneKeepsFailedInputs(t *testing.T) {
	cases := []struct {
		name, broken string
		shortcut     bool
	}{
		{"unreadable", "\x00\x01\x02binary\xff\xfe\x00", true},
		{"extractor fails", "Клъстер „Сини води“ BOOM", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := dbtest.Open(t)
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
			write := func(p, s string) {
				if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write(a, "Клъстер „Медицински технологии“ организира кръгла маса в гр. Русе на 12.03.2024 г.")
			write(b, "Сдружение „Зелени сгради“ представи проекта GREENBUILD в Бургас.")
			x := boomExtractor{extract.New()}
			run := func() (loader.Summary, error) {
				return loader.Load(context.Background(), loader.Config{Paths: []string{dir}, Extractor: x, Prune: true, Driver: db.Driver, Database: db.Database})
			}
			if s, err := run(); err != nil || s.DocsNew != 2 {
				t.Fatalf("first load: %+v, %v", s, err)
			}
			bDoc := "MATCH (d:Document {path: $p}) RETURN d.path"
			params := map[string]any{"p": filepath.ToSlash(b)}
			write(b, c.broken)
			for i, want := range []string{"changed input", "unchanged reload"} {
				s, err := run()
				if !errors.Is(err, loader.ErrSomeFailed) {
					t.Fatalf("%s: err = %v, want ErrSomeFailed", want, err)
				}
				if s.DocsPruned != 0 || s.DocsFailed != 1 {
					t.Errorf("%s: %+v; want 1 failed, none pruned", want, s.Summary)
				}
				if got := names(t, db, bDoc, params); len(got) != 1 {
					t.Errorf("%s: the failed file's document is gone (%v)", want, got)
				}
				if s.DocsUnchanged != 1 {
					t.Errorf("%s: %+v; want a.txt unchanged", want, s.Summary)
				}
				// The first run extracts (b's hash changed); after it, nothing did.
				if i == 1 && c.shortcut && s.ExtractTime != 0 {
					t.Errorf("%s: extracted again (%v); want the unchanged shortcut", want, s.ExtractTime)
				}
			}
			if err := os.Remove(b); err != nil {
				t.Fatal(err)
			}
			if s, err := run(); err != nil || s.DocsPruned != 1 {
				t.Errorf("after removing the file: %+v, %v; want it pruned", s.Summary, err)
			}
			if got := names(t, db, bDoc, params); len(got) != 0 {
				t.Errorf("removed file still has its document: %v", got)
			}
		})
	}
}
