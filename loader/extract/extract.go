// Package extract is the rule-based extractor: it reads Bulgarian (and some
// English) news about business clusters and finds clusters, associations,
// organisations, projects, programmes, events, people and places, with the
// relations between them and the sentences that state them.
//
// The rules rest on the language, not on any particular text: head nouns
// (клъстер, сдружение, агенция, проект, програма, конференция ...), quoted
// names, capitals, acronyms in parentheses, role words, titles, the verbs and
// prepositions that carry relations, and reference lists of places,
// programmes and institutions.
package extract

import (
	"context"
	"fmt"
	"sync"

	"github.com/clustergraph/clustergraph/loader/kg"
)

// Version changes whenever the output for the same input changes, so that
// the loader re-extracts stored documents.
const Version = "rules-293"

// Rules is the rule-based kg.Extractor. The zero value is not ready; use New.
// A Rules is safe for concurrent use.
type Rules struct {
	gaz *gazetteer
}

var (
	gazOnce sync.Once
	gazData *gazetteer
)

// New returns the rule-based extractor with its reference lists loaded.
func New() *Rules {
	gazOnce.Do(func() { gazData = loadGazetteer() })
	return &Rules{gaz: gazData}
}

// Info names the extractor and its version.
func (x *Rules) Info() kg.ExtractorInfo {
	return kg.ExtractorInfo{Name: "clustergraph", Version: Version}
}

var _ kg.Extractor = (*Rules)(nil)

// Extract finds entities and relations in docs, resolving names across all
// of them (an acronym defined in one document is known in the others). The
// graph lists docs unchanged (Text included; a printer of the short JSON form
// clears it). Extract is deterministic for the same docs and stops with ctx's
// error when ctx is cancelled.
func (x *Rules) Extract(ctx context.Context, docs []kg.Document) (g *kg.Graph, err error) {
	defer func() {
		// the rules must never take the program down; a bug becomes an error
		if r := recover(); r != nil {
			g, err = nil, fmt.Errorf("extract: internal error: %v", r)
		}
	}()
	run := &run{x: x}
	for i := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		dc := newDocCtx(i, &docs[i])
		x.recognise(dc)
		deverbalEvents(dc)
		run.docs = append(run.docs, dc)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	run.group()
	run.propagate()
	run.events()
	for _, dc := range run.docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		run.relations(dc)
	}
	run.settleOwners()
	run.splitTownEvents()
	run.pluralSeries()
	run.speakerBodies()
	run.heldInChain()
	return run.graph(docs), nil
}
