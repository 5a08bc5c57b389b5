package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/clustergraph/clustergraph/loader"
	"github.com/clustergraph/clustergraph/loader/curate"
	"github.com/clustergraph/clustergraph/loader/extract"
)

// loadFlags are the flags of load and of up's load step.
type loadFlags struct {
	curation string
	prune    bool
}

func (l *loadFlags) register(a *app, fsPrune bool, fs interface {
	StringVar(*string, string, string, string)
	BoolVar(*bool, string, bool, string)
}) {
	fs.StringVar(&l.curation, "curation", envOr("CLUSTERGRAPH_CURATION", ""), "analysts' corrections file (YAML), applied on every load (env CLUSTERGRAPH_CURATION)")
	if fsPrune {
		fs.BoolVar(&l.prune, "prune", false, "retract documents that are in the database but not in the input")
	}
}

func runLoad(ctx context.Context, a *app, args []string) error {
	var d dbFlags
	var l loadFlags
	fs := newFlags(a, "load", "[flags] PATH...",
		"Extract texts and write them into Neo4j: idempotent (loading twice changes nothing), incremental\n"+
			"(unchanged documents are skipped, a changed one replaces its own facts), crash-safe (each batch of\n"+
			"documents is one transaction). Unreadable files are reported and skipped; the exit code is then 1.")
	d.register(fs)
	l.register(a, true, fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("no PATH given: %w", errUsage)
	}
	c, err := d.connect(ctx, a)
	if err != nil {
		return err
	}
	defer c.Close(context.Background())
	return doLoad(ctx, a, c, l, fs.Args())
}

// doLoad runs one load and prints its summary.
func doLoad(ctx context.Context, a *app, c *conn, l loadFlags, paths []string) error {
	var cur *curate.File
	if l.curation != "" {
		var err error
		if cur, err = curate.Load(l.curation); err != nil {
			return err
		}
	}
	sum, err := loader.Load(ctx, loader.Config{
		Paths: paths, Extractor: extract.New(), Curation: cur, Prune: l.prune,
		Driver: c.driver, Database: c.database, Log: a.log, Progress: os.Stderr,
	})
	fmt.Fprint(a.stdout, sum.String())
	if errors.Is(err, loader.ErrSomeFailed) {
		return fmt.Errorf("%w; everything else was loaded", err)
	}
	return err
}
