package main

import (
	"context"
	"fmt"

	"github.com/clustergraph/clustergraph/loader/synth"
)

func runSynth(ctx context.Context, a *app, args []string) error {
	fs := newFlags(a, "synth", "[flags] --out DIR",
		"Write a deterministic synthetic corpus of realistic cluster-news texts (for scale runs and benchmarks):\n"+
			"the same --seed and --docs always give the same files.")
	out := fs.String("out", "", "directory to write the .txt files into (created if missing)")
	docs := fs.Int("docs", 10000, "number of documents")
	seed := fs.Int64("seed", 1, "random seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || *docs <= 0 {
		fs.Usage()
		return fmt.Errorf("--out and a positive --docs are required: %w", errUsage)
	}
	if err := synth.WriteDir(ctx, *out, synth.Config{Seed: *seed, Docs: *docs}); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %d documents to %s\n", *docs, *out)
	return nil
}
