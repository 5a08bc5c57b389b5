package graph_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/clustergraph/clustergraph/graph"
)

// TestListenAndServeShutsDownGracefully cancels the context while a request
// is running: the request completes and ListenAndServe returns nil.
func TestListenAndServeShutsDownGracefully(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		_, _ = io.WriteString(w, "done")
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- graph.ListenAndServe(ctx, addr, h, discardLogger()) }()

	body := make(chan string, 1)
	go func() {
		var (
			resp *http.Response
			err  error
		)
		for range 50 {
			if resp, err = http.Get("http://" + addr + "/"); err == nil {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err != nil {
			body <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		body <- string(b)
	}()
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("request never started")
	}
	cancel()
	if got := <-body; got != "done" {
		t.Errorf("in-flight request got %q, want it to finish", got)
	}
	if err := <-served; err != nil {
		t.Errorf("ListenAndServe = %v, want nil after shutdown", err)
	}
}
