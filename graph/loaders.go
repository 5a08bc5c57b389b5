package graph

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/clustergraph/clustergraph/graph/model"
	"github.com/clustergraph/clustergraph/graph/store"
)

// loaderWait is how long a loader collects keys before one batched query; it
// is short because gqlgen starts sibling resolvers at once.
const loaderWait = 2 * time.Millisecond

type relKey struct {
	ID   string
	Spec string
}

type docEntKey struct {
	ID    string
	Types string
}

// loaders are the per-request batching loaders: one database round trip per
// kind of field per level of the query, whatever the number of parents.
type loaders struct {
	nodes       *dataloadgen.Loader[string, model.Node]
	mentions    *dataloadgen.Loader[string, []*model.Mention]
	related     *dataloadgen.Loader[relKey, []store.Related]
	docEntities *dataloadgen.Loader[docEntKey, []model.Entity]
	docTexts    *dataloadgen.Loader[string, *string]
}

type loadersKey struct{}

func newLoaders(st *store.Store) *loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(loaderWait), dataloadgen.WithBatchCapacity(500)}
	specs := map[string]store.RelSpec{}
	for _, s := range allSpecs {
		specs[s.Key()] = s
	}
	return &loaders{
		nodes: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]model.Node, []error) {
			m, err := st.Nodes(ctx, ids)
			return fill(ids, m, err)
		}, opts...),
		mentions: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]*model.Mention, []error) {
			m, err := st.Mentions(ctx, ids)
			return fill(ids, m, err)
		}, opts...),
		related: dataloadgen.NewLoader(func(ctx context.Context, keys []relKey) ([][]store.Related, []error) {
			// One query per distinct spec; a level of a query names few specs.
			bySpec := map[string][]string{}
			for _, k := range keys {
				bySpec[k.Spec] = append(bySpec[k.Spec], k.ID)
			}
			res := map[relKey][]store.Related{}
			errs := map[string]error{}
			for sk, ids := range bySpec {
				spec, ok := specs[sk]
				if !ok {
					spec = decodeSpec(sk)
				}
				m, err := st.Related(ctx, spec, ids)
				if err != nil {
					errs[sk] = err
					continue
				}
				for _, id := range ids {
					res[relKey{id, sk}] = m[id]
				}
			}
			vals := make([][]store.Related, len(keys))
			es := make([]error, len(keys))
			for i, k := range keys {
				vals[i], es[i] = res[k], errs[k.Spec]
			}
			return vals, es
		}, opts...),
		docTexts: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*string, []error) {
			m, err := st.DocumentTexts(ctx, ids)
			return fill(ids, m, err)
		}, opts...),
		docEntities: dataloadgen.NewLoader(func(ctx context.Context, keys []docEntKey) ([][]model.Entity, []error) {
			byTypes := map[string][]string{}
			for _, k := range keys {
				byTypes[k.Types] = append(byTypes[k.Types], k.ID)
			}
			res := map[docEntKey][]model.Entity{}
			errs := map[string]error{}
			for tk, ids := range byTypes {
				m, err := st.DocumentEntities(ctx, ids, splitTypes(tk))
				if err != nil {
					errs[tk] = err
					continue
				}
				for _, id := range ids {
					res[docEntKey{id, tk}] = m[id]
				}
			}
			vals := make([][]model.Entity, len(keys))
			es := make([]error, len(keys))
			for i, k := range keys {
				vals[i], es[i] = res[k], errs[k.Types]
			}
			return vals, es
		}, opts...),
	}
}

// fill orders a map's values by keys; a missing key yields the zero value.
func fill[K comparable, V any](keys []K, m map[K]V, err error) ([]V, []error) {
	vals := make([]V, len(keys))
	errs := make([]error, len(keys))
	for i, k := range keys {
		if err != nil {
			errs[i] = err
			continue
		}
		vals[i] = m[k]
	}
	return vals, errs
}

func joinTypes(ts []model.EntityType) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = string(t)
	}
	return strings.Join(parts, ",")
}

func splitTypes(s string) []model.EntityType {
	var out []model.EntityType
	for _, p := range strings.Split(s, ",") {
		if t := model.EntityType(p); t.IsValid() {
			out = append(out, t)
		}
	}
	return out
}

// decodeSpec rebuilds a spec from its Key (for ad-hoc `relations` arguments).
func decodeSpec(k string) store.RelSpec {
	parts := strings.Split(k, "/")
	if len(parts) != 3 {
		return store.RelSpec{Dir: model.DirectionBoth}
	}
	var s store.RelSpec
	for _, p := range strings.Split(parts[0], ",") {
		if t := model.RelationType(p); t.IsValid() {
			s.Types = append(s.Types, t)
		}
	}
	s.Dir = model.Direction(parts[1])
	s.NodeTypes = splitTypes(strings.TrimSuffix(parts[2], ","))
	return s
}

// withLoaders puts fresh loaders into each request's context.
func withLoaders(st *store.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(st))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loadersFrom returns the request's loaders; a context without them (tests
// calling resolvers directly) gets fresh ones.
func (r *Resolver) loaders(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.Store)
}
