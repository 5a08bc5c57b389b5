module github.com/clustergraph/clustergraph

go 1.24.0

require github.com/neo4j/neo4j-go-driver/v5 v5.28.4
