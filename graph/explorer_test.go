package graph_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/clustergraph/clustergraph/graph"
)

// explorerServer serves the handler without a database: the explorer's
// files never touch it (the driver connects lazily, to nothing here).
func explorerServer(t *testing.T) *httptest.Server {
	t.Helper()
	d, err := neo4j.NewDriverWithContext("bolt://127.0.0.1:1", neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(t.Context()) })
	h, err := graph.NewHandler(graph.HandlerConfig{Driver: d, Logger: discardLogger()})
	if err != nil {
		t.Fatalf("NewHandler: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestExplorerServing(t *testing.T) {
	srv := explorerServer(t)
	// No transparent decompression: the test looks at what is sent.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	fetch := func(t *testing.T, method, path string, hdr map[string]string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}

	tests := []struct {
		name, path  string
		status      int
		ctype       string
		contains    string
		csp         bool
		notFoundMsg bool
	}{
		{"page at the root", "/", 200, "text/html; charset=utf-8", `src="explorer/app.js"`, true, false},
		{"script", "/explorer/app.js", 200, "text/javascript; charset=utf-8", "cytoscape", false, false},
		{"stylesheet", "/explorer/app.css", 200, "text/css; charset=utf-8", ".graph-canvas", false, false},
		{"index only at the root", "/explorer/index.html", 404, "", "", false, true},
		{"unknown asset", "/explorer/nope.js", 404, "", "", false, true},
		{"other paths are not swallowed by /", "/nope", 404, "", "", false, true},
		{"the playground still answers", "/playground", 200, "text/html; charset=utf-8", "graphiql", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := fetch(t, http.MethodGet, tc.path, nil)
			if resp.StatusCode != tc.status {
				t.Fatalf("GET %s = %d, want %d", tc.path, resp.StatusCode, tc.status)
			}
			if tc.status != 200 {
				return
			}
			if got := resp.Header.Get("Content-Type"); got != tc.ctype {
				t.Errorf("Content-Type = %q, want %q", got, tc.ctype)
			}
			if !bytes.Contains(body, []byte(tc.contains)) {
				t.Errorf("body lacks %q", tc.contains)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); tc.csp && !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("CSP = %q", csp)
			}
		})
	}

	t.Run("revalidation with the ETag", func(t *testing.T) {
		for _, path := range []string{"/", "/explorer/app.js"} {
			resp, _ := fetch(t, http.MethodGet, path, nil)
			etag := resp.Header.Get("ETag")
			if etag == "" || resp.Header.Get("Cache-Control") != "no-cache" {
				t.Fatalf("%s: ETag %q, Cache-Control %q", path, etag, resp.Header.Get("Cache-Control"))
			}
			again, body := fetch(t, http.MethodGet, path, map[string]string{"If-None-Match": etag})
			if again.StatusCode != http.StatusNotModified || len(body) != 0 {
				t.Errorf("%s with If-None-Match = %d, %d bytes; want 304 and no body", path, again.StatusCode, len(body))
			}
		}
	})

	t.Run("gzip when accepted, same content", func(t *testing.T) {
		_, plain := fetch(t, http.MethodGet, "/explorer/app.js", nil)
		tests := []struct {
			accept string
			gz     bool
		}{
			{"gzip, deflate, br", true},
			{"br;q=1.0, gzip;q=0.5", true},
			{"gzip;q=0", false},
			{"identity", false},
		}
		for _, tc := range tests {
			resp, body := fetch(t, http.MethodGet, "/explorer/app.js", map[string]string{"Accept-Encoding": tc.accept})
			if got := resp.Header.Get("Content-Encoding") == "gzip"; got != tc.gz {
				t.Errorf("Accept-Encoding %q: gzip = %v, want %v", tc.accept, got, tc.gz)
				continue
			}
			if !tc.gz {
				continue
			}
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			unzipped, _ := io.ReadAll(zr)
			if !bytes.Equal(unzipped, plain) || len(body) >= len(plain) {
				t.Errorf("gzipped body: %d bytes unzipping to %d; plain %d", len(body), len(unzipped), len(plain))
			}
		}
	})

	t.Run("HEAD", func(t *testing.T) {
		resp, body := fetch(t, http.MethodHead, "/", nil)
		if resp.StatusCode != 200 || len(body) != 0 {
			t.Errorf("HEAD / = %d with %d bytes", resp.StatusCode, len(body))
		}
	})

	t.Run("nothing loads from elsewhere", func(t *testing.T) {
		_, page := fetch(t, http.MethodGet, "/", nil)
		// Every src and href of the page is relative to the server.
		for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllSubmatch(page, -1) {
			if u := string(m[1]); strings.Contains(u, "//") {
				t.Errorf("the page loads %s", u)
			}
		}
		_, js := fetch(t, http.MethodGet, "/explorer/app.js", nil)
		// URLs in the bundle are in licence comments only, never fetched or imported.
		for _, m := range regexp.MustCompile(`(?:fetch|import|src=|url)\(?\s*["'](https?:)?//`).FindAll(js, -1) {
			t.Errorf("the script refers to another server: %s", m)
		}
	})
}

// TestExplorerScripts runs the page's JavaScript unit tests (code point
// highlighting) with Node, which CI installs; elsewhere it skips without it.
func TestExplorerScripts(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is needed for the explorer's script tests (CI=true)")
		}
		t.Skip("node not found; the explorer's script tests need it")
	}
	cmd := exec.CommandContext(t.Context(), node, "--test", "test/text.test.mjs")
	cmd.Dir = "explorer"
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
}
