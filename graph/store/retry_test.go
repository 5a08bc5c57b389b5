package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestRetry(t *testing.T) {
	dropped := &neo4j.ConnectivityError{Inner: errors.New("connection reset by peer")}
	syntax := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}
	leader := &neo4j.Neo4jError{Code: "Neo.ClientError.Cluster.NotALeader", Msg: "not a leader"}
	waits := []time.Duration{0, time.Millisecond, time.Millisecond}
	for _, tc := range []struct {
		name      string
		fails     []error // the errors of the first attempts, in order
		ctxDone   bool
		wantCalls int
		wantErr   error
	}{
		{"success at once", nil, false, 1, nil},
		{"dropped connection, then success", []error{dropped}, false, 2, nil},
		{"retryable until the last wait", []error{dropped, leader, dropped}, false, 4, nil},
		{"retryable every time gives up", []error{dropped, dropped, dropped, dropped, dropped}, false, 4, dropped},
		{"not retryable", []error{syntax}, false, 1, syntax},
		{"context ended", []error{dropped, dropped}, true, 1, dropped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.ctxDone {
				cancel()
			}
			calls := 0
			recs, err := retry(ctx, waits, func() ([]*neo4j.Record, error) {
				calls++
				if calls <= len(tc.fails) {
					return nil, tc.fails[calls-1]
				}
				return []*neo4j.Record{{Keys: []string{"ok"}, Values: []any{int64(1)}}}, nil
			})
			if calls != tc.wantCalls {
				t.Errorf("calls = %d, want %d", calls, tc.wantCalls)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && len(recs) != 1 {
				t.Errorf("records = %v, want the successful attempt's", recs)
			}
		})
	}
}
