package graph

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

// playgroundFiles is GraphiQL with React, built by graph/playground
// (npm ci && npm run build) and embedded so the page works offline.
//
//go:embed playground/index.html playground/start.js playground/dist/*
var playgroundFiles embed.FS

// playgroundHandler serves the GraphiQL page at /playground and its assets
// under /playground/.
func playgroundHandler() http.Handler {
	dist, _ := fs.Sub(playgroundFiles, "playground/dist")
	assets := http.FileServerFS(dist)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/playground"), "/")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		switch name {
		case "", "index.html":
			serveEmbedded(w, "playground/index.html", "text/html; charset=utf-8")
		case "start.js":
			serveEmbedded(w, "playground/start.js", "text/javascript; charset=utf-8")
		default:
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/" + name
			assets.ServeHTTP(w, r2)
		}
	})
}

func serveEmbedded(w http.ResponseWriter, name, ctype string) {
	b, err := playgroundFiles.ReadFile(name)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", ctype)
	_, _ = w.Write(b)
}
