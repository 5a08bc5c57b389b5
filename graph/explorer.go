package graph

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// explorerFiles is the explorer page, built from graph/explorer/src by
// `make explorer` (npm ci && npm run build) and committed, so that go build
// needs no npm and the page works offline.
//
//go:embed explorer/dist
var explorerFiles embed.FS

// favicon answers the /favicon.ico that browsers ask every page of this
// server for (the GraphiQL page names no icon), so their logs show no 404.
//
//go:embed favicon.svg
var favicon []byte

// explorerCSP allows nothing from other origins: the page must work offline,
// and a request elsewhere would be a bug (or an injection). The one inline
// style allowed, by its hash, is the rule cytoscape inserts for its
// container ("position: relative"); the browser test fails on any other
// CSP violation, so a cytoscape upgrade that changes it is noticed.
const explorerCSP = "default-src 'self'; script-src 'self'; " +
	"style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data: blob:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// asset is one embedded file, ready to serve plain or gzipped.
type asset struct {
	name, ctype  string
	plain, gz    []byte
	etag, gzEtag string
}

// explorerAssets loads the embedded files once; names are relative to dist.
func explorerAssets() (map[string]*asset, error) {
	dist, err := fs.Sub(explorerFiles, "explorer/dist")
	if err != nil {
		return nil, fmt.Errorf("explorer assets: %w", err)
	}
	out := map[string]*asset{}
	err = fs.WalkDir(dist, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(dist, name)
		if err != nil {
			return err
		}
		a, err := newAsset(name, b)
		if err != nil {
			return err
		}
		out[name] = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("explorer assets: %w", err)
	}
	if out["index.html"] == nil {
		return nil, fmt.Errorf("explorer assets: dist/index.html is missing; run make explorer")
	}
	return out, nil
}

// assetTypes maps the asset file extensions to their content types.
var assetTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".png":  "image/png",
	".svg":  "image/svg+xml",
}

// newAsset prepares one file for serving: type, ETag and, when it pays,
// a gzipped copy.
func newAsset(name string, b []byte) (*asset, error) {
	ctype, ok := assetTypes[path.Ext(name)]
	if !ok {
		ctype = "application/octet-stream"
	}
	sum := sha256.Sum256(b)
	a := &asset{name: name, ctype: ctype, plain: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
	if strings.HasPrefix(ctype, "text/") || ctype == "image/svg+xml" {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(b)
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("gzip %s: %w", name, err)
		}
		if buf.Len() < len(b) {
			a.gz, a.gzEtag = buf.Bytes(), `"`+hex.EncodeToString(sum[:8])+`-gz"`
		}
	}
	return a, nil
}

// mountExplorer serves the page at exactly / and its assets under
// /explorer/, leaving every other path to the rest of the mux.
func mountExplorer(mux *http.ServeMux) error {
	assets, err := explorerAssets()
	if err != nil {
		return err
	}
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		serveAsset(w, r, assets["index.html"])
	})
	icon, err := newAsset("favicon.svg", favicon)
	if err != nil {
		return err
	}
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		serveAsset(w, r, icon)
	})
	mux.HandleFunc("GET /explorer/{file...}", func(w http.ResponseWriter, r *http.Request) {
		a := assets[r.PathValue("file")]
		if a == nil || a.name == "index.html" {
			http.NotFound(w, r)
			return
		}
		serveAsset(w, r, a)
	})
	return nil
}

func serveAsset(w http.ResponseWriter, r *http.Request, a *asset) {
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("X-Content-Type-Options", "nosniff")
	// Names carry no content hash, so browsers revalidate every time; the
	// ETag makes that a 304 without a body.
	h.Set("Cache-Control", "no-cache")
	h.Set("Vary", "Accept-Encoding")
	if a.ctype == "text/html; charset=utf-8" {
		h.Set("Content-Security-Policy", explorerCSP)
		h.Set("Referrer-Policy", "same-origin")
	}
	body, etag := a.plain, a.etag
	if a.gz != nil && acceptsGzip(r) {
		body, etag = a.gz, a.gzEtag
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	// ServeContent answers If-None-Match, HEAD and ranges.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether the client takes gzip (with a non-zero q).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(k, "q") {
				if q, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && q == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}
