package extract

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// bsnlpDir finds the BSNLP Bulgarian NER corpus, used only to measure how
// well person, place and organisation recognition generalises to general
// news. It is never copied into the repository.
func bsnlpDir() string {
	for _, d := range []string{os.Getenv("BSNLP_DIR"), "../../../shared/bsnlp", "../../../../shared/bsnlp"} {
		if d == "" {
			continue
		}
		if fi, err := os.Stat(filepath.Join(d, "ner")); err == nil && fi.IsDir() {
			return d
		}
	}
	return ""
}

type bsnlpMention struct {
	start, end int
	typ        kg.EntityType
}

// bsnlpType maps the corpus categories onto ours; events and products of
// the corpus (Brexit, a vaccine) are not what our Event and Project mean.
func bsnlpType(cat string) (kg.EntityType, bool) {
	switch cat {
	case "PER":
		return kg.Person, true
	case "LOC":
		return kg.Place, true
	case "ORG":
		return kg.Organization, true
	}
	return "", false
}

func ourType(t kg.EntityType) (kg.EntityType, bool) {
	switch t {
	case kg.Person, kg.Place:
		return t, true
	case kg.Organization, kg.Association, kg.Cluster:
		return kg.Organization, true
	}
	return "", false
}

// TestBSNLP reports precision, recall and F1 of person, place and
// organisation mentions (exact spans) on the BSNLP corpus. By default it
// reads every fifth document; BSNLP_FULL=1 reads all. It skips when the
// corpus is absent.
func TestBSNLP(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := bsnlpDir()
	if dir == "" {
		t.Skip("BSNLP corpus not found (set BSNLP_DIR); skipping the recognition benchmark")
	}
	anns, _ := filepath.Glob(filepath.Join(dir, "ner", "*", "bg", "*.tsv"))
	sort.Strings(anns)
	step := 5
	if os.Getenv("BSNLP_FULL") != "" {
		step = 1
	}
	type counts struct{ tp, fp, fn, tpLoose int }
	per := map[kg.EntityType]*counts{kg.Person: {}, kg.Place: {}, kg.Organization: {}}
	x := New()
	ndocs := 0
	for k := 0; k < len(anns); k += step {
		ann := anns[k]
		stem := strings.TrimSuffix(filepath.Base(ann), ".tsv")
		topic := filepath.Base(filepath.Dir(filepath.Dir(ann)))
		var text []byte
		var err error
		for _, cand := range []string{stem, stem + ".txt"} {
			if text, err = os.ReadFile(filepath.Join(dir, "raw", topic, "bg", cand)); err == nil {
				break
			}
		}
		if err != nil {
			continue
		}
		gold := readBSNLP(t, ann)
		doc := kg.Document{ID: stem, Text: string(text)}
		g, err := x.Extract(context.Background(), []kg.Document{doc})
		if err != nil {
			t.Fatalf("%s: %v", stem, err)
		}
		ndocs++
		pred := map[[2]int]kg.EntityType{}
		for _, e := range g.Entities {
			typ, ok := ourType(e.Type)
			if !ok {
				continue
			}
			for _, m := range e.Mentions {
				pred[[2]int{m.Start, m.End}] = typ
			}
		}
		goldSet := map[[2]int]kg.EntityType{}
		for _, m := range gold {
			goldSet[[2]int{m.start, m.end}] = m.typ
		}
		rs := []rune(doc.Text)
		show := os.Getenv("BSNLP_SHOW")
		for sp, typ := range pred {
			if gt, ok := goldSet[sp]; ok && gt == typ {
				per[typ].tp++
			} else {
				per[typ].fp++
				if show == "fp" {
					t.Logf("FP %s %q (gold %s)", typ, string(rs[sp[0]:sp[1]]), goldSet[sp])
				}
			}
		}
		for sp, typ := range goldSet {
			if pt, ok := pred[sp]; !ok || pt != typ {
				per[typ].fn++
				if show == "fn" {
					t.Logf("FN %s %q (pred %s)", typ, string(rs[sp[0]:sp[1]]), pt)
				}
				// a predicted span of the type overlapping the gold one
				for ps, pt := range pred {
					if pt == typ && ps[0] < sp[1] && sp[0] < ps[1] {
						per[typ].tpLoose++
						break
					}
				}
			}
		}
	}
	t.Logf("BSNLP bg: %d documents (every %d-th), exact spans", ndocs, step)
	for _, typ := range []kg.EntityType{kg.Person, kg.Place, kg.Organization} {
		c := per[typ]
		p := ratio(c.tp, c.tp+c.fp)
		r := ratio(c.tp, c.tp+c.fn)
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		rl := ratio(c.tp+c.tpLoose, c.tp+c.fn)
		t.Logf("  %-12s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d; recall with overlaps %.3f)", typ, p, r, f, c.tp, c.fp, c.fn, rl)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func readBSNLP(t *testing.T, path string) []bsnlpMention {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var out []bsnlpMention
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 5 {
			continue
		}
		typ, ok := bsnlpType(cols[4])
		if !ok {
			continue
		}
		s, err1 := strconv.Atoi(cols[0])
		e, err2 := strconv.Atoi(cols[1])
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, bsnlpMention{start: s, end: e, typ: typ})
	}
	return out
}
