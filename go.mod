module github.com/clustergraph/clustergraph

go 1.25.0

require (
	github.com/agnivade/levenshtein v1.2.1
	github.com/goccy/go-yaml v1.19.2
	github.com/neo4j/neo4j-go-driver/v5 v5.28.4
	golang.org/x/net v0.58.0
	golang.org/x/text v0.41.0
)
