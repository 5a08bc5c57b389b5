package graph

import (
	"context"
	"crypto/sha256"
	"errors"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
)

func TestAnswerCache(t *testing.T) {
	key := func(s string) [sha256.Size]byte { return sha256.Sum256([]byte(s)) }
	type step struct {
		version string // the graph version at this step; "!" fails to read
		op      string // "get" or "put"
		key     string
		answer  string // put: the answer; get: the answer wanted ("" for a miss)
		put     string // put: the version the answer was computed at
	}
	tests := []struct {
		name     string
		maxBytes int64
		maxEntry int64 // 0: the default, a sixteenth of maxBytes
		steps    []step
	}{
		{"hit after store", 1 << 10, 0, []step{
			{"v1", "get", "a", "", ""},
			{"v1", "put", "a", "A", "v1"},
			{"v1", "get", "a", "A", ""},
			{"v1", "get", "b", "", ""},
		}},
		{"a new version drops every answer", 1 << 10, 0, []step{
			{"v1", "put", "a", "A", "v1"},
			{"v2", "get", "a", "", ""},
			{"v1", "get", "a", "", ""},
		}},
		{"an answer computed at a replaced version is not kept", 1 << 10, 0, []step{
			{"v1", "get", "a", "", ""},
			{"v2", "get", "b", "", ""},
			{"v2", "put", "a", "A", "v1"},
			{"v2", "get", "a", "", ""},
		}},
		{"unreadable version: no answer from the cache", 1 << 10, 0, []step{
			{"v1", "put", "a", "A", "v1"},
			{"!", "get", "a", "", ""},
		}},
		{"the byte budget evicts the least recently used", 32, 32, []step{
			{"v1", "put", "a", "0123456789", "v1"},
			{"v1", "put", "b", "0123456789", "v1"},
			{"v1", "get", "a", "0123456789", ""},
			{"v1", "put", "c", "0123456789", "v1"}, // 30 bytes: all fit
			{"v1", "put", "d", "0123456789", "v1"}, // 40: b goes
			{"v1", "get", "b", "", ""},
			{"v1", "get", "a", "0123456789", ""},
			{"v1", "get", "d", "0123456789", ""},
		}},
		{"an answer over a sixteenth of the budget is not kept", 160, 0, []step{
			{"v1", "put", "a", "01234567890", "v1"},
			{"v1", "get", "a", "", ""},
		}},
	}
	for _, tc := range tests {
		// A request looks up before it stores: every case starts so.
		tc.steps = append([]step{{tc.steps[0].version, "get", "first", "", ""}}, tc.steps...)
		t.Run(tc.name, func(t *testing.T) {
			var version string
			c, err := newAnswerCache(tc.maxBytes, func(context.Context) (string, error) {
				if version == "!" {
					return "", errors.New("database down")
				}
				return version, nil
			}, prometheus.NewRegistry())
			if err != nil {
				t.Fatal(err)
			}
			if tc.maxEntry > 0 {
				c.maxEntry = tc.maxEntry
			}
			for i, s := range tc.steps {
				version = s.version
				switch s.op {
				case "put":
					c.store(s.put, key(s.key), []byte(s.answer))
				case "get":
					a, v, ok := c.lookup(context.Background(), key(s.key))
					if string(a) != s.answer {
						t.Errorf("step %d: get %s at %s = %q, want %q", i, s.key, s.version, a, s.answer)
					}
					if wantOK := s.version != "!"; ok != wantOK || (ok && v != s.version) {
						t.Errorf("step %d: get %s: version %q ok %v, want %q ok %v", i, s.key, v, ok, s.version, wantOK)
					}
				}
				if c.bytes > c.maxBytes || c.bytes < 0 {
					t.Errorf("step %d: %d bytes held, budget %d", i, c.bytes, c.maxBytes)
				}
			}
		})
	}
}

func TestNoCacheWithoutBudget(t *testing.T) {
	c, err := newAnswerCache(0, nil, prometheus.NewRegistry())
	if c != nil || err != nil {
		t.Errorf("newAnswerCache(0) = %v, %v; want no cache", c, err)
	}
}

func TestCacheKey(t *testing.T) {
	k := func(q, op string, vars map[string]any) [sha256.Size]byte {
		key, ok := cacheKey(&graphql.RawParams{Query: q, OperationName: op, Variables: vars})
		if !ok {
			t.Fatalf("no key for %q %v", q, vars)
		}
		return key
	}
	base := k("query($a: Int, $b: Int) { x }", "", map[string]any{"a": 1, "b": 2})
	if base != k("query($a: Int, $b: Int) { x }", "", map[string]any{"b": 2, "a": 1}) {
		t.Error("the order of variables changed the key")
	}
	for name, other := range map[string][sha256.Size]byte{
		"variables": k("query($a: Int, $b: Int) { x }", "", map[string]any{"a": 1, "b": 3}),
		"query":     k("query($a: Int, $b: Int) { y }", "", map[string]any{"a": 1, "b": 2}),
		"operation": k("query($a: Int, $b: Int) { x }", "Q", map[string]any{"a": 1, "b": 2}),
		"no vars":   k("query($a: Int, $b: Int) { x }", "", nil),
		"run-on":    k("query($a: Int, $b: Int) { x }{", "", map[string]any{"a": 1, "b": 2}),
	} {
		if other == base {
			t.Errorf("a different %s gave the same key", name)
		}
	}
}

// TestFreshReads: callers that come while a read runs never get its value;
// they share the next read.
func TestFreshReads(t *testing.T) {
	var (
		mu      sync.Mutex
		reads   int
		started = make(chan int)
		release = make(chan struct{})
	)
	f := &freshReads{read: func(context.Context) (string, error) {
		mu.Lock()
		reads++
		n := reads
		mu.Unlock()
		started <- n
		<-release
		return strconv.Itoa(n), nil
	}}
	get := func(out chan<- string) {
		v, err := f.get(context.Background())
		if err != nil {
			t.Error(err)
		}
		out <- v
	}
	first := make(chan string, 1)
	go get(first)
	if n := <-started; n != 1 {
		t.Fatalf("read %d started, want 1", n)
	}
	// Ten callers while read 1 runs.
	later := make(chan string, 10)
	for range 10 {
		go get(later)
	}
	for {
		f.mu.Lock()
		w := f.waiting
		f.mu.Unlock()
		if w == 10 {
			break
		}
		runtime.Gosched()
	}
	release <- struct{}{}
	if v := <-first; v != "1" {
		t.Errorf("first caller got %q, want read 1", v)
	}
	if n := <-started; n != 2 {
		t.Fatalf("read %d started, want 2", n)
	}
	release <- struct{}{}
	for range 10 {
		if v := <-later; v != "2" {
			t.Errorf("a caller that came during read 1 got %q, want read 2 (shared by all ten)", v)
		}
	}
	// A caller that gives up is not held by a slow read.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { _, err := f.get(ctx); done <- err }()
	<-started
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled caller: %v, want context.Canceled", err)
	}
	release <- struct{}{}
	if reads != 3 {
		t.Errorf("%d reads, want 3", reads)
	}
}
