package graph

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"io"
	"net/http"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// postTransport is gqlgen's POST transport with a cheaper way to write a
// successful answer. gqlgen writes every response with json.Marshal, which
// re-scans the whole answer gqlgen has just written (to compact and
// HTML-escape it): some 7 % of the CPU of a 200-node neighbourhood. An
// answer with data and nothing else is written here as {"data":…} with
// the same escaping (json.HTMLEscape; gqlgen's marshalers write compact
// JSON already). Everything else, every error included, is left to
// transport.POST itself, so statuses and error bodies are gqlgen's.
//
// It also serves answers from the answer cache (see cache.go) when there
// is one: only plain-JSON requests, whose answers it writes itself.
type postTransport struct {
	transport.POST
	cache *answerCache
}

var _ graphql.Transport = postTransport{}

// fastAnswers turns the fast path on; tests turn it off to compare.
var fastAnswers = func() *atomic.Bool {
	var b atomic.Bool
	b.Store(true)
	return &b
}()

func (t postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	if !fastAnswers.Load() || !plainJSONAccept(r.Header.Get("Accept")) {
		t.POST.Do(w, r, exec)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		// What POST answers when the body cannot be read.
		w.Header().Set("Content-Type", "application/json")
		writeResponse(w, exec.DispatchError(r.Context(), gqlerror.List{gqlerror.Errorf("could not read request body: %+v", err)}))
		return
	}
	// From here on POST can read the body again if it takes over.
	r.Body = io.NopCloser(bytes.NewReader(body))
	start := graphql.Now()
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber() // as gqlgen decodes variables
	if err := dec.Decode(params); err != nil {
		t.POST.Do(w, r, exec)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	ctx := r.Context()
	var (
		key       [sha256.Size]byte
		version   string
		cacheable bool
	)
	if t.cache != nil {
		if k, ok := cacheKey(params); ok {
			answer, v, ok := t.cache.lookup(ctx, k)
			if answer != nil {
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write(answer)
				return
			}
			key, version, cacheable = k, v, ok
		}
	}
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		t.POST.Do(w, r, exec)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	responses, ctx := exec.DispatchOperation(ctx, rc)
	b, dataOnly := encodeResponse(responses(ctx))
	if cacheable && dataOnly {
		t.cache.store(version, key, b)
	}
	_, _ = w.Write(b)
}

// writeResponse writes resp as json.Marshal would; see encodeResponse.
func writeResponse(w io.Writer, resp *graphql.Response) {
	b, _ := encodeResponse(resp)
	_, _ = w.Write(b)
}

// encodeResponse encodes resp as json.Marshal would, without re-scanning
// the data when the answer has nothing else (dataOnly: no errors, no
// extensions, not part of an incremental answer; only such answers may be
// cached).
func encodeResponse(resp *graphql.Response) (b []byte, dataOnly bool) {
	if resp == nil || len(resp.Errors) > 0 || len(resp.Data) == 0 || resp.Label != "" || resp.Path != nil ||
		resp.HasNext != nil || len(resp.Extensions) > 0 {
		b, err := json.Marshal(resp)
		if err != nil {
			b = []byte(`{"errors":[{"message":"internal error"}],"data":null}`)
		}
		return b, false
	}
	var buf bytes.Buffer
	buf.Grow(len(resp.Data) + 16)
	buf.WriteString(`{"data":`)
	json.HTMLEscape(&buf, resp.Data)
	buf.WriteString(`}`)
	return buf.Bytes(), true
}

// plainJSONAccept reports whether a request's Accept header makes gqlgen
// answer as application/json with plain statuses: none, */*, application/*
// or application/json. Others (application/graphql-response+json, lists)
// go to transport.POST unchanged.
func plainJSONAccept(accept string) bool {
	switch accept {
	case "", "*/*", "application/*", "application/json":
		return true
	}
	return false
}
