package extract

import (
	"sync"

	"github.com/clustergraph/clustergraph/loader/resolve"
	"github.com/clustergraph/clustergraph/loader/translit"
)

// memo caches a string function; the vocabulary of the genre is small, so
// names and words repeat across documents and calls. The cache is dropped
// when it grows past max entries, which bounds the memory of a long run.
type memo struct {
	mu  sync.RWMutex
	m   map[string]string
	f   func(string) string
	max int
}

func newMemo(f func(string) string, max int) *memo {
	return &memo{m: map[string]string{}, f: f, max: max}
}

func (c *memo) get(s string) string {
	c.mu.RLock()
	v, ok := c.m[s]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = c.f(s)
	c.mu.Lock()
	if len(c.m) >= c.max {
		c.m = map[string]string{}
	}
	c.m[s] = v
	c.mu.Unlock()
	return v
}

var (
	keyMemo   = newMemo(resolve.Key, 200000)
	stemMemo  = newMemo(resolve.Stem, 200000)
	cleanMemo = newMemo(resolve.Clean, 200000)
	latinMemo = newMemo(translit.Key, 200000)
)

// clean is resolve.Clean, cached.
func clean(s string) string { return cleanMemo.get(s) }

// latinKey is translit.Key, cached.
func latinKey(s string) string { return latinMemo.get(s) }

// nameKey is resolve.Key, cached.
func nameKey(s string) string { return keyMemo.get(s) }
