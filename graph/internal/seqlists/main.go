// Command seqlists rewrites gqlgen's generated executor so that lists go
// through the graph package's marshalList instead of
// graphql.MarshalSliceConcurrently, which starts a goroutine per element of
// every list of objects, even when no element has a field that could wait
// on anything. `go generate ./graph/...` runs it right after gqlgen.
//
// Usage: seqlists FILE
package main

import (
	"bytes"
	"fmt"
	"os"
)

const (
	from = "graphql.MarshalSliceConcurrently("
	to   = "marshalList("
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "seqlists:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: seqlists FILE (gqlgen's generated.go)")
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	n := bytes.Count(src, []byte(from))
	if n == 0 && !bytes.Contains(src, []byte(to)) {
		// A gqlgen upgrade renamed the function: say so rather than
		// silently losing the optimisation.
		return fmt.Errorf("%s: no %s calls to rewrite; check graph/lists.go against this gqlgen version", args[0], from)
	}
	out := bytes.ReplaceAll(src, []byte(from), []byte(to))
	if bytes.Equal(out, src) {
		return nil
	}
	return os.WriteFile(args[0], out, 0o644)
}
