package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/clustergraph/clustergraph/loader"
	"github.com/clustergraph/clustergraph/loader/curate"
	"github.com/clustergraph/clustergraph/loader/extract"
	"github.com/clustergraph/clustergraph/loader/text"
)

func runExtract(ctx context.Context, a *app, args []string) error {
	fs := newFlags(a, "extract", "[flags] PATH...",
		"Read texts (files or directories: .txt, .md, .html, .jsonl; UTF-8, UTF-16, windows-1251) and print the\n"+
			"entities and relations found, with their evidence. Needs no database. Unreadable files are reported\n"+
			"on stderr and skipped; the exit code is then 1.")
	format := fs.String("format", "json", "output: json (the stable contract) or text (readable)")
	withText := fs.Bool("with-text", false, "include each document's cleaned text in the JSON (offsets point into it)")
	curation := fs.String("curation", "", "apply this corrections file (YAML) to the output")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("no PATH given: %w", errUsage)
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("bad --format %q: want json or text: %w", *format, errUsage)
	}
	var cur *curate.File
	if *curation != "" {
		var err error
		if cur, err = curate.Load(*curation); err != nil {
			return err
		}
	}
	docs, errs := text.Read(ctx, fs.Args())
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, e := range errs {
		a.log.Error("skipped input", "err", e)
	}
	g, bad, err := loader.ExtractIsolating(ctx, extract.New(), docs)
	for _, e := range bad {
		a.log.Error("skipped input", "err", e)
	}
	errs = append(errs, bad...)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if cur != nil {
		if g, _, err = cur.Apply(g); err != nil {
			return err
		}
	}
	if !*withText {
		for i := range g.Documents {
			g.Documents[i].Text = ""
		}
	}
	switch *format {
	case "text":
		err = extract.WriteText(a.stdout, g)
	default:
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(g)
	}
	if err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d input(s) could not be read or extracted (see above); the rest was extracted", len(errs))
	}
	return nil
}
