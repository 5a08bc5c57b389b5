package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
)

func runUp(ctx context.Context, a *app, args []string) error {
	var d dbFlags
	var l loadFlags
	var s serveFlags
	fs := newFlags(a, "up", "[flags] [PATH...]",
		"The main job: make sure a database is there (the default local Neo4j unless NEO4J_URI is set),\n"+
			"apply the schema, load PATH... (default: seeds/) and serve the API until interrupted.")
	d.register(fs)
	l.register(a, false, fs)
	s.register(fs)
	noServe := fs.Bool("no-serve", false, "stop after loading")
	if err := fs.Parse(args); err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		seeds, err := findSeeds()
		if err != nil {
			return err
		}
		paths = []string{seeds}
	}
	c, err := d.connect(ctx, a)
	if err != nil {
		return err
	}
	defer c.Close(context.Background())
	if err := doLoad(ctx, a, c, l, paths); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	return doServe(ctx, a, c, s)
}

// findSeeds locates seeds/ in the working directory or above it, so that
// `up` works from anywhere inside a checkout.
func findSeeds() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find seeds/: %w", err)
	}
	for {
		p := filepath.Join(dir, "seeds")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no seeds/ directory here or above: give the texts to load as arguments (clustergraph up PATH...)")
		}
		dir = parent
	}
}
