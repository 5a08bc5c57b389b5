package graph

import "github.com/clustergraph/clustergraph/graph/store"

//go:generate go tool gqlgen generate
//go:generate go run ./internal/seqlists generated.go

// Resolver is the root resolver. It holds only shared, read-only
// dependencies: the server keeps no state between requests.
type Resolver struct {
	Store           *store.Store
	DefaultPageSize int
	MaxPageSize     int
	MaxNeighborhood int
}
