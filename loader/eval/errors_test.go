package eval_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/clustergraph/clustergraph/loader/eval"
	"github.com/clustergraph/clustergraph/loader/extract"
)

// TestShowErrors prints the entity and relation errors of the set named in
// $ERRORS (a development aid; the heldout set is refused so that rules are
// not written against it).
func TestShowErrors(t *testing.T) {
	set := os.Getenv("ERRORS")
	if set == "" {
		t.Skip("set ERRORS=dev or ERRORS=seeds to run")
	}
	if set == "heldout" {
		t.Skip("the heldout errors are not shown: rules must not be written against them")
	}
	rep, err := eval.Run(context.Background(), extract.New(), set)
	if err != nil {
		t.Fatal(err)
	}
	out := rep.Errors()
	if os.Getenv("KIND") == "entity" {
		var keep []string
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "==") || strings.Contains(l, "entity") {
				keep = append(keep, l)
			}
		}
		out = strings.Join(keep, "\n")
	}
	t.Logf("%s errors:\n%s", set, out)
}
