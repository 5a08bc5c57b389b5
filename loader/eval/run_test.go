package eval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// oracle is a test extractor that answers with the gold itself, so scoring
// a set against it must be perfect: it checks reading, document ids,
// attribution and that no gold file is ambiguous against itself.
type oracle struct {
	golds []Gold
	drop  bool // answer with an empty graph instead
}

func (o oracle) Info() kg.ExtractorInfo { return kg.ExtractorInfo{Name: "oracle", Version: "test"} }

func (o oracle) Extract(ctx context.Context, docs []kg.Document) (*kg.Graph, error) {
	g := &kg.Graph{Extractor: o.Info(), Documents: docs}
	if o.drop {
		return g, nil
	}
	byKey := map[string]Gold{}
	for _, gd := range o.golds {
		byKey[docKey(gd.Document)] = gd
	}
	for _, d := range docs {
		gd, ok := byKey[docKey(d.Path)]
		if !ok {
			return nil, errors.New("no gold for " + d.Path)
		}
		id := func(typ kg.EntityType, name string) string { return d.ID + "/" + string(typ) + "/" + name }
		for _, e := range gd.Entities {
			props := map[string]any{}
			for k, v := range e.Properties {
				props[k] = v
			}
			g.Entities = append(g.Entities, kg.Entity{ID: id(e.Type, e.Name), Type: e.Type, Name: e.Name, Aliases: e.Aliases,
				Properties: props, Mentions: []kg.Span{{Document: d.ID}}})
		}
		for _, r := range gd.Relations {
			from, to := gd.Entities[gd.find(r.From)], gd.Entities[gd.find(r.To)]
			props := map[string]any{}
			for k := range r.Properties {
				props[k] = r.PropertyValues(k)[0]
			}
			g.Relations = append(g.Relations, kg.Relation{Type: r.Type, From: id(from.Type, from.Name), To: id(to.Type, to.Name),
				Properties: props, Evidence: []kg.Span{{Document: d.ID}}})
		}
	}
	return g, nil
}

func TestRunOracle(t *testing.T) {
	for _, set := range SetNames() {
		t.Run(set, func(t *testing.T) {
			_, goldDir, err := SetDirs(set)
			if err != nil {
				t.Fatal(err)
			}
			golds, err := LoadGold(goldDir)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Run(context.Background(), oracle{golds: golds}, set)
			if err != nil {
				t.Fatal(err)
			}
			if r.EntityTotal.F1() != 1 || r.RelationTotal.F1() != 1 || r.RelationLenientTotal.F1() != 1 || r.EventDates.Correct != r.EventDates.Gold {
				t.Errorf("gold against itself is not perfect:\n%s\n%s", r, r.Errors())
			}
			if len(r.Documents) != len(golds) {
				t.Errorf("%d documents scored, want %d", len(r.Documents), len(golds))
			}
			empty, err := Run(context.Background(), oracle{golds: golds, drop: true}, set)
			if err != nil {
				t.Fatal(err)
			}
			if empty.EntityTotal.TP != 0 || empty.EntityTotal.FN != r.EntityTotal.TP || empty.RelationTotal.FN != r.RelationTotal.TP {
				t.Errorf("empty graph: %+v %+v", empty.EntityTotal, empty.RelationTotal)
			}
		})
	}
	if _, err := Run(context.Background(), oracle{}, "nope"); err == nil || !strings.Contains(err.Error(), "unknown gold set") {
		t.Errorf("unknown set: err = %v", err)
	}
}

func TestReadText(t *testing.T) {
	dir := t.TempDir()
	// "Клъстер" in windows-1251.
	cp1251 := []byte{0xca, 0xeb, 0xfa, 0xf1, 0xf2, 0xe5, 0xf0}
	files := map[string][]byte{
		"utf8.txt":  []byte("Клъстер"),
		"bom.txt":   append([]byte("\xef\xbb\xbf"), []byte("Клъстер")...),
		"1251.txt":  cp1251,
		"empty.txt": nil,
		"bin.txt":   {0x00, 0x01, 0x02},
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		file, text, enc string
		err             bool
	}{
		{"utf8.txt", "Клъстер", "utf-8", false},
		{"bom.txt", "Клъстер", "utf-8-bom", false},
		{"1251.txt", "Клъстер", "windows-1251", false},
		{"empty.txt", "", "", true},
		{"bin.txt", "", "", true},
		{"missing.txt", "", "", true},
	}
	for _, tc := range tests {
		text, enc, err := ReadText(filepath.Join(dir, tc.file))
		if (err != nil) != tc.err || text != tc.text || enc != tc.enc {
			t.Errorf("ReadText(%s) = %q, %q, %v; want %q, %q, error %v", tc.file, text, enc, err, tc.text, tc.enc, tc.err)
		}
		if err != nil && !strings.Contains(err.Error(), tc.file) {
			t.Errorf("error %q does not name the file", err)
		}
	}
}

func TestLoadGoldErrors(t *testing.T) {
	dir := t.TempDir()
	bad := map[string]string{
		"a.gold.json": `{"document":"a.txt","entities":[{"type":"Club","name":"X"}],"relations":[]}`,
		"b.gold.json": `{"document":"b.txt","entities":[{"type":"Cluster","name":"X"}],"relations":[{"type":"MEMBER_OF","from":{"type":"Cluster","name":"X"},"to":{"type":"Association","name":"Y"}}]}`,
		"c.gold.json": `{"document":"c.txt","entities":[],"relations":[],"extra":1}`,
		"d.gold.json": `{"document":"d.txt","entities":[{"type":"Cluster","name":"X"},{"type":"Cluster","name":"Y","aliases":["X"]}],"relations":[]}`,
	}
	for n, s := range bad {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := LoadGold(dir)
	if err == nil {
		t.Fatal("bad gold files loaded without error")
	}
	for _, want := range []string{"a.gold.json", `unknown type "Club"`, "b.gold.json", `endpoint Association "Y"`, "c.gold.json", "d.gold.json", "also belongs to"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if _, err := LoadGold(t.TempDir()); err == nil {
		t.Error("empty directory loaded without error")
	}
}

func TestEventDates(t *testing.T) {
	gold := []Gold{{Document: "doc1.txt", Entities: []GoldEntity{
		{Type: kg.Event, Name: "среща в Русе", Properties: map[string]string{"start": "2019-03-01", "end": "2019-03-02"}}}}}
	g := graph([]ent{{"e", "Event", "среща в Русе", nil}}, nil)
	g.Entities[0].Properties = map[string]any{"start": "2019-03-01", "end": "2019-03-03"}
	r := Score(gold, g)
	if r.EventDates != (Dates{Gold: 2, Correct: 1}) || r.EntityTotal != (Counts{TP: 1}) {
		t.Errorf("dates %+v, entities %+v", r.EventDates, r.EntityTotal)
	}
	if !strings.Contains(r.Errors(), "DT date") {
		t.Errorf("Errors() lacks the date error:\n%s", r.Errors())
	}
}
