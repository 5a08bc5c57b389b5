package loader

import (
	"context"
	"errors"
	"fmt"

	"github.com/clustergraph/clustergraph/loader/kg"
	"github.com/clustergraph/clustergraph/loader/text"
)

// ExtractIsolating runs x over docs. Extraction resolves names across all
// documents at once, so an extractor bug set off by one text would lose the
// whole run; when the run fails for any reason but ctx, each document is
// tried alone, the ones that fail alone are reported by path and left out,
// and the rest are extracted together again. The error is non-nil only when
// the rest fails too (or ctx ends).
func ExtractIsolating(ctx context.Context, x kg.Extractor, docs []kg.Document) (*kg.Graph, []error, error) {
	g, err := x.Extract(ctx, docs)
	if err == nil {
		return g, nil, nil
	}
	if ctx.Err() != nil || len(docs) < 2 {
		if len(docs) == 1 && ctx.Err() == nil {
			return &kg.Graph{Extractor: x.Info(), Documents: []kg.Document{}, Entities: []kg.Entity{}, Relations: []kg.Relation{}}, []error{docError(docs[0], err)}, nil
		}
		return nil, nil, err
	}
	var (
		keep   []kg.Document
		failed []error
	)
	for _, d := range docs {
		if _, e := x.Extract(ctx, []kg.Document{d}); e != nil {
			if ctx.Err() != nil {
				return nil, nil, errors.Join(err, ctx.Err())
			}
			failed = append(failed, docError(d, e))
			continue
		}
		keep = append(keep, d)
	}
	if len(failed) == 0 {
		// Every text passes alone: the failure needs several of them.
		return nil, nil, err
	}
	g, err = x.Extract(ctx, keep)
	if err != nil {
		return nil, failed, err
	}
	return g, failed, nil
}

// docError names the text, and is a text.FileError so that a load with
// prune keeps the document's earlier facts rather than retracting them.
func docError(d kg.Document, err error) error {
	return &text.FileError{Path: d.Path, Err: fmt.Errorf("%s: the extractor failed on this text (%w); it was left out", d.Path, err)}
}
