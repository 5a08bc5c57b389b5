# The two commands of the README are `go run ./cmd/clustergraph up` and `make test`.
GO ?= go
PKGS ?= ./...
TEST_TIMEOUT ?= 25m

.PHONY: test check unit build up bench clean explorer

## test: every check and every test (what CI runs)
test: check
	$(GO) test -count=1 -timeout $(TEST_TIMEOUT) $(PKGS)

## check: formatting, vet, generated code in sync
check:
	@scripts/check

## unit: the tests that need no database or browser (fast)
unit:
	$(GO) test -count=1 -short $(PKGS)

build:
	$(GO) build -o bin/clustergraph ./cmd/clustergraph

## explorer: rebuild the explorer page embedded at / (graph/explorer/dist) from its sources; commit the result
explorer:
	cd graph/explorer && npm ci --no-audit --no-fund && npm run build

up:
	$(GO) run ./cmd/clustergraph up

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

clean:
	rm -rf bin
