// Package loader runs the load job end to end: read texts, extract the
// graph, apply the analysts' corrections and write it into Neo4j.
//
// The pieces live in subpackages: text (decoding and clean-up), extract
// (the rule-based recogniser), curate (corrections), store (the Neo4j
// writer), kg (the types between them).
package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/clustergraph/clustergraph/loader/curate"
	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/store"
	"github.com/clustergraph/clustergraph/loader/text"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Config is one load.
type Config struct {
	Paths     []string
	Extractor kg.Extractor
	Curation  *curate.File // nil: none
	Prune     bool
	Driver    neo4j.DriverWithContext
	Database  string
	Log       *slog.Logger
	// Progress receives a progress bar when it is a terminal, else nothing
	// (progress then goes to Log every few seconds).
	Progress io.Writer
}

// Summary is what a load did, for the final report.
type Summary struct {
	store.Summary
	DocsRead, DocsFailed int
	Entities, Relations  int
	Failed               []error
	Curation             curate.Report
	ReadTime             time.Duration
	ExtractTime          time.Duration
	Total                time.Duration
}

// ErrSomeFailed is returned (wrapped) when some inputs could not be read:
// everything else was loaded.
var ErrSomeFailed = errors.New("some inputs failed")

// Load runs the job. Bad files are reported in the summary and skipped;
// the error then wraps ErrSomeFailed. Any other error means the database
// write stopped; what was written before is complete.
func Load(ctx context.Context, cfg Config) (Summary, error) {
	start := time.Now()
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var sum Summary
	docs, errs := text.Read(ctx, cfg.Paths)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	sum.DocsRead, sum.DocsFailed, sum.Failed = len(docs), len(errs), errs
	for _, e := range errs {
		log.Error("skipped input", "err", e)
	}
	sum.ReadTime = time.Since(start)
	w := store.NewWriter(cfg.Driver, cfg.Database, log)
	salt := ""
	if cfg.Curation != nil {
		salt = cfg.Curation.Hash()
	}
	// Nothing changed since the last load: skip extraction altogether.
	same, err := w.Unchanged(ctx, docs, cfg.Extractor.Info(), salt, cfg.Prune, text.FailedPaths(errs))
	if err != nil {
		return sum, err
	}
	// Inputs that could not be read do not stop the shortcut: they are
	// reported, and the readable ones are all stored unchanged.
	if same {
		sum.DocsUnchanged = len(docs)
		sum.Total = time.Since(start)
		log.Info("every readable input is loaded already and unchanged", "documents", len(docs))
		return sum, failedErr(errs, len(docs))
	}
	t := time.Now()
	g, bad, err := ExtractIsolating(ctx, cfg.Extractor, docs)
	for _, e := range bad {
		log.Error("skipped input", "err", e)
	}
	errs = append(errs, bad...)
	sum.DocsFailed, sum.Failed = len(errs), errs
	if err != nil {
		return sum, fmt.Errorf("extract: %w", err)
	}
	if cfg.Curation != nil {
		var rep curate.Report
		g, rep, err = cfg.Curation.Apply(g)
		if err != nil {
			return sum, err
		}
		sum.Curation = rep
		for _, u := range rep.Unmatched {
			log.Info("curation rule matched nothing in this input", "rule", u)
		}
	}
	sum.ExtractTime = time.Since(t)
	sum.Entities, sum.Relations = len(g.Entities), len(g.Relations)
	log.Info("extracted", "documents", len(g.Documents), "entities", len(g.Entities), "relations", len(g.Relations), "took", sum.ExtractTime.Round(time.Millisecond))

	prog := newProgress(cfg.Progress, log)
	// With prune, a file that failed this time keeps its earlier facts: a
	// broken save or a transient read error must not read as a deletion.
	st, err := w.Load(ctx, g, store.Options{Prune: cfg.Prune, Progress: prog.update, Salt: salt, Keep: text.FailedPaths(errs)})
	prog.finish()
	sum.Summary = st
	sum.Total = time.Since(start)
	if err != nil {
		return sum, err
	}
	// A text left out by extraction is among errs but not in g.Documents.
	return sum, failedErr(errs, len(g.Documents))
}

// failedErr is the error of a load whose other inputs, loaded ones in
// number, all went in.
func failedErr(errs []error, loaded int) error {
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d inputs could not be read or extracted: %w", len(errs), len(errs)+loaded, ErrSomeFailed)
}

// String is the final summary printed after a load.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "documents: %d new, %d changed, %d unchanged, %d pruned, %d failed\n",
		s.DocsNew, s.DocsChanged, s.DocsUnchanged, s.DocsPruned, s.DocsFailed)
	fmt.Fprintf(&b, "extracted: %d entities, %d relations\n", s.Entities, s.Relations)
	fmt.Fprintf(&b, "graph: %d nodes created, %d deleted; %d relationships created, %d deleted; %d properties set\n",
		s.NodesCreated, s.NodesDeleted, s.RelsCreated, s.RelsDeleted, s.PropertiesSet)
	fmt.Fprintf(&b, "time: %s (read %s, extract %s, write %s)\n", s.Total.Round(time.Millisecond),
		s.ReadTime.Round(time.Millisecond), s.ExtractTime.Round(time.Millisecond), s.Duration.Round(time.Millisecond))
	for _, e := range s.Failed {
		fmt.Fprintf(&b, "failed: %v\n", e)
	}
	return b.String()
}

// progress shows a bar on a terminal and periodic log lines elsewhere.
type progress struct {
	bar  *progressbar.ProgressBar
	log  *slog.Logger
	last time.Time
}

func newProgress(w io.Writer, log *slog.Logger) *progress {
	p := &progress{log: log, last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("writing documents"),
			progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())
	}
	return p
}

func (p *progress) update(done, total int) {
	if p.bar != nil {
		p.bar.ChangeMax(total)
		_ = p.bar.Set(done)
		return
	}
	if time.Since(p.last) >= 2*time.Second || done == total {
		p.log.Info("writing documents", "done", done, "of", total)
		p.last = time.Now()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
