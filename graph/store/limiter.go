package store

import (
	"container/list"
	"context"
	"sync"
	"time"
)

// Limiter admits a bounded number of database reads at a time, first come
// first served. On a small machine the API, Neo4j and the clients share the
// cores: with dozens of transactions in flight Neo4j and the Go runtime
// switch between them and every request waits for all of them (the long
// tail); a short queue in front of the driver lets each read run nearly
// alone. It is safe for concurrent use.
type Limiter struct {
	mu      sync.Mutex
	max     int
	running int
	waiters list.List // of chan struct{}, oldest first
	// observe, when set, is called with each Acquire's time in the queue.
	observe func(wait time.Duration, err error)
}

// NewLimiter returns a Limiter that lets n reads run at once (at least
// one). observe, when not nil, receives every Acquire's wait and outcome.
func NewLimiter(n int, observe func(wait time.Duration, err error)) *Limiter {
	return &Limiter{max: max(n, 1), observe: observe}
}

// Max is the number of reads that may run at once.
func (l *Limiter) Max() int { return l.max }

// Acquire waits for a free slot, in arrival order, or until ctx ends; on
// success the caller must call Release once. The error is ctx's.
func (l *Limiter) Acquire(ctx context.Context) error {
	began := time.Now()
	err := l.acquire(ctx)
	if l.observe != nil {
		l.observe(time.Since(began), err)
	}
	return err
}

func (l *Limiter) acquire(ctx context.Context) error {
	l.mu.Lock()
	if l.running < l.max && l.waiters.Len() == 0 {
		l.running++
		l.mu.Unlock()
		return nil
	}
	if err := ctx.Err(); err != nil {
		l.mu.Unlock()
		return err
	}
	ready := make(chan struct{})
	el := l.waiters.PushBack(ready)
	l.mu.Unlock()

	select {
	case <-ready:
		return nil
	case <-ctx.Done():
	}
	l.mu.Lock()
	select {
	case <-ready:
		// Release handed us the slot just as ctx ended: pass it on.
		l.mu.Unlock()
		l.Release()
	default:
		l.waiters.Remove(el)
		l.mu.Unlock()
	}
	return ctx.Err()
}

// Release frees a slot taken by Acquire, handing it to the oldest waiter.
func (l *Limiter) Release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if front := l.waiters.Front(); front != nil {
		// The slot passes straight on: running stays the same.
		l.waiters.Remove(front)
		close(front.Value.(chan struct{}))
		return
	}
	if l.running > 0 { // never below zero, even on an unmatched Release
		l.running--
	}
}

// Running is the number of reads holding a slot.
func (l *Limiter) Running() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.running
}

// Waiting is the number of reads queued for a slot.
func (l *Limiter) Waiting() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.waiters.Len()
}
