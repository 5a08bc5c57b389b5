package store

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// waitFor polls cond until it holds or a second passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestLimiterBoundsConcurrency(t *testing.T) {
	for _, n := range []int{1, 2, 4} {
		l := NewLimiter(n, nil)
		var running, peak atomic.Int64
		var wg sync.WaitGroup
		for range 50 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := l.Acquire(context.Background()); err != nil {
					t.Error(err)
					return
				}
				cur := running.Add(1)
				for {
					p := peak.Load()
					if cur <= p || peak.CompareAndSwap(p, cur) {
						break
					}
				}
				time.Sleep(200 * time.Microsecond)
				running.Add(-1)
				l.Release()
			}()
		}
		wg.Wait()
		if p := peak.Load(); p > int64(n) {
			t.Errorf("limit %d: %d ran at once", n, p)
		}
		if r, w := l.Running(), l.Waiting(); r != 0 || w != 0 {
			t.Errorf("limit %d: after all released, running %d, waiting %d; want 0, 0", n, r, w)
		}
	}
}

func TestLimiterFIFO(t *testing.T) {
	l := NewLimiter(1, nil)
	ctx := context.Background()
	if err := l.Acquire(ctx); err != nil {
		t.Fatal(err)
	}
	const n = 8
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.Acquire(ctx); err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			l.Release()
		}()
		// Queue them one at a time so arrival order is known.
		waitFor(t, "the waiter is queued", func() bool { return l.Waiting() == i+1 })
	}
	l.Release()
	wg.Wait()
	for i, got := range order {
		if got != i {
			t.Fatalf("admitted in order %v; want arrival order 0..%d", order, n-1)
		}
	}
	// A newcomer does not overtake waiters even when a slot is free for
	// an instant: checked by the order above, and no slot is left taken.
	if r := l.Running(); r != 0 {
		t.Errorf("running %d after all released; want 0", r)
	}
}

func TestLimiterCancelWhileWaiting(t *testing.T) {
	tests := []struct {
		name string
		ctx  func() (context.Context, context.CancelFunc)
		want error
	}{
		{"cancelled", func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }, context.Canceled},
		{"deadline", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 20*time.Millisecond)
		}, context.DeadlineExceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var waits []error
			var mu sync.Mutex
			l := NewLimiter(1, func(_ time.Duration, err error) {
				mu.Lock()
				waits = append(waits, err)
				mu.Unlock()
			})
			if err := l.Acquire(context.Background()); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := tt.ctx()
			defer cancel()
			errc := make(chan error, 1)
			go func() { errc <- l.Acquire(ctx) }()
			waitFor(t, "the waiter is queued", func() bool { return l.Waiting() == 1 })
			if tt.want == context.Canceled {
				cancel()
			}
			if err := <-errc; !errors.Is(err, tt.want) {
				t.Fatalf("Acquire = %v; want %v", err, tt.want)
			}
			if w := l.Waiting(); w != 0 {
				t.Errorf("the abandoned waiter is still queued (%d waiting)", w)
			}
			// The slot the first caller holds is still the only one taken,
			// and releasing it frees the limiter completely.
			if r := l.Running(); r != 1 {
				t.Errorf("running %d; want 1", r)
			}
			l.Release()
			if r := l.Running(); r != 0 {
				t.Errorf("running %d after release; want 0 (a slot leaked)", r)
			}
			if err := l.Acquire(context.Background()); err != nil {
				t.Errorf("Acquire after the abandoned wait: %v", err)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(waits) != 3 || waits[0] != nil || !errors.Is(waits[1], tt.want) || waits[2] != nil {
				t.Errorf("observed outcomes %v; want [nil %v nil]", waits, tt.want)
			}
		})
	}
}

func TestLimiterEndedContextDoesNotQueue(t *testing.T) {
	l := NewLimiter(1, nil)
	if err := l.Acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := l.Acquire(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Acquire with an ended context = %v; want context.Canceled", err)
	}
	if w := l.Waiting(); w != 0 {
		t.Errorf("%d waiting; want 0", w)
	}
}

// TestLimiterNoLeakUnderChurn cancels waiters at random moments, racing
// with releases that hand them the slot, and checks that every slot comes
// back: a lost hand-over would leave the limiter blocked for good.
func TestLimiterNoLeakUnderChurn(t *testing.T) {
	l := NewLimiter(2, nil)
	var wg sync.WaitGroup
	var admitted, abandoned atomic.Int64
	for i := range 400 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), time.Duration(i%7)*100*time.Microsecond)
			defer cancel()
			if err := l.Acquire(ctx); err != nil {
				abandoned.Add(1)
				return
			}
			admitted.Add(1)
			time.Sleep(50 * time.Microsecond)
			l.Release()
		}()
	}
	wg.Wait()
	if r, w := l.Running(), l.Waiting(); r != 0 || w != 0 {
		t.Fatalf("after churn (%d admitted, %d abandoned): running %d, waiting %d; want 0, 0", admitted.Load(), abandoned.Load(), r, w)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	for range 2 {
		if err := l.Acquire(ctx); err != nil {
			t.Fatalf("both slots should be free after churn: %v", err)
		}
	}
}

// TestReadWaitCountsAgainstTimeout: a read that cannot get a slot within
// the store's timeout fails as a timeout, without reaching the database
// (the store here has no driver), and a cancelled request as cancelled.
func TestReadWaitCountsAgainstTimeout(t *testing.T) {
	l := NewLimiter(1, nil)
	if err := l.Acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	var trips atomic.Int64
	st := New(nil, Config{Timeout: 30 * time.Millisecond, Limiter: l,
		Hooks: []QueryHook{func(string, time.Duration, error) { trips.Add(1) }}})

	began := time.Now()
	err := st.Ping(context.Background())
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("Ping while the only slot is taken = %v; want ErrTimeout", err)
	}
	if took := time.Since(began); took < 30*time.Millisecond || took > time.Second {
		t.Errorf("gave up after %v; want about the 30ms timeout", took)
	}

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(5*time.Millisecond, cancel)
	if err := st.Ping(ctx); !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("Ping cancelled while waiting = %v; want context.Canceled", err)
	}
	if n := trips.Load(); n != 0 {
		t.Errorf("%d round trips observed; want none (no slot, no query)", n)
	}
	if w := l.Waiting(); w != 0 {
		t.Errorf("%d still waiting", w)
	}
}
