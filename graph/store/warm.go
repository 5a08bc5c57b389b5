package store

import (
	"context"
	"errors"

	"github.com/clustergraph/clustergraph/graph/model"
)

// Warm runs each kind of read the API makes once, so that the server plans
// and compiles them before the first user waits for it: on a freshly started
// Neo4j that takes seconds per statement, and on a busy machine longer than
// a client will wait. It stops at the first database error (the database is
// not there), and returns nil on an empty graph.
func (s *Store) Warm(ctx context.Context) error {
	if _, err := s.Stats(ctx); err != nil {
		return err
	}
	top, err := s.TopEntities(ctx, nil, 1)
	if err != nil {
		return err
	}
	page := Page{Limit: 10}
	steps := []func() error{
		func() error { _, _, err := s.Search(ctx, LuceneQuery("клъстер"), nil, page); return err },
		func() error {
			_, _, err := s.Entities(ctx, EntityQuery{Sort: model.EntitySortFieldName}, page)
			return err
		},
		func() error { _, _, err := s.DocumentList(ctx, nil, nil, page); return err },
		func() error { _, _, err := s.Timeline(ctx, TimelineQuery{}, page); return err },
		func() error { _, _, err := s.Partnerships(ctx, nil, 1, page, SharedRels); return err },
	}
	if len(top) > 0 {
		id := top[0].Node.Base().ID
		steps = append(steps,
			func() error { _, err := s.Nodes(ctx, []string{id}); return err },
			func() error { _, err := s.Mentions(ctx, []string{id}); return err },
			func() error { _, _, err := s.Partners(ctx, id, nil, nil, nil, page, SharedEvidence); return err },
			func() error { _, err := s.Neighborhood(ctx, id, 1, nil, 200, false); return err },
			func() error { _, err := s.FundingLinks(ctx, id, 10); return err },
		)
	}
	var errs []error
	for _, step := range steps {
		if err := step(); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
