package extract

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
)

// TestConcurrent runs extractions in parallel on one Rules value (the
// shared caches must be safe) and wants the same output from each.
func TestConcurrent(t *testing.T) {
	docs := devDocs(t)
	x := New()
	want, err := x.Extract(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	wb, _ := json.Marshal(want)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g, err := x.Extract(context.Background(), docs)
			if err != nil {
				errs <- err.Error()
				return
			}
			if b, _ := json.Marshal(g); string(b) != string(wb) {
				errs <- "output differs"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
