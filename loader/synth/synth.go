// Package synth generates a deterministic, seeded corpus of realistic
// Bulgarian cluster-news texts for scale runs of the loader and the API.
//
// A world of clusters, associations, organisations, people, projects,
// programmes, places and events is generated first; each document then
// reports on a few of them through varied sentence templates. Entities are
// drawn with Zipf-like popularity, so the same clusters, projects and people
// recur across many documents and neighbourhood queries have something to find.
package synth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"
)

// Config sizes the corpus and its world. Zero (or negative) sizes take
// defaults scaled to Docs; the same Config always yields the same bytes.
type Config struct {
	Seed          int64 // seeds every random choice
	Docs          int   // number of documents; 0 or less yields none
	Clusters      int   // clusters, about a quarter of them foreign
	Associations  int   // cluster associations
	Organisations int   // companies, universities, municipalities, agencies
	Projects      int   // projects with acronyms and contract codes
	Programmes    int   // funding programmes used, at most the built-in reference list
	People        int   // named people with titles and roles
	Places        int   // venues (hotels, halls); cities and countries are a fixed list
	Events        int   // recurring events that several documents report on
	MinWords      int   // lower bound of words per document (default 150)
	MaxWords      int   // upper bound of words per document (default 600)
}

// Doc is one generated text.
type Doc struct {
	Name string // file name, e.g. "synth-00042.txt"
	Text string // UTF-8 text, ending in a newline
}

func scaled(v, docs, per, lo, hi int) int {
	if v > 0 {
		return v
	}
	return min(max(docs/per, lo), hi)
}

// withDefaults fills the zero sizes. Exported fields stay as given otherwise.
func (c Config) withDefaults() Config {
	d := max(c.Docs, 0)
	c.Clusters = scaled(c.Clusters, d, 30, 40, 400)
	c.Associations = scaled(c.Associations, d, 2000, 4, 10)
	c.Organisations = scaled(c.Organisations, d, 15, 60, 800)
	c.Projects = scaled(c.Projects, d, 25, 30, 500)
	c.Programmes = scaled(c.Programmes, d, 1, len(programmes), len(programmes))
	c.People = scaled(c.People, d, 8, 80, 1500)
	c.Places = scaled(c.Places, d, 60, 20, 200)
	c.Events = scaled(c.Events, d, 6, 40, 2000)
	if c.MinWords <= 0 {
		c.MinWords = 150
	}
	if c.MaxWords <= 0 {
		c.MaxWords = 600
	}
	if c.MaxWords < c.MinWords+100 {
		c.MaxWords = c.MinWords + 100
	}
	return c
}

// Generator produces the documents of one Config one at a time, so large
// corpora can be streamed to disk without holding every text in memory.
type Generator struct {
	cfg Config
	w   *world
}

// NewGenerator builds the world for cfg (deterministically from cfg.Seed).
func NewGenerator(cfg Config) *Generator {
	cfg = cfg.withDefaults()
	return &Generator{cfg: cfg, w: newWorld(cfg)}
}

// Len is the number of documents the generator yields.
func (g *Generator) Len() int { return max(g.cfg.Docs, 0) }

// Doc returns document i (0-based). Each document has its own random stream
// derived from the seed and i, so documents do not depend on one another.
func (g *Generator) Doc(i int) Doc {
	d, _ := g.doc(i)
	return d
}

func (g *Generator) doc(i int) (Doc, []int) {
	r := rand.New(rand.NewPCG(uint64(g.cfg.Seed)^0xa0761d6478bd642f, uint64(i)+1))
	text, used := compose(g.w, g.cfg, r)
	return Doc{Name: fmt.Sprintf("synth-%05d.txt", i+1), Text: text}, used
}

// Generate returns all cfg.Docs documents.
func Generate(cfg Config) []Doc {
	g := NewGenerator(cfg)
	docs := make([]Doc, g.Len())
	for i := range docs {
		docs[i] = g.Doc(i)
	}
	return docs
}

// WriteDir writes one UTF-8 .txt file per document into dir, creating it if
// needed. It stops early with ctx's error when ctx is cancelled.
func WriteDir(ctx context.Context, dir string, cfg Config) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("synth: create output directory %s: %w", dir, err)
	}
	start := time.Now()
	g := NewGenerator(cfg)
	for i := range g.Len() {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("synth: stopped after %d of %d documents: %w", i, g.Len(), err)
		}
		d := g.Doc(i)
		if err := writeAtomic(filepath.Join(dir, d.Name), d.Text); err != nil {
			return err
		}
	}
	slog.DebugContext(ctx, "synthetic corpus written", "dir", dir, "docs", g.Len(), "seed", cfg.Seed, "elapsed", time.Since(start))
	return nil
}

// writeAtomic writes through a temporary file and a rename, so an
// interrupted run never leaves a truncated document for the loader to read.
func writeAtomic(path, text string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".synth-*.tmp")
	if err != nil {
		return fmt.Errorf("synth: write %s: %w", path, err)
	}
	_, werr := f.WriteString(text)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("synth: write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("synth: write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("synth: write %s: %w", path, err)
	}
	return nil
}
